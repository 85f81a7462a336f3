// The graph as RDF (docs/export.md has the full mapping):
// - each entity with rdf:type kg:<Type>, rdfs:label "English"@en and every alias @ar;
// - each asserted triple as a plain triple (s kg:<predicate> o), imported terms as they came;
// - each article as <BASE>article/<name> with its name, title, date and source, and each claim
//   read in it as a reified statement (rdf:Statement) carrying kg:negated, its sentence number
//   and text, trigger, confidence and attribution.
// A denied claim is only ever such a reified statement with kg:negated true, never a triple.
// N-Quads puts each article's asserted triples and claims in the article's named graph, and the
// rest (entities, article metadata, imported triples) in the default graph; N-Triples and
// Turtle hold the same statements without the graphs.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "export/rdf_names.h"
#include "export/rdf_writer.h"
#include "export/subgraph.h"
#include "graph/store.h"

namespace kg::exporter {

struct RdfOptions {
  RdfSyntax syntax = RdfSyntax::kNTriples;
  std::string base = std::string(kDefaultBase);
};

// Writes the whole graph, streamed from the store's indexes (memory does not grow with the
// graph), or only `part` and what describes it (its entities, the articles that state its
// triples and those claims). Returns the number of statements written. Throws ExportError when
// the output cannot be written, ExportUsageError for a bad base, graph::StoreError for a term
// the store cannot resolve.
uint64_t WriteRdf(const graph::View& view, const Subgraph* part, const RdfOptions& options,
                  std::ostream& out);

// The prefixes Turtle declares for an export under names.
std::vector<RdfPrefix> ExportPrefixes(const RdfNames& names);

}  // namespace kg::exporter
