#include "export/dot_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "export/export_error.h"
#include "export/rdf_names.h"
#include "export/usual_arabic_names.h"
#include "query/labels.h"
#include "text/text.h"

namespace kg::exporter {
namespace {

using graph::TermId;

constexpr size_t kMaxLiteralChars = 40;  // a long literal is cut, with an ellipsis

struct Style {
  const char* shape;
  const char* fill;
};

// One look per type; the legend is in docs/export.md.
Style StyleOf(graph::EntityType type) {
  switch (type) {
    case graph::EntityType::kCountry: return {"ellipse", "#cfe2f3"};
    case graph::EntityType::kPlace: return {"hexagon", "#d9ead3"};
    case graph::EntityType::kOrg: return {"box", "#fff2cc"};
    case graph::EntityType::kArmedGroup: return {"octagon", "#f4cccc"};
    case graph::EntityType::kPerson: return {"egg", "#e6dcf5"};
    case graph::EntityType::kMedia: return {"note", "#eeeeee"};
    case graph::EntityType::kUnknown: break;
  }
  return {"ellipse", "#ffffff"};
}

std::string_view LocalName(std::string_view iri) {
  const size_t cut = iri.find_last_of("/#");
  return cut == std::string_view::npos || cut + 1 == iri.size() ? iri : iri.substr(cut + 1);
}

// text inside a quoted DOT string: quotes escaped; backslashes, which Graphviz reads as its
// escapes (\N, \l) in tooltips, and control characters dropped; line breaks as spaces.
std::string DotQuoted(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\n' || c == '\t') {
      out.push_back(' ');
    } else if (c != '\\' && (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)) {
      out.push_back(c);
    }
  }
  return out;
}

// The edges between two nodes that are drawn as one: same ends, same direction (or none, for
// symmetric predicates), same polarity.
struct EdgeKey {
  TermId s, o;
  bool undirected;
  bool negated;
  auto operator<=>(const EdgeKey&) const = default;
};

// What the drawing needs to know of a predicate, looked up once.
struct PredicateLook {
  std::string label;
  bool symmetric = false;
  bool is_label = false;  // rdfs:label: names its subject rather than being drawn
};

class DotBuilder {
 public:
  DotBuilder(const graph::View& view, TermId focus) : view_(view), labels_(view), focus_(focus), arabic_(view) {}

  void Add(const graph::Triple& t) {
    const PredicateLook& look = Look(t.p);
    if (look.is_label) return;
    TermId s = t.s, o = t.o;
    if (look.symmetric && o < s) std::swap(s, o);
    // The claims behind the triple; an imported triple counts once.
    const auto mentions = view_.Mentions(t);
    const EdgeKey key{s, o, look.symmetric, t.negated};
    edges_[key][t.p] += std::max<uint64_t>(1, mentions.size());
    if (!mentions.empty() && !evidence_.contains(key)) evidence_[key] = view_.SentenceText(mentions.front());
    nodes_.insert(s);
    nodes_.insert(o);
    for (const auto& m : mentions) arabic_.Count(t, m);
  }

  DotSummary Write(std::ostream& out) {
    out << "digraph kg {\n"
           "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"DejaVu Sans\", nodesep=0.3, ranksep=0.6];\n"
           "  node [style=filled, fontname=\"DejaVu Sans\", fontsize=11, color=\"#666666\"];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n";
    for (TermId id : nodes_) WriteNode(out, id);
    size_t edges = 0;
    for (const auto& [key, counts] : edges_) {
      WriteEdge(out, key, counts);
      edges += counts.size();
    }
    out << "}\n";
    out.flush();
    if (!out.good()) throw ExportError("cannot write the output");
    return {nodes_.size(), edges};
  }

 private:
  const PredicateLook& Look(TermId p) {
    auto [it, inserted] = predicates_.try_emplace(p);
    if (!inserted) return it->second;
    PredicateLook& look = it->second;
    const graph::Term* term = labels_.Get(p);
    if (term && term->kind == graph::TermKind::kPredicate) {
      look.label = term->value;
      const auto* schema = graph::FindSchemaPredicate(term->value);
      look.symmetric = schema && schema->symmetric;
    } else if (term && term->kind == graph::TermKind::kIri) {
      look.is_label = term->value == std::string(ns::kRdfs) + "label";
      const std::string& label = labels_.Label(p);
      look.label = label == term->value ? std::string(LocalName(term->value)) : label;
    } else {
      look.label = labels_.Display(p);
    }
    return look;
  }

  void WriteNode(std::ostream& out, TermId id) {
    const graph::Term* term = labels_.Get(id);
    std::string label;
    Style style{"ellipse", "#ffffff"};
    if (term && term->kind == graph::TermKind::kLiteral) {
      label = term->value;
      if (text::CodePoints(label) > kMaxLiteralChars) {
        label = std::string(text::CodePointSlice(label, 0, kMaxLiteralChars)) + "…";
      }
      style = {"plaintext", "#ffffff"};
    } else {
      label = labels_.Label(id);
      if (term && term->kind == graph::TermKind::kIri && label == term->value) label = LocalName(label);
      const std::string arabic = arabic_.Of(id, labels_);
      if (!arabic.empty() && arabic != label) label += "\n" + arabic;
      if (auto entity = view_.GetEntity(id)) style = StyleOf(entity->type);
    }
    out << "  n" << id << " [label=<" << DotHtmlText(label) << ">, shape=" << style.shape
        << ", fillcolor=\"" << style.fill << "\"";
    if (id == focus_) out << ", penwidth=2.5, color=\"#000000\"";
    out << "];\n";
  }

  // One line per predicate, the most stated first: "attacked ×3".
  void WriteEdge(std::ostream& out, const EdgeKey& key, const std::map<TermId, uint64_t>& counts) {
    std::vector<std::pair<uint64_t, std::string>> lines;
    uint64_t total = 0;
    for (const auto& [p, count] : counts) {
      std::string line = (key.negated ? "!" : "") + Look(p).label;
      if (count > 1) line += " ×" + std::to_string(count);
      lines.emplace_back(count, std::move(line));
      total += count;
    }
    std::ranges::sort(lines, [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::string label;
    for (const auto& [count, line] : lines) label += (label.empty() ? "" : "\n") + line;
    out << "  n" << key.s << " -> n" << key.o << " [label=<" << DotHtmlText(label) << ">";
    if (total > 1) {
      char width[16];
      std::snprintf(width, sizeof width, "%.1f", 1 + std::log2(static_cast<double>(total)));
      out << ", penwidth=" << width;
    }
    if (key.undirected) out << ", dir=none";
    if (key.negated) out << ", style=dashed, color=\"#cc0000\", fontcolor=\"#cc0000\"";
    // In an SVG, hovering the edge shows the sentence of its first claim.
    if (auto it = evidence_.find(key); it != evidence_.end()) out << ", tooltip=\"" << DotQuoted(it->second) << "\"";
    out << "];\n";
  }

  const graph::View& view_;
  query::Labels labels_;
  TermId focus_;
  std::unordered_map<TermId, PredicateLook> predicates_;
  std::set<TermId> nodes_;
  std::map<EdgeKey, std::map<TermId, uint64_t>> edges_;  // predicate -> claims
  std::map<EdgeKey, std::string> evidence_;               // the first claim's sentence
  UsualArabicNames arabic_;
};

}  // namespace

std::string DotHtmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<BR/>"; break;
      case '\t': out.push_back(' '); break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out.push_back(c);
    }
  }
  return out;
}

DotSummary WriteDot(const graph::View& view, const Subgraph* part, std::ostream& out,
                    graph::TermId focus) {
  DotBuilder builder(view, focus);
  if (part) {
    for (const auto& t : part->triples) builder.Add(t);
  } else {
    graph::Pattern all;
    all.polarity = graph::Pattern::Polarity::kAny;
    for (auto c = view.Scan(all); c->Valid(); c->Next()) builder.Add(c->triple());
  }
  return builder.Write(out);
}

}  // namespace kg::exporter
