#include "query/matched_triples.h"

#include <algorithm>
#include <optional>

#include "query/error.h"
#include "query/filter.h"
#include "query/graph_queries.h"
#include "query/group.h"
#include "query/labels.h"
#include "query/resolver.h"
#include "graph/edges.h"

namespace kg::query {
namespace {

// The matches of a group: each single-step pattern's triple, until `limit` matches are had.
void CollectGroup(const graph::View& view, const Resolver& resolver, const ast::Group& group,
                  const ast::Expr* filter_expr, uint64_t offset, std::optional<uint64_t> limit,
                  const std::atomic<bool>* cancel, std::vector<graph::Triple>* out) {
  for (const auto& pattern : group.patterns) {
    if (pattern.path.op != ast::PathOp::Predicate) {
      throw QueryError("the property path at " + resolver.Where(pattern.path) +
                       " does not keep the triples it walks: write its steps as patterns joined "
                       "by '.' to export them");
    }
  }
  Variables vars;
  GroupPlan plan(view, resolver, group, &vars, cancel);
  Labels labels(view);
  std::optional<Filter> filter;
  if (filter_expr) filter.emplace(*filter_expr, vars, FirstPatterns(group, vars), resolver, labels, view, plan);
  uint64_t seen = 0;
  plan.Match([&](const Row& row) {
    if (filter && !filter->Test(row)) return true;
    if (seen++ < offset) return true;
    for (const auto& t : row.triples) {
      if (t.s != graph::kNoTerm) out->push_back(t);
    }
    return !limit || seen < offset + *limit;
  });
}

class Collector {
 public:
  Collector(const graph::View& view, const Script& script, const std::atomic<bool>* cancel,
            std::vector<graph::Triple>* out)
      : view_(view), resolver_(view, script), cancel_(cancel), out_(out) {}

  void operator()(const ast::PatternQuery& query) {
    CollectGroup(view_, resolver_, query.where, nullptr, 0, std::nullopt, cancel_, out_);
  }

  void operator()(const ast::Ask& query) {
    CollectGroup(view_, resolver_, query.where, nullptr, 0, std::nullopt, cancel_, out_);
  }

  void operator()(const ast::Select& select) {
    auto refuse = [&](const ast::Node& node, const char* what) {
      throw QueryError(std::string(what) + " at " + resolver_.Where(node) +
                       " shapes printed rows, not a subgraph: drop it to export the matches");
    };
    for (const auto& item : select.items) {
      if (item.column.aggregate != ast::Aggregate::None) refuse(item, "a count");
    }
    if (!select.group_by.empty()) refuse(select.group_by.front(), "'group by'");
    if (!select.order_by.empty()) refuse(select.order_by.front(), "'order by'");
    CollectGroup(view_, resolver_, select.where, select.filter ? &*select.filter : nullptr,
                 select.offset.value_or(0), select.limit, cancel_, out_);
  }

  void operator()(const ast::PathQuery& query) {
    auto triples = ShortestPathTriples(view_, resolver_, query, cancel_);
    out_->insert(out_->end(), triples.begin(), triples.end());
  }

  void operator()(const ast::Describe& query) {
    const graph::TermId entity = resolver_.Node(query.entity);
    if (entity == graph::kNoTerm) return;
    graph::ForEachEdge(view_, entity, [&](const graph::Triple& t, bool) { out_->push_back(t); });
  }

 private:
  const graph::View& view_;
  Resolver resolver_;
  const std::atomic<bool>* cancel_;
  std::vector<graph::Triple>* out_;
};

}  // namespace

std::vector<graph::Triple> MatchedTriples(const graph::View& view, const Script& script,
                                          const ast::Statement& statement,
                                          const std::atomic<bool>* cancel) {
  if (statement.explain) {
    throw QueryError("'explain' prints a plan, not triples: drop it to export what the query matches");
  }
  std::vector<graph::Triple> triples;
  std::visit(Collector(view, script, cancel, &triples), statement.query);
  std::ranges::sort(triples);
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  return triples;
}

}  // namespace kg::query
