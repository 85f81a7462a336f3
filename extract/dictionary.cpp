#include "extract/dictionary.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/text.h"

namespace kg::extract {

std::filesystem::path Dictionary::DefaultPrefix() {
  if (const char* env = std::getenv("KG_DICTIONARY"); env && *env) return env;
  return "/usr/share/hunspell/ar";
}

std::unique_ptr<Dictionary> Dictionary::Open(const std::filesystem::path& prefix) {
  const std::string aff = prefix.string() + ".aff", dic = prefix.string() + ".dic";
  if (!std::filesystem::is_regular_file(aff) || !std::filesystem::is_regular_file(dic)) {
    throw std::runtime_error("no Arabic dictionary at " + dic +
                             " (install the Debian package hunspell-ar, or set KG_DICTIONARY)");
  }
  return std::unique_ptr<Dictionary>(
      new Dictionary(std::make_unique<Hunspell>(aff.c_str(), dic.c_str())));
}

Dictionary::Dictionary(std::unique_ptr<Hunspell> hunspell) : hunspell_(std::move(hunspell)) {}

Dictionary::~Dictionary() = default;

bool Dictionary::Has(std::string_view word) const {
  std::lock_guard lock(mutex_);
  if (const auto it = remembered_.find(word); it != remembered_.end()) return it->second;
  if (remembered_.size() >= kMaxRemembered) remembered_.clear();
  const std::string w(word);
  bool known = hunspell_->spell(w) && !OnlyWithYou(w);
  if (!known) known = HasWithHamza(w);
  remembered_.emplace(word, known);
  return known;
}

// News often writes a hamza on alef as a bare alef after the article (الالكتروني، والانترنت),
// where the dictionary spells it (الإلكتروني): that alef is tried as أ and as إ. Not at a word's
// start, where a foreign name's vowel is written so (اليكسي، انيتا) and such a variant may be a
// word the dictionary has.
bool Dictionary::HasWithHamza(const std::string& word) const {
  constexpr std::string_view kAlef = "\u0627", kArticle = "\u0627\u0644";
  const std::string_view w(word);
  size_t at = 0;
  for (const std::string_view clitic : {"\u0648", "\u0641", "\u0628", "\u0643"}) {  // و ف ب ك
    if (w.starts_with(clitic)) at = clitic.size();
  }
  if (!w.substr(at).starts_with(kArticle)) return false;
  at += kArticle.size();
  // (A short word is left as written: three letters after the alef at least.)
  if (w.compare(at, kAlef.size(), kAlef) != 0 || text::CodePoints(w.substr(at)) < 4) return false;
  for (const std::string_view hamza : {"\u0623", "\u0625"}) {
    std::string variant = word;
    variant.replace(at, kAlef.size(), hamza);
    if (hunspell_->spell(variant) && !OnlyWithYou(variant)) return true;
  }
  return false;
}

// A word the dictionary has only as a stem with the pronoun "you" after it (ديليك as ديلي +
// ك، باتريك، مارك): news prose does not address its reader, and foreign names end so. A word
// that is a stem itself (مالك، ملك) is the dictionary's.
bool Dictionary::OnlyWithYou(const std::string& word) const {
  constexpr std::string_view kKaf = "\u0643";
  if (!word.ends_with(kKaf)) return false;
  const std::vector<std::string> analyses = hunspell_->analyze(word);
  if (analyses.empty()) return false;
  for (const std::string& analysis : analyses) {
    const size_t at = analysis.find("st:");
    if (at == std::string::npos) return false;
    const size_t from = at + 3;
    const std::string stem = analysis.substr(from, analysis.find(' ', from) - from);
    if (stem.size() >= word.size() || !word.starts_with(stem)) return false;
  }
  return true;
}

}  // namespace kg::extract
