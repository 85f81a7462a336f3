// Readable Latin labels for Arabic names kg has not seen before (قاسم الأعرجي → Qasim al-Araji),
// and the snake_case ids made from labels.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/translit.h>

#include "extract/string_table.h"

namespace kg::extract {

class Transliterator {
 public:
  // rules: ICU transform rules taking one Arabic word (framed by spaces, and with its article
  // where it had one, which the rules drop) to Latin. words: MatchKeys of words with a settled
  // spelling (given names: محمد → Mohammed).
  // own_alef_lam: the MatchKeys of those words whose alef and lam are their own (ألكسندر),
  // which news also writes with a plain alef, as if they were the article (الكسندر), with the
  // alef the word is written with (أ).
  Transliterator(std::string_view rules, std::unordered_map<std::string, std::string> words,
                 StringMap<std::string> own_alef_lam);
  ~Transliterator();

  // The alef of a word whose alef and lam are its own, or "".
  std::string_view OwnAlef(std::string_view key) const {
    const auto it = own_alef_lam_.find(key);
    return it == own_alef_lam_.end() ? std::string_view() : it->second;
  }

  // The label of an Arabic name: each word spelled, capitalised, the article written al-.
  std::string Label(std::string_view written) const;

 private:
  // `definite`: the word had the article, which Label took off.
  std::string Word(std::string_view word, bool definite) const;
  const std::string* Variant(std::string_view key) const;
  std::string UngluedAbd(std::string_view name) const;

  std::unique_ptr<icu::Transliterator> rules_;
  std::unordered_map<std::string, std::string> words_;
  StringMap<std::string> own_alef_lam_;
  mutable std::mutex mutex_;  // an ICU transliterator is not safe to share between threads
};

// The id of a label: lower case ASCII words joined by underscores ("Qasim al-Araji" →
// "qasim_al_araji"). Accents are stripped; what has no Latin letters yields an empty id.
std::string EntityId(std::string_view label);

}  // namespace kg::extract
