#include "query/path.h"

#include <algorithm>
#include <unordered_set>

#include "query/engine.h"

namespace kg::query {
namespace {

using graph::TermId;

void Dedupe(std::vector<TermId>* nodes) {
  std::ranges::sort(*nodes);
  nodes->erase(std::unique(nodes->begin(), nodes->end()), nodes->end());
}

}  // namespace

PathProgram CompilePath(const ast::Path& path, const Resolver& resolver) {
  PathProgram program;
  program.op = path.op;
  program.negated = path.negated;
  program.min = path.min;
  program.max = path.max;
  if (path.op == ast::PathOp::Predicate) program.predicate = resolver.Predicate(path.predicate);
  for (const auto& operand : path.operands) program.operands.push_back(CompilePath(operand, resolver));
  return program;
}

void PathRunner::CheckCancel() const {
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) throw Cancelled();
}

std::vector<TermId> PathRunner::Reach(const PathProgram& path, std::vector<TermId> from,
                                      bool forward) const {
  CheckCancel();
  std::vector<TermId> out;
  switch (path.op) {
    case ast::PathOp::Predicate:
    case ast::PathOp::Any: {
      graph::Pattern pattern;
      if (path.op == ast::PathOp::Predicate) {
        if (path.predicate == graph::kNoTerm) return out;
        pattern.p = path.predicate;
        if (path.negated) pattern.polarity = graph::Pattern::Polarity::kNegated;
      }
      for (TermId node : from) {
        if (forward && graph::IsLiteralId(node)) continue;  // a literal is never a subject
        pattern.s.reset();
        pattern.o.reset();
        (forward ? pattern.s : pattern.o) = node;
        for (auto c = view_.Scan(pattern); c->Valid(); c->Next()) {
          out.push_back(forward ? c->triple().o : c->triple().s);
        }
      }
      Dedupe(&out);
      return out;
    }
    case ast::PathOp::Inverse:
      return Reach(path.operands.front(), std::move(from), !forward);
    case ast::PathOp::Sequence: {
      std::vector<TermId> nodes = std::move(from);
      if (forward) {
        for (const auto& step : path.operands) nodes = Reach(step, std::move(nodes), true);
      } else {
        for (auto it = path.operands.rbegin(); it != path.operands.rend(); ++it) {
          nodes = Reach(*it, std::move(nodes), false);
        }
      }
      return nodes;
    }
    case ast::PathOp::Alternative:
      for (const auto& branch : path.operands) {
        auto reached = Reach(branch, from, forward);
        out.insert(out.end(), reached.begin(), reached.end());
      }
      Dedupe(&out);
      return out;
    case ast::PathOp::Repeat: {
      // Walks of exactly `min` steps first, level by level; from there a breadth-first search
      // with a visited set adds whatever is at most max - min steps further.
      const PathProgram& step = path.operands.front();
      Dedupe(&from);
      std::vector<TermId> level = std::move(from);
      for (uint32_t k = 0; k < path.min && !level.empty(); ++k) level = Reach(step, std::move(level), forward);
      std::unordered_set<TermId> visited(level.begin(), level.end());
      out = level;
      std::vector<TermId> frontier = std::move(level);
      for (uint64_t steps = path.min; !frontier.empty() && (!path.max || steps < *path.max); ++steps) {
        std::vector<TermId> next;
        for (TermId node : Reach(step, std::move(frontier), forward)) {
          if (visited.insert(node).second) next.push_back(node);
        }
        out.insert(out.end(), next.begin(), next.end());
        frontier = std::move(next);
      }
      Dedupe(&out);
      return out;
    }
  }
  return out;
}

}  // namespace kg::query
