#include "extract/relation_finder.h"

#include <algorithm>
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

constexpr std::string_view kWa = "و";
constexpr std::string_view kFa = "ف";
constexpr std::string_view kTaMarbuta = "ة";

// A trigger's word once its conjunction, preposition and article are split off.
struct Word {
  std::span<const TriggerMatch> readings;
  bool conjunction = false;  // و or ف: a verb that opens a clause (VSO)
  bool nominal = false;      // an article or preposition was split off: not a verb
  bool future = false;       // the future prefix سـ
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
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const auto& m = r.mentions[i];
      const auto index = static_cast<int32_t>(i);
      const uint32_t start = Start(m);
      if (at_start_[start] < 0) at_start_[start] = index;
      if (at_end_[m.end_token] < 0 || Start(r.mentions[at_end_[m.end_token]]) > start) {
        at_end_[m.end_token] = index;
      }
      for (uint32_t t = start; t < m.end_token; ++t) {
        if (cover_[t] < 0) cover_[t] = index;
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

  // A function word's key with a glued و or ف split off (ولم، وقد).
  bool Is(const std::vector<std::string>& set, uint32_t t) const {
    std::string_view k = Key(t);
    if (In(set, k)) return true;
    return (k.starts_with(kWa) || k.starts_with(kFa)) && k.size() > 2 && In(set, k.substr(2));
  }
  bool Is(std::string_view word, uint32_t t) const {
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
    if (start == b_) return "";
    const uint32_t prev = start - 1;
    if (Key(prev) == p_.qibal && prev > b_ && Is(p_.min, prev - 1)) return "من قبل";
    for (const auto& prep : p_.prepositions) {
      if (Is(prep, prev)) return prep;
    }
    return "";
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
  // passing over another name of the subject (an apposition).
  int32_t After(const TriggerFrame& f, uint32_t from, int32_t subject = -1) const {
    uint32_t words = 0;
    for (uint32_t k = from; k < e_ && words < 7;) {
      if (const int32_t m = at_start_[k]; m >= 0) {
        const std::string_view prep = PrepOf(m);
        const bool same = subject >= 0 && M(m).entity == M(subject).entity;
        if (!same && ((prep.empty() && f.direct) || In(f.preps, prep))) return m;
        k = M(m).end_token;
        ++words;
        continue;
      }
      if (Is(p_.boundary, k)) break;
      if (a_.tokens()[k].kind == TokenKind::kWord) ++words;
      ++k;
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
    for (uint32_t k = t > b_ + 3 ? t - 3 : b_; k < t; ++k) {
      if (Is(p_.hedge, k) || (imperfect && Is(p_.qad, k))) return true;
    }
    for (uint32_t k = t > b_ + 8 ? t - 8 : b_; k < t; ++k) {
      if (Is(p_.condition, k)) return true;
    }
    return false;
  }

  // Who the sentence says is speaking, when a reporting verb or وفق/بحسب precedes the trigger.
  std::string Source(uint32_t t) const {
    for (uint32_t k = b_; k + 1 < t; ++k) {
      std::string_view key = Key(k);
      if (key.starts_with(kWa) && key.size() > 4) key.remove_prefix(2);
      const bool reporting = lex_.Is(Rule::kReportingVerb, key);
      if (!reporting && !In(p_.attribution, key)) continue;
      for (uint32_t j = k + 1; j < t && j <= k + 3; ++j) {
        if (at_start_[j] >= 0) return r_.entities[M(at_start_[j]).entity].label;
      }
    }
    return {};
  }

  graph::Span CodePoints(Span bytes) const {
    return {a_.CodePoint(bytes.begin), a_.CodePoint(bytes.end)};
  }

  graph::EntityInfo Info(int32_t mi) const {
    graph::EntityInfo info = r_.entities[M(mi).entity];
    auto& aliases = info.aliases;
    std::erase(aliases, M(mi).surface);
    aliases.insert(aliases.begin(), M(mi).surface);
    return info;
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
        ev.sentence_span = CodePoints(a_.sentences()[sentence_].span);
        ev.trigger = CodePoints(trigger);
        ev.subject = {M(s).begin, M(s).end};
        ev.object = {M(o).begin, M(o).end};
        ev.confidence = confidence;
        ev.source = source;
        out_->push_back(std::move(st));
      }
    }
  }

  // leads / official_of / member_of from the titles the recognizer read (وزير الخارجية
  // الإسرائيلي جدعون ساعر). A member title held in a state (النائب) is an official of it.
  void Roles() {
    for (size_t i = 0; i < r_.mentions.size(); ++i) {
      const Mention& m = r_.mentions[i];
      if (m.sentence != sentence_ || m.office == Office::kNone || m.affiliation < 0) continue;
      const auto& body = r_.entities[m.affiliation];
      std::string_view predicate = m.office == Office::kLeader     ? "leads"
                                   : m.office == Office::kOfficial ? "official_of"
                                   : body.type == EntityType::kCountry ? "official_of"
                                                                       : "member_of";
      const auto& tokens = a_.tokens();
      const Span title{tokens[m.title_first].span.begin, tokens[m.title_end - 1].span.end};
      if (r_.entities[m.entity].type != EntityType::kPerson || r_.entities[m.entity].id == body.id) {
        continue;
      }
      graph::Statement st;
      st.subject = Info(static_cast<int32_t>(i));
      st.predicate = std::string(predicate);
      st.object = body;
      auto& ev = st.evidence;
      ev.sentence = sentence_ + 1;
      ev.sentence_span = CodePoints(a_.sentences()[sentence_].span);
      ev.trigger = CodePoints(title);
      ev.subject = {m.begin, m.end};
      ev.object = ev.trigger;
      ev.confidence = 0.9f;
      out_->push_back(std::move(st));
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
        } else if (before >= 0 && !w.conjunction && (distance == 0 || !after_ok) &&
                   (distance == 0 || M(before).kind != MentionKind::kNisba)) {
          // SVO; a nisba adjective is a subject only right before the verb (الإيرانيون وعدوا).
          subject = before;
        } else if (after_ok) {
          subject = after;
        } else if (before >= 0) {
          subject = before;
          confidence = 0.6f;
        }
        if (object < 0) {
          const uint32_t from = subject >= 0 && subject == after ? M(Conjuncts(after).back()).end_token : t + 1;
          object = After(f, from, subject);
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
        confidence = 0.7f;
      } else {
        const int32_t genitive = t + 1 < e_ ? at_start_[t + 1] : -1;
        int32_t agent = -1;
        if (genitive >= 0 && PrepOf(genitive).empty()) {
          agent = genitive;
        } else if (t + 3 < e_ && at_start_[t + 3] >= 0 && PrepOf(at_start_[t + 3]) == "من قبل") {
          agent = at_start_[t + 3];
        }
        confidence = 0.7f;
        if (f.direct && agent >= 0 && Type(agent) != EntityType::kUnknown &&
            M(agent).kind != MentionKind::kNisba) {
          // استهداف المصالح، إقناع الفصائل: the genitive is the patient; the agent is the
          // clause's subject just before.
          object = agent;
          subject = Before(t, 2, &distance);
        } else if (agent >= 0) {
          subject = agent;
          object = After(f, M(Conjuncts(agent).back()).end_token, agent);
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
  uint32_t sentence_ = 0, b_ = 0, e_ = 0;
  size_t first_new_ = 0;           // this sentence's first statement, for de-duplication
};

}  // namespace

Particles::Particles()
    : negation(Keys({"لم", "لن", "لا", "عدم", "ليس", "ليست", "دون"})),
      denial(Keys({"نفى", "نفت", "نفوا", "ينفي", "تنفي", "ننفي", "نفي", "ينفون", "نفيه", "نفيها"})),
      hedge(Keys({"ربما", "سوف", "يمكن", "قد يكون", "محتمل", "المحتمل", "احتمال", "يحتمل"})),
      condition(Keys({"حال", "إذا", "اذا", "لو", "مخاوف", "خطط", "خطة", "تخطط", "يخطط", "إن لم"})),
      qad(text::MatchKey("قد")),
      boundary(Keys({"أن", "إن", "بأن", "أنه", "أنها", "بأنه", "بأنها", "الذي", "التي", "الذين",
                     "حيث", "لكن", "بينما", "فيما", "عندما", "بعد", "قبل", "لأن", "كي", "لكي"})),
      relative(Keys({"الذي", "التي", "الذين", "اللذين", "اللتين"})),
      prepositions(Keys({"في", "من", "إلى", "الى", "على", "عن", "مع", "ضد", "تجاه", "باتجاه", "لدى",
                         "نحو", "بين", "عبر", "داخل", "قرب", "حول", "بشأن", "ل", "ب"})),
      attribution(Keys({"وفق", "وفقا", "بحسب", "حسب", "نقلا"})),
      min(text::MatchKey("من")),
      qibal(text::MatchKey("قبل")),
      patronage(Keys({"رعاية", "وكلاء", "وكيل"})) {}

void FindRelations(const Recognition& recognition, const Lexicon& lexicon,
                   const TriggerTable& triggers, const Particles& particles,
                   std::vector<graph::Statement>* out) {
  Finder(recognition, lexicon, triggers, particles, out).Run();
}

}  // namespace kg::extract
