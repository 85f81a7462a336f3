#include "extract/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "extract/nisba.h"
#include "text/text.h"

namespace kg::extract {
namespace {

// Whether a Latin word may spell an Arabic one as far as their first letters go (ترامب and
// Trump; not الابن and Bush, where a name's words stand in another order than its label's).
bool SameOpening(std::string_view arabic_key, std::string_view latin) {
  static const std::unordered_map<std::string_view, std::string_view> kLatinOpenings = {
      {"\u0627", "AEIOUY"}, {"\u0628", "BP"},  {"\u062A", "T"},    {"\u062B", "T"},  {"\u062C", "JGDYZ"},
      {"\u062D", "H"},      {"\u062E", "KHJ"}, {"\u062F", "D"},    {"\u0630", "DZT"}, {"\u0631", "R"},
      {"\u0632", "ZS"},     {"\u0633", "SCZ"}, {"\u0634", "SC"},   {"\u0635", "S"},  {"\u0636", "D"},
      {"\u0637", "T"},      {"\u0638", "ZD"},  {"\u0639", "AEIOU"}, {"\u063A", "GR"}, {"\u0641", "FVP"},
      {"\u0642", "QKG"},    {"\u0643", "KCQG"}, {"\u0644", "L"},   {"\u0645", "M"},  {"\u0646", "N"},
      {"\u0647", "H"},      {"\u0648", "WVOU"}, {"\u064A", "YIEJ"}};
  const auto it = kLatinOpenings.find(text::CodePointSlice(arabic_key, 0, 1));
  if (it == kLatinOpenings.end() || latin.empty()) return false;
  const char first = static_cast<char>(std::toupper(static_cast<unsigned char>(latin[0])));
  return it->second.find(first) != std::string_view::npos;
}

// Arabic name words (MatchKeys, without the article) and the Latin words of the label they
// stand for, from every spelling of a person's name that has as many words as the label:
// دونالد ترامب and Donald Trump give ترامب Trump; الأسد and al-Assad give اسد Assad. Words of
// four letters or more whose first letters agree; not a word two labels spell differently (كول:
// Kohl, Cole), a place's or a body's name (كوريا), nor a dictionary word unless both carry the
// article (البابا is "Pope" in a pope's label; الأحمر is al-Ahmar): those are left to the rules.
std::vector<std::pair<std::string, std::string>> PersonNameWords(
    const std::vector<LexiconEntity>& entities, const PhraseTable& names, const Dictionary& dictionary) {
  std::map<std::string, std::set<std::string>> spellings;
  for (const LexiconEntity& e : entities) {
    if (e.info.type != graph::EntityType::kPerson) continue;
    const std::vector<std::string_view> latin = text::Split(e.info.label, ' ');
    const bool letters = std::ranges::all_of(e.info.label, [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c == ' ';
    });
    if (!letters) continue;
    for (const std::string& alias : e.info.aliases) {
      const std::vector<std::string_view> arabic = text::Split(alias, ' ');
      if (arabic.size() != latin.size() || arabic.size() < 2) continue;
      for (size_t i = 0; i < arabic.size(); ++i) {
        std::string_view word = arabic[i], spelled = latin[i];
        const bool article = word.starts_with(kArticleLetters) && text::CodePoints(word) > 4;
        const bool al = spelled.starts_with("al-") || spelled.starts_with("Al-") || spelled.starts_with("el-");
        if (article) word.remove_prefix(kArticleLetters.size());
        if (al) spelled.remove_prefix(3);
        const std::string key = text::MatchKey(word);
        if ((al && !article) || text::CodePoints(key) < 4 || !SameOpening(key, spelled)) continue;
        const int32_t named = names.Word(key);
        if (named >= 0 && entities[named].info.type != graph::EntityType::kPerson) continue;
        if ((!article || !al) && dictionary.Has(arabic[i])) continue;
        spellings[key].emplace(spelled);
      }
    }
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& [key, latin] : spellings) {
    if (latin.size() == 1) pairs.emplace_back(key, *latin.begin());
  }
  return pairs;
}

std::string ReadFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read lexicon " + file.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

using text::Split;

// Calls f(columns, line number) for each line that is neither blank nor a # comment.
template <typename F>
void ForEachRow(const std::filesystem::path& file, F&& f) {
  const std::string content = ReadFile(file);
  size_t number = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    try {
      f(Split(line, '\t'), number);
    } catch (const std::exception& e) {
      throw std::runtime_error(file.string() + ":" + std::to_string(number) + ": " + e.what());
    }
  }
}

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

// A Seat by its name in the data files (role= offices, leader_seat values), or none.
std::optional<Seat> SeatNamed(std::string_view name) {
  static const std::unordered_map<std::string_view, Seat> kSeats = {{"any", Seat::kAny},
                                                                     {"president", Seat::kPresident},
                                                                     {"premier", Seat::kPremier},
                                                                     {"monarch", Seat::kMonarch},
                                                                     {"emir", Seat::kEmir},
                                                                     {"supreme_leader", Seat::kSupremeLeader}};
  const auto it = kSeats.find(name);
  if (it == kSeats.end()) return std::nullopt;
  return it->second;
}

// The key of person_names_by_word_: a name's number of words, a position and the word there.
std::string PersonNameKey(size_t words, size_t position, const std::string& word) {
  return std::to_string(words) + "|" + std::to_string(position) + "|" + word;
}

// The keys of body_names_by_word_ a name is found under: its first two words, as people's are;
// a name of one word by its first letter and its length, which a typo keeps (داشع، داعش).
std::vector<std::string> BodyNameKeys(const std::vector<std::string>& words) {
  if (words.size() >= 2) return {PersonNameKey(words.size(), 0, words[0]), PersonNameKey(words.size(), 1, words[1])};
  if (words.empty()) return {};
  return {"1|" + std::string(text::CodePointSlice(words[0], 0, 1)) + "|" + std::to_string(text::CodePoints(words[0]))};
}

}  // namespace

std::filesystem::path DefaultDataDir() {
  if (const char* env = std::getenv("KG_DATA"); env && *env) return env;
  return KG_DATA_DIR;
}

namespace {

// The MatchKeys of بن, ابن, عبد and أبو in people's names.
constexpr std::string_view kBin = "\u0628\u0646", kIbn = "\u0627\u0628\u0646", kAbd = "\u0639\u0628\u062F",
                           kAbu = "\u0627\u0628\u0648", kBint = "\u0628\u0646\u062A",
                           kAl = "\u0627\u0644";  // بنت، آل (as a MatchKey)

// A name's words as compared: بن and ابن left out, عبد joined to the word after it, since news
// writes محمد بن سلمان and محمد سلمان, عبد العزيز and عبدالعزيز for one name; so is أبو, a kunya
// being one name (أبو مازن is no given name أبو and family name مازن: أبو علي العباس is not
// Mahmoud Abbas).
std::vector<std::string> ComparedWords(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == kBin || words[i] == kIbn) continue;
    if ((words[i] == kAbd || words[i] == kAbu) && i + 1 < words.size()) {
      out.push_back(words[i] + words[i + 1]);
      ++i;
      continue;
    }
    out.push_back(words[i]);
  }
  return out;
}

// A compared word split into the عبد or أبو ComparedWords joined to its front ("" for none) and
// the rest.
std::pair<std::string_view, std::string_view> Joined(std::string_view word) {
  for (std::string_view joiner : {kAbd, kAbu}) {
    if (word.size() > joiner.size() && word.starts_with(joiner)) return {joiner, word.substr(joiner.size())};
  }
  return {"", word};
}

// Whether two words one edit apart differ by two neighbours swapped: of one length, they differ
// at two places.
bool Swapped(std::string_view a, std::string_view b) {
  const size_t length = text::CodePoints(a);
  if (length != text::CodePoints(b)) return false;
  size_t differing = 0;
  for (size_t i = 0; i < length; ++i) differing += text::CodePointSlice(a, i, i + 1) != text::CodePointSlice(b, i, i + 1);
  return differing == 2;
}

}  // namespace

bool Lexicon::TwoGivenNames(std::string_view a, std::string_view b) const {
  if (!given_names_.Has(a) || !given_names_.Has(b)) return false;
  // Latin spellings one letter apart are one name written two ways (جونغ، يونغ: Jong, Yong),
  // and so are a name and its short form (مايكل، مايك: Michael, Mike), which open alike.
  const std::string la = transliterator_->Label(a), lb = transliterator_->Label(b);
  return text::EditDistance(la, lb) > 1 && la.substr(0, 2) != lb.substr(0, 2);
}

int32_t Lexicon::PersonLike(const std::vector<std::string>& written) const {
  const std::vector<std::string> words = ComparedWords(written);
  if (words.empty()) return -1;
  if (words.size() == 1) {
    const auto it = family_names_.find(words.front());
    return it == family_names_.end() || it->second < 0 ? -1 : it->second;
  }
  std::vector<uint32_t> candidates;
  for (size_t position : {0, 1}) {
    const auto it = person_names_by_word_.find(PersonNameKey(words.size(), position, words[position]));
    if (it != person_names_by_word_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  int32_t found = -1;
  for (uint32_t candidate : candidates) {
    const auto& [person, name] = person_names_[candidate];
    size_t differing = 0;
    for (size_t k = 0; k < words.size() && differing <= 1; ++k) {
      if (words[k] == name[k]) continue;
      // One letter away, in a word long enough that one letter does not make another name;
      // lengths two letters apart are not, and cost no edit distance (this runs per new name).
      // A word عبد or أبو joins is compared without it: أبو علي is not أبو العلا.
      const auto [head, word] = Joined(words[k]);
      const auto [name_head, name_word] = Joined(name[k]);
      const size_t length = text::CodePoints(name_word), other = text::CodePoints(word);
      // Nor two given names of their own (أحمد is not محمد), nor, in a word of four letters,
      // two letters swapped: صالح and صلاح are two names, مريكل is ميركل misspelt.
      if (head != name_head || length < 4 || (length > other ? length - other : other - length) > 1 ||
          text::EditDistance(word, name_word) > 1 || TwoGivenNames(word, name_word) ||
          (length < 5 && Swapped(word, name_word))) {
        differing = 2;
      } else {
        ++differing;
      }
    }
    if (differing > 1) continue;
    if (found >= 0 && found != person) return -1;  // like two people: neither
    found = person;
  }
  return found;
}

int32_t Lexicon::BodyLike(const std::vector<std::string>& words) const {
  std::vector<uint32_t> candidates;
  for (const std::string& key : BodyNameKeys(words)) {
    const auto it = body_names_by_word_.find(key);
    if (it != body_names_by_word_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  int32_t found = -1;
  for (const uint32_t candidate : candidates) {
    const auto& [body, name] = body_names_[candidate];
    if (name.size() != words.size()) continue;
    size_t differing = 0;
    for (size_t k = 0; k < words.size() && differing <= 1; ++k) {
      if (words[k] == name[k]) continue;
      // In a word of four or five letters only two swapped, unless two more words of the name
      // agree: one letter more, less or other makes another name there (وكالة إيرنا، وكالة
      // إيلنا; but هيومن رايتش ووتش).
      const size_t length = text::CodePoints(name[k]);
      const bool slip = text::EditDistance(words[k], name[k]) == 1 && !dictionary_->Has(words[k]) &&
                        (length >= 6 || (length >= 4 && (Swapped(words[k], name[k]) || words.size() >= 3)));
      differing += slip ? 1 : 2;
    }
    if (differing != 1) continue;
    if (found >= 0 && found != body) return -1;  // like two bodies: neither
    found = body;
  }
  return found;
}

int32_t Lexicon::FamilyMember(const std::vector<std::string>& written) const {
  if (written.size() < 2) return -1;
  // A father's name after بن is no family name (محمد بن عطية).
  if (const auto& before = written[written.size() - 2]; before == kBin || before == kIbn) return -1;
  const std::vector<std::string> words = ComparedWords(written);
  if (words.size() < 2) return -1;
  // The fathers a lineage names (صالح بن عبد العزيز آل الشيخ) are no given names the person
  // shares with a known one (عبد العزيز آل الشيخ), and neither is آل.
  std::set<std::string> fathers;
  const bool house = written[written.size() - 2] == kAl;
  for (size_t i = 0; i + 1 < written.size(); ++i) {
    if (written[i] != kBin && written[i] != kIbn && written[i] != kBint) continue;
    fathers.insert(written[i + 1] == kAbd && i + 2 < written.size() ? written[i + 1] + written[i + 2] : written[i + 1]);
  }
  int32_t found = -1;
  const auto family = family_members_.find(words.back());
  if (family == family_members_.end()) {
    // Known by the family name alone (تسيبراس): the record says nothing against a given name.
    const int32_t only = names_.Word(words.back());
    return only >= 0 && entities_[only].info.type == graph::EntityType::kPerson &&
                   !given_words_.contains(only)
               ? only
               : -1;
  }
  // Their first word, or two of their words (طيب رجب أردوغان): one shared word further in is
  // too weak a sign, given names being few (حسين الموسوي is not مير حسين موسوي).
  for (const int32_t person : family->second) {
    // The last words of one of their names (جونغ أون of كيم جونغ أون).
    const bool tail = std::ranges::any_of(names_of_person_.at(person), [&](uint32_t k) {
      const auto& name = person_names_[k].second;
      return name.size() > words.size() && std::equal(words.begin(), words.end(), name.end() - static_cast<ptrdiff_t>(words.size()));
    });
    if (tail) {
      if (found >= 0 && found != person) return -1;
      found = person;
      continue;
    }
    // A last word of two letters is a syllable of an East Asian given name, no family name
    // (مون تشونغ إن is not مون جاي إن): only a tail of a known name is the person.
    if (text::CodePoints(words.back()) <= 2) continue;
    const auto& given = given_words_.at(person);
    size_t shared = 0;
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      const bool again = std::find(words.begin(), words.begin() + k, words[k]) != words.begin() + k;
      shared += !again && words[k] != kAl && !fathers.contains(words[k]) &&
                std::ranges::find(given, words[k]) != given.end();
    }
    const auto& first = first_words_.at(person);
    if (shared < 2 && std::ranges::find(first, words.front()) == first.end()) continue;
    // In a house (آل ثاني، آل سعود) given names recur: a father the name gives that the
    // person's names do not makes another member (محمد بن حمد آل ثاني is not محمد بن عبد الرحمن
    // آل ثاني). Elsewhere the record rarely gives the father (جمال بن أحمد خاشقجي).
    if (house && std::ranges::any_of(fathers, [&](const std::string& father) {
          return std::ranges::find(given, father) == given.end();
        })) {
      continue;
    }
    if (found >= 0 && found != person) return -1;  // like two people of the family: neither
    found = person;
  }
  return found;
}

int32_t Lexicon::HolderNamed(Office office, int32_t body, std::string_view word, int year, Seat seat) const {
  if (office != Office::kLeader && office != Office::kOfficial) return -1;
  const auto& holders = office == Office::kLeader ? leaders_ : officials_;
  const auto of_body = holders.find(body);
  if (of_body == holders.end()) return -1;
  // Compared as the record's names are: عبد and أبو joined to the word after them (عبد الله).
  std::string key(word);
  std::erase(key, ' ');
  word = key;
  const auto family = family_members_.find(key);
  int32_t found = -1;
  for (const int32_t holder : of_body->second) {
    auto has = [&](const auto& words_of) {
      const auto it = words_of.find(holder);
      return it != words_of.end() && std::ranges::find(it->second, word) != it->second.end();
    };
    const bool named = has(first_words_) || has(given_words_) ||
                       (family != family_members_.end() && std::ranges::find(family->second, holder) != family->second.end());
    if (!named) continue;
    const bool held = std::ranges::any_of(entities_[holder].roles, [&](const LexiconRole& role) {
      return role.office == office && role.body == body && (year <= 0 || role.HeldIn(year)) &&
             (seat == Seat::kAny || role.seat == Seat::kAny || role.seat == seat);
    });
    if (!held) continue;
    if (found >= 0 && found != holder) return -1;
    found = holder;
  }
  return found;
}

bool Lexicon::MaySpellGivenName(int32_t person, std::string_view word) const {
  if (word.empty()) return false;
  const auto it = first_words_.find(person);
  if (it == first_words_.end()) return true;  // known by the family name alone: nothing says otherwise
  const std::string_view initial = text::CodePointSlice(word, 0, 1);
  return std::ranges::any_of(it->second, [&](const std::string& first) { return first.starts_with(initial); });
}

const std::vector<int32_t>& Lexicon::RecordedLeaders(int32_t body) const {
  static const std::vector<int32_t> kNone;
  const auto it = leaders_.find(body);
  return it == leaders_.end() ? kNone : it->second;
}

int32_t Lexicon::OppositionOf(int32_t state) const {
  const auto it = opposition_.find(state);
  return it == opposition_.end() ? -1 : it->second;
}

int32_t Lexicon::ClubNamedAs(int32_t place) const {
  const auto it = clubs_.find(place);
  return it == clubs_.end() ? -1 : it->second;
}

int32_t Lexicon::CapitalOf(int32_t state) const {
  const auto it = capitals_.find(state);
  return it == capitals_.end() ? -1 : it->second;
}

int32_t Lexicon::Namesake(std::string_view key) const {
  const auto it = namesakes_.find(key);
  return it == namesakes_.end() ? -1 : it->second;
}

int32_t Lexicon::ContextFamilyName(std::string_view key) const {
  const auto it = context_family_names_.find(key);
  return it == context_family_names_.end() ? -1 : it->second;
}

int32_t Lexicon::NameContext(int32_t entity, const std::string& key) const {
  const auto it = name_context_.find({entity, key});
  return it == name_context_.end() ? -1 : it->second;
}

int32_t Lexicon::LocalOrganisation(int32_t state, std::string_view head) const {
  const auto it = local_.find(std::pair<int32_t, std::string>(state, head));
  return it == local_.end() ? -1 : it->second;
}

int32_t Lexicon::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

// Columns: id, type, label, Arabic names (|), attributes (key=value;...), and optionally where
// the facts come from. A row whose id is already known adds its names and attributes to that
// entity; a name written !NAME takes that name (and a nisba of that spelling) away from it.
void Lexicon::LoadEntities(const std::filesystem::path& file, std::vector<PendingAttribute>* pending,
                           std::vector<std::pair<int32_t, std::string>>* removed) {
  ForEachRow(file, [&](const std::vector<std::string_view>& columns, size_t line) {
    if (columns.size() < 4) throw std::runtime_error("expected id, type, label and names");
    const std::string id = Trim(columns[0]);
    auto [it, added] = by_id_.try_emplace(id, static_cast<int32_t>(entities_.size()));
    if (added) entities_.push_back({});
    LexiconEntity& entity = entities_[it->second];
    entity.info.id = id;
    if (auto type = Trim(columns[1]); !type.empty() && type != "-") {
      auto parsed = graph::ParseEntityType(type);
      if (!parsed) throw std::runtime_error("unknown entity type '" + type + "'");
      entity.info.type = *parsed;
    }
    if (auto label = Trim(columns[2]); !label.empty() && label != "-") entity.info.label = label;
    for (auto name : Split(columns[3], '|')) {
      auto n = Trim(name);
      if (n.starts_with('!')) {
        removed->emplace_back(it->second, text::MatchKey(n.substr(1)));
      } else if (const size_t at = n.find('@'); at != std::string::npos) {
        // NAME@CONTEXT: a name that stands for the entity only in an article naming CONTEXT.
        entity.info.aliases.push_back(Trim(n.substr(0, at)));
        std::string attribute(1, '@');
        attribute.append(text::MatchKey(n.substr(0, at))).append(1, '=').append(Trim(n.substr(at + 1)));
        pending->push_back({it->second, std::move(attribute), file.string() + ":" + std::to_string(line)});
      } else if (!n.empty()) {
        entity.info.aliases.push_back(n);
      }
    }
    if (columns.size() < 5) return;
    for (auto attribute : Split(columns[4], ';')) {
      if (Trim(attribute).empty()) continue;
      if (attribute.find('=') == std::string_view::npos) throw std::runtime_error("attribute without '='");
      pending->push_back({it->second, Trim(attribute), file.string() + ":" + std::to_string(line)});
    }
  });
}

void Lexicon::ResolveAttribute(const PendingAttribute& pending,
                               const std::set<std::pair<int32_t, std::string>>& removed_nisbas) {
  const int32_t index = pending.entity;
  const size_t eq = pending.attribute.find('=');
  const std::string key = pending.attribute.substr(0, eq), value = pending.attribute.substr(eq + 1);
  auto find = [&](const std::string& id) {
    const int32_t found = Find(id);
    if (found < 0) throw std::runtime_error(pending.place + ": unknown entity '" + id + "'");
    return found;
  };
  if (key.starts_with('@')) {
    name_context_[{index, key.substr(1)}] = find(value);
    entities_with_name_context_.insert(index);
    return;
  }
  if (key == "nisba") {
    for (auto adjective : Split(value, '|')) {
      const std::string masculine = Trim(adjective);
      if (removed_nisbas.count({index, text::MatchKey(masculine)})) continue;
      for (const auto& form : NisbaForms(masculine)) {
        // One form may be an ordinary word (مجريات "the course of events", not Hungarian).
        if (!removed_nisbas.count({index, text::MatchKey(form)})) nisbas_.Add(form, index);
      }
    }
    return;
  }
  if (key == "role") {
    // OFFICE:BODY:FROM-TO, several joined by |; TO may be empty while the office lasts. A
    // leader's office may name the seat (president, premier, monarch, emir, supreme_leader).
    static const std::unordered_map<std::string, Office> kOffices = {
        {"leader", Office::kLeader}, {"official", Office::kOfficial}, {"member", Office::kMember}};
    for (auto part : Split(value, '|')) {
      const auto fields = Split(part, ':');
      if (fields.size() != 3) throw std::runtime_error(pending.place + ": a role is OFFICE:BODY:FROM-TO");
      LexiconRole role{Office::kNone, find(Trim(fields[1])), 0, 0};
      if (const auto seat = SeatNamed(Trim(fields[0])); seat && *seat != Seat::kAny) {
        role.office = Office::kLeader;
        role.seat = *seat;
      } else if (const auto office = kOffices.find(Trim(fields[0])); office != kOffices.end()) {
        role.office = office->second;
      } else {
        throw std::runtime_error(pending.place +
                                 ": a role's office is leader (or its seat: president, premier, monarch, emir, supreme_leader), "
                                 "official or member");
      }
      const auto years = Split(fields[2], '-');
      try {
        role.from = std::stoi(std::string(years.at(0)));
        if (years.size() > 1 && !Trim(years[1]).empty()) role.to = std::stoi(std::string(years[1]));
      } catch (const std::exception&) {
        throw std::runtime_error(pending.place + ": a role's years are FROM-TO (2017-2021, 2025-)");
      }
      entities_[index].roles.push_back(role);
    }
    return;
  }
  if (key == "local") {
    // Its head word: the first of its first name (التحالف of التحالف العربي).
    const auto& names = entities_[index].info.aliases;
    if (names.empty()) throw std::runtime_error(pending.place + ": local= needs a name");
    const std::string head(Split(text::MatchKey(names.front()), ' ').front());
    for (auto state : Split(value, '|')) local_[{find(Trim(state)), head}] = index;
    return;
  }
  if (key == "members") {
    for (auto member : Split(value, '|')) entities_[index].members.push_back(find(Trim(member)));
    return;
  }
  if (key == "monitor") {
    if (value != "yes") throw std::runtime_error(pending.place + ": monitor=yes is the only value");
    entities_[index].monitor = true;
    return;
  }
  // acts_for: a state body known by its own name (البيت الأبيض، الكرملين) that, like a capital,
  // stands for its state as an actor; unlike a capital, also where it is a place (the schema
  // resolves a state's bodies to the state).
  if (key == "acts_for") entities_[index].state_body = true;
  int32_t* target = key == "capital_of" || key == "acts_for" ? &entities_[index].capital_of
                    : key == "country"  ? &entities_[index].country
                    : key == "context"  ? &entities_[index].context
                    : key == "backer"   ? &entities_[index].backer
                    : key == "patron"   ? &entities_[index].patron
                    : key == "opposition_of" ? &entities_[index].opposition_of
                    : key == "namesake" ? &entities_[index].namesake
                                        : nullptr;
  if (!target) throw std::runtime_error(pending.place + ": unknown attribute '" + key + "'");
  *target = find(value);
}

// Columns: rule, Arabic phrases (|), value (titles: the office; heads: the entity type; group
// nouns: the collective entity's id).
void Lexicon::LoadRules(const std::filesystem::path& file) {
  static const std::unordered_map<std::string, Rule> kRules = {
      {"title", Rule::kTitle},           {"office", Rule::kOffice},
      {"title_link", Rule::kTitleLink},  {"modifier", Rule::kModifier},
      {"institution", Rule::kInstitution}, {"org_head", Rule::kOrgHead},
      {"act_head", Rule::kActHead},        {"designation", Rule::kDesignation},
      {"reporting_verb", Rule::kReportingVerb}, {"speech_verb", Rule::kSpeechVerb},
      {"common", Rule::kCommon},
      {"group_noun", Rule::kGroupNoun},  {"backing", Rule::kBacking},
      {"locative", Rule::kLocative},       {"honorific", Rule::kHonorific},
      {"target", Rule::kTarget},           {"forces", Rule::kForces},
      {"partitive", Rule::kPartitive},     {"named_official", Rule::kNamedOfficial},
      {"named_place", Rule::kNamedPlace},  {"named_craft", Rule::kNamedCraft},
      {"post", Rule::kPost},               {"post_verb", Rule::kPostVerb},
      {"place_head", Rule::kPlaceHead},
      {"bare_body", Rule::kBareBody},      {"led_by", Rule::kLedBy},
      {"opposition", Rule::kOpposition}, {"local_title", Rule::kLocalTitle},
      {"director", Rule::kDirector},       {"legislator", Rule::kLegislator},
      {"former", Rule::kFormer},           {"capital", Rule::kCapital},
      {"head_label", Rule::kHeadLabel},    {"party_adjective", Rule::kPartyAdjective},
      {"name_cue", Rule::kNameCue},        {"name_suffix", Rule::kNameSuffix},
      {"local_body", Rule::kLocalBody},    {"rank", Rule::kRank},
      {"name_particle", Rule::kNameParticle}, {"name_syllable", Rule::kNameSyllable}, {"sport", Rule::kSport}, {"match", Rule::kMatch},
      {"leader_seat", Rule::kLeaderSeat},  {"body_adjective", Rule::kBodyAdjective},
      {"epithet", Rule::kEpithet}};
  static const std::unordered_map<std::string, Office> kOffices = {{"leader", Office::kLeader},
                                                                  {"official", Office::kOfficial},
                                                                  {"member", Office::kMember},
                                                                  {"player", Office::kPlayer}};
  ForEachRow(file, [&](const std::vector<std::string_view>& columns, size_t) {
    if (columns.size() < 2) throw std::runtime_error("expected rule and phrase");
    auto rule = kRules.find(Trim(columns[0]));
    if (rule == kRules.end()) throw std::runtime_error("unknown rule '" + Trim(columns[0]) + "'");
    const std::string value = columns.size() > 2 ? Trim(columns[2]) : "";
    int32_t v = 0;
    if (rule->second == Rule::kTitle) {
      auto office = kOffices.find(value);
      if (office == kOffices.end()) throw std::runtime_error("a title needs leader, official or member");
      v = static_cast<int32_t>(office->second);
    } else if (rule->second == Rule::kOrgHead) {
      auto type = graph::ParseEntityType(value);
      if (!type) throw std::runtime_error("an org_head needs an entity type");
      v = static_cast<int32_t>(*type);
    } else if (rule->second == Rule::kOffice) {
      if (!value.empty() && value != "part") throw std::runtime_error("an office's value is part or nothing");
      v = value == "part" ? 1 : 0;
    } else if (rule->second == Rule::kBareBody) {
      if (!value.empty() && value != "named") throw std::runtime_error("a bare_body's value is named or nothing");
      v = value == "named" ? 1 : 0;
    } else if (rule->second == Rule::kBacking) {
      if (!value.empty() && value != "\u0645\u0646" && value != "part") {
        throw std::runtime_error("a backing's value is \u0645\u0646, part or nothing");
      }
      v = value.empty() ? 0 : value == "part" ? 2 : 1;
    } else if (rule->second == Rule::kHeadLabel || rule->second == Rule::kNameSuffix) {
      if (rule->second == Rule::kHeadLabel && value.empty()) {
        throw std::runtime_error("a head_label needs its English word, or - for none");
      }
      v = static_cast<int32_t>(englishes_.size());
      englishes_.push_back(value == "-" ? "" : value);
    } else if (rule->second == Rule::kGroupNoun) {
      v = Find(value);
      if (v < 0) throw std::runtime_error("a group_noun needs the id of its collective entity");
    } else if (rule->second == Rule::kPartyAdjective) {
      v = Find(value);
      if (v < 0) throw std::runtime_error("a party_adjective needs the id of its party");
    } else if (rule->second == Rule::kLeaderSeat) {
      const auto seat = SeatNamed(value);
      if (!seat) throw std::runtime_error("a leader_seat is any, president, premier, monarch, emir or supreme_leader");
      v = static_cast<int32_t>(*seat);
    }
    for (auto phrase : Split(columns[1], '|')) {
      rules_[static_cast<size_t>(rule->second)].Add(Trim(phrase), v);
    }
  });
}

Lexicon Lexicon::Load(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir / "entities")) {
    throw std::runtime_error("no lexicons in " + dir.string() +
                             " (expected entities/, rules.tsv; set --data or $KG_DATA)");
  }
  Lexicon lexicon;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir / "entities")) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  // countries.tsv first: the other files refer to countries and add to them.
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
    const bool ca = a.filename() == "countries.tsv", cb = b.filename() == "countries.tsv";
    return ca != cb ? ca : a < b;
  });
  std::vector<PendingAttribute> pending;
  std::vector<std::pair<int32_t, std::string>> removed;  // (entity, MatchKey of a name)
  for (const auto& file : files) lexicon.LoadEntities(file, &pending, &removed);
  const std::set<std::pair<int32_t, std::string>> removed_keys(removed.begin(), removed.end());
  for (const auto& attribute : pending) lexicon.ResolveAttribute(attribute, removed_keys);
  for (size_t i = 0; i < lexicon.entities_.size(); ++i) {
    if (const int32_t state = lexicon.entities_[i].opposition_of; state >= 0) {
      lexicon.opposition_[state] = static_cast<int32_t>(i);
    }
    if (const int32_t place = lexicon.entities_[i].namesake; place >= 0) lexicon.clubs_[place] = static_cast<int32_t>(i);
    if (const LexiconEntity& e = lexicon.entities_[i];
        e.capital_of >= 0 && !e.state_body && e.info.type == graph::EntityType::kPlace) {
      lexicon.capitals_.try_emplace(e.capital_of, static_cast<int32_t>(i));
    }
    for (const LexiconRole& role : lexicon.entities_[i].roles) {
      if (role.office != Office::kLeader && role.office != Office::kOfficial) continue;
      auto& holders = (role.office == Office::kLeader ? lexicon.leaders_ : lexicon.officials_)[role.body];
      if (std::ranges::find(holders, static_cast<int32_t>(i)) == holders.end()) holders.push_back(static_cast<int32_t>(i));
    }
  }
  for (size_t i = 0; i < lexicon.entities_.size(); ++i) {
    auto& info = lexicon.entities_[i].info;
    if (info.label.empty()) throw std::runtime_error("entity '" + info.id + "' has no label");
    std::erase_if(info.aliases, [&](const std::string& alias) {
      return removed_keys.count({static_cast<int32_t>(i), text::MatchKey(alias)}) > 0;
    });
    for (const auto& alias : info.aliases) {
      // A person's one-word name that needs a context (كيم@north_korea) is a family name alone,
      // which many names open or close: it is read only where nothing else claims the word.
      const std::string key = text::MatchKey(alias);
      const auto context = lexicon.name_context_.find({static_cast<int32_t>(i), key});
      if (info.type == graph::EntityType::kPerson && key.find(' ') == std::string::npos &&
          context != lexicon.name_context_.end() && context->second != static_cast<int32_t>(i)) {
        lexicon.context_family_names_.try_emplace(key, static_cast<int32_t>(i));
        continue;
      }
      lexicon.names_.Add(alias, static_cast<int32_t>(i));
    }
  }
  for (const auto& [name, context] : lexicon.name_context_) {
    const auto& [entity, key] = name;
    if (const int32_t owner = lexicon.names_.Word(key); owner >= 0 && owner != entity) lexicon.namesakes_[key] = entity;
  }
  lexicon.alias_heads_.resize(lexicon.entities_.size());
  for (size_t i = 0; i < lexicon.entities_.size(); ++i) {
    const auto type = lexicon.entities_[i].info.type;
    if (type != graph::EntityType::kOrg && type != graph::EntityType::kArmedGroup && type != graph::EntityType::kMedia) {
      continue;
    }
    for (const auto& alias : lexicon.entities_[i].info.aliases) {
      const std::string key = text::MatchKey(alias);
      std::vector<std::string> words;
      for (auto word : Split(key, ' ')) words.emplace_back(word);
      if (!words.empty()) lexicon.alias_heads_[i].push_back(words.front());
      const auto index = static_cast<uint32_t>(lexicon.body_names_.size());
      lexicon.body_names_.emplace_back(static_cast<int32_t>(i), words);
      for (const std::string& by : BodyNameKeys(words)) lexicon.body_names_by_word_[by].push_back(index);
    }
  }
  for (size_t i = 0; i < lexicon.entities_.size(); ++i) {
    if (lexicon.entities_[i].info.type != graph::EntityType::kPerson) continue;
    const int32_t person = static_cast<int32_t>(i);
    for (const auto& alias : lexicon.entities_[i].info.aliases) {
      const std::string key = text::MatchKey(alias);
      std::vector<std::string> written;
      for (auto word : Split(key, ' ')) written.emplace_back(word);
      if (written.size() < 2) continue;
      const std::vector<std::string> words = ComparedWords(written);
      if (words.size() < 2) continue;
      const auto index = static_cast<uint32_t>(lexicon.person_names_.size());
      bool known = false;
      for (size_t position : {0, 1}) {
        auto& indexed = lexicon.person_names_by_word_[PersonNameKey(words.size(), position, words[position])];
        known = known || std::ranges::any_of(indexed, [&](uint32_t k) { return lexicon.person_names_[k] == std::pair{person, words}; });
        if (!known) indexed.push_back(index);
      }
      if (!known) {
        lexicon.names_of_person_[person].push_back(index);
        lexicon.person_names_.emplace_back(person, words);
      }
      auto add_once = [](auto& list, const auto& value) {
        if (std::ranges::find(list, value) == list.end()) list.push_back(value);
      };
      auto is_bin = [](const std::string& word) { return word == kBin || word == kIbn; };
      // A last word after بن is the father's name, no family name (تميم بن حمد، عبد الله بن عبد
      // العزيز).
      const size_t n = written.size();
      const bool fathers = is_bin(written[n - 2]) || (n >= 3 && written[n - 2] == kAbd && is_bin(written[n - 3]));
      if (!fathers) add_once(lexicon.family_members_[words.back()], person);
      add_once(lexicon.first_words_[person], words.front());
      // Their own words, not a father's after بن (خالد بن محمد العطية is not called محمد).
      auto& given = lexicon.given_words_[person];
      for (size_t k = 0; k + 1 < written.size(); ++k) {
        if (!is_bin(written[k]) && !(k > 0 && is_bin(written[k - 1]))) add_once(given, written[k]);
      }
      // A family name alone: not a father's, nor a word of fewer than four letters (مون جاي إن),
      // nor a kunya on a given name, which many are called (سعيد أبو علي is not every أبو علي;
      // أبو الغيط is a family's name).
      const auto [joiner, rest] = Joined(words.back());
      if (fathers || text::CodePoints(words.back()) < 4 || (joiner == kAbu && !rest.starts_with(kAl))) continue;
      auto [family, added] = lexicon.family_names_.try_emplace(words.back(), person);
      if (!added && family->second != person) family->second = -2;
    }
  }
  // A word that opens two other known people's names is a given name written alone, which
  // stands for nobody (ألكسندر ends ويليم ألكسندر and opens ألكسندر شولغين and ألكسندر نيكس);
  // one other may be the exception (كيلي is John Kelly, though Kelly Sadler is known too).
  std::unordered_map<std::string, int> opened;  // family name -> other people whose name it opens
  for (const auto& [person, firsts] : lexicon.first_words_) {
    for (const std::string& first : firsts) {
      if (auto family = lexicon.family_names_.find(first); family != lexicon.family_names_.end() &&
                                                          family->second >= 0 && family->second != person &&
                                                          ++opened[first] == 2) {
        family->second = -2;
      }
    }
  }
  lexicon.LoadRules(dir / "rules.tsv");

  std::unordered_map<std::string, std::string> given;
  StringMap<std::string> own_alef_lam;
  // A name whose own alef and lam leave a key of two letters that a common word has too (آلان،
  // ألان: "ان", the key of أن) is known by its spelling alone, and spelled letter by letter: its
  // key would spell أن in others' names.
  std::unordered_set<std::string> short_keys;
  ForEachRow(dir / "given_names.tsv", [&](const std::vector<std::string_view>& columns, size_t) {
    if (columns.size() < 2) throw std::runtime_error("expected Arabic and Latin");
    for (auto part : Split(columns[0], '|')) {
      const std::string arabic = Trim(part);
      const std::string key = text::MatchKey(arabic);
      given.emplace(key, Trim(columns[1]));
      for (const std::string_view alef : {"\u0623", "\u0625", "\u0622"}) {
        if (!arabic.starts_with(std::string(alef) + "\u0644")) continue;
        if (alef != "\u0622") own_alef_lam.emplace(key, alef);
        if (text::CodePoints(arabic) >= 4 && text::CodePoints(key) <= 2 && lexicon.Is(Rule::kCommon, key)) {
          lexicon.short_alef_lam_given_.Add(arabic);
          short_keys.insert(key);
        }
      }
    }
  });
  for (const std::string& key : short_keys) given.erase(key);
  for (const auto& [key, latin] : given) {
    lexicon.words_.Add(key);
    lexicon.given_names_.Add(key);
  }
  // Spellings for labels alone: family names and foreign name words that would end or open names
  // differently were they given names (الخريجي after عبد الكريم, جيل beside جيل الويندراش).
  ForEachRow(dir / "name_spellings.tsv", [&](const std::vector<std::string_view>& columns, size_t) {
    if (columns.size() < 2) throw std::runtime_error("expected Arabic and Latin");
    for (auto arabic : Split(columns[0], '|')) given.emplace(text::MatchKey(Trim(arabic)), Trim(columns[1]));
  });
  lexicon.dictionary_ = Dictionary::Open(Dictionary::DefaultPrefix());
  // The name words of the lexicon's people, spelled as their labels spell them, for new people
  // who share one (إيفانكا ترامب is Ivanka Trump, not Ivanka Tramb): settled given names first.
  for (const auto& [key, latin] : PersonNameWords(lexicon.entities_, lexicon.names_, *lexicon.dictionary_)) {
    if (!short_keys.contains(key)) given.emplace(key, latin);
  }
  lexicon.transliterator_ =
      std::make_unique<Transliterator>(ReadFile(dir / "transliteration.txt"), std::move(given), std::move(own_alef_lam));

  // A phrase's inner words may carry clitics (الموالية لإيران، البوسنة والهرسك): such a form
  // must not count as known, or the same form elsewhere would never be split. A word is taken
  // for one when it is a clitic letter, perhaps with the article, before another word.
  // A phrase's first word is read as written (ولي العهد، وزير): it stays known even when a
  // name elsewhere makes it look like a clitic and a word (لي كه تشيانغ).
  std::unordered_set<std::string> all, first;
  auto collect = [&](std::string_view word, bool opens) {
    all.emplace(word);
    if (opens) first.emplace(word);
  };
  lexicon.names_.ForEachWord(collect);
  lexicon.nisbas_.ForEachWord(collect);
  for (const auto& table : lexicon.rules_) table.ForEachWord(collect);
  auto clitic_form = [&](const std::string& word) {
    static constexpr std::string_view kLetters[] = {"\u0648", "\u0641", "\u0628", "\u0644", "\u0643"};
    for (std::string_view letter : kLetters) {
      if (!word.starts_with(letter)) continue;
      std::string_view rest = std::string_view(word).substr(letter.size());
      if (rest.starts_with(kArticleLetters)) rest.remove_prefix(kArticleLetters.size());
      else if (letter == "\u0644" && rest.starts_with("\u0644")) rest.remove_prefix(2);
      if (all.count(std::string(rest))) return true;
    }
    return false;
  };
  for (const auto& word : all) {
    if (first.count(word) || !clitic_form(word)) lexicon.words_.Add(word);
  }
  return lexicon;
}
}  // namespace kg::extract
