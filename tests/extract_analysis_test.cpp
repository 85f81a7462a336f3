// Sentences, tokens, clitics, dates and the reading of articles. The sentences are made up
// for the tests.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/clitics.h"
#include "extract/date.h"
#include "extract/lexicon.h"
#include "text/text.h"

using namespace kg::extract;

namespace {

const Lexicon& TestLexicon() {
  static const Lexicon lexicon = Lexicon::Load(KG_SOURCE_DIR "/data");
  return lexicon;
}

std::string SentenceText(const Analysis& a, size_t i) {
  return std::string(a.Surface(a.sentences().at(i).span));
}

}  // namespace

TEST_CASE("sentences end at full stops, question and exclamation marks and line ends") {
  const std::string text =
      "عنوان الخبر\nوصل الوفد إلى المدينة. هل تنجح المحادثات؟ لا أحد يعرف! وانتهى اللقاء.";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.sentences().size() == 5);
  CHECK(SentenceText(a, 0) == "عنوان الخبر");
  CHECK(SentenceText(a, 1) == "وصل الوفد إلى المدينة.");
  CHECK(SentenceText(a, 2) == "هل تنجح المحادثات؟");
  CHECK(SentenceText(a, 3) == "لا أحد يعرف!");
}

TEST_CASE("a closing quotation mark stays with its sentence and abbreviations do not split") {
  const std::string text = "قال د. سامر النعيمي: \"الوضع مستقر.\" وأضاف أن الحوار مستمر.";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.sentences().size() == 2);
  CHECK(SentenceText(a, 0) == "قال د. سامر النعيمي: \"الوضع مستقر.\"");
  CHECK(SentenceText(a, 1) == "وأضاف أن الحوار مستمر.");
}

TEST_CASE("a full stop between short parts of a name does not split, one between words does") {
  const std::string text = "وقال لموقع العربية.نت ولشبكة سي.إن.إن إن الوفد وصل إلى الموصل.وفي اليوم التالي عاد.";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.sentences().size() == 2);
  CHECK(SentenceText(a, 0) == "وقال لموقع العربية.نت ولشبكة سي.إن.إن إن الوفد وصل إلى الموصل.");
  CHECK(SentenceText(a, 1) == "وفي اليوم التالي عاد.");
}

TEST_CASE("tokens and sentences index the original text, diacritics and tatweel included") {
  const std::string text = "أعلنت الحكومـــة العراقيّة موقفها.";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.tokens().size() == 5);
  CHECK(a.Surface(a.tokens()[1]) == "الحكومـــة");
  CHECK(a.Key(a.tokens()[1]) == kg::text::MatchKey("الحكومة"));
  CHECK(a.Surface(a.tokens()[2]) == "العراقيّة");
  CHECK(a.tokens()[4].kind == TokenKind::kPunct);
  CHECK(a.CodePoint(a.tokens()[2].span.begin) == 17);  // 5 + 1 + 10 + 1
  CHECK(a.CodePoint(static_cast<uint32_t>(text.size())) == kg::text::CodePoints(text));
}

TEST_CASE("clitics split off only when the rest is a known word") {
  const WordSet& known = TestLexicon().words();
  std::vector<std::string> keys;  // the splits view their keys
  keys.reserve(8);
  auto split = [&](std::string_view word) {
    keys.push_back(kg::text::MatchKey(word));
    return SplitClitics(keys.back(), known);
  };

  auto wa_bi_al = split("وبالعراق");
  CHECK(wa_bi_al.proclitics == (kConjWa | kPrepBi | kArticle));
  CHECK(wa_bi_al.base == kg::text::MatchKey("العراق"));

  auto lil = split("للحكومة");  // ل + ال written لل
  CHECK(lil.proclitics == (kPrepLi | kArticle));
  CHECK(lil.base == kg::text::MatchKey("حكومة"));

  auto whole = split("لبنان");  // a known word is not ل + بنان
  CHECK(whole.proclitics == 0);
  CHECK(whole.base == kg::text::MatchKey("لبنان"));

  auto suffix = split("حكومتها");  // ta marbuta comes back before a pronoun suffix
  CHECK(suffix.enclitic);
  CHECK(suffix.ta_marbuta);

  auto unknown = split("وخزنة");  // the rest is no known word: no split
  CHECK(unknown.proclitics == 0);
}

TEST_CASE("the analysis keeps each token's base for lookups") {
  const std::string text = "ولإيران موقف";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.tokens().size() == 2);
  CHECK(a.tokens()[0].proclitics == (kConjWa | kPrepLi));
  CHECK(a.Base(a.tokens()[0]) == kg::text::MatchKey("إيران"));
}

TEST_CASE("nothing is split off a word that begins with the article") {
  // MatchKey takes the article off الفاسد and الفرقة; what is left is no ف + أسد, no ف + رقة.
  const std::string text = "الفاسد الفرقة والفرقة";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.tokens().size() == 3);
  CHECK(a.tokens()[0].proclitics == 0);
  CHECK(a.Base(a.tokens()[0]) == kg::text::MatchKey("فاسد"));
  CHECK(a.tokens()[1].proclitics == 0);
  CHECK(a.Base(a.tokens()[1]) == kg::text::MatchKey("فرقة"));
}

TEST_CASE("a preposition read off by a stem alone needs a word the dictionary knows") {
  // لوبلان looks like ل on a stem the lexicons know, and so does لمقاتلين; the first is a
  // foreign family name, no Arabic word, and the second ل + an inflection of مقاتل, which the
  // dictionary knows.
  const std::string leblanc = kg::text::MatchKey("لوبلان"), fighters = kg::text::MatchKey("لمقاتلين");
  REQUIRE(SplitClitics(leblanc, TestLexicon().words()).by_stem);
  REQUIRE(SplitClitics(fighters, TestLexicon().words()).by_stem);

  const std::string text = "قالت راشيل لوبلان لمقاتلين";
  const Analysis a = Analyze(text, TestLexicon().words(), TestLexicon().dictionary());
  REQUIRE(a.tokens().size() == 4);
  CHECK(a.tokens()[2].proclitics == 0);
  CHECK(a.Base(a.tokens()[2]) == leblanc);
  CHECK(a.tokens()[3].proclitics == kPrepLi);
}

TEST_CASE("dates: numeric, English and Arabic, and relative to the article's date") {
  auto dates = FindDates("السبت 2023/03/04 وفي 12-05-2022");
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].date.Iso() == "2023-03-04");
  CHECK(dates[1].date.Iso() == "2022-05-12");

  CHECK(FindDates("posted March 3, 2021 at noon").at(0).date.Iso() == "2021-03-03");
  CHECK(FindDates("جرى ذلك في 7 شباط 2019").at(0).date.Iso() == "2019-02-07");

  const Date reference{2023, 3, 4};
  const std::string text = "وقع الهجوم في 9 ديسمبر الماضي، وتعقد القمة في 2 يناير المقبل.";
  auto relative = FindDates(text, reference);
  REQUIRE(relative.size() == 2);
  CHECK(relative[0].date.Iso() == "2022-12-09");
  CHECK(relative[0].relative);
  CHECK(text.substr(relative[0].span.begin, relative[0].span.end - relative[0].span.begin) ==
        "9 ديسمبر الماضي");
  CHECK(relative[1].date.Iso() == "2024-01-02");
  CHECK(FindDates(text).empty());  // no reference, no year
}

TEST_CASE("reading: BOM, CRLF, headline and the article's date") {
  const auto article = ReadArticle("a", "\xEF\xBB\xBF\r\nعنوان\r\nالأحد 2022/01/30\r\nنص");
  CHECK(article.text == "\nعنوان\nالأحد 2022/01/30\nنص");
  CHECK(article.headline == "عنوان");
  CHECK(article.date == "2022-01-30");
}

TEST_CASE("a text without line breaks gives its first words as the headline") {
  std::string words;
  for (int i = 0; i < 100; ++i) words += "قالت الحكومة ";
  const auto article = ReadArticle("a", words);
  CHECK(article.text == words);
  CHECK_THAT(article.headline, Catch::StartsWith("قالت الحكومة قالت") && Catch::EndsWith("الحكومة…"));
  CHECK(kg::text::CodePoints(article.headline) <= 301);
  const std::string exact(300, 'x');
  CHECK(ReadArticle("b", exact).headline == exact);
}

TEST_CASE("bad UTF-8 is reported by offset and replaced, and the rest is read") {
  const std::string bytes = "خبر\n\xFF\xFE" "وصل الوزير.";
  const auto article = ReadArticle("bad", bytes);
  REQUIRE(article.invalid_bytes.size() == 2);
  CHECK(article.invalid_bytes[0] == 7);
  CHECK(article.text.find("\uFFFD") != std::string::npos);
  const Analysis a = Analyze(article.text, TestLexicon().words(), TestLexicon().dictionary());
  CHECK(a.Surface(a.tokens().back()) == ".");
}
