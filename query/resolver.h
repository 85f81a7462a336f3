// Turns the names a query uses into the store's term ids: entities by label, id or Arabic
// alias through text::MatchKey; predicates by schema id, IRI or an imported IRI's local name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/ast.h"
#include "query/location.h"

namespace kg::query {

class Resolver {
 public:
  Resolver(const graph::View& view, const Script& script) : view_(view), script_(script) {}

  // The term a subject or object names: by a name, or by a family name alone when one entity
  // that has it is far better connected than any other (Trump). An IRI or literal the store does not hold resolves to
  // kNoTerm, which matches nothing; a name that matches no entity, or several, is a
  // QueryError that suggests the nearest names or lists the candidates.
  graph::TermId Node(const ast::Term& term) const;
  // A Name or Iri in predicate position; kNoTerm for a schema predicate with no triples yet.
  graph::TermId Predicate(const ast::Term& term) const;
  // An entity named outside a query (a command-line argument such as `kg export --around`):
  // by label, id or Arabic alias as a Name resolves, or by <IRI>. `where` stands for the place
  // in messages ("unknown entity 'Irak' at --around; did you mean 'Iraq'?").
  graph::TermId NamedEntity(std::string_view name, std::string_view where) const;
  // A predicate named outside a query (a request's parameter): as a Name resolves in predicate
  // position, or by <IRI> (kNoTerm when the store lacks it).
  graph::TermId NamedPredicate(std::string_view name, std::string_view where) const;
  // "1:5", where a node of the script stands.
  std::string Where(const ast::Node& node) const;
  // The node as written in the query.
  std::string_view TextOf(const ast::Node& node) const { return script_.source.TextOf(node); }

 private:
  graph::TermId Entity(const ast::Term& term) const;
  // location: where the name stands in the query, when it was written in one.
  graph::TermId Entity(const std::string& name, const std::string& where,
                       std::optional<Location> location) const;
  // Entities a family name alone names, when no name is exactly that word.
  std::vector<graph::TermId> ByFamilyName(const std::string& key) const;
  std::vector<std::string> Nearest(const std::string& key, size_t limit) const;
  graph::TermId Predicate(const std::string& name, const std::string& where, std::optional<Location> location) const;

  const graph::View& view_;
  const Script& script_;
};

}  // namespace kg::query
