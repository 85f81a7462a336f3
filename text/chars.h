// Internal to kg::text: the character facts the module's sources share. ICU answers everything
// generic; the Arabic tables here are the conventions of search over Arabic (as in CAMeL Tools),
// which ICU has no notion of.
#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg::text::detail {

constexpr UChar32 kTatweel = 0x0640;

// Harakat, Quranic annotation signs and the superscript alef: the marks CAMeL Tools' dediac_ar
// removes. Writers add them or leave them out at will, so they never distinguish two words.
constexpr bool IsArabicDiacritic(UChar32 c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED);
}

// Characters that vanish from cleaned text without splitting the word they sit in.
constexpr bool IsArabicIgnorable(UChar32 c) { return c == kTatweel || IsArabicDiacritic(c); }

// Persian letters that stand for Arabic ones when text was typed on a Persian or Urdu keyboard
// (جوزیف فوتیل، فھد): Farsi yeh, keheh, heh goal and heh doachashmee are ي, ك and ه in Arabic
// words.
constexpr UChar32 PersianKeyboardLetter(UChar32 c) {
  switch (c) {
    case 0x06CC:      // ی
      return 0x064A;  // ي
    case 0x06A9:      // ک
      return 0x0643;  // ك
    case 0x06C1:      // ہ
    case 0x06BE:      // ھ
      return 0x0647;  // ه
    default:
      return c;
  }
}

// Letters Arabic writers use interchangeably: the hamza and madda seats of alef, alef wasla,
// alef maqsura for final ya, ta marbuta for final ha, and hamza on waw or ya.
constexpr UChar32 FoldArabicLetter(UChar32 c) {
  switch (c) {
    case 0x0622:      // آ
    case 0x0623:      // أ
    case 0x0625:      // إ
    case 0x0671:      // ٱ
      return 0x0627;  // ا
    case 0x0649:      // ى
    case 0x0626:      // ئ
      return 0x064A;  // ي
    case 0x0629:      // ة
      return 0x0647;  // ه
    case 0x0624:      // ؤ
      return 0x0648;  // و
    default:
      return PersianKeyboardLetter(c);
  }
}

// Decodes the code point at byte i and moves i past it. An invalid sequence yields a negative
// value and is skipped as one maximal subpart, the unit Unicode (and Python) replace by U+FFFD.
inline UChar32 NextCodePoint(std::string_view s, size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  UChar32 c;
  U8_NEXT(bytes, i, s.size(), c);
  return c;
}

inline void AppendUtf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  size_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, length);
}

// True for a compatibility mapping of a spacing diacritic, such as U+FE76 (isolated fatha) to
// U+0020 U+064E: once the mark is dropped the space is all that is left, and it must not split
// the word the diacritic was written on.
inline bool IsSpacedMark(const icu::UnicodeString& mapping) {
  if (mapping.length() < 2 || mapping.charAt(0) != u' ') return false;
  for (int32_t i = 1; i < mapping.length();) {
    UChar32 c = mapping.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) return false;
    i += U16_LENGTH(c);
  }
  return true;
}

}  // namespace kg::text::detail
