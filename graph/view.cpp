#include "graph/view.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "graph/stats_delta.h"
#include "graph/term_chunk.h"
#include "text/text.h"

namespace kg::graph {
namespace {

using encoding::Order;

Cf CfOf(Order order) {
  return order == Order::kSpo ? Cf::kSpo : order == Order::kPos ? Cf::kPos : Cf::kOsp;
}

// Creating a RocksDB iterator costs microseconds, and a join or a path search seeks thousands
// of prefixes: the view keeps the iterators its cursors are done with and seeks them again.
class IteratorPool {
 public:
  IteratorPool(const Db& db, const rocksdb::ReadOptions& options) : db_(db), options_(options) {}

  std::unique_ptr<rocksdb::Iterator> Take(Cf cf) {
    auto& free = free_[Slot(cf)];
    if (free.empty()) return std::unique_ptr<rocksdb::Iterator>(db_.db()->NewIterator(options_, db_.cf(cf)));
    auto it = std::move(free.back());
    free.pop_back();
    return it;
  }

  void Return(Cf cf, std::unique_ptr<rocksdb::Iterator> it) { free_[Slot(cf)].push_back(std::move(it)); }

 private:
  static size_t Slot(Cf cf) {
    return cf == Cf::kSpo ? 0 : cf == Cf::kPos ? 1 : cf == Cf::kOsp ? 2 : 3;
  }
  const Db& db_;
  rocksdb::ReadOptions options_;
  std::vector<std::unique_ptr<rocksdb::Iterator>> free_[4];  // spo, pos, osp, terms
};

// The subjects' terms that scans of `?x p o` read beside their keys (POS values), so that the
// rows they print need no dictionary read: one per row, each in a block of its own, was most of
// such a query in a fresh process. Kept in two flat arrays, since a fresh process pays for each
// page of memory it first touches; bounded, since a scan may be a join's inner loop.
class InlineTerms {
 public:
  void Keep(TermId id, std::string_view encoded) {
    if (encoded.empty() || bytes_.size() + encoded.size() > kMaxBytes) return;
    if (!kept_.empty() && id <= kept_.back().id) {
      if (id == kept_.back().id) return;
      sorted_ = false;
    }
    kept_.push_back({id, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(encoded.size())});
    bytes_.append(encoded);
  }
  // The encoded term, or "" when no scan kept it.
  std::string_view Find(TermId id) const {
    if (!sorted_) {
      std::ranges::sort(kept_, {}, &Kept::id);
      sorted_ = true;
    }
    auto it = std::ranges::lower_bound(kept_, id, {}, &Kept::id);
    if (it == kept_.end() || it->id != id) return {};
    return std::string_view(bytes_).substr(it->offset, it->size);
  }

 private:
  struct Kept {
    TermId id;
    uint32_t offset, size;
  };
  static constexpr size_t kMaxBytes = size_t{4} << 20;
  mutable std::vector<Kept> kept_;
  mutable bool sorted_ = true;
  std::string bytes_;
};

// Scans one key prefix of one order, skipping triples of the wrong polarity when the
// predicate is not bound (when it is, the polarity is part of the prefix).
class PrefixCursor final : public TripleCursor {
 public:
  // inline_terms: where a scan of POS with the predicate and object bound keeps the subjects'
  // terms; null for any other scan.
  PrefixCursor(IteratorPool& pool, Order order, std::string prefix, Pattern::Polarity filter,
               InlineTerms* inline_terms)
      : pool_(pool), order_(order), filter_(filter), prefix_(std::move(prefix)),
        inline_terms_(inline_terms), it_(pool.Take(CfOf(order))) {
    it_->Seek(prefix_);
    Settle();
  }
  ~PrefixCursor() override { pool_.Return(CfOf(order_), std::move(it_)); }

  bool Valid() const override { return valid_; }
  const Triple& triple() const override { return current_; }
  void Next() override {
    it_->Next();
    Settle();
  }

 private:
  void Settle() {
    for (; it_->Valid(); it_->Next()) {
      const rocksdb::Slice key = it_->key();
      if (!key.starts_with(prefix_)) break;
      current_ = encoding::DecodeTriple(order_, key.data());
      if (filter_ == Pattern::Polarity::kAny ||
          current_.negated == (filter_ == Pattern::Polarity::kNegated)) {
        if (inline_terms_) inline_terms_->Keep(current_.s, it_->value().ToStringView());
        valid_ = true;
        return;
      }
    }
    valid_ = false;
    ThrowIfError(it_->status(), "read failed");
  }

  IteratorPool& pool_;
  Order order_;
  Pattern::Polarity filter_;
  std::string prefix_;
  InlineTerms* inline_terms_;
  std::unique_ptr<rocksdb::Iterator> it_;
  Triple current_;
  bool valid_ = false;
};

// The positive triples of a bound predicate, then the negated ones.
class ConcatCursor final : public TripleCursor {
 public:
  ConcatCursor(std::unique_ptr<TripleCursor> first, std::unique_ptr<TripleCursor> second)
      : first_(std::move(first)), second_(std::move(second)) {}
  bool Valid() const override { return first_->Valid() || second_->Valid(); }
  const Triple& triple() const override {
    return first_->Valid() ? first_->triple() : second_->triple();
  }
  void Next() override { first_->Valid() ? first_->Next() : second_->Next(); }

 private:
  std::unique_ptr<TripleCursor> first_, second_;
};

class SnapshotView final : public View {
 public:
  explicit SnapshotView(const Db& db)
      : db_(db), snapshot_(db.db()->GetSnapshot()), reader_(db, snapshot_, false),
        pool_(std::make_unique<IteratorPool>(db, reader_.options())) {}
  ~SnapshotView() override {
    pool_.reset();  // iterators go before their snapshot
    db_.db()->ReleaseSnapshot(snapshot_);
  }

  std::optional<TermId> Find(const Term& term) const override { return reader_.FindTerm(term); }
  std::optional<Term> GetTerm(TermId id) const override {
    if (const std::string_view encoded = inline_terms_.Find(id); !encoded.empty()) {
      Term term;
      if (encoding::DecodeTerm(encoded, &term)) return term;
    }
    return reader_.GetTerm(id);
  }

  void GetTerms(std::span<const TermId> ids,
                const std::function<void(TermId, const Term&)>& fn) const override {
    // In ascending order the ids of one chunk of the dictionary are neighbours, and each chunk
    // is read once: RocksDB's MultiGet reads up to 32 of them together (the batch it keeps on
    // the stack), searching each table's index once for the batch. The view keeps a copy of the
    // chunks for its later calls, as a result printed in batches of rows names the same chunks
    // again. (A copy, not a pinned block: in a process that also writes, compaction may delete
    // the file a pinned block of an mmapped table lies in.)
    constexpr size_t kBatch = 32;
    constexpr TermId kNoChunk = 1;  // no chunk's first id
    std::array<TermId, kBatch> wanted;
    std::array<std::string, kBatch> keys;
    std::array<rocksdb::Slice, kBatch> slices;
    std::array<rocksdb::PinnableSlice, kBatch> values;
    std::array<rocksdb::Status, kBatch> statuses;
    Term term;
    for (size_t first = 0; first < ids.size();) {
      if (chunks_.size() + kBatch > kMaxChunks) chunks_.clear();
      size_t end = first, n = 0;
      for (TermId last = kNoChunk; end < ids.size(); ++end) {
        const TermId chunk = term_chunk::ChunkOf(ids[end]);
        if (chunk == last || !inline_terms_.Find(ids[end]).empty() || chunks_.contains(chunk)) continue;
        if (n == kBatch) break;
        wanted[n] = last = chunk;
        keys[n] = term_chunk::Key(chunk);
        slices[n] = rocksdb::Slice(keys[n]);
        ++n;
      }
      if (n > 0) {
        db_.db()->MultiGet(reader_.options(), db_.cf(Cf::kTerms), n, slices.data(), values.data(),
                           statuses.data());
        for (size_t k = 0; k < n; ++k) {
          if (!statuses[k].ok() && !statuses[k].IsNotFound()) ThrowIfError(statuses[k], "read failed");
          ReadChunk& chunk = chunks_[wanted[k]];  // a node of its own: the views into it stay valid
          chunk.bytes.assign(values[k].data(), values[k].size());
          term_chunk::Index(chunk.bytes, &chunk.terms);
          values[k].Reset();
        }
      }
      const ReadChunk* chunk = nullptr;
      for (TermId at = kNoChunk; first < end; ++first) {
        const TermId id = ids[first];
        std::string_view encoded = inline_terms_.Find(id);
        if (encoded.empty()) {
          if (term_chunk::ChunkOf(id) != at) chunk = &chunks_.at(at = term_chunk::ChunkOf(id));
          encoded = chunk->terms[id - at];
        }
        if (!encoded.empty() && encoding::DecodeTerm(encoded, &term)) fn(id, term);
      }
    }
  }
  std::optional<EntityInfo> GetEntity(TermId id) const override { return reader_.GetEntity(id); }

  void ForEachEntity(const std::function<void(TermId, const EntityInfo&)>& fn) const override {
    EntityInfo info;
    for (auto it = reader_.Iterate(Cf::kEntities, {}); it->Valid(); it->Next()) {
      if (it->key().size() == 4 && encoding::DecodeEntity(it->value(), &info)) {
        fn(encoding::GetId(it->key().data()), info);
      }
    }
  }

  std::vector<TermId> FindByName(std::string_view name) const override {
    std::string prefix = text::MatchKey(name);
    std::vector<TermId> ids;
    if (prefix.empty()) return ids;
    prefix.push_back('\0');
    for (auto it = reader_.Iterate(Cf::kNames, prefix); it->Valid(); it->Next()) {
      if (it->key().size() == prefix.size() + 4) {
        ids.push_back(encoding::GetId(it->key().data() + prefix.size()));
      }
    }
    std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
  }

  void ForEachName(const std::function<void(std::string_view, std::string_view, TermId)>& fn)
      const override {
    for (auto it = reader_.Iterate(Cf::kNames, {}); it->Valid(); it->Next()) {
      const std::string_view key = it->key();
      if (key.size() < 5) continue;
      fn(key.substr(0, key.size() - 5), it->value(), encoding::GetId(key.data() + key.size() - 4));
    }
  }

  std::unique_ptr<TripleCursor> Scan(const Pattern& pattern) const override {
    return Scan(pattern, true);
  }

  // keep_terms: whether a scan of `?x p o` keeps the subjects' terms for the rows it prints.
  std::unique_ptr<TripleCursor> Scan(const Pattern& pattern, bool keep_terms) const {
    if (pattern.p && pattern.polarity == Pattern::Polarity::kAny) {
      Pattern positive = pattern, negated = pattern;
      positive.polarity = Pattern::Polarity::kPositive;
      negated.polarity = Pattern::Polarity::kNegated;
      return std::make_unique<ConcatCursor>(Scan(positive, keep_terms), Scan(negated, keep_terms));
    }
    const Order order = encoding::OrderFor(pattern.s.has_value(), pattern.p.has_value(),
                                           pattern.o.has_value());
    const TermId key_p = pattern.p ? encoding::KeyPredicate(
                                         *pattern.p, pattern.polarity == Pattern::Polarity::kNegated)
                                   : kNoTerm;
    std::string prefix =
        encoding::PatternPrefix(order, pattern.s.value_or(0), key_p, pattern.o.value_or(0),
                                pattern.s.has_value(), pattern.p.has_value(), pattern.o.has_value());
    const auto filter = pattern.p ? Pattern::Polarity::kAny : pattern.polarity;
    const bool subjects_inline = keep_terms && order == Order::kPos && pattern.o;
    return std::make_unique<PrefixCursor>(*pool_, order, std::move(prefix), filter,
                                          subjects_inline ? &inline_terms_ : nullptr);
  }

  bool Contains(const Triple& triple) const override {
    return reader_.GetSupport(encoding::EncodeTriple(Order::kSpo, triple)).has_value();
  }

  uint64_t Count(const Pattern& pattern) const override {
    if (pattern.p && !pattern.s && !pattern.o) {
      uint64_t n = 0;
      if (pattern.polarity != Pattern::Polarity::kNegated)
        n += GetPredicateStats(*pattern.p, false).triples;
      if (pattern.polarity != Pattern::Polarity::kPositive)
        n += GetPredicateStats(*pattern.p, true).triples;
      return n;
    }
    uint64_t n = 0;
    for (auto cursor = Scan(pattern, false); cursor->Valid(); cursor->Next()) ++n;
    return n;
  }

  PredicateStats GetPredicateStats(TermId predicate, bool negated) const override {
    auto c = reader_.GetCounters(
        encoding::PredicateStatKey(encoding::KeyPredicate(predicate, negated)), 3);
    return PredicateStats{predicate, negated, c[0], c[1], c[2]};
  }

  uint64_t Degree(TermId term) const override {
    auto c = reader_.GetCounters(encoding::DegreeStatKey(term), 2);
    return c[0] + c[1];
  }

  std::vector<Mention> Mentions(const Triple& triple) const override {
    const auto spo = encoding::EncodeTriple(Order::kSpo, triple);
    std::vector<Mention> mentions;
    for (auto it = reader_.Iterate(Cf::kMentions, {spo.data(), spo.size()}); it->Valid();
         it->Next()) {
      Mention m;
      m.document = encoding::GetId(it->key().data() + spo.size());
      if (encoding::DecodeEvidence(it->value(), &m.evidence)) mentions.push_back(std::move(m));
    }
    return mentions;
  }

  bool ImportSupported(const Triple& triple) const override {
    auto support = reader_.GetSupport(encoding::EncodeTriple(Order::kSpo, triple));
    return support && support->imported;
  }

  std::optional<DocumentInfo> GetDocument(TermId document) const override {
    return reader_.GetDocument(document);
  }

  std::optional<std::string> DocumentText(TermId document) const override {
    return reader_.Get(Cf::kDocText, encoding::IdKey(document));
  }

  std::string SentenceText(const Mention& mention) const override {
    auto it = texts_.find(mention.document);
    if (it == texts_.end()) {
      it = texts_.try_emplace(mention.document, DocumentText(mention.document).value_or("")).first;
    }
    const Span span = mention.evidence.sentence_span;
    return std::string(it->second.Slice(span.begin, span.end));
  }

  std::vector<DocumentInfo> Documents() const override {
    std::vector<DocumentInfo> documents;
    for (auto it = reader_.Iterate(Cf::kDocs, {}); it->Valid(); it->Next()) {
      DocumentInfo info;
      if (encoding::DecodeDocument(it->value(), &info)) {
        info.id = encoding::GetId(it->key().data());
        documents.push_back(std::move(info));
      }
    }
    return documents;
  }

  std::vector<Triple> DocumentTriples(TermId document) const override {
    const std::string prefix = encoding::IdKey(document);
    std::vector<Triple> triples;
    for (auto it = reader_.Iterate(Cf::kDocTriples, prefix); it->Valid(); it->Next()) {
      triples.push_back(encoding::DecodeTriple(Order::kSpo, it->key().data() + prefix.size()));
    }
    return triples;
  }

  uint64_t TripleCount() const override {
    return reader_.GetCounter(encoding::GlobalStatKey(kTriplesCounter));
  }

  StoreStats Stats() const override {
    StoreStats stats;
    stats.triples = reader_.GetCounter(encoding::GlobalStatKey(kTriplesCounter));
    stats.documents = reader_.GetCounter(encoding::GlobalStatKey(kDocumentsCounter));
    stats.mentions = reader_.GetCounter(encoding::GlobalStatKey(kMentionsCounter));
    stats.entities = reader_.GetCounter(encoding::GlobalStatKey(kEntitiesCounter));
    stats.terms = IdCounters::Decode(reader_.Get(Cf::kMeta, kNextIdsKey)).terms();
    for (auto it = reader_.Iterate(Cf::kStats, "p"); it->Valid(); it->Next()) {
      if (it->key().size() != 5) continue;
      const TermId key_p = encoding::GetId(it->key().data() + 1);
      auto c = reader_.GetCounters(it->key(), 3);
      if (c[0] == 0) continue;
      stats.predicates.push_back(PredicateStats{key_p & ~encoding::kNegatedBit,
                                                (key_p & encoding::kNegatedBit) != 0, c[0], c[1],
                                                c[2]});
    }
    std::ranges::stable_sort(stats.predicates, std::greater{}, &PredicateStats::triples);
    return stats;
  }

 private:
  const Db& db_;
  const rocksdb::Snapshot* snapshot_;
  Reader reader_;
  std::unique_ptr<IteratorPool> pool_;
  mutable InlineTerms inline_terms_;
  // The dictionary's chunks GetTerms has read, by first id (a chunk the store lacks is empty):
  // 32K chunks, 2M terms, about 110 MB at most.
  struct ReadChunk {
    std::string bytes;
    std::array<std::string_view, term_chunk::kSize> terms;  // by the ids' low bits; "" for none
  };
  static constexpr size_t kMaxChunks = size_t{1} << 15;
  mutable std::unordered_map<TermId, ReadChunk> chunks_;
  mutable std::unordered_map<TermId, text::IndexedText> texts_;  // articles whose sentences were cut
};

}  // namespace

std::unique_ptr<View> NewSnapshotView(const Db& db) { return std::make_unique<SnapshotView>(db); }

}  // namespace kg::graph
