#include "query/location.h"

#include <algorithm>
#include <iterator>

#include "query/utf8.h"

namespace kg::query {
namespace {

struct Range {
  char32_t first, last;
};

// Marks drawn on the previous character and invisible format controls: Arabic harakat,
// Quranic marks, combining diacritics, zero-width joiners and bidi controls.
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x061C, 0x061C}, {0x064B, 0x065F},
    {0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED},
    {0x08D3, 0x08E1}, {0x08E3, 0x08FF}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F},
    {0x202A, 0x202E}, {0x2060, 0x2064}, {0x2066, 0x206F}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
};

// East Asian wide characters, which terminals draw two columns wide.
constexpr Range kDoubleWidth[] = {
    {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF}, {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
};

template <size_t N>
bool In(Range const (&ranges)[N], char32_t c) {
  // Ranges are sorted: the first whose end is not below c is the only candidate.
  auto const it = std::lower_bound(std::begin(ranges), std::end(ranges), c,
                                   [](Range const& r, char32_t x) { return r.last < x; });
  return it != std::end(ranges) && it->first <= c;
}

size_t Width(char32_t c) {
  if (In(kZeroWidth, c)) return 0;
  return In(kDoubleWidth, c) ? 2 : 1;
}

size_t LineStart(std::string_view text, size_t offset) {
  if (offset == 0) return 0;
  size_t const newline = text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

Location LocationAt(std::string_view text, size_t offset) {
  Location location{1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n')),
                    1};
  for (size_t at = LineStart(text, offset); at < offset; ++location.column) utf8::Next(text, at);
  return location;
}

std::string ToString(Location location) {
  return std::to_string(location.line) + ":" + std::to_string(location.column);
}

std::string PointAt(std::string_view text, size_t offset) {
  size_t const start = LineStart(text, offset);
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  std::string out = "  ";
  out.append(line);
  out += "\n  ";
  // A tab is copied rather than measured so that it expands to the same stop as above.
  for (size_t at = start; at < offset;) {
    char32_t const c = utf8::Next(text, at);
    if (c == '\t') {
      out += '\t';
    } else {
      out.append(Width(c), ' ');
    }
  }
  out += "^ (" + ToString(LocationAt(text, offset)) + ")";
  return out;
}

}  // namespace kg::query
