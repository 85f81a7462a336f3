// The words kg knows: what a clitic split must leave behind to be accepted.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "extract/string_table.h"

namespace kg::extract {

// Keys (text::MatchKey of single words) and their Snowball stems. A word is known when it is
// in the set or shares its stem with a word that is, so that a lexicon of citation forms also
// accepts their inflections (حكومة accepts حكومات).
class WordSet {
 public:
  WordSet();
  ~WordSet();
  WordSet(WordSet&&) noexcept;
  WordSet& operator=(WordSet&&) noexcept;

  void Add(std::string_view key);
  bool Has(std::string_view key) const;  // the key itself
  bool Knows(std::string_view key) const;  // the key or its stem
  size_t size() const { return words_.size(); }

 private:
  using Set = StringSet;

  std::string_view Stem(std::string_view key) const;

  Set words_;
  Set stems_;
};

}  // namespace kg::extract
