#include "extract/recognizer.h"

#include <algorithm>
#include <bit>
#include <unordered_map>
#include <unordered_set>

#include "extract/nisba.h"
#include "extract/role_record.h"
#include "extract/string_table.h"
#include "text/text.h"

namespace kg::extract {
namespace {

using graph::EntityType;

constexpr size_t kMaxNameTokens = 4;
constexpr size_t kMaxComplements = 8;  // words a title may take before its holder's name
constexpr size_t kMaxQuotedName = 5;
constexpr std::string_view kFi = "\u0641\u064A";  // في
constexpr std::string_view kBilad = "\u0628\u0644\u0627\u062F";  // بلاد
constexpr std::string_view kAbd = "\u0639\u0628\u062F";  // عبد
constexpr std::string_view kAbu = "\u0627\u0628\u0648";  // أبو, as MatchKey spells it

using IdMap = StringMap<int32_t>;

bool IsComma(std::string_view key) { return key == "\u060C" || key == ","; }
bool IsArabic(std::string_view s) {
  return !s.empty() && static_cast<unsigned char>(s[0]) >= 0xD8 &&
         static_cast<unsigned char>(s[0]) <= 0xDB;
}

// One article's recognition: the rules run over each sentence, then coreference over all.
class Pass {
 public:
  Pass(const Lexicon& lexicon, Recognition& out, int year, std::string article_id)
      : lex_(lexicon), a_(out.analysis), out_(out), year_(year), article_id_(std::move(article_id)),
        used_(a_.tokens().size(), 0) {}

  void Run() {
    const auto& sentences = a_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (size_t i = sentences[s].first_token; i < sentences[s].end_token;) {
        i = Step(s, i, sentences[s].end_token);
      }
    }
    ResolveTitles();
    ResolveContextualBodies();
    const int32_t home = HomeState();
    // A body's head alone is the organisation the article named with it before it is a state's
    // body (الشرطة after شرطة دبي).
    ResolveHeadNouns(home);
    ResolveBareBodies(home);
    // An opposition alone is the state's that has one and is named most (an article on Daraa
    // names Russia too).
    ResolveOpposition(home >= 0 ? home : HomeState(false));
    ResolveShortForms();
    MergeOneWordPeople(home);
    ResolveHisCountry();
    Finish();
  }

 private:
  struct PendingTitle {
    uint32_t sentence, first, end;
    int32_t country;  // lexicon index of the state the title names, or -1
    int32_t body;     // lexicon index of the body the title names (state or organisation), or -1
    Office office;
    bool plain;  // a definite title word and its state, nothing else (الرئيس الأمريكي، رئيس الفلبين)
  };

  // The head of an organisation (زعيم ائتلاف دولة القانون، رئيس ائتلاف دولة القانون) is one
  // person however the title words it. Not so for a state, which has many leaders and
  // officials (the president and the prime minister), nor for an organisation's members.
  std::string LeaderKey(Office office, int32_t body) const {
    if (office != Office::kLeader || body < 0 || L(body).info.type == EntityType::kCountry) return {};
    return "leader:" + L(body).info.id;
  }

  const Token& T(size_t i) const { return a_.tokens()[i]; }
  // Whether token k is a quotation mark.
  bool QuoteAt(size_t k) const { return T(k).kind == TokenKind::kPunct && IsQuotationMark(Key(k)); }
  std::string_view Key(size_t i) const { return a_.Key(T(i)); }
  std::string_view Base(size_t i) const { return a_.Base(T(i)); }
  // A one-word name as the lexicons key it: its base, or the whole word where a pronoun suffix
  // split off, since a family name alone takes none (مشارك is "participant", not مشار and ك;
  // صالحها "its interest", not Saleh's).
  std::string_view NameWord(size_t i) const { return T(i).enclitic ? Key(i) : Base(i); }
  bool Is(Rule rule, size_t i) const { return lex_.Is(rule, Base(i)) || lex_.Is(rule, Key(i)); }
  int32_t Nisba(size_t i) const {
    if (T(i).kind != TokenKind::kWord) return -1;
    int32_t c = lex_.nisbas().Word(Base(i));
    if (c < 0) c = lex_.nisbas().Word(Key(i));
    return c >= 0 && LostOwnAl(i, c) ? -1 : c;
  }
  // Whether token i spells a country's nisba without the أل its name begins with (ألمانيا،
  // ألبانيا): MatchKey drops those letters as if they were the article, so مانيه (Sadio Mané)
  // has the key of ألمانية.
  bool LostOwnAl(size_t i, int32_t country) const {
    const auto& names = L(country).info.aliases;
    if (names.empty()) return false;
    const std::string_view name = names.front();
    constexpr std::string_view kHamzaAl = "\u0623\u0644", kHamzaBelowAl = "\u0625\u0644";
    if (!(name.starts_with(kHamzaAl) || name.starts_with(kHamzaBelowAl)) || name.size() < kHamzaAl.size() + 2) return false;
    // Its lam and the letter after it (لم of ألمانيا; two bytes each), wherever clitics put them.
    const std::string_view lam_on = name.substr(2, 4);
    return a_.Surface(T(i)).find(lam_on) == std::string_view::npos;
  }
  bool HasArticle(size_t i) const { return a_.Definite(T(i)); }
  // A nisba of one word or two (الكوري الجنوبي) starting at token i: its length and country.
  PhraseTable::Match NisbaAt(size_t i, size_t end) const {
    if (i >= end || T(i).kind != TokenKind::kWord) return {};
    const auto match = lex_.nisbas().Longest(a_, i, end);
    return match.length && LostOwnAl(i, match.value) ? PhraseTable::Match{} : match;
  }
  const LexiconEntity& L(int32_t index) const { return lex_.entities()[index]; }

  // The lexicon's country a name or capital stands for, or -1.
  int32_t StateOf(int32_t lexicon_index) const {
    const LexiconEntity& e = L(lexicon_index);
    if (e.info.type == EntityType::kCountry) return lexicon_index;
    return e.capital_of;
  }

  // A token that can be part of a person's name: an Arabic word no lexicon gives a role to.
  // `place`: a place's name, which may end in ta marbuta (جبناينة، اللواتة) when no dictionary
  // has the word.
  bool NameLike(size_t i, bool place = false) const {
    const Token& t = T(i);
    if (t.kind != TokenKind::kWord || used_[i] || !IsArabic(a_.Surface(t))) return false;
    if (ShortAlefLamGivenName(i)) return true;
    // A foreign name that opens like ف or ك and the article (فالفيردي، كالديرون) is read whole
    // when no dictionary has the rest as a noun.
    const bool foreign_front = (t.proclitics == (kConjFa | kArticle) || t.proclitics == (kPrepKa | kArticle)) &&
                               !GluedNoun(i, 3);
    if ((t.proclitics & ~kArticle) && !foreign_front && !(i == glued_front_ && !(t.proclitics & kArticle))) return false;
    // A preposition or conjunction glued to an article (بالتهديدات) never starts a name word,
    // even when the lexicon does not know the noun; a foreign name may begin with the same
    // letters (والر، كالر، بالمر، فالفيردي), and then what follows them is too short to be a
    // noun, or, after ف and ك, a word no dictionary has.
    const std::string_view k = Key(i);
    for (std::string_view front : {"\u0628\u0627\u0644", "\u0648\u0627\u0644", "\u0641\u0627\u0644",
                                   "\u0643\u0627\u0644", "\u0644\u0644"}) {
      // و، ب and ل glue to nouns far more often than a name begins so (والمهاذر، للتحالف).
      const bool rare_front = front == "\u0641\u0627\u0644" || front == "\u0643\u0627\u0644";
      if (k.starts_with(front) && text::CodePoints(k.substr(front.size())) >= 3 &&
          (!rare_front || GluedNoun(i, text::CodePoints(front)))) {
        return false;
      }
    }
    // Nor is an article alone (في عمر الـ 92: "at the age of 92", the article before a number
    // written apart), where إل and أل may be a name's (كيم جونغ إل، إل تشابو).
    if (text::CodePoints(k) < 2 || (k == kArticleLetters && a_.Surface(t).starts_with(kArticleLetters))) return false;
    // A number, whatever is glued to it (غارات التحالف الـ20), is no name's word.
    if (std::ranges::any_of(k, [](char c) { return c >= '0' && c <= '9'; })) return false;
    // So does tanween (زار الأمير وليام مخيماً): names are written without it.
    if (text::HasTanween(a_.Surface(t))) return false;
    // A possessive suffix (قرارها، موقفهم) marks a common noun.
    if (k.ends_with("\u0647\u0627") || k.ends_with("\u0647\u0645")) return false;
    // So does a ta marbuta (مكانة، محاكمة، لجنة), save on the few given names that have one
    // and the lexicons' name words no dictionary has.
    // A French name's -ier or -er is written ـيه with a plain ha (روجيه، ديدييه), which news
    // keeps apart from the ta marbuta; it is a name word where no dictionary has the word.
    const std::string_view surface = a_.Surface(t);
    const bool foreign_ending = surface.ends_with("\u064A\u0647") && !lex_.dictionary().Has(surface);
    if (k.ends_with("\u0647") && !lex_.IsGivenName(k) && !foreign_ending &&
        (!(lex_.words().Has(k) || place) || lex_.dictionary().Has(surface))) {
      return false;
    }
    // A particle's key with a hamza after its first letter is another word: فإن ("for indeed")
    // is no فان (ألدي, with the hamza first, may be a name's).
    if (Is(Rule::kNameParticle, i) && (surface.find("\u0623", 1) != std::string_view::npos ||
                                       surface.find("\u0625", 1) != std::string_view::npos)) {
      return false;
    }
    for (Rule rule : {Rule::kCommon, Rule::kTitle, Rule::kOffice, Rule::kInstitution,
                      Rule::kOrgHead, Rule::kReportingVerb, Rule::kGroupNoun, Rule::kModifier,
                      Rule::kTitleLink, Rule::kBacking, Rule::kLocative, Rule::kPartitive, Rule::kPlaceHead,
                      Rule::kNameCue, Rule::kFormer, Rule::kDesignation}) {
      if (Is(rule, i) &&
          !(rule == Rule::kCommon && (GivenNameWithYa(i) || GivenNameUnlikeCommon(i) || SyllableOfName(i))) &&
          !(rule == Rule::kTitle && TitledGivenName(i)) && !(rule == Rule::kPlaceHead && SecondParticle(i))) {
        return false;
      }
    }
    // A word the lexicon names only with the article is a given name without it (خليل, not
    // الخليل Hebron), unless it has a nisba's ending: حوثي is the group's adjective. A nisba
    // that is a given name opens a name before a lineage or a family name no dictionary has
    // (تركي آل الشيخ، تركي بن طلال، تركي الحمادي).
    if ((Nisba(i) >= 0 && !GivenNameBeforeFamily(i)) || lex_.names().Word(Key(i), HasArticle(i)) >= 0) return false;
    return lex_.names().Word(Key(i)) < 0 || (lex_.IsGivenName(Key(i)) && !k.ends_with("\u064A"));
  }

  // Whether token i follows a European name's particle inside a name (لارس فون ترير): a name does
  // not end in its particle, so the word after it is the name's, even one the lexicons know as
  // a place's (ترير, Trier), unless a dictionary has it or a clitic is glued to it.
  bool AfterParticle(size_t i) const {
    const Token& t = T(i);
    return Is(Rule::kNameParticle, i - 1) && !T(i - 1).proclitics && t.kind == TokenKind::kWord && !used_[i] &&
           !t.proclitics && !t.enclitic && IsArabic(a_.Surface(t)) && !lex_.dictionary().Has(a_.Surface(t));
  }

  // A name's particle right after another (فان دير، فون دير) is the name's, whatever else it
  // heads (دير, "monastery", opens a place's name).
  bool SecondParticle(size_t i) const {
    return i > 0 && Is(Rule::kNameParticle, i) && Is(Rule::kNameParticle, i - 1) && !T(i).proclitics &&
           !T(i - 1).proclitics;
  }

  // A given name that the article's letters and two more spell with a hamza or madda (آلان،
  // ألان), which MatchKey keys as أن; on a glued و too (وآلان).
  bool ShortAlefLamGivenName(size_t i) const {
    if (T(i).kind != TokenKind::kWord || (T(i).proclitics & ~(kConjWa | kArticle))) return false;
    std::string_view surface = a_.Surface(T(i));
    if (T(i).proclitics & kConjWa) surface.remove_prefix(std::string_view("\u0648").size());
    // (Most words open otherwise: no lookup for them.)
    return (surface.starts_with("\u0622\u0644") || surface.starts_with("\u0623\u0644") ||
            surface.starts_with("\u0625\u0644")) &&
           lex_.IsShortAlefLamGivenName(surface);
  }

  // A given name whose own alef and lam (ألكسندر، أليكسي) are written plain, as if they were the
  // article (الكسندر شولغين), where no dictionary has the word as written (الهام is "the
  // important") or with another hamza than the name's (الينا is إلينا "to us", not ألينا).
  bool AlefLamGivenName(size_t i) const {
    const std::string_view surface = a_.Surface(T(i));
    if (T(i).kind != TokenKind::kWord || T(i).proclitics & ~kArticle || !surface.starts_with(kArticleLetters)) return false;
    const std::string_view own = lex_.GivenNameAlef(Key(i));
    if (own.empty() || lex_.dictionary().Has(surface)) return false;
    const std::string after_alef(surface.substr(std::string_view("\u0627").size()));
    for (const std::string_view alef : {"\u0623", "\u0625"}) {
      if (alef != own && lex_.dictionary().Has(std::string(alef) + after_alef)) return false;
    }
    return true;
  }

  // Whether token i is a given name without the article before a lineage or a definite family
  // name no dictionary has.
  bool GivenNameBeforeFamily(size_t i) const {
    if (HasArticle(i) || !lex_.IsGivenName(Key(i)) || i + 1 >= a_.tokens().size()) return false;
    // After a definite title the nisba would agree with it (العقيد التركي): without the article
    // it is the holder's given name, before any family name with the article (العقيد تركي المالكي).
    const bool after_title = i > 0 && T(i - 1).kind == TokenKind::kWord && HasArticle(i - 1) &&
                             (Is(Rule::kTitle, i - 1) || Is(Rule::kHonorific, i - 1)) &&
                             T(i + 1).kind == TokenKind::kWord && HasArticle(i + 1) && !(T(i + 1).proclitics & ~kArticle);
    return IsLineage(i + 1) || ((DefiniteFamilyName(i + 1) || after_title) && Nisba(i + 1) < 0);
  }

  // Whether token k is a word with the article and nothing else glued to it that no dictionary
  // has, as only a family name is (الكبسي، الحمادي).
  bool DefiniteFamilyName(size_t k) const {
    return T(k).kind == TokenKind::kWord && HasArticle(k) && !(T(k).proclitics & ~kArticle) &&
           !lex_.dictionary().Has(a_.Surface(T(k)));
  }

  // Whether a word that opens with a preposition or conjunction and the article, `front`
  // letters in all, is a noun the dictionary has with the article alone.
  bool GluedNoun(size_t i, size_t front) const {
    const std::string_view surface = a_.Surface(T(i));
    const std::string rest(text::CodePointSlice(surface, front, text::CodePoints(surface)));
    return lex_.dictionary().Has(std::string(kArticleLetters) + rest);
  }

  // A given name written with a final ي that folds onto a particle written with ى (علي and
  // على): the name when the next word may go on with it (علي حسن جيلان، علي الكحلاني), not a
  // dictionary word (علي الأقل, where a writer spelled the preposition with ي).
  bool GivenNameWithYa(size_t i) const {
    if (!a_.Surface(T(i)).ends_with("\u064A") || !lex_.IsGivenName(Key(i))) return false;
    const size_t next = i + 1;
    if (next >= a_.tokens().size() || T(next).kind != TokenKind::kWord || T(next).proclitics & ~kArticle) return false;
    return !(Is(Rule::kCommon, next) && !GivenNameUnlikeCommon(next)) && !CommonWord(next);
  }

  // A given name without the article that the common words hold only with it (جمعة, not
  // الجمعة "Friday"; سلام, not السلام "peace"), after another given name: a father's or family
  // name (علي جمعة، أسامة سلام المقطري). Opening a name it is more often the common noun (جمعة
  // الغضب "the Friday of rage", سلام كامل "a full peace").
  bool GivenNameUnlikeCommon(size_t i) const {
    return i > 0 && !HasArticle(i) && lex_.IsGivenName(Key(i)) && lex_.rule(Rule::kCommon).OnlyDefinite(Base(i)) &&
           T(i - 1).kind == TokenKind::kWord && (lex_.IsGivenName(Base(i - 1)) || Joins(i - 1));
  }

  // A particle that is also a syllable of East Asian names (data/rules.tsv, name_syllable),
  // between a name's word and a word that is no verb: the name's (كيم كي غوان), not a particle
  // before its verb (كي يبحث).
  bool SyllableOfName(size_t i) const {
    if (i == 0 || i + 1 >= a_.tokens().size() || !Is(Rule::kNameSyllable, i) || HasArticle(i) || T(i).proclitics) {
      return false;
    }
    const Token& before = T(i - 1);
    const Token& after = T(i + 1);
    if (before.kind != TokenKind::kWord || after.kind != TokenKind::kWord || before.proclitics || after.proclitics ||
        HasArticle(i - 1) || HasArticle(i + 1) || Is(Rule::kCommon, i + 1)) {
      return false;
    }
    // A known name may end in it (سو كي, Aung San Suu Kyi): what follows is the clause's.
    if (lex_.names().Longest(a_, i - 1, a_.tokens().size()).length == 2) return false;
    return !DictionaryVerb(i + 1) && (lex_.names().Word(Key(i - 1)) >= 0 || NameLike(i - 1));
  }

  // A title word that is also a given name, written without the article and followed by
  // another name word (الملازم سلطان شمسان): the name's. Before a body (سلطان عمان) the
  // title is read first.
  bool TitledGivenName(size_t i) const {
    return !HasArticle(i) && lex_.IsGivenName(Key(i)) && i + 1 < a_.tokens().size() &&
           T(i + 1).kind == TokenKind::kWord && !Is(Rule::kTitle, i + 1) && Nisba(i + 1) < 0 &&
           !lex_.names().Longest(a_, i + 1, a_.tokens().size()).length;
  }

  // Where a name starts at or after token i: past courtesy titles and their full stops.
  size_t SkipHonorifics(size_t i, size_t end) const {
    while (i < end) {
      if (const auto honorific = lex_.rule(Rule::kHonorific).Longest(a_, i, end); honorific.length) {
        i += honorific.length;  // الشيخ، رجل الدين
      } else if (T(i).kind == TokenKind::kPunct && Key(i) == "." && i > 0 && Is(Rule::kHonorific, i - 1)) {
        ++i;  // د. followed by the name
      } else {
        break;
      }
    }
    return i;
  }

  // The length of the person's name starting at token i: up to four name-like words, ending
  // at the first with the article (the family name) unless it follows عبد or أبو.
  // Whether the words of the name after its first are no dictionary words (but given names).
  bool NoCommonAfterFirst(size_t i, size_t n) const {
    for (size_t k = i + 1; k < i + n; ++k) {
      if (CommonWord(k) && !SyllableOfName(k)) return false;
    }
    return true;
  }

  // Whether the dictionary has no word of tokens [first, end): a foreign name's. `particles`:
  // but a European name's particles and an East Asian name's syllables, which it has as words of
  // their own (فان، دو، كي).
  bool NoDictionaryWord(size_t first, size_t end, bool particles = false) const {
    for (size_t k = first; k < end; ++k) {
      if (!(particles && (Is(Rule::kNameParticle, k) || SyllableOfName(k))) && lex_.dictionary().Has(a_.Surface(T(k)))) {
        return false;
      }
    }
    return true;
  }

  // Whether the dictionary has every word of tokens [first, end): a common noun phrase.
  bool AllDictionaryWords(size_t first, size_t end) const {
    for (size_t k = first; k < end; ++k) {
      if (!lex_.dictionary().Has(a_.Surface(T(k)))) return false;
    }
    return true;
  }

  // `titled`: the name follows a title, which vouches that a name comes; it may then end before
  // any dictionary word when its own words are none (رئيس الوزراء بول تيبا جولة). `vouched`: a
  // title or a verb of saying precedes it.
  size_t NameLength(size_t i, size_t end, bool titled = false, bool vouched = false) const {
    vouched = vouched || titled;
    // A name opens without the article, save a given name that has it before a lineage (الحسين بن
    // طلال، الوليد بن طلال).
    if (i >= end) return 0;
    const bool definite_given = DefiniteGivenName(i, end) || AlefLamGivenName(i) || ShortAlefLamGivenName(i);
    if (!NameLike(i) || (HasArticle(i) && !definite_given) || (LooksLikeVerb(i) && i != glued_front_) || IsLineage(i)) {
      return 0;
    }
    size_t n = 0, joined = 0;  // words after عبد or أبو, which count with it as one word
    // After عبد or أبو any word belongs to the name, even one with a role (عبد الأمير).
    while (i + n < end && n < kMaxNameTokens + joined + (n > 0 && Joins(i + n - 1)) &&
           (NameLike(i + n) || (n == 1 && (KafFamilyName(i) || ClitickedFamilyName(i))) || (n >= 2 && AfterParticle(i + n)) ||
            (n > 0 && (FamilyNameOfKnown(i + n, n == 1, vouched) || IsLineage(i + n) ||
                                          (Joins(i + n - 1) && T(i + n).kind == TokenKind::kWord && !used_[i + n] && text::CodePoints(Key(i + n)) >= 2) ||
                                          HyphenedPart(i + n))))) {
      const bool joins = n > 0 && (Joins(i + n - 1) || HyphenedPart(i + n));
      joined += joins;
      // A verbal noun with the article ends the name before it: the clause goes on past the
      // name (كمال زيدون الانسحاب، شي جينبينغ الاستمرار), or the phrase is a common noun's
      // (رجل الأعمال), which leaves one dictionary word that CommonWord refuses.
      // (Before a particle or a comma the word is no masdar in construct but a name's, unless
      // in the accusative: محمد أوجار إن, where أفعال is a plural's shape as well, but قال مانولو
      // مستذكرا،.)
      if (n > 0 && !joins &&
          ((VerbalNoun(i + n) && !ParticipleFamilyName(i, n)) ||
           (MasdarInConstruct(i + n) && (NounAfter(i + n) || AccusativeNoun(i + n))))) {
        break;
      }
      if (n > 1 && !joins && AccusativeNoun(i + n)) break;
      if (n > 0 && !joins && (DictionaryVerb(i + n) || ConjoinedName(i + n))) break;
      if (!joins && ForeignNameEnds(i, n)) break;
      // Words of two people the article has named in full, side by side (واستقبل مون كيم, after
      // مون جاي إن and كيم جونغ أون): two people, not one new name.
      if (n == 1 && !joins && TwoNamedPeople(i)) break;
      if (n >= 2 && !joins && ForeignBeforeDefiniteNoun(i + n)) break;
      // A known person's family name alone is that person, not the start of a name that runs
      // on into the clause (قالت ماي عقب الاجتماع، دانييلز إلغاء الجولة، برانسون الاتهامات), when
      // what follows is plainly no name: a dictionary word with the article, in the accusative,
      // shaped like a verbal noun or a verb, or a function word (a second name may be a
      // dictionary word: عباس كامل).
      // After a family name that is no given name, any dictionary word does (سكريبال ضابط،
      // برانسون اتهامات، عنان سابع).
      if (n == 1 && !joins && CommonWord(i + 1) && !SyllableOfName(i + 1) &&
          (!lex_.IsGivenName(Key(i)) || HasArticle(i + 1) || AccusativeNoun(i + 1) || VerbalShape(Key(i + 1)) ||
           DictionaryVerb(i + 1) || Is(Rule::kCommon, i + 1)) &&
          (short_forms_.find(ShortFormKey(i)) != short_forms_.end() || lex_.PersonLike({std::string(NameWord(i))}) >= 0)) {
        break;
      }
      ++n;
      // The family name, unless the article's word completes a compound given name (شرف الدين
      // الكحلاني، نور الدين).
      if (HasArticle(i + n - 1) && !joins && !(n >= 2 && CompoundGivenName(i + n - 2)) && !(n == 1 && definite_given)) break;
      if (n > 1 && !NameLike(i + n - 1) && FamilyNameOfKnown(i + n - 1, n == 2, vouched)) break;  // the family name ends it
    }
    while (n > 0 && Joins(i + n - 1)) --n;  // a name does not end in عبد
    // A regnal number of two words ends it (لويس الرابع عشر).
    if (const uint32_t suffix = n >= 2 && HasArticle(i + n - 1) ? lex_.rule(Rule::kNameSuffix).Longest(a_, i + n - 1, end).length : 0;
        suffix > 1) {
      n += suffix - 1;
    }
    // After a title a short dictionary word may open a foreign name whose other words are none
    // (نائبه رود روزنستين): a noun that opens a phrase (مكتب، مستشفى) is longer.
    const bool short_foreign_given = titled && n >= 2 && text::CodePoints(Key(i)) <= 3 && NoCommonAfterFirst(i, n);
    if (n == 0 || (CommonWord(i) && !(n >= 2 && CompoundGivenName(i)) && !short_foreign_given)) return 0;
    // A known person's name of two words or more, or a spelling of it, with words after it that
    // are no part of it (رجب طيب أردوغان بعنوان، أندرو برونسون المحتجز): the name is the person's.
    // (عبد الفتاح is one word of a name, not two.) A definite word no dictionary has after it is
    // another's family name (محمد عبدالرحمن الكبسي is not محمد بن عبدالرحمن آل ثاني).
    for (size_t k = n - 1; k >= 2; --k) {
      if (DefiniteFamilyName(i + k)) break;
      std::vector<std::string> words;
      size_t units = k;
      for (size_t t = i; t < i + k; ++t) {
        words.emplace_back(Base(t));
        if (t + 1 < i + k && Joins(t)) --units;
      }
      if (units >= 2 && lex_.PersonLike(words) >= 0) return k;
    }
    if (!EndsName(i + n, end) && !(titled && n >= 2 && lex_.dictionary().Has(a_.Surface(T(i + n))) && NoCommonAfterFirst(i, n)) &&
        !(i + n < end &&
          (VerbalNoun(i + n) || MasdarInConstruct(i + n) || (n > 1 && AccusativeNoun(i + n)) || DictionaryVerb(i + n) ||
           ConjoinedName(i + n) || ForeignNameEnds(i, n) || (n >= 2 && ForeignBeforeDefiniteNoun(i + n))))) {
      return 0;
    }
    // Set off by commas (وقال المتحدث، عبد الكريم صبرا، إن), a name ends at the comma: a bare
    // word before it is the name's last, whatever else it may spell, unless the name is a known
    // person's already.
    if (n < kMaxNameTokens && i > 0 && IsComma(Key(i - 1)) && i + n + 1 < end && IsComma(Key(i + n + 1)) &&
        NameLike(i + n) && !T(i + n).proclitics && !T(i + n).enclitic && !HasArticle(i + n)) {
      std::vector<std::string> words;
      for (size_t t = i; t < i + n; ++t) words.emplace_back(Base(t));
      if (lex_.PersonLike(words) < 0) ++n;
    }
    return n;
  }

  // A foreign name, no word of which the dictionary has, does not go on with a word it has and
  // no given name is (ألكسندر شولغين عقد اجتماعا: the clause's verb); a word of two letters
  // may be a name's particle or an East Asian name (دا سيلفا، جي يونغ لي).
  bool ForeignNameEnds(size_t i, size_t n) const {
    // A European name's particle may be a dictionary word (فيرجيل فان دايك خطأ), and the word
    // after it is the name's (فرانسوا دو روجي).
    if (n < 2 || !CommonWord(i + n) || text::CodePoints(Key(i + n)) < 3 || Is(Rule::kNameParticle, i + n - 1) ||
        !NoDictionaryWord(i + 1, i + n, true)) {
      return false;
    }
    if (NoDictionaryWord(i, i + 1, true)) return true;
    // So may its given name be (بول، أندريه) where the words after it are no given names, an
    // Arab father's name being one (لولوة راشد الخاطر), and the word after them has no article:
    // an Arab family name has (فهد شبيب البلوي). (After a word of two letters the name goes on:
    // فراس بو حاطوم، سون مو سين.)
    if (HasArticle(i + n) || text::CodePoints(Key(i + n - 1)) <= 2 || CommonWord(i)) return false;
    for (size_t k = i + 1; k < i + n; ++k) {
      if (lex_.IsGivenName(Key(k))) return false;
    }
    return true;
  }

  // Whether the word before token i, in sentence s, opens a name that token i ends: a word no
  // dictionary or lexicon knows, with no clitic, that no mention has taken. Or a given name
  // that cannot spell the known person's own: before an Arab family name, which has the
  // article (بهية الحريري is not Saad Hariri), any; before a foreign one, one no dictionary has
  // (كارين مولر is not Robert Mueller), as a dictionary word there is the clause's (عمر بوتين,
  // "Putin's age").
  bool OtherGivenNameBefore(uint32_t s, size_t i, int32_t known) const {
    const size_t k = i - 1;
    if (k < a_.sentences()[s].first_token || used_[k] || !NameLike(k) || HasArticle(k) || LooksLikeVerb(k) ||
        VerbalShape(Key(k))) {
      return false;
    }
    const std::string_view surface = a_.Surface(T(k));
    if (lex_.IsGivenName(Key(k)) && !lex_.MaySpellGivenName(known, Key(k))) {
      // Not a name conjoined with it or governing it (غيتس ومانافورت، كوهين بترامب), nor the
      // name of someone the article named, as subject before an object (تتهم نيومان ترامب).
      return HasArticle(i) ||
             (!(T(i).proclitics & ~kArticle) && !lex_.names().Longest(a_, k, k + 1).length && NamedWith(k) < 0 &&
              !lex_.dictionary().Has(surface));
    }
    if (lex_.words().Has(Key(k))) return false;
    // Nor a dictionary word written with another alef (اخطاء for أخطاء، إستفزاز).
    if (lex_.dictionary().Has(surface)) return false;
    for (std::string_view alef : {"\u0627", "\u0623", "\u0625", "\u0622"}) {
      for (std::string_view other : {"\u0627", "\u0623", "\u0625", "\u0622"}) {
        if (alef != other && surface.starts_with(alef) &&
            lex_.dictionary().Has(std::string(other) + std::string(surface.substr(alef.size())))) {
          return false;
        }
      }
    }
    return true;
  }

  // The person the article named in full with the word at token i among their names, or -1.
  int32_t NamedWith(size_t i) const {
    if (T(i).kind != TokenKind::kWord || (T(i).proclitics & ~kArticle)) return -1;
    const auto it = name_words_.find(Base(i));
    return it == name_words_.end() ? -1 : it->second;
  }

  bool TwoNamedPeople(size_t i) const {
    if (name_words_.empty() || i + 1 >= a_.tokens().size() || Is(Rule::kCommon, i) || Is(Rule::kCommon, i + 1)) {
      return false;
    }
    const int32_t a = NamedWith(i), b = NamedWith(i + 1);
    return a >= 0 && b >= 0 && a != b;
  }

  // Two given names side by side, each a word of one full name the article gave (واستقبل مون
  // كيم): those two people.
  size_t TryTwoNameWords(uint32_t s, size_t i, size_t end) {
    if (i + 1 >= end || !lex_.IsGivenName(Key(i)) || !lex_.IsGivenName(Key(i + 1)) || !TwoNamedPeople(i)) return 0;
    Add(NamedWith(i), MentionKind::kShortForm, s, i, i + 1);
    Add(NamedWith(i + 1), MentionKind::kShortForm, s, i + 1, i + 2);
    return i + 2;
  }

  // A place or body named after a title and a name the lexicon does not know (جامعة الملك سعود،
  // فندق الملك ديفيد), or after a known person (مطار رونالد ريغان، جامعة جورج واشنطن، ميدان
  // رابين): past it, with no mention of a person; 0 when token i opens none. (Not after an
  // organisation's head, which also means a standing: مركز ترامب is as often Trump's.)
  size_t SkipNamedPlace(size_t i, size_t end) const {
    if (!Is(Rule::kNamedPlace, i) || HasArticle(i) || T(i).enclitic) return 0;
    const auto title = lex_.rule(Rule::kTitle).Longest(a_, i + 1, end);
    if (!title.length) {
      const auto known = i + 1 < end && !T(i + 1).proclitics ? KnownName(i + 1, end) : PhraseTable::Match{};
      const bool person = known.length && L(known.value).info.type == EntityType::kPerson;
      if (!person || Is(Rule::kOrgHead, i)) return 0;
      return i + 1 + known.length;
    }
    const size_t j = i + 1 + title.length;
    if (const auto known = lex_.names().Longest(a_, j, end);
        known.length && L(known.value).info.type == EntityType::kPerson) {
      return j + known.length;
    }
    const size_t len = NameLength(j, end, true);
    return len ? j + len : 0;
  }

  // Whether token i (< end) is a given name with the article that opens a name before a lineage
  // (الحسين بن طلال), not the second word of a compound given name (نور الدين بن يوسف).
  bool DefiniteGivenName(size_t i, size_t end) const {
    return HasArticle(i) && i + 1 < end && IsLineage(i + 1) && lex_.IsGivenName(Base(i)) &&
           !(i > 0 && CompoundGivenName(i - 1));
  }

  // Whether tokens k and k + 1 are one given name written in two words (شرف الدين، نور الدين).
  bool CompoundGivenName(size_t k) const {
    return T(k + 1).kind == TokenKind::kWord && lex_.IsGivenName(std::string(Key(k)) + " " + std::string(Key(k + 1)));
  }

  // A known person's family name written alone in the lexicon (غريفيث) after a given name:
  // another person of that family (أندرو غريفيث is not Martin Griffiths), or the person.
  bool FamilyNameOfKnown(size_t i, bool second, bool vouched) const {
    if (T(i).kind != TokenKind::kWord || used_[i] || (T(i).proclitics & ~kArticle)) return false;
    const int32_t known = lex_.names().Word(Key(i));
    if (known < 0 || L(known).info.type != EntityType::kPerson) return false;
    // The word before may spell the person's own given name (جاسون غرينبلات for جيسون غرينبلات).
    if (lex_.PersonLike({std::string(Base(i - 1)), std::string(Base(i))}) == known) return true;
    // After a given name kg knows that is no known person's family name (إنجه أردوغان: two
    // people's names run together), nor, as the name's only other word, a word of the
    // dictionary (عمر بوتين "Putin's age", صدام ترامب), unless the family name has the
    // article, as Arab ones do (خالد الأسد is one of Assad's family), or a title or a verb of
    // saying vouches that a name comes (قالت كارين مولر: hunspell has كارين، جون، ماري).
    // (A vouched dictionary word that may spell the person's own given name is theirs
    // misspelt: جيمي كومي.)
    if (!lex_.IsGivenName(Key(i - 1)) || lex_.PersonLike({std::string(NameWord(i - 1))}) >= 0) return false;
    if (!second || HasArticle(i) || !lex_.dictionary().Has(a_.Surface(T(i - 1)))) return true;
    return vouched && !lex_.MaySpellGivenName(known, Key(i - 1));
  }

  // A dictionary word that no given name is (given_names.tsv) cannot open a new name: at corpus
  // scale the words after a title are far more often a clause's (الرئيس الأمريكي إزاء قرار،
  // مشهد تاريخي) than an unknown person's, and the given names list the foreign names that
  // are Arabic words too (إلينا).
  bool CommonWord(size_t i) const {
    if (lex_.IsGivenName(Key(i)) || lex_.IsGivenName(Base(i)) || ShortAlefLamGivenName(i)) return false;
    return lex_.dictionary().Has(a_.Surface(T(i)));
  }

  // A dictionary noun in the indefinite accusative (هدفا، بيانا، اتصالا): the object of the
  // clause a name is the subject of, never a name's last word.
  bool AccusativeNoun(size_t i) const {
    constexpr std::string_view kAlef = "\u0627";
    const std::string_view surface = a_.Surface(T(i));
    if (surface.find("\u064B") != std::string_view::npos) return true;  // written with its tanween (قائداً)
    if (!surface.ends_with(kAlef) || surface.size() <= 2 * kAlef.size()) return false;
    if (lex_.IsGivenName(Key(i))) return false;
    return lex_.dictionary().Has(surface.substr(0, surface.size() - kAlef.size()));
  }

  // إفعال (اغلاق), انفعال (انسحاب), استفعال (استهداف), متفعل (متميز), مستفعل, and ب on
  // an alef-initial one (باستهداف), on a MatchKey (hamza folded).
  static bool VerbalShape(std::string_view key) {
    static constexpr std::string_view kAlef = "\u0627", kBi = "\u0628", kMim = "\u0645",
                                      kTa = "\u062A", kSin = "\u0633", kNun = "\u0646";
    if (key.starts_with(kBi) && key.substr(kBi.size()).starts_with(kAlef)) key.remove_prefix(kBi.size());
    const size_t letters = text::CodePoints(key);
    auto letter = [&](size_t k) { return text::CodePointSlice(key, k, k + 1); };
    if (key.starts_with(kAlef)) {
      if (letters == 5 && letter(3) == kAlef) return true;                       // إفعال
      if (letters == 6 && letter(1) == kNun && letter(4) == kAlef) return true;  // انفعال
      if (letters >= 6 && letter(1) == kSin && letter(2) == kTa) return true;    // استفعال
      return false;
    }
    if (key.starts_with(kMim) && letters >= 5) {
      return letter(1) == kTa || (letter(1) == kSin && letter(2) == kTa);  // متفعل، مستفعل
    }
    return false;
  }

  // A conjunction (وتمنى) or a verb (تتعلق، يقوم) where a name would start: و, ت and ي begin
  // few given names, and those are in the lexicon of names.
  bool LooksLikeVerb(size_t i) const {
    std::string_view s = a_.Surface(T(i));
    return (s.starts_with("\u062A") || s.starts_with("\u064A") || s.starts_with("\u0648")) &&
           !lex_.words().Has(Key(i));
  }

  // و glued to a given name: the next person of a pair (ألكسندر بيتروف وروسلان بوشيروف). Or
  // glued to a word that opens with a hamza on alef (دي ماريا وأغويرو، كليمنصو وأريستيد): a
  // foreign name's W is written وا, وي or و before a consonant, never و before أ، إ or آ.
  bool ConjoinedName(size_t i) const {
    constexpr std::string_view kWa = "\u0648";
    const std::string_view key = Key(i);
    if (!key.starts_with(kWa)) return false;
    const std::string_view surface = a_.Surface(T(i));
    for (const std::string_view hamza : {"\u0648\u0623", "\u0648\u0625", "\u0648\u0622"}) {
      if (surface.starts_with(hamza) && text::CodePoints(surface) > 3) return true;
    }
    return lex_.IsGivenName(key.substr(kWa.size()));
  }

  // A dictionary word shaped like a verb after a name: an imperfect or future (يشغل، تحارب،
  // سيلتقي) or a word on و (وافق), which the names that start so (وليد، وانغ) are not, being
  // given names or no Arabic words. The clause's verb follows its subject's name and the clause
  // goes on (كيم وافق على); a name's last word is followed by a comma or the end (عبد الأمير
  // تعيبان، بأن).
  // So is a perfect with the feminine ت after a woman's name (السيدة وليامز اعتادت، ماي أكدت):
  // the word without its ت is a dictionary word, and so is its plural on وا (اعتادوا); a
  // plural's ات is no such ending.
  bool DictionaryVerb(size_t i) const {
    if (i + 1 >= a_.tokens().size() || T(i + 1).kind != TokenKind::kWord) return false;
    const std::string_view s = a_.Surface(T(i));
    auto feminine_perfect = [&] {
      constexpr std::string_view kTa = "\u062A";
      if (!s.ends_with(kTa) || s.ends_with("\u0627\u062A") || text::CodePoints(s) < 4) return false;
      const std::string_view stem = s.substr(0, s.size() - kTa.size());
      return lex_.dictionary().Has(stem) && lex_.dictionary().Has(std::string(stem) + "\u0648\u0627");
    };
    const bool shaped = s.starts_with("\u064A") || s.starts_with("\u062A") || s.starts_with("\u0648") ||
                        s.starts_with("\u0633\u064A") || s.starts_with("\u0633\u062A") || feminine_perfect();
    // (A word the lexicons know may be a name's, unless the rules list it as a verb.)
    return shaped && T(i).kind == TokenKind::kWord && (!lex_.words().Has(Key(i)) || Is(Rule::kPostVerb, i)) &&
           !lex_.IsGivenName(Key(i)) && lex_.dictionary().Has(s);
  }

  // A dictionary word with the article shaped like a verbal noun (or a plural of the shape
  // أفعال) where a family name would be: family names are nisbas and nouns, and the phrase is
  // rather a common noun's (رجل الأعمال، عناصر الإسعاف) or a name running into the next
  // clause (شي جينبينغ الاستمرار).
  bool VerbalNoun(size_t i) const {
    return HasArticle(i) && VerbalShape(Key(i)) && lex_.dictionary().Has(a_.Surface(T(i)));
  }

  // A family name after the given name at i that reads as ك before a word of a name the
  // lexicons know (مايكل كوين: ك and وين): ك "like" governs a common noun or a title (كذلك،
  // كرئيس), hardly ever a name right after a given name.
  bool KafFamilyName(size_t i) const {
    const size_t k = i + 1;
    if (!GivenNameThenWord(i) || T(k).proclitics != kPrepKa) return false;
    for (Rule rule : {Rule::kCommon, Rule::kTitle, Rule::kOffice, Rule::kHonorific, Rule::kModifier}) {
      if (Is(rule, k)) return false;
    }
    return true;
  }

  // A family name after the given name at i that reads as ل، ب or ف before a word (مارك لانغ:
  // ل and انغ; توم بانغ), where the whole is no dictionary word (مارك لين stays "Mark, soft"):
  // the clitic after a name is on a word the dictionary or the lexicons know (لصحيفة، لرويترز،
  // كيم لترامب، بالتحقيق), or a word of a name the article has named (مون بكيم).
  bool ClitickedFamilyName(size_t i) const {
    const size_t k = i + 1;
    if (!GivenNameThenWord(i)) return false;
    const std::string_view surface = a_.Surface(T(k));
    const bool one_letter = (T(k).proclitics == kPrepLi && surface.starts_with("\u0644")) ||
                            (T(k).proclitics == kPrepBi && surface.starts_with("\u0628")) ||
                            (T(k).proclitics == kConjFa && surface.starts_with("\u0641"));
    if (!one_letter) return false;
    // (A name written on it opens with its own letters, never with a hamza: بأوسكار is "with an
    // Oscar".) Each of the three letters is two bytes of UTF-8.
    const std::string_view rest = surface.substr(std::string_view("\u0644").size());
    if (rest.starts_with("\u0623") || rest.starts_with("\u0625") || rest.starts_with("\u0622")) return false;
    const size_t end = std::min(k + 3, a_.tokens().size());
    return text::CodePoints(Base(k)) >= 3 && !lex_.words().Has(Key(k)) && !lex_.dictionary().Has(surface) &&
           !lex_.names().Longest(a_, k, end).length && lex_.PersonLike({std::string(Base(k))}) < 0 &&
           name_words_.find(Base(k)) == name_words_.end();
  }

  // Whether token i is a given name with no clitic and the word after it one no mention has
  // taken, with no pronoun suffix: where a family name on a clitic may follow.
  bool GivenNameThenWord(size_t i) const {
    const size_t k = i + 1;
    return !T(i).proclitics && lex_.IsGivenName(Key(i)) && T(k).kind == TokenKind::kWord && !used_[k] && !T(k).enclitic;
  }

  // A participle with the article right after a given name (طه المتوكل، علي المنتصر): a family
  // name, as a given name is no noun a participle could qualify.
  bool ParticipleFamilyName(size_t i, size_t n) const {
    return n == 1 && !T(i).proclitics && lex_.IsGivenName(Key(i)) && ParticipleShape(Key(i + 1)) &&
           !(T(i + 1).proclitics & ~kArticle);
  }

  // A verbal noun without the article, as the object of the clause's verb in a construct with
  // what follows (دان جوناثان آلانان استهداف الميليشيات): the dictionary has it and no given
  // name is it.
  bool MasdarInConstruct(size_t i) const {
    return !HasArticle(i) && VerbalShape(Key(i)) && lex_.dictionary().Has(a_.Surface(T(i))) &&
           !lex_.IsGivenName(Key(i));
  }

  // Whether a word a construct could go on with follows token i: a definite word, or one that is
  // no particle or other word the rules keep out of names (إن، قد، في).
  bool NounAfter(size_t i) const {
    const size_t k = i + 1;
    return k < a_.tokens().size() && T(k).kind == TokenKind::kWord && (HasArticle(k) || !Is(Rule::kCommon, k));
  }

  // A dictionary word with the article after a word of a name that is neither a given name nor
  // Arabic (عزت بيغوفيتش المشاركين، حسين جيدل المحلل): a foreign family name has ended the name
  // and the clause goes on. An Arab name's definite family name follows a given name, its
  // father's (سعيد محمد المبارك), a word of a compound one (حسن نصر الله، محمد عبدالرقيب) or
  // a lineage (علي بن صميخ المري); and it is a nisba (المسماري) or a given name (المنصور), where
  // the clause's word is a participle, a verbal noun or a plural (المدان، اللجوء، البحريين).
  bool ForeignBeforeDefiniteNoun(size_t i) const {
    constexpr std::string_view kYa = "\u064A";
    const size_t before = i - 1;
    if (T(i).kind != TokenKind::kWord || !HasArticle(i) || (T(i).proclitics & ~kArticle) || Base(i).ends_with(kYa) ||
        lex_.IsGivenName(Base(i)) || !lex_.dictionary().Has(a_.Surface(T(i))) || FamilyNameOfKnown(i, false, false)) {
      return false;
    }
    if (T(before).kind != TokenKind::kWord || HasArticle(before) || Joins(before) || CompoundGivenName(before) ||
        Key(before).starts_with(kAbd) || (before > 0 && IsLineage(before - 1))) {
      return false;
    }
    return !lex_.IsGivenName(Key(before)) && !lex_.IsGivenName(Base(before)) && !lex_.dictionary().Has(a_.Surface(T(before)));
  }

  // Whether token i may follow a name: the sentence's end, punctuation, a word the lexicons
  // know, or a word a preposition or conjunction is glued to. Noun phrases taken for names
  // (موقف محرج وصعب) mostly run on into words none of these.
  bool EndsName(size_t i, size_t end) const {
    if (i >= end || T(i).kind != TokenKind::kWord) return true;
    if (lex_.words().Has(Base(i)) || lex_.words().Has(Key(i)) || Nisba(i) >= 0) return true;
    if (Is(Rule::kCommon, i)) return true;  // an occupation in apposition: بيار لونغيه محامي
    if (Is(Rule::kTitle, i)) return true;   // a title in apposition: زوريك أوجلان النائبة عن
    // A noun with a pronoun suffix: what the person said or did (نقلت عن حسن فرانكو قوله).
    if (const std::string_view k = Key(i);
        (k.ends_with("\u0647") || k.ends_with("\u0647\u0627") || k.ends_with("\u0647\u0645")) &&
        !lex_.IsGivenName(k) && lex_.dictionary().Has(a_.Surface(T(i)))) {
      return true;
    }
    const std::string_view s = a_.Surface(T(i));
    for (std::string_view front : {"\u0648", "\u0641", "\u0644", "\u0628"}) {
      if (s.starts_with(front)) return true;
    }
    return false;
  }

  // Whether token i is joined to the word before it by a hyphen, a part of one name word
  // written in parts (كيم أوي-كيوم، جان-بيير): it is the name's whatever a dictionary says.
  bool Hyphened(size_t i) const {
    return i > 0 && T(i).kind == TokenKind::kWord && T(i - 1).kind == TokenKind::kWord &&
           T(i - 1).span.end + 1 == T(i).span.begin && a_.Surface(Span{T(i - 1).span.end, T(i).span.begin}) == "-";
  }

  // A hyphened word that is no known name of its own (قمة كيم-ترامب names two people).
  bool HyphenedPart(size_t i) const {
    return Hyphened(i) && !used_[i] && !lex_.names().Longest(a_, i, i + 1).length;
  }

  bool Joins(size_t i) const {
    std::string_view k = Key(i);
    return k == kAbd || k == kAbu || IsLineage(i);
  }
  // بن، ابن and آل: the words a lineage (بن عبد العزيز، آل سعود) follows a name with.
  bool IsLineage(size_t i) const {
    // الابن after a name is "junior" (دونالد ترامب الابن), no lineage.
    if (T(i).kind != TokenKind::kWord || T(i).proclitics || HasArticle(i)) return false;
    std::string_view k = Key(i);
    // بن، ابن، بنت and آل (with its madda: ال is the article).
    return k == "\u0628\u0646" || k == "\u0627\u0628\u0646" || k == "\u0628\u0646\u062A" ||
           a_.Surface(T(i)) == "\u0622\u0644";
  }
  // The tokens of the lineage after a name ending before j: بن سلمان بن عبد العزيز آل سعود.
  size_t LineageAfter(size_t j, size_t end) const {
    size_t n = 0;
    while (j + n + 1 < end && IsLineage(j + n) && T(j + n + 1).kind == TokenKind::kWord &&
           !used_[j + n + 1] && !T(j + n + 1).proclitics) {
      n += 2;
      if (Key(j + n - 1) == kAbd && j + n < end && T(j + n).kind == TokenKind::kWord) ++n;
    }
    return n;
  }

  // --- entities and mentions ---

  int32_t ArticleEntity(const std::string& id, const std::string& label, EntityType type) {
    auto [it, added] = by_id_.try_emplace(id, static_cast<int32_t>(out_.entities.size()));
    if (added) out_.entities.push_back({id, label, type, {}});
    return it->second;
  }
  int32_t FromLexicon(int32_t index) {
    const auto& info = L(index).info;
    const int32_t e = ArticleEntity(info.id, info.label, info.type);
    // The lexicon's own Arabic name comes first among the names the article records, so that a
    // store shows العراق for Iraq, not whichever phrase (الحكومة العراقية) an article used first.
    auto& names = out_.entities[e].aliases;
    if (names.empty() && !info.aliases.empty()) names.push_back(info.aliases.front());
    lexicon_of_[e] = index;
    return e;
  }
  // The entity named by the words [first, end) that no lexicon name covers: a known person they
  // spell, else one of the article's own. state: the country a title gives a person (its
  // nisba), or -1.
  int32_t NewEntity(size_t first, size_t end, EntityType type, int32_t state = -1) {
    const std::string arabic = LabelWords(first, end);
    std::vector<std::string> words;
    if (type == EntityType::kPerson) {
      std::vector<std::string> whole;
      for (size_t i = first; i < end; ++i) {
        if (T(i).kind != TokenKind::kWord) continue;
        // A word of a longer name may look like a shorter one and a pronoun suffix (ميلينا): its
        // base serves. A name of one word is that word (NameWord).
        words.emplace_back(end - first == 1 ? NameWord(i) : Base(i));
        // A name word read with a pronoun suffix (ميرك as مير + ك), or after the first with a
        // preposition (كوين as ك + وين), is also compared whole.
        const bool glued = (T(i).enclitic && !T(i).proclitics) || (i > first && (T(i).proclitics & kPrepKa));
        whole.emplace_back(glued ? Key(i) : Base(i));
      }
      // A spelling of a known person's name, or their family name alone; not one of another
      // state than the title's (المتحدث باسم الخارجية الأردنية محمد الكايد is no محمد بن زايد).
      auto of_state = [&](int32_t known) {
        return known >= 0 && (state < 0 || L(known).country < 0 || L(known).country == state ||
                              std::ranges::any_of(L(known).roles, [&](const LexiconRole& r) { return r.body == state; }));
      };
      if (const int32_t known = lex_.PersonLike(words); of_state(known)) return FromLexicon(known);
      if (whole != words) {
        if (const int32_t known = lex_.PersonLike(whole); of_state(known)) return FromLexicon(known);
      }
      if (const int32_t known = lex_.FamilyMember(words); of_state(known)) return FromLexicon(known);
      // A known name of two words or more after a word no rule stopped at (التالي عبد الفتاح
      // السيسي): the name is the person's.
      // (Not past a given name a lineage follows: زايد بن حمدان بن زايد is not حمدان بن زايد; nor
      // where one name is left, عبد or أبو joining its words: روان أبو يوسف is not Abu Youssef.)
      size_t units = end - first - 1;
      for (size_t k = first + 1; k + 1 < end; ++k) units -= Joins(k);
      if (units >= 2 && !IsLineage(first + 1)) {
        if (const int32_t known = lex_.PersonLike({words.begin() + 1, words.end()}); of_state(known)) {
          return FromLexicon(known);
        }
      }
      if (const int32_t same = NamedAtOtherLength(words); same >= 0) return same;
    }
    std::string label = lex_.transliterator().Label(arabic);
    // A regnal number or a generation is translated (هنري الثامن is Henry VIII, not "Henry
    // al-Thamin").
    if (const size_t suffix = SuffixStart(first, end); type == EntityType::kPerson && suffix < end) {
      const std::string_view english = lex_.English(lex_.rule(Rule::kNameSuffix).Longest(a_, suffix, end).value);
      if (!english.empty()) label = lex_.transliterator().Label(LabelWords(first, suffix)) + " " + std::string(english);
    }
    // An organisation's head word is translated, not spelled (حزب سيريزا is the Syriza Party,
    // not "Hazib Siriza"); an outlet is known by its name alone.
    if (type != EntityType::kPerson) {
      if (const auto head = lex_.rule(Rule::kHeadLabel).Longest(a_, first, end); head.length && first + head.length < end) {
        const std::string rest = LabelWords(first + head.length, end);
        const std::string_view english = lex_.English(head.value);
        if (!rest.empty()) label = BodyLabel(english, lex_.transliterator().Label(rest));
      }
    }
    std::string id = EntityId(label);
    if (id.empty()) id = label = text::MatchKey(arabic);
    if (int32_t known = lex_.Find(id); known >= 0) return FromLexicon(known);
    // Someone named by a given name alone (الأمير محمد، السفير فيليب، أبو زيد) is a different
    // person in each article that names no more of them: one node per article, not one for
    // every Mohammed of the corpus.
    if (type == EntityType::kPerson && GivenNameAlone(first, end) && !article_id_.empty()) id += "_in_" + article_id_;
    const size_t known = out_.entities.size();
    const int32_t e = ArticleEntity(id, label, type);
    if (words.size() >= 2 && out_.entities.size() > known) {
      new_people_[words.front() + '\t' + words.back()].emplace_back(e, std::move(words));
    }
    return e;
  }

  // A new person of the article the name `words` names at more or less length (حمد لحدان المهندي,
  // then حمد المهندي; محمد آل مشعاب, then محمد بن سالم آل مشعاب): the same first and last word,
  // and the shorter name's words in the longer one's order. Else -1.
  int32_t NamedAtOtherLength(const std::vector<std::string>& words) const {
    if (words.size() < 2) return -1;
    const auto same_ends = new_people_.find(words.front() + '\t' + words.back());
    if (same_ends == new_people_.end()) return -1;
    for (const auto& [entity, other] : same_ends->second) {
      if (other.size() == words.size()) continue;
      // References, not a structured binding: clang before 16 cannot capture a binding in a lambda.
      const std::vector<std::string>& shorter = other.size() < words.size() ? other : words;
      const std::vector<std::string>& longer = other.size() < words.size() ? words : other;
      auto next = longer.begin();
      const bool within = std::ranges::all_of(shorter, [&](const std::string& word) {
        next = std::find(next, longer.end(), word);
        if (next == longer.end()) return false;
        ++next;
        return true;
      });
      if (within) return entity;
    }
    return -1;
  }

  // Whether tokens [first, end) are one given name, or a kunya (أبو زيد): a word with عبد or أبو
  // joined to it counts as one.
  bool GivenNameAlone(size_t first, size_t end) const {
    size_t units = 0;
    for (size_t k = first; k < end; ++k) units += T(k).kind == TokenKind::kWord && !(k + 1 < end && Joins(k));
    if (units != 1) return false;
    return Key(first) == kAbu || Key(first) == kAbd || lex_.IsGivenName(Key(end - 1)) || lex_.IsGivenName(Base(end - 1));
  }

  // Whether token k, after a title and a given name, is their holder's family name: a word that
  // a comma, the sentence's end or a relative clause follows (العميد أحمد معوضة،، وزير الدفاع،
  // سراج فقيسا،، رئيس البلدية مصطفى تونا الذي; not a quotation, قوله "..." "his saying"),
  // whatever a dictionary makes of it (a ta marbuta, an accusative), as a clause does not break
  // off after a name's first word; or a word no dictionary has that a particle follows (النائب X
  // Y إن), where a verb or a phrase may stand (الجنرال كيم توجه إلى، الأمير لوران لمدة سنة). Not a
  // word the rules know (الملكة فيكتوريا واحدة من), another given name on و (الأمير أندرو وسارة،
  // دوقة يورك) or a name the lexicons give another (النائب محمد السويد).
  bool FamilyNameBeforeEnd(size_t k, size_t end) const {
    if (k >= end || T(k).kind != TokenKind::kWord || used_[k] || T(k).enclitic || HasArticle(k) ||
        a_.Surface(T(k)).starts_with("\u0644\u0644") ||
        !IsArabic(a_.Surface(T(k))) || text::CodePoints(Key(k)) < 2 || text::HasTanween(a_.Surface(T(k))) ||
        lex_.names().Longest(a_, k, k + 1).length || ((T(k).proclitics & kConjWa) && lex_.IsGivenName(Base(k)))) {
      return false;
    }
    for (Rule rule : {Rule::kCommon, Rule::kTitle, Rule::kOffice, Rule::kInstitution, Rule::kFormer, Rule::kModifier,
                      Rule::kOrgHead, Rule::kReportingVerb, Rule::kSpeechVerb, Rule::kHonorific, Rule::kLegislator,
                      Rule::kRank, Rule::kNameSuffix}) {
      if (Is(rule, k)) return false;
    }
    // (The only clitic such a word may seem to bear is و, on a word no dictionary has without
    // it: بفتور، is "coldly", بها "with it".)
    const size_t next = k + 1;
    const bool bare = !T(k).proclitics || (T(k).proclitics == kConjWa &&
                                           !lex_.dictionary().Has(a_.Surface(T(k)).substr(std::string_view("\u0648").size())));
    // The clause ends there: a punctuation mark, but an opening quotation (قوله "...", نتيجة
    // "ظروف خاصة") goes on with it, or a relative clause.
    if (next >= end || (T(next).kind == TokenKind::kPunct && !QuoteAt(next)) || RelativePronoun(next)) return bare;
    return !T(k).proclitics && !lex_.dictionary().Has(a_.Surface(T(k))) && !LooksLikeVerb(k) &&
           Is(Rule::kCommon, next) && !HasArticle(next);
  }

  // الذي، التي، الذين: a relative clause opens (the analysis reads their ال as the article).
  bool RelativePronoun(size_t i) const {
    static constexpr std::string_view kRelatives[] = {"\u0627\u0644\u0630\u064A", "\u0627\u0644\u062A\u064A",
                                                      "\u0627\u0644\u0630\u064A\u0646"};
    return T(i).kind == TokenKind::kWord && std::ranges::find(kRelatives, a_.Surface(T(i))) != std::end(kRelatives);
  }

  // A body's label from its head's English and its name: the head after the name (Syriza Party,
  // Dubai Police), before it where it ends in "of" (University of Baghdad), none for an outlet.
  static std::string BodyLabel(std::string_view english, const std::string& name) {
    if (english.empty()) return name;
    if (english.ends_with(" of")) return std::string(english) + " " + name;
    return name + " " + std::string(english);
  }

  // Where the regnal number or generation that ends the name [first, end) begins (هنري الثامن،
  // لويس الرابع عشر); end where none does. It has the article: آل ثاني is a family.
  size_t SuffixStart(size_t first, size_t end) const {
    for (size_t k = end - std::min<size_t>(end - first, 2); k < end; ++k) {
      if (k > first && HasArticle(k) && lex_.rule(Rule::kNameSuffix).Longest(a_, k, end).length == end - k) return k;
    }
    return end;
  }

  // The words of tokens [first, end) for a label: without the clitics glued to the first, and
  // without punctuation (quotation marks have no place in a label).
  std::string LabelWords(size_t first, size_t end) const {
    std::string words;
    const Span span = SpanOf(first, end);
    for (size_t i = first; i < end; ++i) {
      if (T(i).kind == TokenKind::kPunct) continue;
      if (!words.empty()) words += ' ';
      words += a_.Surface(Span{std::max(span.begin, T(i).span.begin), T(i).span.end});
    }
    return words;
  }

  // The span of tokens [first, end), without the conjunction or preposition glued to the first.
  // `kept`: proclitics read off the first word that are the name's own letters.
  Span SpanOf(size_t first, size_t end, uint8_t kept = 0) const {
    Span span{T(first).span.begin, T(end - 1).span.end};
    const uint8_t bits = T(first).proclitics & ~kept;
    size_t skip = std::popcount(static_cast<unsigned>(bits & ~kArticle));
    if ((bits & kPrepLi) && (bits & kArticle)) --skip;  // لل: the lam left stands for the article
    std::string_view s = a_.Surface(T(first));
    size_t i = 0;
    for (size_t k = 0; k < skip && i < s.size(); ++k) {
      i += 2;  // the clitics are letters of the Arabic block: two bytes each
      while (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xD9 &&
             static_cast<unsigned char>(s[i + 1]) >= 0x8B &&
             static_cast<unsigned char>(s[i + 1]) <= 0x92) {
        i += 2;  // and a diacritic written on one
      }
    }
    span.begin += static_cast<uint32_t>(std::min(i, s.size()));
    return span;
  }

  Mention& Add(int32_t entity, MentionKind kind, uint32_t sentence, size_t first, size_t end) {
    Mention m;
    m.entity = entity;
    m.kind = kind;
    m.sentence = sentence;
    SetTokens(m, first, end);
    for (size_t i = first; i < end; ++i) used_[i] = 1;
    out_.mentions.push_back(std::move(m));
    return out_.mentions.back();
  }

  // A mention's tokens [first, end), its span and its surface.
  void SetTokens(Mention& m, size_t first, size_t end, uint8_t kept = 0) const {
    m.first_token = static_cast<uint32_t>(first);
    m.end_token = static_cast<uint32_t>(end);
    m.span = SpanOf(first, end, kept);
    m.begin = a_.CodePoint(m.span.begin);
    m.end = a_.CodePoint(m.span.end);
    m.surface = a_.Surface(m.span);
    // A name written as hashtags (#دونالد_ترامب) or in hyphenated parts is recorded as words.
    std::erase(m.surface, '#');
    std::ranges::replace(m.surface, '_', ' ');
    std::ranges::replace(m.surface, '-', ' ');
  }

  // Whether a place named at token i of sentence s is where something happens (في بغداد، ببغداد),
  // not an actor.
  bool Locative(uint32_t s, size_t i) const {
    return (T(i).proclitics & kPrepBi) || (i > a_.sentences()[s].first_token && Is(Rule::kLocative, i - 1));
  }

  // The lexicon's entity `index` named at token i of sentence s: the club named by that place
  // where the sentence has a word of sport (مباراة، الدوري، مدرب), the national team named by
  // that state where it reports a match (فازت فرنسا على كرواتيا في المباراة) and the state is
  // not where it is played (في روسيا) or the tournament's (مونديال روسيا), else itself.
  int32_t Sporting(int32_t index, uint32_t s, size_t i) const {
    const int32_t club = lex_.ClubNamedAs(index);
    if (club < 0) return index;
    const Rule words = L(index).info.type == EntityType::kCountry ? Rule::kMatch : Rule::kSport;
    if (words == Rule::kMatch &&
        (Locative(s, i) || (i > a_.sentences()[s].first_token && Is(Rule::kSport, i - 1) && !Is(Rule::kMatch, i - 1)))) {
      return index;
    }
    return SentenceHas(words, s) ? club : index;
  }

  // Whether sentence s has a phrase of `rule` (kSport or kMatch), read once per sentence: an
  // article without full stops is one sentence of many names.
  bool SentenceHas(Rule rule, uint32_t s) const {
    auto& known = rule == Rule::kMatch ? has_match_ : has_sport_;
    if (known.empty()) known.assign(a_.sentences().size(), -1);
    if (known[s] < 0) {
      const Sentence& sentence = a_.sentences()[s];
      known[s] = 0;
      for (size_t k = sentence.first_token; k < sentence.end_token && !known[s]; ++k) {
        known[s] = T(k).kind == TokenKind::kWord && lex_.rule(rule).Longest(a_, k, sentence.end_token).length;
      }
    }
    return known[s];
  }

  // Whether a capital or state body named at token i of sentence s stands for its state: a
  // capital does where it is not a place, nor named as one (العاصمة برلين، مدينة دمشق), a state
  // body always.
  bool ActsForState(const LexiconEntity& e, uint32_t s, size_t i) const {
    return e.capital_of >= 0 &&
           (e.state_body || !(Locative(s, i) || Is(Rule::kCapital, i) || Is(Rule::kPlaceHead, i)));
  }

  // A lexicon name: a capital acting as its state, the club named by a place in a sentence of
  // sport, or the entity itself.
  void AddName(uint32_t s, size_t i, size_t n, int32_t index) {
    index = Sporting(index, s, i);
    const LexiconEntity& e = L(index);
    if (ActsForState(e, s, i)) {
      // One known so only in its state's news (مجلس الشيوخ: the US Senate) waits for the whole
      // article: see ResolveContextualBodies.
      if (e.state_body && e.context >= 0) {
        contextual_bodies_.push_back({s, static_cast<uint32_t>(i), static_cast<uint32_t>(i + n), index});
        return;
      }
      Add(FromLexicon(e.capital_of), MentionKind::kCapital, s, i, i + n);
      return;
    }
    const int32_t entity = FromLexicon(index);
    const bool collective = e.backer >= 0;
    Add(entity, collective ? MentionKind::kCollective : MentionKind::kName, s, i, i + n);
    if (e.info.type == EntityType::kPerson) RegisterShortForm(entity, i, i + n);
    if (e.info.type != EntityType::kPerson) AddNamedWithin(s, i, i + n, index);
    // A person named by a title and their state's nisba (المرشد الإيراني، ولي العهد السعودي)
    // names the state too, as the title would before a name.
    if (e.info.type == EntityType::kPerson && e.country >= 0 && n >= 2 && lex_.rule(Rule::kTitle).Longest(a_, i, i + n).length) {
      for (size_t k = i + 1; k < i + n; ++k) {
        if (const auto nisba = NisbaAt(k, i + n); nisba.length && nisba.value == e.country && !(T(k).proclitics & ~kArticle)) {
          Add(FromLexicon(e.country), MentionKind::kNisba, s, k, k + nisba.length);
          break;
        }
      }
    }
    // A name that ends in its patron's nisba (ميليشيات الحوثي الإيرانية) names the patron too.
    if (e.patron >= 0 && n >= 2 && Nisba(i + n - 1) == e.patron && !(T(i + n - 1).proclitics & ~kArticle)) {
      Add(FromLexicon(e.patron), MentionKind::kNisba, s, i + n - 1, i + n);
    }
  }

  // A lexicon name may hold the name of another entity, which is then named there too, inside
  // it, so that it is found and its relation read as where the name stops before it: a body's
  // leader after بقيادة (التحالف العربي بقيادة السعودية، التحالف الدولي بقيادة واشنطن); the
  // organisation an organisation is part of, as its genitive or after ل (مجلس الأمم المتحدة
  // لحقوق الإنسان، الجمعية العامة للأمم المتحدة); the state of a place, after ل (الساحل الغربي
  // لليمن).
  void AddNamedWithin(uint32_t s, size_t first, size_t end, int32_t outer) {
    const EntityType type = L(outer).info.type;
    for (size_t k = first + 1; k < end; ++k) {
      const bool led = k + 1 < end && (T(k).proclitics & kPrepBi) && Is(Rule::kLedBy, k);
      const bool genitive = k == first + 1 && !HasArticle(first) && HasArticle(k) && !(T(k).proclitics & ~kArticle);
      const bool linked = T(k).proclitics & kPrepLi;
      if (!led && !(type == EntityType::kOrg && (genitive || linked)) && !(type == EntityType::kPlace && linked)) continue;
      const size_t from = led ? k + 1 : k;
      const auto inner = lex_.names().Longest(a_, from, end);
      if (!inner.length || L(inner.value).info.id == L(outer).info.id) {
        if (led) return;
        continue;
      }
      const LexiconEntity& e = L(inner.value);
      // The organisation a body is part of is one of its own, not a state's body.
      if (!led && type == EntityType::kOrg && (e.info.type != EntityType::kOrg || e.capital_of >= 0 || inner.length < 2)) {
        continue;
      }
      if (type == EntityType::kPlace && !led && e.info.type != EntityType::kCountry) continue;
      if (e.capital_of >= 0) {
        Add(FromLexicon(e.capital_of), MentionKind::kCapital, s, from, from + inner.length);
      } else {
        Add(FromLexicon(inner.value), MentionKind::kName, s, from, from + inner.length);
      }
      return;
    }
  }

  // A family name stands for its person later in the article; not the father's name after بن
  // (تميم بن حمد: حمد is his father), nor a short or common word (مون جاي إن: إن).
  void RegisterShortForm(int32_t person, size_t first, size_t end) {
    // Every word of a full name, for a title followed by one of them (الزعيم كيم after كيم جونغ
    // أون: a family name comes first in Korean and Chinese names): -1 when two people share it.
    for (size_t k = first; end - first >= 2 && k < end; ++k) {
      if (T(k).kind != TokenKind::kWord || Joins(k) || text::CodePoints(Base(k)) < 3) continue;
      auto [it, added] = name_words_.try_emplace(std::string(Base(k)), person);
      if (!added && it->second != person) it->second = -1;
    }
    // (A suffix's word without the article, ثاني of آل ثاني, is no family name alone either.)
    if (end - first < 2 || Joins(end - 2) || Is(Rule::kCommon, end - 1) || Is(Rule::kNameSuffix, end - 1) ||
        SuffixStart(first, end) < end) {
      return;
    }
    if (text::CodePoints(Base(end - 1)) < 3) return;
    // A new name's last word that completes a compound given name (محيي الدين، سيف الدين), is
    // a courtesy title (الشيخ), or is a definite common noun after foreign words (ويليام جينينغز
    // براين القطار: the name ran on into the clause) stands for the person nowhere else: alone
    // it is its ordinary self (الدين، ركاب القطار). An Arab family name may be a common noun
    // (فادي البطش), and the lexicon's people keep theirs (المعلم, Walid Muallem).
    if (!lexicon_of_.contains(person) &&
        (CompoundGivenName(end - 2) || Is(Rule::kHonorific, end - 1) ||
         (HasArticle(end - 1) && !Base(end - 1).ends_with("\u064A") && CommonWord(end - 1) &&
          NoDictionaryWord(first, end - 1)))) {
      return;
    }
    short_forms_.try_emplace(ShortFormKey(end - 1), person);
  }

  // A family name's key keeps whether it carries the article: الصدر stands for the cleric,
  // صدر ("was issued") for nobody, and الله for no one named عبد الله.
  std::string ShortFormKey(size_t i) const {
    return (HasArticle(i) ? "\u0627\u0644 " : "") + std::string(NameWord(i));
  }

  std::string TitleKey(size_t first, size_t end) const {
    std::string key;
    for (size_t i = first; i < end; ++i) {
      if (T(i).kind == TokenKind::kPunct) continue;
      if (!key.empty()) key += ' ';
      key += Base(i);
    }
    return key;
  }

  // --- the rules, tried in order at each token ---

  // The lexicon's name at token i, but no person's one-word name read off a word with a pronoun
  // suffix: a name alone takes none, so the word is another (مودينا is Modena, not مودي and نا).
  PhraseTable::Match KnownName(size_t i, size_t end) const {
    const auto name = lex_.names().Longest(a_, i, end);
    if (name.length == 1 && L(name.value).info.type == EntityType::kPerson && T(i).enclitic) return {};
    return name;
  }

  size_t Step(uint32_t s, size_t i, size_t end) {
    if (used_[i] || T(i).kind == TokenKind::kPunct) return i + 1;
    auto name = KnownName(i, end);
    // A state body a rule names at more length is not the known name inside it (مجلس الأمن
    // القومي is a state's, not the UN's مجلس الأمن).
    if (name.length && lex_.rule(Rule::kInstitution).Longest(a_, i, end).length > name.length) name.length = 0;
    if (!name.length) {
      if (size_t next = SkipNamedPlace(i, end)) return next;
    }
    if (name.length && L(name.value).info.type == EntityType::kPerson) {
      // A given name no dictionary has right before a known person's family name alone is
      // another member of the family (زوريك أوجلان is not Abdullah Ocalan).
      if (name.length == 1 && i > 0 && OtherGivenNameBefore(s, i, name.value)) {
        const int32_t person = NewEntity(i - 1, i + 1, EntityType::kPerson);
        Add(person, MentionKind::kName, s, i - 1, i + 1);
        RegisterShortForm(person, i - 1, i + 1);
        return i + 1;
      }
      // A known person's one word that opens a longer name of words no lexicon or dictionary has
      // is another person's (كيم كي غوان is not Kim Jong-un).
      if (name.length == 1 && !lex_.names().Longest(a_, i + 1, end).length) {
        if (const size_t len = NameLength(i, end, false, true); len >= 2 && NoDictionaryWord(i + 1, i + len, true)) {
          const int32_t person = NewEntity(i, i + len, EntityType::kPerson);
          Add(person, MentionKind::kName, s, i, i + len);
          RegisterShortForm(person, i, i + len);
          return i + len;
        }
      }
      const size_t length = name.length + LineageAfter(i + name.length, end);
      AddName(s, i, length, name.value);
      return i + length;
    }
    // A collective's word (the unnamed militias of Iraq) describes a group named right after it
    // (ميليشيات حزب الله، مليشيات الحوثيين: that group) or an opposition (الفصائل المعارضة).
    if (name.length && L(name.value).backer >= 0) {
      const size_t k = i + name.length;
      if (const auto group = lex_.names().Longest(a_, k, end);
          group.length && !T(k).proclitics && L(group.value).info.type == EntityType::kArmedGroup &&
          L(group.value).backer < 0) {
        AddName(s, i, name.length + group.length, group.value);
        return k + group.length;
      }
      if (lex_.rule(Rule::kOpposition).Longest(a_, i, end).length > name.length) return k;
    }
    if (size_t next = TryTitle(s, i, end)) return next;
    if (name.length) {
      // A party of one state named with another state's nisba is that state's namesake (حزب
      // العدالة والتنمية المغربي is not Turkey's): a name of its own. Unless it is the state the
      // record says backs an armed group (patron=): the group keeps its name, and the nisba
      // inside it names the patron (ميليشيات الحوثي الإيرانية), which the relation finder reads
      // as backing it.
      const LexiconEntity& known = L(name.value);
      if ((known.country >= 0 || known.patron >= 0) && known.info.type != EntityType::kPerson) {
        // Not a state conjoined with it (المعارضة السورية وروسيا) or governed by a preposition
        // (ميليشيات الحوثي للسعودية): that is the clause's.
        const auto nisba = NisbaAt(i + name.length, end);
        const bool bare = nisba.length && !(T(i + name.length).proclitics & ~kArticle);
        // A base, an airport or an embassy named with another state's nisba is that state's
        // (قاعدة حميميم الروسية in Syria): the place itself, and its owner after it.
        const bool owned = known.info.type == EntityType::kPlace && Is(Rule::kTarget, i);
        if (bare && !owned && nisba.value != known.country && (known.country >= 0 || nisba.value == known.patron)) {
          const size_t name_end = i + name.length + nisba.length;
          // A state body's namesake is that state's body, and so the state (مجلس العموم الكندي).
          if (known.state_body) {
            Add(FromLexicon(nisba.value), MentionKind::kInstitution, s, i, name_end);
          } else if (nisba.value == known.patron) {
            AddName(s, i, name_end - i, name.value);
          } else {
            Add(NewEntity(i, name_end, known.info.type), MentionKind::kName, s, i, name_end);
          }
          return name_end;
        }
        // An outlet's own state's nisba describes it (صحيفة التايمز البريطانية): a source, whose
        // state is no actor there.
        if (bare && known.info.type == EntityType::kMedia && nisba.value == known.country) {
          AddName(s, i, name.length + nisba.length, name.value);
          return i + name.length + nisba.length;
        }
      }
      // A body the lexicon knows by a generic name only in its state's news (الحزب الديمقراطي)
      // is the start of another's where a definite word that is no nisba, modifier or name
      // follows (الحزب الديمقراطي المسيحي، الحزب الديمقراطي الحر).
      if (const size_t k = i + name.length; known.context >= 0 && known.info.type == EntityType::kOrg &&
          !known.state_body && HasArticle(i) && Is(Rule::kOrgHead, i) && k < end && T(k).kind == TokenKind::kWord && HasArticle(k) &&
          !(T(k).proclitics & ~kArticle) && !NisbaAt(k, end).length && !Is(Rule::kCommon, k) &&
          !Is(Rule::kModifier, k) && !lex_.names().Longest(a_, k, end).length) {
        Add(NewEntity(i, k + 1, known.info.type), MentionKind::kName, s, i, k + 1);
        return k + 1;
      }
      AddName(s, i, name.length, name.value);
      return i + name.length;
    }
    if (size_t next = TryLocalBody(s, i, end)) return next;
    if (size_t next = TryCapital(s, i, end)) return next;
    if (size_t next = TryInstitution(s, i, end)) return next;
    if (size_t next = TryBackedGroup(s, i, end)) return next;
    if (size_t next = TryOrganisation(s, i, end)) return next;
    if (size_t next = TryPlace(s, i, end)) return next;
    if (size_t next = TryReported(s, i, end)) return next;
    if (size_t next = TryConjoinedPerson(s, i, end)) return next;
    if (size_t next = TryHonorific(s, i, end)) return next;
    if (size_t next = TryTwoNameWords(s, i, end)) return next;
    if (size_t next = TryGivenName(s, i, end)) return next;
    if (const auto nisba = NisbaAt(i, end); nisba.length) {
      Add(FromLexicon(nisba.value), MentionKind::kNisba, s, i, i + nisba.length);
      if (HasArticle(i)) {
        if (size_t next = TryNationalName(s, i + nisba.length, end)) return next;
      }
      return i + nisba.length;
    }
    return i + 1;
  }

  // DEFINITE-NISBA NAME: a nationality before a name of two words or more that no dictionary
  // has, given names aside (الويلزي غاريث بايل، الأرجنتيني ليونيل ميسي), is a person: after a
  // noun the nisba qualifies it, and a noun phrase goes on with dictionary words.
  size_t TryNationalName(uint32_t s, size_t i, size_t end) {
    const size_t len = NameLength(i, end);
    if (len < 2 || CommonWord(i) || !NoCommonAfterFirst(i, len)) return 0;
    return NewPersonAt(s, i, end);
  }

  // TITLE [complements] [،] NAME, or NAME [،] TITLE: a person, with the office and the body
  // the title names. A title with no name is resolved once the whole article is read.
  size_t TryTitle(uint32_t s, size_t i, size_t end) {
    auto title = lex_.rule(Rule::kTitle).Longest(a_, i, end);
    // A counterpart or an official with a nisba and a name (ونظيره الإيراني حسن روحاني، المسؤول
    // الفنلندي ماركو ساريكس) holds an office of that state; with no name after it, it stands for
    // the state (an institution).
    const bool only_named = !title.length && (title = lex_.rule(Rule::kNamedOfficial).Longest(a_, i, end)).length;
    if (!title.length) return 0;
    const Office office = only_named ? Office::kOfficial : static_cast<Office>(title.value);
    // A definite word that is a calling as well as an office (الممثل: the actor, not ممثل
    // "representative", which names whom it represents) is the calling.
    if (office == Office::kOfficial && title.length == 1 && HasArticle(i) &&
        lex_.rule(Rule::kHonorific).Longest(a_, i, end).length == 1) {
      return 0;
    }
    size_t j = i + title.length;
    // The state of a nisba outranks a name: السفير الأذربيجاني في بغداد serves Azerbaijan.
    int32_t nisba = -1, named = -1;
    std::vector<std::pair<size_t, size_t>> parts;  // names and nisbas inside the title
    // Offices are an open class (وزير العمل الإيراني، المتحدثة باسم وزارة الخارجية الأمريكية،
    // وزير الدولة للشؤون الخارجية): up to two definite words or state bodies the rules do not
    // list belong to the title when an office or a nisba follows them. A name does not settle
    // them: in وزير الخارجية الطلاب في عمان the students are the minister's object.
    size_t settled = j, open_words = 0;
    bool located = false;  // the open words follow a title link (في، لدى، لحقوق)
    int32_t head_owner = -1;  // the organisation a head alone names (زعيم الجماعة), an entity
    int32_t titled_body = -1;  // an organisation named in dictionary words (TitledBodyEnd), an entity
    size_t head_at = 0;       // and its head's token
    bool principal = false;   // a leader's body on ل after the title's nisba (المدرب الفرنسي لأرسنال),
                              // not an outlet spoken to (وزير الخارجية الأمريكي لشبكة "ايه بي سي")
    std::pair<size_t, size_t> last_title{i, j};  // the tokens of the last title word (العقيد ركن)
    for (size_t steps = 0; j < end && steps < kMaxComplements; ++steps) {
      // A title on a glued ب is another person's, the clause's object (التقى رئيس الحكومة
      // الإسرائيلية بالرئيس الأمريكي); on ل it is the office's principal (مستشار للرئيس التركي).
      if ((T(j).proclitics & kPrepBi) && lex_.rule(Rule::kTitle).Longest(a_, j, end).length) break;
      auto n = lex_.names().Longest(a_, j, end);
      // A known person's name of two words or more that opens with the article is the holder's, not
      // more of the title (الرئيس التونسي الباجي قائد السبسي: قائد is no second title); the open
      // words before it are the title's. (A name opening with a title word, الملك سلمان, takes
      // that title as the holder's below; one opening otherwise is read below, where the title's
      // seat may pick its holder.)
      if (n.length >= 2 && L(n.value).info.type == EntityType::kPerson && !(T(j).proclitics & kConjWa) &&
          HasArticle(j) && !lex_.rule(Rule::kTitle).Longest(a_, j, end).length) {
        settled = j;
        break;
      }
      if (n.length && L(n.value).info.type != EntityType::kPerson) {
        // وزير خارجية مصر وليبيا: the conjoined name is the clause's, not the title's; so is a
        // name right after the title's nisba (زار وزير الخارجية الأردني الكويت), where no link
        // (في، لدى، بـ) joins it (السفير الأمريكي في إسرائيل، السفير الإثيوبي بالخرطوم).
        // After open words and a link, a body is the title's when the holder's name follows it
        // (وزير الوحدة في كوريا الجنوبية تشو ميونغ غيون), or a state or body after في when the
        // title is set off after the holder's name (أندرو غريفيث، وزير المشروعات الصغيرة في
        // بريطانيا); a place there is where the office is (قائد القاعدة الجوية في جاوة).
        // (Whether a name is before the title is asked last: few titles come to it.)
        auto apposed_body = [&] {
          return named < 0 && head_owner < 0 && titled_body < 0 && Key(j - 1) == kFi &&
                 L(n.value).info.type != EntityType::kPlace && i > a_.sentences()[s].first_token &&
                 IsComma(Key(i - 1)) && (PersonEndingAt(s, i, office, -1) >= 0 || TitledPersonBefore(s, i) >= 0);
        };
        if ((open_words && !(Link(j - 1, end) && (HolderAt(j + n.length, end) || apposed_body()))) ||
            (T(j).proclitics & kConjWa)) {
          break;
        }
        if (nisba >= 0 && !Is(Rule::kTitleLink, j - 1) && !(T(j).proclitics & (kPrepBi | kPrepLi))) break;
        // After لدى it is where the holder is posted, not whom they serve (سفيرا لدى الولايات
        // المتحدة).
        if (named < 0 && !Accredited(j)) {
          named = Sporting(n.value, s, j);
          principal = nisba >= 0 && office == Office::kLeader && (T(j).proclitics & kPrepLi) &&
                      L(n.value).info.type != EntityType::kMedia;
        }
        parts.emplace_back(j, j + n.length);
        settled = j += n.length;
      } else if (auto m = lex_.rule(Rule::kOffice).Longest(a_, j, end); m.length) {
        settled = j += m.length;
        open_words = 0;
      } else if (const int32_t org = j == i + title.length ? HeadAloneAt(j, end) : -1; org >= 0) {
        head_owner = org;
        head_at = j;
        settled = ++j;
        open_words = 0;
      } else if (const size_t body_end = j == i + title.length ? TitledBodyEnd(s, j, end) : 0) {
        // رئيس الاتحاد الفلسطيني لكرة القدم: a body named in dictionary words right after the
        // title is the office's (not after another title: وزير الداخلية رئيس لجنة الحج العليا).
        titled_body = NewEntity(j, body_end, EntityType::kOrg);
        Add(titled_body, MentionKind::kName, s, j, body_end);
        settled = j = body_end;
        open_words = 0;
      } else if (auto t = lex_.rule(Rule::kTitle).Longest(a_, j, end);
                 t.length && !(T(j).proclitics & kConjWa) &&
                 // A title word that is a given name opens the name when one goes on from it
                 // (الملازم سلطان شمسان), not when a body follows (السلطان قابوس، سلطان عمان).
                 !(t.length == 1 && TitledGivenName(j) && NameLike(j + 1))) {
        // وزير الدفاع ورئيس الأركان: a conjoined title is the next person's, not this one's.
        last_title = {j, j + t.length};
        settled = j += t.length;
        open_words = 0;
      } else if (const auto n = NisbaAt(j, end);
                 n.length && !((HasArticle(j - 1) || (j == last_title.second && HasArticle(last_title.first))) &&
                               !HasArticle(j))) {
        // A nisba agrees with the definite title it qualifies (العقيد التركي); an indefinite one
        // after it is a given name (العقيد تركي المالكي، العقيد ركن تركي المالكي). Right after an
        // organisation's name it qualifies the organisation (مدير هيومن رايتس ووتش الأمريكي، زعيم
        // حزب الله اللبناني).
        const bool of_named = !parts.empty() && parts.back().second == j && named >= 0 &&
                              L(named).info.type != EntityType::kCountry && L(named).info.type != EntityType::kPlace;
        if (nisba < 0 && !of_named) nisba = n.value;
        parts.emplace_back(j, j + n.length);
        settled = j += n.length;
        open_words = 0;
      } else if (const auto party = lex_.rule(Rule::kPartyAdjective).Longest(a_, j, end);
                 party.length && (j == i + title.length || (nisba >= 0 && nisba == L(party.value).country &&
                                                           NisbaAt(j - 1, j).length))) {
        // The holder's party (السيناتور الجمهوري، الرئيس الأمريكي الديمقراطي): part of the title,
        // naming no body of its office. Further on it is a body's name's (رئيس الحزب المصري
        // الديمقراطي).
        parts.emplace_back(j, j + party.length);
        settled = j += party.length;
        open_words = 0;
      } else if (Link(j, end) || Is(Rule::kModifier, j) || Is(Rule::kFormer, j)) {
        // (A former title's time, الرئيس الأمريكي آنذاك، باراك أوباما, is the title's too.)
        ++j;
        if (!open_words) settled = j;
      } else if (open_words < 2 && T(j).kind == TokenKind::kWord && !IsComma(Key(j)) &&
                 ((HasArticle(j) && !AlefLamGivenName(j)) || Is(Rule::kInstitution, j) ||
                  (j == i + title.length && CommonNounInConstruct(j, end))) &&
                 // A capital is where the holder goes, no office (وصل الوزير إلى العاصمة الروسية).
                 !(T(j).proclitics & kConjWa) && !Is(Rule::kCapital, j)) {
        if (!open_words || GenitiveLink(j - 1, end)) located = j > i && Link(j - 1, end);
        ++open_words;
        ++j;
      } else {
        // A place after في (القيادي في الحركة سامر الكحلاني) is the title's when a name of two
        // words follows it; so is any body (مفوض شرطة العاصمة جريما كاسا) when no dictionary has
        // a word of that name.
        if (const size_t name = open_words ? NameLength(j, end, true) : 0;
            name >= 2 && (located || NoDictionaryWord(j, j + name))) {
          settled = j;
        }
        break;
      }
    }
    // A link with nothing of the title after it is the clause's (زعيم منظمة التحرير عن تورطه).
    while (settled > i + title.length && Link(settled - 1, end)) --settled;
    j = settled;
    const size_t title_end = j;
    // A body that acts for its state (المتحدثة باسم البيت الأبيض) is the state; a mayor's city
    // is the city (رئيس بلدية القدس، عمدة لندن).
    const bool local = lex_.rule(Rule::kLocalTitle).Longest(a_, i, end).length > 0;
    // A player's club outranks a nisba, the club's or his nationality (مهاجم أتلتيكو مدريد الإسباني),
    // as does a body on ل after the nisba: the holder's nationality (المدرب الفرنسي لأرسنال).
    const bool club = (office == Office::kPlayer || principal) && named >= 0 && L(named).info.type != EntityType::kCountry &&
                      L(named).info.type != EntityType::kPlace;
    const int32_t body = nisba >= 0 && !club                                ? nisba
                         : named >= 0 && L(named).capital_of >= 0 && !local ? L(named).capital_of
                                                                            : named;
    // Set off by a comma, the holder's name follows; not a word on و, which opens a list's next
    // item (ملكة بريطانيا، والأمير تشارلز).
    if (j < end && IsComma(Key(j)) && !(j + 1 < end && (T(j + 1).proclitics & kConjWa))) ++j;
    // The holder introduced as "the one called" (مشرف ميليشيا الحوثي، المدعو X).
    if (const auto cue = lex_.rule(Rule::kNameCue).Longest(a_, j, end); cue.length && HasArticle(j)) j += cue.length;

    j = SkipHonorifics(j, end);
    // The holder's name in quotation marks (رئيس الوزراء الياباني "شينزو آبي"): a known person's,
    // or a new one opening with a given name. A quoted name is as often the title's body or thing
    // (مدير "هيومن رايتس ووتش"، قائد السفينة "X").
    if (j + 1 < end && QuoteAt(j)) {
      const auto known = KnownName(j + 1, end);
      const size_t len = known.length ? (L(known.value).info.type == EntityType::kPerson ? known.length : 0)
                         : lex_.IsGivenName(Key(j + 1)) ? NameLength(j + 1, end, true)
                                                        : 0;
      if (len && j + 1 + len < end && QuoteAt(j + 1 + len)) ++j;
    }
    // The holder's rank in apposition (المتحدث باسم قوات التحالف، العقيد تركي المالكي) where a
    // name follows it; with the article, as رائد without it is a given name (رائد صالح). A new
    // name after a leader's title may be the clause's object (عين الرئيس الجزائري، العميد X
    // قائدا): only a known person is the leader so.
    if (const auto rank = lex_.rule(Rule::kRank).Longest(a_, j, end); rank.length && HasArticle(j)) {
      const size_t k = SkipHonorifics(j + rank.length, end);
      const auto known = k < end ? lex_.names().Longest(a_, k, end) : PhraseTable::Match{};
      const bool person_known = known.length && L(known.value).info.type == EntityType::kPerson;
      if (k < end && (person_known || (office != Office::kLeader && NameLength(k, end, true)))) j = k;
    }
    int32_t person = -1;
    MentionKind kind = MentionKind::kName;
    size_t name_first = j, name_end = j;
    // A title in the accusative is said of a name before it (عين ترامب جون بولتون مستشارا للأمن
    // القومي، كان مستشارا للرئيس محمد خاتمي): a name after it is another's.
    const bool predicate = AccusativeTitle(i);
    // A known person on a glued preposition is the clause's, not the holder (أشاد X، رئيس
    // الوكالة الأسبق، بميشيل باشيليت).
    if (auto n = predicate ? PhraseTable::Match{} : KnownName(j, end);
        n.length && L(n.value).info.type == EntityType::kPerson && !(T(j).proclitics & (kPrepBi | kPrepLi | kPrepKa))) {
      person = FromLexicon(n.value);
      name_end = j + n.length;
      name_end += LineageAfter(name_end, end);
    } else if (size_t len = predicate ? 0 : NameLength(j, end, true)) {
      if (len == 1 && lex_.IsGivenName(Key(j)) && FamilyNameBeforeEnd(j + 1, end)) len = 2;
      name_end = j + len;
      // One word of the name of the body's recorded leader or official (الملك السعودي سلمان،
      // وزير الخارجية الألماني هايكو): that person. Officials are many and the record lists few
      // of them, so an official's is only a name that plainly ends there, not one whose next
      // word kg could not read as a name (المبعوث الروسي ألكسندر لافرنتييف is not Shulgin).
      // A word on a glued ب or ل is no plain end: a foreign family name may open so (أنييس بوزين).
      const bool next_word = j + 1 < end && T(j + 1).kind == TokenKind::kWord;
      const uint8_t next_clitics = next_word ? T(j + 1).proclitics : 0;
      const bool glued = (next_clitics & (kPrepBi | kPrepLi)) && !(next_clitics & kArticle);
      const bool ends = office == Office::kLeader || !next_word || Is(Rule::kCommon, j + 1) ||
                        (CommonWord(j + 1) && !glued);
      // A given name of two words is one (الملك الأردني عبد الله); the title's seat tells the king
      // from the premier of that name.
      int32_t holder = -1;
      if ((len == 1 || (len == 2 && Joins(j) && !IsLineage(j))) && body >= 0 && ends) {
        const std::string unit = len == 1 ? std::string(NameWord(j))
                                          : text::MatchKey(std::string(a_.Surface(T(j))) + " " + std::string(a_.Surface(T(j + 1))));
        holder = lex_.HolderNamed(office, body, unit, year_, TitleSeat(i, i + title.length));
      }
      if (len >= 2 && office == Office::kLeader && body >= 0 && holder < 0) holder = MisspeltLeader(body, j, len);
      // One word of the full name of someone the article has named (الزعيم كيم، الزعيم كيم
      // وافق): that person, and the article may call them so later without the title (أكد كيم).
      const auto named_before = name_words_.find(Base(j));
      if (holder < 0 && named_before != name_words_.end() && named_before->second >= 0 &&
          (len == 1 || CommonWord(j + 1))) {
        person = named_before->second;
        kind = MentionKind::kShortForm;
        name_end = j + 1;
        short_forms_.try_emplace(ShortFormKey(j), person);
      } else {
        person = holder >= 0 ? FromLexicon(holder) : NewEntity(name_first, name_end, EntityType::kPerson,
                                                            nisba >= 0 && L(nisba).info.type == EntityType::kCountry ? nisba : -1);
      }
    } else if (only_named) {
      return 0;
    } else if (size_t len = NameBefore(s, i)) {  // apposition: NAME، TITLE
      name_first = i - len - (IsComma(Key(i - 1)) ? 1 : 0);
      name_end = name_first + len;
      person = NewEntity(name_first, name_end, EntityType::kPerson);
    }

    const int32_t country = nisba >= 0 ? nisba : named >= 0 ? StateOf(named) : -1;
    // NAME، TITLE where another rule already took the name (وقال سليم الحداد، رئيس الكتلة).
    const int32_t appositive = person < 0 ? PersonEndingAt(s, i, office, body) : -1;
    // A second title set off after a titled name (وزير الداخلية هورست زيهوفر، زعيم الاتحاد
    // المسيحي الاجتماعي) is the same person's: its head word stands for them, with the title's
    // own office; the bodies in it stay names of their own (المتحدث باسم التحالف الذي تقوده
    // السعودية). Not on a clitic: و opens the next person's (تيريزا ماي، ورئيس حزب المحافظين), ب
    // the verb's object (التقى بومبيو، بزعيم كوريا الشمالية); nor with a name of its own after a
    // comma (ترامب، رئيس شبكة سي إن إن، جيف زوكر: the verb's object).
    // So is the post a person holds (غونين سيغيف الذي شغل منصب وزير الطاقة).
    if (const int32_t titled = person < 0 && appositive < 0 && !NameAfterComma(title_end, end)
                                   ? (!T(i).proclitics             ? std::max(TitledPersonBefore(s, i), PostHolder(s, i))
                                      : T(i).proclitics == kConjWa ? SecondTitleOf(s, i)
                                                                   : -1)
                                   : -1;
        titled >= 0) {
      const int32_t owner = head_owner >= 0 ? head_owner : titled_body;
      Mention& m = Add(out_.mentions[titled].entity, MentionKind::kTitle, s, i, i + title.length);
      m.title_first = static_cast<uint32_t>(i);
      m.title_end = static_cast<uint32_t>(title_end);
      m.office = office;
      m.affiliation = owner >= 0 ? owner : body >= 0 ? FromLexicon(body) : -1;
      for (auto [b, e] : parts) AddStatePart(s, b, e);
      if (head_owner >= 0) Add(head_owner, MentionKind::kShortForm, s, head_at, head_at + 1);
      for (size_t k = i; k < title_end; ++k) used_[k] = 1;
      return title_end;
    }
    if (person < 0 && appositive < 0) {
      for (auto [b, e] : parts) {  // the names inside stand for themselves
        // (A state's name that reads as its nisba in the accusative, سوريا، ليبيا, is the name.)
        if (NisbaAt(b, e).length != e - b || lex_.names().Longest(a_, b, e).length == e - b) AddTitlePart(s, b, e);
      }
      const bool plain = !only_named && parts.size() == 1 && parts[0].first == i + title.length &&
                         parts[0].second == title_end &&
                         (HasArticle(i) || HasArticle(i + title.length - 1) || named >= 0);  // رئيس الوزراء الإثيوبي
      if (head_owner >= 0) Add(head_owner, MentionKind::kShortForm, s, head_at, head_at + 1);
      pending_.push_back(
          {s, static_cast<uint32_t>(i), static_cast<uint32_t>(title_end), country, body, office, plain});
      for (size_t k = i; k < title_end; ++k) used_[k] = 1;
      return title_end;
    }
    // A title with a possessive (رئيسه، لاعبه، زعيمها) is of what the text named before it
    // (الاتحاد الدولي ... رئيسه السويسري X: the federation's; the nisba is his nationality).
    // (Only a suffix the analysis split off: رئيسه is as often رئيسة written with a plain ha.)
    const int32_t owner = T(i).enclitic ? Antecedent(s, i) : head_owner >= 0 ? head_owner : titled_body;
    Mention& m = appositive >= 0 ? out_.mentions[appositive]
                                 : Add(person, kind, s, name_first, name_end);
    m.title_first = static_cast<uint32_t>(i);
    m.title_end = static_cast<uint32_t>(title_end);
    m.office = office;
    m.affiliation = owner >= 0 ? owner : body >= 0 ? FromLexicon(body) : -1;
    person = m.entity;
    // A counterpart or an official named with a state (ونظيره الإيراني حسن روحاني) holds the
    // office the record gives them over that state in the article's year (any year, undated):
    // a president's counterpart leads his state.
    if (const auto known = lexicon_of_.find(person); only_named && body >= 0 && known != lexicon_of_.end() &&
        std::ranges::any_of(L(known->second).roles, [&](const LexiconRole& role) { return Leads(role, body); })) {
      m.office = Office::kLeader;
    }
    // A state's office no state qualifies (وزير الداخلية فارس الحمود، المتحدث باسم الحكومة) is of
    // the state the article names the office with, as the office alone would be. The record
    // gives a known person's state.
    if (m.affiliation < 0 && !lexicon_of_.contains(person)) {
      const int32_t holder = appositive >= 0 ? appositive : static_cast<int32_t>(out_.mentions.size()) - 1;
      StateOfOffice(s, i, i + title.length, title_end, holder);
    }
    if (appositive < 0) RegisterShortForm(person, name_first, name_end);
    // A bare title (الرئيس) names too many people to stand for this one later.
    if (title_end - i >= 2 && owner < 0) titles_.try_emplace(TitleKey(i, title_end), person);
    if (auto key = LeaderKey(office, body); !key.empty() && owner < 0) titles_.try_emplace(key, person);
    for (auto [b, e] : parts) AddStatePart(s, b, e);
    if (head_owner >= 0) Add(head_owner, MentionKind::kShortForm, s, head_at, head_at + 1);
    return std::max(name_end, title_end);
  }

  // The organisation an organisation's head alone at token j names (زعيم الجماعة، قائد التنظيم):
  // the one the article last named with it (تنظيم داعش، جماعة الحوثي); -1 where the head has a
  // clitic or a definite word follows it, naming another (الحركة الإسلامية).
  int32_t HeadAloneAt(size_t j, size_t end) const {
    if (!HasArticle(j) || T(j).enclitic || (T(j).proclitics & ~kArticle) || !Is(Rule::kOrgHead, j)) return -1;
    if (j + 1 < end && HasArticle(j + 1)) return -1;
    return NamedWithHead(j, false);
  }

  // Records the title [first, end) whose words from `words` name a state's office or body and no
  // state (وزير الداخلية، المتحدث باسم الحكومة), so that its holder's mention serves the state
  // ResolveBareBodies finds for it.
  void StateOfOffice(uint32_t s, size_t first, size_t words, size_t end, int32_t holder) {
    // An organisation's office (المتحدث باسم الحزب، قائد العمليات بالتحالف) is no state's.
    for (size_t k = words; k < end; ++k) {
      if (Is(Rule::kOrgHead, k)) return;
    }
    // The office right after the title (وزير الداخلية), else a state body in it.
    auto [body_first, body_end] = BareBodyIn(static_cast<uint32_t>(words), static_cast<uint32_t>(end));
    if (const auto office = words < end ? lex_.rule(Rule::kOffice).Longest(a_, words, end) : PhraseTable::Match{};
        office.length) {
      body_first = static_cast<uint32_t>(words);
      body_end = static_cast<uint32_t>(words + office.length);
    }
    if (body_first < body_end) {
      bare_bodies_.push_back({s, static_cast<uint32_t>(first), static_cast<uint32_t>(end), body_first, body_end, false, holder});
    }
  }

  // The first state body no state qualifies in tokens [from, end), with its offices (المتحدث
  // باسم *وزارة الدفاع*), that has the article on its first or last word; empty for none.
  std::pair<uint32_t, uint32_t> BareBodyIn(uint32_t from, uint32_t end) const {
    for (uint32_t k = from; k < end; ++k) {
      const auto bare = lex_.rule(Rule::kBareBody).Longest(a_, k, end);
      if (!bare.length || bare.value == 1) continue;
      uint32_t body_end = k + static_cast<uint32_t>(bare.length);
      while (body_end < end) {
        const auto office = lex_.rule(Rule::kOffice).Longest(a_, body_end, end);
        if (!office.length) break;
        body_end += static_cast<uint32_t>(office.length);
      }
      if (HasArticle(k) || HasArticle(body_end - 1)) return {k, body_end};
    }
    return {0, 0};
  }

  // A title's part that names its state or body (الإسرائيلي، إسرائيل، الكنيست): a nisba is the
  // state, anything else a name.
  void AddStatePart(uint32_t s, size_t b, size_t e) {
    if (const auto n = NisbaAt(b, e); n.length == e - b) {
      Add(FromLexicon(n.value), MentionKind::kNisba, s, b, e);
    } else {
      AddTitlePart(s, b, e);
    }
  }

  // A name or a party's adjective inside a title, which stands for itself.
  void AddTitlePart(uint32_t s, size_t b, size_t e) {
    if (const auto party = lex_.rule(Rule::kPartyAdjective).Longest(a_, b, e); party.length == e - b) {
      Add(FromLexicon(party.value), MentionKind::kName, s, b, e);
      return;
    }
    AddName(s, b, e - b, lex_.names().Longest(a_, b, e).value);
  }

  // The entity a possessive title at token i refers to: the nearest state, organisation, group
  // or outlet named before it in this sentence or the one before; -1 when none. A state after
  // في is where the body named right before it is (حزب الله في لبنان وزعيمها: Hezbollah's). (A
  // person's adviser, مستشاره, serves the person's state, which the record knows.)
  int32_t Antecedent(uint32_t s, size_t i) const {
    size_t located_at = 0;  // the first token of a state or place after في, else 0
    int32_t located = -1;   // that state
    for (size_t k = out_.mentions.size(); k-- > 0;) {
      const Mention& m = out_.mentions[k];
      if (m.sentence + 1 < s) break;
      if (m.first_token >= i) continue;
      const EntityType type = out_.entities[m.entity].type;
      if (located_at > 0) {
        const bool body = type == EntityType::kOrg || type == EntityType::kArmedGroup || type == EntityType::kMedia;
        if (body && m.end_token + 1 == located_at) return m.entity;
        if (located >= 0) return located;
        located_at = 0;  // a place stands for nothing: look on
      }
      if (type == EntityType::kPerson) return -1;
      if ((type == EntityType::kCountry || type == EntityType::kPlace) && m.first_token > 0 &&
          Is(Rule::kLocative, m.first_token - 1)) {
        located = type == EntityType::kCountry ? m.entity : -1;
        located_at = m.first_token;
        continue;
      }
      // An outlet spoken to (قال لـ"العربية.نت" إن بلاده نقلت سفيرها) owns nothing the speaker
      // goes on about.
      if (type == EntityType::kMedia && Addressed(m.first_token)) continue;
      if (type == EntityType::kCountry || type == EntityType::kOrg || type == EntityType::kArmedGroup ||
          type == EntityType::kMedia) {
        return m.entity;
      }
    }
    return located;
  }

  // Whether the name at token k follows ل, glued or written apart (لـ) and perhaps quoted.
  bool Addressed(size_t k) const {
    if (T(k).proclitics & kPrepLi) return true;
    while (k > 0 && QuoteAt(k - 1)) --k;
    return k > 0 && T(k - 1).kind == TokenKind::kWord && Key(k - 1) == "\u0644";
  }

  // Whether a holder's name starts at token k: a known person's, or a new one of two words.
  bool HolderAt(size_t k, size_t end) const {
    if (k >= end) return false;
    if (const auto n = lex_.names().Longest(a_, k, end); n.length) return L(n.value).info.type == EntityType::kPerson;
    return NameLength(k, end, true) >= 2;
  }

  // A noun on a glued ل before its definite genitive (المفوض السامي لحقوق الإنسان، المنسق الخاص
  // لعملية السلام): it joins what follows to the title as a link does. Not before another title,
  // the office's principal (المدير السابق لحملة الرئيس الأمريكي دونالد ترامب).
  bool GenitiveLink(size_t j, size_t end) const {
    return T(j).kind == TokenKind::kWord && T(j).proclitics == kPrepLi && !HasArticle(j) && j + 1 < end &&
           T(j + 1).kind == TokenKind::kWord && HasArticle(j + 1) && !lex_.IsGivenName(Base(j)) &&
           !lex_.names().Longest(a_, j, end).length && !lex_.rule(Rule::kTitle).Longest(a_, j + 1, end).length;
  }
  bool Link(size_t j, size_t end) const { return Is(Rule::kTitleLink, j) || GenitiveLink(j, end); }

  // An indefinite common noun before a definite word, its genitive, right after a title's head
  // (رئيس مكتب الأمن القومي، رئيس هيئة الرياضة): an office's open word like a definite one. A
  // given name or a function word is not one.
  bool CommonNounInConstruct(size_t j, size_t end) const {
    return !HasArticle(j) && j + 1 < end && T(j + 1).kind == TokenKind::kWord && HasArticle(j + 1) &&
           !(T(j).proclitics & ~kArticle) && !Is(Rule::kCommon, j) && !lex_.IsGivenName(Key(j)) &&
           lex_.dictionary().Has(a_.Surface(T(j)));
  }

  // The recorded leader of a body whose name the name of len words at token j misspells, or -1:
  // it opens with a word of the leader's names and ends a letter from another (two in a word of
  // seven letters or more), or ends with one and opens a letter from another, and names nobody
  // else kg knows (الرئيس الكوري الجنوبي مون جي إين، ينس ستولتينبيرغ، الرئيس الفلسطيني محمد عباس;
  // not الملك محمد الخامس).
  int32_t MisspeltLeader(int32_t body, size_t j, size_t len) const {
    std::vector<std::string> words;
    for (size_t k = j; k < j + len; ++k) words.emplace_back(Base(k));
    if (lex_.PersonLike(words) >= 0 || lex_.FamilyMember(words) >= 0) return -1;
    // Whether a word is a letter (two in a long word) from a word of the leader's names.
    auto near = [&](int32_t leader, std::string_view misspelt) {
      for (const std::string& alias : L(leader).info.aliases) {
        const std::string key = text::MatchKey(alias);
        for (std::string_view word : text::Split(key, ' ')) {
          const size_t letters = text::CodePoints(word);
          if (letters >= 2 && text::EditDistance(word, misspelt) <= (letters >= 7 ? 2u : 1u)) return true;
        }
      }
      return false;
    };
    // عبد joins the word after it, as the record's names are compared (عبد الله: عبدالله).
    const bool joined = Joins(j);
    if (const int32_t leader = lex_.HolderNamed(Office::kLeader, body, joined ? words[0] + words[1] : words[0], year_);
        leader >= 0 && near(leader, Key(j + len - 1))) {
      return leader;
    }
    if (len == 2 && !joined) {
      if (const int32_t leader = lex_.HolderNamed(Office::kLeader, body, words.back(), year_);
          leader >= 0 && near(leader, Key(j))) {
        return leader;
      }
    }
    return -1;
  }

  // The index of the person mention that ends right before token i or its comma, or -1.
  // A known person's without the comma after a verb of saying (قال بهرام قاسمي المتحدث باسم),
  // or where the record agrees with the title (office and body of the title, `body` a lexicon
  // index or -1): after another verb a title the person does not hold is rather its object
  // (التقى ترامب العاهل السعودي، انتقد ترامب وزير العدل الأمريكي), while a new name is most
  // often introduced by its title (وصف ماهر الخطيب المتحدث باسم حماس).
  int32_t PersonEndingAt(uint32_t s, size_t i, Office office, int32_t body) const {
    const size_t first = a_.sentences()[s].first_token;
    const bool comma = i > first && IsComma(Key(i - 1));
    const size_t k = comma ? i - 1 : i;
    for (size_t m = out_.mentions.size(); m-- > 0;) {
      const Mention& mention = out_.mentions[m];
      if (mention.end_token < k) break;
      // A one-word title naming no body before the name (الأمير خالد بن سلمان، السفير السعودي)
      // gives way to the title after it.
      const bool bare_title = mention.affiliation < 0 && mention.title_end == mention.title_first + 1;
      if (mention.end_token == k && mention.kind == MentionKind::kName &&
          out_.entities[mention.entity].type == EntityType::kPerson &&
          (mention.office == Office::kNone || bare_title)) {
        const size_t start = mention.first_token;
        const auto known = lexicon_of_.find(mention.entity);
        if (!comma && known != lexicon_of_.end() && !(start > first && Is(Rule::kSpeechVerb, start - 1)) &&
            !RecordAgrees(known->second, office, body)) {
          return -1;
        }
        return static_cast<int32_t>(m);
      }
    }
    return -1;
  }

  // Whether the title at token i is in the indefinite accusative (رئيسا، وزيرا، مستشارا), not a
  // dual in construct (رئيسا الحكومة، رئيسا الوزراء), which names its holders after it, nor a
  // title with a pronoun (زعيمها).
  bool AccusativeTitle(size_t i) const {
    return !T(i).enclitic && !HasArticle(i) && AccusativeNoun(i) &&
           !(i + 1 < a_.tokens().size() && HasArticle(i + 1) && !(T(i + 1).proclitics & ~kArticle));
  }

  // Whether token j follows لدى or إلى: a body there is where an envoy is accredited or sent
  // (سفيرا لدى الولايات المتحدة، المبعوث إلى سوريا), or where the holder goes (زيارة ولي العهد
  // إلى مصر), not whom the holder serves.
  bool Accredited(size_t j) const {
    static const std::string kAt = text::MatchKey("\u0644\u062F\u0649");
    static const std::string kTo = text::MatchKey("\u0625\u0644\u0649");
    return j > 0 && (Key(j - 1) == kAt || Key(j - 1) == kTo);
  }

  // Whether a name follows a comma within the three tokens from `from` (رئيس شبكة سي إن إن
  // الإخبارية، جيف زوكر): the title's own holder.
  bool NameAfterComma(size_t from, size_t end) const {
    for (size_t k = from; k < std::min(from + 3, end); ++k) {
      if (IsComma(Key(k)) && k + 1 < end && (NameLike(k + 1) || KnownName(k + 1, end).length)) return true;
    }
    return false;
  }

  // The person mention, named with a title of its own, that ends right before the comma before
  // token i (وزير الداخلية هورست زيهوفر، TITLE), or -1.
  int32_t TitledPersonBefore(uint32_t s, size_t i) const {
    if (i < a_.sentences()[s].first_token + 2 || !IsComma(Key(i - 1))) return -1;
    // (The parts of its title, a nisba among them, were added after it.)
    return LastPersonIn(s, [&](const Mention& m) {
      return m.end_token == i - 1 && m.kind == MentionKind::kName && m.office != Office::kNone;
    });
  }

  // The last person mention of sentence s made so far that `fits`, or -1.
  template <typename Fits>
  int32_t LastPersonIn(uint32_t s, Fits fits) const {
    for (size_t m = out_.mentions.size(); m-- > 0 && out_.mentions[m].sentence == s;) {
      const Mention& mention = out_.mentions[m];
      if (out_.entities[mention.entity].type == EntityType::kPerson && fits(mention)) return static_cast<int32_t>(m);
    }
    return -1;
  }

  // The mention of the person whose title after their name the title on و at token i goes on
  // from (صائب عريقات كبير المفاوضين وأمين سر اللجنة التنفيذية): a second office of theirs. Not
  // after a name or a comma, where و opens the next person of a list (وزير الخارجية X ورئيس
  // الوزراء، X، ورئيس الحزب).
  int32_t SecondTitleOf(uint32_t s, size_t i) const {
    return LastPersonIn(s, [&](const Mention& m) {
      return m.title_end == i && m.title_first >= m.end_token && m.office != Office::kNone;
    });
  }

  // The seat (data/rules.tsv, leader_seat) of the title opening tokens [first, end) when its
  // seat words are the whole title (رئيس الوزراء, not رئيس الأركان), else any seat: الملك is a
  // monarch's, so الملك عبد الله is not the premier of that name.
  Seat TitleSeat(size_t first, size_t end) const {
    const auto seat = lex_.rule(Rule::kLeaderSeat).Longest(a_, first, end);
    return seat.length && seat.length == lex_.rule(Rule::kTitle).Longest(a_, first, end).length ? static_cast<Seat>(seat.value)
                                                                                                 : Seat::kAny;
  }

  // The mention of the person who holds the post a title names after a verb of holding it and
  // منصب (data/rules.tsv, post): the verb's subject, after it (وتولت تيريزا ماي منصب) or right
  // before it, past a relative or كان (غونين سيغيف الذي شغل منصب وزير الطاقة، كان مينغ يشغل منصب
  // نائب الوزير); or -1.
  int32_t PostHolder(uint32_t s, size_t i) const {
    const size_t first = a_.sentences()[s].first_token;
    if (i < first + 3 || !Is(Rule::kPost, i - 1) || T(i - 1).proclitics) return -1;
    auto person_ending = [&](size_t k) { return LastPersonIn(s, [&](const Mention& m) { return m.end_token == k; }); };
    if (const int32_t after = person_ending(i - 1);
        after >= 0 && out_.mentions[after].first_token > first && Is(Rule::kPostVerb, out_.mentions[after].first_token - 1)) {
      return after;
    }
    if (!Is(Rule::kPostVerb, i - 2)) return -1;
    size_t k = i - 2;  // the verb
    static constexpr std::array<std::string_view, 2> kWas = {"\u0643\u0627\u0646", "\u0643\u0627\u0646\u062A"};  // كان كانت
    while (k > first && T(k - 1).kind == TokenKind::kWord &&
           (RelativePronoun(k - 1) || std::ranges::find(kWas, a_.Surface(T(k - 1))) != kWas.end())) {
      --k;
    }
    return person_ending(k);
  }

  // Whether a known person may hold a title of `office` in `body` (a lexicon index, -1 when the
  // title names none): the record gives them no other state, and no other office in that body
  // unless this one too (الرئيس الأمريكي after Trump; not وزير العدل الأمريكي). The record
  // lists few of a person's posts, so one it does not list is no objection (a party's
  // spokesman, a mayor).
  bool RecordAgrees(int32_t known, Office office, int32_t body) const {
    const LexiconEntity& person = L(known);
    if (body < 0) return true;
    if (L(body).info.type == EntityType::kCountry && person.country >= 0 && person.country != body) return false;
    bool other = false;
    for (const LexiconRole& role : person.roles) {
      if (role.body != body) continue;
      if (role.office == office) return true;
      other = true;
    }
    return !other;
  }

  // The length of an unclaimed name right before the title at i (with or without a comma).
  // Its given name may carry the conjunction or preposition that governs the whole name (أطاح
  // بحسن فران، مدير عام المصرف).
  size_t NameBefore(uint32_t s, size_t i) {
    const size_t first = a_.sentences()[s].first_token;
    size_t k = i;
    if (k > first && IsComma(Key(k - 1))) --k;
    size_t n = 0;
    while (k > first + n && n < kMaxNameTokens && NameLike(k - n - 1)) ++n;
    while (n >= 2 && HasArticle(k - n)) --n;  // a name starts with a given name
    if (n >= 1 && n < kMaxNameTokens && k > first + n && GluedGivenName(k - n - 1)) {
      ++n;
      glued_front_ = k - n;
    }
    const bool name = n >= 2 && NameLength(k - n, k) == n;
    glued_front_ = SIZE_MAX;
    return name ? n : 0;
  }

  // A given name of three letters or more behind one glued و، ب or ل (وخالد، بحسن، لعلي).
  bool GluedGivenName(size_t i) const {
    const uint8_t clitics = T(i).proclitics;
    return T(i).kind == TokenKind::kWord && !used_[i] && (clitics == kConjWa || clitics == kPrepBi || clitics == kPrepLi) &&
           text::CodePoints(Base(i)) >= 3 && lex_.IsGivenName(Base(i));
  }

  // The capital named by a state's nisba, its own name or both (العاصمة الروسية، العاصمة بغداد،
  // العاصمة الروسية موسكو): the city, a place. News names a state acting by its government or its
  // capital's bare name, and the capital so named is where things happen. A state whose capital
  // the lexicon does not give (capital_of=) is named by nothing here.
  size_t TryCapital(uint32_t s, size_t i, size_t end) {
    if (!Is(Rule::kCapital, i)) return 0;
    size_t j = i + 1;
    int32_t state = -1;
    if (const auto nisba = NisbaAt(j, end); nisba.length && !(T(j).proclitics & ~kArticle)) {
      state = nisba.value;
      j += nisba.length;
    }
    int32_t capital = -1;
    if (const auto name = j < end && !T(j).proclitics ? lex_.names().Longest(a_, j, end) : PhraseTable::Match{};
        name.length) {
      const LexiconEntity& e = L(name.value);
      if (e.info.type == EntityType::kPlace && !e.state_body && (state < 0 || e.capital_of == state || e.country == state)) {
        capital = name.value;
        j += name.length;
      }
    }
    if (state < 0 && capital < 0) return 0;
    if (capital < 0) capital = lex_.CapitalOf(state);
    if (capital >= 0) Add(FromLexicon(capital), MentionKind::kName, s, i, j);
    return j;
  }

  // A state body qualified by a nisba or a state's name: الحكومة العراقية، حكومة بغداد.
  size_t TryInstitution(uint32_t s, size_t i, size_t end) {
    const auto head = lex_.rule(Rule::kInstitution).Longest(a_, i, end);
    if (!head.length || ((T(i).proclitics & kPrepBi) && Is(Rule::kLedBy, i))) return 0;
    // Forces named by an armed group's name are the group's (قوات الجيش السوري الحر): the
    // state's body only where no such name follows (قوات الجيش السوري).
    if (Is(Rule::kForces, i) && i + 1 < end && !(T(i + 1).proclitics & ~kArticle)) {
      if (const auto group = lex_.names().Longest(a_, i + 1, end);
          group.length && L(group.value).info.type == EntityType::kArmedGroup) {
        AddName(s, i, group.length + 1, group.value);
        return i + 1 + group.length;
      }
    }
    size_t j = i + head.length;
    if (j < end && lex_.rule(Rule::kTitle).Longest(a_, j, end).length && !(T(j).proclitics & ~kArticle)) {
      return InstitutionOfHead(s, i, j, end);
    }
    size_t body_end = j;  // the body's words: the head and its offices (وزارة الدفاع)
    for (size_t steps = 0; j < end && steps < 3; ++steps) {
      if (auto m = lex_.rule(Rule::kOffice).Longest(a_, j, end); m.length) {
        j += m.length;
        if (body_end + m.length == j) body_end = j;
      } else if (Is(Rule::kModifier, j)) {
        ++j;
      } else {
        break;
      }
    }
    const Qualifier q = j < end ? StateQualifying(j, end) : Qualifier{};
    if (q.state < 0) {
      if (const auto bare = lex_.rule(Rule::kBareBody).Longest(a_, i, body_end);
          bare.length && (HasArticle(i) || HasArticle(body_end - 1))) {
        bare_bodies_.push_back({s, static_cast<uint32_t>(i), static_cast<uint32_t>(body_end),
                                static_cast<uint32_t>(i), static_cast<uint32_t>(body_end), bare.value == 1});
      }
      return 0;
    }
    bodies_.emplace(TitleKey(i, body_end), BodyNamed{static_cast<uint32_t>(i), q.state});
    // Modifiers may also follow the nisba (مسؤول عراقي أمني كبير).
    size_t stop = q.end;
    while (stop < end && Is(Rule::kModifier, stop)) ++stop;
    Add(FromLexicon(q.state), MentionKind::kInstitution, s, i, stop);
    if (q.leader >= 0) AddName(s, j, q.end - j, q.leader);
    return stop;
  }

  // What qualifies a state body at token j: a nisba or a name, its end, the state it gives, and
  // the lexicon's person when the body is named after its head (حكومة محمد شياع السوداني).
  struct Qualifier {
    int32_t state = -1;  // lexicon index; -1: nothing qualifies the body
    size_t end = 0;
    int32_t leader = -1;
  };
  Qualifier StateQualifying(size_t j, size_t end) const {
    if (const int32_t state = Nisba(j); state >= 0) return {state, j + 1, -1};
    // A capital named as a city (الطائرات العاصمة دمشق) is the place of what is said.
    if (Is(Rule::kCapital, j) || Is(Rule::kPlaceHead, j)) return {};
    const auto n = lex_.names().Longest(a_, j, end);
    if (T(j).proclitics & ~kArticle) return {};
    if (!n.length) {
      // حكومة ماي، where the article named Britain.
      const int32_t person = ContextPersonAt(j);
      return person >= 0 ? Qualifier{L(person).country, j + 1, person} : Qualifier{};
    }
    if (const int32_t state = StateOf(n.value); state >= 0) return {state, j + n.length, -1};
    // A body is named after its head (حكومة السوداني، إدارة ترامب), not after an official in
    // apposition to it (المتحدث باسم الخارجية محمد الكايد).
    if (L(n.value).info.type != EntityType::kPerson || !Leads(n.value)) return {};
    return {L(n.value).country, j + n.length, n.value};
  }

  // إدارة الرئيس الأميركي جو بايدن: a state body named by its head's title and name is the
  // state the title names (or the lexicon gives the head); the head keeps their mention.
  size_t InstitutionOfHead(uint32_t s, size_t i, size_t title, size_t end) {
    const size_t first_new = out_.mentions.size();
    const size_t stop = TryTitle(s, title, end);
    if (!stop) return 0;
    for (size_t m = first_new; m < out_.mentions.size(); ++m) {
      const Mention& head = out_.mentions[m];
      if (head.end_token != stop || out_.entities[head.entity].type != EntityType::kPerson) continue;
      int32_t state = -1;
      if (head.affiliation >= 0 && out_.entities[head.affiliation].type == EntityType::kCountry) {
        state = head.affiliation;
      } else if (auto known = lexicon_of_.find(head.entity);
                 known != lexicon_of_.end() && L(known->second).country >= 0) {
        state = FromLexicon(L(known->second).country);
      }
      if (state >= 0) Add(state, MentionKind::kInstitution, s, i, stop);
      break;
    }
    return stop;
  }

  // LOCAL-BODY PLACE: a city's or region's own body (شرطة دبي، جامعة القاهرة، بلدية القدس), an
  // organisation labelled with the place and the head in English (Dubai Police), not the place
  // or the state whose capital it is. A state's own bodies are the state (الشرطة الإسرائيلية).
  size_t TryLocalBody(uint32_t s, size_t i, size_t end) {
    if (!Is(Rule::kLocalBody, i) || HasArticle(i) || T(i).enclitic) return 0;
    const auto place = lex_.names().Longest(a_, i + 1, end);
    if (!place.length || T(i + 1).proclitics || L(place.value).info.type != EntityType::kPlace) return 0;
    const auto head = lex_.rule(Rule::kHeadLabel).Longest(a_, i, end);
    if (head.length != 1) return 0;
    const std::string label = BodyLabel(lex_.English(head.value), L(place.value).info.label);
    const int32_t known = lex_.Find(EntityId(label));
    const size_t name_end = i + 1 + place.length;
    const int32_t body = known >= 0 ? FromLexicon(known) : ArticleEntity(EntityId(label), label, EntityType::kOrg);
    Add(body, MentionKind::kName, s, i, name_end);
    return name_end;
  }

  // A collective noun tied to the collective's backer: المجموعات المدعومة من إيران.
  size_t TryBackedGroup(uint32_t s, size_t i, size_t end) {
    const auto noun = lex_.rule(Rule::kGroupNoun).Longest(a_, i, end);
    if (!noun.length) return 0;
    const int32_t collective = noun.value;
    size_t j = i + noun.length;
    while (j < end && Is(Rule::kModifier, j)) ++j;
    if (j >= end || !Is(Rule::kBacking, j)) return 0;
    ++j;
    if (j < end && Is(Rule::kCommon, j) && !lex_.names().Longest(a_, j, end).length) ++j;
    if (j >= end) return 0;
    auto backer = lex_.names().Longest(a_, j, end);
    if (!backer.length || StateOf(backer.value) != L(collective).backer) return 0;
    Add(FromLexicon(collective), MentionKind::kCollective, s, i, j);
    AddName(s, j, backer.length, backer.value);
    return j + backer.length;
  }

  // A known body after its bare head (منظمة هيومن رايتس ووتش، منظمة "هيومن رايتس ووتش") is named
  // with the head, up to token `name_end`: the head alone would be the clause's noun and the
  // body its genitive. 0 where the head is definite or bears a clitic, or the body is no
  // organisation, group or outlet.
  size_t NamedAfterHead(uint32_t s, size_t i, int32_t known, size_t name_end) {
    const EntityType type = L(known).info.type;
    if (HasArticle(i) || T(i).enclitic || (T(i).proclitics & ~kConjWa) ||
        !(type == EntityType::kOrg || type == EntityType::kArmedGroup || type == EntityType::kMedia)) {
      return 0;
    }
    Add(FromLexicon(known), MentionKind::kName, s, i, name_end);
    return name_end;
  }

  // HEAD NAME or HEAD "NAME": حركة بيرغيدا، وكالة "شفق نيوز". A local body without the article
  // heads an organisation's name too where no place the lexicons know follows it (مستشفى طور
  // الباحة، شرطة ويست ميدلاندز; TryLocalBody has read شرطة دبي).
  size_t TryOrganisation(uint32_t s, size_t i, size_t end) {
    auto head = lex_.rule(Rule::kOrgHead).Longest(a_, i, end);
    if (!head.length && Is(Rule::kLocalBody, i) && !HasArticle(i) && !T(i).enclitic) {
      head = {1, static_cast<int32_t>(EntityType::kOrg)};
    }
    if (!head.length) return 0;
    size_t j = i + head.length;
    size_t name_end = j;
    if (j < end && QuoteAt(j)) {
      if (const auto known = lex_.names().Longest(a_, j + 1, end); known.length) {
        const size_t close = j + 1 + known.length;
        if (close < end && IsQuotationMark(Key(close))) return NamedAfterHead(s, i, known.value, close + 1);
        return 0;
      }
      // After a definite head the quotation marks set off what is said of it (التنظيم "المصنف
      // إرهابيا"، المجلس "لنشره أكاذيب"); a name follows the bare head (حركة "النهضة").
      if (HasArticle(i)) return 0;
      size_t k = j + 1;
      while (k < end && k - j <= kMaxQuotedName && T(k).kind != TokenKind::kPunct) ++k;
      if (k == j + 1 || k >= end || !IsQuotationMark(Key(k))) return 0;
      // What the body is deemed, in quotation marks, is no name (صنفتها منظمة "إرهابية").
      if (k == j + 2 && Is(Rule::kDesignation, j + 1)) return 0;
      // After a head with a pronoun (حزبه، شركته، موقعها) the quotation marks set off what is
      // said of one's own, unless no word of theirs is the dictionary's (شركته "بورينغ").
      if (T(i).enclitic && !NoDictionaryWord(j + 1, k)) return 0;
      // An act's verbal noun before a plural of events is the act (تنظيم "مسيرات العودة"
      // "organising the return marches"); groups are named by people and causes (تنظيم "جند
      // الإسلام").
      if (Is(Rule::kActHead, i) && !HasArticle(j + 1) && Key(j + 1).ends_with("\u0627\u062A") &&
          lex_.dictionary().Has(a_.Surface(T(j + 1)))) {
        return 0;
      }
      name_end = k + 1;
    } else {
      if (const auto known = lex_.names().Longest(a_, j, end); known.length) {
        return NamedAfterHead(s, i, known.value, j + known.length);
      }
      // A head with a pronoun is one's own (حزبه، شبكتنا), before what the clause says next.
      if (T(i).enclitic) return 0;
      // A definite head is named by definite words (المركز الثقافي); an indefinite one after it
      // opens the clause's next phrase (اللجنة فيسيلنيتسكايا، المنظمة انتشرت).
      if (HasArticle(i) && j < end && !HasArticle(j)) return 0;
      // A definite head and a nisba no dictionary has describe a body the article names
      // otherwise (النادي الكاتالوني، المجموعة البافارية): a region's or a city's, not a name.
      if (HasArticle(i) && j < end && NisbaShape(Key(j)) &&
          !lex_.dictionary().Has(a_.Surface(T(j))) &&
          (j + 1 >= end || !HasArticle(j + 1) || (T(j + 1).proclitics & ~kArticle))) {
        return 0;
      }
      // A head that is also a quantity, before a word the dictionary has, counts what follows
      // (مجموعة جنود، مجموعة أخرى); a body so headed is named in quotation marks or not in
      // dictionary words (مجموعة أتلانتيا).
      if (Is(Rule::kPartitive, i) && j < end && lex_.dictionary().Has(a_.Surface(T(j)))) return TitledBody(s, i, end);
      // A foreign name no word of which the dictionary has ends before a verb or a noun in the
      // accusative or construct: the clause goes on (صحيفة سوفولك تايمز تقريرا، شركة فوستوك تشغل).
      // Nor does an organisation's own name run into a person's after it (رئيس مجلس بدغيس عبد
      // العزيز بك); after dictionary words the person is its namesake (مركز بحوث جان جوريس), and
      // an outlet's foreign name has given names' words (صحيفة جونغ أنغ دايلي).
      const bool outlet = head.value == static_cast<int32_t>(EntityType::kMedia);
      while (name_end < end && name_end - j < 3 && NameLike(name_end) &&
             (name_end == j || (HasArticle(name_end) == HasArticle(j) &&
                                (outlet || AllDictionaryWords(j, name_end) || !OpensPersonName(name_end, end)))) &&
             !(name_end > j && NoDictionaryWord(j, name_end) &&
               (DictionaryVerb(name_end) || AccusativeNoun(name_end) || MasdarInConstruct(name_end)))) {
        ++name_end;
      }
      if (name_end == j) return TitledBody(s, i, end);
      // Words a dictionary has every one of make a common noun phrase (منظمة إرهابية، التنظيم
      // المتطرف، تنظيم انتخابات) or a body every state has (مجلس الشورى، الحزب الشيوعي), which
      // the lexicons name with their state: no organisation of its own.
      // Armed groups are named with common nouns (كتائب الغضب): theirs must end in an adjective
      // (التنظيم المتطرف، جماعة إرهابية) or be indefinite (تنظيم انتخابات "organising
      // elections", جماعة رجل) to be a common phrase.
      // After a definite head all the words describe it (التنظيم المتطرف الأكثر، الفصيل الوحيد).
      // A head that is an act's verbal noun is the act (تنظيم الانتخابات "organising the elections").
      const bool phrase = head.value != static_cast<int32_t>(EntityType::kArmedGroup) || HasArticle(i) ||
                          Adjective(name_end - 1) || !HasArticle(j) || Is(Rule::kActHead, i);
      if (phrase && AllDictionaryWords(j, name_end)) return TitledBody(s, i, end);
    }
    const auto type = static_cast<EntityType>(head.value);
    // A known name misspelt, with its head or without (منظمة هيومن رايتش ووتش، تنظيم داشع).
    for (const size_t first : {i, j}) {
      std::vector<std::string> words;
      for (size_t k = first; k < name_end; ++k) words.emplace_back(Key(k));
      if (const int32_t known = lex_.BodyLike(words); known >= 0) {
        Add(FromLexicon(known), MentionKind::kName, s, i, name_end);
        return name_end;
      }
    }
    Add(NewEntity(i, name_end, type), MentionKind::kName, s, i, name_end);
    return name_end;
  }

  // HEAD WORDS after an office in it (رئيس لجنة الحج المركزية، مدير مصرف التمويل، المتحدث باسم
  // مركز التنسيق): an organisation named in dictionary words, which alone would be a common
  // phrase; the office vouches that a body is named. Its words are definite, or an indefinite
  // noun in construct before one (جمعية إنقاذ الطفولة) or with ل and the article (للدراسات);
  // there are two or more, and a genitive noun or a state's nisba is among them: a head with
  // adjectives alone is a body every state or party has (المجلس العسكري، اللجنة المركزية). A
  // word a rule knows (مجلس الإدارة، لجنة الشؤون الخارجية) makes it a common phrase, and the
  // phrase ends where a clause or a name goes on. With no office before it, a definite head
  // with the shape of an institution's name (InstitutionShaped) vouches instead. Returns the
  // end token, or 0.
  size_t TitledBodyEnd(uint32_t s, size_t i, size_t end) const {
    constexpr size_t kMaxWords = 5;
    const auto head = lex_.rule(Rule::kOrgHead).Longest(a_, i, end);
    if (!head.length || head.value != static_cast<int32_t>(EntityType::kOrg) || (T(i).proclitics & ~kArticle)) {
      return 0;
    }
    // (A title's own link, باسم, is one too; في and the like are any phrase's.)
    const bool office = i > a_.sentences()[s].first_token &&
                        (Is(Rule::kTitle, i - 1) || Is(Rule::kDirector, i - 1) ||
                         (Is(Rule::kTitleLink, i - 1) && !Is(Rule::kCommon, i - 1)));
    const size_t j = i + head.length;
    const bool shaped = InstitutionShaped(i, j, end);
    if (!office && !shaped) {
      // Such a name ends before anything but another definite word (a verb, في، a comma).
      const size_t k = j + 2;
      const bool ends = k >= end || T(k).kind != TokenKind::kWord || !HasArticle(k) || (T(k).proclitics & ~kArticle);
      return BodyAdjectiveShaped(i, j, end) && ends ? k : 0;
    }
    bool nisba = false, genitive = false;
    size_t k = j;
    for (; k < end && k - j < kMaxWords && T(k).kind == TokenKind::kWord && !used_[k]; ++k) {
      // ل only with the article (للدراسات): on a bare noun it says what for (لتعقب المنشقين).
      const uint8_t clitics = T(k).proclitics;
      if (!IsArabic(a_.Surface(T(k))) || T(k).enclitic || (clitics & ~(kArticle | kPrepLi)) ||
          ((clitics & kPrepLi) && !(clitics & kArticle))) {
        break;
      }
      // (An office's word names what an institution is for: الهيئة العامة للصحة.)
      for (Rule rule : {Rule::kOffice, Rule::kInstitution, Rule::kBareBody, Rule::kOrgHead}) {
        if (Is(rule, k) && !(shaped && rule == Rule::kOffice)) return 0;
      }
      if (lex_.names().Longest(a_, k, end).length || OpensPersonName(k, end) || DictionaryVerb(k) ||
          Is(Rule::kCommon, k) || Is(Rule::kModifier, k) || Is(Rule::kFormer, k) || Is(Rule::kTitle, k)) {
        break;
      }
      if (!HasArticle(k) && !(k + 1 < end && T(k + 1).kind == TokenKind::kWord && HasArticle(k + 1))) break;
      if (k == j && HasArticle(i) && !(clitics & kPrepLi)) {
        // A definite head's first word qualifies it, and agrees with it: الجمعية الطبيب is the
        // association's president, the doctor; المنظمة الصيني, the office's Chinese holder.
        if (!(Adjective(k) || shaped) || (Key(i).ends_with("\u0647") && !Key(k).ends_with("\u0647"))) return 0;
      }
      // After an adjective only adjectives and phrases on ل go on (مركز البحوث العلمية،
      // الاتحاد الإسلامي التركي للشؤون الدينية); a noun there is the next phrase's (جمعية
      // الإغاثة الطبية النجار).
      if (k > j && Adjective(k - 1) && !Adjective(k) && !(clitics & kPrepLi)) break;
      const bool state_nisba = Nisba(k) >= 0;
      nisba = nisba || state_nisba;
      // A word after an indefinite head or noun is its genitive (جمعية حماية المستهلك), whatever
      // its shape.
      const bool in_construct = !HasArticle(k == j ? i : k - 1);
      genitive = genitive || in_construct || (!state_nisba && !Adjective(k));
    }
    while (k > j && !HasArticle(k - 1)) --k;
    // A state's nisba after a named body is its state's, not its name's (مركز البحوث العلمية
    // السوري، جمعية إنقاذ الطفولة البريطانية): the body is named alike without it.
    if (genitive && k - j >= 2 && Nisba(k - 1) >= 0 && NisbaAt(k - 1, k).length) {
      --k;
      nisba = false;
      for (size_t w = j; w < k; ++w) nisba = nisba || Nisba(w) >= 0;
    }
    // One word alone is as often a common phrase's (لجنة التحكيم، مجلس الأمناء، المنظمة
    // الإسرائيلية: the Israeli organisation the article names).
    if (k - j < 2 || !(nisba || genitive)) return 0;
    return EndsBody(k, end) ? k : 0;
  }

  // Whether a definite head [i, j) has the shape of an institution's own name: an adjective that
  // agrees with it, then what it is for on لل (المؤسسة العامة للتأمينات، المجلس الأعلى للقضاء،
  // المنظمة الدولية للهجرة). A common phrase qualifies its head so rarely.
  bool InstitutionShaped(size_t i, size_t j, size_t end) const {
    constexpr std::string_view kHa = "\u0647";  // a folded ta marbuta: the feminine
    // (A participle there describes: الشركة المنفذة للمشروع، الحزب المناهض للهجرة.)
    if (!HasArticle(i) || j + 1 >= end || T(j).kind != TokenKind::kWord || T(j).proclitics & ~kArticle ||
        !HasArticle(j) || ParticipleShape(Key(j)) || (Key(j - 1).ends_with(kHa) != Key(j).ends_with(kHa) && !Adjective(j))) {
      return false;
    }
    const size_t k = Nisba(j + 1) >= 0 || (Adjective(j + 1) && HasArticle(j + 1) && !(T(j + 1).proclitics & ~kArticle)) ? j + 2 : j + 1;
    // (لل is read from the letters: the analysis splits it only off nouns it knows.)
    return k < end && T(k).kind == TokenKind::kWord && a_.Surface(T(k)).starts_with("\u0644\u0644");
  }

  // Whether an indefinite head [i, j) has the shape of an institution's own name: a definite
  // noun in construct, then an adjective of institutions (data/rules.tsv, body_adjective) that
  // qualifies the whole (منظمة الصحة العالمية، حزب الشعوب الديمقراطي). A common phrase's genitive
  // is rarely so qualified (حركة الاحتجاجات الشعبية). A state's nisba there names the body's
  // state, which acts through it (مجلس الشورى الإيراني), as before.
  bool BodyAdjectiveShaped(size_t i, size_t j, size_t end) const {
    auto plain_definite = [&](size_t k) {
      return k < end && T(k).kind == TokenKind::kWord && HasArticle(k) && !(T(k).proclitics & ~kArticle) &&
             !T(k).enclitic;
    };
    auto qualifies = [&](size_t k) { return Nisba(k) >= 0 || Is(Rule::kBodyAdjective, k); };
    if (HasArticle(i) || T(i).enclitic || !plain_definite(j) || !plain_definite(j + 1) || qualifies(j) ||
        !Is(Rule::kBodyAdjective, j + 1)) {
      return false;
    }
    // Nor where the genitive is a word the rules know: a state's body (هيئة الأركان، مجلس
    // الشورى), which is its state, or a person's office (حزب الرئيس: his party, named elsewhere).
    for (Rule rule : {Rule::kOffice, Rule::kInstitution, Rule::kBareBody, Rule::kOrgHead, Rule::kTitle,
                      Rule::kHonorific, Rule::kCommon, Rule::kModifier, Rule::kLegislator}) {
      if (Is(rule, j)) return false;
    }
    return true;
  }

  // Whether a body named in dictionary words ends before token k: at the sentence's end, a
  // function word, a word on a clitic, a nisba, a title or a name; a bare word of any other kind
  // goes on with it, so the phrase is not read whole. Not before في or ب: a body in another
  // (لجنة حقوق الإنسان بالبرلمان المصري، في جنوب السودان) is one of many of that name.
  bool EndsBody(size_t k, size_t end) const {
    if (k >= end || T(k).kind != TokenKind::kWord) return true;
    if ((T(k).proclitics & kPrepBi) || Key(k) == kFi) return false;
    return (T(k).proclitics & ~kArticle) || Is(Rule::kCommon, k) || Is(Rule::kModifier, k) || Is(Rule::kFormer, k) ||
           Is(Rule::kTitle, k) || Nisba(k) >= 0 || lex_.names().Longest(a_, k, end).length || OpensPersonName(k, end);
  }

  size_t TitledBody(uint32_t s, size_t i, size_t end) {
    const size_t k = TitledBodyEnd(s, i, end);
    if (k) Add(NewEntity(i, k, EntityType::kOrg), MentionKind::kName, s, i, k);
    return k;
  }

  // Whether token k opens a person's name of two words or more with a given name (عبد العزيز بك).
  bool OpensPersonName(size_t k, size_t end) const {
    return (lex_.IsGivenName(Key(k)) || Key(k) == kAbd) && NameLength(k, end, true) >= 2;
  }

  // An adjective's shape: a nisba (إرهابي، إرهابية) or a participle (المتطرف، مسلحة).
  bool Adjective(size_t i) const { return NisbaShape(Key(i)) || ParticipleShape(Key(i)); }
  // ـي، ـية (إرهابي، إرهابية): a nisba's shape, on a MatchKey.
  static bool NisbaShape(std::string_view key) { return key.ends_with("\u064A") || key.ends_with("\u064A\u0647"); }
  // مفعول، مفعل، متفعل… (المتطرف، منكوبة): a participle's shape, on a MatchKey.
  static bool ParticipleShape(std::string_view key) {
    return key.starts_with("\u0645") && text::CodePoints(key) >= 5;
  }

  // PLACE-NOUN NAME: a place's noun without the article, then up to three words no lexicon
  // knows (مدينة فردريكتون، بلدة كوربس كريستي), perhaps in quotation marks (قرية "الخان
  // الأحمر"): the place they name. Not where the words are all the dictionary's (منطقة خفض
  // التصعيد) or an indefinite participle describes the place (منطقة منكوبة), and the name's
  // later words are no dictionary words, so that it does not run on into the clause.
  size_t TryPlace(uint32_t s, size_t i, size_t end) {
    const auto head = lex_.rule(Rule::kPlaceHead).Longest(a_, i, end);
    if (!head.length || HasArticle(i)) return 0;
    size_t first = i + head.length;
    const bool quoted = first < end && QuoteAt(first);
    first += quoted;
    size_t last = first;
    while (last < end && last - first < 3 && NameLike(last, true) && !lex_.names().Longest(a_, last, end).length &&
           (last == first || (HasArticle(last) == HasArticle(first) && !CommonWord(last)))) {
      ++last;
    }
    if (last == first || (quoted && (last >= end || !IsQuotationMark(Key(last))))) return 0;
    if (AllDictionaryWords(first, last) || (!HasArticle(first) && Participle(first))) return 0;
    Add(NewEntity(first, last, EntityType::kPlace), MentionKind::kName, s, first, last);
    return last + quoted;
  }

  // A participle in the feminine (منكوبة، محررة).
  bool Participle(size_t i) const { return ParticipleShape(Key(i)) && Key(i).ends_with("\u0647"); }

  // REPORTING-VERB NAME: قال محمد الحلبوسي. Names of one word are left to coreference.
  size_t TryReported(uint32_t s, size_t i, size_t end) {
    size_t cue = Is(Rule::kReportingVerb, i) ? 1 : lex_.rule(Rule::kNameCue).Longest(a_, i, end).length;
    if (!cue) return 0;
    return NewPersonAt(s, SkipHonorifics(i + cue, end), end, false, true);
  }

  // PERSON وGIVEN-NAME NAME…: a name conjoined to a person's, opening with a given name, is
  // another person's (سامر خليل ونبيل عواد), as a verb of saying vouches for one.
  size_t TryConjoinedPerson(uint32_t s, size_t i, size_t end) {
    if (T(i).proclitics != kConjWa || !lex_.IsGivenName(Base(i)) || out_.mentions.empty()) return 0;
    const Mention& before = out_.mentions.back();
    const size_t k = i > a_.sentences()[s].first_token && IsComma(Key(i - 1)) ? i - 1 : i;
    if (before.sentence != s || before.end_token != k || out_.entities[before.entity].type != EntityType::kPerson) {
      return 0;
    }
    // Its other words no dictionary has, given names aside: وميغان عقد قرانهما is a verb's.
    glued_front_ = i;
    const size_t len = NameLength(i, end, false, true);
    const size_t next = len >= 2 && NoCommonAfterFirst(i, len) ? NewPersonAt(s, i, end, false, true) : 0;
    glued_front_ = SIZE_MAX;
    return next;
  }

  // HONORIFIC NAME: a courtesy title or a calling before a name of two words or more (الشيخ
  // شائق محمد، القاضي بيتر ديفيز، اللاعب أنطوان غريزمان), also with the calling's nationality
  // between them (الصحفي السعودي X، الرهينة الفرنسي، X), which stands for its state.
  size_t TryHonorific(uint32_t s, size_t i, size_t end) {
    if (!lex_.rule(Rule::kHonorific).Longest(a_, i, end).length) return 0;
    const size_t j = SkipHonorifics(i, end);
    const auto nisba = HasArticle(i) && j < end && HasArticle(j) ? NisbaAt(j, end) : PhraseTable::Match{};
    if (!nisba.length) return NewPersonAt(s, j, end, false, true);
    const size_t k = j + nisba.length;
    // (Past its second word the name has no dictionary words: الناقد المصري X Y قدم is a verb's.)
    const size_t next = NewPersonAt(s, k < end && IsComma(Key(k)) ? k + 1 : k, end, true, true);
    if (next) {
      Mention person = out_.mentions.back();
      out_.mentions.pop_back();
      Add(FromLexicon(nisba.value), MentionKind::kNisba, s, j, k);
      out_.mentions.push_back(std::move(person));
    }
    return next;
  }

  // GIVEN-NAME NAME…: a name of two words or more that opens with a given name kg knows and goes on
  // with a word no dictionary has (أنطوان غريزمان، بول بوغبا) is a person without a title to
  // introduce it: Arabic has no capitals, but such a pair is a name's.
  size_t TryGivenName(uint32_t s, size_t i, size_t end) {
    // و may be glued to it, in a list of people (وخالد عليان); ل where no dictionary has the word
    // or the next (خلفا لجيرار كولومب, not لصالح نجيرفان: "in favour of Nechirvan"). Not ب or
    // ك: foreign names begin with those letters far more often than a name is governed so (بروك
    // لونغ، كايلي جينر).
    const bool glued = GluedGivenName(i) &&
                       (T(i).proclitics == kConjWa || (T(i).proclitics == kPrepLi && NoDictionaryWord(i, std::min(i + 2, end))));
    if (!(glued || lex_.IsGivenName(Key(i)) || DefiniteGivenName(i, end)) || i + 1 >= end ||
        T(i + 1).kind != TokenKind::kWord ||
        (lex_.dictionary().Has(a_.Surface(T(i + 1))) && !lex_.IsGivenName(Key(i + 1)) && !IsLineage(i + 1))) {
      return 0;
    }
    if (glued) glued_front_ = i;
    const size_t next = NewPersonAt(s, i, end, true);
    glued_front_ = SIZE_MAX;
    return next;
  }

  // A new person whose name starts at `first`, unless a name or a title the lexicons know
  // starts there (وقالت كوريا الجنوبية، وقال ولي العهد), or the name is of one word.
  // `plain`: nothing but the name's own words vouches for it, so that its words after the second
  // are no dictionary words either: past them the clause goes on (كيريل سيريبرينيكوف فيلم).
  size_t NewPersonAt(uint32_t s, size_t first, size_t end, bool plain = false, bool vouched = false) {
    if (first >= end || lex_.names().Longest(a_, first, end).length ||
        lex_.rule(Rule::kTitle).Longest(a_, first, end).length) {
      return 0;
    }
    size_t len = NameLength(first, end, false, vouched);
    for (size_t k = first + 2; plain && k < first + len; ++k) {
      if (CommonWord(k) && !HasArticle(k) && !Joins(k - 1)) len = k - first;
    }
    // Of two units at least: a given name alone (عبد الله) is anyone's; a kunya (أبو زيد) is
    // how some are known.
    size_t units = len;
    for (size_t k = first; k + 1 < first + len; ++k) units -= Key(k) == kAbd || IsLineage(k);
    if (units < 2) return 0;
    // A ship's or a school's name is no person's, nor are its later words (مستشفى أبو يوسف النجار).
    if (NamesThing(first)) {
      std::fill(used_.begin() + static_cast<std::ptrdiff_t>(first), used_.begin() + static_cast<std::ptrdiff_t>(first + len), 1);
      return 0;
    }
    const int32_t person = NewEntity(first, first + len, EntityType::kPerson);
    Add(person, MentionKind::kName, s, first, first + len);
    RegisterShortForm(person, first, first + len);
    return first + len;
  }

  // Whether a name starting at token `first` names a thing after someone, not the person: a
  // place in construct with it (مدرسة مارجوري ستونيمان دوغلاس، متحف "فيكتوريا آند ألبرت"), a ship
  // or an exercise with its definite adjectives between (المدمرة الأمريكية دونالد كوك).
  bool NamesThing(size_t first) const {
    size_t k = first;
    if (k > 0 && QuoteAt(k - 1)) --k;
    if (k > 0 && T(k - 1).kind == TokenKind::kWord && Is(Rule::kNamedPlace, k - 1) && !HasArticle(k - 1)) return true;
    // A saint's name is a place's or a church's (سان ميغيل، ساو برناردو، كنيسة سانت جورج). (Not
    // read from data/rules.tsv: a rule's word is a known word, and لسان would split as ل + سان.)
    if (k > 0 && T(k - 1).kind == TokenKind::kWord && !T(k - 1).proclitics && !T(k - 1).enclitic) {
      static constexpr std::string_view kSaint[] = {"\u0633\u0627\u0646", "\u0633\u0627\u0648",
                                                    "\u0633\u0627\u0646\u062A", "\u0633\u0627\u0646\u062A\u0627"};
      if (std::ranges::find(kSaint, a_.Surface(T(k - 1))) != std::end(kSaint)) return true;
    }
    constexpr size_t kAdjectives = 6;
    for (size_t w = k; w > 0 && w + kAdjectives >= k; --w) {
      if (T(w - 1).kind != TokenKind::kWord) return false;
      if (Is(Rule::kNamedCraft, w - 1)) return true;
      if (!HasArticle(w - 1)) return false;
    }
    return false;
  }

  // --- after the whole article: coreference ---

  // A title the article used with a name stands for that person; an unnamed state official
  // stands for the state.
  void ResolveTitles() {
    for (const PendingTitle& p : pending_) {
      auto it = titles_.find(TitleKey(p.first, p.end));
      if (auto key = LeaderKey(p.office, p.body); it == titles_.end() && !key.empty()) {
        it = titles_.find(key);
      }
      // Never a known person of another state (زعيم كوريا الشمالية is not Trump, whatever the
      // article said before).
      if (it != titles_.end() && p.country >= 0) {
        const auto known = lexicon_of_.find(it->second);
        if (known != lexicon_of_.end() && L(known->second).country >= 0 && L(known->second).country != p.country) {
          it = titles_.end();
        }
      }
      // Nor one the record gives that office at other times only (الرئيس الأميركي جون كندي, in
      // news of 2018): the title alone is then the holder of the article's year.
      if (it != titles_.end() && p.office == Office::kLeader && p.country >= 0 && year_ != 0 &&
          !FormerTitle(p.first, p.end)) {
        const auto known = lexicon_of_.find(it->second);
        if (known != lexicon_of_.end() && FormerHolder(L(known->second), p.office, p.country)) it = titles_.end();
      }
      int32_t holder = -1;
      const size_t title_words = lex_.rule(Rule::kTitle).Longest(a_, p.first, p.end).length;
      if (it == titles_.end() && p.plain && p.office == Office::kLeader) {
        // The seat the whole title names (رئيس الوزراء, not رئيس); a state's other leaders
        // (رئيس الأركان، قائد الجيش) are no head of its state or government.
        const auto seat = lex_.rule(Rule::kLeaderSeat).Longest(a_, p.first, p.end);
        if (seat.length && seat.length == title_words) {
          holder = RecordedLeader(p.country, static_cast<Seat>(seat.value));
          // A former title (الرئيس الأمريكي آنذاك) is no leader of the article's year.
          if (holder >= 0 && year_ != 0 && FormerTitle(p.first, p.end) &&
              !FormerHolder(L(lexicon_of_.at(holder)), Office::kLeader, p.country)) {
            holder = -1;
          }
          // Else the title alone (الرئيس الأمريكي، زعيم كوريا الشمالية), not a past one.
          if (holder < 0 && !FormerTitle(p.first, p.end)) {
            if (const int32_t index = LeaderOfYear(p.country, static_cast<Seat>(seat.value)); index >= 0) {
              holder = FromLexicon(index);
            }
          }
        }
      }
      if (it != titles_.end()) {
        Add(it->second, MentionKind::kTitle, p.sentence, p.first, p.end);
      } else if (holder >= 0) {
        Mention& m = Add(holder, MentionKind::kTitle, p.sentence, p.first, p.end);
        m.title_first = p.first;
        m.title_end = p.end;
        m.office = p.office;
        m.affiliation = FromLexicon(p.country);
        // The state inside is named too, as beside a name (رئيس الوزراء *العراقي* محمد شياع السوداني).
        AddStatePart(p.sentence, p.first + title_words, p.end);
      } else if (p.country >= 0 && L(p.country).info.type == EntityType::kCountry) {
        Add(FromLexicon(p.country), MentionKind::kInstitution, p.sentence, p.first, p.end);
      } else if (p.country < 0 && p.body < 0) {
        // A title of a body no state qualifies (المتحدث باسم وزارة الدفاع) stands for the
        // body's state, as the body alone would.
        if (const auto [first, end] = BareBodyIn(p.first + 1, p.end); first < end) {
          bare_bodies_.push_back({p.sentence, p.first, p.end, first, end, false});
        }
      }
    }
  }

  // Whether a title, or the word after it, makes it one no longer held (الرئيس الأمريكي السابق).
  bool FormerTitle(size_t first, size_t end) const {
    for (size_t k = first; k <= end && k < a_.tokens().size(); ++k) {
      if (Is(Rule::kFormer, k)) return true;
    }
    return false;
  }

  // Whether the record gives a person an office over a body, but not in the article's year.
  bool FormerHolder(const LexiconEntity& person, Office office, int32_t body) const {
    bool held = false;
    for (const LexiconRole& role : person.roles) {
      if (role.office != office || role.body != body) continue;
      if (role.HeldIn(year_)) return false;
      held = true;
    }
    return held;
  }

  // Whether a role of the record is the leadership of a state or body in the article's year (in
  // any year, undated).
  bool Leads(const LexiconRole& role, int32_t body) const {
    return role.office == Office::kLeader && role.body == body && (year_ == 0 || role.HeldIn(year_));
  }

  // Whether a leader's role can be the one a title's seat names. A role whose seat the record
  // does not give fits any title of a person the article names, and alone only a president's
  // or an unseated title: the record may lack the prime minister or the king, whose title
  // would then go to the president.
  static bool Fits(const LexiconRole& role, Seat title, bool named) {
    if (title == Seat::kAny) return true;
    if (role.seat == Seat::kAny) return named || title == Seat::kPresident;
    return role.seat == title;
  }

  // The one person the record seats as the leader of a state in the article's year, whether the
  // article names them or not (the lexicon's index), or -1: what a leader's title with no name
  // stands for in dated news (الزعيم الكوري الشمالي، الرئيس التركي in 2018, when Erdogan is the
  // president and Yildirim the prime minister). Not undated, nor where two fit the seat.
  int32_t LeaderOfYear(int32_t state, Seat seat) const {
    if (year_ == 0 || state < 0 || L(state).info.type != EntityType::kCountry) return -1;
    int32_t found = -1;
    for (const int32_t person : lex_.RecordedLeaders(state)) {
      for (const LexiconRole& role : L(person).roles) {
        if (!Leads(role, state) || !Fits(role, seat, false)) continue;
        if (found >= 0 && found != person) return -1;
        found = person;
      }
    }
    return found;
  }

  // The person the article names whom the record makes the leader of a state in the seat a
  // title names (in the article's year, when it has one), or -1: the holder a leader's title
  // with no name stands for (ابنة الرئيس الأمريكي، in an article that names ترامب). Not when the
  // record has another leader in that seat at the same time: where it does not say which seat
  // each holds, a president and a prime minister are both leaders, and the title may be the
  // other's.
  int32_t RecordedLeader(int32_t state, Seat seat) const {
    if (state < 0 || L(state).info.type != EntityType::kCountry) return -1;
    auto overlap = [&](const LexiconRole& a, const LexiconRole& b) {
      // One taking over from the other in the article's year is a succession, and the article
      // names the one it speaks of (Abiy Ahmed after Hailemariam Desalegn, both in 2018).
      if (year_ != 0) return a.HeldIn(year_) && b.HeldIn(year_) && a.from != b.to && b.from != a.to;
      // Undated, terms that only share the year one handed over to the other do not overlap.
      return (b.to == 0 || a.from < b.to) && (a.to == 0 || b.from < a.to);
    };
    int32_t found = -1;
    for (const auto& [entity, index] : lexicon_of_) {
      for (const LexiconRole& role : L(index).roles) {
        if (!Leads(role, state) || !Fits(role, seat, true)) continue;
        for (const int32_t other : lex_.RecordedLeaders(state)) {
          if (other == index) continue;
          for (const LexiconRole& theirs : L(other).roles) {
            if (theirs.office == Office::kLeader && theirs.body == state && Fits(theirs, seat, true) && overlap(role, theirs)) {
              return -1;
            }
          }
        }
        if (found >= 0 && found != entity) return -1;
        found = entity;
      }
    }
    return found;
  }

  // A state body with no nisba (الحكومة، وزارة الدفاع) is the state the article named it with:
  // the nearest naming before it, else the first after it when every naming is of one state,
  // else the state the article is about.
  // A state body the lexicon knows by a name only in its state's news (مجلس الشيوخ@ the US,
  // مجلس العموم@ Britain) is that state where the article names it, and elsewhere a body with no
  // state: the state the article is about (a senate in news of Pakistan is Pakistan's).
  void ResolveContextualBodies() {
    for (const ContextualBody& body : contextual_bodies_) {
      if (NamesSoFar(L(body.index).context)) {
        Add(FromLexicon(L(body.index).capital_of), MentionKind::kCapital, body.sentence, body.first, body.end);
      } else {
        bare_bodies_.push_back({body.sentence, body.first, body.end, body.first, body.end, false});
      }
    }
  }

  void ResolveBareBodies(int32_t home) {
    if (bare_bodies_.empty()) return;
    for (const BareBody& bare : bare_bodies_) {
      const bool in_title = bare.body_first != bare.first || bare.body_end != bare.end;
      if (!in_title && std::any_of(used_.begin() + bare.first, used_.begin() + bare.end, [](uint8_t u) { return u != 0; })) {
        continue;
      }
      const auto [from, to] = bodies_.equal_range(TitleKey(bare.body_first, bare.body_end));
      int32_t before = -1, after = -1;
      uint32_t nearest = 0;
      bool one_state = true;
      for (auto it = from; it != to; ++it) {
        const BodyNamed& named = it->second;
        if (named.first < bare.first && (before < 0 || named.first > nearest)) before = named.state, nearest = named.first;
        if (after >= 0 && named.state != after) one_state = false;
        if (after < 0) after = named.state;
      }
      int32_t state = before >= 0 ? before : one_state ? after : -1;
      // A body placed somewhere (وزارة الصحة في غزة) may be another state's than the article's.
      const bool next = bare.end < a_.sentences()[bare.sentence].end_token;
      const bool placed = next && Is(Rule::kLocative, bare.end);
      // One that only a naming vouches for is no body before a place or a definite adjective
      // (النظام في سوريا، النظام النسبي).
      if (bare.named_only &&
          (placed || (next && T(bare.end).kind == TokenKind::kWord && HasArticle(bare.end) && !used_[bare.end]))) {
        continue;
      }
      if (state < 0 && !placed && !bare.named_only) state = home;
      if (state < 0) continue;
      if (bare.holder >= 0) {
        out_.mentions[static_cast<size_t>(bare.holder)].affiliation = FromLexicon(state);
      } else {
        Add(FromLexicon(state), MentionKind::kInstitution, bare.sentence, bare.first, bare.end);
      }
    }
  }

  // An opposition no nisba qualifies (المعارضة، الفصائل المعارضة، مقاتلي المعارضة) is the one
  // the article last named (المعارضة السورية), else the opposition of the state it is about.
  void ResolveOpposition(int32_t home) {
    const auto& rule = lex_.rule(Rule::kOpposition);
    std::vector<std::pair<uint32_t, int32_t>> named;  // (first token, lexicon index) of oppositions
    for (const Mention& m : out_.mentions) {
      if (auto known = lexicon_of_.find(m.entity); known != lexicon_of_.end() && L(known->second).opposition_of >= 0) {
        named.emplace_back(m.first_token, known->second);
      }
    }
    // Most articles name no opposition and are about no state that has one: no pass over them.
    if (named.empty() && (home < 0 || lex_.OppositionOf(home) < 0)) return;
    std::ranges::sort(named);
    const auto& sentences = a_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (size_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
        if (used_[i] || T(i).kind != TokenKind::kWord) continue;
        const size_t n = rule.Longest(a_, i, sentences[s].end_token).length;
        // Without the article معارضة is the verbal noun (قاد معارضة المطالبات).
        if (!n || (n == 1 && !HasArticle(i))) continue;
        const size_t end = i + n;
        int32_t opposition = home >= 0 ? lex_.OppositionOf(home) : -1;
        for (const auto& [first, index] : named) {
          if (first >= i) break;
          opposition = index;
        }
        // Before a nisba it is another state's; before a place of another state too (المعارضة في
        // فنزويلا), not one of its own or one the lexicon places nowhere (في مدينة درعا).
        if (end < sentences[s].end_token && Nisba(end) >= 0) continue;
        if (opposition >= 0 && end < sentences[s].end_token && Is(Rule::kLocative, end)) {
          const int32_t where = StateAfter(end + 1, sentences[s].end_token);
          if (where >= 0 && where != L(opposition).opposition_of) continue;
        }
        if (opposition >= 0) Add(FromLexicon(opposition), MentionKind::kShortForm, s, i, end);
        i = end - 1;
      }
    }
  }

  // The state of the place or state named at token k or, past a word such as مدينة, at k + 1;
  // -1 for none.
  int32_t StateAfter(size_t k, size_t end) const {
    for (size_t j = k; j < end && j <= k + 1; ++j) {
      if (const auto n = lex_.names().Longest(a_, j, end); n.length) {
        const int32_t state = StateOf(n.value);
        return state >= 0 ? state : L(n.value).country;
      }
    }
    return -1;
  }

  // The state an article is about: the one it names most, and at least twice as often as any
  // other (an article on Lebanon's parliament calls it مجلس النواب without its nisba), or, not
  // `clearly`, more often than any other. -1 when no state stands out.
  int32_t HomeState(bool clearly = true) const {
    std::unordered_map<int32_t, uint32_t> named;  // lexicon index -> mentions
    for (const Mention& m : out_.mentions) {
      if (out_.entities[m.entity].type != EntityType::kCountry) continue;
      if (auto known = lexicon_of_.find(m.entity); known != lexicon_of_.end()) ++named[known->second];
    }
    int32_t best = -1;
    uint32_t most = 0, second = 0;
    for (const auto& [state, count] : named) {
      if (count > most) second = most, most = count, best = state;
      else if (count > second) second = count;
    }
    return most >= 2 && (clearly ? most >= 2 * second : most > second) ? best : -1;
  }

  // A definite organisation head alone (الحركة، التحالف، المنظمة) is the organisation the
  // article last named whose name opens with that head (حركة حماس، التحالف العربي), as a family
  // name stands for a person; else the one the lexicon says an article about its state calls so
  // (local=: التحالف in an article about Yemen). Not before a definite word or a nisba, which
  // name another (الحزب الحاكم، الحركة الإسلامية), save an epithet (الحركة المتشددة). A city's
  // body (local_body: الشرطة، المستشفى) is the one the article named with its place (شرطة دبي),
  // before a state's body is read.
  void ResolveHeadNouns(int32_t home) {
    const bool organisations = std::ranges::any_of(out_.mentions, [&](const Mention& m) { return Organisation(m.entity); });
    if (!organisations && home < 0) return;
    const auto& sentences = a_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (size_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
        if (used_[i] || T(i).kind != TokenKind::kWord || T(i).enclitic || !HasArticle(i)) continue;
        const bool local = Is(Rule::kLocalBody, i);
        if (!local && !Is(Rule::kOrgHead, i)) continue;
        // A city's body goes on with what it does (قطعت الشرطة الطرق، الشرطة المحلية) unless it is
        // placed elsewhere (الشرطة في لندن).
        if (const size_t next = i + 1;
            next < sentences[s].end_token && T(next).kind == TokenKind::kWord &&
            (Nisba(next) >= 0 || (local ? Is(Rule::kLocative, next) : HasArticle(next) && !Is(Rule::kEpithet, next)))) {
          continue;
        }
        int32_t found = organisations ? NamedWithHead(i, local) : -1;
        if (found < 0 && home >= 0) {
          if (const int32_t local = lex_.LocalOrganisation(home, Base(i)); local >= 0) found = FromLexicon(local);
        }
        if (found >= 0) Add(found, MentionKind::kShortForm, s, i, i + 1);
      }
    }
  }

  bool Organisation(int32_t entity) const {
    const EntityType type = out_.entities[entity].type;
    return type == EntityType::kOrg || type == EntityType::kArmedGroup;
  }

  // The organisation the article last named before token i with the head word at i, or -1: by
  // the names the article gives it (a new organisation has no others: حزب سيريزا، شرطة دبي) or
  // the lexicon's. A city's body (`local`) only by one the article gave it with the head
  // without the article (شرطة دبي; the lexicon's الشرطة الدولية, Interpol, is none).
  int32_t NamedWithHead(size_t i, bool local) const {
    const std::string_view key = Key(i), base = Base(i);
    auto is_head = [&](std::string_view head) { return head == key || head == base; };
    int32_t found = -1;
    uint32_t nearest = 0;
    for (const Mention& m : out_.mentions) {
      if (m.first_token >= i || (found >= 0 && m.first_token < nearest) || !Organisation(m.entity)) continue;
      bool named = (!local || !HasArticle(m.first_token)) && is_head(text::Split(text::MatchKey(m.surface), ' ').front());
      if (!named && !local) {
        if (auto known = lexicon_of_.find(m.entity); known != lexicon_of_.end()) {
          named = std::ranges::any_of(lex_.AliasHeads(known->second), is_head);
        }
      }
      if (named) found = m.entity, nearest = m.first_token;
    }
    return found;
  }

  // The person a known one-word name that needs a context (كيم@north_korea) at token i stands
  // for, or -1: the one the article names in full with that word (كيم يونغ تشول), else the
  // lexicon's person where the article names the context.
  int32_t ContextFamilyNameAt(size_t i) {
    if (T(i).kind != TokenKind::kWord || HasArticle(i) || lex_.ContextFamilyName(NameWord(i)) < 0) return -1;
    if (const auto named = name_words_.find(Base(i)); named != name_words_.end()) {
      if (const int32_t context = ContextOverOwner(i, named->second); context >= 0) return context;
      return named->second;
    }
    const int32_t known = ContextPersonAt(i);
    return known >= 0 ? FromLexicon(known) : -1;
  }

  // The lexicon's person a known one-word name that needs a context at token i stands for where
  // the article names the context so far and no one else it names in full has the word, or -1.
  int32_t ContextPersonAt(size_t i) const {
    if (T(i).kind != TokenKind::kWord || HasArticle(i)) return -1;
    const int32_t known = lex_.ContextFamilyName(NameWord(i));
    if (known < 0) return -1;
    if (const auto named = name_words_.find(Base(i)); named != name_words_.end()) {
      const auto it = named->second >= 0 ? lexicon_of_.find(named->second) : lexicon_of_.end();
      return it != lexicon_of_.end() && it->second == known ? known : -1;
    }
    return ContextNamed(known, i) ? known : -1;
  }

  // The lexicon's person a one-word name that needs a context at token i stands for when the
  // record makes them a leader and the article names the context, whoever else has the word; or -1.
  int32_t ContextLeaderAt(size_t i) {
    if (T(i).kind != TokenKind::kWord || HasArticle(i)) return -1;
    const int32_t known = lex_.ContextFamilyName(NameWord(i));
    if (known < 0 || !Leads(known) || !ContextNamed(known, i)) return -1;
    return FromLexicon(known);
  }

  // Whether the record gives the lexicon's person `index` a leader's office, at any time.
  bool Leads(int32_t index) const {
    return std::ranges::any_of(L(index).roles, [](const LexiconRole& r) { return r.office == Office::kLeader; });
  }

  // Whether the article so far names the context of the one-word name at token i of the
  // lexicon's person `known`.
  bool ContextNamed(int32_t known, size_t i) const {
    return NamesSoFar(lex_.NameContext(known, std::string(NameWord(i))));
  }

  // The person a one-word name that needs a context (كيم@north_korea) at token i stands for,
  // where the person named with it, `owner`, is known to serve another state (سونغ كيم، توني
  // كيم: Americans) and the article names the context: قمة ترامب وكيم is Kim Jong-un's. Else -1.
  int32_t ContextOverOwner(size_t i, int32_t owner) {
    const int32_t known = lex_.ContextFamilyName(NameWord(i));
    const auto of_owner = owner >= 0 ? lexicon_of_.find(owner) : lexicon_of_.end();
    if (known < 0 || of_owner == lexicon_of_.end() || of_owner->second == known || L(known).country < 0 ||
        L(of_owner->second).country < 0 || L(of_owner->second).country == L(known).country ||
        !ContextNamed(known, i)) {
      return -1;
    }
    return FromLexicon(known);
  }

  // Whether a mention read so far is of the lexicon's entity `index`.
  bool NamesSoFar(int32_t index) const {
    return std::ranges::any_of(out_.mentions, [&](const Mention& m) {
      const auto it = lexicon_of_.find(m.entity);
      return it != lexicon_of_.end() && it->second == index;
    });
  }

  // The family name of a person named in full stands for them wherever else it is used, and so
  // does a known one-word name that needs a context (كيم@north_korea). A new person of that one
  // word is the person it stands for.
  void ResolveShortForms() {
    // A new name of two words, the family name of someone the article names in full and a
    // dictionary word (فريق دفاع بوغدير انتقد, read before ميلينا بوغدير is named), is that
    // person's family name and the clause's next word: the name ran on where the family name was
    // not yet known.
    std::unordered_map<int32_t, int32_t> run_on;  // new entity -> the person
    for (const Mention& m : out_.mentions) {
      if (m.kind != MentionKind::kName || m.end_token != m.first_token + 2 || lexicon_of_.contains(m.entity) ||
          out_.entities[m.entity].type != EntityType::kPerson || HasArticle(m.first_token + 1) ||
          !CommonWord(m.first_token + 1)) {
        continue;  // (a definite word is a family name: محمد المطير is not مهاتير محمد)
      }
      const auto it = short_forms_.find(ShortFormKey(m.first_token));
      if (it != short_forms_.end() && it->second != m.entity) run_on.emplace(m.entity, it->second);
    }
    for (Mention& m : out_.mentions) {
      const auto it = run_on.find(m.entity);
      if (it == run_on.end()) continue;
      m.entity = it->second;
      if (m.kind == MentionKind::kName && m.end_token == m.first_token + 2) {
        SetTokens(m, m.first_token, m.first_token + 1);
        m.kind = MentionKind::kShortForm;
      }
    }
    // Nor does the clause's word stand alone for anyone later (قرار after أعلن غني قرار حكومته).
    absl::erase_if(short_forms_, [&](const auto& entry) { return run_on.contains(entry.second); });
    // A known person's one-word name (مولر, Robert Mueller's) after the article named someone
    // else in full with it (كارين مولر), where it never names the known person in full, is that
    // someone's family name.
    std::unordered_map<int32_t, uint32_t> named_in_full;  // person -> the first token of their first full name
    for (const Mention& m : out_.mentions) {
      if (m.kind == MentionKind::kName && m.end_token >= m.first_token + 2) named_in_full.try_emplace(m.entity, m.first_token);
    }
    for (Mention& m : out_.mentions) {
      if (m.kind != MentionKind::kName || m.end_token != m.first_token + 1 || !lexicon_of_.contains(m.entity) ||
          out_.entities[m.entity].type != EntityType::kPerson || named_in_full.contains(m.entity)) {
        continue;
      }
      const auto it = short_forms_.find(ShortFormKey(m.first_token));
      if (it == short_forms_.end() || it->second == m.entity || lexicon_of_.contains(it->second) ||
          m.office != Office::kNone) {
        continue;  // (the lexicon's Melania Trump and الرئيس ترامب leave ترامب to Donald Trump)
      }
      if (const auto full = named_in_full.find(it->second); full != named_in_full.end() && full->second < m.first_token) {
        m.entity = it->second;
        m.kind = MentionKind::kShortForm;
      }
    }
    for (Mention& m : out_.mentions) {
      if (m.end_token != m.first_token + 1 || lexicon_of_.contains(m.entity) ||
          out_.entities[m.entity].type != EntityType::kPerson) {
        continue;
      }
      int32_t person = ContextFamilyNameAt(m.first_token);
      // A leader's title before a one-word name that several people the article named share
      // (الزعيم كيم, where كيم يو جونغ is named too) is the leader the record knows by it.
      if (person < 0 && m.office == Office::kLeader) person = ContextLeaderAt(m.first_token);
      if (person >= 0) {
        m.entity = person;
        m.kind = MentionKind::kShortForm;
      }
    }
    const auto& sentences = a_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (size_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
        if (used_[i] || T(i).kind != TokenKind::kWord) continue;
        auto it = short_forms_.find(ShortFormKey(i));
        if (it == short_forms_.end()) {
          if (const int32_t person = ContextFamilyNameAt(i); person >= 0) Add(person, MentionKind::kShortForm, s, i, i + 1);
          continue;
        }
        if (SomeoneElsesGivenNameBefore(s, i, it->second)) {
          Add(NewEntity(i - 1, i + 1, EntityType::kPerson), MentionKind::kName, s, i - 1, i + 1);
          continue;
        }
        const int32_t context = ContextOverOwner(i, it->second);
        Add(context >= 0 ? context : it->second, MentionKind::kShortForm, s, i, i + 1);
      }
    }
    // A family name whose ك the analysis read as the preposition (كروك as ك + روك، كينغ) keeps
    // it alone as in the full name, where no word after the first opens with a preposition.
    std::unordered_set<int32_t> glued_ka;
    for (const Mention& m : out_.mentions) {
      if (m.end_token >= m.first_token + 2 && (T(m.end_token - 1).proclitics & kPrepKa)) glued_ka.insert(m.entity);
    }
    for (Mention& m : out_.mentions) {
      if (m.kind == MentionKind::kShortForm && m.end_token == m.first_token + 1 &&
          (T(m.first_token).proclitics & kPrepKa) && glued_ka.contains(m.entity)) {
        SetTokens(m, m.first_token, m.end_token, kPrepKa);
      }
    }
  }

  // Whether a given name kg knows that cannot spell the person's own stands before their family
  // name at token i (برونو روجيه after فرانسوا دو روجي): the name of another person.
  bool SomeoneElsesGivenNameBefore(uint32_t s, size_t i, int32_t person) const {
    const size_t k = i - 1;
    if (i == a_.sentences()[s].first_token || T(i).proclitics || !NameLike(k) || HasArticle(k) || Joins(k) ||
        !lex_.IsGivenName(Key(k)) || NamedWith(k) == person) {
      return false;
    }
    if (const auto known = lexicon_of_.find(person); known != lexicon_of_.end()) {
      return !lex_.MaySpellGivenName(known->second, Key(k));
    }
    const std::string_view initial = text::CodePointSlice(Key(k), 0, 1);
    return std::ranges::none_of(out_.entities[person].aliases, [&](const std::string& name) {
      return text::MatchKey(name).starts_with(initial);
    });
  }

  // The units of a name as written, by MatchKey: its words, with عبد، أبو، بن and ابن joined to
  // the word after them (عبد الله is one given name).
  static std::vector<std::string> NameUnits(std::string_view surface) {
    std::vector<std::string> units;
    bool joined = false;
    const std::string key = text::MatchKey(surface);
    for (std::string_view word : text::Split(key, ' ')) {
      if (word.empty()) continue;
      if (joined) units.back().append(" ").append(word);
      else units.emplace_back(word);
      joined = word == kAbd || word == kAbu || word == "\u0628\u0646" ||
               word == "\u0627\u0628\u0646";
    }
    return units;
  }

  // "His country" or "her country" (قال لافروف إن بلاده، دعم بلاده لـ، قنصلية بلادها) is the
  // state of the person the sentence named first, its subject or speaker, before it, or else of
  // the previous sentence's: the state their title gives them in the article (وزير الخارجية
  // الإيراني), else the lexicon's. Not in a title (وزيرة خارجية بلاده), which its holder's name
  // stands beside.
  void ResolveHisCountry() {
    const auto& sentences = a_.sentences();
    std::vector<int32_t> state_of(out_.entities.size(), -1);  // article entity -> article entity
    std::vector<std::pair<uint32_t, int32_t>> people;            // (first token, entity), in text order
    for (const Mention& m : out_.mentions) {
      if (out_.entities[m.entity].type != EntityType::kPerson) continue;
      people.emplace_back(m.first_token, m.entity);
      if (m.affiliation >= 0 && out_.entities[m.affiliation].type == EntityType::kCountry) {
        state_of[m.entity] = m.affiliation;
      }
    }
    if (people.empty()) return;
    std::ranges::sort(people);
    for (uint32_t s = 0; s < sentences.size(); ++s) {
      for (size_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
        if (used_[i] || !a_.HisOrHer(T(i)) || Base(i) != kBilad) continue;
        if (i > sentences[s].first_token && (Is(Rule::kTitle, i - 1) || Is(Rule::kOffice, i - 1))) continue;
        auto first_in = [&](uint32_t sentence) {
          const auto it = std::ranges::lower_bound(people, std::pair<uint32_t, int32_t>{sentences[sentence].first_token, -1});
          return it != people.end() && it->first < std::min<size_t>(i, sentences[sentence].end_token) ? it->second : -1;
        };
        int32_t person = first_in(s);
        if (person < 0 && s > 0) person = first_in(s - 1);
        if (person < 0) continue;
        int32_t state = state_of[person];
        if (state < 0) {
          const auto known = lexicon_of_.find(person);
          if (known == lexicon_of_.end() || L(known->second).country < 0) continue;
          state = FromLexicon(L(known->second).country);
        }
        Add(state, MentionKind::kHisCountry, s, i, i + 1);
      }
    }
  }

  // A new person the article names by one word only (الزعيم كيم، وأضاف مون، الأمير هاري) is
  // its person named in full whose first or last word that is (كيم جونغ أون، مون جاي إن), when
  // exactly one is: East Asian family names come first, and royals and leaders are called by
  // their given names. Else it is the known person whose family name follows it, when it may
  // spell their given name (جيمي كومي), or, after a title that names no body (الملك عبدالله),
  // the one holder of that office the record names so in the state the article is about.
  void MergeOneWordPeople(int32_t home) {
    std::unordered_map<std::string, std::vector<int32_t>> by_unit;  // first or last unit -> people
    std::unordered_map<int32_t, std::string> one_word;               // new person -> its one unit
    std::unordered_set<int32_t> longer;                              // people named in several units
    std::unordered_map<int32_t, std::pair<Office, Seat>> titled;     // people a title introduces
    for (const Mention& m : out_.mentions) {
      if (out_.entities[m.entity].type != EntityType::kPerson || m.kind != MentionKind::kName) continue;
      if (m.title_end > m.title_first) {
        titled.try_emplace(m.entity, m.affiliation < 0 ? m.office : Office::kNone, TitleSeat(m.title_first, m.title_end));
      }
      const auto units = NameUnits(m.surface);
      if (units.size() >= 2) {
        longer.insert(m.entity);
        for (const std::string* unit : {&units.front(), &units.back()}) {
          auto& people = by_unit[*unit];
          if (std::ranges::find(people, m.entity) == people.end()) people.push_back(m.entity);
        }
      } else if (units.size() == 1 && !lexicon_of_.contains(m.entity)) {
        one_word.try_emplace(m.entity, units.front());
      }
    }
    std::unordered_map<int32_t, int32_t> merged;
    for (const auto& [person, unit] : one_word) {
      if (longer.contains(person)) continue;
      auto it = by_unit.find(unit);
      const auto title = titled.find(person);
      if (it != by_unit.end() && it->second.size() == 1 && it->second.front() != person) {
        merged[person] = it->second.front();
      } else if (const int32_t known = KnownFamilyNameAfter(person, unit); known >= 0) {
        merged[person] = known;
      } else if (const int32_t holder = title != titled.end() && home >= 0
                                            ? lex_.HolderNamed(title->second.first, home, unit, year_, title->second.second)
                                            : -1;
                 holder >= 0) {
        merged[person] = FromLexicon(holder);
      }
    }
    for (Mention& m : out_.mentions) {
      if (auto it = merged.find(m.entity); it != merged.end()) {
        m.entity = it->second;
        m.kind = MentionKind::kShortForm;
      }
    }
  }

  // The known person whose family name, written alone, follows a name of the new person (one
  // unit) that may spell the known one's given name (جيمي كومي، سيرغي) لافروف), or -1: the lexicon
  // took the family name first, and the given name, spelled otherwise than recorded, was left
  // to stand for a person of its own.
  int32_t KnownFamilyNameAfter(int32_t person, const std::string& unit) const {
    for (const Mention& m : out_.mentions) {
      if (m.entity != person) continue;
      size_t next = m.end_token;
      if (next < a_.tokens().size() && T(next).kind == TokenKind::kPunct && !IsComma(Key(next))) ++next;
      for (const Mention& after : out_.mentions) {
        if (after.first_token != next || after.sentence != m.sentence) continue;
        const auto known = lexicon_of_.find(after.entity);
        if (known == lexicon_of_.end() || L(known->second).info.type != EntityType::kPerson ||
            NameUnits(after.surface).size() != 1 || !lex_.MaySpellGivenName(known->second, unit)) {
          continue;
        }
        return after.entity;
      }
    }
    return -1;
  }

  // A name two entities share is the one the names table gives it (عمان: Oman) unless the
  // article names the other's context (Jordan, for Amman) and calls the first by no other name
  // (سلطنة عمان، العماني). A capital so read is its state where it acts, as AddName reads it; a
  // name in a list of states (الأردن وعمان والكويت) stays a state.
  void ReadNamesakes(std::unordered_map<int32_t, std::vector<uint32_t>>& named_in) {
    std::vector<std::string> keys(out_.mentions.size());
    for (size_t k = 0; k < out_.mentions.size(); ++k) {
      const Mention& m = out_.mentions[k];
      if (m.kind == MentionKind::kName && lexicon_of_.contains(m.entity)) keys[k] = text::MatchKey(m.surface);
    }
    for (size_t k = 0; k < out_.mentions.size(); ++k) {
      Mention& m = out_.mentions[k];
      if (keys[k].empty()) continue;
      const int32_t other = lex_.Namesake(keys[k]);
      if (other < 0 || other == lexicon_of_.at(m.entity)) continue;
      const int32_t needed = lex_.NameContext(other, keys[k]);
      if (needed < 0 || !named_in.contains(needed)) continue;
      const bool named_otherwise = std::ranges::any_of(out_.mentions, [&](const Mention& n) {
        return n.entity == m.entity && text::MatchKey(n.surface) != keys[k];
      });
      if (named_otherwise || InListOfStates(m)) continue;
      const LexiconEntity& e = L(other);
      const bool capital = ActsForState(e, m.sentence, m.first_token);
      m.entity = FromLexicon(capital ? e.capital_of : other);
      m.kind = capital ? MentionKind::kCapital : MentionKind::kName;
      named_in[capital ? e.capital_of : other].push_back(m.sentence);
    }
  }

  // Whether a mention is conjoined with a state's (الأردن وعمان، عمان والكويت).
  bool InListOfStates(const Mention& m) const {
    auto state = [&](auto&& where) {
      return std::ranges::any_of(out_.mentions, [&](const Mention& n) {
        return where(n) && out_.entities[n.entity].type == EntityType::kCountry;
      });
    };
    const bool after_state = (T(m.first_token).proclitics & kConjWa) &&
                             state([&](const Mention& n) { return n.end_token == m.first_token; });
    const bool before_state = m.end_token < a_.tokens().size() && (T(m.end_token).proclitics & kConjWa) &&
                              state([&](const Mention& n) { return n.first_token == m.end_token; });
    return after_state || before_state;
  }

  // Drops mentions of entities whose context the article lacks, records surfaces as
  // aliases, and puts the mentions in text order.
  void Finish() {
    // The sentences each lexicon entity is named in.
    std::unordered_map<int32_t, std::vector<uint32_t>> named_in;
    for (const Mention& m : out_.mentions) {
      if (auto it = lexicon_of_.find(m.entity); it != lexicon_of_.end()) named_in[it->second].push_back(m.sentence);
    }
    ReadNamesakes(named_in);
    // A collective (the unnamed militias of Iraq) needs its context named within a few
    // sentences: a long article that names Iraq once also speaks of Yemen's and Syria's
    // militias. In an article that names another state more often, which is about that state's
    // war (the Syrian regime's militias, Gaddafi's), only in its own sentence (ميليشياتها في
    // العراق). Other names need their context anywhere in the article.
    constexpr uint32_t kCollectiveWindow = 3;
    auto collective_window = [&](int32_t state) {
      const size_t own = named_in.contains(state) ? named_in.at(state).size() : 0;
      for (const auto& [index, sentences] : named_in) {
        if (index != state && L(index).info.type == EntityType::kCountry && sentences.size() > own) return uint32_t{0};
      }
      return kCollectiveWindow;
    };
    // A name whose context is its own entity (الصدر@muqtada_al_sadr: a dictionary word too, the
    // chest) needs the article to name the entity otherwise, by a name or a title.
    std::unordered_set<int32_t> named_otherwise;
    for (const Mention& m : out_.mentions) {
      // (Only the few entities with a name context need their mentions' keys: MatchKey is ICU work.)
      if (auto it = lexicon_of_.find(m.entity); it != lexicon_of_.end() &&
          (m.kind != MentionKind::kName || !lex_.HasNameContext(it->second) ||
           lex_.NameContext(it->second, text::MatchKey(m.surface)) != it->second)) {
        named_otherwise.insert(it->second);
      }
    }
    std::erase_if(out_.mentions, [&](const Mention& m) {
      auto it = lexicon_of_.find(m.entity);
      if (it == lexicon_of_.end()) return false;
      if (m.kind == MentionKind::kName && lex_.HasNameContext(it->second)) {
        if (const int32_t needed = lex_.NameContext(it->second, text::MatchKey(m.surface));
            needed >= 0 && !(needed == it->second ? named_otherwise.contains(needed) : named_in.contains(needed))) {
          return true;
        }
      }
      if (L(it->second).context < 0) return false;
      const auto context = named_in.find(L(it->second).context);
      if (context == named_in.end()) return true;
      if (L(it->second).backer < 0) return false;
      // Named with its state's nisba (فصائل عراقية مسلحة), it names its context itself.
      for (uint32_t k = m.first_token; k < m.end_token; ++k) {
        if (Nisba(k) == L(it->second).context) return false;
      }
      const uint32_t window = collective_window(L(it->second).context);
      return std::ranges::none_of(context->second, [&](uint32_t sentence) {
        return (sentence > m.sentence ? sentence - m.sentence : m.sentence - sentence) <= window;
      });
    });
    std::vector<int32_t> renumber(out_.entities.size(), -1);
    std::vector<graph::EntityInfo> kept;
    for (auto& m : out_.mentions) {
      if (renumber[m.entity] < 0) {
        renumber[m.entity] = static_cast<int32_t>(kept.size());
        kept.push_back(out_.entities[m.entity]);
      }
    }
    for (auto& m : out_.mentions) {
      if (m.affiliation >= 0) {
        if (renumber[m.affiliation] < 0) {
          renumber[m.affiliation] = static_cast<int32_t>(kept.size());
          kept.push_back(out_.entities[m.affiliation]);
        }
        m.affiliation = renumber[m.affiliation];
      }
      m.entity = renumber[m.entity];
      if (m.kind == MentionKind::kHisCountry) continue;  // بلاده is no name of the state
      auto& aliases = kept[m.entity].aliases;
      if (std::find(aliases.begin(), aliases.end(), m.surface) == aliases.end()) {
        aliases.push_back(m.surface);
      }
    }
    out_.entities = std::move(kept);
    std::sort(out_.mentions.begin(), out_.mentions.end(), [](const Mention& x, const Mention& y) {
      return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
    });
  }

  const Lexicon& lex_;
  const Analysis& a_;
  Recognition& out_;
  int year_;  // the article's, or 0
  std::string article_id_;  // the article's name as an id (EntityId)
  std::vector<uint8_t> used_;
  // The token whose glued و (ونبيل عواد), or in apposition ب or ل (بحسن فران، مدير), opens the
  // name a rule reads.
  size_t glued_front_ = SIZE_MAX;
  IdMap by_id_;                                        // entity id -> article entity
  std::unordered_map<int32_t, int32_t> lexicon_of_;       // article entity -> lexicon index
  mutable std::vector<int8_t> has_sport_, has_match_;  // by sentence: -1 not yet read
  // The article's new people named by two words or more, with their words, by their first and
  // last word.
  StringMap<std::vector<std::pair<int32_t, std::vector<std::string>>>> new_people_;
  IdMap short_forms_;  // family name key -> person
  IdMap name_words_;   // a word of a person's full name -> the person; -1: several people's
  IdMap titles_;            // title key -> the person it named
  std::vector<PendingTitle> pending_;
  struct BodyNamed {
    uint32_t first;  // its first token
    int32_t state;   // lexicon index
  };
  std::unordered_multimap<std::string, BodyNamed> bodies_;  // a state body's words -> its namings
  struct BareBody {
    uint32_t sentence, first, end;  // the mention: the body, or the title that names it
    uint32_t body_first, body_end;  // the body's words (المتحدث باسم *وزارة الدفاع*)
    bool named_only;                // not the state the article is about (النظام: a regime, or a system)
    int32_t holder = -1;            // the mention whose title it is, to serve the state; -1: the
                                    // body or title stands for the state itself
  };
  std::vector<BareBody> bare_bodies_;  // state bodies named without their state
  struct ContextualBody {
    uint32_t sentence, first, end;
    int32_t index;  // the lexicon's state body
  };
  std::vector<ContextualBody> contextual_bodies_;  // state bodies that need their state named
};

}  // namespace

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName: return "name";
    case MentionKind::kNisba: return "nisba";
    case MentionKind::kInstitution: return "institution";
    case MentionKind::kCapital: return "capital";
    case MentionKind::kTitle: return "title";
    case MentionKind::kShortForm: return "short_form";
    case MentionKind::kCollective: return "collective";
    case MentionKind::kHisCountry: return "his_country";
  }
  return "?";
}

Recognizer Recognizer::Load(const std::filesystem::path& data_dir) {
  return Recognizer(std::make_shared<const Lexicon>(Lexicon::Load(data_dir)));
}

Recognition Recognizer::Find(const Article& article) const {
  Recognition out{Analyze(article.text, lexicon_->words(), lexicon_->dictionary()), {}, {}};
  // (An article named in Arabic, as a user's file may be, is named in Latin letters first.)
  std::string article_id = EntityId(article.name);
  if (article_id.empty()) article_id = EntityId(lexicon_->transliterator().Label(article.name));
  Pass(*lexicon_, out, YearOf(article.date), std::move(article_id)).Run();
  return out;
}

}  // namespace kg::extract
