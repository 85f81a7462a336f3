#include "extract/article.h"

#include <algorithm>

#include <filesystem>

#include "extract/date.h"
#include "text/text.h"

namespace kg::extract {
namespace {

// The first line as the article's title: a text without line breaks has no headline of its
// own, so a long line gives its first words only.
std::string Headline(std::string_view line) {
  constexpr size_t kMaxCodePoints = 300;
  std::string_view head = text::CodePointSlice(line, 0, kMaxCodePoints);
  if (head.empty() || head.size() == line.size()) return std::string(line);  // not longer
  if (const size_t space = head.rfind(' '); space != std::string_view::npos && space > 0) head = head.substr(0, space);
  return std::string(head) + "…";
}

}  // namespace

Article ReadArticle(std::string name, std::string_view bytes) {
  Article article;
  article.name = std::move(name);
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  size_t skipped = 0;
  if (bytes.starts_with(kBom)) {
    bytes.remove_prefix(kBom.size());
    skipped = kBom.size();
  }
  auto repaired = text::RepairUtf8(bytes);
  for (size_t offset : repaired.bad_offsets) article.invalid_bytes.push_back(offset + skipped);

  // CRLF and lone CR become LF, so that lines and offsets are the same on every platform.
  article.text.reserve(repaired.text.size());
  for (size_t i = 0; i < repaired.text.size(); ++i) {
    const char c = repaired.text[i];
    if (c != '\r') {
      article.text.push_back(c);
    } else if (i + 1 >= repaired.text.size() || repaired.text[i + 1] != '\n') {
      article.text.push_back('\n');
    }
  }

  size_t begin = 0;
  while (begin < article.text.size()) {
    size_t end = article.text.find('\n', begin);
    if (end == std::string::npos) end = article.text.size();
    std::string_view line(article.text.data() + begin, end - begin);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (!line.empty()) {
      article.headline = Headline(line);
      break;
    }
    begin = end + 1;
  }
  // The article's own date stands in its first lines (a dateline, a byline); dates further
  // down are those of the events it reports.
  constexpr size_t kDatelineBytes = 1024;
  size_t head = std::min(article.text.size(), kDatelineBytes);
  while (head < article.text.size() && (static_cast<unsigned char>(article.text[head]) & 0xC0) == 0x80) ++head;
  for (const DateMention& d : FindDates(std::string_view(article.text).substr(0, head))) {
    article.date = d.date.Iso();
    break;
  }
  return article;
}

std::string ArticleName(std::string_view path) {
  return std::filesystem::path(path).stem().string();
}

}  // namespace kg::extract
