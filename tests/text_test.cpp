#include "text/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

using kg::text::Clean;
using kg::text::CleanText;
using kg::text::CodePoints;
using kg::text::DisplayWidth;
using kg::text::EditDistance;
using kg::text::MatchKey;
using kg::text::RepairUtf8;

namespace {

// The original bytes behind the first occurrence of `piece` in the cleaned text.
std::string_view OriginalOf(const CleanText& cleaned, std::string_view original,
                            std::string_view piece) {
  size_t begin = cleaned.text.find(piece);
  REQUIRE(begin != std::string::npos);
  size_t end = begin + piece.size();
  return original.substr(cleaned.origin[begin], cleaned.origin[end] - cleaned.origin[begin]);
}

// The shape every cleaning must have, whatever the input.
void CheckOriginShape(const CleanText& cleaned, std::string_view original) {
  REQUIRE(cleaned.origin.size() == cleaned.text.size() + 1);
  CHECK(cleaned.origin.back() == original.size());
  for (size_t i = 1; i < cleaned.origin.size(); ++i) {
    CHECK(cleaned.origin[i - 1] <= cleaned.origin[i]);
  }
}

}  // namespace

TEST_CASE("MatchKey gives one key to English names however they are cased and joined") {
  std::string key = MatchKey("UN Security Council");
  CHECK(key == "un security council");
  CHECK(MatchKey("un_security_council") == key);
  CHECK(MatchKey("UN-Security-Council") == key);
  CHECK(MatchKey("  UN  Security, Council. ") == key);
}

TEST_CASE("MatchKey drops a leading 'the' and the particles al and el") {
  CHECK(MatchKey("Qasim al-Araji") == "qasim araji");
  CHECK(MatchKey("Qasim Al Araji") == "qasim araji");
  CHECK(MatchKey("The Hague") == "hague");
  CHECK(MatchKey("Harakat al-Nujaba") == MatchKey("Harakat Nujaba"));
  CHECK(MatchKey("Organisation of the Islamic Cooperation") ==
        "organisation of the islamic cooperation");
}

TEST_CASE("MatchKey keeps a particle that no word follows") {
  CHECK(MatchKey("Al") == "al");
  CHECK(MatchKey("the") == "the");
}

TEST_CASE("MatchKey strips Latin accents and compatibility forms") {
  CHECK(MatchKey("Erdoğan") == "erdogan");
  CHECK(MatchKey("São Paulo") == "sao paulo");
  CHECK(MatchKey("Se\u0301ne\u0301gal") == MatchKey("Sénégal"));
  CHECK(MatchKey("ＵＮ") == "un");
  CHECK(MatchKey("STRASSE") == MatchKey("straße"));
}

TEST_CASE("MatchKey ignores Arabic diacritics, tatweel and letter variants") {
  CHECK(MatchKey("مجلس الأمن الدولي") == MatchKey("مَجْلِسُ الامن الدولى"));
  CHECK(MatchKey("مجلس الأمن") == MatchKey("مَجلِس الامن"));
  CHECK(MatchKey("مـجـلـس") == MatchKey("مجلس"));
  CHECK(MatchKey("أحمد") == MatchKey("احمد"));
  CHECK(MatchKey("إيران") == MatchKey("ايران"));
  CHECK(MatchKey("آمن") == MatchKey("امن"));
  CHECK(MatchKey("ٱلله") == MatchKey("الله"));
  CHECK(MatchKey("حركة") == MatchKey("حركه"));
  CHECK(MatchKey("مسؤول") == MatchKey("مسوول"));
  CHECK(MatchKey("رئيس") == MatchKey("رييس"));
}

TEST_CASE("MatchKey unfolds Arabic presentation forms") {
  // ﻻ is the lam-alef ligature; U+FEE3 U+FEA0 U+FEE0 U+FEB2 spell مجلس in contextual forms.
  CHECK(MatchKey("\uFEFB") == MatchKey("لا"));
  CHECK(MatchKey("\uFEE3\uFEA0\uFEE0\uFEB2") == MatchKey("مجلس"));
  // U+FE76 is a fatha written as a spacing character: it must not split the word.
  CHECK(MatchKey("مج\uFE76لس") == MatchKey("مجلس"));
}

TEST_CASE("MatchKey drops the article al from Arabic words that keep two letters") {
  CHECK(MatchKey("الأمن") == "امن");
  CHECK(MatchKey("العراق") == MatchKey("عراق"));
  CHECK(MatchKey("الم") == "الم");
  CHECK(MatchKey("ال") == "ال");
}

TEST_CASE("MatchKey keeps digits and tells different names apart") {
  CHECK(MatchKey("Resolution 1701") == "resolution 1701");
  CHECK(MatchKey("القرار ١٧٠١") == MatchKey("القرار 1701"));
  CHECK(MatchKey("Iraq") != MatchKey("Iran"));
  CHECK(MatchKey("العراق") != MatchKey("إيران"));
  CHECK(MatchKey("Hamas") != MatchKey("Hama"));
}

TEST_CASE("MatchKey of text with no letters or digits is empty") {
  CHECK(MatchKey("").empty());
  CHECK(MatchKey(" -_.,؛ ").empty());
  CHECK(MatchKey("\u064E\u0640").empty());
}

TEST_CASE("MatchKey treats invalid UTF-8 as a word break") {
  CHECK(MatchKey("Iraq\xFFIran") == "iraq iran");
}

TEST_CASE("Clean removes tatweel and diacritics and maps the word back as written") {
  std::string original = "قالَ المـتحدثُ: نعم";
  CleanText cleaned = Clean(original);
  CHECK(cleaned.text == "قال المتحدث: نعم");
  CheckOriginShape(cleaned, original);
  CHECK(OriginalOf(cleaned, original, "قال") == "قالَ");
  CHECK(OriginalOf(cleaned, original, "المتحدث") == "المـتحدثُ");
  CHECK(OriginalOf(cleaned, original, "نعم") == "نعم");
}

TEST_CASE("Clean turns Arabic-Indic and Persian digits into ASCII digits") {
  std::string original = "عام ٢٠٢٤ و۱۴۰۳";
  CleanText cleaned = Clean(original);
  CHECK(cleaned.text == "عام 2024 و1403");
  CheckOriginShape(cleaned, original);
  CHECK(OriginalOf(cleaned, original, "2024") == "٢٠٢٤");
  CHECK(OriginalOf(cleaned, original, "1403") == "۱۴۰۳");
  CHECK(OriginalOf(cleaned, original, "20") == "٢٠");
}

TEST_CASE("Clean unfolds presentation forms and maps them back to the glyph") {
  std::string original = "\uFEE3\uFEA0\uFEE0\uFEB2 \uFEFB";  // مجلس لا in contextual forms
  CleanText cleaned = Clean(original);
  CHECK(cleaned.text == "مجلس لا");
  CheckOriginShape(cleaned, original);
  CHECK(OriginalOf(cleaned, original, "مجلس") == "\uFEE3\uFEA0\uFEE0\uFEB2");
  CHECK(OriginalOf(cleaned, original, "لا") == "\uFEFB");
}

TEST_CASE("Clean writes Persian- and Urdu-keyboard letters as the Arabic letters they stand for") {
  std::string original = "قائد القیادة المركزیة جوزیف فوتیل وکالة";  // Farsi yeh and keheh
  CleanText cleaned = Clean(original);
  CHECK(cleaned.text == "قائد القيادة المركزية جوزيف فوتيل وكالة");
  CheckOriginShape(cleaned, original);
  CHECK(OriginalOf(cleaned, original, "فوتيل") == "فوتیل");
  CHECK(MatchKey("جوزیف فوتیل") == MatchKey("جوزيف فوتيل"));
  // Heh doachashmee, as an Urdu keyboard writes ه (تركي بن فھد).
  CHECK(Clean("تركي بن فھد").text == "تركي بن فهد");
  CHECK(MatchKey("فھد") == MatchKey("فهد"));
}

TEST_CASE("Clean drops spacing forms of diacritics without leaving a space") {
  std::string original = "مج\uFE76لس";
  CleanText cleaned = Clean(original);
  CHECK(cleaned.text == "مجلس");
  CheckOriginShape(cleaned, original);
}

TEST_CASE("Clean keeps letters, punctuation and Latin text as they are") {
  std::string original = "أعلنت الحكومة، اليوم (Reuters) إلى";
  CleanText cleaned = Clean(original);
  CHECK(cleaned.text == original);
  CheckOriginShape(cleaned, original);
  for (size_t i = 0; i < original.size(); ++i) CHECK(cleaned.origin[i] == i);
}

TEST_CASE("Clean of empty text maps only the end") {
  CleanText cleaned = Clean("");
  CHECK(cleaned.text.empty());
  REQUIRE(cleaned.origin.size() == 1);
  CHECK(cleaned.origin[0] == 0);
}

TEST_CASE("RepairUtf8 leaves valid text untouched") {
  std::string valid = std::string("مرحبا hello ") + '\0' + " 😀";
  auto repair = RepairUtf8(valid);
  CHECK(repair.text == valid);
  CHECK(repair.bad_offsets.empty());
}

TEST_CASE("RepairUtf8 replaces a lone continuation byte") {
  auto repair = RepairUtf8("a\x80z");
  CHECK(repair.text == "a\uFFFDz");
  CHECK(repair.bad_offsets == std::vector<size_t>{1});
}

TEST_CASE("RepairUtf8 replaces a truncated sequence by one replacement character") {
  auto at_end = RepairUtf8("ab\xE2\x82");
  CHECK(at_end.text == "ab\uFFFD");
  CHECK(at_end.bad_offsets == std::vector<size_t>{2});

  auto inside = RepairUtf8("\xE2\x82z");
  CHECK(inside.text == "\uFFFDz");
  CHECK(inside.bad_offsets == std::vector<size_t>{0});
}

TEST_CASE("RepairUtf8 rejects overlong encodings byte by byte") {
  auto two = RepairUtf8("x\xC0\xAF");  // '/' in two bytes
  CHECK(two.text == "x\uFFFD\uFFFD");
  CHECK(two.bad_offsets == std::vector<size_t>{1, 2});

  auto three = RepairUtf8("\xE0\x80\xAF");
  CHECK(three.text == "\uFFFD\uFFFD\uFFFD");
  CHECK(three.bad_offsets == std::vector<size_t>{0, 1, 2});
}

TEST_CASE("RepairUtf8 rejects surrogates and code points above U+10FFFF") {
  auto surrogate = RepairUtf8("\xED\xA0\x80!");
  CHECK(surrogate.text == "\uFFFD\uFFFD\uFFFD!");
  CHECK(surrogate.bad_offsets == std::vector<size_t>{0, 1, 2});

  auto too_big = RepairUtf8("\xF4\x90\x80\x80");
  CHECK(too_big.bad_offsets == std::vector<size_t>{0, 1, 2, 3});
}

TEST_CASE("RepairUtf8 reports byte offsets after multi-byte text") {
  auto repair = RepairUtf8("مرحبا\xFF");
  CHECK(repair.text == "مرحبا\uFFFD");
  CHECK(repair.bad_offsets == std::vector<size_t>{10});
}

TEST_CASE("CodePoints counts code points, not bytes") {
  CHECK(CodePoints("") == 0);
  CHECK(CodePoints("Iraq") == 4);
  CHECK(CodePoints("مَجْلِس") == 7);  // four letters and three diacritics
  CHECK(CodePoints("😀") == 1);
  CHECK(CodePoints("a\x80z") == CodePoints(RepairUtf8("a\x80z").text));
}

TEST_CASE("DisplayWidth gives diacritics and joiners no column and wide characters two") {
  CHECK(DisplayWidth("") == 0);
  CHECK(DisplayWidth("Iraq") == 4);
  CHECK(DisplayWidth("مَجْلِس") == 4);
  CHECK(DisplayWidth("مـجلس") == 5);  // tatweel is drawn
  CHECK(DisplayWidth("می\u200Cخواهم") == 7);
  CHECK(DisplayWidth("e\u0301") == 1);
  CHECK(DisplayWidth("中文") == 4);
  CHECK(DisplayWidth("ＵＮ") == 4);
}

TEST_CASE("EditDistance counts code point edits, two swapped neighbours as one") {
  CHECK(EditDistance("", "") == 0);
  CHECK(EditDistance("iraq", "iraq") == 0);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("abc", "") == 3);
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("sitting", "kitten") == 3);
  CHECK(EditDistance("ab", "ba") == 1);
  CHECK(EditDistance("iarq", "iraq") == 1);
  CHECK(EditDistance("مريكل", "ميركل") == 1);
  CHECK(EditDistance("abc", "ca") == 3);  // no substring is edited twice
  CHECK(EditDistance("iraq", "iran") == 1);
  CHECK(EditDistance("عراق", "عراك") == 1);  // one letter, though two bytes
  CHECK(EditDistance("مجلس", "المجلس") == 2);
}

TEST_CASE("a code-point span cuts the same text a Python slice would", "[text]") {
  const std::string text = "قال: «إسرائيل» هاجمت";
  CHECK(kg::text::CodePointSlice(text, 6, 13) == "إسرائيل");
  CHECK(kg::text::CodePointSlice(text, 0, 3) == "قال");
  CHECK(kg::text::CodePointSlice(text, 15, 20) == "هاجمت");
  CHECK(kg::text::CodePointSlice(text, 15, 21).empty());  // past the end
  CHECK(kg::text::CodePointSlice(text, 5, 4).empty());
  CHECK(kg::text::CodePointSlice(text, 20, 20).empty());
}

TEST_CASE("an indexed text cuts what CodePointSlice cuts", "[text]") {
  std::string text;
  for (int i = 0; i < 70; ++i) text += "قال: «إسرائيل» a\xF0\x9F\x98\x80 ";  // 1, 2 and 4 bytes a code point
  const size_t n = kg::text::CodePoints(text);
  REQUIRE(n > 1000);
  const kg::text::IndexedText index(text);
  for (size_t begin : {size_t{0}, size_t{1}, size_t{255}, size_t{256}, size_t{257}, size_t{700}, n - 1, n, n + 1, n + 300}) {
    for (size_t end : {begin, begin + 1, begin + 300, n, n + 1, begin - 1}) {
      INFO(begin << ", " << end);
      CHECK(index.Slice(begin, end) == kg::text::CodePointSlice(text, begin, end));
    }
  }
  CHECK(kg::text::IndexedText("").Slice(0, 0).empty());
}

TEST_CASE("tanween marks an indefinite noun, and no other diacritic does") {
  CHECK(kg::text::HasTanween("قائداً"));
  CHECK(kg::text::HasTanween("كتابٌ"));
  CHECK(kg::text::HasTanween("بيتٍ"));
  CHECK_FALSE(kg::text::HasTanween("قائدا"));
  CHECK_FALSE(kg::text::HasTanween("كَتَبَ"));
  CHECK_FALSE(kg::text::HasTanween(""));
}
