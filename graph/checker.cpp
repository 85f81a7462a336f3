#include "graph/checker.h"

#include <map>
#include <unordered_map>
#include <unordered_set>

#include "graph/stats_delta.h"
#include "graph/term_chunk.h"

namespace kg::graph {
namespace {

using encoding::Order;
using encoding::TripleKey;

std::string Describe(const Triple& t) {
  std::string out = "(";
  out += std::to_string(t.s);
  out += t.negated ? " !" : " ";
  out += std::to_string(t.p);
  out += ' ';
  out += std::to_string(t.o);
  out += ')';
  return out;
}

class Checker {
 public:
  explicit Checker(const Db& db) : db_(db), snapshot_(db.db()->GetSnapshot()), reader_(db, snapshot_) {}
  ~Checker() { db_.db()->ReleaseSnapshot(snapshot_); }

  CheckReport Run() {
    CheckTerms();
    CheckTriples();
    CheckOtherOrder(Order::kPos, Cf::kPos, "POS");
    CheckOtherOrder(Order::kOsp, Cf::kOsp, "OSP");
    CheckMentions();
    CheckDocuments();
    CheckStatistics();
    if (problems_ > kMaxListed) {
      report_.problems.push_back("... and " + std::to_string(problems_ - kMaxListed) +
                                 " more problems");
    }
    return std::move(report_);
  }

 private:
  static constexpr uint64_t kMaxListed = 20;

  void Problem(std::string what) {
    if (++problems_ <= kMaxListed) report_.problems.push_back(std::move(what));
  }

  void CheckTerm(const IdCounters& counters, TermId id, std::string_view encoded) {
    Term term;
    if (!encoding::DecodeTerm(encoded, &term)) {
      Problem("term " + std::to_string(id) + " cannot be decoded");
      return;
    }
    const bool literal = term.kind == TermKind::kLiteral;
    if (literal != IsLiteralId(id) || id >= (literal ? counters.next_literal : counters.next_term)) {
      Problem("term " + std::to_string(id) + " is outside the range of its kind");
    }
    if (!ids_.insert(id).second) Problem("term " + std::to_string(id) + " is in the dictionary twice");
    auto back = reader_.Get(Cf::kTermIndex, encoded);
    if (!back || *back != encoding::IdKey(id)) {
      Problem("term " + std::to_string(id) + " is missing from the term index");
    }
    if (term.kind == TermKind::kEntity) ++entities_;
    ++report_.terms;
  }

  void CheckTerms() {
    const IdCounters counters = IdCounters::Decode(reader_.Get(Cf::kMeta, kNextIdsKey));
    for (auto it = reader_.Iterate(Cf::kTerms, {}); it->Valid(); it->Next()) {
      const TermId first = term_chunk::FirstId(it->key());
      const bool whole = term_chunk::ForEach(it->value(), first, [&](TermId id, std::string_view encoded) {
        CheckTerm(counters, id, encoded);
      });
      if (it->key().size() != 4 || !term_chunk::Opens(first) || !whole) {
        Problem("the terms from id " + std::to_string(first) + " cannot be decoded");
      }
    }
    const uint64_t indexed = reader_.CountPrefix(Cf::kTermIndex, {});
    if (indexed != report_.terms) {
      Problem("the term index has " + std::to_string(indexed) + " entries for " +
              std::to_string(report_.terms) + " terms");
    }
  }

  void Resolves(TermId id, const Triple& t) {
    if (!ids_.contains(id)) Problem("triple " + Describe(t) + " names unknown term " + std::to_string(id));
  }

  void CheckTriples() {
    TermId last_s = kNoTerm, last_p = kNoTerm;
    for (auto it = reader_.Iterate(Cf::kSpo, {}); it->Valid(); it->Next()) {
      if (it->key().size() != encoding::kTripleKeySize) {
        Problem("an SPO key has the wrong size");
        continue;
      }
      const Triple t = encoding::DecodeTriple(Order::kSpo, it->key().data());
      const TermId key_p = encoding::KeyPredicate(t.p, t.negated);
      ++report_.triples;
      Resolves(t.s, t);
      Resolves(t.p, t);
      Resolves(t.o, t);
      encoding::Support support;
      if (!encoding::DecodeSupport(it->value(), &support)) {
        Problem("triple " + Describe(t) + " has an unreadable support value");
      } else {
        if (!support.any()) Problem("triple " + Describe(t) + " has no support");
        supports_.emplace(TripleKeyOf(it->key()), support.mentions);
      }
      for (auto [order, cf, name] : {std::tuple{Order::kPos, Cf::kPos, "POS"},
                                     std::tuple{Order::kOsp, Cf::kOsp, "OSP"}}) {
        const auto key = encoding::EncodeTriple(order, t);
        if (!reader_.Get(cf, {key.data(), key.size()})) {
          Problem("triple " + Describe(t) + " is missing from " + name);
        }
      }
      auto& stats = predicates_[key_p];
      ++stats[0];
      if (t.s != last_s || key_p != last_p) ++stats[1];
      last_s = t.s;
      last_p = key_p;
      ++degrees_[t.s].first;
      ++degrees_[t.o].second;
    }
  }

  static TripleKey TripleKeyOf(std::string_view key) {
    TripleKey k;
    std::copy_n(key.data(), k.size(), k.begin());
    return k;
  }

  void CheckOtherOrder(Order order, Cf cf, const char* name) {
    uint64_t n = 0;
    TermId last_p = kNoTerm, last_o = kNoTerm;
    for (auto it = reader_.Iterate(cf, {}); it->Valid(); it->Next()) {
      ++n;
      const Triple t = encoding::DecodeTriple(order, it->key().data());
      if (!supports_.contains(encoding::EncodeTriple(Order::kSpo, t))) {
        Problem(std::string(name) + " holds triple " + Describe(t) + " that SPO does not");
      }
      if (order == Order::kPos) {
        // The subject's term beside the key, where the store keeps it there.
        if (!it->value().empty() && reader_.GetEncodedTerm(t.s) != it->value()) {
          Problem("POS holds a term for triple " + Describe(t) + " that is not its subject's");
        }
        const TermId key_p = encoding::KeyPredicate(t.p, t.negated);
        if (key_p != last_p || t.o != last_o) ++predicates_[key_p][2];
        last_p = key_p;
        last_o = t.o;
      }
    }
    if (n != report_.triples) {
      Problem(std::string(name) + " has " + std::to_string(n) + " triples, SPO has " +
              std::to_string(report_.triples));
    }
  }

  void CheckMentions() {
    std::map<TripleKey, uint64_t> counted;
    for (auto it = reader_.Iterate(Cf::kMentions, {}); it->Valid(); it->Next()) {
      ++report_.mentions;
      const std::string_view key = it->key();
      if (key.size() != encoding::kTripleKeySize + 6) {
        Problem("a mention key has the wrong size");
        continue;
      }
      const TripleKey spo = TripleKeyOf(key);
      ++counted[spo];
      ++per_doc_triple_[std::string(key.substr(encoding::kTripleKeySize, 4)) +
                        std::string(spo.data(), spo.size())];
      Evidence evidence;
      if (!encoding::DecodeEvidence(it->value(), &evidence)) Problem("a mention cannot be decoded");
    }
    for (const auto& [spo, mentions] : supports_) {
      const auto it = counted.find(spo);
      const uint64_t found = it == counted.end() ? 0 : it->second;
      if (found != mentions) {
        Problem("triple " + Describe(encoding::DecodeTriple(Order::kSpo, spo.data())) +
                " counts " + std::to_string(mentions) + " mentions but has " +
                std::to_string(found));
      }
    }
    for (const auto& [spo, n] : counted) {
      if (!supports_.contains(spo)) {
        Problem("mentions of triple " + Describe(encoding::DecodeTriple(Order::kSpo, spo.data())) +
                " that the store does not hold");
      }
    }
  }

  void CheckDocuments() {
    std::unordered_map<TermId, std::pair<uint64_t, uint64_t>> listed;  // triples, mentions
    for (auto it = reader_.Iterate(Cf::kDocTriples, {}); it->Valid(); it->Next()) {
      const std::string key(it->key());
      std::string_view value = it->value();
      uint64_t n = 0;
      encoding::GetVarint(&value, &n);
      const auto found = per_doc_triple_.find(key);
      if (found == per_doc_triple_.end() || found->second != n) {
        Problem("document " + std::to_string(encoding::GetId(key.data())) +
                " lists a triple with " + std::to_string(n) + " mentions that do not match");
      }
      auto& [triples, mentions] = listed[encoding::GetId(key.data())];
      ++triples;
      mentions += n;
    }
    if (listed.size() < per_doc_triple_.size()) {
      // Every (document, triple) with mentions must be listed; count what is not.
      for (const auto& [key, n] : per_doc_triple_) {
        if (!reader_.Get(Cf::kDocTriples, key)) {
          Problem("a mention of document " + std::to_string(encoding::GetId(key.data())) +
                  " is not in its triple list");
        }
      }
    }
    for (auto it = reader_.Iterate(Cf::kDocs, {}); it->Valid(); it->Next()) {
      ++report_.documents;
      const TermId id = encoding::GetId(it->key().data());
      DocumentInfo info;
      if (!encoding::DecodeDocument(it->value(), &info)) {
        Problem("document " + std::to_string(id) + " cannot be decoded");
        continue;
      }
      if (!ids_.contains(id)) Problem("document " + info.name + " has no term");
      if (!reader_.Get(Cf::kDocText, encoding::IdKey(id))) Problem("document " + info.name + " has no text");
      const auto [triples, mentions] = listed[id];
      if (triples != info.triples || mentions != info.mentions) {
        Problem("document " + info.name + " says " + std::to_string(info.triples) + " triples and " +
                std::to_string(info.mentions) + " mentions, its list has " + std::to_string(triples) +
                " and " + std::to_string(mentions));
      }
      listed.erase(id);
    }
    for (const auto& [id, counts] : listed) {
      Problem("triples listed for document " + std::to_string(id) + " that does not exist");
    }
  }

  void ExpectCounter(std::string_view name, uint64_t actual) {
    const uint64_t stored = reader_.GetCounter(encoding::GlobalStatKey(name));
    if (stored != actual) {
      Problem("statistics count " + std::to_string(stored) + " " + std::string(name) + ", the store holds " +
              std::to_string(actual));
    }
  }

  void CheckStatistics() {
    ExpectCounter(kTriplesCounter, report_.triples);
    ExpectCounter(kDocumentsCounter, report_.documents);
    ExpectCounter(kMentionsCounter, report_.mentions);
    ExpectCounter(kEntitiesCounter, entities_);
    for (auto it = reader_.Iterate(Cf::kStats, "p"); it->Valid(); it->Next()) {
      const TermId key_p = encoding::GetId(it->key().data() + 1);
      auto stored = reader_.GetCounters(it->key(), 3);
      auto& actual = predicates_[key_p];
      if (stored[0] != actual[0] || stored[1] != actual[1] || stored[2] != actual[2]) {
        Problem("statistics of predicate " + std::to_string(key_p) + " are " +
                std::to_string(stored[0]) + "/" + std::to_string(stored[1]) + "/" +
                std::to_string(stored[2]) + " triples/subjects/objects, the store holds " +
                std::to_string(actual[0]) + "/" + std::to_string(actual[1]) + "/" +
                std::to_string(actual[2]));
      }
      actual = {~uint64_t{0}, 0, 0};  // seen
    }
    for (const auto& [key_p, actual] : predicates_) {
      if (actual[0] != ~uint64_t{0} && actual[0] != 0) {
        Problem("predicate " + std::to_string(key_p) + " has triples but no statistics");
      }
    }
    for (auto it = reader_.Iterate(Cf::kStats, "d"); it->Valid(); it->Next()) {
      const TermId term = encoding::GetId(it->key().data() + 1);
      auto stored = reader_.GetCounters(it->key(), 2);
      const auto found = degrees_.find(term);
      const auto actual = found == degrees_.end() ? std::pair<uint64_t, uint64_t>{} : found->second;
      if (stored[0] != actual.first || stored[1] != actual.second) {
        Problem("degree of term " + std::to_string(term) + " is stored as " + std::to_string(stored[0]) +
                " out, " + std::to_string(stored[1]) + " in; the store holds " +
                std::to_string(actual.first) + " and " + std::to_string(actual.second));
      }
      if (found != degrees_.end()) degrees_.erase(found);
    }
    for (const auto& [term, degree] : degrees_) {
      Problem("term " + std::to_string(term) + " has triples but no degree statistics");
    }
  }

  const Db& db_;
  const rocksdb::Snapshot* snapshot_;
  Reader reader_;
  CheckReport report_;
  uint64_t problems_ = 0;
  uint64_t entities_ = 0;
  std::unordered_set<TermId> ids_;
  std::map<TripleKey, uint64_t> supports_;  // SPO key -> mentions
  std::unordered_map<std::string, uint64_t> per_doc_triple_;  // doc + SPO key -> mentions
  std::unordered_map<TermId, std::array<uint64_t, 3>> predicates_;
  std::unordered_map<TermId, std::pair<uint64_t, uint64_t>> degrees_;
};

}  // namespace

CheckReport CheckStore(const Db& db) { return Checker(db).Run(); }

}  // namespace kg::graph
