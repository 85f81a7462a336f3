#include "graph/term_interner.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace kg::graph {

TermInterner::TermInterner(const Reader& reader, IdCounters counters, bool store_is_empty)
    : reader_(reader), first_(counters), counters_(counters), store_is_empty_(store_is_empty) {}

TermId TermInterner::Intern(const Term& term) { return InternEncoded(encoding::EncodeTerm(term)); }

TermId TermInterner::InternEncoded(std::string_view encoded) {
  const uint64_t hash = XXH3_64bits(encoded.data(), encoded.size());
  if (!slots_.empty()) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask; slots_[i].id != kNoTerm; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && slot.size == encoded.size() &&
          std::memcmp(bytes_.data() + slot.offset, encoded.data(), encoded.size()) == 0) {
        return slot.id;
      }
    }
  }
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
    (literal ? literal_at_ : resource_at_).push_back(static_cast<uint32_t>(added_.size()));
    added_.emplace_back(id, std::string(encoded));
    if (static_cast<TermKind>(encoded.front()) == TermKind::kEntity) ++entities_added_;
  }
  if (2 * (used_ + 1) > slots_.size()) {
    std::vector<Slot> old(std::max<size_t>(1024, 2 * slots_.size()));
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (slot.id != kNoTerm) Insert(slot);
    }
  }
  Insert(Slot{hash, bytes_.size(), static_cast<uint32_t>(encoded.size()), id});
  bytes_.append(encoded);
  ++used_;
  return id;
}

std::string_view TermInterner::Encoded(TermId id, std::string* storage) const {
  const bool literal = id >= kFirstLiteralId;
  const TermId first = literal ? first_.next_literal : first_.next_term;
  const auto& at = literal ? literal_at_ : resource_at_;
  if (id >= first && id - first < at.size()) return added_[at[id - first]].second;
  *storage = reader_.GetEncodedTerm(id).value_or("");
  return *storage;
}

void TermInterner::Insert(const Slot& slot) {
  const size_t mask = slots_.size() - 1;
  size_t i = slot.hash & mask;
  while (slots_[i].id != kNoTerm) i = (i + 1) & mask;
  slots_[i] = slot;
}

}  // namespace kg::graph
