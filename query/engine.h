// kg::query::Engine — runs parsed statements against one consistent view of the store.
//
// Names are resolved through the store's name index (an unknown name is a QueryError that
// suggests the nearest ones), patterns are ordered by the store's statistics and joined by
// index lookups, property paths run as breadth-first searches with visited sets.
#pragma once

#include <atomic>

#include "graph/store.h"
#include "query/ast.h"
#include "query/result.h"

namespace kg::query {

// Thrown when the cancel flag is raised while a statement runs.
class Cancelled : public std::runtime_error {
 public:
  Cancelled() : std::runtime_error("query interrupted") {}
};

class Engine {
 public:
  // cancel, when given, is polled while statements run (Ctrl-C in the REPL sets it).
  explicit Engine(const graph::View& view, const std::atomic<bool>* cancel = nullptr)
      : view_(view), cancel_(cancel) {}

  // Runs one statement of script. Throws QueryError for names that resolve to nothing or to
  // several things, and Cancelled. With a sink, a statement whose rows come in the order they
  // are found (a pattern query, with or without evidence) gives them to the sink as it finds
  // them, and its result holds no rows; any other statement's result is whole. Names are
  // resolved before the sink hears of the statement.
  Result Run(const Script& script, const ast::Statement& statement, RowSink* sink = nullptr) const;

 private:
  const graph::View& view_;
  const std::atomic<bool>* cancel_;
};

}  // namespace kg::query
