#include "extract/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "text/text.h"

namespace kg::extract {
namespace {

constexpr std::string_view kAl = "\u0627\u0644", kLil = "\u0644\u0644", kAbd = "\u0639\u0628\u062F";

// Words after which a definite word is part of one compound name, written without al-
// (عبد الأمير → Abdul Amir).
bool JoinsNext(std::string_view latin) { return latin == "Abdul" || latin == "Abu"; }

void Capitalise(std::string& word) {
  size_t i = 0;
  while (i < word.size() && (word[i] == '\'' || word[i] == '-')) ++i;
  word.erase(0, i);
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
}

}  // namespace

Transliterator::Transliterator(std::string_view rules, std::unordered_map<std::string, std::string> words,
                               StringMap<std::string> own_alef_lam)
    : words_(std::move(words)), own_alef_lam_(std::move(own_alef_lam)) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where;
  rules_.reset(icu::Transliterator::createFromRules(
      "kg-Arabic-Latin", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, where, status));
  if (U_FAILURE(status)) {
    throw std::runtime_error("transliteration rules: " + std::string(u_errorName(status)) +
                             " at line " + std::to_string(where.line) + ", offset " +
                             std::to_string(where.offset));
  }
}

Transliterator::~Transliterator() = default;

// A known name word that a word spells with one long vowel more or less (جنيفر and جينيفر,
// موريل and مورييل: writers vary the vowels of foreign names), when exactly one such word is
// known and it has five letters or more; else null.
const std::string* Transliterator::Variant(std::string_view key) const {
  static const icu::UnicodeString kVowels = icu::UnicodeString::fromUTF8("\u0627\u0648\u064A");
  const icu::UnicodeString word = icu::UnicodeString::fromUTF8(icu::StringPiece(key.data(), static_cast<int32_t>(key.size())));
  if (word.length() < 4) return nullptr;
  const std::string* found = nullptr;
  auto consider = [&](const icu::UnicodeString& variant) {
    if (variant.length() < 5) return true;
    std::string utf8;
    variant.toUTF8String(utf8);
    const auto it = words_.find(utf8);
    if (it == words_.end() || (found != nullptr && *found == it->second)) return true;
    if (found != nullptr) return false;  // two known names: neither
    found = &it->second;
    return true;
  };
  // Inside the word: its first letter and its last (a nisba's ي: المباركي is not المبارك) are
  // its own.
  for (int32_t i = 1; i < word.length(); ++i) {
    if (i + 1 < word.length() && kVowels.indexOf(word[i]) >= 0) {
      icu::UnicodeString shorter(word);
      if (!consider(shorter.remove(i, 1))) return nullptr;
    }
    for (int32_t v = 0; v < kVowels.length(); ++v) {
      icu::UnicodeString longer(word);
      if (!consider(longer.insert(i, kVowels[v]))) return nullptr;
    }
  }
  return found;
}

std::string Transliterator::Word(std::string_view word, bool definite) const {
  const std::string key = text::MatchKey(word);
  if (auto it = words_.find(key); it != words_.end()) return it->second;
  // A family name with the article is Arabic, where a long vowel makes another name (الحسني and
  // الحسيني, المطري and المطيري).
  if (const std::string* known = definite ? nullptr : Variant(key)) return *known;
  // The rules see the word's edges as spaces, and the article it had: a definite word is Arabic.
  std::string framed;
  framed.reserve(word.size() + kAl.size() + 2);
  framed.append(1, ' ').append(definite ? kAl : "").append(word).append(1, ' ');
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(framed);
  {
    std::lock_guard lock(mutex_);
    rules_->transliterate(u);
  }
  std::string out;
  u.trim().toUTF8String(out);
  std::string ascii;
  for (char c : out) {
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ') ascii.push_back(c);
  }
  Capitalise(ascii);
  return ascii;
}

// عبد glued to the article of the name it governs (عبدالرازق) is spelled as the two words it is
// (عبد الرازق, Abdul Razek), unless the glued word has a settled spelling of its own (عبدالرحمن):
// the two ways of writing one person's name give one label, and one id.
std::string Transliterator::UngluedAbd(std::string_view name) const {
  std::string out;
  for (size_t begin = 0; begin <= name.size();) {
    size_t end = name.find(' ', begin);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(begin, end - begin);
    if (!out.empty()) out += ' ';
    if (word.starts_with(kAbd) && word.substr(kAbd.size()).starts_with(kAl) &&
        word.size() > kAbd.size() + kAl.size() + 2 && !words_.contains(text::MatchKey(word))) {
      out.append(kAbd).append(1, ' ').append(word.substr(kAbd.size()));
    } else {
      out.append(word);
    }
    begin = end + 1;
  }
  return out;
}

std::string Transliterator::Label(std::string_view written) const {
  const std::string unglued = UngluedAbd(written);
  const std::string_view arabic = unglued;
  std::string label;
  bool joined = false;
  for (size_t begin = 0; begin < arabic.size();) {
    size_t end = arabic.find(' ', begin);
    if (end == std::string_view::npos) end = arabic.size();
    std::string_view word = arabic.substr(begin, end - begin);
    begin = end + 1;
    if (word.empty()) continue;
    // A name of two words spelled as one (عبد الله, Abdullah; عبد العزيز, Abdulaziz).
    if (begin < arabic.size()) {
      size_t next_end = arabic.find(' ', begin);
      if (next_end == std::string_view::npos) next_end = arabic.size();
      const std::string pair = text::MatchKey(arabic.substr(end - word.size(), next_end - (end - word.size())));
      if (auto it = words_.find(pair); it != words_.end()) {
        if (!label.empty()) label += ' ';
        label += it->second;
        joined = JoinsNext(it->second);
        begin = next_end + 1;
        continue;
      }
    }
    std::string latin;
    // A given name may carry the article itself (عبدالله), or alef and lam of its own written
    // as the article (الكسندر); other words lose it first.
    const std::string key = text::MatchKey(word);
    if (auto it = words_.find(key); it != words_.end() && (!word.starts_with(kAl) || own_alef_lam_.contains(key))) {
      latin = it->second;
    } else if (word.starts_with(kAl) && word.size() > kAl.size() + 2) {
      latin = Word(word.substr(kAl.size()), true);
      if (!latin.empty() && !joined) latin.insert(0, "al-");
    } else if (word.starts_with(kLil) && word.size() > kLil.size() + 2) {
      // ل and the article (للدراسات): "for the", written lil- as al- is.
      latin = Word(word.substr(kLil.size()), true);
      if (!latin.empty()) latin.insert(0, "lil-");
    } else {
      latin = Word(word, false);
    }
    if (latin.empty()) continue;
    if (!label.empty()) label += ' ';
    label += latin;
    joined = JoinsNext(latin);
  }
  return label;
}

std::string EntityId(std::string_view spelled) {
  // Apostrophes mark hamza and ayn inside a word (Sa'ar): they do not split it.
  std::string label;
  for (size_t i = 0; i < spelled.size(); ++i) {
    if (spelled[i] == '\'') continue;
    if (spelled.substr(i).starts_with("\u2019")) {
      i += 2;
      continue;
    }
    label.push_back(spelled[i]);
  }
  std::string id;
  for (size_t begin = 0; begin < label.size();) {
    size_t end = begin;
    while (end < label.size() && label[end] != ' ' && label[end] != '-' && label[end] != '_') ++end;
    // MatchKey folds case and accents of one word at a time, so the article al stays.
    for (char c : text::MatchKey(std::string_view(label).substr(begin, end - begin))) {
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (alnum) {
        id.push_back(c);
      } else if (!id.empty() && id.back() != '_') {
        id.push_back('_');
      }
    }
    if (!id.empty() && id.back() != '_') id.push_back('_');
    begin = end + 1;
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id;
}

}  // namespace kg::extract
