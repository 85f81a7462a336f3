// End-to-end: kg ingest as a user runs it, incremental over re-runs, with bad inputs among good.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/run.h"
#include "tests/support/store_check.h"
#include "tests/support/temp_dir.h"

using kg::testing::kExamples;
using kg::testing::ReadFile;
using kg::testing::RequireCheck;
using kg::testing::RunKg;
using kg::testing::TempDir;

namespace {

// The number of lines `kg docs` prints.
size_t Documents(const std::string& db) {
  const auto out = RunKg({"docs", "--db", db}).out;
  return static_cast<size_t>(std::count(out.begin(), out.end(), '\n'));
}

}  // namespace

TEST_CASE("ingesting the examples twice stores them once", "[cli][ingest]") {
  TempDir dir;
  const std::string db = dir / "db";
  auto first = RunKg({"ingest", "--db", db, kExamples});
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::StartsWith("5 new, 0 updated, 0 unchanged, 0 failed"));
  auto second = RunKg({"ingest", "--db", db, kExamples});
  CHECK(second.exit_code == 0);
  CHECK_THAT(second.out, Catch::StartsWith("0 new, 0 updated, 5 unchanged, 0 failed; 0 triples added, 0 removed"));
  CHECK(Documents(db) == 5);
  RequireCheck(db);
}

TEST_CASE("a changed article replaces its triples and a removed one takes them away", "[cli][ingest]") {
  TempDir dir;
  const std::string db = dir / "db";
  const auto names = {"000_325f99f3017aae90", "002_3c0a4fd1e2fc9cd0"};
  for (const auto* name : names) dir.Write(std::string("in/") + name + ".txt", ReadFile(kExamples + "/" + name + ".txt"));
  REQUIRE(RunKg({"ingest", "--db", db, dir / "in"}).exit_code == 0);

  // The first article loses its body: what only it said goes.
  const std::string text = ReadFile(kExamples + "/000_325f99f3017aae90.txt");
  dir.Write("in/000_325f99f3017aae90.txt", text.substr(0, text.find('\n')) + "\n");
  auto changed = RunKg({"ingest", "--db", db, dir / "in"});
  CHECK_THAT(changed.out, Catch::StartsWith("0 new, 1 updated, 1 unchanged, 0 failed"));
  RequireCheck(db);

  auto removed = RunKg({"remove", "--db", db, "002_3c0a4fd1e2fc9cd0"});
  CHECK(removed.exit_code == 0);
  CHECK(Documents(db) == 1);
  RequireCheck(db);
}

TEST_CASE("JSON-lines corpora and stdin are ingested with their outlets, broken lines reported", "[cli][ingest]") {
  TempDir dir;
  const std::string db = dir / "db";
  const std::string article = ReadFile(kExamples + "/003_ef5b820c0a3fc087.txt");
  std::string escaped;
  for (char c : article) {
    if (c == '\n') escaped += "\\n";
    else if (c == '"') escaped += "\\\"";
    else if (c == '\\') escaped += "\\\\";
    else escaped += c;
  }
  const auto corpus = dir.Write("c.jsonl",
                                "{\"id\": \"c1\", \"date\": \"Tue, 19 Nov 2024 10:00:00 +0300\", \"title\": \"t\", "
                                "\"source\": \"SkyNews\", "
                                "\"text\": \"" + escaped + "\"}\n"
                                "{\"id\": \"c2\", \"text\": \"broken\n"
                                "{\"id\": \"c3\", \"text\": \"" + escaped + "\"}\n");
  auto result = RunKg({"ingest", "--db", db, corpus});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out, Catch::StartsWith("2 new, 0 updated, 0 unchanged, 1 failed"));
  CHECK_THAT(result.err, Catch::Contains(corpus + ":2: not a JSON object"));
  const auto docs = RunKg({"docs", "--db", db}).out;
  CHECK_THAT(docs, Catch::Contains("c1\t2024-11-19") && Catch::Contains("\tt\tSkyNews\n"));
  // The outlet is what `source` selects and groups by.
  auto outlets = RunKg({"query", "--db", db, "--format", "tsv", "--no-header",
                        "select source, count(articles) where ?s ?p ?o group by source order by source"});
  CHECK(outlets.exit_code == 0);
  CHECK_THAT(outlets.out, Catch::EndsWith("\t1\nSkyNews\t1\n"));

  auto piped = RunKg({"ingest", "--db", db, "-"}, article);
  CHECK(piped.exit_code == 0);
  CHECK_THAT(piped.out, Catch::StartsWith("1 new"));
  CHECK(Documents(db) == 3);
  RequireCheck(db);
}

TEST_CASE("bad files among good ones are reported and skipped, the rest stored", "[cli][ingest]") {
  TempDir dir;
  const std::string db = dir / "db";
  dir.Write("in/good.txt", ReadFile(kExamples + "/004_6e3ac1b04581c295.txt"));
  dir.Write("in/empty.txt", "");
  dir.Write("in/binary.txt", std::string("PK\x03\x04\0\0garbage", 14));
  dir.Write("in/latin1.txt", ReadFile(kExamples + "/001_85fcea5612507ab2.txt") + "\xE9t\xE9\n");
  auto result = RunKg({"ingest", "--db", db, dir / "in", dir / "missing.txt"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out, Catch::StartsWith("2 new, 0 updated, 0 unchanged, 3 failed"));
  CHECK_THAT(result.err, Catch::Contains("empty.txt: empty article") &&
                             Catch::Contains("binary.txt: a binary file (NUL byte at offset 4)") &&
                             Catch::Contains("latin1.txt: 2 invalid UTF-8 sequences replaced") &&
                             Catch::Contains("missing.txt"));
  CHECK(Documents(db) == 2);
  RequireCheck(db);
}

TEST_CASE("the REPL loads articles with :load and sees them at once", "[cli][ingest][repl]") {
  TempDir dir;
  const std::string db = dir / "db";
  REQUIRE(RunKg({"ingest", "--db", db, kExamples + "/000_325f99f3017aae90.txt"}).exit_code == 0);
  auto result = RunKg({"repl", "--db", db},
                      ":format tsv\nselect count(*) where ?s ?p ?o;\n:load " + kExamples +
                          "\nselect count(*) where ?s ?p ?o;\n");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("4 new, 0 updated, 1 unchanged, 0 failed"));
  const auto first = result.out.find("count\n"), second = result.out.rfind("count\n");
  REQUIRE(first != second);
  CHECK(std::stoi(result.out.substr(second + 6)) > std::stoi(result.out.substr(first + 6)));
}
