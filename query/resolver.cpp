#include "query/resolver.h"

#include <algorithm>
#include <map>

#include "query/error.h"
#include "query/labels.h"
#include "text/text.h"

namespace kg::query {
namespace {

using graph::TermId;
using graph::kNoTerm;

std::string_view LocalName(std::string_view iri) {
  const size_t cut = iri.find_last_of("/#");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

std::string Quoted(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

}  // namespace

std::string Resolver::Where(const ast::Node& node) const {
  return ToString(script_.source.LocationOf(node));
}

TermId Resolver::Node(const ast::Term& term) const {
  switch (term.kind) {
    case ast::TermKind::Iri:
      return view_.Find(graph::Term::Iri(term.text)).value_or(kNoTerm);
    case ast::TermKind::Number:
    case ast::TermKind::Date:
      return view_.Find(graph::Term::Literal(term.text)).value_or(kNoTerm);
    case ast::TermKind::String:
      // A quoted name is an entity when one has that name, else a literal with that text.
      if (!view_.FindByName(term.text).empty()) return Entity(term);
      for (const char* lang : {"", "en", "ar"}) {
        if (auto id = view_.Find(graph::Term::Literal(term.text, lang))) return *id;
      }
      return Entity(term);
    case ast::TermKind::Name:
      return Entity(term);
    case ast::TermKind::Variable:
      break;
  }
  return kNoTerm;
}

TermId Resolver::NamedEntity(std::string_view name, std::string_view where) const {
  if (name.size() > 2 && name.front() == '<' && name.back() == '>') {
    const std::string iri(name.substr(1, name.size() - 2));
    if (auto id = view_.Find(graph::Term::Iri(iri))) return *id;
    throw QueryError("no resource <" + iri + "> in the store (at " + std::string(where) + ")");
  }
  return Entity(std::string(name), std::string(where), std::nullopt);
}

TermId Resolver::Entity(const ast::Term& term) const {
  return Entity(term.text, Where(term), script_.source.LocationOf(term));
}

TermId Resolver::Entity(const std::string& name, const std::string& where,
                        std::optional<Location> location) const {
  auto ids = view_.FindByName(name);
  if (ids.empty()) ids = ByFamilyName(text::MatchKey(name));
  if (ids.size() == 1) return ids.front();
  if (ids.empty()) {
    std::string message = "unknown entity '" + name + "' at " + where;
    auto near = Nearest(text::MatchKey(name), 3);
    if (!near.empty()) message += "; did you mean " + Quoted(near) + "?";
    throw QueryError(message, location, std::move(near));
  }
  Labels labels(view_);
  std::vector<std::string> candidates;
  for (TermId id : ids) {
    const graph::Term* t = labels.Get(id);
    candidates.push_back(labels.Display(id) +
                         (t && t->kind == graph::TermKind::kEntity ? " (" + t->value + ")" : ""));
  }
  const std::string message = "'" + name + "' at " + where + " names " + std::to_string(ids.size()) +
                              " entities: " + Quoted(candidates) + "; write the id or IRI of the one you mean";
  throw QueryError(message, location, std::move(candidates));
}

TermId Resolver::Predicate(const ast::Term& term) const {
  if (term.kind == ast::TermKind::Iri) return view_.Find(graph::Term::Iri(term.text)).value_or(kNoTerm);
  return Predicate(term.text, Where(term), script_.source.LocationOf(term));
}

TermId Resolver::NamedPredicate(std::string_view name, std::string_view where) const {
  if (name.size() > 2 && name.front() == '<' && name.back() == '>') {
    return view_.Find(graph::Term::Iri(std::string(name.substr(1, name.size() - 2)))).value_or(kNoTerm);
  }
  return Predicate(std::string(name), std::string(where), std::nullopt);
}

TermId Resolver::Predicate(const std::string& name, const std::string& where, std::optional<Location> location) const {
  if (auto id = view_.Find(graph::Term::Predicate(name))) return *id;

  // The local name of an imported predicate, when only one has it.
  std::vector<TermId> matches;
  std::vector<std::string> known;
  for (const auto& schema : graph::SchemaPredicates()) known.emplace_back(schema.id);
  for (const auto& stats : view_.Stats().predicates) {
    auto t = view_.GetTerm(stats.predicate);
    if (!t || t->kind != graph::TermKind::kIri) continue;
    const std::string_view local = LocalName(t->value);
    if (local == name && std::ranges::find(matches, stats.predicate) == matches.end()) {
      matches.push_back(stats.predicate);
    }
    known.emplace_back(local);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty() && graph::FindSchemaPredicate(name)) return kNoTerm;  // nothing stated yet
  if (matches.size() > 1) {
    throw QueryError("predicate '" + name + "' at " + where +
                     " is the local name of several imported predicates; write its <IRI>");
  }
  std::ranges::sort(known);
  known.erase(std::unique(known.begin(), known.end()), known.end());
  std::multimap<size_t, std::string> by_distance;
  const size_t threshold = std::max<size_t>(2, name.size() / 3);
  const size_t length = text::CodePoints(name);
  for (const auto& candidate : known) {
    // Names whose lengths differ by more than the threshold are not near: skipping them keeps
    // a megabyte-long predicate from costing seconds of edit distances.
    const size_t other = text::CodePoints(candidate);
    if ((other > length ? other - length : length - other) > threshold) continue;
    by_distance.emplace(text::EditDistance(candidate, name), candidate);
  }
  std::vector<std::string> near;
  for (const auto& [d, candidate] : by_distance) {
    if (near.size() == 3 || d > threshold) break;
    near.push_back(candidate);
  }
  std::string message = "unknown predicate '" + name + "' at " + where;
  if (!near.empty()) message += "; did you mean " + Quoted(near) + "?";
  throw QueryError(message, location, std::move(near));
}

std::vector<TermId> Resolver::ByFamilyName(const std::string& key) const {
  if (key.empty() || key.find(' ') != std::string::npos) return {};
  // Entities one of whose names of several words ends in the word (Trump: Donald Trump;
  // ترامب: دونالد ترامب).
  std::vector<TermId> ids;
  view_.ForEachName([&](std::string_view name_key, std::string_view, TermId id) {
    const size_t space = name_key.rfind(' ');
    if (space == std::string_view::npos || name_key.substr(space + 1) != key) return;
    if (std::ranges::find(ids, id) == ids.end()) ids.push_back(id);
  });
  if (ids.size() < 2) return ids;
  // One far better known than the others is the one meant (Trump: the president, not his
  // son); else all are candidates.
  std::vector<std::pair<uint64_t, TermId>> by_degree;
  for (TermId id : ids) by_degree.emplace_back(view_.Degree(id), id);
  std::ranges::sort(by_degree, std::greater<>());
  if (by_degree[0].first >= 3 * std::max<uint64_t>(1, by_degree[1].first)) return {by_degree[0].second};
  return ids;
}

std::vector<std::string> Resolver::Nearest(const std::string& key, size_t limit) const {
  // Edit distance on the normalised key; close enough to be a typo of it.
  // The key's length is taken once: a name typed by a user may be megabytes long.
  const size_t key_length = text::CodePoints(key);
  const size_t threshold = std::max<size_t>(2, key_length / 3);
  std::multimap<size_t, std::string> best;
  view_.ForEachName([&](std::string_view name_key, std::string_view name, TermId) {
    const size_t length = text::CodePoints(name_key);
    if ((length > key_length ? length - key_length : key_length - length) > threshold) return;
    const size_t d = text::EditDistance(name_key, key);
    if (d > threshold) return;
    for (const auto& [dist, existing] : best) {
      if (existing == name) return;
    }
    best.emplace(d, std::string(name));
    if (best.size() > limit) best.erase(std::prev(best.end()));
  });
  std::vector<std::string> names;
  for (const auto& [d, name] : best) names.push_back(name);
  return names;
}

}  // namespace kg::query
