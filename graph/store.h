// kg::graph::Store — the triple store on RocksDB.
//
// Triples live in three key orders (SPO, POS, OSP), each a column family of 12-byte big-endian
// keys, so a pattern with any bound positions is one prefix scan. Each triple remembers what
// supports it: the mentions of the articles that state it, or an RDF import. Articles are
// written as one atomic batch, so a reader or a crash never sees half of one.
//
// Errors are exceptions: StoreError for a store that cannot be opened or used, StoreBusy when
// another process writes to it. Every read goes through a View, a consistent snapshot.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/document.h"
#include "graph/term.h"

namespace kg::graph {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another kg process holds the store for writing.
class StoreBusy : public StoreError {
 public:
  using StoreError::StoreError;
};

enum class OpenMode {
  kReadOnly,        // never writes; works while a writer runs; the store must exist
  kReadWrite,       // takes the writer's lock; the store must exist
  kCreateIfMissing  // takes the writer's lock; creates an empty store
};

// A triple pattern: unset positions are wildcards.
struct Pattern {
  std::optional<TermId> s, p, o;
  enum class Polarity { kPositive, kNegated, kAny } polarity = Polarity::kPositive;
};

// One reading of a triple in an article.
struct Mention {
  TermId document = kNoTerm;
  Evidence evidence;
};

struct DocumentInfo {
  TermId id = kNoTerm;
  std::string name, source, title, date;
  uint64_t content_hash = 0;
  uint32_t triples = 0;   // distinct triples the article supports
  uint32_t mentions = 0;  // statements read from it
  std::string outlet;
};

struct PredicateStats {
  TermId predicate = kNoTerm;
  bool negated = false;
  uint64_t triples = 0;
  uint64_t subjects = 0;  // distinct
  uint64_t objects = 0;   // distinct
};

struct StoreStats {
  uint64_t triples = 0;  // positive and negated
  uint64_t documents = 0;
  uint64_t mentions = 0;
  uint64_t terms = 0;
  uint64_t entities = 0;
  std::vector<PredicateStats> predicates;  // most triples first
};

// Iterates the triples that match a pattern, in the key order of the index it scans.
class TripleCursor {
 public:
  virtual ~TripleCursor() = default;
  virtual bool Valid() const = 0;
  virtual const Triple& triple() const = 0;
  virtual void Next() = 0;
};

// A consistent snapshot of the store: what a query reads. Cheap to create; keep it for the
// length of one query. A view and its cursors belong to one thread, and its cursors must not
// outlive it.
class View {
 public:
  virtual ~View() = default;

  // Terms and names.
  virtual std::optional<TermId> Find(const Term& term) const = 0;
  virtual std::optional<Term> GetTerm(TermId id) const = 0;
  // Calls fn(id, term) for each of ids the store knows, in the order of ids, reading them in
  // batches: for results that print thousands of terms. Ascending ids read fastest.
  virtual void GetTerms(std::span<const TermId> ids,
                        const std::function<void(TermId id, const Term& term)>& fn) const = 0;
  virtual std::optional<EntityInfo> GetEntity(TermId id) const = 0;
  // Calls fn(id, entity) for every entity the store describes, in id order; for exports that
  // walk the whole graph without holding it.
  virtual void ForEachEntity(const std::function<void(TermId id, const EntityInfo& entity)>& fn)
      const = 0;
  // Every term one of whose names (label, id, alias, rdfs:label) has this text::MatchKey.
  virtual std::vector<TermId> FindByName(std::string_view name) const = 0;
  // Calls fn(key, surface form, id) for every name, in key order; for suggestions and completion.
  virtual void ForEachName(
      const std::function<void(std::string_view key, std::string_view name, TermId id)>& fn)
      const = 0;

  // Triples.
  virtual std::unique_ptr<TripleCursor> Scan(const Pattern& pattern) const = 0;
  virtual bool Contains(const Triple& triple) const = 0;
  virtual uint64_t Count(const Pattern& pattern) const = 0;
  // Statistics of one predicate (zero counts when absent): the planner's estimates.
  virtual PredicateStats GetPredicateStats(TermId predicate, bool negated) const = 0;
  // Triples with this term as subject plus those with it as object.
  virtual uint64_t Degree(TermId term) const = 0;

  // Provenance.
  virtual std::vector<Mention> Mentions(const Triple& triple) const = 0;
  virtual bool ImportSupported(const Triple& triple) const = 0;
  virtual std::optional<DocumentInfo> GetDocument(TermId document) const = 0;
  virtual std::optional<std::string> DocumentText(TermId document) const = 0;
  // The sentence a mention was read in, cut from its article's text.
  virtual std::string SentenceText(const Mention& mention) const = 0;
  virtual std::vector<DocumentInfo> Documents() const = 0;
  virtual std::vector<Triple> DocumentTriples(TermId document) const = 0;

  virtual StoreStats Stats() const = 0;
  // Stats().triples without the per-predicate list.
  virtual uint64_t TripleCount() const = 0;
};

enum class DocumentChange { kNew, kUpdated, kUnchanged };

struct PutResult {
  DocumentChange change = DocumentChange::kNew;
  uint64_t triples_added = 0;    // triples the store did not hold before
  uint64_t triples_removed = 0;  // triples left with no support
};

struct RemoveResult {
  bool found = false;
  uint64_t triples_removed = 0;
};

struct ImportOptions {
  // Called with bytes read so far, for progress display.
  std::function<void(uint64_t bytes)> progress;
};

struct ImportResult {
  uint64_t statements = 0;     // read from the file
  uint64_t triples_added = 0;  // new to the store
  uint64_t terms_added = 0;
};

struct CheckReport {
  uint64_t triples = 0, mentions = 0, documents = 0, terms = 0;
  std::vector<std::string> problems;  // empty when the store is consistent
  bool ok() const { return problems.empty(); }
};

class Store {
 public:
  // Throws StoreBusy when another process writes to dir, StoreError for anything else
  // (missing store, a store of another schema version, an unreadable directory).
  static std::unique_ptr<Store> Open(const std::string& dir, OpenMode mode);
  virtual ~Store() = default;

  virtual const std::string& dir() const = 0;
  virtual std::unique_ptr<View> Snapshot() const = 0;

  // Stores an article and its statements in one atomic write. Unchanged content (same text and
  // extractor) is a no-op; changed content under the same name replaces the old mentions.
  virtual PutResult PutDocument(const Document& document) = 0;
  // Retracts exactly the article's support; triples left with none are deleted.
  virtual RemoveResult RemoveDocument(std::string_view name) = 0;

  // Bulk-loads N-Triples, N-Quads or Turtle (by extension: .nt .nq .ttl; graphs of quads are
  // ignored). All or nothing: a malformed statement throws ImportError naming file:line:col
  // and nothing is written. Imported triples are supported by the import, not by mentions.
  virtual ImportResult Import(const std::string& path, const ImportOptions& options = {}) = 0;

  // Verifies that the three orders hold the same triples, that support counts match the
  // mentions, that every id resolves and that the statistics are exact.
  virtual CheckReport Check() const = 0;

  // Bytes the store takes on disk.
  virtual uint64_t DiskSize() const = 0;
};

class ImportError : public StoreError {
 public:
  using StoreError::StoreError;
};

}  // namespace kg::graph
