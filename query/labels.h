// How terms read to a person: an entity's English label or Arabic name, an IRI, a literal's
// text. Caches what it looks up, since one result shows the same terms many times.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"

namespace kg::query {

class Labels {
 public:
  explicit Labels(const graph::View& view) : view_(view) {}

  // Entities: the English label; IRIs: "<iri>"; literals: their text; articles: their name.
  const std::string& Display(graph::TermId id) const;
  // The English label (an IRI's rdfs:label@en when it has one, else the IRI), or a
  // literal's text.
  const std::string& Label(graph::TermId id) const;
  // The first Arabic name known for an entity (alias, or rdfs:label@ar), else "".
  const std::string& Arabic(graph::TermId id) const;
  // The entity type ("COUNTRY"), or "" for other terms.
  std::string Type(graph::TermId id) const;
  // False for literals.
  bool IsEntity(graph::TermId id) const;
  const graph::Term* Get(graph::TermId id) const;
  // Reads the terms of ids not yet known in one pass over the store's dictionary, so that a
  // result's thousands of terms cost a step each rather than a point read each.
  void Prefetch(std::vector<graph::TermId> ids) const;

 private:
  // What a term reads as beyond its display text, made when first asked for (a result that is
  // only printed needs none of it): the term, its entity, its English and Arabic names.
  struct Details {
    std::optional<graph::Term> term;
    std::optional<graph::EntityInfo> entity;
    std::string label, arabic;
    bool names_read = false;
  };
  // Kept small: a printed result caches one per distinct term, thousands at a time.
  struct Entry {
    std::string display;
    std::unique_ptr<Details> details;
  };
  const Entry& Lookup(graph::TermId id) const;
  const Entry& Add(graph::TermId id, const graph::Term* term) const;  // null: not in the store
  const Details& WithDetails(graph::TermId id) const;
  // The label and Arabic name, reading an imported resource's rdfs:label literals.
  const Details& WithNames(graph::TermId id) const;

  const graph::View& view_;
  mutable std::unordered_map<graph::TermId, Entry> cache_;
  mutable std::optional<std::optional<graph::TermId>> rdfs_label_;
};

}  // namespace kg::query
