// Every edge of one node: what `describe`, `kg entity`, the server's entity view and the
// neighbourhoods of exports read.
#pragma once

#include <functional>

#include "graph/store.h"

namespace kg::graph {

// Calls fn(triple, out) for each triple, asserted or denied, with `node` as its subject (out:
// true), then as its object (out: false). A triple from the node to itself comes once, as out.
void ForEachEdge(const View& view, TermId node, const std::function<void(const Triple& triple, bool out)>& fn);

}  // namespace kg::graph
