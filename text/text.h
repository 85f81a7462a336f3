// kg::text — the Arabic/English text primitives every other module shares.
//
// There is one normalisation for names (MatchKey) so that a lexicon entry, a store alias and a
// name typed in a query meet on the same key, and one cleaning of running text (Clean) that
// keeps a map back to the original bytes so evidence can always be shown as written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// The lookup key of a name. Arabic: NFKC, no diacritics or tatweel, alef variants to ا,
// ى to ي, ة to ه, ؤ to و, ئ to ي, and the article ال dropped from words that keep two or more
// letters. Latin: case-folded, accents stripped, a leading "the" and the particles al/el
// dropped. Punctuation, hyphens and underscores separate words; words are joined by one space.
// MatchKey("مجلس الأمن") == MatchKey("مَجلِس الامن"); MatchKey("UN Security Council") ==
// MatchKey("un_security_council"); MatchKey("Qasim al-Araji") == "qasim araji".
std::string MatchKey(std::string_view utf8);

// Running text cleaned by the conventions of CAMeL Tools: NFKC (presentation forms unfolded),
// tatweel and diacritics removed, Arabic-Indic and Persian digits to ASCII, the Persian-keyboard
// letters ی ک ہ written as ي ك ه, Arabic punctuation kept. Letters are not folded: that is MatchKey's job.
struct CleanText {
  std::string text;
  // origin[i] is the byte offset in the original of cleaned byte i; origin[text.size()] is the
  // original's size, so a cleaned span [b, e) maps back to [origin[b], origin[e]).
  std::vector<uint32_t> origin;
};
CleanText Clean(std::string_view utf8);

// Invalid UTF-8 replaced by U+FFFD. bad_offsets holds the byte offset, in the input, of each
// invalid sequence, so a reader can warn with file and offset and go on.
struct Utf8Repair {
  std::string text;
  std::vector<size_t> bad_offsets;
};
Utf8Repair RepairUtf8(std::string_view bytes);

// Number of code points in valid UTF-8: what evidence offsets count, so that the offsets kg
// prints index the original text as Python or JavaScript strings do.
size_t CodePoints(std::string_view utf8);

// Whether an Arabic word is written with tanween (ً ٌ ٍ): the mark of an indefinite noun or
// adjective, never of a verb or, in news, of a name.
bool HasTanween(std::string_view utf8);

// Appends a code point as UTF-8 (a surrogate or a value past U+10FFFF appends U+FFFD).
void AppendUtf8(std::string* out, char32_t code_point);

// The part of utf8 between code points begin and end: how evidence spans, which count code
// points, are cut from an article. Empty when the span does not lie within the text.
std::string_view CodePointSlice(std::string_view utf8, size_t begin, size_t end);

// A text cut by many code-point spans: it remembers where every 256th code point starts, so a
// slice costs the few code points before it rather than all of the text (a 10 MB article with
// a thousand statements would otherwise be read a thousand times).
class IndexedText {
 public:
  explicit IndexedText(std::string utf8);
  IndexedText(const IndexedText&) = delete;  // the index holds offsets into this text
  IndexedText& operator=(const IndexedText&) = delete;

  const std::string& text() const { return text_; }
  // What CodePointSlice(text(), begin, end) returns.
  std::string_view Slice(size_t begin, size_t end) const;

 private:
  static constexpr size_t kStep = 256;
  std::string text_;
  std::vector<size_t> starts_;  // starts_[k]: the byte offset of code point k * kStep
};

// Columns the text takes in a terminal: combining marks take none, wide East Asian
// characters two. Used to align tables that hold Arabic.
size_t DisplayWidth(std::string_view utf8);

// Edit distance between two keys, in code points, two swapped neighbours counting as one edit;
// for "did you mean" suggestions and misspelt names.
size_t EditDistance(std::string_view a, std::string_view b);

// The fields of a line of a tab- or bar-separated data file, empty ones included ("a||b" has
// three).
std::vector<std::string_view> Split(std::string_view s, char separator);

}  // namespace kg::text
