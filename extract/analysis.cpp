#include "extract/analysis.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <memory>
#include <stdexcept>
#include <string>

#include "extract/clitics.h"
#include "extract/dictionary.h"
#include "extract/word_set.h"
#include "text/text.h"

namespace kg::extract {
namespace {

// ICU's sentence rules, one iterator per thread: creating one loads rule data, and an
// iterator holds the text it is walking.
icu::BreakIterator& SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU has no sentence rules: ") + u_errorName(status));
    }
    return it;
  }();
  return *iterator;
}

UChar32 Decode(std::string_view s, size_t& i) {
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, s.size(), c);
  return c;
}

bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsSpace(UChar32 c) { return c < 0 || u_isUWhiteSpace(c) || c == 0x200F || c == 0x200E; }

// A full stop after a single letter marks an abbreviation (د. for doctor, initials such as
// أ.ف.ب or J.), not the end of a sentence.
bool EndsWithAbbreviation(std::string_view clean, size_t end) {
  while (end > 0 && (clean[end - 1] == ' ' || clean[end - 1] == '\t')) --end;
  if (end == 0 || clean[end - 1] != '.') return false;
  size_t i = end - 1;
  size_t letters = 0;
  while (i > 0) {
    size_t j = i;
    U8_BACK_1(reinterpret_cast<const uint8_t*>(clean.data()), 0, j);
    size_t k = j;
    UChar32 c = Decode(clean, k);
    if (!u_isalpha(c)) break;
    ++letters;
    i = j;
  }
  if (letters != 1) return false;
  if (i == 0) return true;
  size_t j = i;
  U8_BACK_1(reinterpret_cast<const uint8_t*>(clean.data()), 0, j);
  size_t k = j;
  UChar32 before = Decode(clean, k);
  return IsSpace(before) || before == '.' || before == '(';
}

// Whether the full stop at `dot` is inside a name or an address written with stops between short
// parts (بي.إف.إم، إف.بي.آي، العربية.نت): a part of three letters or fewer before it, or of two
// or fewer after it. A stop between longer words is a sentence's end with its space left out
// (العراق.ففي هجوم).
bool DottedName(std::string_view clean, size_t dot) {
  auto letters = [&](size_t from, bool forward) {
    size_t n = 0, i = from;
    while (forward ? i < clean.size() : i > 0) {
      size_t at = i;
      if (!forward) U8_BACK_1(reinterpret_cast<const uint8_t*>(clean.data()), 0, at);
      size_t next = at;
      if (!IsWordChar(Decode(clean, next))) break;
      ++n;
      i = forward ? next : at;
    }
    return n;
  };
  const size_t after = letters(dot + 1, true), before = letters(dot, false);
  return after > 0 && before > 0 && (before <= 3 || after <= 2);
}

}  // namespace

bool IsQuotationMark(std::string_view key) {
  return key == "\"" || key == "\u201C" || key == "\u201D" || key == "\u00AB" ||
         key == "\u00BB" || key == "'";
}

Analysis Analyze(std::string_view text, const WordSet& known, const Dictionary& dictionary) {
  Analysis a;
  a.text_ = text;
  const text::CleanText clean = text::Clean(text);
  const std::string_view c = clean.text;
  auto original = [&](size_t clean_offset) { return clean.origin[clean_offset]; };

  a.code_points_.resize(text.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && i > 0) ++cp;
    a.code_points_[i] = cp;
  }
  a.code_points_[text.size()] = text.empty() ? 0 : cp + 1;

  // Sentence boundaries in the cleaned text: ICU's rules, less those after abbreviations.
  std::vector<size_t> boundaries;
  {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, c.data(), static_cast<int64_t>(c.size()), &status);
    icu::BreakIterator& it = SentenceIterator();
    it.setText(ut, status);
    if (U_FAILURE(status)) {
      utext_close(ut);
      throw std::runtime_error(std::string("ICU sentence splitting failed: ") + u_errorName(status));
    }
    for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
      const size_t at = static_cast<size_t>(b);
      if (at < c.size() && c[at - 1] != '\n' && EndsWithAbbreviation(c, at)) continue;
      if (at < c.size() && c[at - 1] == '.' && DottedName(c, at - 1)) continue;
      boundaries.push_back(at);
    }
    it.setText(icu::UnicodeString());  // the UText must not outlive the call
    utext_close(ut);
  }
  if (boundaries.empty() || boundaries.back() != c.size()) boundaries.push_back(c.size());

  a.tokens_.reserve(c.size() / 6);
  a.keys_.reserve(c.size());
  size_t start = 0;
  for (size_t boundary : boundaries) {
    Sentence sentence;
    sentence.first_token = static_cast<uint32_t>(a.tokens_.size());
    size_t first = std::string::npos, last = start;
    for (size_t i = start; i < boundary;) {
      const size_t begin = i;
      UChar32 ch = Decode(c, i);
      if (IsSpace(ch)) continue;
      // A hashtag is words (الرئيس الروسي فلاديمير #بوتين، #الاتفاق_النووي): its mark and the
      // underscores between its words are no tokens, so a name is not cut in two.
      if ((ch == '#' || ch == '_') && i < boundary) {
        size_t next = i;
        if (IsWordChar(Decode(c, next))) continue;
      }
      // So is a hyphen between the letters of a name written in parts (كيم جونغ-أون).
      if (ch == '-' && i < boundary && begin > 0) {
        size_t next = i, previous = begin;
        U8_BACK_1(reinterpret_cast<const uint8_t*>(c.data()), 0, previous);
        size_t at = previous;
        if (u_isalpha(Decode(c, at)) && u_isalpha(Decode(c, next))) continue;
      }
      Token token;
      if (IsWordChar(ch)) {
        bool digits_only = u_isdigit(ch);
        size_t end = i;
        while (end < boundary) {
          size_t next = end;
          UChar32 d = Decode(c, next);
          if (!IsWordChar(d)) break;
          digits_only = digits_only && u_isdigit(d);
          end = next;
        }
        i = end;
        token.kind = digits_only ? TokenKind::kNumber : TokenKind::kWord;
      } else {
        token.kind = TokenKind::kPunct;
      }
      token.span = {original(begin), original(i)};
      const std::string key = token.kind == TokenKind::kPunct
                                  ? std::string(c.substr(begin, i - begin))
                                  : text::MatchKey(c.substr(begin, i - begin));
      token.key_offset = static_cast<uint32_t>(a.keys_.size());
      token.key_size = static_cast<uint32_t>(key.size());
      a.keys_ += key;
      token.base_offset = token.key_offset;
      token.base_size = token.key_size;
      if (token.kind == TokenKind::kWord) {
        const std::string_view surface = c.substr(begin, i - begin);
        // Nothing is glued between the article and its noun, nor a pronoun after them: a word
        // MatchKey took the article off is its noun whole (الفاسد is no ف + أسد).
        const bool article_first =
            surface.starts_with(kArticleLetters) && !std::string_view(key).starts_with(kArticleLetters);
        const CliticSplit split = article_first ? CliticSplit{.base = key}
                                                : SplitClitics(key, known, surface.ends_with("\u0629"));
        // A preposition or the future read off a word by its stem alone must leave an Arabic
        // word: names are foreign more often than not (ليزلي، لوبلان، بايل). A conjunction is
        // read off whatever follows it (وفيرمينيو).
        const bool weak = split.by_stem && (split.proclitics & (kPrepBi | kPrepLi | kPrepKa | kFutureSa)) &&
                          !dictionary.Has(surface);
        if ((split.base.size() != key.size() || split.ta_marbuta) && !weak) {
          token.proclitics = split.proclitics;
          // MatchKey takes أل for the article (ألوية، ألمانيا are keyed without it); a clitic in
          // front (وألوية) does not make such a word definite.
          if (token.proclitics & kArticle) {
            const size_t others = std::popcount(static_cast<unsigned>(token.proclitics & ~kArticle));
            std::string_view rest = surface.substr(std::min(2 * others, i - begin));
            const bool elided = (token.proclitics & kPrepLi) && rest.starts_with("\u0644");  // للعراق
            if (!elided && !rest.starts_with(kArticleLetters)) token.proclitics &= ~kArticle;
          }
          token.enclitic = split.enclitic;
          token.base_offset =
              static_cast<uint32_t>(token.key_offset + (split.base.data() - key.data()));
          token.base_size = static_cast<uint32_t>(split.base.size());
          if (split.ta_marbuta) {  // the base is not a piece of the key: it gets its own copy
            token.base_offset = static_cast<uint32_t>(a.keys_.size());
            a.keys_ += split.base;
            a.keys_ += "\u0647";
            token.base_size = static_cast<uint32_t>(a.keys_.size() - token.base_offset);
          }
        }
      }
      a.tokens_.push_back(token);
      if (first == std::string::npos) first = begin;
      last = i;
    }
    start = boundary;
    if (first == std::string::npos) continue;  // only spaces
    sentence.end_token = static_cast<uint32_t>(a.tokens_.size());
    // A sentence of closing punctuation alone belongs to the one before it.
    const bool stray = sentence.end_token - sentence.first_token <= 2 && !a.sentences_.empty() &&
                       a.tokens_[sentence.first_token].kind == TokenKind::kPunct &&
                       a.tokens_[sentence.end_token - 1].kind == TokenKind::kPunct;
    if (stray) {
      a.sentences_.back().end_token = sentence.end_token;
      a.sentences_.back().span.end = original(last);
      continue;
    }
    sentence.span = {original(first), original(last)};
    a.sentences_.push_back(sentence);
  }
  return a;
}

}  // namespace kg::extract
