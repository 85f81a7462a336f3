// The articles kg's commands read, one at a time: .txt files, directories of them, JSON-lines
// corpora (.jsonl/.json/.ndjson, or standard input that starts with '{', one article per
// record) and standard input as one article. `kg ingest`, `kg extract` and `kg entities` read
// their inputs alike.
#pragma once

#include <cstdint>
#include <deque>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/corpus.h"

namespace kg::cli {

// One article to extract, as read from a .txt file, a corpus line or stdin.
struct Input {
  std::string name, source, title, date, outlet, bytes;
  bool corpus = false;  // the text came from a JSON field: no headline or date of its own
  // Set while `bytes` is still a JSON line, which the worker parses: parsing is most of the
  // cost of a re-run, and it need not wait for the lock that reading takes.
  std::shared_ptr<const extract::CorpusReader> reader;
  size_t line = 0;
};

// Everything the inputs hold, one article at a time.
class Inputs {
 public:
  Inputs(const std::vector<std::string>& paths, const extract::CorpusFields& fields);

  // The next article, or nullopt at the end. Problems with an input are added to errors.
  std::optional<Input> Next(std::vector<std::string>* errors);

  uint64_t bytes_total() const { return bytes_total_; }

 private:
  void Expand(const std::string& path);
  void Add(std::string path);
  std::optional<Input> Open(const std::string& path, std::vector<std::string>* errors);
  void StartCorpus(std::unique_ptr<std::istream> stream, std::string name);

  extract::CorpusFields fields_;
  std::deque<std::string> files_;
  std::unique_ptr<std::istream> stream_;
  std::shared_ptr<extract::CorpusReader> corpus_;
  std::string corpus_name_;
  uint64_t bytes_total_ = 0;
};

// An input read as an article: its text checked (not empty, not binary, invalid UTF-8
// replaced with a warning), its title and date from the corpus record or else from the text.
struct InputArticle {
  extract::Article article;  // article.date: the record's date, else the text's
  std::string title;         // the record's title, else the headline
  std::string source;        // FILE, FILE:LINE or stdin
  std::string outlet;        // the record's outlet, if any
  std::string error;         // set when the input is no article; the rest is then empty
  std::vector<std::string> warnings;
};
InputArticle ReadInput(Input input);

}  // namespace kg::cli
