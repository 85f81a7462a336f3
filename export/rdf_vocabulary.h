// The IRIs an export writes beside the schema's predicates and types: RDF's reification,
// rdfs:label, Dublin Core's article metadata and kg's own properties of claims (docs/export.md).
#pragma once

#include <string>
#include <string_view>

#include "export/rdf_names.h"
#include "export/rdf_writer.h"

namespace kg::exporter {

inline std::string Xsd(std::string_view local) { return std::string(ns::kXsd) + std::string(local); }
inline std::string Kg(std::string_view local) { return std::string(ns::kKg) + std::string(local); }

struct Vocabulary {
  static RdfNode In(std::string_view space, std::string_view local) {
    return RdfNode::Iri(std::string(space) + std::string(local));
  }

  // RDF and RDFS.
  RdfNode type = In(ns::kRdf, "type");
  RdfNode label = In(ns::kRdfs, "label");
  RdfNode statement = In(ns::kRdf, "Statement");
  RdfNode subject = In(ns::kRdf, "subject");
  RdfNode predicate = In(ns::kRdf, "predicate");
  RdfNode object = In(ns::kRdf, "object");
  // Articles.
  RdfNode article_class = In(ns::kKg, "Article");
  RdfNode name = In(ns::kKg, "name");
  RdfNode title = In(ns::kDcterms, "title");
  RdfNode date = In(ns::kDcterms, "date");
  RdfNode source = In(ns::kDcterms, "source");
  RdfNode publisher = In(ns::kDcterms, "publisher");
  // Claims: what a reified statement read in an article carries.
  RdfNode negated = In(ns::kKg, "negated");
  RdfNode article = In(ns::kKg, "article");
  RdfNode sentence = In(ns::kKg, "sentence");
  RdfNode evidence = In(ns::kKg, "evidence");
  RdfNode trigger = In(ns::kKg, "trigger");
  RdfNode confidence = In(ns::kKg, "confidence");
  RdfNode attributed_to = In(ns::kKg, "attributedTo");
};

}  // namespace kg::exporter
