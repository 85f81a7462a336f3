// Assigns ids to terms during one write (an article or an import), looking each distinct term
// up in the store once. Internal to graph/.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
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
  uint64_t entities_added() const { return entities_added_; }

 private:
  const Reader& reader_;
  IdCounters counters_;
  bool store_is_empty_;
  // Looked up by string_view, so that a hit costs no allocation.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const;
  };
  std::unordered_map<std::string, TermId, Hash, std::equal_to<>> known_;
  std::vector<std::pair<TermId, std::string>> added_;
  uint64_t entities_added_ = 0;
};

}  // namespace kg::graph
