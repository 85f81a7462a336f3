// How kg's terms are named in RDF (docs/export.md):
//   entity      <BASE>entity/<id>                 e.g. https://kg.example/entity/iraq
//   article     <BASE>article/<name>              one named graph per article in N-Quads
//   mention     <BASE>article/<name>/mention/<n>  the n-th claim read in the article
//   predicate   kg:<id>                           e.g. https://kg.example/ontology#attacked
//   type        kg:Country, kg:ArmedGroup, ...
// The vocabulary is kg's and does not move with --base, so that exports made under different
// bases share their predicates. Ids and names keep their letters (Arabic included: an IRI may
// hold them) and have every other character percent-encoded, so an IRI never needs escaping.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/schema.h"

namespace kg::exporter {

namespace ns {
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kKg = "https://kg.example/ontology#";
// The ontology's own IRI: the vocabulary namespace without its '#'.
inline constexpr std::string_view kKgOntology = "https://kg.example/ontology";
}  // namespace ns

inline constexpr std::string_view kDefaultBase = "https://kg.example/";

// text as one IRI path segment: unreserved ASCII and the letters RFC 3987 allows in IRIs stay,
// everything else (spaces, '/', '#', '%', bidi controls, invalid UTF-8) is percent-encoded.
std::string IriSegment(std::string_view text);

// kg:Country for COUNTRY, ... and kg:Entity for an entity of unknown type.
std::string ClassIri(graph::EntityType type);
// The class's local name ("ArmedGroup").
std::string_view ClassName(graph::EntityType type);

class RdfNames {
 public:
  // base must be an absolute IRI (a scheme, no spaces or <>"{}|^`\); one that ends in neither
  // '/' nor '#' gets a '/'. Throws ExportUsageError otherwise.
  explicit RdfNames(std::string base = std::string(kDefaultBase));

  const std::string& base() const { return base_; }
  std::string EntityPrefix() const { return base_ + "entity/"; }
  std::string ArticlePrefix() const { return base_ + "article/"; }

  std::string Entity(std::string_view id) const { return EntityPrefix() + IriSegment(id); }
  std::string Article(std::string_view name) const { return ArticlePrefix() + IriSegment(name); }
  std::string Mention(std::string_view article, uint32_t number) const {
    return Article(article) + "/mention/" + std::to_string(number);
  }
  static std::string Predicate(std::string_view id) { return std::string(ns::kKg) + std::string(id); }

 private:
  std::string base_;
};

}  // namespace kg::exporter
