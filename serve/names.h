// How the API names a term to the page: the text that /api/entity and /api/claims take back
// (an entity's id, an imported resource's <IRI>), or null for what names nothing (a literal).
#pragma once

#include <nlohmann/json.hpp>

#include "graph/store.h"
#include "query/labels.h"

namespace kg::serve {

inline nlohmann::json NameOf(const query::Labels& labels, graph::TermId id) {
  const graph::Term* term = labels.Get(id);
  if (!term) return nullptr;
  if (term->kind == graph::TermKind::kEntity) return term->value;
  if (term->kind == graph::TermKind::kIri) return "<" + term->value + ">";
  return nullptr;
}

// A term as a node of the page's graph: its name, English and Arabic labels and type.
inline nlohmann::json NodeJson(const query::Labels& labels, graph::TermId id) {
  return {{"name", NameOf(labels, id)},
          {"label", labels.Display(id)},
          {"label_ar", labels.Arabic(id)},
          {"type", labels.Type(id)}};
}

}  // namespace kg::serve
