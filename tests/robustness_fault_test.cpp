// End-to-end: faults while kg writes. A kg killed at points of an ingest or an import that the
// test chooses (KG_FAULT, graph/fault_point.h) leaves a store that passes `kg check` and that
// the same command, run again, completes; a reader that queries while a writer ingests sees
// whole articles only.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <random>
#include <sstream>

#include "tests/support/run.h"
#include "tests/support/small_dictionary.h"
#include "tests/support/store_check.h"
#include "tests/support/temp_dir.h"

// These tests are about what the store keeps, not what is extracted: their kg runs use a
// one-word dictionary, since they start kg a hundred times.
using kg::testing::ExampleTexts;
using kg::testing::kExamples;
using kg::testing::ReadFile;
using kg::testing::RequireCheck;
using kg::testing::RunKg;
using kg::testing::SmallDictionary;
using kg::testing::SummaryArticles;
using kg::testing::TempDir;

namespace {

namespace fs = std::filesystem;

// Starts kg with args in the background, its output discarded. fault, when given, is its
// KG_FAULT (graph/fault_point.h): where it stops or kills itself.
pid_t Spawn(const std::vector<std::string>& args, const std::string& fault = {}) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    if (!fault.empty()) setenv("KG_FAULT", fault.c_str(), 1);
    std::vector<char*> argv{const_cast<char*>(KG_BIN)};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    execv(KG_BIN, argv.data());
    _exit(127);
  }
  return pid;
}

// Waits for a spawned kg to end; true when SIGKILL ended it (its fault point fired), false when
// it exited by itself.
bool KilledByItself(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

}  // namespace
TEST_CASE("an ingest killed at 20 points of its writes leaves whole articles, and re-running completes it",
          "[robustness][faults]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db", in = dir / "in";
  const auto examples = ExampleTexts();
  // Each round adds six new articles (examples made new by a line of their own), named so that
  // they come after the stored ones.
  constexpr int kBatch = 6, kRounds = 20;
  auto add_batch = [&](int round) {
    for (int k = 0; k < kBatch; ++k) {
      // (Appended: GCC 12 warns, wrongly, about "literal" + a temporary string at -O3.)
      std::string name = "r";
      name += std::to_string(100 + round);
      name += '_';
      name += std::to_string(k);
      std::string text = examples[k % examples.size()];
      text += "\nنسخة ";
      text += name;
      text += ".\n";
      dir.Write("in/" + name + ".txt", text);
    }
  };
  // The first run is killed while it creates the store: there is none yet, and the next run
  // finishes creating it.
  add_batch(0);
  REQUIRE(KilledByItself(Spawn({"ingest", "--db", db, in}, "kill:store-created:1")));
  auto none = RunKg({"check", "--db", db});
  CHECK(none.exit_code == 3);
  CHECK_THAT(none.err, Catch::Contains("stopped while creating it"));
  auto created = RunKg({"ingest", "--db", db, in});
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  int stored = SummaryArticles(RequireCheck(db));
  REQUIRE(stored == kBatch);

  // Each round kills a run before or after the commit of one of its articles, the one the
  // random draw names: the store then holds exactly the articles committed before the kill.
  std::mt19937 random(20241119);
  for (int round = 1; round <= kRounds; ++round) {
    add_batch(round);
    const bool before_write = round % 2 == 1;
    const int commit = std::uniform_int_distribution<int>(1, kBatch)(random);
    const std::string fault =
        std::string("kill:") + (before_write ? "document-writing:" : "document-committed:") + std::to_string(commit);
    INFO("round " << round << ", KG_FAULT=" << fault);
    REQUIRE(KilledByItself(Spawn({"ingest", "--db", db, in}, fault)));
    const int committed = before_write ? commit - 1 : commit;
    CHECK(SummaryArticles(RequireCheck(db)) == stored + committed);
    // Re-running the command stores exactly the rest.
    auto rerun = RunKg({"ingest", "--db", db, in});
    INFO(rerun.err);
    REQUIRE(rerun.exit_code == 0);
    CHECK_THAT(rerun.out, Catch::StartsWith(std::to_string(kBatch - committed) + " new, 0 updated, " +
                                            std::to_string(stored + committed) + " unchanged, 0 failed"));
    stored += kBatch;
  }
  // Nothing counted twice, nothing lost: the same as one uninterrupted ingest.
  const std::string clean = dir / "clean";
  REQUIRE(RunKg({"ingest", "--db", clean, in}).exit_code == 0);
  CHECK(RequireCheck(db) == RequireCheck(clean));
}

TEST_CASE("an import killed at each point of its writes is whole or absent, and re-running completes it",
          "[robustness][faults]") {
  TempDir dir;
  std::string nt;
  constexpr int kTriples = 2000;
  for (int i = 0; i < kTriples; ++i) {
    nt += "<http://kg.example.org/e/" + std::to_string(i) + "> <http://kg.example.org/p/" + std::to_string(i % 7) +
          "> \"value " + std::to_string(i * 7919 % 10007) + "\"@en .\n";
  }
  const auto file = dir.Write("data.nt", nt);
  REQUIRE(RunKg({"import", "--db", dir / "whole", file}).exit_code == 0);
  const std::string whole = RequireCheck(dir / "whole");
  REQUIRE_THAT(whole, Catch::StartsWith(std::to_string(kTriples) + " triples"));
  // A store that already holds other triples, to import into.
  const std::string other = "<http://kg.example.org/x> <http://kg.example.org/p/x> \"x\" .\n";
  REQUIRE(RunKg({"import", "--db", dir / "base", dir.Write("other.nt", other)}).exit_code == 0);
  const std::string base = RequireCheck(dir / "base");

  // Where the kill lands, and what the store holds after it.
  struct Kill {
    const char* point;
    bool new_store;
    bool imported;
  };
  const Kill kills[] = {{"store-created", true, false},
                        {"import-files-written", false, false},
                        {"import-ingested", false, true}};
  for (int round = 0; round < 9; ++round) {
    const Kill kill = kills[round % 3];
    const std::string db = dir / ("db" + std::to_string(round));
    if (!kill.new_store) fs::copy(dir / "base", db, fs::copy_options::recursive);
    INFO("round " << round << ", killed at " << kill.point);
    REQUIRE(KilledByItself(Spawn({"import", "--db", db, file}, std::string("kill:") + kill.point + ":1")));
    auto check = RunKg({"check", "--db", db});
    INFO(check.out << check.err);
    if (kill.new_store) {
      // Killed before the store was complete: kg sees none, as before the run.
      CHECK(check.exit_code == 3);
      CHECK_THAT(check.err, Catch::StartsWith("kg: no kg store at " + db));
    } else {
      REQUIRE(check.exit_code == 0);
      if (kill.imported) {
        CHECK_THAT(check.out, Catch::Contains(": " + std::to_string(kTriples + 1) + " triples"));
      } else {
        CHECK(check.out.substr(db.size() + 2) == base);
      }
    }
    // Re-running adds exactly what the killed run did not.
    auto rerun = RunKg({"import", "--db", db, file});
    INFO(rerun.err);
    REQUIRE(rerun.exit_code == 0);
    CHECK_THAT(rerun.out, Catch::Contains(std::to_string(kTriples) + " statements, " +
                                          (kill.imported ? "0" : std::to_string(kTriples)) + " new triples"));
    if (kill.new_store) CHECK(RequireCheck(db) == whole);
    else CHECK_THAT(RequireCheck(db), Catch::StartsWith(std::to_string(kTriples + 1) + " triples"));
  }
}

TEST_CASE("a reader that queries while a writer ingests sees whole articles only", "[robustness][faults]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  const std::string db = dir / "db";
  // Copies of one article under many names: each stored copy has the same mentions.
  const std::string text = ReadFile(kExamples + "/001_85fcea5612507ab2.txt");
  REQUIRE(RunKg({"ingest", "--db", db, dir.Write("first/c0.txt", text)}).exit_code == 0);

  // A mention per row, with its article: every article a reader sees has all of its rows.
  auto per_article = [&] {
    auto result = RunKg({"query", "--db", db, "--format", "tsv", "--no-header", "?s ?p ?o evidence"});
    REQUIRE(result.exit_code == 0);
    std::map<std::string, size_t> rows;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
      size_t column = 0;
      for (int tab = 0; tab < 3; ++tab) column = line.find('\t', column) + 1;
      ++rows[line.substr(column, line.find('\t', column) - column)];
    }
    return rows;
  };
  const size_t mentions = per_article().at("c0");
  REQUIRE(mentions > 0);

  // The writer stops itself after every tenth commit; the reader reads while it waits there,
  // and while it is let go again, so readings fall both between and during commits.
  constexpr int kCopies = 60, kEvery = 10;
  for (int i = 0; i < kCopies; ++i) dir.Write("batch/b" + std::to_string(i) + ".txt", text);
  struct Writer {
    pid_t pid = -1;
    ~Writer() {
      if (pid > 0) {  // a failed check leaves it running
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
      }
    }
  } writer;
  writer.pid = Spawn({"ingest", "--db", db, "--jobs", "1", dir / "batch"}, "stop:document-committed:" +
                                                                                std::to_string(kEvery));
  int stops = 0;
  for (;;) {
    int status = 0;
    REQUIRE(waitpid(writer.pid, &status, WUNTRACED) == writer.pid);
    if (!WIFSTOPPED(status)) {
      REQUIRE(WIFEXITED(status));
      CHECK(WEXITSTATUS(status) == 0);
      writer.pid = -1;
      break;
    }
    ++stops;
    const auto rows = per_article();
    INFO("stopped after " << stops * kEvery << " commits");
    CHECK(rows.size() == static_cast<size_t>(1 + stops * kEvery));
    for (const auto& [article, count] : rows) {
      INFO("article " << article);
      REQUIRE(count == mentions);
    }
    kill(writer.pid, SIGCONT);
    // A reading while the writer goes on: whatever it sees, it sees whole articles.
    for (const auto& [article, count] : per_article()) {
      INFO("article " << article);
      REQUIRE(count == mentions);
    }
  }
  CHECK(stops == kCopies / kEvery);
  CHECK(per_article().size() == 1 + kCopies);
  RequireCheck(db);
}
