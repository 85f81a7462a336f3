#include "export/ontology.h"

#include <string_view>

#include "export/rdf_names.h"
#include "export/rdf_vocabulary.h"
#include "graph/schema.h"

namespace kg::exporter {
namespace {

struct ClassText {
  graph::EntityType type;
  std::string_view en, ar, comment;
};

constexpr ClassText kClasses[] = {
    {graph::EntityType::kUnknown, "entity", "كيان", "A named actor or place that kg extracted from the news."},
    {graph::EntityType::kCountry, "country", "دولة", "A state, with its government, ministries, army and capital used as an actor."},
    {graph::EntityType::kPlace, "place", "مكان", "A city, region or site named as a place."},
    {graph::EntityType::kOrg, "organisation", "منظمة", "An international body, party or coalition."},
    {graph::EntityType::kArmedGroup, "armed group", "جماعة مسلحة", "A militia, armed faction or military corps."},
    {graph::EntityType::kPerson, "person", "شخص", "A named person."},
    {graph::EntityType::kMedia, "media", "وسيلة إعلام", "A news source; not an actor."},
};

// The properties of articles and of the claims read in them.
struct PropertyText {
  std::string_view id, en, ar, range, comment;
  bool object;  // an object property (its range is a class), else a datatype property
};

constexpr PropertyText kClaimProperties[] = {
    {"negated", "negated", "منفي", "boolean", "Whether the article denies the claim rather than asserting it.", false},
    {"article", "read in", "ورد في", "", "The article the claim was read in.", true},
    {"sentence", "sentence number", "رقم الجملة", "integer", "The sentence of the article that states the claim, from 1.", false},
    {"evidence", "evidence", "الدليل", "string", "The text of that sentence.", false},
    {"trigger", "trigger", "الكلمة الدالة", "string", "The words that carry the predicate.", false},
    {"confidence", "confidence", "الثقة", "decimal", "How sure the extractor is, from 0 to 1.", false},
    {"attributedTo", "attributed to", "منسوب إلى", "string", "Who the article says made the claim, when it reports someone.", false},
    {"name", "article name", "اسم المقال", "string", "The article's name in the store (its file name without .txt).", false},
};

}  // namespace

uint64_t WriteOntology(RdfSyntax syntax, std::ostream& out) {
  RdfWriter writer(syntax, out,
                   {{"rdf", std::string(ns::kRdf)},
                    {"rdfs", std::string(ns::kRdfs)},
                    {"owl", std::string(ns::kOwl)},
                    {"xsd", std::string(ns::kXsd)},
                    {"kg", std::string(ns::kKg)}});
  const Vocabulary v;
  auto owl = [](std::string_view local) { return Vocabulary::In(ns::kOwl, local); };
  auto rdfs = [](std::string_view local) { return Vocabulary::In(ns::kRdfs, local); };
  auto labelled = [&](const RdfNode& subject, std::string_view en, std::string_view ar, std::string_view comment) {
    writer.Write(subject, v.label, RdfNode::Literal(std::string(en), "en"));
    writer.Write(subject, v.label, RdfNode::Literal(std::string(ar), "ar"));
    if (!comment.empty()) writer.Write(subject, rdfs("comment"), RdfNode::Literal(std::string(comment), "en"));
  };

  const RdfNode ontology = RdfNode::Iri(std::string(ns::kKgOntology));
  writer.Write(ontology, v.type, owl("Ontology"));
  labelled(ontology, "kg news-graph schema", "مخطط شبكة الأخبار",
           "Who did what to whom in Arabic political news: the entity types and predicates of kg's "
           "schema, and the articles and claims its exports carry.");

  const RdfNode entity = RdfNode::Iri(ClassIri(graph::EntityType::kUnknown));
  for (const auto& c : kClasses) {
    const RdfNode node = RdfNode::Iri(ClassIri(c.type));
    writer.Write(node, v.type, owl("Class"));
    if (c.type != graph::EntityType::kUnknown) writer.Write(node, rdfs("subClassOf"), entity);
    labelled(node, c.en, c.ar, c.comment);
  }
  writer.Write(v.article_class, v.type, owl("Class"));
  labelled(v.article_class, "article", "مقال", "A news article kg read; in N-Quads, also the named graph of what it states.");

  for (const auto& p : graph::SchemaPredicates()) {
    const RdfNode node = RdfNode::Iri(RdfNames::Predicate(p.id));
    writer.Write(node, v.type, owl("ObjectProperty"));
    if (p.symmetric) writer.Write(node, v.type, owl("SymmetricProperty"));
    labelled(node, p.label_en, p.label_ar, {});
    writer.Write(node, rdfs("domain"), entity);
    writer.Write(node, rdfs("range"), entity);
  }

  for (const auto& p : kClaimProperties) {
    const RdfNode node = RdfNode::Iri(Kg(p.id));
    writer.Write(node, v.type, owl(p.object ? "ObjectProperty" : "DatatypeProperty"));
    labelled(node, p.en, p.ar, p.comment);
    const bool of_article = p.id == "name";
    writer.Write(node, rdfs("domain"), of_article ? v.article_class : v.statement);
    writer.Write(node, rdfs("range"), p.object ? v.article_class : RdfNode::Iri(Xsd(p.range)));
  }
  writer.Finish();
  return writer.statements();
}

}  // namespace kg::exporter
