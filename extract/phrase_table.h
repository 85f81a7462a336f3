// Multi-word phrases (names, titles, trigger words) matched against an analysis's tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/string_table.h"

namespace kg::extract {

// Phrases are stored as text::MatchKey words, indexed by their first word, so that a token is
// looked up once, without allocating, whatever the size of the table.
class PhraseTable {
 public:
  // Whether a phrase's first word must agree with the text on the article. Rule words match
  // either way (الرئيس، رئيس); names must not, since MatchKey drops the article and a name's
  // family name or a city is often an ordinary word without it (الصدر the cleric, صدر
  // "was issued"; الرقة the city, رقة "softness").
  enum class Article { kIgnored, kAgrees };
  explicit PhraseTable(Article article = Article::kIgnored) : article_(article) {}

  struct Match {
    uint32_t length = 0;  // tokens matched; 0 for none
    int32_t value = -1;
  };

  // Adds a phrase (any spelling: it is keyed by MatchKey). The first value given for a phrase
  // is kept.
  void Add(std::string_view phrase, int32_t value);

  // The longest phrase that starts at token `i` and ends before token `end`. The first token
  // matches by its base (clitics split off), the others by base or whole key.
  Match Longest(const Analysis& analysis, size_t i, size_t end) const;

  // The value of a one-word phrase, or -1; `definite`: the word as written carries the article,
  // which a name must agree with (خليل is no الخليل).
  int32_t Word(std::string_view key) const;
  int32_t Word(std::string_view key, bool definite) const;
  // Whether the table holds the word only as written with the article (الجمعة "Friday", not
  // جمعة, which is also a given name), whichever way it matches.
  bool OnlyDefinite(std::string_view key) const;

  // Every word of every phrase, for the set of known words: f(word, whether it opens a phrase).
  template <typename F>
  void ForEachWord(F&& f) const {
    for (const auto& [first, phrases] : by_first_) {
      f(std::string_view(first), true);
      for (const auto& phrase : phrases) {
        for (const auto& word : phrase.rest) f(std::string_view(word), false);
      }
    }
  }

  size_t size() const { return count_; }

 private:
  struct Phrase {
    std::vector<std::string> rest;  // the words after the first
    int32_t value;
    bool definite;  // the first word as written carries the article (in any spelling, if ignored)
    // The first word's own أل (ألوية، ألمانيا), which MatchKey drops as if it were the article:
    // its lam and the next letter, which the word in the text must have (ويتهم, keyed as
    // ألويتهم, is no ألوية). Longest checks it; Word, given a key alone, cannot. Empty for
    // other phrases.
    std::string own_al;
  };
  // Phrases of one first word, longest first.
  StringMap<std::vector<Phrase>> by_first_;
  size_t count_ = 0;
  Article article_;
};

}  // namespace kg::extract
