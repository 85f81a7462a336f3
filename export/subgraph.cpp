#include "export/subgraph.h"

#include <algorithm>
#include <unordered_set>

#include "query/error.h"
#include "query/matched_triples.h"
#include "query/parser.h"
#include "graph/edges.h"

namespace kg::exporter {

Subgraph Neighbourhood(const graph::View& view, graph::TermId center, uint32_t depth) {
  Subgraph part;
  std::unordered_set<graph::TermId> visited{center};
  std::vector<graph::TermId> frontier{center};
  for (uint32_t level = 0; level < depth && !frontier.empty(); ++level) {
    std::vector<graph::TermId> next;
    for (graph::TermId node : frontier) {
      graph::ForEachEdge(view, node, [&](const graph::Triple& t, bool out) {
        part.triples.push_back(t);
        const graph::TermId other = out ? t.o : t.s;
        if (!graph::IsLiteralId(other) && visited.insert(other).second) next.push_back(other);
      });
    }
    frontier = std::move(next);
  }
  std::ranges::sort(part.triples);
  part.triples.erase(std::unique(part.triples.begin(), part.triples.end()), part.triples.end());
  return part;
}

Subgraph QuerySubgraph(const graph::View& view, std::string_view text) {
  const query::Script script = query::Parse(text);
  if (script.statements.size() != 1) {
    throw query::QueryError("--query takes one statement, not " + std::to_string(script.statements.size()));
  }
  return Subgraph{query::MatchedTriples(view, script, script.statements.front())};
}

}  // namespace kg::exporter
