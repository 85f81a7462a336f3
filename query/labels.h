// How terms read to a person: an entity's English label or Arabic name, an IRI, a literal's
// text. Caches what it looks up, since one result shows the same terms many times.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

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

 private:
  struct Entry {
    std::optional<graph::Term> term;
    std::optional<graph::EntityInfo> entity;
    std::string display, label, arabic;
    bool resource_labels_read = false;
  };
  const Entry& Lookup(graph::TermId id) const;
  // An imported resource's rdfs:label literals, read only when a label is asked for.
  const Entry& WithResourceLabels(graph::TermId id) const;

  const graph::View& view_;
  mutable std::unordered_map<graph::TermId, Entry> cache_;
  mutable std::optional<std::optional<graph::TermId>> rdfs_label_;
};

}  // namespace kg::query
