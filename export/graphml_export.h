// The graph as GraphML, for network tools (Gephi, Cytoscape, NetworkX, igraph): one node per
// entity, resource or literal, with attributes label (English), label_ar (Arabic) and type; one
// edge per triple, with attributes predicate, claims (the mentions behind it), negated, and
// evidence (the sentence of its first claim). Parallel edges keep their predicates apart, as
// multigraph readers expect. libxml2 writes the XML, so every attribute value is escaped.
#pragma once

#include <cstddef>
#include <ostream>

#include "export/subgraph.h"
#include "graph/store.h"

namespace kg::exporter {

struct GraphmlSummary {
  size_t nodes = 0;
  size_t edges = 0;
};

// Writes the whole graph or only `part`. Throws ExportError when out cannot be written.
GraphmlSummary WriteGraphml(const graph::View& view, const Subgraph* part, std::ostream& out);

}  // namespace kg::exporter
