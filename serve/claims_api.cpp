// GET /api/claims?s=&p=&o=: every claim of the matching triples with its evidence.
#include "query/error.h"
#include "query/labels.h"
#include "query/resolver.h"
#include "serve/api.h"
#include "serve/names.h"

namespace kg::serve {
namespace {

// A span of the article as a place in its sentence: code points from the sentence's start.
nlohmann::json InSentence(const graph::Span& span, const graph::Span& sentence) {
  if (span.end <= span.begin || span.begin < sentence.begin) return nullptr;
  return {{"begin", span.begin - sentence.begin}, {"end", span.end - sentence.begin}};
}

}  // namespace

nlohmann::json ClaimsJson(const graph::View& view, std::string_view subject, std::string_view predicate,
                          std::string_view object, size_t limit) {
  if (subject.empty() && object.empty()) throw query::QueryError("give s, o or both");
  const query::Script no_script;
  const query::Resolver resolver(view, no_script);
  graph::Pattern pattern;
  pattern.polarity = graph::Pattern::Polarity::kAny;
  if (!subject.empty()) pattern.s = resolver.NamedEntity(subject, "s");
  if (!object.empty()) pattern.o = resolver.NamedEntity(object, "o");
  nlohmann::json claims = nlohmann::json::array();
  bool truncated = false;
  if (!predicate.empty()) {
    pattern.p = resolver.NamedPredicate(predicate, "p");
    if (*pattern.p == graph::kNoTerm) return {{"claims", std::move(claims)}, {"truncated", false}};
  }
  const query::Labels labels(view);
  for (auto c = view.Scan(pattern); c->Valid() && !truncated; c->Next()) {
    const graph::Triple& t = c->triple();
    for (const auto& mention : view.Mentions(t)) {
      if (claims.size() == limit) {
        truncated = true;
        break;
      }
      const graph::Evidence& e = mention.evidence;
      nlohmann::json claim = {{"subject", NodeJson(labels, t.s)},
                              {"predicate", labels.Display(t.p)},
                              {"object", NodeJson(labels, t.o)},
                              {"negated", t.negated},
                              {"sentence", e.sentence},
                              {"text", view.SentenceText(mention)},
                              {"trigger", InSentence(e.trigger, e.sentence_span)},
                              {"subject_span", InSentence(e.subject, e.sentence_span)},
                              {"object_span", InSentence(e.object, e.sentence_span)},
                              {"confidence", e.confidence},
                              {"attribution", e.source}};
      if (auto document = view.GetDocument(mention.document)) {
        claim["article"] = document->name;
        claim["date"] = document->date;
        claim["title"] = document->title;
        claim["source"] = document->outlet;  // the outlet, as the query language's `source`
        claim["file"] = document->source;
      }
      claims.push_back(std::move(claim));
    }
  }
  return {{"claims", std::move(claims)}, {"truncated", truncated}};
}

}  // namespace kg::serve
