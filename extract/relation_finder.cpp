#include "extract/relation_finder.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "text/text.h"

namespace kg::extract {
namespace {

using graph::EntityType;

std::vector<std::string> Keys(std::initializer_list<std::string_view> words) {
  std::vector<std::string> out;
  for (auto w : words) out.push_back(text::MatchKey(w));
  return out;
}

bool In(const std::vector<std::string>& set, std::string_view key) {
  return std::find(set.begin(), set.end(), key) != set.end();
}

constexpr std::string_view kAl = "\u0627\u0644";

constexpr std::string_view kWa = "و";
constexpr std::string_view kFa = "ف";
constexpr std::string_view kTaMarbuta = "ة";

// A trigger's word once its conjunction, preposition and article are split off.
struct Word {
  std::span<const TriggerMatch> readings;
  bool conjunction = false;  // و or ف: a verb that opens a clause (VSO)
  bool nominal = false;      // an article or preposition was split off: not a verb
  bool future = false;       // the future prefix سـ
  std::string_view prep;     // a preposition split off (بضرب): "ب" or "ل"
};

class Finder {
 public:
  Finder(const Recognition& r, const Lexicon& lexicon, const TriggerTable& triggers,
         const Particles& particles, std::vector<graph::Statement>* out)
      : r_(r), a_(r.analysis), lex_(lexicon), triggers_(triggers), p_(particles), out_(out) {
    const size_t n = a_.tokens().size();
    at_start_.assign(n, -1);
    at_end_.assign(n + 1, -1);
    cover_.assign(n, -1);
    used_.assign(n, false);
    in_sentence_.resize(a_.sentences().size());
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const auto& m = r.mentions[i];
      const auto index = static_cast<int32_t>(i);
      if (m.sentence < in_sentence_.size()) in_sentence_[m.sentence].push_back(index);
      const uint32_t start = Start(m);
      if (at_start_[start] < 0) at_start_[start] = index;
      if (at_end_[m.end_token] < 0 || Start(r.mentions[at_end_[m.end_token]]) > start) {
        at_end_[m.end_token] = index;
      }
      for (uint32_t t = start; t < m.end_token; ++t) {
        if (cover_[t] < 0) cover_[t] = index;
      }
    }
    // A name in quotation marks (إقناع "المقاومة الإسلامية في العراق") is reached through them.
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const auto& m = r.mentions[i];
      const uint32_t start = Start(m);
      if (start > 0 && Quote(start - 1) && at_start_[start - 1] < 0) {
        at_start_[start - 1] = static_cast<int32_t>(i);
      }
      if (m.end_token < n && Quote(m.end_token) && at_end_[m.end_token + 1] < 0) {
        at_end_[m.end_token + 1] = static_cast<int32_t>(i);
      }
    }
  }

  void Run() {
    const auto& sentences = a_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      sentence_ = s;
      b_ = sentences[s].first_token;
      e_ = sentences[s].end_token;
      first_new_ = out_->size();
      Roles();
      for (const int32_t i : in_sentence_[s]) Neighbours(i);
      for (uint32_t t = b_; t < e_; ++t) {
        if (a_.tokens()[t].kind != TokenKind::kWord) continue;
        Backing(t);  // a backing word may lie inside a collective's mention
        if (cover_[t] < 0) Trigger(t);
      }
    }
  }

 private:
  static uint32_t Start(const Mention& m) {
    return m.title_end > m.title_first ? std::min(m.title_first, m.first_token) : m.first_token;
  }
  const Mention& M(int32_t i) const { return r_.mentions[i]; }
  EntityType Type(int32_t i) const { return r_.entities[M(i).entity].type; }
  std::string_view Key(uint32_t t) const { return a_.Key(a_.tokens()[t]); }

  bool IsComma(uint32_t t) const {
    const std::string_view key = Key(t);
    return key == "\u060C" || key == ",";
  }

  // The name a relative pronoun right before token t refers to (X، التي), or -1.
  int32_t Antecedent(uint32_t t) const {
    if (t <= b_ + 1 || !Is(p_.relative, t - 1)) return -1;
    uint32_t k = t - 1;
    if (k > b_ + 1 && a_.tokens()[k - 1].kind == TokenKind::kPunct) --k;
    const int32_t m = at_end_[k];
    // A name governed by a preposition (زيارته إلى فرنسا، التي اتهم فيها) is no verb's subject.
    return m >= 0 && Start(M(m)) >= b_ && PrepOf(m).empty() ? m : -1;
  }

  bool CommaBetween(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      if (a_.tokens()[k].kind == TokenKind::kPunct && IsComma(k)) return true;
    }
    return false;
  }

  bool Quote(uint32_t t) const {
    const Token& tok = a_.tokens()[t];
    return tok.kind == TokenKind::kPunct && IsQuotationMark(a_.Key(tok));
  }

  // Whether a word carries the article (which MatchKey drops: الآن and أن share a key).
  bool Definite(uint32_t t) const {
    std::string_view surface = a_.Surface(a_.tokens()[t]);
    if (surface.starts_with(kWa) || surface.starts_with(kFa)) surface.remove_prefix(kWa.size());
    return surface.starts_with(kAl);
  }

  // A function word's key with a glued و or ف split off (ولم، وقد).
  bool Is(const std::vector<std::string>& set, uint32_t t) const {
    if (Definite(t)) return false;
    return Matches(set, Key(t));
  }
  bool Is(const ParticleSet& set, uint32_t t) const {
    return Matches(Definite(t) ? set.definite : set.bare, Key(t));
  }
  static bool Matches(const std::vector<std::string>& set, std::string_view k) {
    if (In(set, k)) return true;
    return (k.starts_with(kWa) || k.starts_with(kFa)) && k.size() > 2 && In(set, k.substr(2));
  }
  bool Is(std::string_view word, uint32_t t) const {
    if (Definite(t)) return false;
    std::string_view k = Key(t);
    return k == word || ((k.starts_with(kWa) || k.starts_with(kFa)) && k.substr(2) == word);
  }

  Word Read(uint32_t t) const {
    Word w;
    std::string_view k = Key(t);
    auto found = [&] {
      w.readings = triggers_.Find(k);
      return !w.readings.empty();
    };
    if (found()) return w;
    if ((k.starts_with(kWa) || k.starts_with(kFa)) && k.size() > 4) {
      k.remove_prefix(2);
      w.conjunction = true;
      if (found()) return w;
    }
    if (k.starts_with("س") && k.size() > 6 &&
        (k.substr(2).starts_with("ي") || k.substr(2).starts_with("ت") ||
         k.substr(2).starts_with("ن"))) {
      w.future = true;
      std::string_view rest = k.substr(2);
      w.readings = triggers_.Find(rest);
      if (!w.readings.empty()) return w;
      w.future = false;
    }
    for (std::string_view prefix : {"ب", "ل", "ك"}) {
      if (k.starts_with(prefix) && k.size() > 4) {
        k.remove_prefix(2);
        w.nominal = true;
        if (prefix != "ك") w.prep = prefix;
        if (found()) return w;
        break;
      }
    }
    if (k.starts_with("ال") && k.size() > 6) {
      k.remove_prefix(4);
      w.nominal = true;
    } else if (w.nominal && k.starts_with("ل") && k.size() > 4) {
      k.remove_prefix(2);  // لل: ل + the article whose alef is dropped
    }
    found();
    return w;
  }

  // A light verb's noun, after it (وجه رسالة) or before it in a relative clause (الهجمات التي تشنها).
  int32_t LightNoun(const TriggerFrame& f, uint32_t t, bool enclitic) const {
    auto is_noun = [&](uint32_t k) {
      std::string_view key = Key(k);
      if (f.nouns.contains(key)) return true;
      for (std::string_view prefix : {"و", "ب", "ل", "ال"}) {
        if (key.starts_with(prefix)) {
          key.remove_prefix(prefix.size());
          if (f.nouns.contains(key)) return true;
        }
      }
      return false;
    };
    // After: among the first four words that are not names (the subject may come between).
    uint32_t words = 0;
    for (uint32_t k = t + 1; k < e_ && words < 4;) {
      if (at_start_[k] >= 0) {
        k = M(at_start_[k]).end_token;
        continue;
      }
      if (is_noun(k)) return static_cast<int32_t>(k);
      if (a_.tokens()[k].kind == TokenKind::kWord) ++words;
      ++k;
    }
    // Before: only where the verb refers back to it, through a relative pronoun (الهجمات التي
    // تشنها) or its own pronoun suffix (هجمات تشنها); otherwise an earlier noun is not its object.
    if (t > b_ + 1 && Is(p_.relative, t - 1) && is_noun(t - 2)) return static_cast<int32_t>(t - 2);
    if (enclitic && t > b_ && is_noun(t - 1)) return static_cast<int32_t>(t - 1);
    return -1;
  }

  // The preposition that introduces a mention ("" when none): glued (لإيران) or before it.
  std::string_view PrepOf(int32_t mi) const {
    const Mention& m = M(mi);
    const uint32_t start = Start(m);
    const Token& tok = a_.tokens()[start];
    if (tok.proclitics & kPrepLi) return "ل";
    if (tok.proclitics & kPrepBi) return "ب";
    if (start == m.first_token && m.span.begin > tok.span.begin) {
      std::string_view glued = a_.text().substr(tok.span.begin, m.span.begin - tok.span.begin);
      if (glued.find("ل") != std::string_view::npos) return "ل";
      if (glued.find("ب") != std::string_view::npos) return "ب";
    }
    return PrepBefore(start);
  }

  // The preposition of a word: glued to it (بالقواعد، للقواعد) or before it.
  std::string_view PrepAt(uint32_t t) const {
    const Token& tok = a_.tokens()[t];
    if (tok.proclitics & kPrepLi) return "ل";
    if (tok.proclitics & kPrepBi) return "ب";
    return PrepBefore(t);
  }

  // The preposition written before token t, across a quotation mark; "" when none. من after a
  // quantity (عدد من المسؤولين) governs nothing for the relation.
  std::string_view PrepBefore(uint32_t t) const {
    if (t > b_ && Quote(t - 1)) --t;
    if (t == b_) return "";
    const uint32_t prev = t - 1;
    if (Key(prev) == p_.qibal && prev > b_ && Is(p_.min, prev - 1)) return "من قبل";
    if (Is(p_.min, prev) && prev > b_ && InRule(Rule::kPartitive, prev - 1)) return "";
    for (const auto& prep : p_.prepositions) {
      if (Is(prep, prev)) return prep;
    }
    return "";
  }

  // Whether a word is in one of the lexicon's rule lists, with or without its clitics.
  bool InRule(Rule rule, uint32_t t) const {
    const Token& tok = a_.tokens()[t];
    return tok.kind == TokenKind::kWord && (lex_.Is(rule, a_.Base(tok)) || lex_.Is(rule, a_.Key(tok)));
  }

  // One mention and those coordinated with it (X و Y، وZ): one triple per conjunct.
  std::vector<int32_t> Conjuncts(int32_t mi) const {
    std::vector<int32_t> out{mi};
    uint32_t k = M(mi).end_token;
    while (k < e_ && out.size() < 8) {
      if (a_.tokens()[k].kind == TokenKind::kPunct && a_.Surface(a_.tokens()[k]) != "." &&
          k + 1 < e_) {
        ++k;
      }
      if (Key(k) == kWa && k + 1 < e_) ++k;
      const int32_t next = at_start_[k];
      if (next < 0) break;
      const Token& first = a_.tokens()[Start(M(next))];
      const bool joined = (first.proclitics & kConjWa) || a_.Surface(first).starts_with(kWa) ||
                          Key(k - 1) == kWa;
      if (!joined) break;
      out.push_back(next);
      k = M(next).end_token;
    }
    return out;
  }

  // The subject before a verb: the nearest mention not governed by a preposition, within
  // `gap` words.
  int32_t Before(uint32_t t, uint32_t gap, uint32_t* distance) const {
    uint32_t words = 0;
    for (uint32_t k = t; k > b_;) {
      const int32_t m = at_end_[k];
      if (m >= 0 && Start(M(m)) >= b_) {
        if (PrepOf(m).empty()) {
          *distance = words;
          // The first conjunct of a coordinated subject (سوليفان وبلينكن طالبا).
          int32_t first = m;
          for (uint32_t j = Start(M(m)); j > b_;) {
            const int32_t prev = at_end_[j];
            const bool joined = a_.Surface(a_.tokens()[j]).starts_with(kWa) || Key(j - 1) == kWa;
            if (prev < 0 || !joined) break;
            first = prev;
            j = Start(M(prev));
          }
          return first;
        }
        k = Start(M(m));
        continue;
      }
      --k;
      if (a_.tokens()[k].kind == TokenKind::kWord && ++words > gap) break;
    }
    return -1;
  }

  // The object: the first mention within a few words that the frame's prepositions introduce,
  // passing over the subject and its conjuncts and another name of theirs (an apposition). Two detours lead to it: a target
  // the frame introduces stands for the state or place named right after it (ضد أهداف في شمال
  // إسرائيل، القواعد الأمريكية), and an attack's masdar after the frame's preposition passes
  // the role on to its genitive (هدد بضرب العراق). A direct object is the first noun phrase:
  // past a common noun, only its genitive or nisba stands for it (أدان الهجمات الإسرائيلية),
  // not a later name (يستنكر تصريحات غراندي حول عودة اللاجئين السوريين). `direct` false: the
  // verb's pronoun suffix is its direct object already (استهدفتها).
  int32_t After(const TriggerFrame& f, uint32_t from, int32_t subject = -1, bool direct = true) const {
    uint32_t words = 0;
    uint32_t owner_until = 0;  // a target's owner may be named before this token
    bool genitive = false;     // the previous word was such a masdar
    bool open = true;          // no common noun has taken the direct object's place yet
    uint32_t qualifier = e_;   // where that noun's genitive or nisba is
    std::vector<int32_t> subjects;
    if (subject >= 0) {
      for (int32_t s : Conjuncts(subject)) subjects.push_back(M(s).entity);
    }
    auto introduced = [&](std::string_view prep) {
      return prep.empty() ? (f.direct && direct && open) || genitive : In(f.preps, prep);
    };
    for (uint32_t k = from; k < e_ && words < 7;) {
      if (const int32_t m = at_start_[k]; m >= 0) {
        const std::string_view prep = PrepOf(m);
        const bool same = std::find(subjects.begin(), subjects.end(), M(m).entity) != subjects.end();
        const bool owner = k < owner_until && (prep.empty() || prep == "في");
        const bool qualifies = k == qualifier && prep.empty() && f.direct && direct;
        // الموالين لإيران: the name a backing word governs is no other trigger's object.
        const bool backer = k > b_ && InRule(Rule::kBacking, Start(M(m)) - 1);
        if (!same && !backer && (introduced(prep) || owner || qualifies)) return m;
        k = M(m).end_token;
        ++words;
        genitive = false;
        continue;
      }
      // A particle opens another clause, whose names are not this trigger's.
      if (Is(p_.boundary, k) || Is(p_.negation, k) || Is(p_.hedge, k) || Is(p_.qad, k)) break;
      // An apposition or adverbial between commas leaves the direct object's place open
      // (حذرت حماس، المسيطرة على قطاع غزة، إسرائيل).
      if (a_.tokens()[k].kind == TokenKind::kPunct && IsComma(k)) open = true;
      if (a_.tokens()[k].kind == TokenKind::kWord) {
        const std::string_view prep = PrepAt(k);
        if (const auto target = lex_.rule(Rule::kTarget).Longest(a_, k, e_);
            target.length && introduced(prep)) {
          owner_until = k + static_cast<uint32_t>(target.length) + 4;
          k += static_cast<uint32_t>(target.length);
          ++words;
          genitive = false;
          continue;
        }
        const Word w = Read(k);
        const std::string_view glued = w.prep.empty() ? prep : w.prep;
        genitive = !glued.empty() && In(f.preps, glued) && Attack(w);
        if (open && glued.empty() && !genitive && !InRule(Rule::kCommon, k) && !InRule(Rule::kPartitive, k)) {
          open = false;
          qualifier = PastAdjectives(k);
        }
        ++words;
      }
      ++k;
    }
    return -1;
  }

  // Whether the word after an attack's noun makes it one in words (هجوم حاد، هجوما كلاميا).
  bool Figurative(uint32_t noun) const { return noun + 1 < e_ && Is(p_.figurative, noun + 1); }

  // Whether a word is an attack's trigger (بضرب، باستهداف، من مهاجمة).
  bool Attack(const Word& w) const {
    for (const TriggerMatch& reading : w.readings) {
      const auto& p = triggers_.frame(reading.frame).predicate;
      if (p == "attacked" || p == "killed") return true;
    }
    return false;
  }

  // The first word after a masdar's adjectives: up to two words that agree with it in
  // definiteness and look like adjectives (a nisba ending or a listed modifier).
  uint32_t PastAdjectives(uint32_t t) const {
    const bool definite = Definite(t);
    uint32_t k = t + 1;
    for (uint32_t skipped = 0; k < e_ && skipped < 2 && at_start_[k] < 0; ++k, ++skipped) {
      const Token& tok = a_.tokens()[k];
      if (tok.kind != TokenKind::kWord || tok.proclitics & (kPrepBi | kPrepLi | kConjWa) ||
          Definite(k) != definite) {
        break;
      }
      const std::string_view key = Key(k);
      const bool adjective = key.ends_with("\u064A") || key.ends_with("\u064A\u0647") ||
                             InRule(Rule::kModifier, k);
      if (!adjective || Is(p_.prepositions, k) || Is(p_.boundary, k)) break;
    }
    return k;
  }

  // An agent named after a masdar by من قبل or صدر عن/من (تحذيرات صدرت من X).
  int32_t AgentAfter(uint32_t t) const {
    for (uint32_t k = t + 1; k < e_ && k <= t + 4; ++k) {
      if (const int32_t m = at_start_[k]; m >= 0) {
        if (PrepOf(m) == "من قبل") return m;
        k = M(m).end_token - 1;
        continue;
      }
      if (!Is(p_.issued, k)) continue;
      for (uint32_t j = k + 1; j < e_ && j <= k + 2; ++j) {
        if (const int32_t m = at_start_[j]; m >= 0) {
          const std::string_view prep = PrepOf(m);
          return prep == "من" || prep == "عن" ? m : -1;
        }
      }
      return -1;
    }
    return -1;
  }

  // The agent of a masdar that completes a support verb (قام بـ، استمر في، واصل، بذل جهودا
  // لـ، اتهم X بـ): the name between the verb and the masdar, else the verb's subject.
  int32_t SupportSubject(uint32_t t) const {
    for (uint32_t v = t; v > b_ && v + 5 > t;) {
      --v;
      if (!Is(p_.support, v)) continue;
      for (uint32_t k = t; k > v + 1;) {
        const int32_t m = at_end_[k];
        if (m >= 0 && Start(M(m)) > v) {
          if (PrepOf(m).empty()) return m;
          k = Start(M(m));
          continue;
        }
        --k;
      }
      uint32_t distance = 0;
      return Before(v, 3, &distance);
    }
    return -1;
  }

  bool Negated(uint32_t t) const {
    for (uint32_t k = t > b_ + 3 ? t - 3 : b_; k < t; ++k) {
      if (Is(p_.negation, k)) return true;
    }
    for (uint32_t k = t > b_ + 8 ? t - 8 : b_; k < t; ++k) {
      if (Is(p_.denial, k)) return true;
    }
    return false;
  }

  bool Hedged(uint32_t t, const Word& w, bool imperfect) const {
    if (w.future) return true;
    if (t + 1 < e_ && Is(p_.prospective, t + 1)) return true;  // لقاؤه المرتقب
    for (uint32_t k = t > b_ + 3 ? t - 3 : b_; k < t; ++k) {
      if (Is(p_.hedge, k) || (imperfect && Is(p_.qad, k))) return true;
    }
    for (uint32_t k = t > b_ + 8 ? t - 8 : b_; k < t; ++k) {
      if (Is(p_.condition, k)) return true;
    }
    return false;
  }

  // Who the sentence says is speaking, when a reporting verb or وفق/بحسب precedes the trigger.
  // Looked for within kSourceReach tokens, so that a sentence without end costs linear time.
  std::string Source(uint32_t t) const {
    constexpr uint32_t kSourceReach = 48;
    for (uint32_t k = t > b_ + kSourceReach ? t - kSourceReach : b_; k + 1 < t; ++k) {
      std::string_view key = Key(k);
      if (key.starts_with(kWa) && key.size() > 4) key.remove_prefix(2);
      const bool reporting = lex_.Is(Rule::kReportingVerb, key);
      if (!reporting && !In(p_.attribution.bare, key)) continue;
      for (uint32_t j = k + 1; j < t && j <= k + 3; ++j) {
        if (at_start_[j] >= 0) return r_.entities[M(at_start_[j]).entity].label;
      }
    }
    return {};
  }

  graph::Span CodePoints(Span bytes) const {
    return {a_.CodePoint(bytes.begin), a_.CodePoint(bytes.end)};
  }

  // The sentence the evidence quotes: all of it, or, past kLongSentence code points (a text
  // without full stops), the words around the statement's, whole words only, so that each
  // statement of such a text does not quote all of it.
  graph::Span SentenceSpan(const graph::Evidence& ev) const {
    constexpr uint32_t kLongSentence = 1000, kContext = 200;
    const Sentence& sentence = a_.sentences()[sentence_];
    const graph::Span whole = CodePoints(sentence.span);
    if (whole.end - whole.begin <= kLongSentence) return whole;
    const uint32_t first = std::min({ev.trigger.begin, ev.subject.begin, ev.object.begin});
    const uint32_t last = std::max({ev.trigger.end, ev.subject.end, ev.object.end});
    const uint32_t from = first > whole.begin + kContext ? first - kContext : whole.begin;
    const uint32_t to = std::min(last + kContext, whole.end);
    const auto& tokens = a_.tokens();
    const auto begin = tokens.begin() + sentence.first_token, end = tokens.begin() + sentence.end_token;
    // The first token starting at or after `from`, the last ending at or before `to`: the
    // statement's own words lie between them.
    const auto lo = std::partition_point(begin, end, [&](const Token& t) { return a_.CodePoint(t.span.begin) < from; });
    const auto hi = std::partition_point(lo, end, [&](const Token& t) { return a_.CodePoint(t.span.end) <= to; });
    if (lo == end || hi == lo) return whole;
    return {a_.CodePoint(lo->span.begin), a_.CodePoint(std::prev(hi)->span.end)};
  }

  // A statement names an entity by the surface it was read under; Extractor::Extract adds the
  // article's other names to the entity's first statement only.
  graph::EntityInfo Info(int32_t mi) const {
    graph::EntityInfo info = Unnamed(M(mi).entity);
    info.aliases.push_back(M(mi).surface);
    return info;
  }

  graph::EntityInfo Unnamed(int32_t entity) const {
    const graph::EntityInfo& e = r_.entities[entity];
    return {e.id, e.label, e.type, {}};
  }

  static bool Fits(std::string_view predicate, EntityType s, EntityType o) {
    if (s == EntityType::kPlace || s == EntityType::kMedia || s == EntityType::kUnknown) return false;
    if (o == EntityType::kMedia || o == EntityType::kUnknown) return false;
    if (predicate == "visited" || predicate == "deployed_forces_in") {
      return o == EntityType::kCountry || o == EntityType::kPlace;
    }
    if (predicate == "leads" || predicate == "official_of" || predicate == "member_of") {
      return s == EntityType::kPerson || predicate == "member_of";
    }
    return true;
  }

  void Emit(std::string_view predicate, int32_t subject, int32_t object, Span trigger,
            bool negated, float confidence, const std::string& source) {
    for (int32_t s : Conjuncts(subject)) {
      for (int32_t o : Conjuncts(object)) {
        if (M(s).entity == M(o).entity || !Fits(predicate, Type(s), Type(o))) continue;
        const auto& sid = r_.entities[M(s).entity].id;
        const auto& oid = r_.entities[M(o).entity].id;
        const bool repeated = std::any_of(
            out_->begin() + static_cast<std::ptrdiff_t>(first_new_), out_->end(), [&](const auto& st) {
              return st.subject.id == sid && st.object.id == oid && st.predicate == predicate &&
                     st.negated == negated;
            });
        if (repeated) continue;
        graph::Statement st;
        st.subject = Info(s);
        st.predicate = std::string(predicate);
        st.object = Info(o);
        st.negated = negated;
        auto& ev = st.evidence;
        ev.sentence = sentence_ + 1;
        ev.trigger = CodePoints(trigger);
        ev.subject = {M(s).begin, M(s).end};
        ev.object = {M(o).begin, M(o).end};
        ev.sentence_span = SentenceSpan(ev);
        ev.confidence = confidence;
        ev.source = source;
        out_->push_back(std::move(st));
      }
    }
  }

  // leads / official_of / member_of from the titles the recognizer read (وزير الخارجية
  // الإسرائيلي جدعون ساعر). A title that names no body (وزير الخارجية أنتوني بلينكن) is held in
  // the state the lexicon gives the person; a member title held in a state (النائب) is an
  // official of it.
  void Roles() {
    const auto& tokens = a_.tokens();
    for (const int32_t i : in_sentence_[sentence_]) {
      const Mention& m = r_.mentions[i];
      if (r_.entities[m.entity].type != EntityType::kPerson) continue;
      Office office = m.office;
      uint32_t title_first = m.title_first, title_end = m.title_end;
      if (office == Office::kNone && m.kind == MentionKind::kName) {
        // A lexicon name that is itself a title (المرشد الأعلى الإيراني).
        const auto title = lex_.rule(Rule::kTitle).Longest(a_, m.first_token, m.end_token);
        if (!title.length) continue;
        office = static_cast<Office>(title.value);
        title_first = m.first_token;
        title_end = m.end_token;
      }
      if (office == Office::kNone || Former(title_first, title_end)) continue;
      const Span title{tokens[title_first].span.begin, tokens[title_end - 1].span.end};
      graph::EntityInfo body;
      graph::Span body_span = CodePoints(title);
      if (m.affiliation >= 0) {
        body = Unnamed(m.affiliation);
        // Its evidence is its name inside the title (وزير الخارجية *الإسرائيلي*).
        for (const int32_t b : in_sentence_[sentence_]) {
          const Mention& part = r_.mentions[b];
          if (part.entity == m.affiliation && part.first_token >= title_first && part.end_token <= title_end) {
            body = Info(b);
            body_span = {part.begin, part.end};
            break;
          }
        }
      } else if (const int32_t group = MemberOf(m); group >= 0) {
        body = Info(group);  // القيادي سعد المطلبي في ائتلاف دولة القانون
        body_span = {M(group).begin, M(group).end};
      } else if (const int32_t state = StateOf(m.entity);
                 state >= 0 && office != Office::kMember && !HeadsUnnamedBody(m, title_first, title_end)) {
        body = lex_.entities()[state].info;
      } else {
        continue;
      }
      const std::string_view predicate = office == Office::kLeader     ? "leads"
                                         : office == Office::kOfficial ? "official_of"
                                         : body.type == EntityType::kCountry ? "official_of"
                                                                             : "member_of";
      Role(predicate, i, std::move(body), title, body_span);
    }
  }

  // Whether a title heads a body kg did not name (زعيم حزب العمال، رئيسة التجمع الوطني، رئيس
  // شركة): the person leads that body, not the state the lexicon gives them.
  bool HeadsUnnamedBody(const Mention& person, uint32_t title_first, uint32_t title_end) const {
    const uint32_t after = person.first_token >= title_end ? person.first_token : std::min<uint32_t>(title_end + 3, e_);
    for (uint32_t k = title_first; k < after; ++k) {
      if (k >= person.first_token && k < person.end_token) continue;
      // An office a title names (رئيس مجلس الوزراء) is the state's; a party is not (زعيم الحزب).
      if (const auto office = lex_.rule(Rule::kOffice).Longest(a_, k, after); office.length > 1) {
        k += office.length - 1;
        continue;
      }
      // An organisation's head word (حزب، حركة), or a rally's or company's (تجمع، شركة).
      if (InRule(Rule::kOrgHead, k)) return true;
      const std::string_view key = a_.Base(a_.tokens()[k]);
      if (key == "\u062A\u062C\u0645\u0639" || key == "\u0634\u0631\u0643\u0647") return true;
    }
    return false;
  }

  // Whether a title is qualified as former (الرئيس البرازيلي السابق): no role now.
  bool Former(uint32_t first, uint32_t end) const {
    for (uint32_t k = first; k < end; ++k) {
      if (Is(p_.former, k)) return true;
    }
    return false;
  }

  // A member title's body named after the person (القيادي X في الحزب): its mention, or -1.
  int32_t MemberOf(const Mention& person) const {
    if (person.office != Office::kMember || person.end_token + 1 >= e_ || !Is(p_.fi, person.end_token)) {
      return -1;
    }
    const int32_t group = at_start_[person.end_token + 1];
    if (group < 0) return -1;
    const EntityType type = Type(group);
    return type == EntityType::kOrg || type == EntityType::kArmedGroup ? group : -1;
  }

  // The state a person of the lexicon serves (country= in people.tsv), or -1.
  int32_t StateOf(int32_t entity) const {
    const int32_t known = lex_.Find(r_.entities[entity].id);
    return known >= 0 ? lex_.entities()[known].country : -1;
  }

  // A role triple; the body's evidence is `body_span`, else the trigger.
  void Role(std::string_view predicate, int32_t person, graph::EntityInfo body, Span trigger,
            std::optional<graph::Span> body_span = std::nullopt) {
    if (r_.entities[M(person).entity].id == body.id) return;
    const bool repeated = std::any_of(
        out_->begin() + static_cast<std::ptrdiff_t>(first_new_), out_->end(), [&](const auto& st) {
          return st.subject.id == r_.entities[M(person).entity].id && st.object.id == body.id &&
                 st.predicate == predicate;
        });
    if (repeated) return;
    graph::Statement st;
    st.subject = Info(person);
    st.predicate = std::string(predicate);
    st.object = std::move(body);
    auto& ev = st.evidence;
    ev.sentence = sentence_ + 1;
    ev.trigger = CodePoints(trigger);
    ev.subject = {M(person).begin, M(person).end};
    ev.object = body_span.value_or(ev.trigger);
    ev.sentence_span = SentenceSpan(ev);
    ev.confidence = 0.9f;
    out_->push_back(std::move(st));
  }

  // Relations a mention's neighbours state without a trigger verb: a government named after
  // its head (حكومة محمد شياع السوداني), a party within an alliance (ائتلاف دولة القانون
  // المشارك في تحالف الإطار التنسيقي), troops where they are (القوات الأمريكية في العراق).
  void Neighbours(int32_t mi) {
    const Mention& m = M(mi);
    const uint32_t start = Start(m);
    const EntityType type = Type(mi);
    if (type == EntityType::kPerson && start > b_ && InRule(Rule::kInstitution, start - 1) &&
        !Definite(start - 1)) {
      if (const int32_t state = StateOf(m.entity); state >= 0) {
        Role("leads", mi, lex_.entities()[state].info, a_.tokens()[start - 1].span);
      }
      return;
    }
    uint32_t k = m.end_token;
    if (k + 1 < e_ && IsComma(k)) ++k;  // ائتلاف دولة القانون، المشارك في تحالف الإطار
    if (k + 1 >= e_) return;
    if ((type == EntityType::kOrg || type == EntityType::kArmedGroup) && Is(p_.membership, k)) {
      uint32_t j = k + 1;
      if (j < e_ && Is(p_.fi, j)) ++j;
      if (j < e_ && at_start_[j] >= 0) {
        const int32_t body = at_start_[j];
        if (Type(body) == EntityType::kOrg || Type(body) == EntityType::kArmedGroup) {
          Emit("member_of", mi, body, a_.tokens()[k].span, Negated(k), 0.8f, Source(k));
        }
      }
      return;
    }
    if (type == EntityType::kCountry && m.kind == MentionKind::kInstitution &&
        InRule(Rule::kForces, start) && Is(p_.fi, k) && at_start_[k + 1] >= 0 && !Hedged(start, {}, false)) {
      Emit("deployed_forces_in", mi, at_start_[k + 1], a_.tokens()[start].span, Negated(start), 0.7f,
           Source(start));
    }
  }

  // backs: a group tied to its backer (الميليشيات المدعومة من إيران، جماعات تعمل تحت رعاية
  // إيران، فصائل موالية لطهران).
  void Backing(uint32_t t) {
    const bool patronage = Is(p_.patronage, t);
    if (!patronage && !lex_.Is(Rule::kBacking, Key(t))) return;
    int32_t group = -1;
    for (uint32_t k = t + 1; k > b_ && k + 4 > t + 1; --k) {
      if (at_end_[k] >= 0 && Start(M(at_end_[k])) >= b_) {
        group = at_end_[k];
        break;
      }
    }
    if (group < 0 || Type(group) != EntityType::kArmedGroup) return;
    uint32_t k = t + 1;
    if (k < e_ && Is(p_.min, k)) ++k;
    if (k >= e_ || at_start_[k] < 0) return;
    const int32_t backer = at_start_[k];
    Emit("backs", backer, group, a_.tokens()[t].span, false, 0.85f, Source(t));
  }

  void Trigger(uint32_t t) {
    if (used_[t]) return;
    const Word w = Read(t);
    if (w.readings.empty()) return;
    const Token& tok = a_.tokens()[t];
    const bool ta_marbuta = a_.Surface(tok).ends_with(kTaMarbuta);
    const bool after_prep = t > b_ && Is(p_.prepositions, t - 1);
    for (const TriggerMatch& reading : w.readings) {
      const TriggerFrame& f = triggers_.frame(reading.frame);
      const bool verb = f.form != TriggerForm::kNoun;
      if (f.form == TriggerForm::kVerb && (w.nominal || ta_marbuta || after_prep)) continue;
      int32_t noun = -1;
      if (!f.nouns.empty() && (noun = LightNoun(f, t, reading.enclitic)) < 0) continue;
      int32_t subject = -1, object = -1;
      float confidence = 0.8f;
      uint32_t distance = 0;
      if (f.form == TriggerForm::kVerb) {
        const int32_t before = Before(t, 4, &distance);
        const int32_t after = t + 1 < e_ ? at_start_[t + 1] : -1;
        const bool after_ok = after >= 0 && PrepOf(after).empty();
        if (reading.enclitic && t > b_ && Is(p_.relative, t - 1) && after_ok) {
          // الذي يتزعمه X: the pronoun stands for the relative's antecedent.
          uint32_t k = t - 1;
          if (k > b_ && a_.tokens()[k - 1].kind == TokenKind::kPunct) --k;
          object = at_end_[k];
          subject = after;
        } else if (const int32_t antecedent = Antecedent(t); antecedent >= 0) {
          // إيران وإسرائيل، التي شنت غارات: the relative pronoun's antecedent, the last conjunct.
          subject = antecedent;
        } else if (before >= 0 && !w.conjunction && (distance == 0 || !after_ok) &&
                   (distance == 0 || M(before).kind != MentionKind::kNisba) &&
                   !(after_ok && CommaBetween(M(before).end_token, t))) {
          // (A name before a comma ends a phrase: وبعد التفجير في معقل الصدر، طالب X.)
          // SVO; a nisba adjective is a subject only right before the verb (الإيرانيون وعدوا).
          subject = before;
        } else if (after_ok) {
          subject = after;
        } else if (before >= 0 && M(before).kind != MentionKind::kNisba) {
          // A distant subject; a nisba there qualifies some other noun (الفرنسية ... وجه).
          subject = before;
          confidence = 0.6f;
        }
        if (object < 0) {
          const uint32_t from = subject >= 0 && subject == after ? M(Conjuncts(after).back()).end_token : t + 1;
          object = After(f, from, subject, !reading.enclitic);
          if (subject < 0 && object >= 0) {
            // Object before subject, as in a relative clause (هجمات تشنها على إسرائيل فصائل).
            const uint32_t k = M(Conjuncts(object).back()).end_token;
            if (k < e_ && at_start_[k] >= 0 && PrepOf(at_start_[k]).empty()) subject = at_start_[k];
          }
        }
      } else if (f.form == TriggerForm::kReceive) {
        object = Before(t, 3, &distance);
        if (object < 0 && t + 1 < e_ && at_start_[t + 1] >= 0 && PrepOf(at_start_[t + 1]).empty()) {
          object = at_start_[t + 1];
        }
        subject = After(f, t + 1);
        if (subject < 0 && noun >= 0) {
          // حصلت بغداد على تعهدات إيرانية: the giver is the nisba after what was received.
          const uint32_t g = PastAdjectives(static_cast<uint32_t>(noun));
          if (g < e_ && at_start_[g] >= 0 && M(at_start_[g]).kind == MentionKind::kNisba) subject = at_start_[g];
        }
        confidence = 0.7f;
      } else {
        // The genitive after the masdar and its adjectives (الهجمات الصاروخية الإيرانية); a
        // pronoun suffix (هجماتها) is the genitive itself.
        // (MatchKey folds ة into ه: حليفة is no حليف with a suffix.)
        const uint32_t g = reading.enclitic && !ta_marbuta ? e_ : PastAdjectives(t);
        const int32_t genitive = g < e_ ? at_start_[g] : -1;
        const std::string_view genitive_prep = genitive >= 0 ? PrepOf(genitive) : "";
        int32_t agent = -1;
        if (genitive >= 0 && (genitive_prep.empty() || (genitive_prep == "ل" && !In(f.preps, "ل")))) {
          agent = genitive;  // هجمات الفصائل، هجمات لفصائل موالية لإيران
        } else {
          agent = AgentAfter(t);  // من قبل X، صدرت عن X
        }
        confidence = 0.7f;
        if (f.direct && agent >= 0 && agent == genitive && genitive_prep.empty() &&
            Type(agent) != EntityType::kUnknown && M(agent).kind != MentionKind::kNisba) {
          // استهداف المصالح، إقناع الفصائل: the genitive is the patient; the agent is the
          // clause's subject just before.
          object = agent;
          subject = Before(t, 2, &distance);
          if (subject < 0) subject = SupportSubject(t);  // تبذل جهودا لحث الحكومة
        } else if (agent >= 0) {
          subject = agent;
          object = After(f, agent == genitive ? M(Conjuncts(agent).back()).end_token : t + 1, agent);
        } else if (const int32_t doer = SupportSubject(t); doer >= 0) {
          // استمرت إسرائيل في هجماتها على غزة، قاموا بزيارة إلى إيران، اتهمتها بتهريب صواريخ
          subject = doer;
          object = After(f, t + 1, doer);
          confidence = 0.6f;
        } else if (In(f.preps, "بين")) {
          // الحرب بين X وY
          const int32_t first = After(f, t + 1);
          if (first >= 0 && PrepOf(first) == "بين") {
            const auto both = Conjuncts(first);
            if (both.size() >= 2) subject = both[0], object = both[1];
          }
        }
      }
      if (subject < 0 || object < 0) continue;
      // شن هجوما حادا على: an attack in words is criticism, no attack.
      if (f.predicate == "attacked" && Figurative(noun >= 0 ? static_cast<uint32_t>(noun) : t)) continue;
      // A people noun by قتل is its victim far more often than its agent: unvocalised, قتل
      // فلسطينيان reads "two Palestinians were killed".
      if (f.predicate == "killed" && M(subject).kind == MentionKind::kNisba) continue;
      const bool imperfect = verb && reading.imperfect;
      if (f.predicate != "threatened" && Hedged(t, w, imperfect)) continue;
      if (noun >= 0) used_[noun] = true;
      Emit(f.predicate, subject, object, tok.span, Negated(t), confidence, Source(t));
    }
  }

  const Recognition& r_;
  const Analysis& a_;
  const Lexicon& lex_;
  const TriggerTable& triggers_;
  const Particles& p_;
  std::vector<graph::Statement>* out_;
  std::vector<int32_t> at_start_;  // token -> the longest mention starting there (with its title)
  std::vector<int32_t> at_end_;    // end token -> the longest mention ending there
  std::vector<int32_t> cover_;     // token -> a mention that covers it
  std::vector<bool> used_;         // light nouns already read with their verb
  std::vector<std::vector<int32_t>> in_sentence_;  // sentence -> its mentions
  uint32_t sentence_ = 0, b_ = 0, e_ = 0;
  size_t first_new_ = 0;           // this sentence's first statement, for de-duplication
};

}  // namespace

ParticleSet::ParticleSet(std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    (word.starts_with(kAl) ? definite : bare).push_back(text::MatchKey(word));
  }
}

Particles::Particles()
    : negation({"لم", "لن", "لا", "عدم", "ليس", "ليست", "دون"}),
      denial({"نفى", "نفت", "نفوا", "ينفي", "تنفي", "ننفي", "نفي", "ينفون", "نفيه", "نفيها"}),
      hedge({"ربما", "سوف", "يمكن", "قد يكون", "محتمل", "المحتمل", "احتمال", "يحتمل", "يجب",
             "ينبغي", "يتعين", "الضروري", "ضرورة", "المقرر", "يتوقع", "المتوقع", "المنتظر"}),
      condition({"حال", "إذا", "اذا", "لو", "مخاوف", "خطط", "خطة", "تخطط", "يخطط", "إن لم"}),
      prospective({"المرتقب", "المرتقبة", "المقرر", "المقررة", "المقبل", "المقبلة", "المحتمل",
                   "المحتملة", "المزمع", "المزمعة", "المتوقع", "المتوقعة", "المنتظر", "المنتظرة",
                   "مرتقب", "مرتقبة", "مقرر", "مقررة", "محتمل", "محتملة", "مزمع", "مزمعة",
                   "متوقع", "متوقعة", "منتظر", "منتظرة"}),
      qad(text::MatchKey("قد")),
      boundary({"أن", "إن", "بأن", "أنه", "أنها", "بأنه", "بأنها", "الذي", "التي", "الذين",
                "حيث", "لكن", "بينما", "فيما", "عندما", "بعد", "قبل", "لأن", "كي", "لكي"}),
      relative({"الذي", "التي", "الذين", "اللذين", "اللتين"}),
      prepositions(Keys({"في", "من", "إلى", "الى", "على", "عن", "مع", "ضد", "تجاه", "باتجاه", "لدى",
                         "نحو", "بين", "عبر", "داخل", "قرب", "حول", "بشأن", "ل", "ب"})),
      attribution({"وفق", "وفقا", "بحسب", "حسب", "نقلا"}),
      min(text::MatchKey("من")),
      qibal(text::MatchKey("قبل")),
      patronage({"رعاية", "وكلاء", "وكيل"}),
      issued({"صدر", "صدرت", "صادر", "صادرة", "صادرا", "الصادر", "الصادرة"}),
      membership({"المشارك", "المشاركة", "العضو", "عضو", "المنضوي", "المنضوية", "المنضم",
                  "المنضمة", "المنتمي", "المنتمية"}),
      fi(text::MatchKey("في")),
      figurative({"حاد", "حادا", "حادة", "كلامي", "كلاميا", "كلامية", "لاذع", "لاذعا", "لاذعة",
                  "لفظي", "لفظيا", "لفظية", "إعلامي", "إعلاميا", "إعلامية"}),
      former({"السابق", "السابقة", "الأسبق", "الأسبقة", "سابق", "سابقة"}),
      support({"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "استمر", "استمرت", "يستمر",
               "تستمر", "واصل", "واصلت", "يواصل", "تواصل", "بذل", "بذلت", "يبذل", "تبذل", "جهود",
               "جهودا", "سعى", "سعت", "يسعى", "تسعى", "عمل", "عملت", "يعمل", "تعمل", "أقدم",
               "أقدمت", "يقدم", "تقدم", "اتهم", "اتهمت", "يتهم", "تتهم", "اتهام"}) {}

void FindRelations(const Recognition& recognition, const Lexicon& lexicon,
                   const TriggerTable& triggers, const Particles& particles,
                   std::vector<graph::Statement>* out) {
  Finder(recognition, lexicon, triggers, particles, out).Run();
}

}  // namespace kg::extract
