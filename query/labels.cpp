#include "query/labels.h"

namespace kg::query {
namespace {

constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

bool IsArabic(std::string_view text) {
  // U+0600..U+06FF and the presentation forms start with these lead bytes in UTF-8.
  for (unsigned char c : text) {
    if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB || c == 0xEF) return true;
  }
  return false;
}

}  // namespace

const Labels::Entry& Labels::Lookup(graph::TermId id) const {
  if (auto it = cache_.find(id); it != cache_.end()) return it->second;
  Entry entry;
  entry.term = view_.GetTerm(id);
  if (!entry.term) {
    entry.display = std::to_string(id);
    entry.display.insert(entry.display.begin(), '#');
    entry.label = entry.display;
    return cache_.emplace(id, std::move(entry)).first->second;
  }
  const graph::Term& term = *entry.term;
  switch (term.kind) {
    case graph::TermKind::kEntity:
      entry.entity = view_.GetEntity(id);
      entry.label = entry.entity && !entry.entity->label.empty() ? entry.entity->label : term.value;
      entry.display = entry.label;
      if (entry.entity) {
        for (const auto& alias : entry.entity->aliases) {
          if (IsArabic(alias)) {
            entry.arabic = alias;
            break;
          }
        }
      }
      break;
    case graph::TermKind::kIri:
    case graph::TermKind::kBlank:
      entry.display = term.kind == graph::TermKind::kIri ? "<" : "_:";
      entry.display += term.value;
      if (term.kind == graph::TermKind::kIri) entry.display += '>';
      entry.label = term.value;
      break;
    default:
      entry.display = entry.label = term.value;
      break;
  }
  return cache_.emplace(id, std::move(entry)).first->second;
}

const Labels::Entry& Labels::WithResourceLabels(graph::TermId id) const {
  const Entry& found = Lookup(id);
  if (found.resource_labels_read || !found.term || found.term->kind != graph::TermKind::kIri) {
    return found;
  }
  Entry& entry = cache_.find(id)->second;
  entry.resource_labels_read = true;
  if (!rdfs_label_) rdfs_label_ = view_.Find(graph::Term::Iri(std::string(kRdfsLabel)));
  if (!*rdfs_label_) return entry;
  bool english = false;
  for (auto c = view_.Scan({id, **rdfs_label_, {}}); c->Valid(); c->Next()) {
    auto literal = view_.GetTerm(c->triple().o);
    if (!literal || !literal->is_literal()) continue;
    if (!english && (literal->lang == "en" || literal->lang.empty())) {
      entry.label = literal->value;
      english = literal->lang == "en";
    }
    if (entry.arabic.empty() && literal->lang == "ar") entry.arabic = literal->value;
  }
  return entry;
}

const std::string& Labels::Display(graph::TermId id) const { return Lookup(id).display; }
const std::string& Labels::Label(graph::TermId id) const { return WithResourceLabels(id).label; }
const std::string& Labels::Arabic(graph::TermId id) const { return WithResourceLabels(id).arabic; }

std::string Labels::Type(graph::TermId id) const {
  const Entry& entry = Lookup(id);
  return entry.entity ? std::string(graph::EntityTypeName(entry.entity->type)) : std::string();
}

bool Labels::IsEntity(graph::TermId id) const {
  return id != graph::kNoTerm && !graph::IsLiteralId(id);
}

const graph::Term* Labels::Get(graph::TermId id) const {
  const Entry& entry = Lookup(id);
  return entry.term ? &*entry.term : nullptr;
}

}  // namespace kg::query
