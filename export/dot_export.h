// The graph as a Graphviz drawing in the DOT language: nodes labelled with the English label and
// the Arabic name the articles use most, shaped and coloured by type; edges labelled by
// predicate. The edges between two nodes in one direction are merged into one, a line per
// predicate with the number of claims behind it ("called_on ×4"), drawn thicker the more claims
// it carries; symmetric predicates go without arrowheads; denied claims are dashed and red
// ("!attacked"). Imported rdfs:label triples label their nodes rather than being drawn.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "export/subgraph.h"
#include "graph/store.h"

namespace kg::exporter {

// More nodes than this draw as a hairball: the CLI suggests --around or --query instead.
inline constexpr size_t kLegibleNodes = 300;

struct DotSummary {
  size_t nodes = 0;
  size_t edges = 0;  // predicates between two nodes: the lines of the merged edges' labels
};

// Draws the whole graph or only `part`, with `focus` (when set, as --around's entity) outlined.
// Throws ExportError when out cannot be written.
DotSummary WriteDot(const graph::View& view, const Subgraph* part, std::ostream& out,
                    graph::TermId focus = graph::kNoTerm);

// text as the inside of a DOT HTML-like label (label=<...>): markup characters as entities, line
// breaks as <BR/>, other control characters dropped. HTML labels take backslashes and quotes
// as they are, where a quoted DOT string cannot end in a backslash.
std::string DotHtmlText(std::string_view text);

}  // namespace kg::exporter
