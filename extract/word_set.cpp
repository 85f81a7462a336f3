#include "extract/word_set.h"

#include <libstemmer.h>

#include <stdexcept>

#include "text/text.h"

namespace kg::extract {
namespace {

// Snowball stemmers keep state between calls, so each thread has its own.
sb_stemmer* ArabicStemmer() {
  struct Owner {
    sb_stemmer* stemmer = sb_stemmer_new("arabic", "UTF_8");
    ~Owner() { sb_stemmer_delete(stemmer); }
  };
  thread_local Owner owner;
  if (!owner.stemmer) throw std::runtime_error("libstemmer has no Arabic stemmer");
  return owner.stemmer;
}

// Stems shorter than this say too little to vouch for a word.
constexpr size_t kMinStemLetters = 2;

}  // namespace

WordSet::WordSet() = default;
WordSet::~WordSet() = default;
WordSet::WordSet(WordSet&&) noexcept = default;
WordSet& WordSet::operator=(WordSet&&) noexcept = default;

std::string_view WordSet::Stem(std::string_view key) const {
  sb_stemmer* stemmer = ArabicStemmer();
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(key.data()), key.size());
  if (!stem) return {};
  return {reinterpret_cast<const char*>(stem), static_cast<size_t>(sb_stemmer_length(stemmer))};
}

void WordSet::Add(std::string_view key) {
  if (key.empty()) return;
  words_.emplace(key);
  std::string_view stem = Stem(key);
  if (text::CodePoints(stem) >= kMinStemLetters) stems_.emplace(stem);
}

bool WordSet::Has(std::string_view key) const { return words_.find(key) != words_.end(); }

bool WordSet::Knows(std::string_view key) const {
  if (Has(key)) return true;
  std::string_view stem = Stem(key);
  return text::CodePoints(stem) >= kMinStemLetters && stems_.find(stem) != stems_.end();
}

}  // namespace kg::extract
