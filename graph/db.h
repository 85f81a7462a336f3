// The RocksDB database behind a Store: column families, options, the writer's lock, and typed
// reads that every part of graph/ shares. Internal to graph/.
#pragma once

#include <rocksdb/db.h>

#include <memory>
#include <optional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/encoding.h"
#include "graph/store.h"

namespace kg::graph {

enum class Cf {
  kMeta,        // "default": schema version, id counter
  kTerms,       // id -> term
  kTermIndex,   // term -> id
  kNames,       // MatchKey + '\0' + id -> surface form
  kEntities,    // id -> EntityInfo
  kSpo,         // triple keys in three orders; SPO's value is the Support
  kPos,
  kOsp,
  kMentions,    // SPO key + document + seq -> Evidence
  kDocs,        // document id -> DocumentInfo
  kDocText,     // document id -> original text
  kDocTriples,  // document id + SPO key -> mentions in that document
  kStats,       // counters kept at write time
  kCount
};

inline constexpr std::string_view kSchemaVersionKey = "schema_version";
// 2: name keys drop the article after ال too (text::MatchKey); 3: terms in chunks of 64 ids
// (term_chunk.h).
inline constexpr std::string_view kSchemaVersion = "3";
inline constexpr std::string_view kNextIdsKey = "next_ids";

// The first unused ids of resources and of literals, kept in the meta family.
struct IdCounters {
  TermId next_term = 1;
  TermId next_literal = kFirstLiteralId;
  uint64_t terms() const { return (next_term - 1) + (next_literal - kFirstLiteralId); }
  std::string Encode() const;
  static IdCounters Decode(const std::optional<std::string>& value);
};
inline constexpr std::string_view kImportsKey = "imports";

// Throws StoreError with context when s is not ok.
void ThrowIfError(const rocksdb::Status& s, std::string_view context);

class Db {
 public:
  static std::unique_ptr<Db> Open(const std::string& dir, OpenMode mode);
  ~Db();

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Cf c) const { return handles_[static_cast<size_t>(c)]; }
  const std::string& dir() const { return dir_; }
  bool read_only() const { return read_only_; }
  // True when no column family holds a key.
  bool Empty() const;
  // Where a bulk import writes its SST files before ingesting them.
  std::string ImportDir() const { return dir_ + "/import.tmp"; }

 private:
  Db() = default;
  std::string dir_;
  bool read_only_ = false;
  int lock_fd_ = -1;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

// Iterates the keys that share a prefix. It owns the upper bound that RocksDB's iterator
// points to, so it is neither copied nor moved.
class PrefixIterator {
 public:
  PrefixIterator(const Db& db, Cf cf, rocksdb::ReadOptions options, std::string_view prefix);
  PrefixIterator(const PrefixIterator&) = delete;
  PrefixIterator& operator=(const PrefixIterator&) = delete;

  bool Valid() const { return it_->Valid(); }
  void Next() { it_->Next(); }
  std::string_view key() const { return {it_->key().data(), it_->key().size()}; }
  std::string_view value() const { return {it_->value().data(), it_->value().size()}; }
  // Seeks forward to target (which must start with the prefix).
  void Seek(std::string_view target) { it_->Seek(rocksdb::Slice(target.data(), target.size())); }
  void ThrowIfError() const;

 private:
  std::string upper_;
  rocksdb::Slice upper_slice_;
  std::unique_ptr<rocksdb::Iterator> it_;
};

// Typed point reads and prefix scans at one snapshot (or the latest state when none).
class Reader {
 public:
  // Queries read with verify_checksums off: the hot column families are read straight from
  // mmapped pages with no block cache, so a checksum would be recomputed on every read of a
  // block. Writers, compactions and `kg check` verify them.
  Reader(const Db& db, const rocksdb::Snapshot* snapshot, bool verify_checksums = true);
  const rocksdb::ReadOptions& options() const { return options_; }

  std::optional<std::string> Get(Cf cf, std::string_view key) const;
  std::optional<TermId> FindTerm(const Term& term) const;
  std::optional<Term> GetTerm(TermId id) const;
  // The term's encoding (encoding::EncodeTerm), as the dictionary holds it.
  std::optional<std::string> GetEncodedTerm(TermId id) const;
  std::optional<EntityInfo> GetEntity(TermId id) const;
  std::optional<encoding::Support> GetSupport(const encoding::TripleKey& spo) const;
  std::optional<DocumentInfo> GetDocument(TermId id) const;
  uint64_t GetCounter(std::string_view key) const;  // a stats varint, 0 when absent
  std::vector<uint64_t> GetCounters(std::string_view key, size_t n) const;

  // Keys with the prefix, up to limit of them (0: no limit).
  uint64_t CountPrefix(Cf cf, std::string_view prefix, uint64_t limit = 0) const;
  // An iterator over the keys that start with prefix, positioned at the first.
  std::unique_ptr<PrefixIterator> Iterate(Cf cf, std::string_view prefix) const;

  const Db& db() const { return db_; }

 private:
  const Db& db_;
  rocksdb::ReadOptions options_;
};

// The exclusive upper bound of keys that start with prefix ("" when there is none).
std::string PrefixSuccessor(std::string_view prefix);

}  // namespace kg::graph
