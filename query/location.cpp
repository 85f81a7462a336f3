#include "query/location.h"

#include <algorithm>

#include "text/text.h"

namespace kg::query {
namespace {

size_t LineStart(std::string_view text, size_t offset) {
  if (offset == 0) return 0;
  size_t const newline = text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

Location LocationAt(std::string_view text, size_t offset) {
  size_t const start = LineStart(text, offset);
  return Location{1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n')),
                  1 + text::CodePoints(text.substr(start, offset - start))};
}

std::string ToString(Location location) {
  return std::to_string(location.line) + ":" + std::to_string(location.column);
}

std::string PointAt(std::string_view text, size_t offset) {
  size_t const start = LineStart(text, offset);
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

  std::string out = "  ";
  // Bytes that are not UTF-8 are shown as U+FFFD, one column each as DisplayWidth counts them.
  out.append(text::RepairUtf8(line).text);
  out += "\n  ";
  // Spaces as wide as the text before the place, measured as a terminal draws it (Arabic
  // diacritics take no column); a tab is copied so that it expands to the same stop as above.
  std::string_view before = text.substr(start, offset - start);
  for (size_t tab; (tab = before.find('\t')) != std::string_view::npos; before.remove_prefix(tab + 1)) {
    out.append(text::DisplayWidth(before.substr(0, tab)), ' ');
    out += '\t';
  }
  out.append(text::DisplayWidth(before), ' ');
  out += "^ (" + ToString(LocationAt(text, offset)) + ")";
  return out;
}

}  // namespace kg::query
