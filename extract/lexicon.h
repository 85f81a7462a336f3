// The lexicons kg recognises entities with, loaded from the data directory at start-up so
// that users can edit them without a rebuild (see data/README.md for the files).
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/dictionary.h"
#include "extract/phrase_table.h"
#include "extract/string_table.h"
#include "extract/transliterator.h"
#include "extract/word_set.h"
#include "graph/term.h"

namespace kg::extract {

// How a title relates its holder to the body it names (the schema's role predicates).
// A player (لاعب، حارس مرمى) belongs to his side even where it is his state's: member_of,
// where a member title held in a state (النائب) makes an official of it.
enum class Office : uint8_t { kNone, kLeader, kOfficial, kMember, kPlayer };

// Which of a state's leaders: a president and a prime minister both lead it, and a title
// names one of them (الرئيس التركي، رئيس الوزراء التركي). kAny where the record or the title
// does not say (الزعيم).
enum class Seat : uint8_t { kAny, kPresident, kPremier, kMonarch, kEmir, kSupremeLeader };

// An office the record gives a person (role= in the entity files): leader or official of a
// state or organisation from one year to another.
struct LexiconRole {
  Office office = Office::kNone;
  int32_t body = -1;  // entity index
  int from = 0;       // first year
  int to = 0;         // last year; 0 while it lasts
  Seat seat = Seat::kAny;  // a leader's: president, premier… when the record says

  bool HeldIn(int year) const { return year >= from && (to == 0 || year <= to); }
};

struct LexiconEntity {
  graph::EntityInfo info;  // aliases are the Arabic names
  int32_t capital_of = -1; // a capital or a state body (acts_for=): the country it stands for as an actor
  bool state_body = false;  // acts_for=: the state wherever it is named, a place too (في البيت الأبيض)
  int32_t country = -1;    // a person or party: the state it belongs to
  int32_t context = -1;    // recognised only in an article that also names this entity
  int32_t backer = -1;     // a collective: the state whose unnamed proxies it gathers
  int32_t patron = -1;     // an armed group: the state that backs it, whose nisba may qualify its name
  int32_t opposition_of = -1;  // a state's opposition (المعارضة السورية): that state
  int32_t namesake = -1;   // a club named by a place's name (برشلونة): that place
  bool monitor = false;    // monitor=yes: a body that documents violence (المرصد السوري), never its agent
  std::vector<LexiconRole> roles;
  std::vector<int32_t> members;  // an alliance or organisation: the states the record lists in it
};

// What a word of data/rules.tsv does.
enum class Rule : uint8_t {
  kTitle,          // an office that introduces a person (وزير، النائب); value: Office
  kOffice,         // a word completing a title (الخارجية، الأمن القومي)
  kTitleLink,      // a preposition inside a title (لدى، في، باسم)
  kModifier,       // a word that may stand between a head and its nisba (الأمنية، كبار)
  kInstitution,    // a state body that, qualified by a nisba, is the state (الحكومة، الجيش)
  kOrgHead,        // a word that introduces an organisation's name (حركة، كتائب); value: type
  kActHead,        // a head that is also an act's verbal noun (تنظيم "organising"): with a
                   // genitive of dictionary words it is the act (تنظيم الانتخابات)
  kDesignation,    // an adjective that says what a body is deemed (إرهابية، محظورة): quoted
                   // after a head it is no name (صنفتها منظمة "إرهابية")
  kReportingVerb,  // a verb whose subject is often a newly named person (قال، أعلن)
  kSpeechVerb,     // a verb of saying, whose clause follows its subject (قال، أضاف), not an object
  kCommon,         // a word that cannot be part of a name (في، الإثنين، إن)
  kGroupNoun,      // a collective noun of armed groups (الفصائل); value: the collective's index
  kBacking,        // a word that ties a group to its backer (المدعومة، الموالية); value 1: the
                   // backer may follow من (المدعومة من), else only ل; 2: only a state backs so,
                   // another body has the group as its part (التابعة)
  kLocative,       // a word after which a capital is a place, not its state (في، داخل)
  kHonorific,      // a courtesy title before a name that names no office (الدكتور، د.، الشيخ)
  kTarget,         // what is attacked in its owner's stead (القواعد الأمريكية، أهداف في إسرائيل)
  kForces,         // troops whose state is deployed where they are (القوات الأمريكية في العراق)
  kSport,          // words of sport (مباراة، الدوري، مدرب): in their sentence a place's name is
                   // the club named by it (namesake=), where the lexicon has one
  kMatch,          // words of a match reported (مباراة، الشوط، ركلة جزاء): in their sentence a
                   // state's name is its national team (namesake=), where the lexicon has one
  kPartitive,      // a quantity whose من does not govern what follows (عدد من المسؤولين)
  kNamedOfficial,  // an official's title only before a name (ونظيره الإيراني حسن روحاني، المسؤول ماركو)
  kNamedPlace,     // a place or body named after a title and a name (جامعة الملك سعود، فندق الملك ديفيد)
  kPost,           // a post, which a title names after it (منصب وزير الطاقة)
  kPostVerb,       // a verb of holding a post (شغل منصب، يتولى منصب): its subject holds it
  kNamedCraft,     // a ship or an exercise named after someone, its adjectives between (المدمرة
                   // الأمريكية دونالد كوك، المناورات الجوية "ماكس ثاندر")
  kPlaceHead,      // a noun before a place's name that is no part of it (مدينة، بلدة، قرية)
  kBareBody,       // a state body that, unqualified, is the state the article qualified it with
                   // or is about; value 1 (named): only a state the article qualified it with
  kLedBy,          // with ب, a word that introduces a body's leader (بقيادة، بزعامة، برئاسة)
  kOpposition,     // an unqualified opposition (المعارضة، الفصائل المعارضة): a state's opposition
  kLocalTitle,     // a title of a city's or province's office (رئيس بلدية، عمدة، محافظ): its
                   // holder serves the place named, not the state whose capital it is
  kDirector,       // an official's title that heads the organisation named right after it
                   // (مدير المرصد، المدير التنفيذي لـ): its holder leads it
  kFormer,         // a word that makes a title one no longer held (السابق، الراحل)
  kLegislator,     // a member title of a state's house (النائب، عضو الكنيست، السيناتور): where
                   // it names no body, its holder is an official of the state they sit for
  kCapital,        // the word for a capital (العاصمة): with a state's nisba or a capital's name
                   // after it, the capital city, a place, not its state
  kNameSuffix,     // words that end a name and never stand for its person alone: regnal numbers
                   // and generations (عبد الله الثاني، بوش الابن); value: the index of its English
                   // in English() (II, Jr.), which a new person's label ends with
  kNameCue,        // words a name follows (كل من، يدعى، المدعو): a new name of two words after
                   // them is a person's, as after a verb of saying
  kPartyAdjective,  // a party's adjective inside a person's title (النائب الجمهوري، المرشحة
                    // الديمقراطية): the holder is a member; value: the party's entity index
  kNameParticle,   // a European name's particle (فان، دي، فون): no dictionary word in a name
  kNameSyllable,   // a particle that is also a syllable of East Asian names (كي): inside a name
                   // when no verb follows it (كيم كي غوان, not كي يبحث)
  kLeaderSeat,     // a leader's title words and the seat they name (الرئيس: president, رئيس
                   // الوزراء: premier, الزعيم: any); value: Seat. With no name in dated news the
                   // title is the one leader the record seats there that year
  kRank,           // a military rank between an office and its holder's name (قائد الحرس
                   // الثوري، اللواء محمد علي جعفري): the name is the office's
  kLocalBody,      // a body's noun before a city or region the lexicons know (شرطة دبي، جامعة
                   // القاهرة): the place's own body, an organisation of its own
  kHeadLabel,      // an organisation's head word (حزب، صحيفة); value: the index of its English
                   // in English(), which a new organisation's label puts after the name
  kBodyAdjective,  // an adjective that qualifies an organisation's name after the genitive of its
                   // head (منظمة الصحة العالمية، حزب الشعوب الديمقراطي)
  kEpithet,        // a definite word after an organisation's head alone that keeps it the body the
                   // article named (الحركة المتشددة، التنظيم الإرهابي، المنظمة التي)
  kCount,
};

// Where the lexicons are when no --data is given: $KG_DATA, else the data/ directory of the
// source tree kg was built from.
std::filesystem::path DefaultDataDir();

class Lexicon {
 public:
  // Reads dir/entities/*.tsv, dir/rules.tsv, dir/given_names.tsv, dir/name_spellings.tsv and
  // dir/transliteration.txt, and opens the Arabic dictionary (Dictionary::DefaultPrefix). Throws
  // std::runtime_error naming the file and line of anything malformed, or the package of a
  // missing dictionary.
  static Lexicon Load(const std::filesystem::path& dir);

  const std::vector<LexiconEntity>& entities() const { return entities_; }
  // The known person a new name most likely is, or -1: a family name alone that only one known
  // person has (بومبيو), or a name of as many words as one of theirs, each word the same or one
  // letter away (كيم جونج أون، دونالد ترامب with a typo). Keys are text::MatchKey words.
  int32_t PersonLike(const std::vector<std::string>& words) const;
  // The known organisation, group or outlet whose name a new one misspells, or -1: as many words,
  // all the same but one, which no dictionary has and which is one edit from the known word of
  // six letters or more, or, in one of four or five, two of its letters swapped or two more words
  // of the name the same (داشع، هيومن رايتش ووتش). Keys are text::MatchKey words.
  int32_t BodyLike(const std::vector<std::string>& words) const;
  // The known person a whole new name of several words is, by its last word, a family name, or
  // -1: the family member one of whose names ends in the new name (جونغ أون), starts with its
  // first word or shares two of its words (رجب أردوغان، طيب رجب أردوغان; but بيلاوال بوتو زرداري
  // is not آصف علي زرداري), or the one person the lexicon knows by that word alone (أليكسيس
  // تسيبراس).
  int32_t FamilyMember(const std::vector<std::string>& words) const;
  // Whether a word written before a known person's family name may be their given name spelled
  // another way (جيمي كومي، هيدز نويرت where جيمس and هيذر are recorded): it opens with the letter
  // one of their names opens with, as another of the family's given names seldom does (بيل
  // كلينتون beside هيلاري), or the record knows them by the family name alone. word: a MatchKey.
  bool MaySpellGivenName(int32_t person, std::string_view word) const;
  // The people the record gives a leader role over an entity (role=leader:BODY:...), at any time.
  const std::vector<int32_t>& RecordedLeaders(int32_t body) const;
  // The entity the lexicon makes a state's opposition (opposition_of=STATE), or -1.
  int32_t OppositionOf(int32_t state) const;
  // The club the lexicon names by a place's name (namesake=PLACE), or -1.
  int32_t ClubNamedAs(int32_t place) const;
  // The place that is the state's capital (capital_of=), or -1.
  int32_t CapitalOf(int32_t state) const;
  // The entity an article must also name for this name (a MatchKey) of the entity to stand for
  // it (ماي@united_kingdom: May is Theresa May where the article names Britain), or -1.
  int32_t NameContext(int32_t entity, const std::string& key) const;
  bool HasNameContext(int32_t entity) const { return entities_with_name_context_.contains(entity); }
  // The person a one-word name of theirs that needs a context (a MatchKey: كيم@north_korea, ماي@
  // united_kingdom) stands for where nothing else in the article claims the word, or -1. Such
  // names are not in names(): a known name opened or closed by the word is read whole.
  int32_t ContextFamilyName(std::string_view key) const;
  // The entity a one-word name (a MatchKey) that the names table gives another stands for where
  // the article names its context (عمان@jordan: Amman, not Oman, in news of Jordan), or -1.
  int32_t Namesake(std::string_view key) const;
  // The organisation an article about the state calls by its head word alone (local=STATE: the
  // Saudi-led coalition is التحالف in news of Yemen), or -1. head: a MatchKey.
  int32_t LocalOrganisation(int32_t state, std::string_view head) const;
  // The first words (MatchKey) of an organisation's, group's or outlet's names (حركة، تنظيم),
  // by which its head alone may stand for it; empty for other entities.
  const std::vector<std::string>& AliasHeads(int32_t index) const { return alias_heads_[static_cast<size_t>(index)]; }
  // The one person the record gives the office (leader or official) over a body in the year (any
  // year if 0) one of whose names has the word (a MatchKey; a unit of two, عبد الله, is compared
  // joined), or -1: الملك السعودي سلمان، وزير الخارجية الألماني هايكو. A seat other than kAny
  // counts only leaders recorded in it, or in no seat (الملك عبد الله is not the premier of that name).
  int32_t HolderNamed(Office office, int32_t body, std::string_view word, int year, Seat seat = Seat::kAny) const;
  int32_t Find(std::string_view id) const;  // index of an entity id, or -1

  const PhraseTable& names() const { return names_; }    // value: entity index
  const PhraseTable& nisbas() const { return nisbas_; }  // value: country index
  const PhraseTable& rule(Rule r) const { return rules_[static_cast<size_t>(r)]; }
  bool Is(Rule r, std::string_view key) const { return rule(r).Word(key) >= 0; }
  const WordSet& words() const { return words_; }
  const Transliterator& transliterator() const { return *transliterator_; }
  const Dictionary& dictionary() const { return *dictionary_; }
  bool IsGivenName(std::string_view key) const { return given_names_.Has(key); }
  // The alef a given name opens with when its alef and lam are its own (ألكسندر، إليزابيث), which
  // news also writes with a plain alef, as if they were the article (الكسندر); else "".
  std::string_view GivenNameAlef(std::string_view key) const { return transliterator_->OwnAlef(key); }
  // Whether a word, as written, is a given name whose alef and lam, written with a hamza or madda,
  // leave too little to key it apart (آلان، ألان: MatchKey gives them the key of أن).
  bool IsShortAlefLamGivenName(std::string_view surface) const { return short_alef_lam_given_.Has(surface); }
  // The English of a head word or a name suffix (a kHeadLabel or kNameSuffix value): "Party",
  // "II"; empty for an outlet's head, which its label leaves out (صحيفة كنساس سيتي ستار is the
  // Kansas City Star), and for a suffix that is spelled.
  std::string_view English(int32_t value) const { return englishes_[static_cast<size_t>(value)]; }

 private:
  // An attribute (key=value) of an entity row, resolved once every file is read, since it may
  // name an entity of another file.
  struct PendingAttribute {
    int32_t entity;
    std::string attribute;
    std::string place;  // file:line, for errors
  };
  // Whether MatchKeys a and b are two given names, however few Arabic letters apart (أحمد and
  // محمد, حسن and حسين): their Latin spellings differ by more than a letter, from the first two.
  bool TwoGivenNames(std::string_view a, std::string_view b) const;
  void LoadEntities(const std::filesystem::path& file, std::vector<PendingAttribute>* pending,
                    std::vector<std::pair<int32_t, std::string>>* removed);
  // removed: (entity, MatchKey) of the names !NAME took away, whose nisbas are not made either.
  void ResolveAttribute(const PendingAttribute& pending, const std::set<std::pair<int32_t, std::string>>& removed);
  void LoadRules(const std::filesystem::path& file);

  std::vector<LexiconEntity> entities_;
  std::unordered_map<std::string, int32_t> by_id_;
  std::unordered_map<int32_t, std::vector<int32_t>> leaders_;    // body -> people who led it
  std::unordered_map<int32_t, std::vector<int32_t>> officials_;  // body -> its officials of record
  std::unordered_map<int32_t, int32_t> opposition_;             // state -> its opposition
  std::unordered_map<int32_t, int32_t> clubs_;                  // place -> the club named by it
  std::unordered_map<int32_t, int32_t> capitals_;               // state -> its capital
  std::map<std::pair<int32_t, std::string>, int32_t> name_context_;  // (entity, name) -> context
  std::unordered_set<int32_t> entities_with_name_context_;
  StringMap<int32_t> namesakes_;  // a name another entity owns -> the entity with a context for it
  std::map<std::pair<int32_t, std::string>, int32_t, std::less<>> local_;  // (state, head) -> organisation
  std::unordered_map<std::string, int32_t> family_names_;       // last word -> person, -2 if several
  StringMap<int32_t> context_family_names_;  // كيم@north_korea: the word -> the person
  // People's names of several words: (person, word keys); and where to look one up. A spelling at
  // most one word away from a name shares its first or its second word, so the names are indexed
  // by their number of words and each of those two ("3|0|رجب").
  std::vector<std::pair<int32_t, std::vector<std::string>>> person_names_;
  // The names of organisations, groups and outlets, indexed as people's are, and a one-word name
  // by its first letter and length ("1|د|4").
  std::vector<std::pair<int32_t, std::vector<std::string>>> body_names_;
  std::unordered_map<std::string, std::vector<uint32_t>> body_names_by_word_;
  std::unordered_map<std::string, std::vector<uint32_t>> person_names_by_word_;
  std::unordered_map<std::string, std::vector<int32_t>> family_members_;  // last word -> every person
  std::unordered_map<int32_t, std::vector<std::string>> given_words_;     // person -> their other words
  std::unordered_map<int32_t, std::vector<std::string>> first_words_;     // person -> their names' first words
  std::unordered_map<int32_t, std::vector<uint32_t>> names_of_person_;    // person -> their person_names_
  PhraseTable names_{PhraseTable::Article::kAgrees};
  PhraseTable nisbas_;
  std::array<PhraseTable, static_cast<size_t>(Rule::kCount)> rules_;
  std::vector<std::string> englishes_;  // kHeadLabel and kNameSuffix values
  std::vector<std::vector<std::string>> alias_heads_;  // per entity, AliasHeads()
  WordSet words_;
  std::unique_ptr<Transliterator> transliterator_;
  std::unique_ptr<Dictionary> dictionary_;
  WordSet given_names_;  // the MatchKeys of given_names.tsv
  WordSet short_alef_lam_given_;  // their spellings that MatchKey cannot tell apart
};

}  // namespace kg::extract
