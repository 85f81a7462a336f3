// Throughput of entity recognition (kg entities without the printing) on a JSON-lines corpus
// of articles such as ../shared/corpus/ant-politics.jsonl: reads every "text" field, then
// times ReadArticle + Recognizer::Find over all of them on one thread and prints MB/s.
//
// usage: entities_bench CORPUS.jsonl [DATA_DIR] [MAX_ARTICLES]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/recognizer.h"
#include "text/text.h"

namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

// The decoded value of the string field `name` of a one-line JSON object, or "".
std::string Field(const std::string& line, const std::string& name) {
  const std::string marker = "\"" + name + "\": \"";
  size_t i = line.find(marker);
  if (i == std::string::npos) return {};
  std::string out;
  for (i += marker.size(); i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) {
      out.push_back(line[i]);
      continue;
    }
    const char e = line[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'u': {
        if (i + 4 >= line.size()) break;
        char32_t c = 0;
        for (int k = 1; k <= 4; ++k) c = c * 16 + Hex(line[i + k]);
        i += 4;
        if (c >= 0xD800 && c <= 0xDBFF && i + 6 < line.size() && line[i + 1] == '\\') {
          char32_t low = 0;
          for (int k = 3; k <= 6; ++k) low = low * 16 + Hex(line[i + k]);
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          i += 6;
        }
        kg::text::AppendUtf8(&out, c);
        break;
      }
      default: out.push_back(e);
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: entities_bench CORPUS.jsonl [DATA_DIR] [MAX_ARTICLES]\n";
    return 2;
  }
  try {
    const auto recognizer = kg::extract::Recognizer::Load(
        argc > 2 ? std::filesystem::path(argv[2]) : kg::extract::DefaultDataDir());
    const size_t max = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : SIZE_MAX;
    std::vector<std::pair<std::string, std::string>> articles;
    std::ifstream in(argv[1]);
    size_t bytes = 0;
    for (std::string line; articles.size() < max && std::getline(in, line);) {
      std::string text = Field(line, "title") + "\n" + Field(line, "text");
      bytes += text.size();
      articles.emplace_back(Field(line, "id"), std::move(text));
    }
    size_t mentions = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& [id, text] : articles) {
      const auto article = kg::extract::ReadArticle(id, text);
      mentions += recognizer.Find(article).mentions.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu articles, %.1f MB, %zu mentions in %.2f s: %.2f MB/s\n", articles.size(),
                bytes / 1e6, mentions, seconds, bytes / 1e6 / seconds);
  } catch (const std::exception& e) {
    std::cerr << "entities_bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
