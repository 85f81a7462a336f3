// End-to-end: a full disk stops ingest and import with a clear error and a consistent store,
// which the same command completes once there is space again. The disk is a small tmpfs in a
// mount namespace of the test's own; where none can be mounted the test exits with
// kSkipped, which CTest reports as skipped (SKIP_RETURN_CODE in tests/CMakeLists.txt).
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "tests/support/run.h"
#include "tests/support/small_dictionary.h"
#include "tests/support/store_check.h"
#include "tests/support/temp_dir.h"

using kg::testing::ExampleTexts;
using kg::testing::RequireCheck;
using kg::testing::RunKg;
using kg::testing::SmallDictionary;
using kg::testing::TempDir;

namespace {

namespace fs = std::filesystem;

constexpr int kSkipped = 77;
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
    std::cout << "skipped: cannot mount a small tmpfs here (needs root or user namespaces)" << std::endl;
    fs::remove_all(dir.path());
    std::_Exit(kSkipped);
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
  const std::string partial = RequireCheck(db);
  CHECK_THAT(partial, !Catch::Contains("100 articles"));
  disk.FreeSpace();
  auto rerun = RunKg({"ingest", "--db", db, dir / "in"});
  INFO(rerun.err);
  CHECK(rerun.exit_code == 0);
  const std::string ingested = RequireCheck(db);
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
  CHECK(RequireCheck(db) == ingested);  // nothing of the import
  disk.FreeSpace();
  auto imported = RunKg({"import", "--db", db, file});
  INFO(imported.err);
  CHECK(imported.exit_code == 0);
  const std::string both = RequireCheck(db);
  CHECK(std::stoi(both) == std::stoi(ingested) + 10000);  // "N triples, ...": the articles' and the file's
  CHECK_THAT(both, Catch::Contains("100 articles"));
}
