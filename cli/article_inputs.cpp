#include "cli/article_inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

bool IsCorpus(const std::string& path) {
  const auto ext = fs::path(path).extension();
  return ext == ".jsonl" || ext == ".json" || ext == ".ndjson";
}

}  // namespace

Inputs::Inputs(const std::vector<std::string>& paths, const extract::CorpusFields& fields) : fields_(fields) {
  for (const auto& path : paths) Expand(path);
}

std::optional<Input> Inputs::Next(std::vector<std::string>* errors) {
  while (true) {
    if (corpus_) {
      Input input;
      if (corpus_->NextLine(&input.bytes, &input.line)) {
        input.source = corpus_name_ + ":" + std::to_string(input.line);
        input.corpus = true;
        input.reader = corpus_;
        return input;
      }
      corpus_.reset();
      stream_.reset();
    }
    if (files_.empty()) return std::nullopt;
    const std::string path = files_.front();
    files_.pop_front();
    if (auto input = Open(path, errors)) return input;
  }
}

void Inputs::Expand(const std::string& path) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it); it.increment(ec)) {
      const auto& p = it->path();
      if (it->is_regular_file(ec) && (p.extension() == ".txt" || IsCorpus(p.string()))) found.push_back(p.string());
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) Add(std::move(f));
    return;
  }
  Add(path);
}

void Inputs::Add(std::string path) {
  std::error_code ec;
  if (path != "-") bytes_total_ += fs::file_size(path, ec);
  files_.push_back(std::move(path));
}

std::optional<Input> Inputs::Open(const std::string& path, std::vector<std::string>* errors) {
  if (path == "-") {
    std::string bytes{std::istreambuf_iterator<char>(std::cin), {}};
    if (bytes.find_first_not_of(" \t\r\n") != std::string::npos &&
        bytes[bytes.find_first_not_of(" \t\r\n")] == '{') {
      StartCorpus(std::make_unique<std::istringstream>(std::move(bytes)), "stdin");
      return Next(errors);
    }
    Input input;
    input.name = input.source = "stdin";
    input.bytes = std::move(bytes);
    return input;
  }
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    errors->push_back(path + ": cannot read: " + std::strerror(errno));
    return std::nullopt;
  }
  if (IsCorpus(path)) {
    StartCorpus(std::move(file), path);
    return Next(errors);
  }
  Input input;
  input.name = extract::ArticleName(path);
  input.source = path;
  input.bytes.assign(std::istreambuf_iterator<char>(*file), {});
  return input;
}

void Inputs::StartCorpus(std::unique_ptr<std::istream> stream, std::string name) {
  stream_ = std::move(stream);
  corpus_name_ = std::move(name);
  corpus_ = std::make_shared<extract::CorpusReader>(*stream_, corpus_name_, fields_);
}

InputArticle ReadInput(Input input) {
  InputArticle out;
  out.source = input.source;
  if (input.reader) {
    extract::CorpusRecord record;
    out.error = input.reader->Parse(input.bytes, input.line, &record);
    if (!out.error.empty()) return out;
    input.name = std::move(record.id);
    input.title = std::move(record.title);
    input.date = std::move(record.date);
    input.outlet = std::move(record.outlet);
    input.bytes = std::move(record.text);
  }
  if (input.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.error = input.source + ": empty article";
    return out;
  }
  if (const size_t nul = input.bytes.find('\0'); nul != std::string::npos) {
    out.error = input.source + ": a binary file (NUL byte at offset " + std::to_string(nul) + ")";
    return out;
  }
  out.article = extract::ReadArticle(input.name, input.bytes);
  if (!out.article.invalid_bytes.empty()) {
    out.warnings.push_back(input.source + ": " + std::to_string(out.article.invalid_bytes.size()) +
                           " invalid UTF-8 sequences replaced, the first at byte " +
                           std::to_string(out.article.invalid_bytes.front()));
  }
  out.title = input.corpus ? input.title : out.article.headline;
  out.outlet = std::move(input.outlet);
  // The record's date, else the text's; relative dates in the text resolve against it.
  if (!input.date.empty()) out.article.date = input.date;
  return out;
}

}  // namespace kg::cli
