// kg::extract::Extractor — an article in, the statements it makes out: entity pairs joined by
// a schema predicate, each with its polarity, attribution and evidence. This is what
// `kg extract` prints and what `kg ingest` stores.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "graph/document.h"

namespace kg::extract {

class Extractor {
 public:
  // Loads the lexicons and trigger tables of a data directory; throws std::runtime_error naming
  // the file and line of anything it cannot read. Statements less confident than
  // `min_confidence` (0 to 1) are left out.
  static Extractor Load(const std::filesystem::path& data_dir, float min_confidence = 0);

  // The article's statements, in text order. Evidence offsets count code points of
  // article.text; sentence numbers start at 1. Safe to call from several threads at once.
  std::vector<graph::Statement> Extract(const Article& article) const;

  // Changes whenever the rules or tables change what is extracted, so that `kg ingest`
  // re-extracts stored articles (it is part of each article's content hash).
  std::string_view version() const;

 private:
  struct Rules;
  explicit Extractor(std::shared_ptr<const Rules> rules) : rules_(std::move(rules)) {}
  std::shared_ptr<const Rules> rules_;
};

}  // namespace kg::extract
