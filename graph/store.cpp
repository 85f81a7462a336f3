#include "graph/store.h"

#include <filesystem>

#include "graph/checker.h"
#include "graph/db.h"
#include "graph/document_writer.h"
#include "graph/importer.h"
#include "graph/view.h"

namespace kg::graph {
namespace {

class RocksStore final : public Store {
 public:
  explicit RocksStore(std::unique_ptr<Db> db) : db_(std::move(db)) {
    Reader reader(*db_, nullptr);
    counters_ = IdCounters::Decode(reader.Get(Cf::kMeta, kNextIdsKey));
  }

  const std::string& dir() const override { return db_->dir(); }
  std::unique_ptr<View> Snapshot() const override { return NewSnapshotView(*db_); }

  PutResult PutDocument(const Document& document) override {
    RequireWriter();
    return DocumentWriter(*db_, &counters_).Put(document);
  }

  RemoveResult RemoveDocument(std::string_view name) override {
    RequireWriter();
    return DocumentWriter(*db_, &counters_).Remove(name);
  }

  ImportResult Import(const std::string& path, const ImportOptions& options) override {
    RequireWriter();
    return ImportRdf(*db_, &counters_, path, options);
  }

  CheckReport Check() const override { return CheckStore(*db_); }

  uint64_t DiskSize() const override {
    uint64_t bytes = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(db_->dir(), ec)) {
      if (entry.is_regular_file(ec)) bytes += entry.file_size(ec);
    }
    return bytes;
  }

 private:
  void RequireWriter() const {
    if (db_->read_only()) throw StoreError("store " + db_->dir() + " is open read-only");
  }

  std::unique_ptr<Db> db_;
  IdCounters counters_;
};

}  // namespace

std::unique_ptr<Store> Store::Open(const std::string& dir, OpenMode mode) {
  return std::make_unique<RocksStore>(Db::Open(dir, mode));
}

}  // namespace kg::graph
