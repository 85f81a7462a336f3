#include "query/entity_summary.h"

#include <algorithm>
#include <set>

#include "query/labels.h"
#include "graph/edges.h"

namespace kg::query {
namespace {

bool IsRole(std::string_view predicate) {
  return predicate == "leads" || predicate == "official_of" || predicate == "member_of";
}

}  // namespace

EntitySummary SummariseEntity(const graph::View& view, graph::TermId entity, size_t max_roles) {
  EntitySummary summary;
  summary.term = entity;
  if (auto info = view.GetEntity(entity)) summary.info = std::move(*info);
  const Labels labels(view);
  std::set<graph::TermId> articles;
  std::vector<EntitySummary::Role> held, bodies;
  graph::ForEachEdge(view, entity, [&](const graph::Triple& t, bool out) {
    const std::string& predicate = labels.Display(t.p);
    std::set<graph::TermId> stating;
    for (const auto& mention : view.Mentions(t)) stating.insert(mention.document);
    articles.insert(stating.begin(), stating.end());
    const uint64_t claims = std::max<uint64_t>(1, stating.size());
    (out ? summary.claims_as_subject : summary.claims_as_object)[(t.negated ? "!" : "") + predicate] += claims;
    if (t.negated || !IsRole(predicate)) return;
    const graph::TermId other = out ? t.o : t.s;
    (out ? held : bodies).push_back({predicate, other, labels.Display(other), out, stating.size()});
  });
  auto most_attested = [](const EntitySummary::Role& a, const EntitySummary::Role& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.other_label < b.other_label;
  };
  std::ranges::sort(held, most_attested);
  std::ranges::sort(bodies, most_attested);
  if (bodies.size() > max_roles) bodies.resize(max_roles);
  summary.roles = std::move(held);
  summary.roles.insert(summary.roles.end(), bodies.begin(), bodies.end());
  summary.articles = articles.size();
  return summary;
}

}  // namespace kg::query
