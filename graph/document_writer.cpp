#include "graph/document_writer.h"

#include <rocksdb/write_batch.h>
#include <xxhash.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "graph/fault_point.h"
#include "graph/stats_delta.h"
#include "graph/term_chunk.h"
#include "graph/term_interner.h"
#include "text/text.h"

namespace kg::graph {
namespace {

using encoding::TripleKey;

rocksdb::Slice AsSlice(const TripleKey& key) { return {key.data(), key.size()}; }

std::string NameKey(std::string_view match_key, TermId id) {
  std::string key(match_key);
  key.push_back('\0');
  encoding::PutId(&key, id);
  return key;
}

// Merges what one write says of its entities into what the store knows, and writes the new
// names into the name index.
class EntityMerger {
 public:
  explicit EntityMerger(const Reader& reader) : reader_(reader) {}

  TermId Add(TermInterner& terms, const EntityInfo& info) {
    if (info.id.empty()) throw StoreError("an entity has an empty id");
    const TermId id = terms.Intern(Term::Entity(info.id));
    auto [it, inserted] = merged_.try_emplace(id);
    Entry& entry = it->second;
    if (inserted) {
      if (auto stored = reader_.GetEntity(id)) {
        entry.info = std::move(*stored);
        for (const auto& name : Names(entry.info)) entry.stored_keys.insert(text::MatchKey(name));
      } else {
        entry.info.id = info.id;
        entry.changed = true;
      }
    }
    Merge(info, &entry);
    return id;
  }

  void Write(rocksdb::WriteBatch* batch, const Db& db) const {
    for (const auto& [id, entry] : merged_) {
      if (!entry.changed) continue;
      batch->Put(db.cf(Cf::kEntities), encoding::IdKey(id), encoding::EncodeEntity(entry.info));
      for (const auto& name : Names(entry.info)) {
        std::string key = text::MatchKey(name);
        if (key.empty() || entry.stored_keys.contains(key)) continue;
        batch->Put(db.cf(Cf::kNames), NameKey(key, id), name);
      }
    }
  }

 private:
  struct Entry {
    EntityInfo info;
    std::unordered_set<std::string> stored_keys;  // name keys already in the index
    bool changed = false;
  };

  static std::vector<std::string> Names(const EntityInfo& info) {
    std::vector<std::string> names = info.aliases;
    names.push_back(info.id);
    if (!info.label.empty()) names.push_back(info.label);
    return names;
  }

  static void Merge(const EntityInfo& info, Entry* entry) {
    EntityInfo& into = entry->info;
    if (into.label.empty() && !info.label.empty()) {
      into.label = info.label;
      entry->changed = true;
    }
    if (into.type == EntityType::kUnknown && info.type != EntityType::kUnknown) {
      into.type = info.type;
      entry->changed = true;
    }
    for (const auto& alias : info.aliases) {
      if (std::ranges::find(into.aliases, alias) == into.aliases.end()) {
        into.aliases.push_back(alias);
        entry->changed = true;
      }
    }
  }

  const Reader& reader_;
  std::unordered_map<TermId, Entry> merged_;
};

// One write's changes to triple support, applied once per triple at the end.
class SupportChanges {
 public:
  void Add(const TripleKey& spo, int64_t mentions) { delta_[spo] += mentions; }

  // Puts the new support and the index keys of triples that appear or disappear.
  void Apply(const Reader& reader, const TermInterner& terms, const Db& db,
             rocksdb::WriteBatch* batch, StatsDelta* stats, PutResult* result) const {
    using encoding::Order;
    for (const auto& [spo, delta] : delta_) {
      if (delta == 0) continue;
      const auto before = reader.GetSupport(spo).value_or(encoding::Support{});
      encoding::Support after = before;
      after.mentions = static_cast<uint64_t>(
          std::max<int64_t>(0, static_cast<int64_t>(before.mentions) + delta));
      const Triple t = encoding::DecodeTriple(Order::kSpo, spo.data());
      if (after.any()) {
        batch->Put(db.cf(Cf::kSpo), AsSlice(spo), encoding::EncodeSupport(after));
      }
      if (after.any() && !before.any()) {
        std::string storage;
        const std::string_view subject = terms.Encoded(t.s, &storage);
        batch->Put(db.cf(Cf::kPos), AsSlice(encoding::EncodeTriple(Order::kPos, t)),
                   rocksdb::Slice(subject.data(), subject.size()));
        batch->Put(db.cf(Cf::kOsp), AsSlice(encoding::EncodeTriple(Order::kOsp, t)), {});
        stats->AddTriple(t);
        ++result->triples_added;
      } else if (!after.any() && before.any()) {
        batch->Delete(db.cf(Cf::kSpo), AsSlice(spo));
        batch->Delete(db.cf(Cf::kPos), AsSlice(encoding::EncodeTriple(Order::kPos, t)));
        batch->Delete(db.cf(Cf::kOsp), AsSlice(encoding::EncodeTriple(Order::kOsp, t)));
        stats->RemoveTriple(t);
        ++result->triples_removed;
      }
    }
  }

 private:
  std::map<TripleKey, int64_t> delta_;
};

// Deletes a stored article's mentions and its triple list, and records the support it loses.
void Retract(const Reader& reader, const Db& db, TermId document, rocksdb::WriteBatch* batch,
             SupportChanges* support) {
  const std::string prefix = encoding::IdKey(document);
  auto it = reader.Iterate(Cf::kDocTriples, prefix);
  for (; it->Valid(); it->Next()) {
    TripleKey spo;
    std::copy_n(it->key().data() + prefix.size(), spo.size(), spo.begin());
    std::string_view value = it->value();
    uint64_t mentions = 0;
    if (!encoding::GetVarint(&value, &mentions)) throw StoreError("corrupt document triple list");
    for (uint64_t seq = 0; seq < mentions; ++seq) {
      batch->Delete(db.cf(Cf::kMentions),
                    encoding::MentionKey(spo, document, static_cast<uint16_t>(seq)));
    }
    batch->Delete(db.cf(Cf::kDocTriples), rocksdb::Slice(it->key().data(), it->key().size()));
    support->Add(spo, -static_cast<int64_t>(mentions));
  }
  it->ThrowIfError();
}

void PutTermsAndStats(const Db& db, const Reader& reader, const TermInterner& terms,
                      const StatsDelta& stats, rocksdb::WriteBatch* batch) {
  // A chunk this write opens is put whole; one the store holds already is appended to.
  std::map<std::string, std::pair<bool, std::string>> chunks;  // key -> (opened here, entries)
  for (const auto& [id, encoded] : terms.added()) {
    auto& chunk = chunks.try_emplace(term_chunk::Key(id), term_chunk::Opens(id), std::string()).first->second;
    term_chunk::Append(&chunk.second, id, encoded);
    batch->Put(db.cf(Cf::kTermIndex), encoded, encoding::IdKey(id));
  }
  for (const auto& [key, chunk] : chunks) {
    const auto& [opened, entries] = chunk;
    opened ? batch->Put(db.cf(Cf::kTerms), key, entries) : batch->Merge(db.cf(Cf::kTerms), key, entries);
  }
  batch->Put(db.cf(Cf::kMeta), std::string(kNextIdsKey), terms.counters().Encode());
  for (const auto& [key, value] : stats.Resolve(reader)) batch->Put(db.cf(Cf::kStats), key, value);
}

void Commit(const Db& db, rocksdb::WriteBatch* batch) {
  rocksdb::WriteOptions options;  // the WAL stays on: a killed process loses no commit
  FaultPoint("document-writing");
  ThrowIfError(db.db()->Write(options, batch), "cannot write to store " + db.dir());
  FaultPoint("document-committed");
}

}  // namespace

uint64_t ContentHash(const Document& document) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (const std::string* part : {&document.text, &document.title, &document.date,
                                  &document.source, &document.extractor, &document.outlet}) {
    // An empty outlet adds nothing, so articles stored before outlets were read keep their hash.
    if (part == &document.outlet && part->empty()) continue;
    const uint64_t size = part->size();
    XXH3_64bits_update(state, &size, sizeof size);
    XXH3_64bits_update(state, part->data(), part->size());
  }
  const uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return hash;
}

PutResult DocumentWriter::Put(const Document& document) {
  if (document.name.empty()) throw StoreError("a document has an empty name");
  for (const auto& st : document.statements) {
    if (!FindSchemaPredicate(st.predicate)) {
      throw StoreError("document " + document.name + ": unknown predicate '" + st.predicate + "'");
    }
  }
  Reader reader(db_, nullptr);
  const uint64_t hash = ContentHash(document);
  const auto existing = reader.FindTerm(Term::Document(document.name));
  const auto old = existing ? reader.GetDocument(*existing) : std::nullopt;
  PutResult result;
  if (old && old->content_hash == hash) {
    result.change = DocumentChange::kUnchanged;
    return result;
  }
  result.change = old ? DocumentChange::kUpdated : DocumentChange::kNew;

  rocksdb::WriteBatch batch;
  TermInterner terms(reader, *counters_, false);
  const TermId doc_id = existing ? *existing : terms.Intern(Term::Document(document.name));
  SupportChanges support;
  if (old) Retract(reader, db_, doc_id, &batch, &support);

  // Group the statements by triple; each keeps its readings in article order.
  EntityMerger entities(reader);
  std::map<encoding::TripleKey, std::vector<const Evidence*>> readings;
  for (const auto& st : document.statements) {
    const TermId s = entities.Add(terms, st.subject);
    const TermId o = entities.Add(terms, st.object);
    const TermId p = terms.Intern(Term::Predicate(st.predicate));
    auto& list = readings[encoding::EncodeTriple(encoding::Order::kSpo, {s, p, o, st.negated})];
    const bool repeated = std::ranges::any_of(list, [&](const Evidence* e) { return *e == st.evidence; });
    if (!repeated && list.size() < 0xffff) list.push_back(&st.evidence);
  }
  DocumentInfo info{doc_id, document.name, document.source, document.title, document.date, hash,
                    static_cast<uint32_t>(readings.size()), 0, document.outlet};
  for (const auto& [spo, evidence] : readings) {
    std::string count;
    encoding::PutVarint(&count, evidence.size());
    batch.Put(db_.cf(Cf::kDocTriples), encoding::DocTripleKey(doc_id, spo), count);
    for (size_t seq = 0; seq < evidence.size(); ++seq) {
      batch.Put(db_.cf(Cf::kMentions),
                encoding::MentionKey(spo, doc_id, static_cast<uint16_t>(seq)),
                encoding::EncodeEvidence(*evidence[seq]));
    }
    support.Add(spo, static_cast<int64_t>(evidence.size()));
    info.mentions += static_cast<uint32_t>(evidence.size());
  }

  StatsDelta stats;
  support.Apply(reader, terms, db_, &batch, &stats, &result);
  entities.Write(&batch, db_);
  stats.AddToCounter(kEntitiesCounter, static_cast<int64_t>(terms.entities_added()));
  stats.AddToCounter(kDocumentsCounter, old ? 0 : 1);
  stats.AddToCounter(kMentionsCounter,
                     static_cast<int64_t>(info.mentions) - (old ? int64_t{old->mentions} : 0));
  batch.Put(db_.cf(Cf::kDocs), encoding::IdKey(doc_id), encoding::EncodeDocument(info));
  batch.Put(db_.cf(Cf::kDocText), encoding::IdKey(doc_id), document.text);
  PutTermsAndStats(db_, reader, terms, stats, &batch);
  Commit(db_, &batch);
  *counters_ = terms.counters();
  return result;
}

RemoveResult DocumentWriter::Remove(std::string_view name) {
  Reader reader(db_, nullptr);
  RemoveResult result;
  const auto id = reader.FindTerm(Term::Document(std::string(name)));
  const auto old = id ? reader.GetDocument(*id) : std::nullopt;
  if (!old) return result;
  result.found = true;

  rocksdb::WriteBatch batch;
  SupportChanges support;
  Retract(reader, db_, *id, &batch, &support);
  StatsDelta stats;
  PutResult changes;
  TermInterner no_new_terms(reader, *counters_, false);
  support.Apply(reader, no_new_terms, db_, &batch, &stats, &changes);
  result.triples_removed = changes.triples_removed;
  stats.AddToCounter(kDocumentsCounter, -1);
  stats.AddToCounter(kMentionsCounter, -static_cast<int64_t>(old->mentions));
  batch.Delete(db_.cf(Cf::kDocs), encoding::IdKey(*id));
  batch.Delete(db_.cf(Cf::kDocText), encoding::IdKey(*id));
  PutTermsAndStats(db_, reader, no_new_terms, stats, &batch);
  Commit(db_, &batch);
  return result;
}

}  // namespace kg::graph
