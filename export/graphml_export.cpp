#include "export/graphml_export.h"

#include <libxml/xmlwriter.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "export/export_error.h"
#include "export/usual_arabic_names.h"
#include "query/labels.h"

namespace kg::exporter {
namespace {

using graph::TermId;

constexpr const char* kNamespace = "http://graphml.graphdrawing.org/xmlns";

// XML 1.0 allows no control characters but tab and line breaks, not even as references.
std::string XmlText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(c);
  }
  return out;
}

int WriteTo(void* context, const char* buffer, int length) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(buffer, length);
  return out->good() ? length : -1;
}

// libxml2's text writer over an ostream; every call's failure is an ExportError.
class Xml {
 public:
  explicit Xml(std::ostream& out) {
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(WriteTo, nullptr, &out, nullptr);
    if (!buffer) throw ExportError("cannot write the output");
    writer_.reset(xmlNewTextWriter(buffer));  // the writer owns the buffer from here
    if (!writer_) throw ExportError("cannot write the output");
    xmlTextWriterSetIndent(writer_.get(), 1);
    Check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
  }

  void Start(const char* element) { Check(xmlTextWriterStartElement(writer_.get(), Name(element))); }
  void End() { Check(xmlTextWriterEndElement(writer_.get())); }
  void Attribute(const char* name, const std::string& value) {
    Check(xmlTextWriterWriteAttribute(writer_.get(), Name(name), Name(XmlText(value).c_str())));
  }
  void Text(const std::string& text) {
    Check(xmlTextWriterWriteString(writer_.get(), Name(XmlText(text).c_str())));
  }
  // <data key="key">value</data>
  void Data(const char* key, const std::string& value) {
    Start("data");
    Attribute("key", key);
    Text(value);
    End();
  }
  void Finish() {
    Check(xmlTextWriterEndDocument(writer_.get()));
    Check(xmlTextWriterFlush(writer_.get()));
  }

 private:
  static const xmlChar* Name(const char* text) { return reinterpret_cast<const xmlChar*>(text); }
  static void Check(int result) {
    if (result < 0) throw ExportError("cannot write the output");
  }
  struct Free {
    void operator()(xmlTextWriterPtr writer) const { xmlFreeTextWriter(writer); }
  };
  std::unique_ptr<xmlTextWriter, Free> writer_;
};

struct Key {
  const char* id;
  const char* domain;  // node or edge
  const char* type;    // GraphML's attr.type
};
constexpr Key kKeys[] = {
    {"label", "node", "string"},   {"label_ar", "node", "string"}, {"type", "node", "string"},
    {"predicate", "edge", "string"}, {"claims", "edge", "int"},    {"negated", "edge", "boolean"},
    {"evidence", "edge", "string"},
};

std::string NodeId(TermId id) { return std::to_string(id).insert(0, 1, 'n'); }

// "COUNTRY", ... for entities; "resource" for imported IRIs and blank nodes; "literal".
std::string TypeOf(const query::Labels& labels, TermId id) {
  std::string type = labels.Type(id);
  if (!type.empty()) return type;
  const graph::Term* term = labels.Get(id);
  return term && term->is_literal() ? "literal" : "resource";
}

}  // namespace

GraphmlSummary WriteGraphml(const graph::View& view, const Subgraph* part, std::ostream& out) {
  std::vector<graph::Triple> triples;
  if (part) {
    triples = part->triples;
  } else {
    graph::Pattern all;
    all.polarity = graph::Pattern::Polarity::kAny;
    for (auto c = view.Scan(all); c->Valid(); c->Next()) triples.push_back(c->triple());
  }
  std::set<TermId> nodes;
  for (const auto& t : triples) {
    nodes.insert(t.s);
    nodes.insert(t.o);
  }
  const query::Labels labels(view);
  UsualArabicNames arabic(view);
  for (const auto& t : triples) {
    for (const auto& m : view.Mentions(t)) arabic.Count(t, m);
  }

  Xml xml(out);
  xml.Start("graphml");
  xml.Attribute("xmlns", kNamespace);
  for (const Key& key : kKeys) {
    xml.Start("key");
    xml.Attribute("id", key.id);
    xml.Attribute("for", key.domain);
    xml.Attribute("attr.name", key.id);
    xml.Attribute("attr.type", key.type);
    xml.End();
  }
  xml.Start("graph");
  xml.Attribute("id", "kg");
  xml.Attribute("edgedefault", "directed");
  for (TermId id : nodes) {
    xml.Start("node");
    xml.Attribute("id", NodeId(id));
    xml.Data("label", labels.Label(id));
    xml.Data("label_ar", arabic.Of(id, labels));
    xml.Data("type", TypeOf(labels, id));
    xml.End();
  }
  size_t number = 0;
  for (const auto& t : triples) {
    const auto mentions = view.Mentions(t);
    xml.Start("edge");
    xml.Attribute("id", std::to_string(number++).insert(0, 1, 'e'));
    xml.Attribute("source", NodeId(t.s));
    xml.Attribute("target", NodeId(t.o));
    xml.Data("predicate", labels.Label(t.p));
    xml.Data("claims", std::to_string(std::max<size_t>(1, mentions.size())));  // an import is one
    xml.Data("negated", t.negated ? "true" : "false");
    xml.Data("evidence", mentions.empty() ? std::string() : view.SentenceText(mentions.front()));
    xml.End();
  }
  xml.End();  // graph
  xml.End();  // graphml
  xml.Finish();
  out.flush();
  if (!out.good()) throw ExportError("cannot write the output");
  return {nodes.size(), triples.size()};
}

}  // namespace kg::exporter
