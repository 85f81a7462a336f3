#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "text/chars.h"
#include "text/text.h"

namespace kg::text {
namespace {

using detail::AppendUtf8;

// NFKC_Casefold data in decomposing mode maps a code point to its case-folded compatibility
// decomposition in one lookup: "É" to "e" + U+0301, "ß" to "ss", "ﻷ" to ل ا + hamza, ZWJ to "".
// The instance is ICU's own singleton, so fetching it once keeps MatchKey free of setup cost.
const icu::Normalizer2& FoldingDecomposer() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        icu::Normalizer2::getInstance(nullptr, "nfkc_cf", UNORM2_DECOMPOSE, status);
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU has no nfkc_cf data: ") + u_errorName(status));
    }
    return n;
  }();
  return *instance;
}

// Writes the key straight into one string, a word at a time, so that a call allocates once.
// The particles (the, al, el) are held back until the next word proves they were articles.
class KeyBuilder {
 public:
  explicit KeyBuilder(size_t capacity) { key_.reserve(capacity); }

  void AddAscii(char c) {
    StartWord();
    key_.push_back(c);
  }

  void AddLetter(UChar32 c) {
    StartWord();
    AppendUtf8(key_, c);
  }

  // Adds one code point of the folded, decomposed text, which may still be a mark or a
  // separator.
  void Add(UChar32 c) {
    if (detail::IsArabicIgnorable(c)) return;
    c = detail::FoldArabicLetter(c);
    switch (u_charType(c)) {
      case U_DECIMAL_DIGIT_NUMBER:  // Arabic-Indic and other digits meet their ASCII forms
        AddAscii(static_cast<char>('0' + u_charDigitValue(c)));
        return;
      case U_NON_SPACING_MARK:  // accents, left behind by the decomposition
      case U_ENCLOSING_MARK:
      case U_FORMAT_CHAR:
        return;
      case U_UPPERCASE_LETTER:
      case U_LOWERCASE_LETTER:
      case U_TITLECASE_LETTER:
      case U_MODIFIER_LETTER:
      case U_OTHER_LETTER:
      case U_COMBINING_SPACING_MARK:  // vowel signs of Indic scripts: part of the word
        AddLetter(c);
        return;
      default:
        EndWord();
    }
  }

  void EndWord() {
    if (word_ == kNone) return;
    DropArabicArticle();
    if (particle_ != kNone) {
      key_.erase(particle_, word_ - particle_);
      word_ = particle_;
      particle_ = kNone;
    }
    std::string_view word(key_.data() + word_, key_.size() - word_);
    if (word == "al" || word == "el" || (word == "the" && word_ == 0)) particle_ = word_;
    word_ = kNone;
  }

  std::string Take() {
    EndWord();
    return std::move(key_);
  }

 private:
  static constexpr size_t kNone = std::string::npos;

  void StartWord() {
    if (word_ != kNone) return;
    if (!key_.empty()) key_.push_back(' ');
    word_ = key_.size();
  }

  // ال is dropped only when two letters remain, so that short words that merely begin with
  // those letters keep them. Hamza is folded first, so a word that begins with أل or إل
  // (ألمانيا، إلهام) loses those letters as if they were the article; they are dropped again
  // after the article itself (الألمانية), so that a word has one key with or without it.
  void DropArabicArticle() {
    static constexpr std::string_view kArticle = "\u0627\u0644";
    for (;;) {
      std::string_view word(key_.data() + word_, key_.size() - word_);
      if (!word.starts_with(kArticle)) return;
      size_t letters = 0;
      for (char byte : word.substr(kArticle.size())) {
        letters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
      }
      if (letters < 2) return;
      key_.erase(word_, kArticle.size());
    }
  }

  std::string key_;
  size_t word_ = kNone;      // where the word being built starts in key_
  size_t particle_ = kNone;  // where a particle starts that the next word will drop
};

}  // namespace

std::string MatchKey(std::string_view utf8) {
  const icu::Normalizer2& decomposer = FoldingDecomposer();
  KeyBuilder key(utf8.size());
  icu::UnicodeString mapping;
  for (size_t i = 0; i < utf8.size();) {
    char byte = utf8[i];
    if (static_cast<unsigned char>(byte) < 0x80) {  // most English names never leave this path
      ++i;
      if (byte >= 'A' && byte <= 'Z') {
        key.AddAscii(static_cast<char>(byte - 'A' + 'a'));
      } else if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
        key.AddAscii(byte);
      } else {
        key.EndWord();
      }
      continue;
    }
    UChar32 c = detail::NextCodePoint(utf8, i);
    if (c < 0) {
      key.EndWord();
      continue;
    }
    if (detail::IsArabicIgnorable(c)) continue;
    c = detail::FoldArabicLetter(c);
    // The folded base letters have neither case nor decomposition: most Arabic names take this
    // path.
    if (c >= 0x0621 && c <= 0x064A) {
      key.AddLetter(c);
      continue;
    }
    if (!decomposer.getDecomposition(c, mapping)) {
      key.Add(c);
      continue;
    }
    if (detail::IsSpacedMark(mapping)) continue;
    for (int32_t k = 0; k < mapping.length();) {
      UChar32 d = mapping.char32At(k);
      key.Add(d);
      k += U16_LENGTH(d);
    }
  }
  return key.Take();
}

}  // namespace kg::text
