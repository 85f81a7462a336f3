// GET /api/query: one statement of the language, its rows as JSON.
#include <cmath>

#include "query/engine.h"
#include "query/error.h"
#include "query/labels.h"
#include "query/parser.h"
#include "serve/api.h"

namespace kg::serve {
namespace {

nlohmann::json Cell(const query::Value& value, const query::Labels& labels) {
  switch (value.kind) {
    case query::Value::Kind::kNull:
      return nullptr;
    case query::Value::Kind::kTerm:
      return labels.Display(value.term);
    case query::Value::Kind::kNumber:
      // Counts are whole numbers and read best without a fraction.
      if (std::nearbyint(value.number) == value.number && std::abs(value.number) < 9e15) {
        return static_cast<int64_t>(value.number);
      }
      return value.number;
    case query::Value::Kind::kText:
      return value.text;
  }
  return nullptr;
}

}  // namespace

nlohmann::json QueryJson(const graph::View& view, std::string_view text, const Page& page,
                         const std::atomic<bool>* cancel) {
  const query::Script script = query::Parse(text);
  if (script.statements.size() != 1) {
    throw query::QueryError("one statement per request, not " + std::to_string(script.statements.size()));
  }
  const query::Engine engine(view, cancel);
  const query::Result result = engine.Run(script, script.statements.front());
  if (result.truth) {
    return {{"columns", {"ask"}}, {"rows", {{*result.truth}}}, {"total", 1}, {"truncated", false}};
  }
  if (!result.plan.empty()) {
    return {{"columns", {"plan"}}, {"rows", {{result.plan}}}, {"total", 1}, {"truncated", false}};
  }
  const query::Labels labels(view);
  nlohmann::json rows = nlohmann::json::array();
  const size_t begin = std::min(page.offset, result.rows.size());
  const size_t end = begin + std::min(page.limit, result.rows.size() - begin);
  for (size_t r = begin; r < end; ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (const auto& value : result.rows[r]) row.push_back(Cell(value, labels));
    rows.push_back(std::move(row));
  }
  return {{"columns", result.columns},
          {"rows", std::move(rows)},
          {"total", result.rows.size()},
          {"truncated", end < result.rows.size()}};
}

}  // namespace kg::serve
