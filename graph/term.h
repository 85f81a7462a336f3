// Terms: everything a triple can name, dictionary-encoded to 32-bit ids.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/schema.h"

namespace kg::graph {

// Ids are dense and start at 1; 0 means "no term". The top bit is reserved: on a predicate id
// inside a triple it marks the triple as negated, so a denied claim is a distinct key from its
// positive twin and a pattern on `attacked` never scans `!attacked`. The next bit marks
// literals, which are numbered apart, so that telling a literal from a resource (isentity, a
// path that cannot go on from a literal) needs no lookup.
using TermId = uint32_t;
inline constexpr TermId kNoTerm = 0;
inline constexpr TermId kLiteralBit = TermId{1} << 30;
inline constexpr TermId kFirstLiteralId = kLiteralBit | 1;
inline constexpr TermId kMaxTermId = kLiteralBit - 1;  // per numbering
inline constexpr bool IsLiteralId(TermId id) { return (id & kLiteralBit) != 0; }

enum class TermKind : char {
  kEntity = 'E',     // an entity kg extracted; value is its canonical id ("qasim_al_araji")
  kPredicate = 'P',  // a schema predicate; value is its id ("attacked")
  kIri = 'I',        // an RDF resource or predicate imported as is; value is the IRI
  kBlank = 'B',      // an imported blank node; value is "<import>:<label>"
  kLiteral = 'L',    // value is the lexical form, with lang or datatype
  kDocument = 'D',   // an article; value is its name ("002_3c0a4fd1e2fc9cd0")
};

struct Term {
  TermKind kind = TermKind::kEntity;
  std::string value;
  std::string lang;      // literals only: a language tag ("ar", "en")
  std::string datatype;  // literals only: a datatype IRI, empty for plain and tagged strings

  static Term Entity(std::string id) { return {TermKind::kEntity, std::move(id), {}, {}}; }
  static Term Predicate(std::string id) { return {TermKind::kPredicate, std::move(id), {}, {}}; }
  static Term Iri(std::string iri) { return {TermKind::kIri, std::move(iri), {}, {}}; }
  static Term Document(std::string name) { return {TermKind::kDocument, std::move(name), {}, {}}; }
  static Term Literal(std::string value, std::string lang = {}, std::string datatype = {}) {
    return {TermKind::kLiteral, std::move(value), std::move(lang), std::move(datatype)};
  }

  bool is_literal() const { return kind == TermKind::kLiteral; }
  auto operator<=>(const Term&) const = default;
};

// What kg knows of an entity beyond its id: the label it prints as, its type, and every
// surface form it was seen under (all of them are names a query can use).
struct EntityInfo {
  std::string id;
  std::string label;
  EntityType type = EntityType::kUnknown;
  std::vector<std::string> aliases;
};

struct Triple {
  TermId s = kNoTerm;
  TermId p = kNoTerm;  // without the negation bit
  TermId o = kNoTerm;
  bool negated = false;
  auto operator<=>(const Triple&) const = default;
};

}  // namespace kg::graph
