#include "graph/term_interner.h"

#include <xxhash.h>

namespace kg::graph {

TermInterner::TermInterner(const Reader& reader, IdCounters counters, bool store_is_empty)
    : reader_(reader), counters_(counters), store_is_empty_(store_is_empty) {}

size_t TermInterner::Hash::operator()(std::string_view s) const {
  return XXH3_64bits(s.data(), s.size());
}

TermId TermInterner::Intern(const Term& term) { return InternEncoded(encoding::EncodeTerm(term)); }

TermId TermInterner::InternEncoded(std::string_view encoded) {
  if (auto it = known_.find(encoded); it != known_.end()) return it->second;
  TermId id = kNoTerm;
  if (!store_is_empty_) {
    if (auto value = reader_.Get(Cf::kTermIndex, encoded); value && value->size() == 4) {
      id = encoding::GetId(value->data());
    }
  }
  if (id == kNoTerm) {
    const bool literal = static_cast<TermKind>(encoded.front()) == TermKind::kLiteral;
    TermId& next = literal ? counters_.next_literal : counters_.next_term;
    if ((next & kMaxTermId) == kMaxTermId) throw StoreError("the store is full: no term ids are left");
    id = next++;
    added_.emplace_back(id, std::string(encoded));
    if (static_cast<TermKind>(encoded.front()) == TermKind::kEntity) ++entities_added_;
  }
  known_.emplace(std::string(encoded), id);
  return id;
}

}  // namespace kg::graph
