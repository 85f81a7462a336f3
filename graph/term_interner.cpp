#include "graph/term_interner.h"

namespace kg::graph {

TermInterner::TermInterner(const Reader& reader, TermId next_id, bool store_is_empty)
    : reader_(reader), next_id_(next_id), store_is_empty_(store_is_empty) {}

TermId TermInterner::Intern(const Term& term) { return InternEncoded(encoding::EncodeTerm(term)); }

TermId TermInterner::InternEncoded(std::string encoded) {
  if (auto it = known_.find(encoded); it != known_.end()) return it->second;
  TermId id = kNoTerm;
  if (!store_is_empty_) {
    if (auto value = reader_.Get(Cf::kTermIndex, encoded); value && value->size() == 4) {
      id = encoding::GetId(value->data());
    }
  }
  if (id == kNoTerm) {
    if (next_id_ > kMaxTermId) throw StoreError("the store is full: no term ids are left");
    id = next_id_++;
    added_.emplace_back(id, encoded);
    if (static_cast<TermKind>(encoded.front()) == TermKind::kEntity) ++entities_added_;
  }
  known_.emplace(std::move(encoded), id);
  return id;
}

}  // namespace kg::graph
