// The schema itself as RDF (`kg export --ontology`): an OWL ontology of kg's entity classes, the
// schema's predicates (symmetric ones as owl:SymmetricProperty) and the properties of articles
// and claims, each labelled in English and Arabic. It needs no store.
#pragma once

#include <cstdint>
#include <ostream>

#include "export/rdf_writer.h"

namespace kg::exporter {

// Returns the number of statements written. Throws ExportError when out cannot be written.
uint64_t WriteOntology(RdfSyntax syntax, std::ostream& out);

}  // namespace kg::exporter
