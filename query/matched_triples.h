// The triples behind a statement's answers: the subgraph `kg export --query` writes or draws.
#pragma once

#include <atomic>
#include <vector>

#include "graph/store.h"
#include "query/ast.h"

namespace kg::query {

// Sorted and distinct:
// - patterns, `select … where` and `ask`: the triple each single-step pattern matched, for every
//   match that passes `filter`, `from` and `since` (`limit`/`offset` count matches);
// - `describe X`: every edge in and out of X, denied ones included;
// - `path A to B`: the edges of the shortest paths it finds.
// Throws QueryError for what names no triples: `explain`, counts, `group by`, `order by`, and
// property paths (whose intermediate steps a match does not keep: write them as patterns joined
// by '.'). Throws Cancelled when cancel is raised.
std::vector<graph::Triple> MatchedTriples(const graph::View& view, const Script& script,
                                          const ast::Statement& statement,
                                          const std::atomic<bool>* cancel = nullptr);

}  // namespace kg::query
