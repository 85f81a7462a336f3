// GET /api/complete?prefix=: names for the search box, in both scripts, and predicates.
#include <algorithm>
#include <unordered_set>

#include "graph/schema.h"
#include "query/labels.h"
#include "serve/api.h"
#include "serve/names.h"
#include "text/text.h"

namespace kg::serve {
namespace {

// Matches looked at before ranking: a prefix of one letter matches much of the store.
constexpr size_t kCandidates = 500;

}  // namespace

nlohmann::json CompleteJson(const graph::View& view, std::string_view prefix, size_t limit) {
  const std::string key = text::MatchKey(prefix);
  nlohmann::json predicates = nlohmann::json::array();
  nlohmann::json names = nlohmann::json::array();
  if (key.empty()) return {{"names", std::move(names)}, {"predicates", std::move(predicates)}};
  for (const auto& schema : graph::SchemaPredicates()) {
    if (predicates.size() < limit && std::string_view(schema.id).starts_with(key)) {
      predicates.push_back(schema.id);
    }
  }
  struct Match {
    std::string name;
    graph::TermId id;
    uint64_t degree = 0;
  };
  std::vector<Match> matches;
  std::unordered_set<graph::TermId> seen;  // an entity once, under the first name that matches
  view.ForEachName([&](std::string_view name_key, std::string_view name, graph::TermId id) {
    if (matches.size() < kCandidates && name_key.starts_with(key) && seen.insert(id).second) {
      matches.push_back({std::string(name), id});
    }
  });
  for (auto& m : matches) m.degree = view.Degree(m.id);
  std::ranges::stable_sort(matches, [](const Match& a, const Match& b) { return a.degree > b.degree; });
  const query::Labels labels(view);
  for (size_t i = 0; i < matches.size() && i < limit; ++i) {
    nlohmann::json node = NodeJson(labels, matches[i].id);
    node["match"] = matches[i].name;
    names.push_back(std::move(node));
  }
  return {{"names", std::move(names)}, {"predicates", std::move(predicates)}};
}

}  // namespace kg::serve
