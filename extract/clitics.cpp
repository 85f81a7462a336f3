#include "extract/clitics.h"

#include <array>
#include <string>

#include "extract/analysis.h"
#include "extract/word_set.h"

namespace kg::extract {
namespace {

// Keys fold letters (text::MatchKey), so these are the folded forms. Arabic letters of the
// basic block take two bytes in UTF-8.
constexpr std::string_view kWa = "\u0648", kFa = "\u0641", kBi = "\u0628", kLi = "\u0644",
                           kKa = "\u0643", kSa = "\u0633", kAl = "\u0627\u0644",
                           kTa = "\u062A", kHa = "\u0647", kYa = "\u064A", kNun = "\u0646";
constexpr size_t kLetter = 2;

// Pronoun suffixes, longest first so that هما is not taken for ما after ه.
constexpr std::array<std::string_view, 11> kSuffixes = {
    "\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646",
    "\u0647\u0627",       "\u0643\u0645",       "\u0643\u0646", "\u0646\u0627",
    "\u0647",             "\u0643",             "\u064A"};

size_t Letters(std::string_view key) {
  size_t n = 0;
  for (char byte : key) n += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  return n;
}

// A remainder must keep two letters to be a word at all.
constexpr size_t kMinLetters = 2;

struct Candidate {
  uint8_t proclitics;
  std::string_view rest;
};

// The readings of the word's front: conjunction, then preposition or future, then article.
// At most a few dozen, written into `out`; returns how many.
size_t Fronts(std::string_view key, std::array<Candidate, 48>& out) {
  size_t n = 0;
  auto add = [&](uint8_t bits, std::string_view rest) {
    if (Letters(rest) < kMinLetters || n == out.size()) return;
    out[n++] = {bits, rest};
    // MatchKey drops an article that follows the clitics only when it is at the word's start,
    // so the split drops it here, under the same two-letter rule.
    if (rest.starts_with(kAl) && Letters(rest) >= kMinLetters + 2 && n < out.size()) {
      out[n++] = {static_cast<uint8_t>(bits | kArticle), rest.substr(kAl.size())};
    }
  };
  for (int conj = 0; conj < 3; ++conj) {
    std::string_view rest = key;
    uint8_t bits = 0;
    if (conj == 1) {
      if (!rest.starts_with(kWa)) continue;
      rest.remove_prefix(kLetter), bits = kConjWa;
    } else if (conj == 2) {
      if (!rest.starts_with(kFa)) continue;
      rest.remove_prefix(kLetter), bits = kConjFa;
    }
    if (bits) add(bits, rest);
    for (auto [prefix, bit] : {std::pair{kBi, kPrepBi}, std::pair{kLi, kPrepLi},
                               std::pair{kKa, kPrepKa}, std::pair{kSa, kFutureSa}}) {
      if (!rest.starts_with(prefix)) continue;
      std::string_view after = rest.substr(kLetter);
      // س marks the future of an imperfect verb (سيلتقي، ستعمل، سنواصل); on anything else it
      // is the word's own first letter (ساريكس, not س + a stem of اريك).
      if (bit == kFutureSa && !(after.starts_with(kYa) || after.starts_with(kTa) || after.starts_with(kNun))) continue;
      const uint8_t with = bits | bit;
      // ل + ال is written لل: the article's alef goes, and what follows its lam is the noun.
      if (bit == kPrepLi && after.starts_with(kLi) && Letters(after) >= kMinLetters + 1 &&
          n < out.size()) {
        out[n++] = {static_cast<uint8_t>(with | kArticle), after.substr(kLetter)};
      }
      add(with, after);
    }
  }
  return n;
}

}  // namespace

CliticSplit SplitClitics(std::string_view key, const WordSet& known, bool ta_marbuta_end) {
  CliticSplit split;
  split.base = key;
  if (key.empty() || static_cast<unsigned char>(key[0]) < 0x80 || known.Has(key)) return split;
  std::array<Candidate, 48> fronts;
  const size_t n = Fronts(key, fronts);
  for (size_t i = 0; i < n; ++i) {
    if (known.Has(fronts[i].rest)) return {fronts[i].proclitics, false, fronts[i].rest, false};
  }
  // Suffixes: on the whole word and on each front reading.
  std::string buffer;
  for (size_t i = 0; i <= n; ++i) {
    const Candidate c = i < n ? fronts[i] : Candidate{0, key};
    for (std::string_view suffix : kSuffixes) {
      if (!c.rest.ends_with(suffix) || (ta_marbuta_end && suffix == kHa)) continue;
      std::string_view stem = c.rest.substr(0, c.rest.size() - suffix.size());
      if (Letters(stem) < kMinLetters) continue;
      if (known.Has(stem)) return {c.proclitics, true, stem, false};
      if (stem.ends_with(kTa)) {
        buffer.assign(stem.substr(0, stem.size() - kTa.size()));
        buffer += kHa;
        if (known.Has(buffer)) return {c.proclitics, true, stem.substr(0, stem.size() - kTa.size()), true};
      }
    }
  }
  // Only then the stems: a stem says less than a word (حكومتها shares حكومة's stem).
  if (known.Knows(key)) return split;
  for (size_t i = 0; i < n; ++i) {
    if (known.Knows(fronts[i].rest)) return {fronts[i].proclitics, false, fronts[i].rest, false, true};
  }
  return split;
}

}  // namespace kg::extract
