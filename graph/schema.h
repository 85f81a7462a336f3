// The news-graph schema: entity types and the predicates kg extracts (../shared/spec/schema.md).
// Shared by the extractor (what it may emit), the store (what it counts), the query language
// (what a name may mean) and the exporters (the ontology).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace kg::graph {

enum class EntityType : unsigned char {
  kUnknown = 0,
  kCountry,
  kPlace,
  kOrg,
  kArmedGroup,
  kPerson,
  kMedia,
};

std::string_view EntityTypeName(EntityType type);  // "COUNTRY", "ARMED_GROUP", ...
std::optional<EntityType> ParseEntityType(std::string_view name);  // case-insensitive

struct PredicateInfo {
  std::string_view id;        // "sent_letter_to"
  std::string_view label_en;  // "sent a letter to"
  std::string_view label_ar;  // "وجّه رسالة إلى"
  bool symmetric;
};

// The schema's predicates, in the order of the spec.
std::span<const PredicateInfo> SchemaPredicates();
const PredicateInfo* FindSchemaPredicate(std::string_view id);

}  // namespace kg::graph
