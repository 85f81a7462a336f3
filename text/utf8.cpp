#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "text/chars.h"
#include "text/text.h"

namespace kg::text {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

size_t Columns(UChar32 c) {
  if (c < 0) return 1;  // shown as U+FFFD
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:  // Arabic diacritics, Latin combining accents
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:  // ZWJ, ZWNJ, bidi marks
    case U_CONTROL_CHAR:
      return 0;
    default:
      break;
  }
  auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

Utf8Repair RepairUtf8(std::string_view bytes) {
  Utf8Repair repair;
  repair.text.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    size_t start = i;
    if (detail::NextCodePoint(bytes, i) < 0) {
      detail::AppendUtf8(repair.text, kReplacement);
      repair.bad_offsets.push_back(start);
    } else {
      repair.text.append(bytes.substr(start, i - start));
    }
  }
  return repair;
}

void AppendUtf8(std::string* out, char32_t code_point) {
  const bool valid = code_point <= 0x10FFFF && (code_point < 0xD800 || code_point > 0xDFFF);
  detail::AppendUtf8(*out, valid ? static_cast<UChar32>(code_point) : kReplacement);
}

std::string_view CodePointSlice(std::string_view utf8, size_t begin, size_t end) {
  if (begin > end) return {};
  size_t cp = 0, from = std::string_view::npos;
  for (size_t i = 0;; ++cp) {
    if (cp == begin) from = i;
    if (cp == end) return utf8.substr(from, i - from);
    if (i >= utf8.size()) return {};
    detail::NextCodePoint(utf8, i);
  }
}

bool HasTanween(std::string_view utf8) {
  for (std::string_view mark : {"\u064B", "\u064C", "\u064D"}) {
    if (utf8.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

size_t CodePoints(std::string_view utf8) {
  // U8_FWD_1 steps over an invalid sequence exactly as RepairUtf8 replaces it, so the count
  // of a text and of its repair agree.
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  size_t count = 0;
  for (size_t i = 0; i < utf8.size(); ++count) U8_FWD_1(bytes, i, utf8.size());
  return count;
}

IndexedText::IndexedText(std::string utf8) : text_(std::move(utf8)) {
  size_t cp = 0;
  for (size_t i = 0; i < text_.size(); ++cp) {
    if (cp % kStep == 0) starts_.push_back(i);
    detail::NextCodePoint(text_, i);
  }
  if (cp % kStep == 0) starts_.push_back(text_.size());  // the end, when it falls on a step
}

std::string_view IndexedText::Slice(size_t begin, size_t end) const {
  if (begin > end || begin / kStep >= starts_.size()) return {};
  // From the last remembered start at or before begin, as CodePointSlice walks from the front.
  size_t cp = begin / kStep * kStep, i = starts_[begin / kStep], from = 0;
  for (;; ++cp) {
    if (cp == begin) from = i;
    if (cp == end) return std::string_view(text_).substr(from, i - from);
    if (i >= text_.size()) return {};
    detail::NextCodePoint(text_, i);
  }
}

size_t DisplayWidth(std::string_view utf8) {
  size_t width = 0;
  for (size_t i = 0; i < utf8.size();) width += Columns(detail::NextCodePoint(utf8, i));
  return width;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  auto code_points = [](std::string_view s) {
    std::vector<UChar32> out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out.push_back(detail::NextCodePoint(s, i));
    return out;
  };
  const std::vector<UChar32> source = code_points(a), target = code_points(b);

  // Levenshtein with adjacent transpositions as one edit (the optimal string alignment
  // distance): a typist's swapped letters (مريكل for ميركل, "Iarq") are one slip, not two.
  // row[j] is the distance between the first i code points of a and the first j of b;
  // `before` and `above` hold rows i - 2 and i - 1.
  std::vector<size_t> before(target.size() + 1), above(target.size() + 1), row(target.size() + 1);
  std::iota(above.begin(), above.end(), size_t{0});
  for (size_t i = 1; i <= source.size(); ++i) {
    row[0] = i;
    for (size_t j = 1; j <= target.size(); ++j) {
      const bool same = source[i - 1] == target[j - 1];
      row[j] = std::min({above[j] + 1, row[j - 1] + 1, above[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    std::swap(before, above);
    std::swap(above, row);
  }
  return above.back();
}

}  // namespace kg::text
