// Property paths (`/ | ^ * + ? {n,m}` and `_`): compiled against the store's ids and run as
// breadth-first searches over sets of nodes, so cycles end and each node is visited once per
// start, as in SPARQL.
#pragma once

#include <atomic>
#include <optional>
#include <vector>

#include "graph/store.h"
#include "query/ast.h"
#include "query/resolver.h"

namespace kg::query {

struct PathProgram {
  ast::PathOp op = ast::PathOp::Predicate;
  graph::TermId predicate = graph::kNoTerm;  // Predicate steps
  bool negated = false;
  std::vector<PathProgram> operands;
  uint32_t min = 0;
  std::optional<uint32_t> max;

  // A single step along one predicate: a plain index scan does it.
  bool is_step() const { return op == ast::PathOp::Predicate; }
};

PathProgram CompilePath(const ast::Path& path, const Resolver& resolver);

class PathRunner {
 public:
  PathRunner(const graph::View& view, const std::atomic<bool>* cancel) : view_(view), cancel_(cancel) {}

  // The distinct nodes at the other end of the path from any of `from`: objects when forward,
  // subjects when not.
  std::vector<graph::TermId> Reach(const PathProgram& path, std::vector<graph::TermId> from,
                                   bool forward) const;

 private:
  void CheckCancel() const;
  const graph::View& view_;
  const std::atomic<bool>* cancel_;
};

}  // namespace kg::query
