// Reading an article: bytes to validated text, a name, a headline and a body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct Article {
  std::string name;      // the file name without its extension, or a corpus id
  std::string text;      // valid UTF-8, without a BOM, with LF line ends; offsets index this
  std::string headline;  // the first non-empty line (its first words, when it is very long)
  // The article's date, "2024-11-19", when its text states one (the first full date in it),
  // else empty. Relative dates (4 أكتوبر الماضي) are resolved against it by FindDates.
  std::string date;
  // Byte offsets, in the input, of invalid UTF-8 sequences that were replaced by U+FFFD.
  std::vector<size_t> invalid_bytes;
};

// name is kept as given; bytes may be anything (invalid UTF-8 is replaced, not rejected).
Article ReadArticle(std::string name, std::string_view bytes);

// The article name of a file path: its file name without the extension.
std::string ArticleName(std::string_view path);

}  // namespace kg::extract
