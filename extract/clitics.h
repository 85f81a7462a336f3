// Splitting clitics off an Arabic word with a closed inventory: the conjunctions و ف, the
// prepositions ب ل ك, the future س, the article ال and the pronoun suffixes.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::extract {

class WordSet;

struct CliticSplit {
  uint8_t proclitics = 0;  // Proclitic bits (analysis.h)
  bool enclitic = false;
  // What is left, a piece of the key; with ta_marbuta, ه (the key's ة) belongs after it,
  // as in حكومتها = حكومة + ها.
  std::string_view base;
  bool ta_marbuta = false;
  // The remainder is known only by its stem: the weakest evidence of a split, which a caller
  // may check against a dictionary (ليزلي is a name, not ل + a stem of يزلي).
  bool by_stem = false;
};

// Splits a word's MatchKey. A split is accepted only when what is left is a word `known`
// knows; a word known as it is stays whole (لبنان is not ل + بنان). Without an accepted
// split the base is the whole key. MatchKey folds ة into ه: a word written with a final ة
// (`ta_marbuta_end`, محافظة) has no pronoun ه to split off.
CliticSplit SplitClitics(std::string_view key, const WordSet& known, bool ta_marbuta_end = false);

}  // namespace kg::extract
