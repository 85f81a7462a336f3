#include "extract/dictionary.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <stdexcept>
#include <string>

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
  const bool known = hunspell_->spell(std::string(word));
  remembered_.emplace(word, known);
  return known;
}

}  // namespace kg::extract
