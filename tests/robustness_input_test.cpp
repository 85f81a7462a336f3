// End-to-end: what the world sends kg. Invalid UTF-8, NUL bytes, a 10 MB line, empty and binary
// files, ten thousand files, five thousand mentions, ten thousand parentheses, '*' over a dense
// cycle and a broken corpus line each give a clear message or a correct result, within bounds
// of time and memory, and leave a store that passes `kg check`.
#include <sys/resource.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "tests/support/run.h"
#include "tests/support/small_dictionary.h"
#include "tests/support/store_check.h"
#include "tests/support/temp_dir.h"
#include "text/text.h"

// The tests whose articles are not about extraction (NUL bytes, empty and binary files, a broken
// corpus line) run kg with a one-word dictionary, which spares each run the full word list's
// start-up; those that stress the extractor use the real one.
using kg::testing::RunKg;
using kg::testing::RunResult;
using kg::testing::SmallDictionary;
using kg::testing::kExamples;
using kg::testing::RequireCheck;
using kg::testing::TempDir;

namespace {

// The bounds only catch runaways (quadratic time, a copy of the input per step): the sanitizers
// slow kg down several times and add their own memory.
#ifdef __SANITIZE_ADDRESS__
constexpr double kSlowdown = 6;
constexpr long kMaxRssMb = 2048;
#else
constexpr double kSlowdown = 1;
constexpr long kMaxRssMb = 768;
#endif

// Runs kg and fails the test if it took more than `limit` seconds of CPU (times kSlowdown): a
// bound that catches runaways whatever else the machine runs, where the wall clock would not.
RunResult RunWithin(double limit, const std::vector<std::string>& args, const std::string& input = {}) {
  RunResult run = RunKg(args, input);
  INFO("kg " << args.front() << " took " << run.cpu_seconds << " s of CPU");
  CHECK(run.cpu_seconds < limit * kSlowdown);
  return run;
}

// The most memory any kg this test ran took, in MiB.
long PeakChildRssMb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

void RequireBoundedMemory() {
  INFO("peak RSS of kg: " << PeakChildRssMb() << " MiB");
  REQUIRE(PeakChildRssMb() < kMaxRssMb);
}

bool ValidUtf8(const std::string& text) { return kg::text::RepairUtf8(text).bad_offsets.empty(); }

// A JSON string literal of text (which is valid UTF-8).
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Words of Arabic news, with entities and the verbs that relate them, joined by spaces until
// the text has `bytes` bytes; every `sentence` words a full stop (0: none).
std::string Words(size_t bytes, size_t sentence, unsigned seed = 1) {
  static const std::vector<std::string> words = {
      "هاجمت", "إسرائيل", "مواقع", "في", "سوريا", "وقال", "وزير", "الخارجية", "الإسرائيلي", "إن",
      "بلاده", "وجهت", "رسالة", "إلى", "مجلس", "الأمن", "الدولي", "ونفت", "الحكومة", "العراقية",
      "تسلم", "من", "إيران", "وهددت", "لبنان", "تدعم", "الفصائل", "المسلحة"};
  std::mt19937 random(seed);
  std::string text;
  text.reserve(bytes + 32);
  for (size_t n = 1; text.size() < bytes; ++n) {
    text += words[random() % words.size()];
    text += sentence && n % sentence == 0 ? ". " : " ";
  }
  text.resize(bytes);
  while (!ValidUtf8(text)) text.pop_back();  // not in the middle of a letter
  return text;
}

// The rows of TSV output without its header.
std::vector<std::string> Rows(const std::string& tsv) {
  std::vector<std::string> rows;
  std::istringstream in(tsv);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) rows.push_back(line);
  return rows;
}

}  // namespace

TEST_CASE("invalid UTF-8 is replaced in articles and refused with its place elsewhere", "[robustness]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  // Overlong, surrogate, past U+10FFFF, truncated, lone continuation and 0xFF bytes.
  const std::string bad = "\xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80 \xE2\x82 \x80\x80 \xFF\xFE";
  const auto article = dir.Write("bad.txt", "هاجمت إسرائيل " + bad + " مواقع في سوريا.\nوقالت إيران\xD8");
  auto ingest = RunWithin(30, {"ingest", "--db", db, article});
  CHECK(ingest.exit_code == 0);
  CHECK_THAT(ingest.out, Catch::StartsWith("1 new"));
  CHECK_THAT(ingest.err, Catch::Contains("bad.txt: 15 invalid UTF-8 sequences replaced, the first at byte 26"));
  // What kg shows of the article is valid UTF-8, with U+FFFD where the bad bytes were.
  auto shown = RunKg({"docs", "--db", db});
  CHECK(ValidUtf8(shown.out));
  CHECK_THAT(shown.out, Catch::Contains("\xEF\xBF\xBD"));

  auto corpus = RunKg({"ingest", "--db", db,
                       dir.Write("bad.jsonl", "{\"id\": \"j1\", \"text\": \"bad " + bad + "\"}\n")});
  CHECK(corpus.exit_code == 1);
  CHECK_THAT(corpus.err, Catch::Contains("bad.jsonl:1: not a JSON object"));

  auto import = RunKg({"import", "--db", db, dir.Write("bad.nt", "<http://a> <http://b> \"bad \xFF\" .\n")});
  CHECK(import.exit_code == 1);
  CHECK_THAT(import.err, Catch::Contains("bad.nt:1:") && Catch::Contains("invalid UTF-8") &&
                             Catch::Contains("nothing was imported"));

  auto query = RunKg({"query", "--db", db, "--file", dir.Write("bad.query", "?x attacked \"" + bad + "\"")});
  CHECK(query.exit_code == 2);
  CHECK_THAT(query.err, Catch::StartsWith("error: expected UTF-8 text, not the byte 0xC0") &&
                            Catch::EndsWith("^ (1:14)\n"));
  CHECK(ValidUtf8(query.err));
  RequireCheck(db);
  RequireBoundedMemory();
}

TEST_CASE("a NUL byte makes an article binary and a query malformed", "[robustness]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  using namespace std::string_literals;
  const auto article = dir.Write("nul.txt", "هاجمت إسرائيل\0 مواقع في سوريا.\n"s);
  const auto corpus = dir.Write("nul.jsonl", "{\"id\": \"escaped\", \"text\": \"a\\u0000b\"}\n"
                                             "{\"id\": \"raw\", \"text\": \"a\0b\"}\n"
                                             "{\"id\": \"fine\", \"text\": \"هاجمت إسرائيل مواقع في سوريا.\"}\n"s);
  auto ingest = RunWithin(30, {"ingest", "--db", db, article, corpus});
  CHECK(ingest.exit_code == 1);
  CHECK_THAT(ingest.out, Catch::StartsWith("1 new, 0 updated, 0 unchanged, 3 failed"));
  CHECK_THAT(ingest.err, Catch::Contains("nul.txt: a binary file (NUL byte at offset 25)") &&
                                 Catch::Contains("nul.jsonl:1: a binary file (NUL byte at offset 1)") &&
                                 Catch::Contains("nul.jsonl:2: not a JSON object"));
  auto query = RunKg({"query", "--db", db, "--file", dir.Write("nul.query", "?x attacked\0 ?y"s)});
  CHECK(query.exit_code == 2);
  CHECK_THAT(query.err, Catch::StartsWith("error: expected a term after predicate 'attacked'"));
  // RDF allows any character in a literal, U+0000 too; the store keeps it.
  auto import = RunKg({"import", "--db", db, dir.Write("nul.nt", "<http://a> <http://b> \"a\0b\" .\n"s)});
  CHECK(import.exit_code == 0);
  RequireCheck(db);
}

TEST_CASE("a 10 MB single line is read as an article, a corpus record, a literal and a name", "[robustness]") {
  TempDir dir;
  const std::string db = dir / "db";
  // Half of it sentences of 50 words, half one endless sentence: each once cost quadratic time.
  const std::string line = Words(5 << 20, 50) + Words(5 << 20, 0, 2);
  auto article = RunWithin(40, {"ingest", "--db", db, dir.Write("long.txt", line)});
  INFO(article.err);
  CHECK(article.exit_code == 0);
  CHECK_THAT(article.out, Catch::StartsWith("1 new"));
  RequireBoundedMemory();
  // Its thousands of statements are read back with their evidence, each quoting a few lines.
  auto evidence = RunWithin(20, {"query", "--db", db, "--format", "tsv", "--no-header", "?s ?p ?o evidence"});
  CHECK(evidence.exit_code == 0);
  const auto quotes = Rows("\n" + evidence.out);
  CHECK(quotes.size() > 1000);
  CHECK(std::all_of(quotes.begin(), quotes.end(), [](const std::string& row) { return row.size() < 10000; }));
  auto exported = RunWithin(20, {"export", "--db", db, "--format", "nt", "-o", dir / "long-export.nt"});
  CHECK(exported.exit_code == 0);

  // The corpus line carries the 10 MB in a field kg does not read, so that it is parsed but
  // not extracted a second time.
  auto corpus = RunWithin(20, {"ingest", "--db", db,
                               dir.Write("long.jsonl", "{\"id\": \"record\", \"notes\": " + Quoted(line) +
                                                           ", \"text\": \"هاجمت إسرائيل مواقع في سوريا.\"}\n")});
  CHECK(corpus.exit_code == 0);
  CHECK_THAT(corpus.out, Catch::StartsWith("1 new"));

  auto import = RunWithin(20, {"import", "--db", db,
                               dir.Write("long.nt", "<http://a> <http://b> " + Quoted(line) + " .\n")});
  CHECK(import.exit_code == 0);
  CHECK_THAT(import.out, Catch::Contains("1 statements, 1 new triples"));

  // A name of five million letters is looked up, found wanting, and no near names suggested.
  auto query = RunWithin(20, {"query", "--db", db, "--file",
                              dir.Write("long.query", "?x attacked \"" + std::string(5 << 20, 'a') + "\"")});
  CHECK(query.exit_code == 2);
  CHECK_THAT(query.err, Catch::StartsWith("error: unknown entity 'aaaa"));
  RequireCheck(db);
  RequireBoundedMemory();
}

TEST_CASE("empty files are reported or read as nothing", "[robustness]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  auto ingest = RunKg({"ingest", "--db", db, dir.Write("empty.txt", ""), dir.Write("blank.txt", " \n\r\n\t"),
                       dir.Write("empty.jsonl", "")});
  CHECK(ingest.exit_code == 1);
  CHECK_THAT(ingest.out, Catch::StartsWith("0 new, 0 updated, 0 unchanged, 2 failed"));
  CHECK_THAT(ingest.err, Catch::Contains("empty.txt: empty article") && Catch::Contains("blank.txt: empty article"));
  auto piped = RunKg({"ingest", "--db", db, "-"});
  CHECK(piped.exit_code == 1);
  CHECK_THAT(piped.err, Catch::Contains("stdin: empty article"));
  auto import = RunKg({"import", "--db", db, dir.Write("empty.nt", ""), dir.Write("empty.ttl", "")});
  CHECK(import.exit_code == 0);
  CHECK_THAT(import.out, Catch::Contains("empty.nt: 0 statements") && Catch::Contains("empty.ttl: 0 statements"));
  auto query = RunKg({"query", "--db", db, "--file", dir.Write("empty.query", "")});
  CHECK(query.exit_code == 0);
  CHECK(query.out.empty());
  RequireCheck(db);
}

TEST_CASE("binary files are refused as articles, corpora, RDF and queries", "[robustness]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  std::mt19937 random(7);
  std::string bytes(100000, '\0');
  for (auto& b : bytes) b = static_cast<char>(random());
  // The same bytes as every kind of input kg reads.
  auto ingest = RunWithin(30, {"ingest", "--db", db, dir.Write("random.txt", bytes), dir.Write("random.jsonl", bytes),
                               std::string(KG_BIN)});
  CHECK(ingest.exit_code == 1);
  CHECK_THAT(ingest.out, Catch::StartsWith("0 new"));
  CHECK_THAT(ingest.err, Catch::Contains("random.txt: a binary file (NUL byte at offset") &&
                                 Catch::Contains("random.jsonl:1: not a JSON object") &&
                                 Catch::Contains("/kg: a binary file (NUL byte at offset"));
  for (const char* name : {"random.nt", "random.ttl"}) {
    auto import = RunKg({"import", "--db", db, dir.Write(name, bytes)});
    CHECK(import.exit_code == 1);
    CHECK_THAT(import.err, Catch::Contains(std::string(name) + ":1:") && Catch::Contains("nothing was imported"));
  }
  auto query = RunKg({"query", "--db", db, "--file", dir.Write("random.query", bytes)});
  CHECK(query.exit_code == 2);
  CHECK_THAT(query.err, Catch::StartsWith("error: "));
  RequireCheck(db);
  RequireBoundedMemory();
}

TEST_CASE("a directory of 10,000 tiny files is ingested once", "[robustness]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  for (int i = 0; i < 10000; ++i) {
    dir.Write("tiny/" + std::to_string(i % 100) + "/" + std::to_string(i) + ".txt",
              "هاجمت إسرائيل مواقع في سوريا " + std::to_string(i) + ".\n");
  }
  auto first = RunWithin(30, {"ingest", "--db", db, dir / "tiny"});
  CHECK(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::StartsWith("10000 new, 0 updated, 0 unchanged, 0 failed"));
  auto again = RunWithin(30, {"ingest", "--db", db, dir / "tiny"});
  CHECK_THAT(again.out, Catch::StartsWith("0 new, 0 updated, 10000 unchanged, 0 failed"));
  auto check = RunKg({"check", "--db", db});
  CHECK_THAT(check.out, Catch::Contains("10000 articles") && Catch::EndsWith(": ok\n"));
  RequireBoundedMemory();
}

TEST_CASE("an article with 5,000 entity mentions is extracted and stored", "[robustness]") {
  TempDir dir;
  const std::string db = dir / "db";
  const std::vector<std::string> names = {"إيران", "إسرائيل", "العراق", "سوريا", "لبنان",
                                          "مصر", "الأردن", "تركيا", "قطر", "السعودية"};
  // Ten names a sentence, five hundred sentences, then one sentence that lists five thousand.
  std::string many = "عنوان\n", listed = "عنوان\nهاجمت ";
  for (int i = 0; i < 500; ++i) {
    auto name = [&](int k) { return names[(i + k) % names.size()]; };
    many += "هاجمت " + name(0) + " " + name(1) + " وقالت " + name(2) + " إن " + name(3) + " هددت " + name(4);
    for (int k = 5; k < 10; ++k) many += " و" + name(k);
    many += ".\n";
  }
  for (int i = 0; i < 5000; ++i) listed += (i ? " و" : "") + names[i % names.size()];
  const auto spread = dir.Write("spread.txt", many), one = dir.Write("listed.txt", listed + ".\n");
  auto entities = RunWithin(30, {"entities", spread, one});
  for (const std::string doc : {"spread", "listed"}) {
    size_t mentions = 0;
    for (size_t at = 0; (at = entities.out.find("\"doc\": \"" + doc + "\"", at)) != std::string::npos; ++at) {
      ++mentions;
    }
    CHECK(mentions == 5000);
  }
  auto ingest = RunWithin(30, {"ingest", "--db", db, spread, one});
  INFO(ingest.err);
  CHECK(ingest.exit_code == 0);
  CHECK_THAT(ingest.out, Catch::StartsWith("2 new"));
  auto show = RunWithin(30, {"show", "--db", db, "spread"});
  CHECK(show.exit_code == 0);
  CHECK(ValidUtf8(show.out));
  RequireCheck(db);
  RequireBoundedMemory();
}

TEST_CASE("queries nested 10,000 deep or 30,000 patterns long are syntax errors", "[robustness]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunKg({"ingest", "--db", db, kExamples}).exit_code == 0);
  auto repeat = [](std::string_view text, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += text;
    return out;
  };
  const std::string filter = "select ?x where ?x attacked ?y filter ";
  for (const auto& query : {"?x " + repeat("(", 10000) + "attacked" + repeat(")", 10000) + " ?y",
                            filter + repeat("(", 10000) + "?x = ?y" + repeat(")", 10000),
                            filter + repeat("not ", 10000) + "?x = ?y",
                            filter + repeat("label(", 10000) + "?x" + repeat(")", 10000)}) {
    auto result = RunWithin(10, {"query", "--db", db, query});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::StartsWith("error: nested more than 256 levels deep"));
  }
  // Each pattern of a group is a level of the executor's join: thirty thousand would overflow
  // its stack.
  std::string chain = "?a0 ?p0 ?a1";
  for (int i = 1; i < 30000; ++i) chain += " . ?a" + std::to_string(i) + " ?p" + std::to_string(i) + " ?a" + std::to_string(i + 1);
  auto result = RunWithin(10, {"query", "--db", db, "--file", dir.Write("chain.query", chain)});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::StartsWith("error: more than 256 patterns in one group"));
  RequireCheck(db);
}

TEST_CASE("'*' paths over a dense cycle terminate with exact counts", "[robustness]") {
  TempDir dir;
  const std::string db = dir / "db";
  // Every node links to every other: cycles of every length.
  constexpr int kNodes = 60;
  auto node = [](int i) { return "<http://kg.example.org/e/" + std::to_string(i) + ">"; };
  std::string nt;
  for (int i = 0; i < kNodes; ++i) {
    for (int j = 0; j < kNodes; ++j) {
      if (i != j) nt += node(i) + " <http://kg.example.org/p/linked> " + node(j) + " .\n";
    }
  }
  REQUIRE(RunKg({"import", "--db", db, dir.Write("dense.nt", nt)}).exit_code == 0);
  // One statement each, run as one script: the answers come one a line, in order.
  const std::vector<std::pair<std::string, std::string>> counts = {
      {"select count(*) where " + node(0) + " linked* ?y", "60"},
      {"select count(*) where ?x linked* ?y", "3600"},
      {"select count(*) where ?x linked+ ?y", "3600"},  // a node reaches itself in two steps
      {"select count(*) where ?x (linked|^linked)*/linked{2,} ?y", "3600"},
      {"select count(distinct ?y) where " + node(0) + " linked*/linked*/linked* ?y", "60"},
      {"select count(*) where ?x _* ?y . ?y linked ?z", "212400"},
      {"ask " + node(0) + " linked* " + node(59), "true"},
  };
  std::string script, expected;
  for (const auto& [query, count] : counts) {
    script += query + ";\n";
    expected += count + "\n";
  }
  auto answers = RunWithin(30, {"query", "--db", db, "--format", "tsv", "--no-header", script});
  INFO(script);
  CHECK(answers.exit_code == 0);
  CHECK(answers.out == expected);
  auto rows = RunWithin(20, {"query", "--db", db, "--format", "tsv", "?x linked* ?y"});
  CHECK(Rows(rows.out).size() == 3600);
  auto path = RunWithin(20, {"query", "--db", db, "path " + node(0) + " to " + node(59) + " max 6"});
  CHECK(path.exit_code == 0);
  RequireCheck(db);
  RequireBoundedMemory();
}

TEST_CASE("a broken line in the middle of a corpus costs that line only", "[robustness]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  std::string corpus;
  for (int i = 1; i <= 1000; ++i) {
    const std::string record = "{\"id\": \"r" + std::to_string(i) + "\", \"date\": \"2024-11-19\", \"text\": " +
                               Quoted("هاجمت إسرائيل مواقع في سوريا " + std::to_string(i) + ".") + "}";
    if (i == 500) {
      corpus += record.substr(0, record.size() / 2) + "\n";  // cut short, as a crash mid-write leaves it
    } else if (i == 700) {
      corpus += "{\"id\": \"r700\", \"text\": 700}\n";  // a record without text
    } else {
      corpus += record + "\n";
    }
  }
  const auto file = dir.Write("news.jsonl", corpus);
  auto first = RunWithin(30, {"ingest", "--db", db, file});
  CHECK(first.exit_code == 1);
  CHECK_THAT(first.out, Catch::StartsWith("998 new, 0 updated, 0 unchanged, 2 failed"));
  CHECK_THAT(first.err, Catch::Contains("news.jsonl:500: not a JSON object") &&
                                Catch::Contains("news.jsonl:700: no string field 'text'"));
  auto again = RunWithin(30, {"ingest", "--db", db, file});
  CHECK_THAT(again.out, Catch::StartsWith("0 new, 0 updated, 998 unchanged, 2 failed"));
  auto docs = RunKg({"docs", "--db", db});
  CHECK(std::count(docs.out.begin(), docs.out.end(), '\n') == 998);
  CHECK_THAT(docs.out, Catch::Contains("r499\t2024-11-19") && Catch::Contains("r501\t2024-11-19"));
  RequireCheck(db);
}
