// The little UTF-8 the parser needs: \uXXXX escapes become UTF-8, and positions in query
// text are counted in code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::query::utf8 {

void Append(std::string& out, char32_t code_point);

// The code point starting at text[at], advancing `at` past it. A byte that does not start a
// well-formed sequence decodes as U+FFFD and advances by one, so every byte is counted once.
char32_t Next(std::string_view text, size_t& at);

}  // namespace kg::query::utf8
