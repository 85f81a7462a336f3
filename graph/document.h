// What a writer hands the store: an article with the statements extracted from it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/term.h"

namespace kg::graph {

// Offsets count code points of the article's original text, as kg prints them.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  auto operator<=>(const Span&) const = default;
};

// Where a statement was read: the sentence that says it and the words that carry it.
struct Evidence {
  uint32_t sentence = 0;  // 1-based sentence number in the article
  Span sentence_span;
  Span trigger;
  Span subject;
  Span object;
  float confidence = 1.0f;
  std::string source;  // who said it (attribution), empty when the article itself asserts it
  auto operator<=>(const Evidence&) const = default;
};

struct Statement {
  EntityInfo subject;
  std::string predicate;  // a schema predicate id
  EntityInfo object;
  bool negated = false;
  Evidence evidence;
};

struct Document {
  std::string name;    // unique id, e.g. the file name without .txt or a corpus id
  std::string source;  // path or corpus name it was read from
  std::string outlet;  // who published it (a corpus record's "source": BBC, CNN…); may be empty
  std::string title;
  std::string date;    // ISO 8601 (YYYY-MM-DD), empty when unknown
  std::string text;    // the original text, kept for evidence
  // Anything besides the text whose change must re-extract the article (e.g. the extractor's
  // version): it is part of the content hash.
  std::string extractor;
  std::vector<Statement> statements;
};

// The hash that decides whether an article changed: its text, title, date, source, outlet and
// extractor; not its statements, so that a reader can tell an article is unchanged before
// extracting anything from it.
uint64_t ContentHash(const Document& document);

}  // namespace kg::graph
