// The parts of the graph an export can take instead of the whole of it: a query's matches or an
// entity's neighbourhood.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/store.h"

namespace kg::exporter {

struct Subgraph {
  std::vector<graph::Triple> triples;  // asserted and denied, sorted (by subject first), distinct
};

// Every triple within `depth` steps of center, asserted or denied, followed in either
// direction: depth 1 is center's own edges, depth 2 adds its neighbours' edges, and so on. A
// literal is an end, never a way through.
Subgraph Neighbourhood(const graph::View& view, graph::TermId center, uint32_t depth);

// The triples that one statement of the query language matches (query::MatchedTriples).
// Throws query::SyntaxError and query::QueryError, as `kg query` does.
Subgraph QuerySubgraph(const graph::View& view, std::string_view query);

}  // namespace kg::exporter
