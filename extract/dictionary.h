// The Arabic word list of Debian's hunspell-ar, through libhunspell: whether a word is a common
// Arabic word. The recognizer asks it before taking unknown words for a new person's name, so
// that a verb or noun after a title (الرئيس الأمريكي ندد، رئيس إسرائيل بسبب) is not a name.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "extract/string_table.h"

class Hunspell;

namespace kg::extract {

class Dictionary {
 public:
  // Opens PREFIX.aff and PREFIX.dic; throws std::runtime_error naming the files and the
  // package to install when they are missing.
  static std::unique_ptr<Dictionary> Open(const std::filesystem::path& prefix);
  // $KG_DICTIONARY, else /usr/share/hunspell/ar (the hunspell-ar package).
  static std::filesystem::path DefaultPrefix();

  ~Dictionary();

  // Whether the word (as written, diacritics allowed) is in the dictionary, other than as a
  // stem with the pronoun "you" (ك) after it. Thread-safe.
  bool Has(std::string_view word) const;

 private:
  explicit Dictionary(std::unique_ptr<Hunspell> hunspell);

  bool OnlyWithYou(const std::string& word) const;
  bool HasWithHamza(const std::string& word) const;

  std::unique_ptr<Hunspell> hunspell_;
  // Hunspell's answers, by word: the recognizer asks about the same few thousand words again
  // and again, and a spell check walks the affix rules each time. Cleared when it grows past
  // kMaxRemembered, so that a long ingest's memory stays bounded.
  static constexpr size_t kMaxRemembered = 1 << 20;
  mutable StringMap<bool> remembered_;
  mutable std::mutex mutex_;  // Hunspell keeps per-call state in the object; guards remembered_ too
};

}  // namespace kg::extract
