// Fuzz target: any bytes as an RDF file, imported as N-Triples and as Turtle into a real store.
// An import either succeeds and leaves a store that passes Check(), or throws ImportError and
// leaves the store as it was; anything else is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "fuzz/check.h"
#include "graph/store.h"

namespace {

using kg::fuzz::Fail;

namespace fs = std::filesystem;
using kg::graph::Store;

// A scratch directory in memory when the machine has one: the target writes every input.
fs::path ScratchDir() {
  std::string pattern = (fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path()) /
                        "kg-rdf-fuzz-XXXXXX";
  if (!::mkdtemp(pattern.data())) Fail("mkdtemp failed");
  return pattern;
}

// The store the inputs go into. It is recreated every so often, so that it stays small and
// Check() stays cheap, but imports still meet a store that holds earlier ones.
class Target {
 public:
  Target() : dir_(ScratchDir()) { Reset(); }
  ~Target() {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void Import(const uint8_t* data, size_t size, const char* extension) {
    const std::string path = (dir_ / "input").string() + extension;
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(data),
                                                static_cast<std::streamsize>(size));
    const uint64_t before = store_->Snapshot()->TripleCount();
    try {
      store_->Import(path);
    } catch (const kg::graph::ImportError&) {
      // All or nothing: a file that fails adds nothing.
      if (store_->Snapshot()->TripleCount() != before) Fail("a failed import changed the store");
      return;
    }
    const auto report = store_->Check();
    if (!report.ok()) Fail("the store is inconsistent after an import: " + report.problems.front());
    if (++imports_ == kImportsPerStore) Reset();
  }

 private:
  static constexpr int kImportsPerStore = 50;

  void Reset() {
    store_.reset();
    fs::remove_all(dir_ / "db");
    store_ = Store::Open((dir_ / "db").string(), kg::graph::OpenMode::kCreateIfMissing);
    imports_ = 0;
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
  int imports_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Target target;  // destroyed at exit, which removes the scratch directory
  target.Import(data, size, ".nt");
  target.Import(data, size, ".ttl");
  return 0;
}
