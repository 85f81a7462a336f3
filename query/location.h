// Places in query text as people count them: lines and columns from 1, columns in code
// points, so an Arabic letter is one column whatever its UTF-8 length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::query {

struct Location {
  size_t line = 0;
  size_t column = 0;
  friend bool operator==(Location const&, Location const&) = default;
};

// The location of byte `offset` (at most text.size()) of `text`.
Location LocationAt(std::string_view text, size_t offset);

// "line:column".
std::string ToString(Location location);

// Two lines: the line of `text` holding `offset`, indented by two spaces, and under it a
// caret at the place followed by " (line:column)". The caret is placed by display width
// (combining marks take no column, wide characters two), so it stands under the place in a
// terminal even after diacritised Arabic.
std::string PointAt(std::string_view text, size_t offset);

}  // namespace kg::query
