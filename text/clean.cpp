#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "text/chars.h"
#include "text/text.h"

namespace kg::text {
namespace {

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU has no NFKC data: ") + u_errorName(status));
    }
    return n;
  }();
  return *instance;
}

// Only the Arabic presentation forms are normalised: they are glyph shapes that legacy
// encodings and PDF extraction leave behind, while NFKC of other text (superscripts, ligatures,
// full-width letters) would change what the evidence says.
constexpr bool IsPresentationForm(UChar32 c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

class Cleaner {
 public:
  explicit Cleaner(std::string_view original) : original_(original) {
    out_.text.reserve(original.size());
    out_.origin.reserve(original.size() + 1);
  }

  // Copies original bytes unchanged, each mapped to itself.
  void Keep(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      out_.text.push_back(original_[i]);
      out_.origin.push_back(static_cast<uint32_t>(i));
    }
  }

  // Writes a replacement for the code point at `from`; all its bytes map back to that code point.
  void Emit(UChar32 c, size_t from) {
    detail::AppendUtf8(out_.text, c);
    out_.origin.resize(out_.text.size(), static_cast<uint32_t>(from));
  }

  void Unfold(UChar32 c, size_t from) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString unfolded = Nfkc().normalize(icu::UnicodeString(c), status);
    if (U_FAILURE(status)) {  // cannot happen for one code point; keep it rather than lose it
      Emit(c, from);
      return;
    }
    if (detail::IsSpacedMark(unfolded)) return;
    for (int32_t k = 0; k < unfolded.length();) {
      UChar32 d = unfolded.char32At(k);
      if (!detail::IsArabicIgnorable(d)) Emit(d, from);
      k += U16_LENGTH(d);
    }
  }

  CleanText Finish() {
    out_.origin.push_back(static_cast<uint32_t>(original_.size()));
    return std::move(out_);
  }

 private:
  std::string_view original_;
  CleanText out_;
};

}  // namespace

CleanText Clean(std::string_view utf8) {
  Cleaner cleaner(utf8);
  for (size_t i = 0; i < utf8.size();) {
    size_t start = i;
    UChar32 c = detail::NextCodePoint(utf8, i);
    if (c >= 0 && detail::IsArabicIgnorable(c)) continue;
    if (c >= 0x0660 && c <= 0x0669) {
      cleaner.Emit('0' + (c - 0x0660), start);
    } else if (c >= 0x06F0 && c <= 0x06F9) {
      cleaner.Emit('0' + (c - 0x06F0), start);
    } else if (IsPresentationForm(c)) {
      cleaner.Unfold(c, start);
    } else if (c >= 0 && detail::PersianKeyboardLetter(c) != c) {
      cleaner.Emit(detail::PersianKeyboardLetter(c), start);
    } else {
      cleaner.Keep(start, i);  // invalid bytes too: repairing them is RepairUtf8's job
    }
  }
  return cleaner.Finish();
}

}  // namespace kg::text
