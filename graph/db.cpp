#include "graph/db.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <rocksdb/cache.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <thread>

#include "graph/fault_point.h"
#include "graph/term_chunk.h"

namespace kg::graph {
namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, static_cast<size_t>(Cf::kCount)> kCfNames = {
    "default",  // rocksdb::kDefaultColumnFamilyName
    "terms", "term_index", "names", "entities", "spo", "pos", "osp",
    "mentions", "docs", "doc_text", "doc_triples", "stats"};

rocksdb::ColumnFamilyOptions CfOptions(Cf cf, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.format_version = 5;
  // Index and filter blocks live with the open table readers (max_open_files = -1 opens every
  // table when the store opens), so a query never pays for loading them.
  table.cache_index_and_filter_blocks = false;
  switch (cf) {
    case Cf::kSpo:
    case Cf::kTermIndex:
    case Cf::kTerms:
    case Cf::kStats:
      // Point lookups: existence checks (ask), term resolution, counters.
      table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
      break;
    default:
      break;
  }
  // Point lookups (terms, existence checks) read one block each: small blocks decompress fast.
  const bool point = cf == Cf::kTerms || cf == Cf::kTermIndex || cf == Cf::kSpo;
  table.block_size = point ? 4 * 1024 : 16 * 1024;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // What queries read stays uncompressed: with mmap reads a block is then used where the OS
  // page cache holds it, with no copy, no allocation and no decompression. (Keys still shrink
  // by prefix delta encoding.) The rest is LZ4; the articles' text, read only for evidence,
  // takes ZSTD's smaller size.
  const bool hot = point || cf == Cf::kPos || cf == Cf::kOsp;
  if (hot) {
    // The page cache already holds these blocks, uncompressed: a block cache would only copy them.
    table.no_block_cache = true;
    table.block_cache.reset();
    options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  }
  options.compression = hot ? rocksdb::kNoCompression
                            : cf == Cf::kDocText ? rocksdb::kZSTD : rocksdb::kLZ4Compression;
  options.bottommost_compression = options.compression;
  if (cf == Cf::kTerms) options.merge_operator = term_chunk::AppendOperator();
  return options;
}

// RocksDB's warnings and errors, appended to DIR/LOG. RocksDB's own logger is not used: once a
// write to its file has failed, as on a full disk, the next message trips an assertion in the
// RocksDB that Debian builds and kg aborts instead of reporting the error. This one drops what
// it cannot write.
class StoreLogger final : public rocksdb::Logger {
 public:
  explicit StoreLogger(const std::string& path)
      : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL), file_(std::fopen(path.c_str(), "ae")) {}
  ~StoreLogger() override {
    if (file_) std::fclose(file_);
  }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list args) override {
    if (!file_) return;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y/%m/%d-%H:%M:%S ", localtime_r(&now, &local));
    std::lock_guard lock(mutex_);
    std::fputs(stamp, file_);
    std::vfprintf(file_, format, args);
    std::fputc('\n', file_);
    std::fflush(file_);
  }

 private:
  std::mutex mutex_;
  std::FILE* file_;
};

// The writer's lock is our own flock on DIR/LOCK.kg, taken before RocksDB's, so that a second
// writer gets a message about kg rather than RocksDB's lock-file error.
int TakeWriterLock(const std::string& dir) {
  const std::string path = dir + "/LOCK.kg";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    throw StoreError("cannot open " + path + ": " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    throw StoreBusy("store " + dir + " is in use by another kg process");
  }
  return fd;
}

// RocksDB creates a store's column families one by one after the store itself: a kg stopped
// in between leaves a store with only some of kg's families, all of them empty.
bool CreationInterrupted(const rocksdb::DBOptions& options, const std::string& dir) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(options, dir, &names).ok()) return false;
  return names.size() < kCfNames.size() && std::ranges::all_of(names, [](const std::string& name) {
           return std::ranges::find(kCfNames, name) != kCfNames.end();
         });
}

std::string InterruptedMessage(const std::string& dir) {
  return "no kg store at " + dir + " (a kg process was stopped while creating it; kg ingest or " +
         "kg import finishes it)";
}

}  // namespace

void ThrowIfError(const rocksdb::Status& s, std::string_view context) {
  if (!s.ok()) throw StoreError(std::string(context) + ": " + s.ToString());
}

std::unique_ptr<Db> Db::Open(const std::string& dir, OpenMode mode) {
  std::unique_ptr<Db> db(new Db);
  db->dir_ = dir;
  db->read_only_ = mode == OpenMode::kReadOnly;

  const bool exists = fs::exists(fs::path(dir) / "CURRENT");
  if (!exists && mode != OpenMode::kCreateIfMissing) {
    throw StoreError("no kg store at " + dir + " (create one with: kg ingest --db " + dir +
                     " examples/)");
  }
  if (!exists) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw StoreError("cannot create " + dir + ": " + ec.message());
  }
  if (!db->read_only_) db->lock_fd_ = TakeWriterLock(dir);

  rocksdb::DBOptions options;
  options.create_if_missing = mode == OpenMode::kCreateIfMissing;
  options.create_missing_column_families = mode == OpenMode::kCreateIfMissing;
  options.max_background_jobs = 2;
  options.keep_log_file_num = 2;
  options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  options.info_log = std::make_shared<StoreLogger>(dir + "/LOG");
  options.max_open_files = -1;
  // Those tables open one after the other: RocksDB's default opened each family's on 16 new
  // threads, two hundred threads to start a query that then runs in a few milliseconds.
  options.max_file_opening_threads = 1;
  // No timer thread for statistics that nobody reads.
  options.stats_dump_period_sec = 0;
  options.stats_persist_period_sec = 0;
  options.allow_mmap_reads = true;
  auto cache = rocksdb::NewLRUCache(64 << 20);

  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (size_t i = 0; i < kCfNames.size(); ++i) {
    families.emplace_back(kCfNames[i], CfOptions(static_cast<Cf>(i), cache));
  }
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (db->read_only_) {
    // A reader opens the files that the store's MANIFEST lists, and a writer's flush or
    // compaction may delete some of them in between: the open fails on a missing file, and
    // succeeds when tried again with the files that replaced them.
    for (int attempt = 1;; ++attempt) {
      db->handles_.clear();
      s = rocksdb::DB::OpenForReadOnly(options, dir, families, &db->handles_, &raw);
      if (s.ok() || !(s.IsCorruption() || s.IsIOError() || s.IsPathNotFound()) || attempt == 20) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
    }
  } else {
    s = rocksdb::DB::Open(options, dir, families, &db->handles_, &raw);
  }
  if (!s.ok() && s.IsInvalidArgument() && exists) {
    if (CreationInterrupted(options, dir)) throw StoreError(InterruptedMessage(dir));
    throw StoreError(dir + " is not a kg store (" + s.ToString() + ")");
  }
  ThrowIfError(s, "cannot open store " + dir);
  db->db_.reset(raw);

  std::string version;
  s = raw->Get(rocksdb::ReadOptions(), db->cf(Cf::kMeta), std::string(kSchemaVersionKey), &version);
  if (s.IsNotFound()) {
    // A new store, or one whose creator was stopped before it wrote the version: that one
    // holds nothing, and a writer finishes creating it.
    if (exists && !db->Empty()) throw StoreError(dir + " is not a kg store (it has no schema version)");
    if (db->read_only_) throw StoreError(InterruptedMessage(dir));
    FaultPoint("store-created");
    version = kSchemaVersion;
    ThrowIfError(raw->Put(rocksdb::WriteOptions(), db->cf(Cf::kMeta),
                          std::string(kSchemaVersionKey), version),
                 "cannot initialise store " + dir);
  } else {
    ThrowIfError(s, "cannot read store " + dir);
  }
  if (version != kSchemaVersion) {
    throw StoreError("store " + dir + " has schema version " + version + ", but this kg reads version " +
                     std::string(kSchemaVersion) + ": rebuild it with this kg (kg ingest / kg import)");
  }
  // A bulk import killed before it ingested its files leaves them behind; they were never
  // part of the store.
  if (!db->read_only_) fs::remove_all(db->ImportDir());
  return db;
}

bool Db::Empty() const {
  for (auto* handle : handles_) {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handle));
    it->SeekToFirst();
    if (it->Valid() || !it->status().ok()) return false;
  }
  return true;
}

Db::~Db() {
  if (db_) {
    // What a writer leaves in memtables would otherwise be replayed from the WAL by every
    // later open, a second per 50 MB of articles.
    if (!read_only_) db_->Flush(rocksdb::FlushOptions(), handles_);
    for (auto* handle : handles_) db_->DestroyColumnFamilyHandle(handle);
    db_->Close();
    db_.reset();
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

PrefixIterator::PrefixIterator(const Db& db, Cf cf, rocksdb::ReadOptions options,
                               std::string_view prefix)
    : upper_(PrefixSuccessor(prefix)) {
  if (!upper_.empty()) {
    upper_slice_ = rocksdb::Slice(upper_);
    options.iterate_upper_bound = &upper_slice_;
  }
  it_.reset(db.db()->NewIterator(options, db.cf(cf)));
  it_->Seek(rocksdb::Slice(prefix.data(), prefix.size()));
}

void PrefixIterator::ThrowIfError() const { graph::ThrowIfError(it_->status(), "read failed"); }

std::string IdCounters::Encode() const {
  return encoding::IdKey(next_term) + encoding::IdKey(next_literal);
}

IdCounters IdCounters::Decode(const std::optional<std::string>& value) {
  IdCounters counters;
  if (value && value->size() == 8) {
    counters.next_term = encoding::GetId(value->data());
    counters.next_literal = encoding::GetId(value->data() + 4);
  }
  return counters;
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string upper(prefix);
  while (!upper.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(upper.back());
    if (last != 0xff) {
      ++last;
      return upper;
    }
    upper.pop_back();
  }
  return upper;
}

Reader::Reader(const Db& db, const rocksdb::Snapshot* snapshot, bool verify_checksums) : db_(db) {
  options_.snapshot = snapshot;
  options_.verify_checksums = verify_checksums;
}

std::optional<std::string> Reader::Get(Cf cf, std::string_view key) const {
  std::string value;
  auto s = db_.db()->Get(options_, db_.cf(cf), rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::nullopt;
  ThrowIfError(s, "read failed");
  return value;
}

std::optional<TermId> Reader::FindTerm(const Term& term) const {
  auto value = Get(Cf::kTermIndex, encoding::EncodeTerm(term));
  if (!value || value->size() != 4) return std::nullopt;
  return encoding::GetId(value->data());
}

std::optional<Term> Reader::GetTerm(TermId id) const {
  auto value = GetEncodedTerm(id);
  Term term;
  if (!value || !encoding::DecodeTerm(*value, &term)) return std::nullopt;
  return term;
}

std::optional<std::string> Reader::GetEncodedTerm(TermId id) const {
  rocksdb::PinnableSlice chunk;
  const rocksdb::Status s = db_.db()->Get(options_, db_.cf(Cf::kTerms), term_chunk::Key(id), &chunk);
  if (s.IsNotFound()) return std::nullopt;
  ThrowIfError(s, "read failed");
  const std::string_view encoded = term_chunk::Find(chunk.ToStringView(), id);
  if (encoded.empty()) return std::nullopt;
  return std::string(encoded);
}

std::optional<EntityInfo> Reader::GetEntity(TermId id) const {
  auto value = Get(Cf::kEntities, encoding::IdKey(id));
  EntityInfo info;
  if (!value || !encoding::DecodeEntity(*value, &info)) return std::nullopt;
  return info;
}

std::optional<encoding::Support> Reader::GetSupport(const encoding::TripleKey& spo) const {
  auto value = Get(Cf::kSpo, std::string_view(spo.data(), spo.size()));
  encoding::Support support;
  if (!value || !encoding::DecodeSupport(*value, &support)) return std::nullopt;
  return support;
}

std::optional<DocumentInfo> Reader::GetDocument(TermId id) const {
  auto value = Get(Cf::kDocs, encoding::IdKey(id));
  DocumentInfo info;
  if (!value || !encoding::DecodeDocument(*value, &info)) return std::nullopt;
  info.id = id;
  return info;
}

uint64_t Reader::GetCounter(std::string_view key) const { return GetCounters(key, 1)[0]; }

std::vector<uint64_t> Reader::GetCounters(std::string_view key, size_t n) const {
  std::vector<uint64_t> counters(n, 0);
  if (auto value = Get(Cf::kStats, key)) {
    std::string_view in = *value;
    for (auto& c : counters) {
      if (!encoding::GetVarint(&in, &c)) break;
    }
  }
  return counters;
}

uint64_t Reader::CountPrefix(Cf cf, std::string_view prefix, uint64_t limit) const {
  uint64_t n = 0;
  for (auto it = Iterate(cf, prefix); it->Valid() && (limit == 0 || n < limit); it->Next()) ++n;
  return n;
}

std::unique_ptr<PrefixIterator> Reader::Iterate(Cf cf, std::string_view prefix) const {
  return std::make_unique<PrefixIterator>(db_, cf, options_, prefix);
}

}  // namespace kg::graph
