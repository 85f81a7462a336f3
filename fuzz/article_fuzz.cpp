// Fuzz target: any bytes as an article, read and extracted with the real lexicons. The article
// must come out as valid UTF-8 with LF line ends, and every statement's evidence must point
// into its text, since the store cuts sentences out of the text by those offsets.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/check.h"
#include "extract/article.h"
#include "extract/extractor.h"
#include "text/text.h"

namespace {

using kg::fuzz::Fail;
using kg::fuzz::IsIsoDate;

using kg::graph::Span;

// An empty span (begin == end == 0) means "not given"; any other must lie in the text.
void CheckSpan(const Span& span, size_t code_points, const char* what) {
  if (span.begin > span.end || span.end > code_points) {
    Fail(std::string(what) + " span [" + std::to_string(span.begin) + ", " +
         std::to_string(span.end) + ") outside a text of " + std::to_string(code_points) +
         " code points");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto extractor = kg::extract::Extractor::Load(KG_DATA_DIR);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto article = kg::extract::ReadArticle("fuzz", bytes);

  if (!kg::text::RepairUtf8(article.text).bad_offsets.empty()) Fail("the text is not valid UTF-8");
  if (article.text.find('\r') != std::string::npos) Fail("the text keeps a CR");
  // The headline is the first line, or its first words and "…" when the line is very long.
  std::string_view headline = article.headline;
  if (headline.ends_with("…") && article.text.find(headline) == std::string::npos) headline.remove_suffix(3);
  if (article.text.find(headline) == std::string::npos) Fail("the headline is not in the text");
  if (kg::text::CodePoints(headline) > 300) Fail("a headline of more than 300 code points");
  if (!article.date.empty() && !IsIsoDate(article.date)) Fail("a malformed date: " + article.date);
  for (size_t offset : article.invalid_bytes) {
    if (offset >= size) Fail("an invalid byte past the input");
  }

  const size_t code_points = kg::text::CodePoints(article.text);
  for (const auto& statement : extractor.Extract(article)) {
    if (statement.subject.id.empty() || statement.object.id.empty() || statement.predicate.empty()) {
      Fail("a statement with an empty subject, predicate or object");
    }
    const auto& evidence = statement.evidence;
    if (evidence.sentence == 0) Fail("a statement without a sentence number");
    CheckSpan(evidence.sentence_span, code_points, "sentence");
    CheckSpan(evidence.trigger, code_points, "trigger");
    CheckSpan(evidence.subject, code_points, "subject");
    CheckSpan(evidence.object, code_points, "object");
    if (!(evidence.confidence >= 0.0f && evidence.confidence <= 1.0f)) Fail("a confidence outside [0, 1]");
  }
  return 0;
}
