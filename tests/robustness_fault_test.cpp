// End-to-end: faults while kg writes. A kg killed at random points of an ingest or an import,
// or stopped by a full disk, leaves a store that passes `kg check` and that the same command,
// run again, completes; a reader that queries while a writer ingests sees whole articles only.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "tests/support/run.h"
#include "tests/support/small_dictionary.h"
#include "tests/support/temp_dir.h"

// These tests are about what the store keeps, not what is extracted: their kg runs use a
// one-word dictionary, since they start kg a hundred times.
using kg::testing::RunKg;
using kg::testing::SmallDictionary;
using kg::testing::ReadFile;
using kg::testing::TempDir;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const std::string kExamples = std::string(KG_SOURCE_DIR) + "/examples";

std::vector<std::string> ExampleTexts() {
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(kExamples)) paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& path : paths) texts.push_back(ReadFile(path));
  return texts;
}

// Starts kg with args in the background, its output discarded.
pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<char*> argv{const_cast<char*>(KG_BIN)};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    execv(KG_BIN, argv.data());
    _exit(127);
  }
  return pid;
}

// Kills a spawned kg (if it still runs) and reaps it; true when the kill is what ended it.
bool Kill(pid_t pid) {
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

bool Exited(pid_t pid) {
  int status = 0;
  return waitpid(pid, &status, WNOHANG) == pid;
}

// The bytes of the store's write-ahead logs: they grow as a writer commits.
uintmax_t WalBytes(const std::string& db) {
  uintmax_t bytes = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(db, ec)) {
    if (entry.path().extension() == ".log") bytes += entry.file_size(ec);
  }
  return bytes;
}

// `kg check`'s summary ("DIR: N triples, ... : ok"), after requiring that it passed.
std::string Check(const std::string& db) {
  auto check = RunKg({"check", "--db", db});
  INFO(check.out << check.err);
  REQUIRE(check.exit_code == 0);
  REQUIRE_THAT(check.out, Catch::EndsWith(": ok\n"));
  return check.out.substr(db.size() + 2);
}

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

void Sleep(double seconds) { std::this_thread::sleep_for(std::chrono::duration<double>(seconds)); }

}  // namespace

TEST_CASE("an ingest killed at 20 random points leaves whole articles, and re-running completes it",
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
  // A first round, whole, measures how long a run takes and how long it writes.
  add_batch(0);
  const auto start = Clock::now();
  const pid_t first = Spawn({"ingest", "--db", db, in});
  double writing_from = 0;
  while (!Exited(first)) {
    if (writing_from == 0 && WalBytes(db) > 0) writing_from = Seconds(start);
    Sleep(0.002);
  }
  const double run_time = Seconds(start), write_time = std::max(0.01, run_time - writing_from);
  Check(db);

  std::mt19937 random(20241119);
  int killed = 0, stored = kBatch;
  for (int round = 1; round <= kRounds; ++round) {
    add_batch(round);
    // Most kills land while articles are committed (or the store is closed); every fourth
    // anywhere in the run, start-up and opening included.
    const bool anywhere = round % 4 == 0;
    const double delay = std::uniform_real_distribution<double>(0, anywhere ? run_time : write_time)(random);
    const uintmax_t wal = WalBytes(db);
    const pid_t pid = Spawn({"ingest", "--db", db, in});
    const auto spawned = Clock::now();
    while (!anywhere && WalBytes(db) == wal && Seconds(spawned) < 60) Sleep(0.002);
    Sleep(delay);
    killed += Kill(pid);
    INFO("round " << round << ", killed after " << Seconds(spawned) << " s");
    // The check counts the articles stored so far: those of earlier rounds and whole ones of
    // this round's batch.
    const std::string summary = Check(db);
    const int total = (round + 1) * kBatch;
    const int now_stored = std::stoi(summary.substr(summary.find(" mentions, ") + 11));
    CHECK(now_stored >= stored);
    CHECK(now_stored <= total);
    stored = now_stored;
    // Re-running the command stores exactly the rest.
    auto rerun = RunKg({"ingest", "--db", db, in});
    INFO(rerun.err);
    REQUIRE(rerun.exit_code == 0);
    CHECK_THAT(rerun.out, Catch::StartsWith(std::to_string(total - stored) + " new, 0 updated, " +
                                            std::to_string(stored) + " unchanged, 0 failed"));
    stored = total;
  }
  INFO(killed << " of " << kRounds << " runs were killed before they finished");
  CHECK(killed >= kRounds / 4);
  // Nothing counted twice, nothing lost: the same as one uninterrupted ingest.
  const std::string clean = dir / "clean";
  REQUIRE(RunKg({"ingest", "--db", clean, in}).exit_code == 0);
  CHECK(Check(db) == Check(clean));
}

TEST_CASE("an import killed at 20 random points is whole or absent, and re-running completes it",
          "[robustness][faults]") {
  TempDir dir;
  std::string nt;
  constexpr int kTriples = 2000;
  for (int i = 0; i < kTriples; ++i) {
    nt += "<http://kg.example.org/e/" + std::to_string(i) + "> <http://kg.example.org/p/" + std::to_string(i % 7) +
          "> \"value " + std::to_string(i * 7919 % 10007) + "\"@en .\n";
  }
  const auto file = dir.Write("data.nt", nt);
  const std::string all = std::to_string(kTriples) + " triples";
  // An empty store to copy: most rounds kill an import into one, so that the kills land in the
  // import rather than in the creation of a store, which is most of a short run.
  REQUIRE(RunKg({"import", "--db", dir / "empty", dir.Write("empty.nt", "")}).exit_code == 0);
  auto timed_import = [&](const std::string& db) {
    const auto start = Clock::now();
    REQUIRE(RunKg({"import", "--db", db, file}).exit_code == 0);
    return Seconds(start);
  };
  const double create_and_import = timed_import(dir / "whole");
  const std::string whole = Check(dir / "whole");
  fs::copy(dir / "empty", dir / "copy", fs::copy_options::recursive);
  const double import_only = timed_import(dir / "copy");

  std::mt19937 random(1119);
  std::map<std::string, int> outcomes;
  for (int round = 1; round <= 20; ++round) {
    // Every fourth round a new store, so that kills also land while one is created.
    const bool create = round % 4 == 0;
    const std::string db = dir / ("db" + std::to_string(round));
    if (!create) fs::copy(dir / "empty", db, fs::copy_options::recursive);
    // A little past the measured time, so that some runs finish and the kill finds none.
    const double delay =
        std::uniform_real_distribution<double>(0, 1.2 * (create ? create_and_import : import_only))(random);
    const pid_t pid = Spawn({"import", "--db", db, file});
    Sleep(delay);
    Kill(pid);
    INFO("round " << round << ", killed after " << delay << " s");
    auto check = RunKg({"check", "--db", db});
    INFO(check.out << check.err);
    bool imported = false;
    if (check.exit_code == 3) {
      // Killed before the store was complete: kg sees none, as before the run.
      CHECK(create);
      CHECK_THAT(check.err, Catch::StartsWith("kg: no kg store at " + db));
      ++outcomes["no store"];
    } else {
      REQUIRE(check.exit_code == 0);
      const bool none = check.out.find(": 0 triples, 0 mentions, 0 articles, 0 terms: ok") != std::string::npos;
      imported = check.out.find(": " + all) != std::string::npos;
      CHECK((none || imported));
      ++outcomes[none ? "nothing imported" : "all imported"];
    }
    // Re-running adds exactly what the killed run did not.
    auto rerun = RunKg({"import", "--db", db, file});
    INFO(rerun.err);
    REQUIRE(rerun.exit_code == 0);
    CHECK_THAT(rerun.out, Catch::Contains(std::to_string(kTriples) + " statements, " +
                                          (imported ? "0" : std::to_string(kTriples)) + " new triples"));
    if (round % 5 == 0) CHECK(Check(db) == whole);
  }
  std::string summary;
  for (const auto& [outcome, rounds] : outcomes) summary += outcome + ": " + std::to_string(rounds) + "; ";
  INFO(summary);
  // The kills into a copied store left one every time: whole or without the import.
  CHECK(outcomes["nothing imported"] + outcomes["all imported"] >= 15);
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

  // Whether a reading falls between two of the writer's commits is up to the scheduler: a batch
  // is written and read until some reading saw part of one, in batches twice as large each time.
  struct Writer {
    pid_t pid = -1;
    ~Writer() {
      if (pid > 0) Kill(pid);  // a failed check leaves it running
    }
  } writer;
  size_t stored = 1;
  bool overlapped = false;
  for (int batch = 1, copies = 100; batch <= 5 && !overlapped; ++batch, copies *= 2) {
    const std::string in = dir / ("batch" + std::to_string(batch));
    for (int i = 0; i < copies; ++i) dir.Write("batch" + std::to_string(batch) + "/b" + std::to_string(batch) + "_" + std::to_string(i) + ".txt", text);
    writer.pid = Spawn({"ingest", "--db", db, "--jobs", "1", in});
    for (bool done = false; !done;) {
      done = Exited(writer.pid);  // one last reading after the writer is done
      if (done) writer.pid = -1;
      const auto rows = per_article();
      for (const auto& [article, count] : rows) {
        INFO("batch " << batch << ": article " << article);
        REQUIRE(count == mentions);
      }
      REQUIRE(rows.size() >= stored);
      overlapped |= rows.size() > stored && rows.size() < stored + copies;
      if (done) CHECK(rows.size() == stored + copies);
    }
    stored += copies;
    Check(db);
  }
  // Some reading did fall between the writes.
  CHECK(overlapped);
}

namespace {

// A tmpfs of `size` mounted on dir, in a mount namespace of this test process's own: nothing
// outside sees it, and it goes with the process. Needs root, or user namespaces.
class SmallDisk {
 public:
  SmallDisk(const std::string& dir, const std::string& size) : dir_(dir) {
    fs::create_directories(dir);
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWNS) != 0) {
      if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) return;
      std::ofstream("/proc/self/setgroups") << "deny";
      std::ofstream("/proc/self/uid_map") << "0 " << uid << " 1";
      std::ofstream("/proc/self/gid_map") << "0 " << gid << " 1";
    }
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return;
    mounted_ = mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) umount2(dir_.c_str(), MNT_DETACH);
  }

  bool mounted() const { return mounted_; }

  // Fills the disk with a file of its own until only `free` bytes are left.
  void LeaveFree(uintmax_t free) {
    struct statvfs disk {};
    statvfs(dir_.c_str(), &disk);
    const uintmax_t available = static_cast<uintmax_t>(disk.f_bavail) * disk.f_frsize;
    std::ofstream(dir_ + "/ballast", std::ios::binary) << std::string(available > free ? available - free : 0, 'x');
  }
  void FreeSpace() { fs::remove(dir_ + "/ballast"); }

 private:
  std::string dir_;
  bool mounted_ = false;
};

}  // namespace

TEST_CASE("a full disk stops ingest and import with an error and a consistent store", "[robustness][faults]") {
  TempDir dir;
  SmallDictionary dictionary(dir);
  SmallDisk disk(dir / "disk", "24m");
  if (!disk.mounted()) {
    WARN("cannot mount a small tmpfs here (needs root or user namespaces): the full-disk test is skipped");
    return;
  }
  const std::string db = dir / "disk/db";
  const auto examples = ExampleTexts();
  for (int i = 0; i < 100; ++i) {
    dir.Write("in/a" + std::to_string(100 + i) + ".txt", examples[i % examples.size()] + "\n" + std::to_string(i) + "\n");
  }
  disk.LeaveFree(512 << 10);
  auto full = RunKg({"ingest", "--db", db, dir / "in"});
  CHECK(full.exit_code == 3);
  CHECK_THAT(full.err, Catch::StartsWith("kg: cannot write to store " + db) &&
                           Catch::Contains("No space left on device"));
  const std::string partial = Check(db);
  CHECK_THAT(partial, !Catch::Contains("100 articles"));
  disk.FreeSpace();
  auto rerun = RunKg({"ingest", "--db", db, dir / "in"});
  INFO(rerun.err);
  CHECK(rerun.exit_code == 0);
  const std::string ingested = Check(db);
  CHECK_THAT(ingested, Catch::Contains("100 articles"));

  std::string nt;
  for (int i = 0; i < 10000; ++i) {
    nt += "<http://kg.example.org/e/" + std::to_string(i) + "> <http://kg.example.org/p/value> \"" +
          std::to_string(i * 2654435761u) + "\" .\n";
  }
  const auto file = dir.Write("data.nt", nt);
  disk.LeaveFree(512 << 10);
  auto import = RunKg({"import", "--db", db, file});
  CHECK(import.exit_code == 3);
  CHECK_THAT(import.err, Catch::Contains("No space left on device"));
  CHECK(Check(db) == ingested);  // nothing of the import
  disk.FreeSpace();
  auto imported = RunKg({"import", "--db", db, file});
  INFO(imported.err);
  CHECK(imported.exit_code == 0);
  const std::string both = Check(db);
  CHECK(std::stoi(both) == std::stoi(ingested) + 10000);  // "N triples, ...": the articles' and the file's
  CHECK_THAT(both, Catch::Contains("100 articles"));
}
