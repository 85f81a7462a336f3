// kg::query::SummariseEntity — what the store knows of one entity, for `kg entity`: its names,
// its roles (leads, official_of, member_of) and how many claims and articles speak of it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/store.h"

namespace kg::query {

struct EntitySummary {
  graph::TermId term = graph::kNoTerm;
  graph::EntityInfo info;  // id, label, type and every Arabic name it was read under

  // A role of the entity, or of another toward it: "leads United States" from the subject's
  // side, with the number of articles that state it.
  struct Role {
    std::string predicate;
    graph::TermId other = graph::kNoTerm;
    std::string other_label;
    bool holder = true;  // the entity holds the role (else it is the body held)
    uint64_t articles = 0;
  };
  std::vector<Role> roles;

  // Claims by predicate ("!attacked" for denials), as subject and as object.
  std::map<std::string, uint64_t> claims_as_subject, claims_as_object;
  uint64_t articles = 0;  // distinct articles with a claim about it
};

// The summary of an entity term (as a Resolver returns). Roles are listed most attested first,
// with at most `max_roles` where the entity is the body (a country has many officials).
EntitySummary SummariseEntity(const graph::View& view, graph::TermId entity, size_t max_roles = 20);

}  // namespace kg::query
