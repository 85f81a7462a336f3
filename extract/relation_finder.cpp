#include "extract/relation_finder.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
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
constexpr std::string_view kMasra = "مصرع";  // a violent death (لقي مصرعه)
constexpr std::string_view kFa = "ف";
constexpr std::string_view kTaMarbuta = "ة";
constexpr std::string_view kMim = "م";
constexpr std::string_view kParty = "حزب";

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
         const Particles& particles, std::vector<graph::Statement>* out,
         CandidateSet* candidates)
      : r_(r), a_(r.analysis), lex_(lexicon), triggers_(triggers), p_(particles), out_(out),
        candidates_(candidates) {
    const size_t n = a_.tokens().size();
    at_start_.assign(n, -1);
    at_end_.assign(n + 1, -1);
    cover_.assign(n, -1);
    used_.assign(n, false);
    in_sentence_.resize(a_.sentences().size());
    words_before_.assign(n + 1, 0);
    negated_.assign(n, -1);
    hedged_.assign(2 * n, -1);
    source_.assign(n, kUnread);
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
    // A nisba inside an armed group's name (ميليشيات الحوثي الإيرانية) names its patron, which
    // only the name's own reading takes: no mention starts there for other readings.
    patron_of_.assign(r.mentions.size(), -1);
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      const int32_t group = at_end_[M(index).end_token];
      if (M(index).kind != MentionKind::kNisba || group < 0 || Start(M(group)) >= Start(M(index)) ||
          Type(group) != EntityType::kArmedGroup) {
        continue;
      }
      patron_of_[i] = group;
      if (at_start_[Start(M(index))] == index) at_start_[Start(M(index))] = -1;
    }
    // A nisba right after an organisation's or an outlet's name is its nationality (منظمة
    // بتسليم الإسرائيلية، صحيفة هآرتس الإسرائيلية، منظمة العفو الدولية البريطانية): the state is no
    // party to what the sentence says the organisation did.
    qualifier_.assign(r.mentions.size(), false);
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const auto index = static_cast<int32_t>(i);
      const int32_t body = at_end_[Start(M(index))];
      if (M(index).kind != MentionKind::kNisba || body < 0 || M(body).sentence != M(index).sentence ||
          (Type(body) != EntityType::kOrg && Type(body) != EntityType::kMedia)) {
        continue;
      }
      qualifier_[i] = true;
      if (at_start_[Start(M(index))] == index) at_start_[Start(M(index))] = -1;
      if (at_end_[M(index).end_token] == index) at_end_[M(index).end_token] = body;  // read back to the organisation
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
    if (candidates_ != nullptr) {
      boundaries_before_.assign(n + 1, 0);
      commas_before_.assign(n + 1, 0);
      for (uint32_t t = 0; t < n; ++t) {
        const bool word = a_.tokens()[t].kind == TokenKind::kWord;
        boundaries_before_[t + 1] = boundaries_before_[t] + (word && Is(p_.boundary, t));
        commas_before_[t + 1] = commas_before_[t] + (!word && IsComma(t));
      }
      title_at_.assign(n, {});
      prep_of_.resize(r.mentions.size());
      prep_read_.assign(r.mentions.size(), false);
    }
    // A name inside a person's title (نظيره *التركي* رجب طيب أردوغان) qualifies the person.
    title_owner_.assign(r.mentions.size(), -1);
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const Mention& m = r.mentions[i];
      for (uint32_t k = m.title_first; k < m.title_end; ++k) {
        const int32_t part = at_start_[k];
        if (part >= 0 && &M(part) != &m && M(part).end_token <= m.title_end) title_owner_[part] = static_cast<int32_t>(i);
      }
    }
    for (size_t t = 0; t < n; ++t) {
      words_before_[t + 1] = words_before_[t] + (a_.tokens()[t].kind == TokenKind::kWord);
    }
  }

  void Run() {
    const auto& sentences = a_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      sentence_ = s;
      b_ = sentences[s].first_token;
      e_ = sentences[s].end_token;
      first_new_ = out_->size();
      triggers_read_.clear();
      ListMembers();
      Roles();
      for (const int32_t i : in_sentence_[s]) Neighbours(i);
      for (uint32_t t = b_; t < e_; ++t) {
        if (a_.tokens()[t].kind != TokenKind::kWord) continue;
        Backing(t);  // a backing word may lie inside a collective's mention
        SupportedBy(t);
        Obligation(t);
        if (cover_[t] >= 0) continue;
        const Word w = Read(t);
        if (w.readings.empty()) continue;
        if (candidates_ != nullptr) triggers_read_.emplace_back(t, w);
        Trigger(t, w);
      }
      if (candidates_ != nullptr) Propose();
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
  int32_t RelativeAntecedent(uint32_t t) const {
    if (t <= b_ + 1 || !Is(p_.relative, t - 1)) return -1;
    uint32_t k = t - 1;
    if (k > b_ + 1 && a_.tokens()[k - 1].kind == TokenKind::kPunct) --k;
    const int32_t m = at_end_[k];
    return m >= 0 && Start(M(m)) >= b_ ? m : -1;
  }
  // Whether the verb at t follows a relative pronoun (الصواريخ التي أطلقت). Without an object
  // pronoun its subject is the relative's antecedent or a name after it, no name before the
  // antecedent; with one the antecedent is its object, and its subject may be named before
  // (تخفف واشنطن العقوبات التي فرضتها على بيونغ يانغ).
  bool AfterRelative(uint32_t t) const { return t > b_ && Is(p_.relative, t - 1); }

  // The antecedent as the subject of the verb at t: a name governed by a preposition (زيارته إلى
  // فرنسا، التي اتهم فيها) is no verb's subject.
  int32_t Antecedent(uint32_t t) const {
    const int32_t m = RelativeAntecedent(t);
    return m >= 0 && PrepOf(m).empty() ? m : -1;
  }

  // Whether mention d describes person p: a name in p's title (المتحدثة باسم البيت الأبيض X), or
  // a nisba qualifying a definite noun right before p's name (الصحفي السعودي جمال خاشقجي). It is
  // no other party to what p does or suffers, though it may say what p holds. (A people's nisba
  // after a verb is its subject: اتهم عراقيون المالكي.)
  bool Describes(int32_t d, int32_t p) const {
    if (title_owner_[d] == p) return true;
    return Type(p) == EntityType::kPerson && M(d).end_token == Start(M(p)) && QualifiesNoun(d);
  }

  // The name right after the verb at t, or after one word in construct with it that names the
  // name's men or means (هاجمت قوات النظام السوري، قصفت طائرات التحالف، هاجم مقاتلو طالبان),
  // who act for it; or -1.
  int32_t NameAfterVerb(uint32_t t) const {
    const uint32_t k = t + 1;
    if (k >= e_ || at_start_[k] >= 0) return k < e_ ? at_start_[k] : -1;
    return a_.tokens()[k].proclitics == 0 && MenOrMeans(k) && k + 1 < e_ ? at_start_[k + 1] : -1;
  }

  // Whether token t names a body's men or means (قوات، مقاتلو، طائرات، الحكومة), or is any
  // plural of men in construct in the nominative (محققو، مفتشو، مسؤولو: محققون without its ن),
  // which only a subject is.
  bool MenOrMeans(uint32_t t) const {
    if (a_.tokens()[t].kind != TokenKind::kWord) return false;
    if (Is(p_.men, t) || InRule(Rule::kInstitution, t) || InRule(Rule::kForces, t)) return true;
    const std::string_view surface = a_.Surface(a_.tokens()[t]);
    return !Definite(t) && surface.ends_with("\u0648") && text::CodePoints(surface) >= 4 &&
           lex_.dictionary().Has(std::string(surface) + "\u0646");
  }

  // Whether the verb at t is in the plural (هاجموا، يهاجمون): its subject is in it, or named
  // before it (الحوثيون هاجموا); a name after it is its object (هاجموا السفارة الإيرانية).
  bool PluralVerb(uint32_t t, bool imperfect) const {
    const std::string_view word = Key(t);
    return imperfect ? word.ends_with("\u0648\u0646") : word.ends_with("\u0648\u0627");
  }

  // Whether mention m is a nisba qualifying the definite common noun right before it (السفارة
  // الإيرانية): that noun, not the state, is what the phrase names.
  bool QualifiesNoun(int32_t m) const {
    const uint32_t start = Start(M(m));
    return M(m).kind == MentionKind::kNisba && start > b_ && at_end_[start] < 0 &&
           a_.tokens()[start - 1].kind == TokenKind::kWord && Definite(start - 1);
  }

  // Whether one of s and o only describes the other, where the predicate says what someone does
  // or suffers: what a person holds (leads, official_of, member_of) a title says too.
  bool Described(std::string_view predicate, int32_t s, int32_t o) const {
    const bool held = predicate == "leads" || predicate == "official_of" || predicate == "member_of";
    return !held && (Describes(o, s) || Describes(s, o) || Listed(s, o) || Listed(o, s));
  }
  // Whether mention m is listed among body's states (دول مجموعة فيجغراد، أي المجر): it names
  // the body's members, no other party to what the body does.
  bool Listed(int32_t m, int32_t body) const {
    return std::ranges::any_of(listed_, [&](const ListedMember& l) { return l.member == m && l.body == body; });
  }

  // Whether a comma, or with `colon` a colon, stands in [from, to).
  bool PauseBetween(uint32_t from, uint32_t to, bool colon) const {
    for (uint32_t k = from; k < to; ++k) {
      if (a_.tokens()[k].kind == TokenKind::kPunct && (IsComma(k) || (colon && Key(k) == ":"))) return true;
    }
    return false;
  }

  // A verb in the first person (ندعو، أرفض، أبلغنا): said after a colon, its subject is the
  // speaker named before it, as a third person's follows it (فيسبوك: "أغار الجيش").
  bool FirstPerson(uint32_t t, const TriggerMatch& reading) const {
    const std::string_view word = Unglued(Key(t));
    return reading.imperfect ? word.starts_with("\u0646") || word.starts_with("\u0627") : word.ends_with("\u0646\u0627");
  }

  bool Quote(uint32_t t) const {
    const Token& tok = a_.tokens()[t];
    return tok.kind == TokenKind::kPunct && IsQuotationMark(a_.Key(tok));
  }

  // A word without the و or ف glued to its front.
  static std::string_view Unglued(std::string_view word) {
    if (word.starts_with(kWa) || word.starts_with(kFa)) word.remove_prefix(kWa.size());
    return word;
  }

  // Whether a word carries the article (which MatchKey drops: الآن and أن share a key).
  bool Definite(uint32_t t) const { return Unglued(a_.Surface(a_.tokens()[t])).starts_with(kArticleLetters); }

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

  // Two names of one coordination on one side of the trigger (تصنفه تركيا والولايات المتحدة
  // منظمة إرهابية، هاجمت إسرائيل وأمريكا إيران) share its role: co-agents or co-patients, not
  // each other's party, unless the predicate is symmetric (a pact of X and Y).
  // Of a symmetric predicate they are each other's party only as its subject: after the verb's
  // own subject they are its objects (التقى الوزير الفرنسي ظريف وروحاني: the minister met each).
  bool CoActors(std::string_view predicate, int32_t s, int32_t o, uint32_t t) const {
    const int32_t first = Start(M(s)) < Start(M(o)) ? s : o, second = first == s ? o : s;
    if ((Start(M(first)) < t) != (Start(M(second)) < t)) return false;
    const auto* schema = graph::FindSchemaPredicate(predicate);
    if (schema != nullptr && schema->symmetric && !SubjectBetween(t, Start(M(first)))) return false;
    const auto conjuncts = Conjuncts(first);
    return std::ranges::find(conjuncts, second) != conjuncts.end();
  }

  // Whether a name no preposition governs stands between a trigger at t and token k after it.
  bool SubjectBetween(uint32_t t, uint32_t k) const {
    for (uint32_t j = t + 1; j < k; ++j) {
      if (const int32_t m = at_start_[j]; m >= 0 && M(m).end_token <= k && PrepOf(m).empty()) return true;
    }
    return false;
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
        // (A target's owner on ل: مواقع لحماس، مواقع تابعة لحزب الله.)
        const bool owner = k < owner_until && (prep.empty() || prep == "في" || prep == "ل");
        const bool qualifies = k == qualifier && prep.empty() && f.direct && direct;
        // الموالين لإيران، المدعومة من مصر: the name a backing word governs is no other
        // trigger's object.
        const bool backer = Backer(m);
        const bool host = Exchange(f.predicate) && Hosted(m);
        if (!same && !backer && !host && (introduced(prep) || owner || qualifies)) return m;
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

  // Whether an adverb of fierceness (بعنف، بشدة) lies between the verb of assault at t and its
  // object: هاجم الوزير بعنف المستشار is an attack in words.
  bool FiercelyBefore(uint32_t t, int32_t object) const {
    for (uint32_t k = t + 1; k < Start(M(object)) && k < e_; ++k) {
      if (Is(p_.fiercely, k)) return true;
    }
    return false;
  }

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

  // The agent of a masdar, with its agent's pronoun or none (دعمه، إدانتها، هدنة), that a verb
  // stating a stance or concluding an accord governs: the name between them (أكد بوتين دعمه،
  // أعربت مصر عن إدانتها، وقعت مصر معاهدة، توصلت حماس إلى تهدئة), else the verb's subject
  // before it, or a participle's clause subject (مؤكدا دعمه). -1 where none.
  int32_t StanceSubject(uint32_t t) const {
    uint32_t k = t;
    if (k > b_ && (Is(p_.an, k - 1) || Is(p_.ila, k - 1))) --k;  // أعرب عن، توصل إلى
    int32_t between = -1;
    while (k > b_) {
      if (const int32_t m = at_end_[k]; m >= 0 && Start(M(m)) < k) {
        if (!PrepOf(m).empty() || M(m).kind == MentionKind::kNisba) return -1;
        between = m;
        k = Start(M(m));
      } else if (a_.tokens()[k - 1].kind == TokenKind::kPunct && IsComma(k - 1)) {
        --k;
      } else {
        break;
      }
    }
    if (k == b_ || !Is(p_.stance, k - 1)) return -1;
    if (between >= 0) return between;
    const uint32_t v = k - 1;
    if (a_.Base(a_.tokens()[v]).starts_with(kMim)) return ClauseSubject(v);  // مؤكدا، معربة
    uint32_t distance = 0;
    return Before(v, 3, &distance);
  }

  bool Negated(uint32_t t) const {
    if (negated_[t] >= 0) return negated_[t];
    negated_[t] = ReadNegation(t);
    return negated_[t];
  }

  bool ReadNegation(uint32_t t) const {
    for (uint32_t k = t > b_ + 3 ? t - 3 : b_; k < t; ++k) {
      // لا يزال يرأس الحركة، لا تزال عضوا: what still is.
      if (!Is(p_.negation, k) || (k + 1 < t && Is(p_.still, k + 1))) continue;
      // The negation is the next verb's: it reaches the trigger past names, a verb that carries
      // it (لم يعد يسيطر، لم يتم التوصل، لا توجد مفاوضات) or a support verb (لم يقم بزيارة), not
      // past a verb of its own (لم يستغرق الاجتماع ساعة، لم تشهده الحرب: the meeting was held).
      bool reaches = true;
      for (uint32_t j = k + 1; j < t && reaches; ++j) {
        reaches = cover_[j] >= 0 || Is(p_.carrier, j) || Is(p_.support, j);
      }
      if (reaches) return !Exceptive(t);
    }
    for (uint32_t k = t > b_ + 8 ? t - 8 : b_; k < t; ++k) {
      if (Is(p_.denial, k) || (Is(p_.negation, k) && k + 1 < t && Is(p_.untruth, k + 1))) return true;
    }
    return false;
  }

  // Whether an exception follows the negated trigger in its clause: لم ... إلا and لا ... سوى
  // say what did happen, and only that (لم تهاجم غزة إلا بعد القصف، لم يلتق إلا بالرئيس، لا
  // يسيطرون سوى على المخيم). Written with its hamza: الا without one may be ألا ("that not").
  bool Exceptive(uint32_t t) const {
    for (uint32_t k = t + 1; k < e_ && k <= t + kExceptionReach; ++k) {
      const Token& tok = a_.tokens()[k];
      if (tok.kind == TokenKind::kPunct) return false;
      if (a_.Surface(tok) == "\u0633\u0648\u0649") return true;
      // إلا أن is "however": another clause.
      if (a_.Surface(tok) == "\u0625\u0644\u0627") return k + 1 >= e_ || a_.Key(a_.tokens()[k + 1]) != "\u0627\u0646";
    }
    return false;
  }
  static constexpr uint32_t kExceptionReach = 8;

  bool Hedged(uint32_t t, const Word& w, bool imperfect) const {
    if (w.future) return true;
    int8_t& known = hedged_[2 * t + imperfect];
    if (known < 0) known = ReadHedge(t, imperfect);
    return known;
  }

  // Whether token k is a verb in the future: the analysis split its س off, or, where it knew no
  // word to split it from (سيجري), what follows the س is an imperfect the dictionary has.
  bool Future(uint32_t k) const {
    const Token& tok = a_.tokens()[k];
    if (tok.proclitics & kFutureSa) return true;
    const std::string_view surface = a_.Surface(tok);
    constexpr std::string_view kSin = "\u0633";
    if (tok.kind != TokenKind::kWord || !surface.starts_with(kSin) || text::CodePoints(surface) < 5) return false;
    const std::string_view rest = surface.substr(kSin.size());
    return (rest.starts_with("\u064A") || rest.starts_with("\u062A") || rest.starts_with("\u0646")) &&
           lex_.dictionary().Has(rest);
  }

  bool ReadHedge(uint32_t t, bool imperfect) const {
    if (t + 1 < e_ && Is(p_.prospective, t + 1)) return true;  // لقاؤه المرتقب
    // A verb in the future right before (ستفرض عقوبات، سيجري محادثات): the noun's act is to come.
    for (uint32_t k = t > b_ + 2 ? t - 2 : b_; k < t; ++k) {
      if (Future(k)) return true;
    }
    for (uint32_t k = t > b_ + 3 ? t - 3 : b_; k < t; ++k) {
      if (Is(p_.hedge, k) || (imperfect && Is(p_.qad, k))) return true;
    }
    for (uint32_t k = t > b_ + 8 ? t - 8 : b_; k < t; ++k) {
      if (Is(p_.condition, k)) return true;
    }
    return false;
  }

  // Whether what a pledge at t promises is a hostile act, a masdar on ب before the clause ends
  // (تعهدت تركيا بضرب كل من يساعد الوحدات الكردية، تعهد أردوغان بسحق المسلحين): a threat to
  // its target, not a promise to it.
  bool HostilePledge(uint32_t t) const {
    constexpr uint32_t kReachOfPledge = 3;  // words, not counting the names (its subject) and commas
    uint32_t words = 0;
    for (uint32_t k = t + 1; k < e_ && words < kReachOfPledge; ++k) {
      if (at_start_[k] >= 0) {
        k = M(at_start_[k]).end_token - 1;
        continue;
      }
      if (IsComma(k)) continue;
      if (a_.tokens()[k].kind != TokenKind::kWord || Is(p_.boundary, k)) break;
      ++words;
      // On ب, with the article or without (بضرب، بالرد); a dictionary word is not split so.
      std::string_view word = Unglued(Key(k));
      constexpr std::string_view kBi = "\u0628";
      if (!word.starts_with(kBi)) continue;
      word.remove_prefix(kBi.size());
      if (word.starts_with(kArticleLetters)) word.remove_prefix(kArticleLetters.size());
      if (In(p_.hostile, word)) return true;
    }
    return false;
  }

  // Who the sentence says is speaking, when a reporting verb or وفق/بحسب precedes the trigger.
  // Looked for within kSourceReach tokens, so that a sentence without end costs linear time.
  std::string Source(uint32_t t) const {
    int32_t& speaker = source_[t];
    if (speaker == kUnread) speaker = Speaker(t);
    return speaker >= 0 ? r_.entities[speaker].label : std::string();
  }

  static constexpr int32_t kUnread = -2;

  // The entity Source names, or -1.
  int32_t Speaker(uint32_t t) const {
    const int32_t m = SpeakerMention(t);
    return m >= 0 ? M(m).entity : -1;
  }

  // The mention of the sentence's speaker before token t (قال X إن، بحسب X), or -1.
  int32_t SpeakerMention(uint32_t t) const {
    constexpr uint32_t kSourceReach = 48;
    for (uint32_t k = t > b_ + kSourceReach ? t - kSourceReach : b_; k + 1 < t; ++k) {
      std::string_view key = Key(k);
      if (key.starts_with(kWa) && key.size() > 4) key.remove_prefix(2);
      const bool reporting = lex_.Is(Rule::kReportingVerb, key);
      if (!reporting && !In(p_.attribution.bare, key)) continue;
      for (uint32_t j = k + 1; j < t && j <= k + 3; ++j) {
        if (at_start_[j] >= 0) return at_start_[j];
      }
    }
    return -1;
  }

  // The name a relative before the verb at t (of frame f) refers to when the verb's pronoun
  // suffix stands for it and no subject follows (قطر التي اتهمتها بدعم الإرهاب), or -1.
  int32_t ObjectAntecedent(uint32_t t, const TriggerFrame& f) const {
    if (t <= b_ + 1 || !PronounForAntecedent(t) || NamedSoon(t + 1, !f.nouns.empty())) return -1;
    return RelativeAntecedent(t);
  }

  // Whether the pronoun suffix of a verb after a relative stands for the antecedent: it agrees
  // with the relative (الذي اتهمه، التي اتهمتها; in الذي يحثها the antecedent urges someone
  // else), and the verb's subject is singular: a plural one (يتهمونه، اتهموها) is some unnamed
  // "they", and after الذين the antecedent is the subject.
  bool PronounForAntecedent(uint32_t t) const {
    if (!Is(p_.singular_relative, t - 1)) return false;
    const std::string_view verb = a_.Surface(a_.tokens()[t]);
    const bool feminine = a_.Surface(a_.tokens()[t - 1]).ends_with("\u062A\u064A");  // التي
    if (feminine != verb.ends_with("\u0647\u0627") || (!feminine && !verb.ends_with("\u0647"))) return false;
    // وه، وها، ونه، ونها: the plural's و before the pronoun.
    constexpr std::array<std::string_view, 4> kPlural = {"\u0648\u0647", "\u0648\u0647\u0627", "\u0648\u0646\u0647",
                                                         "\u0648\u0646\u0647\u0627"};
    return std::ranges::none_of(kPlural, [&](std::string_view ending) { return verb.ends_with(ending); });
  }

  // Whether the verb's own subject may follow token t: a name no preposition governs within a
  // few words (التي تحاربها حاليا القوات التركية), or a definite noun or construct right after it
  // (التي ضربها الزلزال، الذي تتهمه أجهزة الاستخبارات); a light verb's noun is its object.
  bool NamedSoon(uint32_t t, bool light) const {
    auto bare = [&](uint32_t k) { return k < e_ && a_.tokens()[k].kind == TokenKind::kWord && !(a_.tokens()[k].proclitics & ~kArticle); };
    if (!light && bare(t) && (Definite(t) || (bare(t + 1) && Definite(t + 1) && !text::HasTanween(a_.Surface(a_.tokens()[t]))))) {
      return true;
    }
    for (uint32_t k = t; k < e_ && k < t + 4; ++k) {
      if (at_start_[k] >= 0 && PrepOf(at_start_[k]).empty()) return true;
    }
    return false;
  }

  // The subject of the clause a participle of state completes: the sentence's first mention
  // before token t that no preposition governs and that is no nisba (an adjective of some
  // noun), or -1.
  int32_t ClauseSubject(uint32_t t) const {
    for (uint32_t k = b_; k < t; ++k) {
      const int32_t m = at_start_[k];
      if (m < 0) continue;
      if (PrepOf(m).empty() && M(m).kind != MentionKind::kNisba) return m;
      k = M(m).end_token - 1;
    }
    return -1;
  }

  // قال X إن على Y أن، يجب على Y وقف: what the speaker says another must do, they call on it to do.
  void Obligation(uint32_t t) {
    if (t == b_ || t + 2 >= e_ || at_start_[t] >= 0 || Key(t) != p_.ala || !Is(p_.obliging, t - 1)) return;
    const int32_t party = at_start_[t + 1];
    if (party < 0) return;
    // What it must do follows: أن and a verb, or a verbal noun (على إيران وقف دعم).
    const uint32_t k = M(Conjuncts(party).back()).end_token;
    if (k >= e_ || a_.tokens()[k].kind != TokenKind::kWord || at_start_[k] >= 0) return;
    const int32_t speaker = SpeakerMention(t);
    if (speaker < 0) return;
    Emit("called_on", speaker, party, a_.tokens()[t].span, Negated(t), 0.7f, Source(t));
  }

  // دول X، أي A وB / الدول الأعضاء في X مثل A وB / يتألف X من خمس دول هي A وB: the states
  // listed after a body's states are its members. Read for the whole sentence before its rules,
  // which Described tells that the members are no other party to what the body does.
  void ListMembers() {
    listed_.clear();
    for (uint32_t t = b_; t < e_; ++t) ListMembersAt(t);
    for (const ListedMember& l : listed_) {
      Emit("member_of", l.member, l.body, a_.tokens()[l.marker].span, Negated(l.marker), 0.8f, Source(l.marker));
    }
  }
  void ListMembersAt(uint32_t t) {
    if (a_.tokens()[t].kind != TokenKind::kWord || !Is(p_.namely, t) || at_start_[t] >= 0) return;
    uint32_t k = t + 1;
    if (k < e_ && a_.tokens()[k].kind == TokenKind::kPunct) ++k;
    const int32_t first = k < e_ ? at_start_[k] : -1;
    if (first < 0 || Type(first) != EntityType::kCountry) return;
    // The states' word within a few words before the marker; the body's name may come between.
    constexpr uint32_t kReach = 8;
    uint32_t states = t;
    while (states > b_ && t - states < kReach && !Is(p_.states, states - 1)) --states;
    if (states == b_ || !Is(p_.states, --states)) return;
    // The body: named right after them, perhaps past الأعضاء في (دول الاتحاد الأوروبي، الدول
    // الأعضاء في الناتو), or before them on من (يتألف مجلس الأمن من خمس دول); no other name
    // between them and the list.
    int32_t body = at_start_[states];  // a name that holds the word (دول مجموعة فيجغراد)
    for (uint32_t j = states + 1; j < t && j <= states + 3 && body < 0; ++j) body = at_start_[j];
    for (uint32_t j = states; body < 0 && j > b_ && states - j < 2; --j) {
      if (Key(j - 1) == p_.min) body = at_end_[j - 1];  // X من [خمس] دول
    }
    for (uint32_t j = states + 1; j < t; ++j) {
      if (const int32_t m = at_start_[j]; m >= 0 && m != body) return;
    }
    if (body < 0 || Type(body) != EntityType::kOrg) return;
    for (const int32_t member : Conjuncts(first)) {
      if (Type(member) == EntityType::kCountry && M(member).entity != M(body).entity) {
        listed_.push_back({member, body, t});
      }
    }
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
    if (M(mi).kind != MentionKind::kHisCountry) info.aliases.push_back(M(mi).surface);  // بلاده is no name
    return info;
  }

  graph::EntityInfo Unnamed(int32_t entity) const {
    const graph::EntityInfo& e = r_.entities[entity];
    return {e.id, e.label, e.type, {}};
  }

  static bool Fits(std::string_view predicate, EntityType s, EntityType o) {
    if (s == EntityType::kPlace || s == EntityType::kMedia || s == EntityType::kUnknown) return false;
    if (o == EntityType::kMedia || o == EntityType::kUnknown) return false;
    if (predicate == "visited") return o == EntityType::kCountry || o == EntityType::kPlace;
    // States, groups and bodies deploy forces, wage wars, arm others and impose sanctions; a
    // person does so for a state (the annotators never read a person so).
    if (predicate == "deployed_forces_in") {
      return s != EntityType::kPerson && (o == EntityType::kCountry || o == EntityType::kPlace);
    }
    if (predicate == "at_war_with") {
      return s != EntityType::kPerson && o != EntityType::kPerson && o != EntityType::kPlace;
    }
    if (predicate == "supplied_weapons_to" || predicate == "sanctioned") return s != EntityType::kPerson;
    if (predicate == "allied_with") return o != EntityType::kPlace;  // an ally is an actor
    if (predicate == "leads") {
      // A person leads; a state leads an alliance or a group (التحالف الذي تقوده السعودية).
      // Nobody leads a person.
      return o != EntityType::kPerson &&
             (s == EntityType::kPerson ||
              (s == EntityType::kCountry && (o == EntityType::kOrg || o == EntityType::kArmedGroup)));
    }
    if (predicate == "official_of") return s == EntityType::kPerson;
    if (predicate == "member_of") {
      // Nobody is a member of a person; a state is a member of an organisation, not of another
      // state or of an armed group (the annotators never read one so).
      return o != EntityType::kPerson && (s != EntityType::kCountry || o == EntityType::kOrg);
    }
    return true;
  }

  // A statement of this sentence with its evidence; the confidence is the caller's.
  graph::Statement MakeStatement(std::string_view predicate, int32_t s, int32_t o, Span trigger, bool negated,
                                 std::string source) const {
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
    ev.source = std::move(source);
    return st;
  }

  void Emit(std::string_view predicate, int32_t subject, int32_t object, Span trigger,
            bool negated, float confidence, const std::string& source) {
    for (int32_t s : Conjuncts(subject)) {
      for (int32_t o : Conjuncts(object)) {
        if (M(s).entity == M(o).entity || !Fits(predicate, Type(s), Type(o)) || AgainstRecord(predicate, s, o)) continue;
        if (Described(predicate, s, o)) continue;
        // A person does to "his country" what they do for it, not to it (تعهد كيم بنزع سلاح بلاده).
        if (M(o).kind == MentionKind::kHisCountry && Type(s) == EntityType::kPerson) continue;
        const auto& sid = r_.entities[M(s).entity].id;
        const auto& oid = r_.entities[M(o).entity].id;
        const bool repeated = std::any_of(
            out_->begin() + static_cast<std::ptrdiff_t>(first_new_), out_->end(), [&](const auto& st) {
              return st.subject.id == sid && st.object.id == oid && st.predicate == predicate &&
                     st.negated == negated;
            });
        if (repeated) continue;
        graph::Statement st = MakeStatement(predicate, s, o, trigger, negated, source);
        st.evidence.confidence = confidence;
        if (candidates_ != nullptr) RuleReading(st, s, o, trigger);
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
      if (office == Office::kNone) continue;
      // A party's adjective in the title (السيناتور الجمهوري) makes the holder its member.
      for (uint32_t k = title_first; k < title_end; ++k) {
        const int32_t party = at_start_[k];
        if (party >= 0 && party != i && M(party).end_token <= title_end &&
            lex_.rule(Rule::kPartyAdjective).Longest(a_, k, M(party).end_token).length == M(party).end_token - k) {
          Emit("member_of", i, party, tokens[k].span, Negated(k), 0.8f, Source(k));
        }
      }
      // A former title (الرئيس الأسبق) states no role now; the model weighs it as a reading.
      const bool former = Former(title_first, title_end);
      if (former && candidates_ == nullptr) continue;
      const Span title{tokens[title_first].span.begin, tokens[title_end - 1].span.end};
      graph::EntityInfo body;
      int32_t body_mention = -1;
      if (m.affiliation >= 0) {
        body = Unnamed(m.affiliation);
        // Its evidence is its name inside the title (وزير الخارجية *الإسرائيلي*).
        for (uint32_t k = title_first; k < title_end; ++k) {
          const int32_t b = at_start_[k];
          if (b < 0 || b == i) continue;
          const Mention& part = r_.mentions[b];
          if (part.entity == m.affiliation && part.first_token >= title_first && part.end_token <= title_end) {
            body = Info(b);
            body_mention = b;
            break;
          }
        }
      } else if (const int32_t group = MemberOf(m); group >= 0) {
        body = Info(group);  // القيادي سعد المطلبي في ائتلاف دولة القانون
        body_mention = group;
      } else if (const int32_t named = BodyByShortForm(title_first, title_end); named >= 0) {
        body = Info(named);  // المتحدث باسم الحركة, after the movement was named in full
        body_mention = named;
      } else if (const int32_t state = BodyOfOffice(m.entity, office, title_first, title_end);
                 state >= 0 && office != Office::kMember && office != Office::kPlayer &&
                 !HeadsUnnamedBody(m, title_first, title_end) &&
                 // الأمير محمد بن سلمان: a prince of the state, not its ruler; an emir names
                 // his emirate (أمير قطر) and has a body.
                 !(title_end == title_first + 1 && Is(p_.princely, title_first))) {
        body = lex_.entities()[state].info;
      } else if (const int32_t house = LegislatureOf(m.entity);
                 house >= 0 && office == Office::kMember && lex_.rule(Rule::kLegislator).Longest(a_, title_first, title_end).length) {
        body = lex_.entities()[house].info;  // عضو الكنيست X، السيناتور X: a seat in the state's house
      } else {
        continue;
      }
      if (office == Office::kLeader && body_mention >= 0 && body.type != EntityType::kPlace &&
          HeadsPartOf(title_first, title_end, body_mention)) {
        office = Office::kOfficial;
      }
      // A director of an organisation named right after the title leads it (مدير المرصد).
      if (office == Office::kOfficial && body_mention >= 0 && body.type != EntityType::kCountry &&
          M(body_mention).first_token == title_first + lex_.rule(Rule::kDirector).Longest(a_, title_first, title_end).length &&
          M(body_mention).first_token > title_first) {
        office = Office::kLeader;
      }
      const std::string_view predicate = office == Office::kLeader     ? "leads"
                                         : office == Office::kOfficial ? "official_of"
                                         : office == Office::kPlayer ? "member_of"
                                         : body.type == EntityType::kCountry ? "official_of"
                                                                             : "member_of";
      Role(predicate, i, std::move(body), title, body_mention, former);
    }
  }

  // An organisation a title names by its short form (المتحدث باسم الحركة), which the
  // recognizer resolves only once the article is read: its mention inside the title or right
  // after the title's closing link, or -1.
  int32_t BodyByShortForm(uint32_t first, uint32_t end) const {
    for (uint32_t k = first; k <= end && k < e_; ++k) {
      if (k == end && !(k > first && InRule(Rule::kTitleLink, k - 1))) break;
      const int32_t b = at_start_[k];
      if (b < 0 || M(b).kind != MentionKind::kShortForm) continue;
      const EntityType type = Type(b);
      if (type == EntityType::kOrg || type == EntityType::kArmedGroup || type == EntityType::kMedia) return b;
    }
    return -1;
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

  // Whether a leader's title names a part of the body named in it (body_mention) between its
  // head and that body, in words no rule lists (رئيس هيئة الرياضة في السعودية، رئيس مكتب الأمن
  // القومي في كوريا الجنوبية): its holder is an official of the body, not its leader. Offices the
  // rules list complete the head (رئيس وزراء إسرائيل، رئيس المكتب السياسي لحماس). Another body
  // than a state is one the part is in, after في (رئيس لجنة العلاقات الخارجية في المجلس الوطني
  // للمقاومة), not one whose name opens with its head word (زعيم حزب بوديموس اليساري).
  bool HeadsPartOf(uint32_t first, uint32_t end, int32_t body_mention) const {
    // (A counterpart's word is a head too: ونظيره الإيراني.)
    const uint32_t head = std::max(lex_.rule(Rule::kTitle).Longest(a_, first, end).length,
                                   lex_.rule(Rule::kNamedOfficial).Longest(a_, first, end).length);
    if (Type(body_mention) != EntityType::kCountry) {
      const uint32_t at = M(body_mention).first_token;
      if (at <= first + head || !Is(p_.fi, at - 1)) return false;
      end = at - 1;
    }
    for (uint32_t k = first + head; k < end; ++k) {
      if (k >= M(body_mention).first_token && k < M(body_mention).end_token) continue;
      // Offices and further titles (العاهل السعودي الملك سلمان) complete it, save a part of the
      // state (قائد الجيش اللبناني).
      const auto office = lex_.rule(Rule::kOffice).Longest(a_, k, end);
      if (office.length && office.value == 1) return true;
      if (const auto length = std::max(office.length, lex_.rule(Rule::kTitle).Longest(a_, k, end).length)) {
        k += length - 1;
        continue;
      }
      if (a_.tokens()[k].kind != TokenKind::kWord || InRule(Rule::kTitleLink, k) || InRule(Rule::kModifier, k)) continue;
      if (lex_.nisbas().Longest(a_, k, end).length || lex_.names().Longest(a_, k, end).length) continue;
      return true;
    }
    return false;
  }

  // Whether a title is qualified as former (الرئيس البرازيلي السابق): no role now.
  bool Former(uint32_t first, uint32_t end) const {
    for (uint32_t k = first; k < end; ++k) {
      if (InRule(Rule::kFormer, k)) return true;
    }
    return false;
  }

  // A member title's body named after the person (القيادي X في الحزب): its mention, or -1.
  int32_t MemberOf(const Mention& person) const {
    if ((person.office != Office::kMember && person.office != Office::kPlayer) || person.end_token + 1 >= e_ ||
        !Is(p_.fi, person.end_token)) {
      return -1;
    }
    const int32_t group = at_start_[person.end_token + 1];
    if (group < 0) return -1;
    const EntityType type = Type(group);
    return type == EntityType::kOrg || type == EntityType::kArmedGroup ? group : -1;
  }

  // The state in whose legislature the record seats a person (role=member:STATE), or -1.
  int32_t LegislatureOf(int32_t entity) const {
    const int32_t known = lex_.Find(r_.entities[entity].id);
    if (known < 0) return -1;
    for (const LexiconRole& role : lex_.entities()[known].roles) {
      if (role.office == Office::kMember && lex_.entities()[role.body].info.type == EntityType::kCountry) return role.body;
    }
    return -1;
  }

  // The state a person of the lexicon serves (country= in people.tsv), or -1.
  int32_t StateOf(int32_t entity) const {
    const int32_t known = lex_.Find(r_.entities[entity].id);
    return known >= 0 ? lex_.entities()[known].country : -1;
  }

  // The body of a known person's title that names none (المفوض السامي زيد رعد الحسين، العقيد
  // تركي المالكي): the one body the record gives them that office in, else their state. A
  // title that names an office (رئيسا للبرلمان، وزير الخارجية) is of their state.
  int32_t BodyOfOffice(int32_t entity, Office office, uint32_t title_first, uint32_t title_end) const {
    const int32_t known = lex_.Find(r_.entities[entity].id);
    if (known < 0) return -1;
    for (uint32_t k = title_first; k < title_end; ++k) {
      if (lex_.rule(Rule::kOffice).Longest(a_, k, title_end).length) return lex_.entities()[known].country;
    }
    int32_t body = -1;
    for (const LexiconRole& role : lex_.entities()[known].roles) {
      if (role.office != office) continue;
      if (body >= 0 && body != role.body) return lex_.entities()[known].country;
      body = role.body;
    }
    return body >= 0 ? body : lex_.entities()[known].country;
  }

  // A role triple; the body's evidence is `body_span`, else the trigger.
  // body_mention: the body's mention in the sentence, -1 when the lexicon gives the body.
  void Role(std::string_view predicate, int32_t person, graph::EntityInfo body, Span trigger,
            int32_t body_mention = -1, bool former = false) {
    if (r_.entities[M(person).entity].id == body.id) return;
    if (predicate == "member_of" && Membership(EntityType::kPerson, {}, body.id) == Record::kNotMember) return;
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
    ev.object = body_mention >= 0 ? graph::Span{M(body_mention).begin, M(body_mention).end} : ev.trigger;
    ev.sentence_span = SentenceSpan(ev);
    ev.confidence = 0.9f;
    if (candidates_ != nullptr) RuleReading(st, person, body_mention, trigger, former);
    if (!former) out_->push_back(std::move(st));
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
    // A name inside a body's lexicon name: its leader after بقيادة (التحالف العربي بقيادة
    // السعودية), else the organisation it is part of (مجلس الأمم المتحدة لحقوق الإنسان).
    if (const int32_t body = cover_[start]; Within(mi) && M(body).entity != m.entity) {
      if (start > b_ && (a_.tokens()[start - 1].proclitics & kPrepBi) && InRule(Rule::kLedBy, start - 1)) {
        if (Fits("leads", type, Type(body))) {
          Emit("leads", mi, body, a_.tokens()[start - 1].span, Negated(start - 1), 0.85f, Source(start - 1));
        }
      } else if (type == EntityType::kOrg && Type(body) == EntityType::kOrg) {
        Emit("member_of", body, mi, a_.tokens()[start].span, Negated(start), 0.8f, Source(start));
      }
    }
    // حزبه X: a party named as someone's is theirs (عمران خان وحزبه حركة الإنصاف).
    // (The word may open the party's mention: حزبه حركة الإنصاف.)
    auto possessed = [&](uint32_t t) { return a_.HisOrHer(a_.tokens()[t]) && a_.Base(a_.tokens()[t]) == kParty; };
    if (const uint32_t word = possessed(start) ? start : start - 1;
        type == EntityType::kOrg && start > b_ && possessed(word)) {
      for (uint32_t k = word; k > b_; --k) {
        const int32_t person = at_end_[k];
        if (person < 0 || Type(person) != EntityType::kPerson) continue;
        Emit("member_of", person, mi, a_.tokens()[word].span, Negated(word), 0.7f, Source(word));
        break;
      }
    }
    // An armed group named with the nisba of the state that backs it (ميليشيات الحوثي الإيرانية).
    if (const int32_t group = patron_of_[mi]; group >= 0) {
      Role("backs", mi, Info(group), a_.tokens()[start].span, group);
      return;
    }
    uint32_t k = m.end_token;
    // X بقيادة Y: Y leads X (التحالف بقيادة السعودية، الجيش الوطني الليبي بقيادة خليفة حفتر).
    if (k + 1 < e_ && type != EntityType::kPerson && type != EntityType::kPlace &&
        (a_.tokens()[k].proclitics & kPrepBi) && InRule(Rule::kLedBy, k) && at_start_[k + 1] >= 0) {
      const int32_t leader = at_start_[k + 1];
      if (M(leader).entity != m.entity && Fits("leads", Type(leader), type)) {
        Emit("leads", leader, mi, a_.tokens()[k].span, Negated(k), 0.85f, Source(k));
      }
    }
    // X [وY] ضمن Z: a state or body within an alliance or body is its member (السعودية والإمارات
    // ضمن تحالف دعم الشرعية).
    if (k + 1 < e_ && type != EntityType::kPlace && Is(p_.within, k) && at_start_[k + 1] >= 0) {
      const int32_t body = at_start_[k + 1];
      // The names coordinated before it are within too: Emit reads them from the first. (Not
      // where one acts, في سوريا والعراق ضمن التحالف: the first of them says.)
      int32_t first = mi;
      while ((a_.tokens()[Start(M(first))].proclitics & kConjWa) && at_end_[Start(M(first))] >= 0) {
        first = at_end_[Start(M(first))];
      }
      if ((Type(body) == EntityType::kOrg || Type(body) == EntityType::kArmedGroup) && PrepOf(first).empty()) {
        Emit("member_of", first, body, a_.tokens()[k].span, Negated(k), 0.75f, Source(k));
      }
      return;
    }
    if (k + 1 < e_ && IsComma(k)) ++k;  // ائتلاف دولة القانون، المشارك في تحالف الإطار
    if (k + 1 >= e_) return;
    // X، أحد قادة Y: one of a body's leaders, members or fighters is its member (in apposition:
    // without the comma أحد may be a verb's object, قتل X أحد عناصر Y).
    if (type == EntityType::kPerson && k > m.end_token && k + 2 < e_ && Is(p_.one_of, k) && Is(p_.ranks, k + 1) &&
        at_start_[k + 2] >= 0) {
      const int32_t body = at_start_[k + 2];
      if (Type(body) == EntityType::kOrg || Type(body) == EntityType::kArmedGroup) {
        Emit("member_of", mi, body, a_.tokens()[k + 1].span, Negated(k), 0.8f, Source(k));
      }
      return;
    }
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

  // backs: X بإسناد|بدعم من Y (تقدم الجيش اليمني والمقاومة، بإسناد جوي من طيران التحالف),
  // or with the backer's nisba (قوات النظام بدعم جوي روسي): the force named before is backed
  // by the one after من, or by the nisba's state.
  void SupportedBy(uint32_t t) {
    if (!Is(p_.supported, t)) return;
    int32_t backer = -1;
    uint32_t k = t + 1;
    for (uint32_t words = 0; k < e_ && Key(k) != p_.min; ++k) {  // بإسناد جوي ومدفعي من
      if (const int32_t m = at_start_[k]; m >= 0) {
        if (M(m).kind != MentionKind::kNisba || Type(m) != EntityType::kCountry) return;
        backer = m;
        break;
      }
      if (a_.tokens()[k].kind != TokenKind::kWord || ++words > 3) return;
    }
    if (backer < 0) {
      if (++k >= e_) return;
      // One word may name the backer's means first (من طيران التحالف).
      if (k + 1 < e_ && at_start_[k] < 0 && a_.tokens()[k].kind == TokenKind::kWord) ++k;
      backer = at_start_[k];
    }
    uint32_t distance = 0;
    const int32_t backed = backer >= 0 ? Before(t, 3, &distance) : -1;
    if (backed < 0 || Hedged(t, {}, false)) return;
    Emit("backs", backer, backed, a_.tokens()[t].span, Negated(t), 0.7f, Source(t));
  }

  // backs: a group tied to its backer (الميليشيات المدعومة من إيران، جماعات تعمل تحت رعاية
  // إيران، فصائل موالية لطهران).
  void Backing(uint32_t t) {
    const bool patronage = Is(p_.patronage, t);
    const int32_t backing = lex_.rule(Rule::kBacking).Word(Key(t));
    if (!patronage && backing < 0) return;
    int32_t group = -1;
    for (uint32_t k = t + 1; k > b_ && k + 4 > t + 1; --k) {
      if (at_end_[k] >= 0 && Start(M(at_end_[k])) >= b_) {
        group = at_end_[k];
        break;
      }
    }
    if (group < 0 || Type(group) != EntityType::kArmedGroup) return;
    uint32_t k = t + 1;
    if (k < e_ && Is(p_.min, k)) {
      if (!patronage && backing == 0) return;  // موالية من العراق: where they come from
      ++k;
    }
    if (k >= e_ || at_start_[k] < 0) return;
    const int32_t backer = at_start_[k];
    if (backing == 2 && Type(backer) != EntityType::kCountry) return;  // كتائب القسام التابعة لحماس: a part
    Emit("backs", backer, group, a_.tokens()[t].span, false, 0.85f, Source(t));
  }

  // Where a passive's victim is named: between the verb and the killer's marker, else just
  // before the verb (قتل أربعة فلسطينيين برصاص، الذي قتل بغارة); before only, as the pronoun of
  // لقي X مصرعه says; or as a masdar's genitive (مقتل أطفال فلسطينيين برصاص).
  enum class Victim { kAfterOrBefore, kBefore, kGenitive };

  // Unvocalised, a verb of violence is as often passive as active (قتل أربعة فلسطينيين برصاص
  // الجيش الإسرائيلي، استهدفت مواقعهم بغارات لطائرات التحالف): when a killer's marker follows,
  // the name after it is the agent, and the victim is named where `at` says. Returns whether a
  // marker and its agent follow: the verb is passive then, though no name be its victim (قتل 16
  // مدنيا في غارة تركية).
  bool PassiveAgent(uint32_t t, Victim at, int32_t* killer, int32_t* victim) const {
    constexpr uint32_t kReachTokens = 12;
    for (uint32_t k = t + 1; k < e_ && k <= t + kReachTokens; ++k) {
      if (at_start_[k] >= 0 && *victim < 0 && at != Victim::kBefore) {
        if (at == Victim::kGenitive && k > t + 2) return false;  // مقتل أطفال فلسطينيين: a noun, then its nisba
        *victim = at_start_[k];
        k = M(*victim).end_token - 1;
        continue;
      }
      // The marker comes as an instrument (برصاص، في غارة، على يد); bare after the verb it is
      // the verb's subject (قتلته غارة إسرائيلية، استهدفت غارة تركية المشفى), and after another
      // preposition the strike is another's (قصفت البلدات ردا على غارة شنتها إسرائيل).
      // (برصاص and the like are listed whole: the analysis keeps their ب.)
      const bool hand = Is(p_.hand, k);
      // An attack is a killer's marker only with its own verb after it (في هجمات شنها X): in
      // هجوم على Y, Y is its target.
      const bool attack = k + 1 < e_ && Is(p_.attacks, k) && Is(p_.launched, k + 1);
      if (!hand && !attack && !Is(p_.killer, k)) continue;
      const bool instrument = (a_.tokens()[k].proclitics & kPrepBi) || Key(k).starts_with("\u0628") ||
                              Is(p_.fi, k - 1) || (hand && Is(p_.ala, k - 1));
      if (!instrument) continue;
      // One word may name the killer's men or means first (لطائرات التحالف، مسلحي حركة الشباب،
      // قناص إسرائيلي); past the marker's adjectives (بغارة جوية لطائرات التحالف) only a word that
      // says so. A bare name there is the place (في غارات جوية شرقي سوريا، بضربة جوية بجنوب
      // الصومال); a nisba or one on ل is the killer's.
      uint32_t j = k + 1;
      const uint32_t past = PastAdjectives(k);
      const bool adjectives = j < e_ && at_start_[j] < 0 && !MenOrMeans(j) && past > j;
      if (adjectives) j = past;
      // The strike's own verb may name its agent (في هجمات شنها مسلحون من طالبان): past it, the
      // men and من.
      const bool launched = j + 1 < e_ && at_start_[j] < 0 && Is(p_.launched, j);
      if (launched) ++j;
      const bool means = j + 1 < e_ && at_start_[j] < 0 && a_.tokens()[j].kind == TokenKind::kWord &&
                         (!adjectives || MenOrMeans(j)) && !(launched && Key(j) == p_.min);
      if (means) ++j;
      if (launched && j + 1 < e_ && at_start_[j] < 0 && Key(j) == p_.min) ++j;
      if (j >= e_ || at_start_[j] < 0) return false;
      if (adjectives && !means && !(a_.tokens()[j].proclitics & kPrepLi) && M(at_start_[j]).kind != MentionKind::kNisba) {
        return false;
      }
      if (*victim < 0 && at != Victim::kGenitive) {
        uint32_t distance = 0;
        *victim = Before(t, 3, &distance);
      }
      if (*victim >= 0 && M(*victim).entity != M(at_start_[j]).entity) *killer = at_start_[j];
      return true;
    }
    return false;
  }

  // A word that cannot be a finite verb: with the article or a preposition split off, after a
  // preposition, written with ta marbuta, or with tanween (موقفا حذراً: cautious, not warned);
  // or a masdar with its agent and patient after it (انتقدت تركيا دعم واشنطن للوحدات الكردية):
  // masdar_agent is the word's MasdarAgent.
  bool NotAVerb(uint32_t t, const Word& w, int32_t masdar_agent) const {
    const std::string_view surface = a_.Surface(a_.tokens()[t]);
    return w.nominal || text::HasTanween(surface) || surface.ends_with(kTaMarbuta) ||
           (t > b_ && Is(p_.prepositions, t - 1)) || masdar_agent >= 0 || (!w.conjunction && AfterVerbAndSubject(t));
  }

  // Whether token t follows the verb that opens the clause and its subject right away (وأدانت
  // الكويت قتل الفلسطينيين): it is that verb's object then, for a clause's next verb comes after
  // a conjunction; the killing is not Kuwait's. A verb elsewhere may close a relative clause
  // whose noun the next verb goes on with (تحالف تقوده الولايات المتحدة يقاتل داعش).
  bool AfterVerbAndSubject(uint32_t t) const {
    const int32_t subject = at_end_[t];
    if (subject < 0 || Start(M(subject)) <= b_ || !PrepOf(subject).empty()) return false;
    const uint32_t v = Start(M(subject)) - 1;
    if (a_.tokens()[v].kind != TokenKind::kWord) return false;
    const Word verb = Read(v);
    if (!(v == b_ || verb.conjunction) || NotAVerb(v, verb, -1)) return false;
    return std::ranges::any_of(verb.readings, [&](const TriggerMatch& reading) {
      return triggers_.frame(reading.frame).form == TriggerForm::kVerb && !Nominal(v, reading);
    });
  }

  // Whether a verb's reading of a word written with ال is a noun's with the article (درجات
  // الحذر): the key lost the ال, and the verb's own letters were none (التقى).
  bool Nominal(uint32_t t, const TriggerMatch& reading) const {
    return Definite(t) && !Unglued(Key(t)).starts_with(kArticleLetters) && !reading.own_al;
  }

  void Trigger(uint32_t t, const Word& w) {
    if (used_[t]) return;
    const Token& tok = a_.tokens()[t];
    const bool no_verb = NotAVerb(t, w, MasdarAgent(t, w));
    for (const TriggerMatch& reading : w.readings) {
      const TriggerFrame& f = triggers_.frame(reading.frame);
      const bool verb = f.form != TriggerForm::kNoun;
      if ((f.form == TriggerForm::kVerb || f.form == TriggerForm::kMutual) && (no_verb || Nominal(t, reading))) continue;
      // بقيادة Y، برئاسة Y: a body led by Y, read with the body's mention; the clause's subject
      // leads nothing (قال الوزير إنه فاز مع تحالف بقيادة الحزب الحاكم).
      if (f.form == TriggerForm::kNoun && (tok.proclitics & kPrepBi) && InRule(Rule::kLedBy, t)) continue;
      int32_t noun = -1;
      if (!f.nouns.empty() && (noun = LightNoun(f, t, reading.enclitic)) < 0) continue;
      if (f.form == TriggerForm::kMutual) {
        Mutual(f, t, w, reading, noun);
        continue;
      }
      int32_t subject = -1, object = -1;
      float confidence = 0.8f;
      uint32_t distance = 0;
      int32_t killer = -1, victim = -1;
      bool passive = false;
      if (f.predicate == "killed" || f.predicate == "attacked") {
        // لقي X مصرعه برصاص Y: the death's noun with the victim's pronoun reads as the passive verb.
        if (f.form == TriggerForm::kVerb) {
          passive = PassiveAgent(t, Victim::kAfterOrBefore, &killer, &victim);
        } else if (reading.enclitic && Key(t).starts_with(kMasra)) {
          passive = PassiveAgent(t, Victim::kBefore, &killer, &victim);
        } else if (f.form == TriggerForm::kNoun && f.direct && !reading.enclitic) {
          passive = PassiveAgent(t, Victim::kGenitive, &killer, &victim);
        }
      }
      if (killer >= 0) {
        subject = killer;
        object = victim;
      } else if (passive) {
        continue;  // no name is the victim; no active reading either
      } else if (f.form == TriggerForm::kVerb) {
        const int32_t before = Before(t, 4, &distance);
        const int32_t after = NameAfterVerb(t);
        const bool after_ok = after >= 0 && PrepOf(after).empty() && !ObliquePlural(after) && !PluralVerb(t, reading.imperfect);
        if (reading.enclitic && AfterRelative(t) && after_ok) {
          // الذي يتزعمه X: the pronoun stands for the relative's antecedent.
          object = RelativeAntecedent(t);
          subject = after;
        } else if (const int32_t antecedent = reading.enclitic ? ObjectAntecedent(t, f) : -1; antecedent >= 0) {
          // قطعت السعودية العلاقات مع قطر التي اتهمتها بدعم الإرهاب: the subject is the one
          // before the antecedent.
          object = antecedent;
          subject = Before(Start(M(object)), 8, &distance);
        } else if (const int32_t antecedent = Antecedent(t); antecedent >= 0) {
          // إيران وإسرائيل، التي شنت غارات: the relative pronoun's antecedent, the last conjunct.
          subject = antecedent;
        } else if (AfterRelative(t) && !reading.enclitic) {
          if (after_ok) subject = after;  // الصواريخ التي أطلقها الحوثيون
        } else if (const bool adjacent = distance == 0 || (distance == 1 && Is(p_.qad, t - 1));
                   before >= 0 && !w.conjunction && (adjacent || !after_ok) &&
                   (adjacent || M(before).kind != MentionKind::kNisba) &&
                   !(after_ok && PauseBetween(M(before).end_token, t, !FirstPerson(t, reading)))) {
          // (A name before a comma ends a phrase: وبعد التفجير في معقل الصدر، طالب X; one before
          // a colon says what follows: فيسبوك: "أغار الجيش".)
          // SVO; a nisba adjective is a subject only right before the verb (الإيرانيون وعدوا).
          // قد before a verb in the past is the verb's (وكانت إيران قد اتهمت إسرائيل).
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
          // Object before subject, as in a relative clause (هجمات تشنها على إسرائيل فصائل): the
          // name after the object is the subject, before any name the clause had before the
          // relative (أدانت مصر الهجمات التي تشنها على إسرائيل حماس). A nisba there qualifies
          // the object (استهدفت محافظة الحديدة اليمنية).
          if (object >= 0 && (subject < 0 || (AfterRelative(t) && M(subject).end_token <= t))) {
            const uint32_t k = M(Conjuncts(object).back()).end_token;
            if (k < e_ && at_start_[k] >= 0 && PrepOf(at_start_[k]).empty() && M(at_start_[k]).kind != MentionKind::kNisba) {
              subject = at_start_[k];
              confidence = 0.8f;
            }
          }
        }
      } else if (f.form == TriggerForm::kParticiple) {
        // وانتقد ظريف الولايات المتحدة، داعيا أوروبا إلى...: the participle's agent is the
        // clause's subject. Only an active one: the patient follows it, as a verb's does
        // (مسؤولون متهمون بالفساد are accused, not accusing).
        if (w.nominal || (f.direct && (t + 1 >= e_ || at_start_[t + 1] < 0))) continue;
        subject = ClauseSubject(t);
        object = After(f, t + 1, subject);
      } else if (f.form == TriggerForm::kAttributive) {
        // The name the participle qualifies, right before it, is the agent.
        subject = at_end_[t];
        object = After(f, t + 1, subject);
      } else if (f.form == TriggerForm::kReceive) {
        // (The relative's antecedent: بلدة X التي تتعرض لغارات.)
        // Right after the verb, the receiver is its subject (تعرضت إدلب لغارات، ويضم الحلف تركيا):
        // the giver comes after it, not among its conjuncts.
        const bool relative = AfterRelative(t);
        object = relative ? RelativeAntecedent(t) : Before(t, 3, &distance);
        uint32_t from = t + 1;
        if (object < 0 && !relative && t + 1 < e_ && at_start_[t + 1] >= 0 && PrepOf(at_start_[t + 1]).empty()) {
          object = at_start_[t + 1];
          from = M(Conjuncts(object).back()).end_token;
        }
        subject = After(f, from);
        if (subject < 0 && noun >= 0) {
          // حصلت بغداد على تعهدات إيرانية، تعرضت إدلب لغارات روسيا: the giver is the nisba or the
          // genitive after what was received.
          const uint32_t g = PastAdjectives(static_cast<uint32_t>(noun));
          if (g < e_ && at_start_[g] >= 0 && (M(at_start_[g]).kind == MentionKind::kNisba || PrepOf(at_start_[g]).empty())) {
            subject = at_start_[g];
          }
        }
        confidence = 0.7f;
      } else if (const auto [one, other] = Parties(f, t); one >= 0) {
        // الحرب بين X وY، هدنة طويلة الأمد بين X وY: the two parties, not who brokered it.
        subject = one;
        object = other;
      } else {
        // The genitive after the masdar and its adjectives (الهجمات الصاروخية الإيرانية); a
        // pronoun suffix (هجماتها) is the genitive itself.
        // (MatchKey folds ة into ه: حليفة is no حليف with a suffix.)
        uint32_t g = reading.enclitic && !a_.Surface(tok).ends_with(kTaMarbuta) ? e_ : PastAdjectives(t);
        // Strikes by a force's means (غارات لطائرات التحالف، قصف المقاتلات الإسرائيلية): the
        // body whose aircraft or troops they are is the agent, never the patient.
        const bool by_means = g + 1 < e_ && at_start_[g] < 0 && InRule(Rule::kInstitution, g) &&
                              at_start_[g + 1] >= 0 && PrepOf(at_start_[g + 1]).empty();
        if (by_means) ++g;
        const int32_t genitive = g < e_ ? at_start_[g] : -1;
        const std::string_view genitive_prep = genitive >= 0 ? PrepOf(genitive) : "";
        int32_t agent = -1;
        if (genitive >= 0 && (genitive_prep.empty() || (genitive_prep == "ل" && !In(f.preps, "ل")))) {
          agent = genitive;  // هجمات الفصائل، هجمات لفصائل موالية لإيران
        } else {
          agent = AgentAfter(t);  // من قبل X، صدرت عن X
        }
        confidence = 0.7f;
        if (f.direct && !by_means && agent >= 0 && agent == genitive && genitive_prep.empty() &&
            Type(agent) != EntityType::kUnknown && M(agent).kind != MentionKind::kNisba) {
          // استهداف المصالح، إقناع الفصائل: the genitive is the patient; the agent is the
          // clause's subject just before. But with the frame's preposition right after it
          // (دعم روسيا للأسد، استهداف إسرائيل لغزة) the genitive is the agent, and what the
          // preposition introduces the patient.
          if (const int32_t patient = PatientAfterGenitive(f, agent); patient >= 0) {
            subject = agent;
            object = patient;
          } else if (UnnamedPatientAfterGenitive(f, agent)) {
            continue;
          } else {
            object = agent;
            // (Not the subject of a verb whose object the masdar is: رفضت مصر قصف غزة.)
            subject = AfterVerbAndSubject(t) ? -1 : Before(t, 2, &distance);
            if (subject < 0) subject = SupportSubject(t);  // تبذل جهودا لحث الحكومة
          }
        } else if (agent >= 0) {
          subject = agent;
          object = After(f, agent == genitive ? M(Conjuncts(agent).back()).end_token : t + 1, agent);
        } else if (const int32_t doer = SupportSubject(t); doer >= 0) {
          // استمرت إسرائيل في هجماتها على غزة، قاموا بزيارة إلى إيران، اتهمتها بتهريب صواريخ
          subject = doer;
          object = After(f, t + 1, doer);
          confidence = 0.6f;
        } else if (const int32_t stating = StanceSubject(t); stating >= 0) {
          // أكد بوتين دعمه للأسد، أعربت مصر عن إدانتها للهجوم، وقعت مصر معاهدة مع إسرائيل
          subject = stating;
          object = After(f, t + 1, stating);
          confidence = 0.8f;
        }
      }
      if (subject < 0 || object < 0) continue;
      // شن هجوما حادا على: an attack in words is criticism, no attack.
      // An attack in words: qualified so (هجوم حاد), or by a person on a person (هاجم الوزير
      // رئيس الحكومة، هجومه على المرشح).
      const uint32_t attack = noun >= 0 ? static_cast<uint32_t>(noun) : t;
      const bool in_words = f.predicate == "attacked" &&
                            (Figurative(attack) || (Is(p_.assault, attack) && (FiercelyBefore(attack, object) ||
                                                                               (Type(subject) == EntityType::kPerson &&
                                                                                Type(object) == EntityType::kPerson))));
      // A battle of words (معركة كلامية، حرب إعلامية) is no war.
      if (f.predicate == "at_war_with" && Figurative(attack)) continue;
      // A people noun by قتل is its victim far more often than its agent: unvocalised, قتل
      // فلسطينيان reads "two Palestinians were killed".
      if (f.predicate == "killed" && M(subject).kind == MentionKind::kNisba) continue;
      const bool imperfect = verb && reading.imperfect;
      std::string_view predicate = f.predicate;
      if (in_words) predicate = "condemned";
      if (predicate == "pledged_to" && HostilePledge(t)) predicate = "threatened";
      if (predicate != "threatened" && Hedged(t, w, imperfect)) continue;
      if (noun >= 0) used_[noun] = true;
      Emit(predicate, subject, object, tok.span, Negated(t), confidence, Source(t));
      // Killed by bullets or a strike is also attacked so.
      if (killer >= 0 && f.predicate == "killed") {
        Emit("attacked", subject, object, tok.span, Negated(t), confidence, Source(t));
      }
    }
  }

  // The two parties after a masdar whose frame takes بين (الحرب بين X وY), or -1s.
  std::pair<int32_t, int32_t> Parties(const TriggerFrame& f, uint32_t t) const {
    if (!In(f.preps, "بين")) return {-1, -1};
    const int32_t first = After(f, t + 1);
    if (first < 0 || PrepOf(first) != "بين") return {-1, -1};
    const auto both = Conjuncts(first);
    return both.size() >= 2 ? std::pair{both[0], both[1]} : std::pair{-1, -1};
  }

  // The agent of the masdar `w` at token t, or -1: its genitive, before the patient that the
  // frame's preposition introduces (دعم *روسيا* للأسد).
  int32_t MasdarAgent(uint32_t t, const Word& w) const {
    const uint32_t g = PastAdjectives(t);
    const int32_t genitive = g < e_ ? at_start_[g] : -1;
    if (genitive < 0) return -1;
    const bool agent = std::ranges::any_of(w.readings, [&](const TriggerMatch& reading) {
      const TriggerFrame& f = triggers_.frame(reading.frame);
      return f.form == TriggerForm::kNoun && f.direct && !reading.enclitic &&
             (PatientAfterGenitive(f, genitive) >= 0 || UnnamedPatientAfterGenitive(f, genitive));
    });
    return agent ? genitive : -1;
  }

  // The accused of an accusation's masdar at token t, or -1: its genitive, a name rather than a
  // nisba, when the charge follows on ب or the case on في right away (اتهام *روسيا* بالمسؤولية،
  // اتهام *الكرملين* في حادث التسمم); "that" (بأن) opens the accuser's words instead (اتهامات
  // واشنطن بأن موسكو). (Other masdars take their means on ب after their agent: اعتداءات القاعدة
  // بطائرات.)
  int32_t AccusedGenitive(uint32_t t, const Word& w) const {
    if (!std::ranges::any_of(w.readings, [&](const TriggerMatch& reading) {
          const TriggerFrame& f = triggers_.frame(reading.frame);
          return f.form == TriggerForm::kNoun && f.predicate == "accused" && !reading.enclitic;
        })) {
      return -1;
    }
    const uint32_t g = PastAdjectives(t);
    const int32_t genitive = g < e_ ? at_start_[g] : -1;
    if (genitive < 0 || M(genitive).kind == MentionKind::kNisba || !PrepOf(genitive).empty()) return -1;
    const uint32_t next = M(genitive).end_token;
    if (next >= e_ || a_.tokens()[next].kind != TokenKind::kWord) return -1;
    if (Key(next) == "\u0641\u064A") return genitive;  // the case it is accused in (اتهام الكرملين في حادث)
    if (!(a_.tokens()[next].proclitics & kPrepBi)) return -1;
    const std::string_view key = Key(next);
    return key == "\u0628\u0627\u0646" || key.starts_with("\u0628\u0627\u0646\u0647") ? -1 : genitive;
  }

  // The patient that the frame's preposition introduces right after a masdar's genitive (دعم
  // روسيا *للأسد*، استهداف إسرائيل *لغزة*), which makes the genitive the agent; or -1.
  int32_t PatientAfterGenitive(const TriggerFrame& f, int32_t genitive) const {
    const uint32_t end = M(Conjuncts(genitive).back()).end_token;
    const int32_t patient = After(f, end, genitive, false);
    return patient >= 0 && !PrepOf(patient).empty() && Start(M(patient)) <= end + 1 ? patient : -1;
  }

  // Whether a noun on ل, the frame's preposition, follows a masdar's genitive right away
  // (استهداف إسرائيل *للمدنيين*، إدانة مصر *للهجوم*): a patient no lexicon names, after which
  // the genitive is the agent all the same, and no patient of the clause's subject.
  bool UnnamedPatientAfterGenitive(const TriggerFrame& f, int32_t genitive) const {
    // (لل is ل and the article, whether or not the dictionary knows the noun: للمدنيين.)
    const uint32_t end = M(Conjuncts(genitive).back()).end_token;
    return end < e_ && at_start_[end] < 0 && a_.tokens()[end].kind == TokenKind::kWord &&
           ((a_.tokens()[end].proclitics & kPrepLi) || Key(end).starts_with("\u0644\u0644")) && In(f.preps, "ل");
  }

  // تبادل X وY الاتهامات، تراشق X وY: the parties conjoined after the verb, each against the
  // others.
  void Mutual(const TriggerFrame& f, uint32_t t, const Word& w, const TriggerMatch& reading, int32_t noun) {
    const int32_t first = t + 1 < e_ ? at_start_[t + 1] : -1;
    if (first < 0 || !PrepOf(first).empty()) return;
    const auto parties = Conjuncts(first);
    if (parties.size() < 2 || Hedged(t, w, reading.imperfect)) return;
    if (noun >= 0) used_[noun] = true;
    const Span span = a_.tokens()[t].span;
    Emit(f.predicate, parties[0], parties[1], span, Negated(t), 0.8f, Source(t));
    Emit(f.predicate, parties[1], parties[0], span, Negated(t), 0.8f, Source(t));
  }

  // Readings for the relation model (CandidateSet): every pair of mentions near a trigger
  // of the lexicon, every pair of close names for the roles a title does not state, and every
  // statement of the rules above, each described by its features.

  // How far, in words, an argument may lie from its trigger, and two names from each other.
  static constexpr uint32_t kReach = 20, kNameGap = 6;
  // A sentence naming more (a list, a text without full stops) is read by the rules alone.
  static constexpr size_t kMaxPairMentions = 60;
  static constexpr size_t kMaxChoices = 160;  // readings of trigger pairs in one sentence

  static std::string_view OfficeName(Office office) {
    return office == Office::kLeader ? "leader" : office == Office::kOfficial ? "official" : "member";
  }

  static std::string_view Bucket(uint32_t n) {
    return n == 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 15 ? "9-15" : "16+";
  }

  // The words between a mention and token t, counted with the sentence's word index.
  uint32_t Words(int32_t mi, uint32_t t) const {
    const Mention& m = M(mi);
    return m.end_token <= t ? words_before_[t] - words_before_[m.end_token]
                            : words_before_[Start(m)] - words_before_[t + 1];
  }

  std::string_view TypeName(int32_t mi) const {
    return mi < 0 ? "state" : graph::EntityTypeName(Type(mi));
  }

  // The token a byte offset lies in (a rule statement's trigger).
  uint32_t TokenAt(uint32_t byte) const {
    const auto& tokens = a_.tokens();
    const auto it = std::partition_point(tokens.begin() + b_, tokens.begin() + e_,
                                         [&](const Token& tok) { return tok.span.end <= byte; });
    return std::min(static_cast<uint32_t>(it - tokens.begin()), e_ - 1);
  }

  // The words between a mention and token t; `before`: the mention precedes t.
  uint32_t Gap(int32_t mi, uint32_t t, bool* before) const {
    *before = M(mi).end_token <= t;
    return Words(mi, t);
  }

  // The other mentions lying between a mention and token t, counted up to three.
  uint32_t MentionsBetween(int32_t mi, uint32_t t) const {
    const Mention& m = M(mi);
    const bool before = m.end_token <= t;
    const uint32_t from = before ? m.end_token : t + 1, to = before ? t : Start(m);
    uint32_t n = 0;
    for (uint32_t k = from; k < to && n < 3; ++k) n += at_start_[k] >= 0;
    return n;
  }

  // Whether a mention lies inside a longer one (the leader in التحالف العربي بقيادة السعودية).
  bool Within(int32_t mi) const { return cover_[Start(M(mi))] != mi; }

  // Whether a mention only qualifies another, and is no reading's argument: a patron's nisba
  // inside an armed group's name (but for that name's own reading), or an organisation's
  // nationality.
  bool Qualifies(int32_t mi) const { return patron_of_[mi] >= 0 || qualifier_[mi]; }

  bool Overlap(int32_t a, int32_t b) const {
    return Start(M(a)) < M(b).end_token && Start(M(b)) < M(a).end_token;
  }

  // Whether a boundary particle (أن، الذي ...) or a comma lies between a mention and token t,
  // from counts over the article (a reading asks for each of its arguments).
  bool BoundaryNear(int32_t mi, uint32_t t) const { return CountNear(boundaries_before_, mi, t) > 0; }
  bool CommaNear(int32_t mi, uint32_t t) const { return CountNear(commas_before_, mi, t) > 0; }
  uint32_t CountNear(const std::vector<uint32_t>& before, int32_t mi, uint32_t t) const {
    const Mention& m = M(mi);
    return m.end_token <= t ? before[t] - before[m.end_token] : before[Start(m)] - before[t + 1];
  }

  // The preposition of a mention, read once.
  std::string_view PrepOfOnce(int32_t mi) const {
    if (!prep_read_[mi]) {
      prep_of_[mi] = PrepOf(mi);
      prep_read_[mi] = true;
    }
    return prep_of_[mi];
  }

  // What a reading of predicate p with subject s and object o (mentions; o -1: the state the
  // lexicon gives a person) around token t looks like. Most features are kept under the
  // predicate and under "*", which all predicates share, so that a rare predicate learns from
  // the common ones where an argument lies.
  void Describe(std::string_view p, int32_t s, int32_t o, uint32_t t, FeatureBuilder& fb) const {
    auto both = [&](std::string_view name, std::string_view value, std::string_view more = {}) {
      fb.Add(p, name, value, more);
      fb.Add("*", name, value, more);
    };
    fb.Add(p, "b", "");
    both("st", TypeName(s));
    both("ot", TypeName(o));
    fb.Add(p, "so", TypeName(s), TypeName(o));
    both("sk", MentionKindName(M(s).kind));
    if (title_owner_[s] >= 0) both("s-in-title", "");
    if (Within(s)) both("s-within", "");
    if (o >= 0) {
      both("ok", MentionKindName(M(o).kind));
      if (title_owner_[o] >= 0) both("o-in-title", "");
      if (Within(o)) both("o-within", "");
    }
    const std::string_view word = a_.Base(a_.tokens()[t]);
    fb.Add(p, "w", word);
    // Where an argument lies: its side of the trigger and distance, the names between, its
    // preposition, and a comma or clause boundary between.
    struct Place {
      std::string_view side;
      uint32_t names_between;
    };
    auto place = [&](int32_t m, bool is_subject) {
      bool before = false;
      const uint32_t gap = Gap(m, t, &before);
      const Place where{before ? "<" : ">", MentionsBetween(m, t)};
      both(is_subject ? "sg" : "og", where.side, Bucket(gap));
      both(is_subject ? "sm" : "om", Bucket(where.names_between));
      both(is_subject ? "sp" : "op", PrepOfOnce(m));
      fb.Add(p, is_subject ? "wsd" : "wop", word, is_subject ? where.side : PrepOfOnce(m));
      if (CommaNear(m, t)) both(is_subject ? "sc" : "oc", "");
      if (BoundaryNear(m, t)) both(is_subject ? "sx" : "ox", "");
      return where;
    };
    const Place subject = place(s, true);
    if (o >= 0) {
      const Place object = place(o, false);
      // Whether each is the trigger's nearest name on its side.
      const std::string sides = std::string(subject.side) + std::string(object.side);
      const bool s_near = subject.names_between == 0, o_near = object.names_between == 0;
      both("sides", sides, s_near && o_near ? "nearest" : s_near ? "s-nearest" : o_near ? "o-nearest" : "");
      both("ord", Start(M(s)) < Start(M(o)) ? "so" : "os");
    }
    if (Negated(t)) both("neg", "");
    if (sentence_ == 0) both("first", "");
  }

  // A statement the rules made (object -1: a role in the lexicon's state) as a reading.
  void RuleReading(const graph::Statement& st, int32_t s, int32_t o, Span trigger, bool former = false) {
    if (HostCity(s)) return;
    features_.clear();
    FeatureBuilder fb(&features_, candidates_->names());
    Describe(st.predicate, s, o, TokenAt(trigger.begin), fb);
    char confidence[8];
    std::snprintf(confidence, sizeof confidence, "%.1f", static_cast<double>(st.evidence.confidence));
    fb.Add(st.predicate, "rule", confidence, former ? "former" : "");
    fb.Add("*", "rule", confidence, former ? "former" : "");
    const ReadingRank rank{!former, st.evidence.confidence, 0};
    candidates_->Add(st.subject.id, st.predicate, st.object.id, st.negated, M(s).entity,
                     o >= 0 ? M(o).entity : -1, rank, features_, [&] { return st; });
  }

  // Whether a mention ends in a nisba's sound plural in the oblique case (اتهم الحوثيين،
  // قتل الفلسطينيين): after a verb it is the object, never the subject (الحوثيون).
  // (One word: a body's name may end in one, اللجنة الدولية لحماية الصحفيين.)
  bool ObliquePlural(int32_t mi) const {
    return M(mi).end_token == Start(M(mi)) + 1 &&
           a_.Surface(a_.tokens()[Start(M(mi))]).ends_with("\u064A\u064A\u0646");
  }

  // The mentions within kReach words of token t, the nearest few on each side.
  void NearMentions(uint32_t t, std::vector<int32_t>* near) const {
    constexpr size_t kPerSide = 6;
    near->clear();
    size_t found = 0;
    for (uint32_t k = t, words = 0; k > b_ && words <= kReach && found < kPerSide;) {
      --k;
      const int32_t m = at_start_[k];
      if (m >= 0 && M(m).end_token <= t && Start(M(m)) >= b_) near->push_back(m), ++found;
      words += a_.tokens()[k].kind == TokenKind::kWord;
    }
    found = 0;
    for (uint32_t k = t + 1, words = 0; k < e_ && words <= kReach && found < kPerSide; ++k) {
      const int32_t m = at_start_[k];
      if (m >= 0 && M(m).end_token <= e_) near->push_back(m), ++found;
      words += a_.tokens()[k].kind == TokenKind::kWord;
    }
  }

  // The office of a title starting at token k and ending by `end`, read once per token.
  Office TitleAt(uint32_t k, uint32_t end) const {
    auto& known = title_at_[k];
    if (known.length < 0) {
      const auto title = lex_.rule(Rule::kTitle).Longest(a_, k, e_);
      known = {static_cast<int32_t>(title.length), title.length ? static_cast<Office>(title.value) : Office::kNone};
    }
    return known.length > 0 && k + static_cast<uint32_t>(known.length) <= end ? known.office : Office::kNone;
  }

  // Whether a mention after في is where an exchange took place (التقى بوتين في هلسنكي، دعا في
  // بيان من بغداد), or the host of the gathering it took place at (يلتقي ترمب وميركل على هامش قمة
  // الناتو), not the party to it; places of attacks, troops and wars are objects.
  bool Venue(std::string_view predicate, int32_t o) const {
    return Exchange(predicate) && (PrepOfOnce(o) == p_.fi || Hosted(o));
  }
  static bool Exchange(std::string_view predicate) {
    static constexpr std::string_view kExchanges[] = {"met_with", "contacted", "negotiated_with", "called_on",
                                                      "warned", "threatened", "pledged_to", "sent_letter_to",
                                                      "accused", "condemned", "allied_with", "pressured"};
    return std::ranges::find(kExchanges, predicate) != std::end(kExchanges);
  }
  // A name a backing word governs (المدعومة من مصر، الموالية لإيران).
  bool Backer(int32_t m) const {
    uint32_t k = Start(M(m));
    if (k > b_ && Is(p_.min, k - 1)) --k;
    return k > b_ && (InRule(Rule::kBacking, k - 1) || Is(p_.patronage, k - 1));
  }

  // A name governed by a gathering's noun (قمة الناتو، على هامش منتدى دافوس): its host.
  bool Hosted(int32_t m) const {
    const uint32_t start = Start(M(m));
    if (start <= b_ || !PrepOf(m).empty()) return false;
    const Token& noun = a_.tokens()[start - 1];  // with its clitics too (بمؤتمر روما)
    return Is(p_.gathering, start - 1) || (noun.kind == TokenKind::kWord && In(p_.gathering.bare, a_.Base(noun)));
  }

  // A city a gathering is named after (مؤتمر روما لدعم الجيش اللبناني): where it met, not its state
  // acting. (The people a summit is named after, قمة ترامب وبوتين, are its parties.)
  bool HostCity(int32_t m) const { return M(m).kind == MentionKind::kCapital && Hosted(m); }

  // What the record says of the state named by mention s in the body named by mention o
  // (members= in the lexicon: دول مجموعة فيشغراد، أي المجر وبولندا).
  enum class Record { kSilent, kMember, kNotMember };
  Record Membership(int32_t s, int32_t o) const {
    return Membership(Type(s), r_.entities[M(s).entity].id, r_.entities[M(o).entity].id);
  }
  Record Membership(EntityType subject_type, const std::string& subject, const std::string& body_id) const {
    const int32_t body = lex_.Find(body_id);
    if (body < 0 || lex_.entities()[body].members.empty()) return Record::kSilent;
    // Its members are states: a person is none (its officials are official_of), while a body
    // or a force may be part of it (Frontex of the EU).
    if (subject_type == EntityType::kPerson) return Record::kNotMember;
    if (subject_type != EntityType::kCountry) return Record::kSilent;
    const auto& members = lex_.entities()[body].members;
    return std::ranges::find(members, lex_.Find(subject)) != members.end() ? Record::kMember : Record::kNotMember;
  }

  // Membership of a body whose member states the record lists, of a state it does not list or
  // of a person (Russia or Vladimir Putin in NATO, named in one sentence), or a visit of a
  // person to the state the record gives them (السيسي خلال زيارة لوزارة الداخلية): no statement
  // and no reading.
  bool AgainstRecord(std::string_view predicate, int32_t s, int32_t o) const {
    // A monitor reports what others do (أفاد المرصد بقصف شنته قوات النظام على دوما، استهدفت
    // وفق المرصد): it speaks and is spoken to, and has people; it neither fights nor is fought.
    auto monitor = [&](int32_t m) {
      if (Type(m) != EntityType::kOrg) return false;
      const int32_t body = lex_.Find(r_.entities[M(m).entity].id);
      return body >= 0 && lex_.entities()[body].monitor;
    };
    static constexpr std::array<std::string_view, 9> kSpoken = {"accused",  "condemned", "called_on", "warned",   "sent_letter_to",
                                                                "met_with", "contacted", "pressured", "negotiated_with"};
    const bool spoken = std::ranges::find(kSpoken, predicate) != kSpoken.end();
    if (monitor(s) && !spoken) return true;
    if (monitor(o) && !spoken &&
        !(Type(s) == EntityType::kPerson && (predicate == "leads" || predicate == "official_of" || predicate == "member_of"))) {
      return true;
    }
    if (predicate == "visited" && Type(s) == EntityType::kPerson) {
      const int32_t person = lex_.Find(r_.entities[M(s).entity].id);
      return person >= 0 && lex_.entities()[person].country >= 0 &&
             lex_.entities()[person].country == lex_.Find(r_.entities[M(o).entity].id);
    }
    return predicate == "member_of" && Membership(s, o) == Record::kNotMember;
  }

  // Whether the set has seen enough of this triple to only count the reading.
  bool Saturated(std::string_view predicate, int32_t s, int32_t o, uint32_t t) {
    return candidates_->CountIfSaturated(r_.entities[M(s).entity].id, predicate, r_.entities[M(o).entity].id,
                                         Negated(t));
  }

  // A reading proposed by its place alone, not by a rule.
  void Proposed(std::string_view predicate, int32_t s, int32_t o, uint32_t t, uint32_t distance) {
    if (AgainstRecord(predicate, s, o) || HostCity(s)) return;
    const ReadingRank rank{false, 0, distance};
    const bool negated = Negated(t);
    candidates_->Add(r_.entities[M(s).entity].id, predicate, r_.entities[M(o).entity].id, negated,
                     M(s).entity, M(o).entity, rank, features_,
                     [&] { return MakeStatement(predicate, s, o, a_.tokens()[t].span, negated, Source(t)); });
  }

  // Whether a verb of accusing has mention mi for its subject, before the trigger at token t:
  // between them, or right before the mention (تتهم سوريا إسرائيل).
  bool AccusationBetween(int32_t mi, uint32_t t) const {
    const uint32_t start = Start(M(mi));
    for (uint32_t k = start > b_ ? start - 1 : start; k < t; ++k) {
      if (k >= start && k < M(mi).end_token) continue;
      if (a_.tokens()[k].kind == TokenKind::kWord && Is(p_.accusation, k)) return true;
    }
    return false;
  }

  // Every pair of this sentence's mentions that a trigger could link: for each predicate with
  // a trigger in the sentence, the pair's reading is through the trigger nearest to both.
  void Propose() {
    const auto& mentions = in_sentence_[sentence_];
    if (mentions.size() < 2 || mentions.size() > kMaxPairMentions) return;
    struct Hit {
      uint32_t t;
      const TriggerFrame* frame;
      Word word;
      bool imperfect;
      bool enclitic;       // an object pronoun (قتلته الشرطة)
      int32_t masdar_agent;  // MasdarAgent of the word, or -1
      int32_t accused;       // AccusedGenitive of the word, or -1
    };
    std::vector<Hit> hits;
    // The agents of this sentence's masdars (دعم *واشنطن* للوحدات الكردية): no patient of the
    // clause's subject, and no standing partner of a name before the masdar (تركيا دعم واشنطن).
    std::vector<int32_t> masdar_agents;
    for (const auto& [t, w] : triggers_read_) {
      const int32_t agent = MasdarAgent(t, w);
      if (agent >= 0) masdar_agents.push_back(agent);
      const int32_t accused = AccusedGenitive(t, w);
      const bool no_verb = NotAVerb(t, w, agent);
      for (const TriggerMatch& match : w.readings) {
        const TriggerFrame& f = triggers_.frame(match.frame);
        if (f.form == TriggerForm::kVerb && (no_verb || Nominal(t, match))) continue;
        if (f.form == TriggerForm::kParticiple && w.nominal) continue;
        // With the article only: a preposition makes it no qualifier (للمنتمين).
        if (f.form == TriggerForm::kAttributive && !(w.nominal && w.prep.empty())) continue;
        if (!f.nouns.empty() && LightNoun(f, t, match.enclitic) < 0) continue;
        hits.push_back({t, &f, w, match.imperfect, match.enclitic, agent, accused});
      }
    }
    if (!hits.empty()) {
      // Each (pair, predicate) is read through the trigger nearest to both.
      struct Choice {
        int32_t s, o;
        size_t hit;
        uint32_t cost;
      };
      std::vector<Choice> choices;
      std::map<std::tuple<int32_t, int32_t, std::string_view>, size_t> chosen;
      std::vector<int32_t> near;
      for (size_t h = 0; h < hits.size(); ++h) {
        const Hit& hit = hits[h];
        NearMentions(hit.t, &near);
        for (const int32_t s : near) {
          for (const int32_t o : near) {
            if (M(s).entity == M(o).entity || Overlap(s, o) || Qualifies(s) || Qualifies(o) ||
                !Fits(hit.frame->predicate, Type(s), Type(o))) {
              continue;
            }
            const uint32_t cost = std::max(Words(s, hit.t), Words(o, hit.t));
            const auto [it, added] = chosen.try_emplace({s, o, hit.frame->predicate}, choices.size());
            if (added) {
              choices.push_back({s, o, h, cost});
            } else if (cost < choices[it->second].cost) {
              choices[it->second].hit = h, choices[it->second].cost = cost;
            }
          }
        }
      }
      // A sentence dense with names and triggers (a list, a text without full stops) keeps its
      // nearest readings: extraction stays linear in the text.
      if (choices.size() > kMaxChoices) {
        std::stable_sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) { return a.cost < b.cost; });
        choices.resize(kMaxChoices);
      }
      for (const Choice& choice : choices) {
        const Hit& hit = hits[choice.hit];
        const TriggerFrame& f = *hit.frame;
        const uint32_t t = hit.t;
        // What is expected, necessary or conditional has not happened: no reading, as for the rules.
        if (f.predicate != "threatened" && Hedged(t, hit.word, hit.imperfect)) continue;
        // A pledge of a hostile act is the rules' threat (HostilePledge), no promise.
        if (f.predicate == "pledged_to" && HostilePledge(t)) continue;
        if (Venue(f.predicate, choice.o) || Saturated(f.predicate, choice.s, choice.o, t)) continue;
        if (CoActors(f.predicate, choice.s, choice.o, t)) continue;
        // An accuser does not do what it accuses another of (سوريا تتهم إسرائيل بشن غارتين على
        // مواقع قرب دمشق is no attack by Syria).
        if (f.predicate != "accused" && AccusationBetween(choice.s, t)) continue;
        // A verb's object before it and its subject after it (الرياض ... استهدفت ... الحوثيون)
        // needs a pronoun to stand for the object (أنيس عماري ... قتلته الشرطة) or a relative
        // clause (التحالف الذي تقوده السعودية).
        if (f.form == TriggerForm::kVerb && M(choice.o).end_token <= t && Start(M(choice.s)) > t && !hit.enclitic &&
            !AfterRelative(t)) {
          continue;
        }
        // The backer a backing word names (قوات حفتر المدعومة من مصر) is that backing's only.
        if (Backer(choice.s) || Backer(choice.o)) continue;
        // A masdar's genitive before the patient its preposition introduces is the agent, not
        // the patient of the clause's subject (انتقدت تركيا دعم واشنطن للوحدات الكردية).
        if (hit.masdar_agent == choice.o) continue;
        if (hit.accused == choice.s) continue;
        if (Described(f.predicate, choice.s, choice.o)) continue;
        if (f.form == TriggerForm::kVerb && Start(M(choice.s)) > t && PluralVerb(t, hit.imperfect)) continue;
        // طالبت لندن بتحقيق حول الصواريخ التي أطلقت باتجاه السعودية: London launched nothing.
        if (f.form == TriggerForm::kVerb && M(choice.s).end_token <= t && AfterRelative(t) && !hit.enclitic &&
            RelativeAntecedent(t) != choice.s) {
          continue;
        }
        features_.clear();
        FeatureBuilder fb(&features_, candidates_->names());
        Describe(f.predicate, choice.s, choice.o, t, fb);
        const std::string_view form = f.form == TriggerForm::kVerb      ? "verb"
                                      : f.form == TriggerForm::kNoun    ? "noun"
                                      : f.form == TriggerForm::kReceive ? "receive"
                                      : f.form == TriggerForm::kParticiple ? "participle"
                                      : f.form == TriggerForm::kAttributive ? "attributive"
                                                                        : "mutual";
        fb.Add(f.predicate, "f", form, f.nouns.empty() ? "" : "light");
        const bool at = PrepOfOnce(choice.o).empty() ? f.direct : In(f.preps, PrepOfOnce(choice.o));
        if (at) fb.Add(f.predicate, "opf", "");
        if (hit.word.conjunction) fb.Add(f.predicate, "conj", "");
        Proposed(f.predicate, choice.s, choice.o, t, choice.cost);
      }
    }
    // Names close together hold roles and standing relations that no trigger states (إريكسن
    // صانع لعب توتنهام، قيادي بالمعارضة X، الوجود السوري في لبنان): the words between and
    // before them are the features. Mentions are in text order: a few on either side suffice.
    constexpr size_t kNeighbours = 8;
    for (size_t si = 0; si < mentions.size(); ++si) {
      const int32_t s = mentions[si];
      const size_t lo = si > kNeighbours ? si - kNeighbours : 0;
      const size_t hi = std::min(mentions.size(), si + kNeighbours + 1);
      for (size_t oi = lo; oi < hi; ++oi) {
        const int32_t o = mentions[oi];
        if (M(s).entity == M(o).entity || Overlap(s, o) || Qualifies(s) || Qualifies(o)) continue;
        const bool after = Start(M(o)) >= M(s).end_token;
        if (std::ranges::find(masdar_agents, after ? o : s) != masdar_agents.end()) continue;
        const uint32_t from = after ? M(s).end_token : M(o).end_token;
        const uint32_t to = after ? Start(M(o)) : Start(M(s));
        if (to < from || to - from > kNameGap) continue;
        // The words before the pair (المستشارة الألمانية أنغيلا ميركل، وزير الخارجية البريطاني،
        // بوريس جونسون), and the kind of a title among them, read once for every predicate.
        const uint32_t first = std::min(Start(M(s)), Start(M(o)));
        std::string_view before[3], title;
        size_t n_before = 0;
        for (uint32_t k = first; k > b_ && k + 3 > first;) {
          --k;
          before[n_before++] = a_.Base(a_.tokens()[k]);
          if (const Office office = TitleAt(k, first); office != Office::kNone && title.empty()) title = OfficeName(office);
        }
        for (const std::string_view predicate : {"member_of", "official_of", "leads", "deployed_forces_in",
                                                 "backs", "allied_with", "at_war_with"}) {
          if (!Fits(predicate, Type(s), Type(o))) continue;
          const uint32_t t = to > from ? from : Start(M(o));
          if (Saturated(predicate, s, o, t)) continue;
          features_.clear();
          FeatureBuilder fb(&features_, candidates_->names());
          fb.Add(predicate, "b", "");
          fb.Add(predicate, "pair", after ? "so" : "os", Bucket(to - from));
          fb.Add("*", "pair", after ? "so" : "os", Bucket(to - from));
          fb.Add(predicate, "so", TypeName(s), TypeName(o));
          fb.Add(predicate, "sk", MentionKindName(M(s).kind), MentionKindName(M(o).kind));
          fb.Add("*", "pair-sk", MentionKindName(M(s).kind), MentionKindName(M(o).kind));
          if (title_owner_[s] >= 0) fb.Add(predicate, "s-in-title", "");
          if (title_owner_[o] >= 0) fb.Add(predicate, "o-in-title", "");
          for (uint32_t k = from; k < to; ++k) fb.Add(predicate, "between", a_.Base(a_.tokens()[k]));
          if (to == from) fb.Add(predicate, "between", "");
          for (size_t k = 0; k < n_before; ++k) fb.Add(predicate, "pre", before[k]);
          if (!title.empty()) fb.Add(predicate, "title", title);
          if (predicate == "member_of" && Membership(s, o) == Record::kMember) fb.Add(predicate, "record", "");
          if (sentence_ == 0) fb.Add(predicate, "first", "");
          Proposed(predicate, s, o, t, to - from);
        }
      }
    }
  }

  const Recognition& r_;
  const Analysis& a_;
  const Lexicon& lex_;
  const TriggerTable& triggers_;
  const Particles& p_;
  std::vector<graph::Statement>* out_;
  CandidateSet* candidates_;       // null: the rules' statements only
  std::vector<uint64_t> features_;  // the reading being described
  std::vector<int32_t> at_start_;  // token -> the longest mention starting there (with its title)
  std::vector<int32_t> at_end_;    // end token -> the longest mention ending there
  std::vector<int32_t> cover_;     // token -> a mention that covers it
  std::vector<int32_t> patron_of_;  // mention -> the armed group whose name holds it as its patron's nisba, or -1
  std::vector<bool> qualifier_;     // mention -> a nisba that qualifies the organisation named before it
  std::vector<bool> used_;         // light nouns already read with their verb
  std::vector<uint32_t> words_before_;  // token -> the word tokens before it in the article
  std::vector<std::pair<uint32_t, Word>> triggers_read_;  // this sentence's words with readings
  struct ListedMember {
    int32_t member, body;  // mentions
    uint32_t marker;       // the token that lists (أي، مثل)
  };
  std::vector<ListedMember> listed_;  // this sentence's (ListMembers)
  mutable std::vector<int8_t> negated_;  // token -> whether a trigger there is negated; -1: not read yet
  mutable std::vector<int32_t> source_;  // token -> Speaker(token); kUnread: not read yet
  mutable std::vector<int8_t> hedged_;   // 2 * token + imperfect -> whether it is hedged; -1: not read yet
  // For the model's readings only: counts of boundary particles and commas before each token,
  // and each mention's preposition once read.
  std::vector<uint32_t> boundaries_before_, commas_before_;
  mutable std::vector<std::string_view> prep_of_;
  mutable std::vector<bool> prep_read_;
  std::vector<int32_t> title_owner_;  // mention -> the mention whose title it lies in, or -1
  struct TitleRead {
    int32_t length = -1;  // -1: not read yet
    Office office = Office::kNone;
  };
  mutable std::vector<TitleRead> title_at_;  // token -> the title starting there
  std::vector<std::vector<int32_t>> in_sentence_;  // sentence -> its mentions
  uint32_t sentence_ = 0, b_ = 0, e_ = 0;
  size_t first_new_ = 0;           // this sentence's first statement, for de-duplication
};

}  // namespace

ParticleSet::ParticleSet(std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    (word.starts_with(kArticleLetters) ? definite : bare).push_back(text::MatchKey(word));
  }
}

Particles::Particles()
    : negation({"لم", "لن", "لا", "عدم", "ليس", "ليست", "دون"}),
      still({"زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "يزالان", "تزالان", "نزال", "أزال"}),
      carrier({"يعد", "تعد", "يعودوا", "يكن", "تكن", "يكون", "تكون", "يكونوا", "يتم", "تتم", "تم", "يجر", "تجر",
               "يجري", "تجري", "جرى", "يستطع", "تستطع", "يستطيع", "تستطيع", "يتمكن", "تتمكن", "يمكن", "يوجد",
               "توجد", "هناك", "أي", "أية", "بعد", "قط", "أبدا", "مطلقا", "إطلاقا",
               // Occurring and having: لم تحصل مباحثات، عدم وجود صفقة، ليس لديها مفاوضات.
               "حصل", "حصلت", "يحصل", "تحصل", "حدث", "حدثت", "يحدث", "تحدث", "وجود", "بوجود", "لديه",
               "لديها", "لديهم", "له", "لها", "لهم", "يشمل", "تشمل",
               // The light verbs of events: لم يشن غارات، لم توقع اتفاقية، لم يرسل دعوة.
               "يشن", "تشن", "شن", "ينفذ", "تنفذ", "يوجه", "توجه", "يرسل", "ترسل", "يوقع", "توقع",
               "يبرم", "تبرم", "يفرض", "تفرض", "يطلق", "تطلق", "يمارس", "تمارس", "يقم", "تقم", "يعقد",
               "تعقد"}),
      denial({"نفى", "نفت", "نفوا", "ينفي", "تنفي", "ننفي", "نفي", "ينفون", "نفيه", "نفيها"}),
      untruth({"صحة"}),
      hedge({"ربما", "سوف", "يمكن", "قد يكون", "محتمل", "المحتمل", "احتمال", "يحتمل", "يجب",
             "ينبغي", "يتعين", "الضروري", "ضرورة", "المقرر", "المزمع", "يتوقع", "المتوقع", "المنتظر",
             // Readiness, wish and intent: what one is ready or means to do is not done yet
             // (أكد استعداده للقاء بوتين).
             "استعداد", "استعداده", "استعدادها", "استعدادهم", "مستعد", "مستعدة", "مستعدون", "مستعدين",
             "رغبة", "رغبته", "رغبتها", "يرغب", "ترغب", "يريد", "تريد", "يعتزم", "تعتزم", "اعتزام",
             "اعتزامه", "اعتزامها", "ينوي", "تنوي", "نية", "نيته", "نيتها", "يأمل", "تأمل",
             // Likelihood and preparing (قتلت على الأرجح، تستعد لإعادة فرض العقوبات).
             "الأرجح", "المرجح", "يرجح", "يستعد", "تستعد", "يستعدون"}),
      condition({"حال", "إذا", "اذا", "لو", "مخاوف", "خطط", "خطة", "تخطط", "يخطط", "التخطيط", "بالتخطيط",
                 "تخطيط", "بتخطيط", "مخطط", "المخطط", "إن لم"}),
      prospective({"المرتقب", "المرتقبة", "المقرر", "المقررة", "المقبل", "المقبلة", "المحتمل",
                   "المحتملة", "المزمع", "المزمعة", "المتوقع", "المتوقعة", "المنتظر", "المنتظرة",
                   "مرتقب", "مرتقبة", "مقرر", "مقررة", "محتمل", "محتملة", "مزمع", "مزمعة",
                   "متوقع", "متوقعة", "منتظر", "منتظرة"}),
      qad(text::MatchKey("قد")),
      ila(text::MatchKey("إلى")),
      an(text::MatchKey("عن")),
      boundary({"أن", "إن", "بأن", "أنه", "أنها", "بأنه", "بأنها", "الذي", "التي", "الذين",
                "حيث", "لكن", "بينما", "فيما", "عندما", "بعد", "قبل", "لأن", "كي", "لكي"}),
      relative({"الذي", "التي", "الذين", "اللذين", "اللتين"}),
      singular_relative({"الذي", "التي"}),
      prepositions(Keys({"في", "من", "إلى", "الى", "على", "عن", "مع", "ضد", "تجاه", "باتجاه", "لدى",
                         "نحو", "بين", "عبر", "داخل", "قرب", "حول", "بشأن", "ل", "ب"})),
      attribution({"وفق", "وفقا", "بحسب", "حسب", "نقلا"}),
      min(text::MatchKey("من")),
      qibal(text::MatchKey("قبل")),
      patronage({"رعاية", "وكلاء", "وكيل"}),
      issued({"صدر", "صدرت", "صادر", "صادرة", "صادرا", "الصادر", "الصادرة"}),
      membership({"المشارك", "المشاركة", "العضو", "عضو", "المنضوي", "المنضوية", "المنضم",
                  "المنضمة", "المنتمي", "المنتمية", "التابع", "التابعة"}),
      fi(text::MatchKey("في")),
      ala(text::MatchKey("على")),
      obliging({"إن", "أن", "بأن", "يجب", "ينبغي", "يتعين"}),
      one_of({"أحد", "إحدى"}),
      within({"ضمن"}),
      attacks({"هجوم", "هجمات", "هجوما", "الهجوم", "الهجمات", "تفجير", "تفجيرات", "التفجير"}),
      launched({"شنها", "شنتها", "شنوها", "نفذها", "نفذتها", "نفذوها"}),
      namely({"أي", "مثل", "هي", "منها", "بينها", "خاصة", "خصوصا", "لاسيما", "سيما"}),
      states({"دول", "الدول"}),
      men({"مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "عناصر", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "طائرات",
           "طائرة", "قناصة", "قناص", "مدرعات", "دبابات", "زوارق", "سفن"}),
      supported({"بإسناد", "وبإسناد", "بدعم", "وبدعم", "بمساندة", "وبمساندة", "بغطاء", "وبغطاء"}),
      ranks({"قادة", "قيادات", "زعماء", "أعضاء", "عناصر", "مقاتلي", "مسلحي", "مؤسسي", "كوادر", "نواب",
             "مشايخ", "شيوخ", "ناشطي", "مسؤولي", "مستشاري"}),
      figurative({"حاد", "حادا", "حادة", "كلامي", "كلاميا", "كلامية", "لاذع", "لاذعا", "لاذعة",
                  "لفظي", "لفظيا", "لفظية", "إعلامي", "إعلاميا", "إعلامية"}),
      fiercely({"بعنف", "بشدة"}),
      assault({"هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون", "هجوم", "هجوما", "هجومه", "هجومها",
               "هجومهم", "مهاجمة", "مهاجمته", "مهاجمتها"}),
      support({"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "استمر", "استمرت", "يستمر",
               "تستمر", "واصل", "واصلت", "يواصل", "تواصل", "بذل", "بذلت", "يبذل", "تبذل", "جهود",
               "جهودا", "سعى", "سعت", "يسعى", "تسعى", "عمل", "عملت", "يعمل", "تعمل", "أقدم",
               "أقدمت", "يقدم", "تقدم", "اتهم", "اتهمت", "يتهم", "تتهم", "اتهام", "عقد", "عقدت",
               "يعقد", "تعقد", "عقدوا", "أجرى", "أجرت", "يجري", "تجري", "أجروا"}),
      // (Not عبر, "through", nor توقع, "expected", which the verbs' forms also spell.)
      stance({"أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "يؤكدون", "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن",
              "جدد", "جددت", "يجدد", "تجدد", "أعرب", "أعربت", "أعربوا", "يعرب", "تعرب", "أبدى", "أبدت",
              "يبدي", "تبدي", "عبرت", "يعبر", "تعبر", "كرر", "كررت", "يكرر", "تكرر", "مؤكدا",
              "مؤكدة", "معلنا", "معلنة", "مجددا", "مجددة", "معربا", "معربة", "مبديا", "مبدية", "معبرا",
              "معبرة", "وقع", "وقعت", "وقعوا", "يوقع", "أبرم", "أبرمت", "يبرم", "تبرم", "توصل",
              "توصلت", "توصلوا", "يتوصل", "تتوصل"}),
      killer({"برصاص", "رصاص", "بنيران", "نيران", "بغارة", "بغارات", "غارة", "غارات", "بقصف", "قصف",
              "بضربة", "بضربات", "ضربة", "ضربات"}),
      hand({"يد", "يدي", "أيدي"}),
      accusation({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "اتهام", "اتهامات"}),
      princely({"الأمير", "أمير", "الأميرة", "أميرة"}),
      gathering({"قمة", "قمم", "مؤتمر", "منتدى", "ملتقى", "هامش"}),
      hostile(Keys({"رد", "انتقام", "ثأر", "سيطرة", "قضاء", "معاقبة", "عقاب", "سحق", "تدمير", "ضرب", "ملاحقة",
                    "طرد", "هزيمة", "تطهير", "مهاجمة", "محاربة", "استهداف", "قصف"})) {}

void FindRelations(const Recognition& recognition, const Lexicon& lexicon,
                   const TriggerTable& triggers, const Particles& particles,
                   std::vector<graph::Statement>* out, CandidateSet* candidates) {
  Finder(recognition, lexicon, triggers, particles, out, candidates).Run();
}

}  // namespace kg::extract
