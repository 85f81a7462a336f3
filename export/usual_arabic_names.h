// The Arabic name the articles use most for each entity, counted from the words its mentions
// span: Iraq is الحكومة العراقية in one sentence and العراق in twenty, and a drawing or a network
// file shows the second beside the English label.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "graph/store.h"
#include "query/labels.h"
#include "text/text.h"

namespace kg::exporter {

class UsualArabicNames {
 public:
  explicit UsualArabicNames(const graph::View& view) : view_(view) {}

  // Counts the words of one mention of t for its subject and for its object.
  void Count(const graph::Triple& t, const graph::Mention& mention);

  // The name counted most for the entity (the shorter on a tie), else the first Arabic name the
  // store knows for it.
  std::string Of(graph::TermId id, const query::Labels& labels) const;

 private:
  void CountSurface(graph::TermId node, graph::TermId document, graph::Span span);

  static constexpr size_t kMaxCachedTexts = 1000;

  const graph::View& view_;
  std::unordered_map<graph::TermId, text::IndexedText> texts_;  // articles whose words were read
  std::unordered_map<graph::TermId, std::unordered_map<std::string, uint64_t>> surfaces_;
};

}  // namespace kg::exporter
