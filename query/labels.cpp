#include "query/labels.h"

#include <algorithm>

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
  const auto term = view_.GetTerm(id);
  return Add(id, term ? &*term : nullptr);
}

void Labels::Prefetch(std::vector<graph::TermId> ids) const {
  std::erase_if(ids, [this](graph::TermId id) { return cache_.contains(id); });
  std::ranges::sort(ids);
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  // Grown geometrically: reserving each batch's exact size rehashed the whole cache per batch
  // (a result of 114,000 rows spent a sixth of its time there).
  const size_t needed = cache_.size() + ids.size();
  if (needed > cache_.bucket_count() * cache_.max_load_factor()) cache_.reserve(2 * needed);
  auto missing = ids.begin();
  view_.GetTerms(ids, [&](graph::TermId id, const graph::Term& term) {
    // Ids the store does not know fall between those it does.
    for (; *missing != id; ++missing) Add(*missing, nullptr);
    ++missing;
    Add(id, &term);
  });
  for (; missing != ids.end(); ++missing) Add(*missing, nullptr);
}

const Labels::Entry& Labels::Add(graph::TermId id, const graph::Term* term) const {
  Entry entry;
  if (!term) {
    entry.display = std::to_string(id);
    entry.display.insert(entry.display.begin(), '#');
  } else if (term->kind == graph::TermKind::kEntity) {
    // An entity displays as its label: its details are read now.
    entry.details = std::make_unique<Details>();
    entry.details->entity = view_.GetEntity(id);
    const auto& entity = entry.details->entity;
    entry.display = entity && !entity->label.empty() ? entity->label : term->value;
    entry.details->term = *term;
  } else if (term->kind == graph::TermKind::kIri || term->kind == graph::TermKind::kBlank) {
    const bool iri = term->kind == graph::TermKind::kIri;
    entry.display.reserve(term->value.size() + 3);
    entry.display = iri ? "<" : "_:";
    entry.display += term->value;
    if (iri) entry.display += '>';
  } else {
    entry.display = term->value;
  }
  return cache_.emplace(id, std::move(entry)).first->second;
}

const Labels::Details& Labels::WithDetails(graph::TermId id) const {
  const Entry& found = Lookup(id);
  if (found.details) return *found.details;
  Entry& entry = cache_.find(id)->second;
  entry.details = std::make_unique<Details>();
  entry.details->term = view_.GetTerm(id);
  return *entry.details;
}

const Labels::Details& Labels::WithNames(graph::TermId id) const {
  WithDetails(id);
  Details& details = *cache_.find(id)->second.details;
  if (details.names_read) return details;
  details.names_read = true;
  if (!details.term) {
    details.label = Lookup(id).display;
    return details;
  }
  const graph::Term& term = *details.term;
  if (term.kind == graph::TermKind::kEntity) {
    details.label = details.entity && !details.entity->label.empty() ? details.entity->label : term.value;
    if (details.entity) {
      for (const auto& alias : details.entity->aliases) {
        if (IsArabic(alias)) {
          details.arabic = alias;
          break;
        }
      }
    }
    return details;
  }
  details.label = term.value;
  if (term.kind != graph::TermKind::kIri) return details;
  if (!rdfs_label_) rdfs_label_ = view_.Find(graph::Term::Iri(std::string(kRdfsLabel)));
  if (!*rdfs_label_) return details;
  bool english = false;
  for (auto c = view_.Scan({id, **rdfs_label_, {}}); c->Valid(); c->Next()) {
    auto literal = view_.GetTerm(c->triple().o);
    if (!literal || !literal->is_literal()) continue;
    if (!english && (literal->lang == "en" || literal->lang.empty())) {
      details.label = literal->value;
      english = literal->lang == "en";
    }
    if (details.arabic.empty() && literal->lang == "ar") details.arabic = literal->value;
  }
  return details;
}

const std::string& Labels::Display(graph::TermId id) const { return Lookup(id).display; }
const std::string& Labels::Label(graph::TermId id) const { return WithNames(id).label; }
const std::string& Labels::Arabic(graph::TermId id) const { return WithNames(id).arabic; }

std::string Labels::Type(graph::TermId id) const {
  const Details& details = WithDetails(id);
  return details.entity ? std::string(graph::EntityTypeName(details.entity->type)) : std::string();
}

bool Labels::IsEntity(graph::TermId id) const {
  return id != graph::kNoTerm && !graph::IsLiteralId(id);
}

const graph::Term* Labels::Get(graph::TermId id) const {
  const Details& details = WithDetails(id);
  return details.term ? &*details.term : nullptr;
}

}  // namespace kg::query
