// Assigns ids to terms during one write (an article or an import), looking each distinct term
// up in the store once. Internal to graph/.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/db.h"

namespace kg::graph {

class TermInterner {
 public:
  // counters hold the first unused ids. When store_is_empty, nothing is looked up.
  TermInterner(const Reader& reader, IdCounters counters, bool store_is_empty);

  // The term's id, allocated when the store does not know it.
  TermId Intern(const Term& term);
  // The same for a term already encoded with encoding::EncodeTerm; allocates only for a term
  // this interner has not seen.
  TermId InternEncoded(std::string_view encoded);

  const IdCounters& counters() const { return counters_; }
  // Terms allocated by this interner, in the order allocated, with their encodings.
  const std::vector<std::pair<TermId, std::string>>& added() const { return added_; }
  // The encoding of a term this interner allocated or the store holds ("" for neither); storage
  // holds it when it had to be read from the store. Safe to call from several threads once
  // interning is over.
  std::string_view Encoded(TermId id, std::string* storage) const;
  uint64_t entities_added() const { return entities_added_; }

 private:
  const Reader& reader_;
  const IdCounters first_;  // the ids this interner allocates start here
  IdCounters counters_;
  bool store_is_empty_;
  // The terms seen, in an open-addressing table over one buffer of their bytes: a lookup is a
  // probe and, when the hash matches, one comparison (a node-based map chased three pointers,
  // a third of an import's time).
  struct Slot {
    uint64_t hash = 0;
    uint64_t offset = 0;  // in bytes_
    uint32_t size = 0;
    TermId id = kNoTerm;  // kNoTerm: an empty slot
  };
  void Insert(const Slot& slot);
  std::vector<Slot> slots_;  // a power of two of them, at most half used
  size_t used_ = 0;
  std::string bytes_;
  std::vector<std::pair<TermId, std::string>> added_;
  // Where in added_ each allocated id is: resources and literals count from first_ apart.
  std::vector<uint32_t> resource_at_, literal_at_;
  uint64_t entities_added_ = 0;
};

}  // namespace kg::graph
