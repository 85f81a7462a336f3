// The JSON answers of kg serve's API, each read from one snapshot of the store. Names are
// resolved as queries resolve them (label, id, Arabic alias, <IRI>); a name that resolves to
// nothing or to several things is a query::QueryError that carries the nearest names.
#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstddef>
#include <string_view>

#include "graph/store.h"

namespace kg::serve {

struct Page {
  size_t limit = 1000;
  size_t offset = 0;
};

// One statement of the query language: {"columns", "rows", "total", "truncated"}, rows being
// `page` of the result's rows. `ask` answers one column "ask" holding true or false, `explain`
// one column "plan". Throws query::SyntaxError, query::QueryError, query::Cancelled.
nlohmann::json QueryJson(const graph::View& view, std::string_view text, const Page& page,
                         const std::atomic<bool>* cancel);

// An entity: its names in both scripts, type, roles, claim counts by predicate, the
// `max_neighbours` neighbours with the most claims (with each edge's predicate, direction,
// negation, claims and the dates of the articles that state it), how many more there are, and
// its claims counted by month.
nlohmann::json EntityJson(const graph::View& view, std::string_view name, size_t max_neighbours);

// The claims of the triples that match subject, predicate and object (each may be empty, but
// not subject and object both), at most `limit`: each with its article's name, date, title
// and source, the sentence, and the trigger's and arguments' places in it (code points).
nlohmann::json ClaimsJson(const graph::View& view, std::string_view subject, std::string_view predicate,
                          std::string_view object, size_t limit);

// Names of entities (either script) and schema predicates that begin like `prefix` once
// normalised by text::MatchKey, the best connected first, at most `limit`.
nlohmann::json CompleteJson(const graph::View& view, std::string_view prefix, size_t limit);

}  // namespace kg::serve
