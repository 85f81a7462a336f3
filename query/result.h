// What a statement produces: named columns of values, or a truth value for `ask`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/term.h"

namespace kg::query {

// A cell: a term of the store (printed as its label or IRI), a number, or a text that the
// engine made (evidence, explain, path descriptions).
struct Value {
  enum class Kind : uint8_t { kNull, kTerm, kNumber, kText };
  Kind kind = Kind::kNull;
  graph::TermId term = graph::kNoTerm;
  double number = 0;
  std::string text;
  // The code points a table that cuts the text to the terminal's width keeps the words around:
  // an evidence sentence's trigger, a title's first word. Empty (end 0): never cut.
  struct Focus {
    uint32_t begin = 0, end = 0;
    bool operator==(const Focus&) const = default;
  } focus;

  static Value Term(graph::TermId id) { return {Kind::kTerm, id, 0, {}, {}}; }
  static Value Number(double n) { return {Kind::kNumber, graph::kNoTerm, n, {}, {}}; }
  static Value Text(std::string s) { return {Kind::kText, graph::kNoTerm, 0, std::move(s), {}}; }
  bool operator==(const Value&) const = default;
};

struct Result {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::optional<bool> truth;  // set by ask
  std::string plan;           // set by explain
};

// Takes a statement's rows as the engine finds them, so that output need not wait for the last
// nor hold them all.
class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual void Columns(const std::vector<std::string>& columns) = 0;  // before the first row
  virtual void Row(std::vector<Value> row) = 0;
};

}  // namespace kg::query
