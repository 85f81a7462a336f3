#include "export/usual_arabic_names.h"

#include <utility>

namespace kg::exporter {

void UsualArabicNames::Count(const graph::Triple& t, const graph::Mention& mention) {
  CountSurface(t.s, mention.document, mention.evidence.subject);
  CountSurface(t.o, mention.document, mention.evidence.object);
}

void UsualArabicNames::CountSurface(graph::TermId node, graph::TermId document, graph::Span span) {
  if (span.end <= span.begin) return;
  auto it = texts_.find(document);
  if (it == texts_.end()) {
    if (texts_.size() >= kMaxCachedTexts) texts_.clear();  // exports this big re-read some articles
    it = texts_.try_emplace(document, view_.DocumentText(document).value_or("")).first;
  }
  const std::string_view surface = it->second.Slice(span.begin, span.end);
  if (!surface.empty()) ++surfaces_[node][std::string(surface)];
}

std::string UsualArabicNames::Of(graph::TermId id, const query::Labels& labels) const {
  auto it = surfaces_.find(id);
  if (it == surfaces_.end()) return labels.Arabic(id);
  const std::pair<const std::string, uint64_t>* best = nullptr;
  for (const auto& entry : it->second) {
    if (!best || entry.second > best->second ||
        (entry.second == best->second &&
         std::pair(text::CodePoints(entry.first), entry.first) < std::pair(text::CodePoints(best->first), best->first))) {
      best = &entry;
    }
  }
  return best->first;
}

}  // namespace kg::exporter
