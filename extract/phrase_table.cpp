#include "extract/phrase_table.h"

#include <algorithm>

#include "text/text.h"

namespace kg::extract {

void PhraseTable::Add(std::string_view phrase, int32_t value) {
  const std::string key = text::MatchKey(phrase);
  if (key.empty()) return;
  std::vector<std::string> words;
  for (size_t begin = 0; begin <= key.size();) {
    size_t end = key.find(' ', begin);
    if (end == std::string::npos) end = key.size();
    words.emplace_back(key.substr(begin, end - begin));
    begin = end + 1;
  }
  auto& phrases = by_first_[words.front()];
  words.erase(words.begin());
  const bool definite = phrase.starts_with(kArticleLetters);
  for (auto& p : phrases) {
    if (p.rest != words) continue;
    if (article_ == Article::kAgrees && p.definite != definite) continue;
    p.definite = p.definite && definite;  // ignored: a spelling without the article covers both
    return;
  }
  std::string own_al;
  constexpr std::string_view kHamzaAl = "\u0623\u0644", kHamzaBelowAl = "\u0625\u0644", kLam = "\u0644";
  if ((phrase.starts_with(kHamzaAl) || phrase.starts_with(kHamzaBelowAl)) && !key.starts_with(kArticleLetters)) {
    own_al = std::string(kLam) + std::string(text::CodePointSlice(key, 0, 1));
  }
  phrases.push_back({std::move(words), value, definite, std::move(own_al)});
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
  ++count_;
}

PhraseTable::Match PhraseTable::Longest(const Analysis& analysis, size_t i, size_t end) const {
  const auto& tokens = analysis.tokens();
  if (i >= end || tokens[i].kind == TokenKind::kPunct) return {};
  auto it = by_first_.find(analysis.Base(tokens[i]));
  if (it == by_first_.end()) it = by_first_.find(analysis.Key(tokens[i]));
  if (it == by_first_.end()) return {};
  const bool definite = analysis.Definite(tokens[i]);
  for (const Phrase& phrase : it->second) {
    if (i + 1 + phrase.rest.size() > end) continue;
    if (article_ == Article::kAgrees && phrase.definite != definite) continue;
    if (!phrase.own_al.empty() && analysis.Surface(tokens[i]).find(phrase.own_al) == std::string_view::npos) continue;
    // Quotation marks, hyphens and full stops inside a name do not interrupt it: تحالف "دعم
    // الشرعية"، مون جيه-إن، العربية.نت (a full stop ending a sentence ends the range too).
    auto quote = [&](size_t t) { return tokens[t].kind == TokenKind::kPunct && IsQuotationMark(analysis.Key(tokens[t])); };
    auto joiner = [&](size_t t) {
      return tokens[t].kind == TokenKind::kPunct && (analysis.Key(tokens[t]) == "-" || analysis.Key(tokens[t]) == ".");
    };
    size_t j = i + 1, quotes = 0;
    bool all = true;
    for (size_t k = 0; k < phrase.rest.size() && all; ++k, ++j) {
      for (; j < end && (quote(j) || joiner(j)); ++j) quotes += quote(j);
      all = j < end && (analysis.Key(tokens[j]) == phrase.rest[k] ||
                        analysis.Base(tokens[j]) == phrase.rest[k]);
    }
    if (!all) continue;
    if (quotes % 2 == 1 && j < end && quote(j)) ++j;  // and the one closing it
    return {static_cast<uint32_t>(j - i), phrase.value};
  }
  return {};
}

int32_t PhraseTable::Word(std::string_view key) const {
  auto it = by_first_.find(key);
  if (it == by_first_.end()) return -1;
  for (const Phrase& phrase : it->second) {
    if (phrase.rest.empty()) return phrase.value;
  }
  return -1;
}

bool PhraseTable::OnlyDefinite(std::string_view key) const {
  auto it = by_first_.find(key);
  if (it == by_first_.end()) return false;
  for (const Phrase& phrase : it->second) {
    if (phrase.rest.empty()) return phrase.definite;
  }
  return false;
}

int32_t PhraseTable::Word(std::string_view key, bool definite) const {
  auto it = by_first_.find(key);
  if (it == by_first_.end()) return -1;
  for (const Phrase& phrase : it->second) {
    if (phrase.rest.empty() && (article_ != Article::kAgrees || phrase.definite == definite)) return phrase.value;
  }
  return -1;
}

}  // namespace kg::extract
