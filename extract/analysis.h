// The linguistic structure of an article: sentences, tokens and their clitics. It is what the
// recognizer works on and what the relation extractor reads, so that both see the same words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

class Dictionary;
class WordSet;

// Byte offsets into Article::text, the original the reader returned.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

enum class TokenKind : uint8_t {
  kWord,    // letters (Arabic or Latin), possibly with digits
  kNumber,  // digits only
  kPunct,   // one punctuation or symbol character
};

// Proclitics, as bits: the closed inventory news Arabic glues to a word's front.
// The article ال as written, at a word's front.
inline constexpr std::string_view kArticleLetters = "\u0627\u0644";

enum Proclitic : uint8_t {
  kConjWa = 1 << 0,   // و and
  kConjFa = 1 << 1,   // ف so
  kPrepBi = 1 << 2,   // ب with, in
  kPrepLi = 1 << 3,   // ل to, for
  kPrepKa = 1 << 4,   // ك as, like
  kFutureSa = 1 << 5, // س will
  kArticle = 1 << 6,  // ال the
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint8_t proclitics = 0;  // Proclitic bits split off the front
  bool enclitic = false;   // a pronoun suffix (ه، ها، هم ...) was split off the end
  // Where the token's keys lie in Analysis's key buffer: `key` is MatchKey of the whole token,
  // `base` MatchKey of what is left once the clitics are split off (equal when none were).
  uint32_t key_offset = 0;
  uint32_t key_size = 0;
  uint32_t base_offset = 0;
  uint32_t base_size = 0;
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // tokens [first_token, end_token) of Analysis::tokens()
  uint32_t end_token = 0;
};

// An analysis views the text it was made from: that text must outlive it.
class Analysis {
 public:
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  std::string_view text() const { return text_; }

  std::string_view Surface(const Token& token) const {
    return text_.substr(token.span.begin, token.span.end - token.span.begin);
  }
  std::string_view Surface(Span span) const { return text_.substr(span.begin, span.end - span.begin); }
  std::string_view Key(const Token& token) const { return {keys_.data() + token.key_offset, token.key_size}; }
  std::string_view Base(const Token& token) const {
    return {keys_.data() + token.base_offset, token.base_size};
  }
  // Whether the word carries the article ال, on its front or after a clitic (والعراق، للصدر).
  bool Definite(const Token& token) const {
    return (token.proclitics & kArticle) || Surface(token).starts_with(kArticleLetters);
  }
  // Whether the word's pronoun suffix is his or her (بلاده، حزبها), not theirs or mine (بلادهم،
  // حزبي).
  bool HisOrHer(const Token& token) const {
    const std::string_view surface = Surface(token);
    return token.enclitic && (surface.ends_with("\u0647") || surface.ends_with("\u0647\u0627"));
  }
  // The code-point offset in the text of a byte offset (evidence offsets count code points).
  uint32_t CodePoint(uint32_t byte) const { return code_points_[byte]; }

 private:
  friend Analysis Analyze(std::string_view text, const WordSet& known, const Dictionary& dictionary);

  std::string_view text_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  std::string keys_;
  std::vector<uint32_t> code_points_;
};

// Whether a punctuation token's key is a quotation mark (" “ ” « » ').
bool IsQuotationMark(std::string_view key);

// Splits text (valid UTF-8, as ReadArticle returns it) into sentences and tokens and splits
// clitics off words whose remainder `known` recognises. A preposition split off by the stem of
// the remainder alone stands when `dictionary` knows the word as written: a foreign name
// (ليزلي، لوبلان، بايل) looks like a clitic on some stem, and Arabic words are in the dictionary.
Analysis Analyze(std::string_view text, const WordSet& known, const Dictionary& dictionary);

}  // namespace kg::extract
