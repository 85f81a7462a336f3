// The relation extractor on sentences written for these tests: verb frames in both word orders,
// masdars, coordination, negation, hedging, backing and role triples.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/extractor.h"

namespace {

using kg::extract::Extractor;

const Extractor& TheExtractor() {
  static const Extractor extractor = Extractor::Load(KG_SOURCE_DIR "/data");
  return extractor;
}

// The triples of a text as "subject predicate object" lines, "!" before a negated predicate.
std::vector<std::string> Triples(const std::string& text) {
  const auto article = kg::extract::ReadArticle("t", text);
  std::vector<std::string> out;
  for (const auto& st : TheExtractor().Extract(article)) {
    out.push_back(st.subject.id + (st.negated ? " !" : " ") + st.predicate + " " + st.object.id);
  }
  return out;
}

bool Has(const std::vector<std::string>& triples, const std::string& triple) {
  return std::find(triples.begin(), triples.end(), triple) != triples.end();
}

}  // namespace

TEST_CASE("a verb's subject is found before it or after it") {
  CHECK(Has(Triples("هاجمت إسرائيل لبنان يوم الأحد.\n"), "israel attacked lebanon"));
  CHECK(Has(Triples("إيران هددت إسرائيل بالرد.\n"), "iran threatened israel"));
}

TEST_CASE("a light verb counts only with its noun") {
  CHECK(Has(Triples("وجهت الحكومة العراقية رسالة إلى مجلس الأمن الدولي.\n"),
            "iraq sent_letter_to un_security_council"));
  CHECK(Triples("وجهت الحكومة العراقية الشكر إلى مجلس الأمن الدولي.\n").empty());
}

TEST_CASE("coordinated objects give one triple each") {
  const auto triples = Triples("قصفت إسرائيل غزة ولبنان.\n");
  CHECK(Has(triples, "israel attacked gaza"));
  CHECK(Has(triples, "israel attacked lebanon"));
}

TEST_CASE("negation marks the triple and hedging drops it") {
  CHECK(Has(Triples("لم تهاجم إيران إسرائيل.\n"), "iran !attacked israel"));
  CHECK(Triples("قد تهاجم إيران إسرائيل.\n").empty());
  CHECK(Triples("ستهاجم إيران إسرائيل.\n").empty());
}

TEST_CASE("a group tied to a state is backed by it") {
  CHECK(Has(Triples("هاجمت الميليشيات المدعومة من إيران في العراق إسرائيل.\n"), "iran backs iraqi_armed_factions"));
}

TEST_CASE("a title gives its holder's role") {
  CHECK(Has(Triples("قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوضع خطير.\n"),
            "benjamin_netanyahu leads israel"));
}
