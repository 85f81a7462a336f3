// End-to-end: the kg binary as a user runs it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/run.h"
#include "tests/support/temp_dir.h"

using kg::testing::RunKg;
using kg::testing::TempDir;

TEST_CASE("kg --help lists the commands and --version names the libraries", "[cli]") {
  auto help = RunKg({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("import") && Catch::Contains("stats") && Catch::Contains("check"));
  auto version = RunKg({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("kg ") && Catch::Contains("RocksDB"));
}

TEST_CASE("kg help COMMAND shows that command's options and an example", "[cli]") {
  auto help = RunKg({"help", "import"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("--db") && Catch::Contains("Example"));
  CHECK(RunKg({"help", "nonsense"}).exit_code == 2);
  // The language at a glance, from its reference.
  auto language = RunKg({"help", "query-language"});
  CHECK(language.exit_code == 0);
  CHECK_THAT(language.out, Catch::Contains("?who attacked Israel") && Catch::Contains("according to") &&
                               Catch::Contains("group by month") && Catch::Contains("docs/query-language.md") &&
                               !Catch::Contains("```"));
}

TEST_CASE("an unknown command exits 2 and suggests the nearest", "[cli]") {
  auto result = RunKg({"stast"});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("unknown command 'stast'") && Catch::Contains("'stats'"));
  auto option = RunKg({"stats", "--bogus"});
  CHECK(option.exit_code == 2);
}

TEST_CASE("import, stats and check work on a store created by import", "[cli]") {
  TempDir dir;
  const auto nt = dir.Write("g.nt",
                            "<http://a/x> <http://a/attacked> <http://a/y> .\n"
                            "<http://a/y> <http://a/attacked> <http://a/z> .\n"
                            "<http://a/x> <http://www.w3.org/2000/01/rdf-schema#label> \"X\"@en .\n");
  auto import = RunKg({"import", "--db", dir / "db", nt});
  INFO(import.err);
  REQUIRE(import.exit_code == 0);
  CHECK_THAT(import.out, Catch::Contains("3 statements") && Catch::Contains("3 new triples"));
  auto stats = RunKg({"stats", "--db", dir / "db"});
  CHECK(stats.exit_code == 0);
  CHECK_THAT(stats.out, Catch::Contains("<http://a/attacked>"));
  auto check = RunKg({"check", "--db", dir / "db"});
  CHECK(check.exit_code == 0);
  CHECK_THAT(check.out, Catch::Contains("3 triples") && Catch::EndsWith("ok\n"));
}

TEST_CASE("a malformed import exits 1 naming file:line:col and leaves the store as it was", "[cli]") {
  TempDir dir;
  const auto nt = dir.Write("bad.nt", "<http://a/x> <http://a/p> <http://a/y> .\n<http://a/x> oops .\n");
  auto result = RunKg({"import", "--db", dir / "db", nt});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains(nt + ":2:"));
  auto stats = RunKg({"stats", "--db", dir / "db"});
  CHECK_THAT(stats.out, Catch::Contains("triples    0"));
}

TEST_CASE("a missing store is reported with exit code 3 and how to create one", "[cli]") {
  TempDir dir;
  auto result = RunKg({"stats", "--db", dir / "none"});
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains("kg ingest"));
}

TEST_CASE("kg query answers in tsv with timing, and reports errors with their place", "[cli]") {
  TempDir dir;
  const auto nt = dir.Write("g.nt",
                            "<http://a/x> <http://a/attacked> <http://a/y> .\n"
                            "<http://a/z> <http://a/attacked> <http://a/y> .\n");
  REQUIRE(RunKg({"import", "--db", dir / "db", nt}).exit_code == 0);
  auto rows = RunKg({"query", "--db", dir / "db", "--format", "tsv", "--no-header", "--timing",
                     "?s <http://a/attacked> <http://a/y>; ask <http://a/x> attacked <http://a/y>"});
  INFO(rows.err);
  CHECK(rows.exit_code == 0);
  CHECK(rows.out == "<http://a/x>\n<http://a/z>\ntrue\n");
  CHECK_THAT(rows.err, Catch::Contains("time: ") && Catch::Contains(" ms"));

  const auto file = dir.Write("q.kgq", "# a comment\nselect count(*) where ?s ?p ?o;\n");
  auto counted = RunKg({"query", "--db", dir / "db", "--format", "csv", "--file", file});
  CHECK(counted.out == "count\n2\n");

  auto syntax = RunKg({"query", "--db", dir / "db", "?x attacked"});
  CHECK(syntax.exit_code == 2);
  CHECK_THAT(syntax.err, Catch::StartsWith("error: expected") && Catch::Contains("  ?x attacked\n") &&
                             Catch::Contains("^ (1:"));
  auto unknown = RunKg({"query", "--db", dir / "db", "?x attacked Irak"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown entity 'Irak'"));
  CHECK(RunKg({"query", "--db", dir / "none", "?x ?p ?o"}).exit_code == 3);
}

namespace {

std::string SmallStore(const TempDir& dir) {
  const auto nt = dir.Write("g.nt",
                            "<http://a/x> <http://a/attacked> <http://a/y> .\n"
                            "<http://a/z> <http://a/attacked> <http://a/y> .\n");
  REQUIRE(RunKg({"import", "--db", dir / "db", nt}).exit_code == 0);
  return dir / "db";
}

}  // namespace

TEST_CASE("the REPL over a pipe answers every statement, reports errors and goes on", "[cli][repl]") {
  TempDir dir;
  const auto db = SmallStore(dir);
  auto result = RunKg({"repl", "--db", db},
                      "select count(*) where ?s ?p ?o;\n"
                      "?x attacked\n;\n"
                      ":format tsv\n"
                      "select ?s\n  where ?s <http://a/attacked> <http://a/y>\n  order by ?s\n\n"
                      "ask <http://a/x> attacked <http://a/y>;\n");
  CHECK(result.exit_code == 2);  // one statement failed
  CHECK_THAT(result.out, Catch::Contains("count") && Catch::Contains("2\n"));
  CHECK_THAT(result.out, Catch::Contains("s\n<http://a/x>\n<http://a/z>\ntrue\n"));
  CHECK_THAT(result.err, Catch::Contains("error: expected a term after predicate 'attacked'") &&
                             Catch::Contains("^ (2:1)"));
  CHECK(result.out.find("kg>") == std::string::npos);  // no prompts on a pipe
}

TEST_CASE("the REPL on a terminal prompts, answers and writes its history", "[cli][repl]") {
  TempDir dir;
  const auto db = SmallStore(dir);
  const std::string history = dir / "history";
  const auto shown = kg::testing::RunKgInTerminal(
      {"repl", "--db", db}, {"select count(*)", "  where ?s ?p ?o;", ":quit"}, {"KG_HISTORY=" + history});
  CHECK_THAT(shown, Catch::Contains("kg> ") && Catch::Contains("..> ") && Catch::Contains("(1 row)"));
  std::ifstream in(history);
  std::string saved((std::istreambuf_iterator<char>(in)), {});
  CHECK_THAT(saved, Catch::Contains("where ?s ?p ?o;") && Catch::Contains(":quit"));
}

TEST_CASE("kg entity shows the entity a name or family name resolves to, and lists or suggests otherwise",
          "[cli][entity]") {
  TempDir dir;
  const std::string db = dir / "db";
  // Two ministers who share a family name, in articles written for the test.
  REQUIRE(RunKg({"ingest", "--db", db,
                 dir.Write("a/one.txt", "زيارة إلى بغداد\nقال وزير الخارجية العراقي كمال زيدون إن بغداد تدين الهجوم على الأردن.\n"),
                 dir.Write("a/two.txt", "لقاء في عمان\nوقال وزير الخارجية الأردني سامي زيدون إن الأردن يدين الهجوم.\n")})
              .exit_code == 0);

  const auto json = RunKg({"entity", "--db", db, "--format", "json", "كمال زيدون"});
  INFO(json.err);
  REQUIRE(json.exit_code == 0);
  CHECK_THAT(json.out, Catch::StartsWith("{") && Catch::Contains("\"id\":\"kamal_zidun\"") &&
                           Catch::Contains("\"type\":\"PERSON\"") && Catch::Contains("\"names\":[\"كمال زيدون\"]") &&
                           Catch::Contains("\"roles\":[{\"articles\":1,\"object\":\"Iraq\",\"predicate\":\"official_of\"}]") &&
                           Catch::Contains("\"articles\":1"));
  const auto table = RunKg({"entity", "--db", db, "Kamal Zidun"});
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::StartsWith("Kamal Zidun (kamal_zidun, PERSON)\n") &&
                            Catch::Contains("role      official_of Iraq (1 articles)"));

  // The family name alone names both: listed, exit 2.
  const auto ambiguous = RunKg({"entity", "--db", db, "Zidun"});
  CHECK(ambiguous.exit_code == 2);
  CHECK_THAT(ambiguous.err, Catch::Contains("names 2 entities") && Catch::Contains("kamal_zidun") &&
                                Catch::Contains("sami_zidun"));
  CHECK(ambiguous.out.empty());
  // A misspelt name: the nearest suggested, exit 2.
  const auto unknown = RunKg({"entity", "--db", db, "Jordn"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown entity 'Jordn'") && Catch::Contains("'Jordan'"));
  // A third article makes Kamal far better known: the family name alone is now his.
  REQUIRE(RunKg({"ingest", "--db", db,
                 dir.Write("a/three.txt", "بيان\nوقال وزير الخارجية العراقي كمال زيدون إن العراق يدين الهجوم.\n"
                                          "وحذر كمال زيدون إيران من التدخل.\nواتهم كمال زيدون تركيا بقصف القرى.\n")})
              .exit_code == 0);
  const auto family = RunKg({"entity", "--db", db, "--format", "json", "Zidun"});
  INFO(family.err);
  CHECK(family.exit_code == 0);
  CHECK_THAT(family.out, Catch::Contains("\"id\":\"kamal_zidun\""));
  CHECK(RunKg({"entity", "--db", dir / "none"}).exit_code == 2);  // NAME is required
  CHECK(RunKg({"entity", "--db", dir / "none", "Iraq"}).exit_code == 3);
}

TEST_CASE("spelling variants, family names and hashtags of one person are one entity across articles",
          "[cli][entity]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunKg({"ingest", "--db", db,
                 dir.Write("in/a.txt", "خبر\n10 مايو 2018\nوحذر الرئيس الأمريكي دونالد ترامب إيران من التدخل.\n"),
                 dir.Write("in/b.txt", "خبر\n11 مايو 2018\nوحذر ترمب سوريا من الهجوم.\nواتهم #ترامب تركيا بقصف القرى.\n"),
                 dir.Write("in/c.txt", "خبر\n12 مايو 2018\nوالتقى الرئيس الأمريكي دونالد ترامب مع نظيره الروسي "
                                       "فلاديمير بوتين في هلسنكي.\n")})
              .exit_code == 0);
  const auto trump = RunKg({"entity", "--db", db, "--format", "json", "ترمب"});
  INFO(trump.err);
  REQUIRE(trump.exit_code == 0);
  CHECK_THAT(trump.out, Catch::Contains("\"id\":\"donald_trump\"") && Catch::Contains("\"articles\":3") &&
                            Catch::Contains("\"warned\":2") && Catch::Contains("\"accused\":1") &&
                            Catch::Contains("\"met_with\":1"));
  CHECK_THAT(trump.out, Catch::Contains("\"object\":\"United States\",\"predicate\":\"leads\""));
  // Named beside another state's nisba, he leads only his own.
  CHECK_THAT(trump.out, !Catch::Contains("\"object\":\"Russia\""));
  // The query language resolves the family name in English the same way.
  // (Ordered: ids, and so the unordered answer, follow the order the workers stored articles in.)
  const auto query = RunKg({"query", "--db", db, "--format", "tsv", "--no-header",
                            "select ?x where Trump warned ?x order by ?x"});
  CHECK(query.exit_code == 0);
  CHECK(query.out == "Iran\nSyria\n");
}

TEST_CASE("kg extract and kg entities read JSON-lines corpora one article per record, and stdin", "[cli][corpus]") {
  TempDir dir;
  const auto corpus = dir.Write("news.jsonl",
                                "{\"id\": \"one\", \"date\": \"2018-05-10\", \"title\": \"خبر\", \"text\": \"حذر ترامب إيران من التدخل.\"}\n"
                                "not json\n"
                                "{\"id\": \"two\", \"text\": \"اتهمت تركيا سوريا بقصف القرى.\"}\n");
  const auto extracted = RunKg({"extract", "--format", "jsonl", corpus});
  CHECK(extracted.exit_code == 1);  // the broken line
  CHECK_THAT(extracted.err, Catch::Contains("news.jsonl:2"));
  CHECK_THAT(extracted.out, Catch::Contains("{\"doc\": \"one\", \"s\": \"Donald Trump\"") &&
                                Catch::Contains("\"p\": \"warned\", \"o\": \"Iran\"") &&
                                Catch::Contains("\"date\": \"2018-05-10\"") &&
                                Catch::Contains("{\"doc\": \"two\", \"s\": \"Turkey\", \"s_ar\": \"تركيا\", \"p\": \"accused\""));
  const auto entities = RunKg({"entities", "--format", "jsonl", corpus});
  CHECK_THAT(entities.out, Catch::Contains("{\"doc\": \"one\", \"id\": \"donald_trump\"") &&
                               Catch::Contains("{\"doc\": \"two\", \"id\": \"turkey\""));
  const auto piped = RunKg({"extract", "-"}, "{\"id\": \"three\", \"text\": \"حذر ترامب إيران.\"}\n");
  CHECK(piped.exit_code == 0);
  CHECK_THAT(piped.out, Catch::StartsWith("{\"doc\": \"three\""));
}

TEST_CASE("the REPL completes names of several words in quotes, Arabic prefixes, and lists choices", "[cli][repl]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunKg({"ingest", "--db", db,
                 dir.Write("a.txt", "خبر\nوحذر الرئيس الأمريكي دونالد ترامب إيران والعراق من التدخل.\n")})
              .exit_code == 0);
  const std::string history = dir / "history";
  // Tab inside quotes completes the whole name, in either script; Tab twice lists the choices
  // of an ambiguous prefix.
  const auto shown = kg::testing::RunKgInTerminal(
      {"repl", "--db", db},
      {"describe \"Donald T\t;", "describe \"إير\t;", "describe Ira\t\t;", ":history", ":quit"},
      {"KG_HISTORY=" + history});
  INFO(shown);
  CHECK_THAT(shown, Catch::Contains("describe \"Donald Trump\""));
  CHECK_THAT(shown, Catch::Contains("describe \"إيران\""));
  CHECK_THAT(shown, Catch::Contains("Iran ") && Catch::Contains("Iraq "));  // listed side by side
  CHECK_THAT(shown, Catch::Contains("warned"));                               // the describe answers
  CHECK_THAT(shown, Catch::Contains("1  describe \"Donald Trump\" ;") && Catch::Contains("4  :history"));
}

TEST_CASE("kg train writes a model kg extract and kg ingest use, a bad model exits 3 naming it", "[cli][model]") {
  TempDir dir;
  // Five annotated articles, each with one attack the gold holds and one pair it does not.
  const char* attackers[] = {"إسرائيل", "تركيا", "روسيا", "إيران", "السعودية"};
  const char* ids[] = {"israel", "turkey", "russia", "iran", "saudi_arabia"};
  std::string gold, entities = "{\"id\": \"syria\", \"type\": \"COUNTRY\", \"en\": [\"Syria\"], \"ar\": [\"سوريا\"]}\n";
  for (int i = 0; i < 5; ++i) {
    const std::string name = std::string("n").append(std::to_string(i));
    dir.Write("set/articles/" + name + ".txt",
              std::string("خبر\nوقصفت ").append(attackers[i]).append(" مواقع في سوريا.\nوزار وفد من لبنان العراق.\n"));
    gold.append("{\"doc\": \"").append(name).append("\", \"s\": \"").append(ids[i]).append(
        "\", \"p\": \"attacked\", \"o\": \"syria\", \"negated\": false}\n");
    entities.append("{\"id\": \"").append(ids[i]).append("\", \"type\": \"COUNTRY\", \"ar\": [\"").append(attackers[i]).append("\"]}\n");
  }
  dir.Write("set/gold.jsonl", gold);
  dir.Write("set/entities.jsonl", entities);
  const auto train = RunKg({"train", "--gold", dir / "set", "-o", dir / "m.model"});
  INFO(train.err);
  REQUIRE(train.exit_code == 0);
  CHECK_THAT(train.out, Catch::Contains("articles 5, gold triples 5") && Catch::Contains("cross-validated"));
  const auto article = dir.Write("new.txt", "خبر\nوقصفت مصر مواقع في سوريا.\n");
  const auto extracted = RunKg({"extract", "--model", dir / "m.model", "--format", "jsonl", article});
  CHECK(extracted.exit_code == 0);
  CHECK_THAT(extracted.out, Catch::Contains("\"s\": \"Egypt\"") && Catch::Contains("\"p\": \"attacked\""));

  // The model is part of the extractor's version: a store re-extracts what it read without it.
  const auto plain = RunKg({"ingest", "--db", dir / "store", article});
  CHECK_THAT(plain.out, Catch::StartsWith("1 new"));
  const auto again = RunKg({"ingest", "--db", dir / "store", "--model", dir / "m.model", article});
  CHECK_THAT(again.out, Catch::StartsWith("0 new, 1 updated"));
  const auto same = RunKg({"ingest", "--db", dir / "store", "--model", dir / "m.model", article});
  CHECK_THAT(same.out, Catch::StartsWith("0 new, 0 updated, 1 unchanged"));

  // Missing, cut short, of another version: exit 3, the file named, no store made.
  const std::string model = kg::testing::ReadFile(dir / "m.model");
  const auto cut = dir.Write("cut.model", model.substr(0, model.size() - 20));
  for (const auto& bad : {dir / "none.model", cut}) {
    const auto failed = RunKg({"extract", "--model", bad, article});
    CHECK(failed.exit_code == 3);
    CHECK_THAT(failed.err, Catch::Contains(bad));
    const auto ingest = RunKg({"ingest", "--db", dir / "db", "--model", bad, article});
    CHECK(ingest.exit_code == 3);
  }
  CHECK_FALSE(std::filesystem::exists(dir / "db"));

  // Annotation kg cannot read is named by file and line; no model is written.
  dir.Write("bad/entities.jsonl", "{\"id\": \"syria\", \"type\": \"COUNTRY\", \"ar\": [\"سوريا\"]}\n");
  dir.Write("bad/gold.jsonl", "{\"doc\": \"n0\", \"s\": \"israel\", \"p\": \"attacked\", \"o\": \"syria\"}\nnot json\n");
  const auto bad = RunKg({"train", "--gold", dir / "bad", "-o", dir / "bad.model"});
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::Contains("gold.jsonl:2"));
  dir.Write("bad/gold.jsonl", "{\"doc\": \"n9\", \"s\": \"israel\", \"p\": \"attacked\", \"o\": \"syria\"}\n");
  const auto missing = RunKg({"train", "--gold", dir / "bad", "-o", dir / "bad.model"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("n9.txt"));
  CHECK_FALSE(std::filesystem::exists(dir / "bad.model"));
}

TEST_CASE("an entity's Arabic name is the lexicon's, not the phrase an article used first", "[cli]") {
  TempDir dir;
  const std::string db = dir / "db";
  const auto article = dir.Write("a.txt", "خبر\nاتهمت الحكومة العراقية إيران بقصف القرى الحدودية.\n");
  REQUIRE(RunKg({"ingest", "--db", db, article}).exit_code == 0);
  const auto rows = RunKg({"query", "--db", db, "--arabic", "--format", "tsv", "--no-header", "?x accused ?y"});
  CHECK(rows.out == "Iraq (العراق)\tIran (إيران)\n");
}
