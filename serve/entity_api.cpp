// GET /api/entity/NAME: who an entity is and what is around it, summarised for the page.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "query/entity_summary.h"
#include "query/labels.h"
#include "query/resolver.h"
#include "serve/api.h"
#include "serve/names.h"
#include "graph/edges.h"

namespace kg::serve {
namespace {

// The article dates of mentions, each article read once per request.
class Dates {
 public:
  explicit Dates(const graph::View& view) : view_(view) {}
  const std::string& Of(graph::TermId document) {
    auto [it, added] = dates_.try_emplace(document);
    if (added) {
      if (auto info = view_.GetDocument(document)) it->second = info->date;
    }
    return it->second;
  }

 private:
  const graph::View& view_;
  std::unordered_map<graph::TermId, std::string> dates_;
};

struct Edge {
  std::string predicate;
  bool out = true;
  bool negated = false;
  std::vector<std::string> dates;  // one per claim; empty for an undated article
  uint64_t claims = 0;
};

struct Neighbour {
  graph::TermId term = graph::kNoTerm;
  std::vector<Edge> edges;
  uint64_t claims = 0;
};

}  // namespace

nlohmann::json EntityJson(const graph::View& view, std::string_view name, size_t max_neighbours) {
  const query::Script no_script;
  const query::Resolver resolver(view, no_script);
  const graph::TermId entity = resolver.NamedEntity(name, "/api/entity");
  const query::EntitySummary summary = query::SummariseEntity(view, entity);
  const query::Labels labels(view);
  Dates dates(view);

  std::map<graph::TermId, Neighbour> around;
  std::map<std::string, uint64_t> by_month;  // "YYYY-MM" -> claims
  graph::ForEachEdge(view, entity, [&](const graph::Triple& t, bool out) {
    const graph::TermId other = out ? t.o : t.s;
    Edge edge{labels.Display(t.p), out, t.negated, {}, 0};
    for (const auto& mention : view.Mentions(t)) {
      const std::string& date = dates.Of(mention.document);
      edge.dates.push_back(date);
      if (date.size() >= 7) ++by_month[date.substr(0, 7)];
    }
    edge.claims = std::max<uint64_t>(1, edge.dates.size());  // an imported triple is one claim
    Neighbour& n = around[other];
    n.term = other;
    n.claims += edge.claims;
    n.edges.push_back(std::move(edge));
  });
  std::vector<Neighbour*> ranked;
  for (auto& [term, n] : around) ranked.push_back(&n);
  std::ranges::stable_sort(ranked, [](const Neighbour* a, const Neighbour* b) { return a->claims > b->claims; });

  nlohmann::json neighbours = nlohmann::json::array();
  for (size_t i = 0; i < ranked.size() && i < max_neighbours; ++i) {
    nlohmann::json node = NodeJson(labels, ranked[i]->term);
    node["claims"] = ranked[i]->claims;
    nlohmann::json edges = nlohmann::json::array();
    for (const Edge& e : ranked[i]->edges) {
      edges.push_back({{"predicate", e.predicate},
                       {"direction", e.out ? "out" : "in"},
                       {"negated", e.negated},
                       {"claims", e.claims},
                       {"dates", e.dates}});
    }
    node["edges"] = std::move(edges);
    neighbours.push_back(std::move(node));
  }
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& role : summary.roles) {
    roles.push_back({{"predicate", role.predicate},
                     {"other", NodeJson(labels, role.other)},
                     {"holder", role.holder},
                     {"articles", role.articles}});
  }
  nlohmann::json timeline = nlohmann::json::array();
  for (const auto& [month, claims] : by_month) timeline.push_back({{"month", month}, {"claims", claims}});

  nlohmann::json answer = NodeJson(labels, entity);
  answer["names"] = summary.info.aliases;
  answer["roles"] = std::move(roles);
  answer["claims"] = {{"as_subject", summary.claims_as_subject}, {"as_object", summary.claims_as_object}};
  answer["articles"] = summary.articles;
  answer["neighbours"] = std::move(neighbours);
  answer["more_neighbours"] = ranked.size() > max_neighbours ? ranked.size() - max_neighbours : 0;
  answer["timeline"] = std::move(timeline);
  return answer;
}

}  // namespace kg::serve
