// The statements that walk the graph around entities rather than match patterns: shortest
// paths between two entities and the description of one.
#pragma once

#include <atomic>

#include "graph/store.h"
#include "query/ast.h"
#include "query/labels.h"
#include "query/resolver.h"
#include "query/result.h"

namespace kg::query {

// `path A to B [max N] [via p, q]`: every shortest path (up to a cap), found by a
// breadth-first search from both ends that follows edges in either direction.
Result ShortestPaths(const graph::View& view, const Resolver& resolver, const Labels& labels,
                     const ast::PathQuery& query, bool explain, const std::atomic<bool>* cancel);

// The edges of the paths ShortestPaths finds, as the triples they follow (in any order, with
// repeats); empty when an end or every `via` predicate is not in the store.
std::vector<graph::Triple> ShortestPathTriples(const graph::View& view, const Resolver& resolver,
                                               const ast::PathQuery& query,
                                               const std::atomic<bool>* cancel);

// `describe X`: every edge in and out of X with the number of mentions that support it.
Result DescribeEntity(const graph::View& view, const Resolver& resolver, const Labels& labels,
                      const ast::Describe& query, bool explain);

}  // namespace kg::query
