#include "export/rdf_export.h"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <unordered_map>

#include "export/rdf_vocabulary.h"
#include "text/text.h"

namespace kg::exporter {
namespace {

using graph::TermId;
using graph::Triple;

// A date kg keeps as ISO 8601 (YYYY-MM-DD) is written as an xsd:date; anything else as text.
bool IsIsoDate(std::string_view date) {
  if (date.size() != 10) return false;
  for (size_t i = 0; i < date.size(); ++i) {
    const bool ok = i == 4 || i == 7 ? date[i] == '-' : date[i] >= '0' && date[i] <= '9';
    if (!ok) return false;
  }
  return true;
}

// The shortest decimal that reads back as the same float (0.85, 1): no exponent, as xsd:decimal
// requires.
std::string DecimalText(float value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return std::string(buffer, result.ptr);
}

// One claim read in an article: the triple and the mention that carries it.
struct Claim {
  Triple triple;
  graph::Mention mention;
};

// Claims in reading order: by sentence, then by where their words stand in it.
bool ReadsBefore(const Claim& a, const Claim& b) {
  const auto& x = a.mention.evidence;
  const auto& y = b.mention.evidence;
  return std::tie(x.sentence, x.trigger, x.subject, x.object, a.triple) <
         std::tie(y.sentence, y.trigger, y.subject, y.object, b.triple);
}

class RdfExporter {
 public:
  RdfExporter(const graph::View& view, const RdfNames& names, RdfWriter& out)
      : view_(view), names_(names), out_(out), has_articles_(view.Stats().documents > 0) {}

  void WholeGraph() {
    // Entities first, each followed by its asserted triples, so that Turtle groups them.
    view_.ForEachEntity([&](TermId id, const graph::EntityInfo& entity) {
      Describe(id, entity);
      graph::Pattern pattern;
      pattern.s = id;
      for (auto c = view_.Scan(pattern); c->Valid(); c->Next()) Assert(c->triple());
    });
    // Then the subjects that are not entities (imported resources), in SPO order.
    TermId last = graph::kNoTerm;
    bool entity = false;
    for (auto c = view_.Scan(graph::Pattern{}); c->Valid(); c->Next()) {
      const Triple& t = c->triple();
      if (t.s != last) {
        last = t.s;
        entity = view_.GetEntity(t.s).has_value();
      }
      if (!entity) Assert(t);
    }
    for (const auto& doc : view_.Documents()) Article(doc, nullptr);
  }

  void Part(const Subgraph& part) {
    std::vector<TermId> ends;
    for (const Triple& t : part.triples) {
      for (TermId end : {t.s, t.o}) {
        if (!graph::IsLiteralId(end)) ends.push_back(end);
      }
    }
    std::ranges::sort(ends);
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    // Subjects in id order, each described (when an entity) and followed by its triples.
    size_t i = 0, j = 0;
    while (i < part.triples.size() || j < ends.size()) {
      const TermId subject = std::min(i < part.triples.size() ? part.triples[i].s : ~TermId{0},
                                      j < ends.size() ? ends[j] : ~TermId{0});
      if (j < ends.size() && ends[j] == subject) {
        if (auto entity = view_.GetEntity(subject)) Describe(subject, *entity);
        ++j;
      }
      for (; i < part.triples.size() && part.triples[i].s == subject; ++i) {
        if (!part.triples[i].negated) Assert(part.triples[i]);
      }
    }
    std::vector<TermId> documents;
    for (const Triple& t : part.triples) {
      for (const auto& m : view_.Mentions(t)) documents.push_back(m.document);
    }
    std::ranges::sort(documents);
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    for (TermId id : documents) {
      if (auto doc = view_.GetDocument(id)) Article(*doc, &part.triples);
    }
  }

 private:
  RdfNode Node(TermId id) {
    if (auto it = cache_.find(id); it != cache_.end()) return it->second;
    if (cache_.size() >= kCacheSize) cache_.clear();
    auto term = view_.GetTerm(id);
    if (!term) throw graph::StoreError("term #" + std::to_string(id) + " does not resolve: run kg check");
    RdfNode node;
    switch (term->kind) {
      case graph::TermKind::kEntity: node = RdfNode::Iri(names_.Entity(term->value)); break;
      case graph::TermKind::kPredicate: node = RdfNode::Iri(RdfNames::Predicate(term->value)); break;
      case graph::TermKind::kIri: node = RdfNode::Iri(term->value); break;
      // Labels of one export: an import gives blank nodes labels of its own anyway.
      case graph::TermKind::kBlank: node = RdfNode::Blank(std::string("b").append(std::to_string(id))); break;
      case graph::TermKind::kLiteral:
        node = RdfNode::Literal(term->value, term->lang, term->datatype);
        break;
      case graph::TermKind::kDocument: node = RdfNode::Iri(names_.Article(term->value)); break;
    }
    return cache_.emplace(id, std::move(node)).first->second;
  }

  void Describe(TermId id, const graph::EntityInfo& entity) {
    const RdfNode subject = Node(id);
    out_.Write(subject, vocabulary_.type, RdfNode::Iri(ClassIri(entity.type)));
    if (!entity.label.empty()) out_.Write(subject, vocabulary_.label, RdfNode::Literal(entity.label, "en"));
    std::vector<std::string> aliases = entity.aliases;
    std::ranges::sort(aliases);
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    for (auto& alias : aliases) {
      if (!alias.empty()) out_.Write(subject, vocabulary_.label, RdfNode::Literal(std::move(alias), "ar"));
    }
  }

  // An asserted triple in the default graph. N-Quads keeps there only what an import supports:
  // what articles state goes into their graphs.
  void Assert(const Triple& t) {
    if (t.negated) return;
    // Without articles every triple stands on an import: no need to ask the store.
    if (out_.quads() && has_articles_ && !view_.ImportSupported(t)) return;
    out_.Write(Node(t.s), Node(t.p), Node(t.o));
  }

  // The article's metadata and the claims read in it; with keep, only the claims of those
  // triples (and nothing when it states none of them). Claims are numbered over the whole
  // article, in reading order, so a claim has the same IRI in every export of the store.
  void Article(const graph::DocumentInfo& doc, const std::vector<Triple>* keep) {
    auto kept = [&](const Triple& t) { return !keep || std::ranges::binary_search(*keep, t); };
    const std::vector<Triple> triples = view_.DocumentTriples(doc.id);
    if (!std::ranges::any_of(triples, kept)) return;
    std::vector<Claim> claims;
    for (const Triple& t : triples) {
      for (auto& m : view_.Mentions(t)) {
        if (m.document == doc.id) claims.push_back({t, std::move(m)});
      }
    }
    std::ranges::sort(claims, ReadsBefore);

    const std::string graph_iri = names_.Article(doc.name);
    const RdfNode article = RdfNode::Iri(graph_iri);
    out_.Write(article, vocabulary_.type, vocabulary_.article_class);
    out_.Write(article, vocabulary_.name, RdfNode::Literal(doc.name));
    if (!doc.title.empty()) out_.Write(article, vocabulary_.title, RdfNode::Literal(doc.title));
    if (!doc.date.empty()) {
      out_.Write(article, vocabulary_.date,
                 IsIsoDate(doc.date) ? RdfNode::Literal(doc.date, {}, Xsd("date")) : RdfNode::Literal(doc.date));
    }
    if (!doc.source.empty()) out_.Write(article, vocabulary_.source, RdfNode::Literal(doc.source));
    if (!doc.outlet.empty()) out_.Write(article, vocabulary_.publisher, RdfNode::Literal(doc.outlet));
    if (out_.quads()) {
      for (const Triple& t : triples) {
        if (!t.negated && kept(t)) out_.Write(Node(t.s), Node(t.p), Node(t.o), graph_iri);
      }
    }

    const text::IndexedText text(view_.DocumentText(doc.id).value_or(""));
    const std::string& graph = out_.quads() ? graph_iri : kDefaultGraph;
    for (size_t i = 0; i < claims.size(); ++i) {
      const Claim& claim = claims[i];
      if (!kept(claim.triple)) continue;
      const auto& e = claim.mention.evidence;
      const RdfNode m = RdfNode::Iri(names_.Mention(doc.name, static_cast<uint32_t>(i + 1)));
      const Triple& t = claim.triple;
      out_.Write(m, vocabulary_.type, vocabulary_.statement, graph);
      out_.Write(m, vocabulary_.subject, Node(t.s), graph);
      out_.Write(m, vocabulary_.predicate, Node(t.p), graph);
      out_.Write(m, vocabulary_.object, Node(t.o), graph);
      out_.Write(m, vocabulary_.negated, RdfNode::Literal(t.negated ? "true" : "false", {}, Xsd("boolean")), graph);
      out_.Write(m, vocabulary_.article, article, graph);
      out_.Write(m, vocabulary_.sentence, RdfNode::Literal(std::to_string(e.sentence), {}, Xsd("integer")), graph);
      if (auto sentence = text.Slice(e.sentence_span.begin, e.sentence_span.end); !sentence.empty()) {
        out_.Write(m, vocabulary_.evidence, RdfNode::Literal(std::string(sentence)), graph);
      }
      if (auto trigger = text.Slice(e.trigger.begin, e.trigger.end); !trigger.empty()) {
        out_.Write(m, vocabulary_.trigger, RdfNode::Literal(std::string(trigger)), graph);
      }
      out_.Write(m, vocabulary_.confidence, RdfNode::Literal(DecimalText(e.confidence), {}, Xsd("decimal")), graph);
      if (!e.source.empty()) out_.Write(m, vocabulary_.attributed_to, RdfNode::Literal(e.source), graph);
    }
  }

  static constexpr size_t kCacheSize = 1 << 16;
  inline static const std::string kDefaultGraph;

  const graph::View& view_;
  const RdfNames& names_;
  RdfWriter& out_;
  const bool has_articles_;
  const Vocabulary vocabulary_;
  std::unordered_map<TermId, RdfNode> cache_;
};

}  // namespace

std::vector<RdfPrefix> ExportPrefixes(const RdfNames& names) {
  return {{"rdf", std::string(ns::kRdf)},         {"rdfs", std::string(ns::kRdfs)},
          {"xsd", std::string(ns::kXsd)},         {"dcterms", std::string(ns::kDcterms)},
          {"kg", std::string(ns::kKg)},           {"entity", names.EntityPrefix()},
          {"article", names.ArticlePrefix()}};
}

uint64_t WriteRdf(const graph::View& view, const Subgraph* part, const RdfOptions& options,
                  std::ostream& out) {
  const RdfNames names(options.base);
  RdfWriter writer(options.syntax, out, ExportPrefixes(names));
  RdfExporter exporter(view, names, writer);
  if (part) {
    exporter.Part(*part);
  } else {
    exporter.WholeGraph();
  }
  writer.Finish();
  return writer.statements();
}

}  // namespace kg::exporter
