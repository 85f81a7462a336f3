#include "query/graph_queries.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "query/engine.h"
#include "graph/edges.h"

namespace kg::query {
namespace {

using graph::TermId;

constexpr uint32_t kDefaultMaxLength = 6;
constexpr size_t kMaxPaths = 20;

struct Edge {
  TermId from, predicate, to;
  bool forward;  // the triple reads from -> to
};

// Breadth-first search from one end, one level at a time, keeping every parent edge of a
// node at its first level so that all shortest paths can be rebuilt.
class Side {
 public:
  explicit Side(TermId start) : frontier_{start} { parents_[start]; }

  bool Reached(TermId node) const { return parents_.contains(node); }
  const std::vector<TermId>& frontier() const { return frontier_; }
  uint32_t depth() const { return depth_; }

  void Expand(const graph::View& view, const std::unordered_set<TermId>& via,
              const std::atomic<bool>* cancel) {
    std::vector<TermId> next;
    std::unordered_map<TermId, std::vector<Edge>> found;
    for (TermId node : frontier_) {
      if (cancel && cancel->load(std::memory_order_relaxed)) throw Cancelled();
      for (bool out : {true, false}) {
        graph::Pattern pattern;
        (out ? pattern.s : pattern.o) = node;
        for (auto c = view.Scan(pattern); c->Valid(); c->Next()) {
          const auto& t = c->triple();
          if (!via.empty() && !via.contains(t.p)) continue;
          const TermId other = out ? t.o : t.s;
          if (parents_.contains(other)) continue;
          auto& edges = found[other];
          if (edges.empty()) next.push_back(other);
          edges.push_back({node, t.p, other, out});
        }
      }
    }
    for (auto& [node, edges] : found) parents_[node] = std::move(edges);
    frontier_ = std::move(next);
    ++depth_;
  }

  // Every shortest path from the start to node, as edges from the start.
  void Paths(TermId node, std::vector<Edge>* prefix, std::vector<std::vector<Edge>>* out) const {
    if (out->size() >= kMaxPaths) return;
    const auto& edges = parents_.at(node);
    if (edges.empty()) {
      out->emplace_back(prefix->rbegin(), prefix->rend());
      return;
    }
    for (const auto& e : edges) {
      prefix->push_back(e);
      Paths(e.from, prefix, out);
      prefix->pop_back();
    }
  }

 private:
  std::vector<TermId> frontier_;
  std::unordered_map<TermId, std::vector<Edge>> parents_;  // node -> edges that reached it
  uint32_t depth_ = 0;
};

std::string PredicateText(const Labels& labels, TermId p) { return labels.Display(p); }

// Every shortest path (up to the cap) from `from` to `to`, as edges from `from`.
std::vector<std::vector<Edge>> FindShortestPaths(const graph::View& view, TermId from, TermId to,
                                                 const std::unordered_set<TermId>& via, uint32_t max,
                                                 const std::atomic<bool>* cancel) {
  Side forward(from), backward(to);
  std::vector<TermId> meeting;
  if (from == to) meeting.push_back(from);
  while (meeting.empty() && forward.depth() + backward.depth() < max &&
         !forward.frontier().empty() && !backward.frontier().empty()) {
    Side& side = forward.frontier().size() <= backward.frontier().size() ? forward : backward;
    side.Expand(view, via, cancel);
    const Side& other = &side == &forward ? backward : forward;
    for (TermId node : side.frontier()) {
      if (other.Reached(node)) meeting.push_back(node);
    }
  }
  std::ranges::sort(meeting);
  std::vector<std::vector<Edge>> paths;
  for (TermId middle : meeting) {
    std::vector<Edge> prefix;
    std::vector<std::vector<Edge>> heads, tails;
    forward.Paths(middle, &prefix, &heads);
    backward.Paths(middle, &prefix, &tails);
    for (const auto& head : heads) {
      for (const auto& tail : tails) {
        if (paths.size() == kMaxPaths) break;
        std::vector<Edge> path = head;
        // The backward side's edges lead from `to`; walked from the middle they reverse.
        for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
          path.push_back({it->to, it->predicate, it->from, !it->forward});
        }
        paths.push_back(std::move(path));
      }
    }
  }
  return paths;
}

// The ends and the predicates of `path A to B`; not `possible` when it can match nothing.
struct PathEnds {
  TermId from = graph::kNoTerm, to = graph::kNoTerm;
  std::unordered_set<TermId> via;
  bool possible = false;
};

PathEnds ResolvePathEnds(const Resolver& resolver, const ast::PathQuery& query) {
  PathEnds ends;
  ends.from = resolver.Node(query.from);
  ends.to = resolver.Node(query.to);
  for (const auto& p : query.via) {
    if (TermId id = resolver.Predicate(p); id != graph::kNoTerm) ends.via.insert(id);
  }
  ends.possible = ends.from != graph::kNoTerm && ends.to != graph::kNoTerm &&
                  (query.via.empty() || !ends.via.empty());
  return ends;
}

}  // namespace

Result ShortestPaths(const graph::View& view, const Resolver& resolver, const Labels& labels,
                     const ast::PathQuery& query, bool explain, const std::atomic<bool>* cancel) {
  const PathEnds ends = ResolvePathEnds(resolver, query);
  const TermId from = ends.from;
  const uint32_t max = query.max_length.value_or(kDefaultMaxLength);
  Result result;
  if (explain) {
    result.plan = "breadth-first search from both ends, the smaller frontier first, up to " +
                  std::to_string(max) + " edges in either direction" +
                  (query.via.empty() ? std::string() : ", along the listed predicates only") + "\n";
    return result;
  }
  result.columns = {"length", "path"};
  if (!ends.possible) return result;
  for (const auto& path : FindShortestPaths(view, from, ends.to, ends.via, max, cancel)) {
    std::string text = labels.Display(from);
    for (const auto& e : path) {
      text += e.forward ? " -" + PredicateText(labels, e.predicate) + "-> "
                        : " <-" + PredicateText(labels, e.predicate) + "- ";
      text += labels.Display(e.to);
    }
    result.rows.push_back({Value::Number(static_cast<double>(path.size())), Value::Text(std::move(text))});
  }
  return result;
}

std::vector<graph::Triple> ShortestPathTriples(const graph::View& view, const Resolver& resolver,
                                               const ast::PathQuery& query,
                                               const std::atomic<bool>* cancel) {
  const PathEnds ends = ResolvePathEnds(resolver, query);
  std::vector<graph::Triple> triples;
  if (!ends.possible) return triples;
  const uint32_t max = query.max_length.value_or(kDefaultMaxLength);
  for (const auto& path : FindShortestPaths(view, ends.from, ends.to, ends.via, max, cancel)) {
    for (const auto& e : path) {
      triples.push_back(e.forward ? graph::Triple{e.from, e.predicate, e.to, false}
                                  : graph::Triple{e.to, e.predicate, e.from, false});
    }
  }
  return triples;
}

Result DescribeEntity(const graph::View& view, const Resolver& resolver, const Labels& labels,
                      const ast::Describe& query, bool explain) {
  const TermId entity = resolver.Node(query.entity);
  Result result;
  if (explain) {
    result.plan = "SPO scan of the entity's out-edges, then OSP scan of its in-edges\n";
    return result;
  }
  result.columns = {"subject", "predicate", "object", "mentions"};
  if (entity == graph::kNoTerm) return result;
  graph::ForEachEdge(view, entity, [&](const graph::Triple& t, bool) {
    const auto mentions = view.Mentions(t).size();
    result.rows.push_back({Value::Term(t.s), Value::Text((t.negated ? "!" : "") + labels.Display(t.p)),
                           Value::Term(t.o), Value::Number(static_cast<double>(mentions))});
  });
  return result;
}

}  // namespace kg::query
