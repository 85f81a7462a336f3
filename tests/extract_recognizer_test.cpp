// Entity recognition: nisbas, the country lexicon, titles, metonymy and coreference. The
// people and sentences are made up for the tests.
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/countries.h"
#include "extract/nisba.h"
#include "extract/recognizer.h"
#include "extract/transliterator.h"
#include "text/text.h"

using namespace kg::extract;
using kg::graph::EntityType;

namespace {

const Recognizer& TestRecognizer() {
  static const Recognizer recognizer = Recognizer::Load(KG_SOURCE_DIR "/data");
  return recognizer;
}

struct Found {
  std::string id, label, surface;
  EntityType type;
  MentionKind kind;
  const Mention* mention;
};

// The mentions of a text as (id, surface) facts; the article is kept alive with them.
struct Result {
  Article article;
  Recognition recognition;
  std::vector<Found> found;

  // Every mention's surface, in text order: a test that checks the whole list fails when a
  // wrong name appears and when nothing is found at all.
  std::vector<std::string> Surfaces() const {
    std::vector<std::string> surfaces;
    for (const auto& f : found) surfaces.push_back(f.surface);
    return surfaces;
  }

  // Every mention's entity id, in text order.
  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const auto& f : found) ids.push_back(f.id);
    return ids;
  }

  // Every mention as "surface = label", in text order.
  std::vector<std::string> Labels() const {
    std::vector<std::string> labels;
    for (const auto& f : found) labels.push_back(f.surface + " = " + f.label);
    return labels;
  }

  const Found* Surface(std::string_view surface) const {
    for (const auto& f : found) {
      if (f.surface == surface) return &f;
    }
    return nullptr;
  }
};

std::unique_ptr<Result> Recognise(const std::string& text, const std::string& article = "test") {
  auto r = std::make_unique<Result>();
  r->article = ReadArticle(article, text);
  r->recognition = TestRecognizer().Find(r->article);
  for (const auto& m : r->recognition.mentions) {
    const auto& e = r->recognition.entities.at(m.entity);
    r->found.push_back({e.id, e.label, m.surface, e.type, m.kind, &m});
  }
  return r;
}

}  // namespace

TEST_CASE("nisba adjectives are made from country names by rule") {
  CHECK(NisbaOf("العراق") == "عراقي");
  CHECK(NisbaOf("إيران") == "إيراني");
  CHECK(NisbaOf("سوريا") == "سوري");
  CHECK(NisbaOf("فرنسا") == "فرنسي");
  CHECK(NisbaOf("السعودية") == "سعودي");
  CHECK(NisbaOf("الولايات المتحدة").empty());  // irregular: from the lexicon
  const auto forms = NisbaForms("عراقي");
  CHECK(std::find(forms.begin(), forms.end(), "عراقية") != forms.end());
  CHECK(std::find(forms.begin(), forms.end(), "عراقيين") != forms.end());
  const auto two = NisbaForms("كوري جنوبي");
  CHECK(std::find(two.begin(), two.end(), "كورية جنوبية") != two.end());
  CHECK(std::find(two.begin(), two.end(), "كوريون جنوبيون") != two.end());
}

TEST_CASE("the countries lexicon is generated from ICU with nisbas") {
  const std::string countries = GenerateCountries();
  CHECK(countries.find("iraq\tCOUNTRY\tIraq\tالعراق\tnisba=عراقي\n") != std::string::npos);
  CHECK(countries.find("\tCOUNTRY\tJordan\tالأردن\tnisba=أردني\n") != std::string::npos);
}

TEST_CASE("new names get Latin labels and snake_case ids") {
  const auto& t = TestRecognizer().lexicon().transliterator();
  CHECK(t.Label("قاسم الأعرابي") == "Qasim al-A'rabi");
  CHECK(t.Label("الأعلى للإعلام") == "al-A'la lil-I'lam");  // ل and the article: lil-
  CHECK(t.Label("محمد الحسني") == "Mohammed al-Hasani");
  CHECK(t.Label("عبد الأمير") == "Abdul Amir");
  // عبد glued to the name it governs reads as the two words: one label, one id, either way.
  CHECK(t.Label("محمود عبدالرازق") == t.Label("محمود عبد الرازق"));
  CHECK(t.Label("كمال عبدالمعروف") == "Kamal Abdul Ma'ruf");
  CHECK(t.Label("عبدالعزيز") == "Abdulaziz");  // a glued name with a spelling of its own
  CHECK(t.Label("إيفجيني بوزينسكي") == "Yevgeny Buzinski");  // a given name's variant; -ski
  CHECK(t.Label("بيلتنوف") == "Biltnov");                      // -ov
  CHECK(t.Label("ويلكينسون") == "Wilkinson");                  // -son
  CHECK(t.Label("معروف") == "Ma'ruf");                         // an Arabic word keeps its vowel
  // Endings and openings only foreign names have: -s written ز, -berg, -ier, -ng, O-.
  CHECK(t.Label("ديكينز") == "Dikins");
  CHECK(t.Label("فالدبيرغ") == "Faldberg");
  CHECK(t.Label("ديدييه") == "Didier");
  CHECK(t.Label("شيانغ") == "Shyang");
  CHECK(t.Label("أودواير") == "Odwayr");
  CHECK(t.Label("رامز") != "Rams");  // an Arabic name ending so keeps its vowel
  // تش is one sound, ch; -vich and -ich end Slavic family names.
  CHECK(t.Label("كامتشاتكا") == "Kamchatka");
  CHECK(t.Label("رابينوفيتش") == "Rabinuvich");
  CHECK(t.Label("لوفتشوك") == "Lufchuk");
  // English -ford and -field, German -stein, and the St- that opens foreign names.
  CHECK(t.Label("بومفورد") == "Bumford");
  CHECK(t.Label("ستانفيلد") == "Stanfield");
  CHECK(t.Label("هولشتاين") == "Hulstein");
  CHECK(t.Label("ستراو") == "Straw");
  // A long word's final و after a consonant is the -o of Spanish, Italian and Slavic names; not
  // the -lu of Turkish and Persian ones.
  CHECK(t.Label("مارتينو") == "Martino");
  CHECK(t.Label("بترينكو") == "Batrinko");
  CHECK(t.Label("موتلو") == "Mutlu");
  CHECK(t.Label("حمو") == "Hamu");
  CHECK(t.Label("إيلياس") == "Ilyas");  // an opening إي is one long i
  // A final -er after a long vowel and a consonant, as foreign names end (Fisher, Swisher); an
  // Arabic participle so written reads -er too (al-Wa'er). A final cluster otherwise takes an i.
  CHECK(t.Label("فيشر") == "Fisher");
  CHECK(t.Label("سويشر") == "Swisher");
  CHECK(t.Label("الواعر") == "al-Wa'er");
  CHECK(t.Label("بورغنر") == "Burghnir");
  CHECK(t.Label("فيرنر") == "Firner");  // -er after n, r, l or m and a consonant too
  CHECK(t.Label("بيرغر") == "Birger");
  CHECK(t.Label("هيرست") == "Hirst");  // and no vowel in a final -st, -ts or -tz
  CHECK(t.Label("شوارتز") == "Shwartz");
  // A word that opens with two consonants and a long vowel is a foreign name's: no vowel between
  // the two, its غ a g, an opening ج before ر or ل a g, and a final cluster of n, r, l or m
  // and a stop its own (Grant); not with the article, nor with letters of Arabic words only.
  CHECK(t.Label("غرودينين") == "Grudinin");
  CHECK(t.Label("فلاناغان") == "Flanagan");
  CHECK(t.Label("جلوفر") == "Glufer");
  CHECK(t.Label("برانت") == "Brant");
  CHECK(t.Label("غراسلي") == "Grasli");
  CHECK(t.Label("غرينبيرغ") == "Grinberg");
  CHECK(t.Label("الدراسات") == "al-Darasat");
  CHECK(t.Label("غريب") == "Gharib");
  CHECK(t.Label("بريعصم") == "Bari'sim");
  // A name word of a known person is spelled as their label spells it; not a dictionary word
  // that a label happens to translate (البابا فرنسيس, Pope Francis).
  CHECK(t.Label("كيفن ترامب") == "Kevin Trump");
  CHECK(t.Label("فهد الأسد") == "Fahd al-Assad");
  CHECK(t.Label("البابا") != "al-Pope");
  // A known name spelled with one long vowel more or less inside it (foreign names vary so);
  // not a family name with the article, where that makes another Arabic name.
  CHECK(t.Label("ميكال") == "Michael");
  CHECK(t.Label("إليزابث") == "Elizabeth");
  CHECK(t.Label("أحمد المطري") == "Ahmed al-Matari");
  // Spellings the letters cannot give come from data/name_spellings.tsv, for labels alone: such
  // a family name still closes its name (عبد الكريم الخريجي), as any name with the article does.
  CHECK(t.Label("لورا كوينزبيرغ") == "Laura Kuenssberg");
  CHECK(t.Label("مارك جينكينز") == "Mark Jenkins");
  CHECK(t.Label("مانفريد فيبر") == "Manfred Weber");
  CHECK(EntityId("Qasim al-A'raji") == "qasim_al_araji");
  CHECK(EntityId("Côte d’Ivoire") == "cote_divoire");
}

TEST_CASE("a family name spelled for labels alone still closes its name") {
  // الخريجي has its Latin spelling in data/name_spellings.tsv; were it a given name, the name
  // would end before it.
  auto r = Recognise("قال الباحث عبد الكريم الخريجي إن الوضع صعب.");
  CHECK(r->Surfaces() == std::vector<std::string>{"عبد الكريم الخريجي"});
  CHECK(r->found.at(0).label == "Abdul Karim al-Khuraiji");
}

TEST_CASE("a lexicon name also names the leader, organisation or state it holds") {
  auto r = Recognise("وصوتت الجمعية العامة للأمم المتحدة على القرار.\nوشن التحالف العربي بقيادة السعودية غارات.");
  CHECK(r->Ids() == std::vector<std::string>{"un_general_assembly", "united_nations", "arab_coalition", "saudi_arabia"});
  CHECK(Recognise("وتدور معارك على الساحل الغربي لليمن.")->Ids() == std::vector<std::string>{"yemeni_west_coast", "yemen"});
}

TEST_CASE("the occupation is Israel in news that names Palestine, and no one elsewhere") {
  auto r = Recognise("واعتقلت قوات الاحتلال ثلاثة شبان فلسطينيين قرب نابلس.");
  CHECK(r->Ids() == std::vector<std::string>{"israel", "palestine", "nablus"});
  CHECK(Recognise("وقال الأكراد إن الاحتلال التركي لعفرين مستمر.")->Ids() ==
        std::vector<std::string>{"turkey", "afrin"});
}

TEST_CASE("a people named by a broken plural is its state, the plural's stem is still a name") {
  CHECK(Recognise("واتهم الروس الأتراك بخرق الهدنة.")->Ids() == std::vector<std::string>{"russia", "turkey"});
  CHECK(Recognise("وقال الباحث جون روس إن الهدنة صامدة.")->Ids() == std::vector<std::string>{"john_ross"});
}

TEST_CASE("an opposition alone is that of the state named most, in one of its own places") {
  // Syria is named twice and Russia once: not twice as often, but more.
  auto r = Recognise("وقالت وزارة الدفاع الروسية إن الجيش السوري تقدم في ريف درعا.\n"
                     "وقصفت الطائرات السورية الفصائل المعارضة في مدينة درعا.\nوقاد الوزير معارضة المطالب.");
  CHECK(r->Ids() == std::vector<std::string>{"russia", "syria", "daraa", "syria", "syrian_opposition", "daraa"});
}

TEST_CASE("a foreign name ends before a dictionary word, and no name holds a number") {
  CHECK(Recognise("وطلب ألكسندر شولغين عقد اجتماع طارئ.")->Surfaces() == std::vector<std::string>{"ألكسندر شولغين"});
  CHECK(Recognise("وقال إن غارات التحالف الـ20 أصابت أهدافها.")->Surfaces().empty());
}

TEST_CASE("a given name whose own alef and lam are written plain is no article: the name opens there") {
  // الكسندر is ألكسندر with its hamza dropped; the word after the title is the name's, not the
  // title's, and the label spells no al-.
  auto r = Recognise("وقال سفير روسيا لدى المنظمة الكسندر بيتروف إن الجلسة تأجلت.\n"
                     "واجتمع ألكسندر بيتروف مع الوفد.");
  CHECK(r->Surfaces() == std::vector<std::string>{"روسيا", "الكسندر بيتروف", "ألكسندر بيتروف"});
  const Found* plain = r->Surface("الكسندر بيتروف");
  REQUIRE(plain);
  CHECK(plain->label == "Alexander Petrov");
  CHECK(r->Surface("ألكسندر بيتروف")->id == plain->id);
  CHECK(Recognise("وقالت اليزابيث ريتشارد إن السفارة مغلقة.")->Surfaces() ==
        std::vector<std::string>{"اليزابيث ريتشارد"});
  // A dictionary word with another hamza is that word: الينا is إلينا "to us", not ألينا.
  CHECK(Recognise("وأعادت الشرطة الينا ماجد منصور بعد التحقيق.")->Ids() == std::vector<std::string>{"majid_mansour"});
}

TEST_CASE("a family name that reads as ل or ب before a stray syllable is the name's, not a preposition's") {
  CHECK(Recognise("وقال الوزير الفرنسي برونو لامير إن القمة ناجحة.")->Surfaces() ==
        std::vector<std::string>{"الفرنسي", "برونو لامير"});
  CHECK(Recognise("ونفى المتحدث إريك باون أي فكرة حول الانسحاب.")->Surfaces() == std::vector<std::string>{"إريك باون"});
  // Not on a hamza (بأوسكار, "with an Oscar"), nor on a word of someone the article named.
  CHECK(Recognise("وفاز المخرج ماركو بأوسكار عن فيلمه.")->Surfaces().empty());
  CHECK(Recognise("وقال الرئيس الكوري الجنوبي مون جاي إن إنه التقى الزعيم كيم جونغ أون.\nورحب مون بكيم عند خط الحدود.")
            ->Ids() == std::vector<std::string>{"south_korea", "moon_jae_in", "kim_jong_un", "kim_jong_un"});
  // ل before a word the dictionary or the lexicons know is the preposition: no name "Jack
  // Larwitriz" or "Jack Lasahifa".
  CHECK(Recognise("وقال الصحفي جاك لرويترز إن القمة ناجحة.")->Ids() == std::vector<std::string>{"reuters"});
  CHECK(Recognise("وقال الصحفي جاك لصحيفة الحياة إن القمة ناجحة.")->Surfaces() ==
        std::vector<std::string>{"صحيفة الحياة"});
}

TEST_CASE("a name ends before a perfect verb with the feminine ت, not before a name that ends so") {
  CHECK(Recognise("وقالت الصحيفة إن الأسيرة ياسمين شعبان عملت بجد لمساعدة الأسيرات.")->Surfaces() ==
        std::vector<std::string>{"ياسمين شعبان"});
  CHECK(Recognise("وقال المتحدث إن جماعة عشماوي كثفت حملتها في سيناء.")->Surfaces() ==
        std::vector<std::string>{"جماعة عشماوي", "سيناء"});
  // A family name on ت whose stem is a word, yet no verb (بليت: بلي but no بليوا), stays.
  CHECK(Recognise("وتقول باربرا بليت أوشر، مراسلة الإذاعة، إن القمة ناجحة.")->Surfaces() ==
        std::vector<std::string>{"باربرا بليت أوشر"});
}

TEST_CASE("a name ends before و glued to a word on a hamza: the next person of a pair") {
  CHECK(Recognise("وقال الكاتب توماس برنوان وإيميلي كونيغ إن الكتاب جاهز.")->Surfaces() ==
        std::vector<std::string>{"توماس برنوان"});
  // A foreign name's own W is no conjunction (ويلسون، واتس).
  CHECK(Recognise("وقال الكاتب توماس ويلسون إن الكتاب جاهز.")->Surfaces() == std::vector<std::string>{"توماس ويلسون"});
}

TEST_CASE("a state after لدى or إلى in a title with no name is named, and is not the holder's") {
  // سوريا and ليبيا read also as nisbas in the accusative ("Syrian"): here they name the states.
  CHECK(Recognise("ووصل السفير لدى سوريا أمس.")->Surfaces() == std::vector<std::string>{"سوريا"});
  CHECK(Recognise("ووصل المبعوث إلى ليبيا أمس.")->Surfaces() == std::vector<std::string>{"ليبيا"});
  // Where the holder goes is not whom the holder serves: the crown prince is not Egypt.
  auto r = Recognise("وتؤكد زيارة ولي العهد إلى مصر عمق العلاقات.");
  CHECK(r->Surfaces() == std::vector<std::string>{"مصر"});
}

TEST_CASE("a person introduced by a title carries the office and the state") {
  auto r = Recognise("وصرح وزير الخارجية الأردني سامر الخطيب بأن الحوار مستمر.");
  const Found* person = r->Surface("سامر الخطيب");
  REQUIRE(person);
  CHECK(person->type == EntityType::kPerson);
  CHECK(person->id == EntityId(person->label));
  CHECK(person->mention->office == Office::kOfficial);
  REQUIRE(person->mention->affiliation >= 0);
  CHECK(r->recognition.entities[person->mention->affiliation].id == "jordan");
  const auto& title_first = r->recognition.analysis.tokens()[person->mention->title_first];
  CHECK(r->recognition.analysis.Surface(title_first) == "وزير");
}

TEST_CASE("people introduced by a member title, a reporting verb or in apposition") {
  auto r = Recognise(
      "وقال النائب حسن الزيدي إن الجلسة تأجلت.\nوأكد كريم الساعدي أن الاتفاق قريب.\n"
      "واعتبر عماد الربيعي، رئيس الكتلة، أن القرار خاطئ.");
  for (std::string_view name : {"حسن الزيدي", "كريم الساعدي", "عماد الربيعي"}) {
    const Found* person = r->Surface(name);
    INFO(name);
    REQUIRE(person);
    CHECK(person->type == EntityType::kPerson);
  }
  CHECK(r->Surface("عماد الربيعي")->mention->office == Office::kLeader);
}

TEST_CASE("organisations are introduced by their heads") {
  auto r = Recognise("أعلنت حركة \"الفجر الجديد\" وكتائب الغضب مسؤوليتهما عن الهجوم.");
  const Found* movement = r->Surface("حركة \"الفجر الجديد\"");
  REQUIRE(movement);
  CHECK(movement->type == EntityType::kOrg);
  const Found* brigades = r->Surface("كتائب الغضب");
  REQUIRE(brigades);
  CHECK(brigades->type == EntityType::kArmedGroup);
}

TEST_CASE("a new organisation's label translates its head, an outlet's leaves it out") {
  auto r = Recognise("وفاز حزب \"النجمة الزرقاء\" بالانتخابات، بحسب صحيفة \"كالمار تايمز\" وشركة بيرانتوكس.");
  const Found* party = r->Surface("حزب \"النجمة الزرقاء\"");
  REQUIRE(party);
  CHECK(party->type == EntityType::kOrg);
  CHECK(party->label.ends_with(" Party"));
  CHECK(party->label.find("Hazib") == std::string::npos);
  const Found* paper = r->Surface("صحيفة \"كالمار تايمز\"");
  REQUIRE(paper);
  CHECK(paper->type == EntityType::kMedia);
  CHECK(paper->label.find("Sahif") == std::string::npos);
  const Found* company = r->Surface("شركة بيرانتوكس");
  REQUIRE(company);
  CHECK(company->type == EntityType::kOrg);
  CHECK(company->label.find(' ') == std::string::npos);  // the company's name alone
}

TEST_CASE("a city's police, university or hospital is a body of its own, and its head alone is that body") {
  const auto r = Recognise(
      "وقالت شرطة مانشستر إن رجلا اعتقل قرب الملعب. وأضافت الشرطة أنها تبحث عن شهود، فيما قالت "
      "الشرطة الألمانية إنها لم تتلق طلبا. ودرس الطبيب في جامعة بغداد قبل أن يعمل في مستشفى هامبورغ.");
  CHECK(r->Surfaces() == std::vector<std::string>{"شرطة مانشستر", "الشرطة", "الشرطة الألمانية", "جامعة بغداد",
                                                  "مستشفى هامبورغ"});
  REQUIRE(r->found.size() == 5);
  CHECK(r->found[0].type == EntityType::kOrg);
  CHECK(r->found[0].label == "Manchester Police");
  CHECK(r->found[1].id == r->found[0].id);  // the police named before, not Britain
  CHECK(r->found[2].id == "germany");       // a state's police is the state
  CHECK(r->found[3].label == "University of Baghdad");
  CHECK(r->found[3].type == EntityType::kOrg);
  CHECK(r->found[4].label == "Hamburg Hospital");
}

TEST_CASE("a police, university or hospital named with a place no lexicon knows is a body, and no person") {
  const auto r = Recognise(
      "وقال مدير مستشفى كارلسفيلد إن المستشفى استقبل الجرحى. واتصلت الأسرة بشرطة نورث دالتون. "
      "ونقل المصابون إلى مستشفى ميداني.");
  CHECK(r->Surfaces() == std::vector<std::string>{"مستشفى كارلسفيلد", "المستشفى", "شرطة نورث دالتون"});
  REQUIRE(r->found.size() == 3);
  CHECK(r->found[0].type == EntityType::kOrg);
  CHECK(r->found[0].label.ends_with(" Hospital"));
  CHECK(r->found[1].id == r->found[0].id);
  CHECK(r->found[2].type == EntityType::kOrg);
  CHECK(r->found[2].label.ends_with(" Police"));
}

TEST_CASE("a European name's particle leaves it foreign: it ends before a common noun, never right after the particle") {
  const auto r = Recognise("وارتكب المدافع الهولندي فيرجيل فان دايك خطأ في منطقة الجزاء. وقال ستيفان دو سالين إن الفريق جاهز.");
  CHECK(r->Surfaces() == std::vector<std::string>{"الهولندي", "فيرجيل فان دايك", "ستيفان دو سالين"});
  // The word after the particle is the name's though the lexicons know it as a place (ترير, Trier).
  CHECK(Recognise("وقال المخرج هانز فون ترير إن الفيلم جاهز.")->Surfaces() == std::vector<std::string>{"هانز فون ترير"});
}

TEST_CASE("a given name on a glued و opens the next person of a list, a noun with a pronoun suffix ends a name") {
  const auto r = Recognise("وحضر الاجتماع وفد من القاهرة وخالد عليان مدير المكتبة. ونقلت الصحيفة عن حسن فرانكو قوله إن الوضع صعب.");
  CHECK(r->Surfaces() == std::vector<std::string>{"القاهرة", "خالد عليان", "حسن فرانكو"});
  // Not ب or ك: foreign names open with those letters (بروك لونغ، كايلي جينر).
  const auto foreign = Recognise("وقالت نجمة تليفزيون الواقع كايلي جينر إن شركتها ناجحة.");
  CHECK(foreign->Surfaces() == std::vector<std::string>{});
}

TEST_CASE("a country's short name holding a continent's is the country") {
  const auto r = Recognise("وقال رئيس أفريقيا الوسطى إن الوضع في أفريقيا صعب.");
  CHECK(r->Ids() == std::vector<std::string>{"central_african_republic", "central_african_republic", "africa"});
}

TEST_CASE("a head of state's title with no name is, in dated news, the one leader the record gives the state that year") {
  const auto dated = Recognise("وقال الزعيم الكوري الشمالي في 12 يونيو 2018 إن المحادثات ناجحة.");
  CHECK(dated->Ids() == std::vector<std::string>{"kim_jong_un", "north_korea"});
  // Undated, the title is the state; so is a king's, whose state the record gives a prime
  // minister only, and a prime minister's.
  CHECK(Recognise("وقال الزعيم الكوري الشمالي إن المحادثات ناجحة.")->Ids() == std::vector<std::string>{"north_korea"});
  CHECK(Recognise("وقال العاهل النرويجي في 12 يونيو 2018 إن المحادثات ناجحة.")->Ids() == std::vector<std::string>{"norway"});
  // A former holder's title is no one's now (الرئيسة الكورية الجنوبية المعزولة).
  CHECK(Recognise("وقالت الرئيسة الكورية الجنوبية المعزولة في 12 يونيو 2018 إنها بريئة.")->Ids() ==
        std::vector<std::string>{"south_korea"});
}

TEST_CASE("a leader's title is the leader the record seats there: a president's is not the prime minister's") {
  // Turkey has a president and a prime minister in 2018: each title is its own, named or not.
  CHECK(Recognise("وقال الرئيس التركي في 12 يونيو 2018 إن المحادثات ناجحة.")->Ids() ==
        std::vector<std::string>{"recep_tayyip_erdogan", "turkey"});
  CHECK(Recognise("وقال رئيس الوزراء التركي في 12 يونيو 2018 إن المحادثات ناجحة.")->Ids() ==
        std::vector<std::string>{"binali_yildirim", "turkey"});
  const auto named = Recognise("وصل أردوغان إلى أنقرة. ووصل بن علي يلدريم إلى إسطنبول. وقال الرئيس التركي إن الحكومة باقية.");
  REQUIRE(named->Surface("الرئيس التركي"));
  CHECK(named->Surface("الرئيس التركي")->id == "recep_tayyip_erdogan");
  // A prince of a kingdom is not its queen (أمير is a Gulf state's emir), and a chief of staff
  // is not the president the article names.
  CHECK(Recognise("وقال الأمير البريطاني في 12 يونيو 2018 إن الزيارة ناجحة.")->Ids() ==
        std::vector<std::string>{"united_kingdom"});
  const auto emir = Recognise("وقال أمير قطر في 12 يونيو 2018 إن الزيارة ناجحة.");
  REQUIRE(emir->Surface("أمير قطر"));
  CHECK(emir->Surface("أمير قطر")->id == "tamim_bin_hamad");
  const auto staff = Recognise("زار ترامب القاعدة. وقال رئيس الأركان الأمريكي إن الجيش مستعد.");
  REQUIRE(staff->Surface("رئيس الأركان الأمريكي"));
  CHECK(staff->Surface("رئيس الأركان الأمريكي")->id == "united_states");
}

TEST_CASE("a new organisation's head alone later in the article is that organisation") {
  const auto r = Recognise("فاز حزب بيرانتوس بالانتخابات في اليونان. وقال الحزب إن النتيجة تاريخية.");
  CHECK(r->Surfaces() == std::vector<std::string>{"حزب بيرانتوس", "اليونان", "الحزب"});
  REQUIRE(r->found.size() == 3);
  CHECK(r->found[2].id == r->found[0].id);
}

TEST_CASE("a group or a club is named after its head, not a head with a pronoun, a quantity or a region's nisba") {
  const auto r = Recognise(
      "واستحوذت مجموعة بيرانتوكس على نادي بيرانتوس. وقال مسؤول في مجموعته \"النجمة الزرقاء\" إن "
      "مجموعة جنود وصلت. وفاز النادي الكاتالوني بالمباراة.");
  const Found* group = r->Surface("مجموعة بيرانتوكس");
  REQUIRE(group);
  CHECK(group->type == EntityType::kOrg);
  CHECK(group->label.ends_with(" Group"));
  const Found* club = r->Surface("نادي بيرانتوس");
  REQUIRE(club);
  CHECK(club->label.ends_with(" Club"));
  // His group, a group of soldiers and the Catalan club are no bodies of their own names.
  CHECK(r->Surfaces() == std::vector<std::string>{"مجموعة بيرانتوكس", "نادي بيرانتوس"});
  // A pronoun's body may still be named where none of its quoted words is the dictionary's.
  const auto own = Recognise("وقال إن شركته \"بيرانتوكس\" ستبني النفق.");
  REQUIRE(own->Surface("شركته \"بيرانتوكس\""));
}

TEST_CASE("a definite head before an indefinite word, and a foreign name before a verb, end the organisation") {
  // The committee, then the clause's subject: no organisation named after a person.
  const auto r = Recognise("وقالت اللجنة فيرونيكا ستالتوفا إن التحقيق مستمر.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kOrg);
  // The name stops before the verb that goes on with the clause.
  const auto plane = Recognise("وقالت شركة بيرانتوكس تشغل رحلات يومية.");
  REQUIRE(plane->Surface("شركة بيرانتوكس"));
}

TEST_CASE("state institutions, sides, officials and acting capitals are the state") {
  auto r = Recognise(
      "طلبت الحكومةُ العراقية من الجانب التركي وقف القصف، فيما قال مسؤولون سوريون إن دمشق "
      "رفضت الطلب. وعقد الاجتماع في دمشق.");
  CHECK(r->Surface("الحكومةُ العراقية")->id == "iraq");
  CHECK(r->Surface("الحكومةُ العراقية")->kind == MentionKind::kInstitution);
  CHECK(r->Surface("الجانب التركي")->id == "turkey");
  CHECK(r->Surface("مسؤولون سوريون")->id == "syria");
  std::vector<std::string> damascus;
  for (const auto& f : r->found) {
    if (f.surface == "دمشق") damascus.push_back(f.id);
  }
  CHECK(damascus == std::vector<std::string>{"syria", "damascus"});  // actor, then place
}

TEST_CASE("a capital named as the capital is the city, a place, never its state") {
  auto r = Recognise(
      "وصل الوزير إلى العاصمة الروسية أمس، ثم قصفت الطائرات العاصمة بغداد، وقالت مصادر في "
      "العاصمة البريطانية لندن إن مدينة برلين هادئة. وزار وفد العاصمة اليمنية.");
  for (const auto& [surface, id] : std::vector<std::pair<std::string, std::string>>{
           {"العاصمة الروسية", "moscow"}, {"العاصمة بغداد", "baghdad"},
           {"العاصمة البريطانية لندن", "london"}, {"برلين", "berlin"}}) {
    INFO(surface);
    REQUIRE(r->Surface(surface));
    CHECK(r->Surface(surface)->id == id);
    CHECK(r->Surface(surface)->type == EntityType::kPlace);
  }
  // No state stands in for them, nor for a capital the lexicon does not give.
  for (const auto& id : r->Ids()) {
    CHECK(id != "russia");
    CHECK(id != "iraq");
    CHECK(id != "united_kingdom");
    CHECK(id != "yemen");
  }
  // Nor for a capital that names a part of the city or what is held there; a capital that does
  // something is its state.
  auto held = Recognise("قصفت الطائرات ريف دمشق قبل محادثات أستانة، وقالت موسكو إنها ستشارك.");
  CHECK(held->Ids() == std::vector<std::string>{"damascus", "astana", "russia"});
  CHECK(Recognise("وانسحب ترامب من اتفاق باريس للمناخ.")->Ids() == std::vector<std::string>{"donald_trump", "paris"});
}

TEST_CASE("the collective armed factions, only where the article is about Iraq") {
  auto iraq = Recognise("اتهمت بغداد الميليشيات بالهجوم، وحذرت المجموعات المدعومة من إيران.");
  CHECK(iraq->Surface("الميليشيات")->id == "iraqi_armed_factions");
  CHECK(iraq->Surface("المجموعات المدعومة من")->kind == MentionKind::kCollective);
  auto elsewhere = Recognise("اشتبكت الميليشيات في الإقليم.");
  CHECK_FALSE(elsewhere->Surface("الميليشيات"));
  // In an article about another state's war, only in Iraq's own sentence, or with its nisba.
  auto syria = Recognise(
      "قصفت سوريا مواقع المعارضة. وقالت سوريا إن الجيش تقدم. وعبر الحدود من العراق مقاتلون. "
      "وتقدمت قوات النظام والميليشيات نحو البلدة. وتنتشر الميليشيات في العراق أيضا. "
      "وأعلنت فصائل عراقية مسلحة دعمها. ورحبت سوريا بالدعم.");
  std::vector<std::string> militias;
  for (const auto& f : syria->found) {
    if (f.id == "iraqi_armed_factions") militias.push_back(f.surface);
  }
  CHECK(militias == std::vector<std::string>{"الميليشيات", "فصائل عراقية مسلحة"});
  REQUIRE(syria->Surface("الميليشيات"));
  CHECK(syria->Surface("الميليشيات")->mention->sentence == 4);
  // Its word before a group's own name describes that group, before an opposition's word the
  // opposition.
  auto named = Recognise("اتهمت بغداد ميليشيات حزب الله ومليشيات الحوثيين بالهجوم.");
  REQUIRE(named->Surface("ميليشيات حزب الله"));
  CHECK(named->Surface("ميليشيات حزب الله")->id == "hezbollah");
  REQUIRE(named->Surface("مليشيات الحوثيين"));
  CHECK(named->Surface("مليشيات الحوثيين")->id == "houthis");
  CHECK_FALSE(Recognise("اتهمت بغداد الفصائل المعارضة بالهجوم.")->Surface("الفصائل"));
}

TEST_CASE("a later family name or title resolves to the person the article named") {
  auto r = Recognise(
      "وذكر رئيس الوزراء اللبناني، سليم الحداد، أن لبنان يرفض التصعيد.\n"
      "وأضاف رئيس الوزراء اللبناني أن وفدا سيزور القاهرة، وشدد الحداد على الحوار.");
  const Found* full = r->Surface("سليم الحداد");
  REQUIRE(full);
  const Found* title = r->Surface("رئيس الوزراء اللبناني");
  REQUIRE(title);
  CHECK(title->kind == MentionKind::kTitle);
  CHECK(title->id == full->id);
  const Found* short_form = r->Surface("الحداد");
  REQUIRE(short_form);
  CHECK(short_form->kind == MentionKind::kShortForm);
  CHECK(short_form->id == full->id);
}

TEST_CASE("an unnamed office holder of a state stands for the state") {
  auto r = Recognise("وقال وزير الدفاع التركي إن العملية انتهت.");
  CHECK(r->Surface("وزير الدفاع التركي")->id == "turkey");
}

TEST_CASE("mention offsets are code points of the original text") {
  const std::string text = "قالت الخارجيـة: إنّ وفداً إيرانيّاً زار بغداد.";
  auto r = Recognise(text);
  const std::u32string original = [&] {
    std::u32string out;
    for (size_t i = 0; i < text.size();) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
      out.push_back(static_cast<char32_t>(c));
    }
    return out;
  }();
  REQUIRE_FALSE(r->found.empty());
  for (const auto& f : r->found) {
    std::string back;
    for (uint32_t i = f.mention->begin; i < f.mention->end; ++i) kg::text::AppendUtf8(&back, original[i]);
    CHECK(back == f.surface);
  }
  CHECK(r->Surface("إيرانيّاً"));
}

TEST_CASE("courtesy titles of several words and lone common words are no names") {
  auto r = Recognise("دعا رجل الدين العراقي مقتدى الصدر أنصاره إلى الهدوء.\nوكان الرئيس الأمريكي ندد بالقرار.");
  using Names = std::vector<std::string>;
  CHECK(r->Surfaces() == Names{"العراقي", "مقتدى الصدر", "الرئيس الأمريكي"});
  REQUIRE(r->Surface("مقتدى الصدر"));
  CHECK(r->Surface("مقتدى الصدر")->type == EntityType::kPerson);
  CHECK(r->Surface("الرئيس الأمريكي")->id == "united_states");
}

TEST_CASE("a verbal noun after a title is no name, and the name before the title is taken") {
  auto r = Recognise("ووصف ماهر الخطيب المتحدث باسم حماس إغلاق المعابر بأنه جريمة.");
  using Names = std::vector<std::string>;
  CHECK(r->Surfaces() == Names{"ماهر الخطيب", "حماس"});
  const Found* spokesman = r->Surface("ماهر الخطيب");
  REQUIRE(spokesman);
  CHECK(spokesman->mention->office == Office::kOfficial);
  // A foreign given name may be an Arabic word; it still opens a name.
  CHECK(Recognise("وقالت السفيرة الأمريكية إلينا فوستر إن الحوار مستمر.")->Surface("إلينا فوستر") != nullptr);
}

TEST_CASE("a verbal noun where a family name would be, or a known name or title after a reporting verb, makes no new name") {
  using Names = std::vector<std::string>;
  // The family name's place taken by a verbal noun: a common noun's phrase makes no person,
  // and a name running into the clause after it ends before it.
  auto common = Recognise("وقال رجل الأعمال إن السوق هادئة في العراق.\nوأكد عناصر الإسعاف نقل الجرحى.");
  CHECK(common->Surfaces() == Names{"العراق"});
  auto announced = Recognise("وأعلن كمال زيدون الانسحاب من السباق.");
  CHECK(announced->Surfaces() == Names{"كمال زيدون"});
  REQUIRE(announced->Surface("كمال زيدون"));
  CHECK(announced->Surface("كمال زيدون")->type == EntityType::kPerson);
  auto minister = Recognise("وأعلن وزير الخارجية العراقي كمال زيدون الانسحاب من السباق.");
  CHECK(minister->Surfaces() == Names{"العراقي", "كمال زيدون"});
  // A name the lexicon knows after a reporting verb is that name, not a new person's.
  const auto said = Recognise("وقالت كوريا الجنوبية إن المحادثات مستمرة.");
  CHECK(said->Surfaces() == Names{"كوريا الجنوبية"});
  const Found* korea = said->Surface("كوريا الجنوبية");
  REQUIRE(korea);
  CHECK(korea->type == EntityType::kCountry);
  // So is a title: an unnamed crown prince stands for his state.
  const auto unnamed = Recognise("وقال ولي العهد البحريني إن الحوار مستمر.");
  CHECK(unnamed->Surfaces() == Names{"ولي العهد البحريني"});
  const Found* prince = unnamed->Surface("ولي العهد البحريني");
  REQUIRE(prince);
  CHECK(prince->id == "bahrain");
}

TEST_CASE("a name and the text agree on the article: a family name or city is no ordinary word") {
  using Names = std::vector<std::string>;
  // صدر ("was issued") is not الصدر, the cleric's family name, alone or as a short form.
  auto sadr = Recognise("وقال مقتدى الصدر إن صدر القرار لا يعني شيئا، وأكد الصدر ذلك.");
  CHECK(sadr->Surfaces() == Names{"مقتدى الصدر", "الصدر"});
  for (const auto& found : sadr->found) CHECK(found.id == "muqtada_al_sadr");
  // A name the lexicon takes away (!مالي) takes its nisba too: المالية is "financial".
  auto finance = Recognise("قتل جنديان في مالي وقالت وزارة المالية المصرية إن الأزمة مالية.");
  CHECK(finance->Surfaces() == Names{"وزارة المالية المصرية"});
  CHECK(finance->found.at(0).id == "egypt");
}

TEST_CASE("a compound given name is spelled as one, and God is no family name") {
  using Names = std::vector<std::string>;
  auto r = Recognise("وقال السفير الأردني عبد الله زيدون إن الله أكبر، وشكر له.");
  CHECK(r->Surfaces() == Names{"الأردني", "عبد الله زيدون"});
  const Found* person = r->Surface("عبد الله زيدون");
  REQUIRE(person);
  CHECK(person->label == "Abdullah Zidun");
  CHECK(person->type == EntityType::kPerson);
}

TEST_CASE("a name written as hashtags or in hyphenated parts is one name") {
  using Names = std::vector<std::string>;
  auto r = Recognise("أعرب الرئيس الروسي فلاديمير #بوتين عن تأييده #الاتفاق_النووي_الإيراني، والتقى كيم جونغ-أون.");
  CHECK(r->Surfaces() == Names{"الروسي", "فلاديمير بوتين", "الإيراني", "كيم جونغ أون"});
  REQUIRE(r->Surface("فلاديمير بوتين"));
  CHECK(r->Surface("فلاديمير بوتين")->id == "vladimir_putin");
  REQUIRE(r->Surface("كيم جونغ أون"));
  CHECK(r->Surface("كيم جونغ أون")->id == "kim_jong_un");
  // The evidence span still covers the text as written, marks included.
  CHECK(r->Surface("فلاديمير بوتين")->mention->end - r->Surface("فلاديمير بوتين")->mention->begin == 15);
}

TEST_CASE("a new name that is a known person's family name alone or a one-letter variant is that person") {
  auto family = Recognise("وقال وزير الخارجية الأمريكي بومبيو إن المحادثات مستمرة.");
  REQUIRE(family->Surface("بومبيو"));
  CHECK(family->Surface("بومبيو")->id == "mike_pompeo");
  auto typo = Recognise("وقال الرئيس الأمريكي دونالد ترامبب إن المحادثات مستمرة.");
  REQUIRE(typo->Surface("دونالد ترامبب"));
  CHECK(typo->Surface("دونالد ترامبب")->id == "donald_trump");
  // بن left out and عبد joined to the next word, as news writes them either way.
  auto joined = Recognise("وقال العاهل السعودي سلمان عبد العزيز إن المحادثات مستمرة.");
  REQUIRE(joined->Surface("سلمان عبد العزيز"));
  CHECK(joined->Surface("سلمان عبد العزيز")->id == "salman_bin_abdulaziz");
  // Two letters swapped are one slip in a longer word, and another name in a word of four
  // (صالح is not صلاح).
  auto swapped = Recognise("وقالت المستشارة الألمانية أنغيلا مريكل إن المحادثات مستمرة.");
  REQUIRE(swapped->Surface("أنغيلا مريكل"));
  CHECK(swapped->Surface("أنغيلا مريكل")->id == "angela_merkel");
  auto short_word = Recognise("وقال المهاجم محمد صالح إن المحادثات مستمرة.");
  REQUIRE(short_word->Surface("محمد صالح"));
  CHECK(short_word->Surface("محمد صالح")->id != "mohamed_salah");
  // Two letters away is another name.
  auto other = Recognise("وقال الرئيس الأمريكي دونالد ترابيب إن المحادثات مستمرة.");
  REQUIRE(other->Surface("دونالد ترابيب"));
  CHECK(other->Surface("دونالد ترابيب")->id != "donald_trump");
}

TEST_CASE("a name after كل من or يدعى is a person's, and بنت joins a lineage") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وحضر اللقاء كل من هاسلو كرينوف ومارينا بيلتسكا.\n")->Surfaces() ==
        Surfaces{"هاسلو كرينوف", "مارينا بيلتسكا"});
  CHECK(Recognise("وقال شاب يدعى هاسلو كرينوف إن الوضع صعب.\n")->Surfaces() == Surfaces{"هاسلو كرينوف"});
  CHECK(Recognise("وقالت الشيخة هند بنت سالم كرينوف في الافتتاح.\n")->Surfaces() ==
        Surfaces{"هند بنت سالم كرينوف"});
  // A given name with the article opens a name before a lineage.
  CHECK(Recognise("وكان الحسين بن كرينوف قد حكم البلاد.\n")->Surfaces() == Surfaces{"الحسين بن كرينوف"});
}

TEST_CASE("a state body a rule names at more length is not the known name inside it") {
  const auto r = Recognise("وقال مجلس الأمن القومي التركي إن العملية مستمرة، ودعا مجلس الأمن الدولي إلى التهدئة.\n");
  REQUIRE(r->Surface("مجلس الأمن القومي التركي"));
  CHECK(r->Surface("مجلس الأمن القومي التركي")->id == "turkey");
  REQUIRE(r->Surface("مجلس الأمن الدولي"));
  CHECK(r->Surface("مجلس الأمن الدولي")->id == "un_security_council");
}

TEST_CASE("a lineage is read whole, and in a ruling house another father is another member") {
  const auto r = Recognise("وقال الشيخ محمد بن حمد بن خليفة آل ثاني إن الدوحة ترحب.\n");
  const Found* member = r->Surface("محمد بن حمد بن خليفة آل ثاني");
  REQUIRE(member);
  CHECK(member->id != "mohammed_bin_abdulrahman_al_thani");
  // The record's own name with its father is the record's person.
  const auto fm = Recognise("وقال الشيخ محمد بن عبدالرحمن آل ثاني إن الدوحة ترحب.\n");
  REQUIRE(fm->Surface("محمد بن عبدالرحمن آل ثاني"));
  CHECK(fm->Surface("محمد بن عبدالرحمن آل ثاني")->id == "mohammed_bin_abdulrahman_al_thani");
}

TEST_CASE("a compound given name's last word or a courtesy title stands for no one alone") {
  const auto r = Recognise("وقال المفتي سامر عز الدين إن الفتوى صدرت.\nوأكد أن الدين يرفض العنف.\n");
  CHECK(r->Surfaces() == std::vector<std::string>{"سامر عز الدين"});
}

TEST_CASE("a family name the article gave does not run on into the noun after it") {
  using Surfaces = std::vector<std::string>;
  const auto r = Recognise("وأفرجت المحكمة عن القس فيكتور كارانسون أمس.\nونفى كارانسون اتهامات بالتجسس.\n");
  CHECK(r->Surfaces() == Surfaces{"فيكتور كارانسون", "كارانسون"});
  CHECK(r->Ids()[0] == r->Ids()[1]);
  // Nor where the full name comes later in the article.
  const auto later = Recognise("ونفى كارانسون اتهامات بالتجسس.\nوأفرجت المحكمة عن القس فيكتور كارانسون أمس.\n");
  CHECK(later->Surfaces() == Surfaces{"كارانسون", "فيكتور كارانسون"});
  CHECK(later->Ids()[0] == later->Ids()[1]);
  // Nor does the noun it ran into stand for anyone later (قرار after وأعلن غني قرار).
  const auto noun = Recognise("وأعلن الرئيس الأفغاني أشرف غني وقف إطلاق النار.\nوأعلن غني قرار حكومته تمديد الهدنة.\n"
                              "وجاء قرار الرئيس بعد اجتماع.\n");
  CHECK(noun->Surfaces() == Surfaces{"الأفغاني", "أشرف غني", "غني"});
}

TEST_CASE("a state body known by its own name stands for its state as an actor") {
  auto r = Recognise("وقال البيت الأبيض إن الكرملين يهدد أوكرانيا.");
  REQUIRE(r->Surface("البيت الأبيض"));
  CHECK(r->Surface("البيت الأبيض")->id == "united_states");
  REQUIRE(r->Surface("الكرملين"));
  CHECK(r->Surface("الكرملين")->id == "russia");
  r = Recognise("وأعلن قصر الإليزيه أن داونينغ ستريت وافق على الخطة.");
  CHECK(r->Ids() == std::vector<std::string>{"france", "united_kingdom"});
  // So does it as the body a title names.
  auto title = Recognise("وقالت المتحدثة باسم البيت الأبيض سارة زيدون إن الرئيس سيزور فرنسا.");
  REQUIRE(title->Surface("سارة زيدون"));
  REQUIRE(title->Surface("سارة زيدون")->mention->affiliation >= 0);
  CHECK(title->recognition.entities[title->Surface("سارة زيدون")->mention->affiliation].id == "united_states");
  // A place after a locative, too (the schema resolves a state's bodies to the state), where
  // a capital is the city.
  auto place = Recognise("وعقد الاجتماع في البيت الأبيض ثم في موسكو.");
  REQUIRE(place->Surface("البيت الأبيض"));
  CHECK(place->Surface("البيت الأبيض")->id == "united_states");
  REQUIRE(place->Surface("موسكو"));
  CHECK(place->Surface("موسكو")->id == "moscow");
  // One the lexicon knows so only in its state's news (مجلس الشيوخ: the US Senate) is elsewhere
  // the senate of the state the article is about.
  auto senate = Recognise("وصوت مجلس الشيوخ على القانون في باكستان.\nوقالت باكستان إن القانون نافذ.");
  REQUIRE(senate->Surface("مجلس الشيوخ"));
  CHECK(senate->Surface("مجلس الشيوخ")->id == "pakistan");
  auto us = Recognise("وصوت مجلس الشيوخ على القانون.\nوقالت الولايات المتحدة إن القانون نافذ.");
  REQUIRE(us->Surface("مجلس الشيوخ"));
  CHECK(us->Surface("مجلس الشيوخ")->id == "united_states");
  // Another state's nisba makes the name that state's body (a senate, a house of commons).
  auto other = Recognise("وصوت مجلس الشيوخ الإيطالي بعد أن صوت مجلس العموم الكندي.");
  CHECK(other->Ids() == std::vector<std::string>{"italy", "canada"});
}

TEST_CASE("a known one-word name that needs a context is its person only where nothing else claims the word") {
  // The lexicon has كيم@north_korea for Kim Jong-un.
  auto r = Recognise("وقال ترامب إن لقاءه مع كيم سيعقد بعد أن وافقت كوريا الشمالية.");
  REQUIRE(r->Surface("كيم"));
  CHECK(r->Surface("كيم")->id == "kim_jong_un");
  CHECK(Recognise("وقال ترامب إن لقاءه مع كيم سيعقد في سنغافورة.")->Surface("كيم") == nullptr);
  // Another Kim the article names in full owns the word, a Korean family name included.
  auto named = Recognise("والتقى بومبيو المسؤول الكوري الشمالي كيم يونغ تشول.\nوقال كيم إن بلاده ملتزمة.");
  std::vector<std::string> kims;
  for (const Found& f : named->found) {
    if (f.surface == "كيم") kims.push_back(f.id);
  }
  CHECK(kims == std::vector<std::string>{"kim_yong_chol"});
  // A name the word opens is read whole.
  auto whole = Recognise("وقالت كيم كارداشيان إن كوريا الشمالية بعيدة.");
  REQUIRE(whole->Surface("كيم كارداشيان"));
  CHECK(whole->Surface("كيم كارداشيان")->id == "kim_kardashian");
  // Where two Kims are named in full, a leader's title picks the one the record makes leader.
  auto leader = Recognise("ووصل الزعيم الكوري الشمالي كيم جونغ أون مع شقيقته كيم يو جونغ.\nوقال مسؤولون إن الزعيم كيم سيلتقي ترامب.\n");
  kims.clear();
  for (const Found& f : leader->found) {
    if (f.surface == "كيم") kims.push_back(f.id);
  }
  CHECK(kims == std::vector<std::string>{"kim_jong_un"});
  // One named in full with كيم last who serves another state (an American envoy) leaves it to
  // the person North Korea's news names so.
  auto envoy = Recognise("وقال السفير الأمريكي سونغ كيم إن المحادثات مع كوريا الشمالية مستمرة.\nوتستعد سنغافورة لقمة ترامب وكيم.\n");
  kims.clear();
  for (const Found& f : envoy->found) {
    if (f.surface == "كيم") kims.push_back(f.id);
  }
  CHECK(kims == std::vector<std::string>{"kim_jong_un"});
}

TEST_CASE("a party's generic name that needs its state's news opens another party's longer name") {
  // The lexicon knows الحزب الديمقراطي as the US Democratic Party in news naming the United States.
  auto us = Recognise("وقال الحزب الديمقراطي إن الولايات المتحدة تحتاج إلى قانون جديد.");
  REQUIRE(us->Surface("الحزب الديمقراطي"));
  CHECK(us->Surface("الحزب الديمقراطي")->id == "democratic_party");
  auto other = Recognise("وفاز الحزب الديمقراطي المسيحي في الانتخابات رغم انتقاد الولايات المتحدة.");
  REQUIRE(other->Surface("الحزب الديمقراطي المسيحي"));
  CHECK(other->Surface("الحزب الديمقراطي المسيحي")->id != "democratic_party");
  CHECK(other->Surface("الحزب الديمقراطي") == nullptr);
}

TEST_CASE("a known family name after another person's given name is another person of that family") {
  // The lexicon has Mike Pompeo (مايك بومبيو) and Erdogan as رجب طيب أردوغان.
  auto other = Recognise("وقال سوزان بومبيو، زوجة الوزير، إن الحفل تأجل.");
  REQUIRE(other->Surface("سوزان بومبيو"));
  CHECK(other->Surface("سوزان بومبيو")->id != "mike_pompeo");
  CHECK(other->Surface("بومبيو") == nullptr);
  // One of the person's own words before the family name, in any order, is the person.
  auto reordered = Recognise("وقال الرئيس التركي طيب رجب أردوغان إن الانتخابات مبكرة.");
  REQUIRE(reordered->Surface("طيب رجب أردوغان"));
  CHECK(reordered->Surface("طيب رجب أردوغان")->id == "recep_tayyip_erdogan");
}

TEST_CASE("a known family name alone after the article named someone else in full with it is that someone") {
  // The lexicon has Mike Pompeo, whom بومبيو alone names.
  auto r = Recognise("وقالت الممثلة سوزان بومبيو إن الحفل تأجل. وأضافت بومبيو أن الموعد الجديد لم يحدد.");
  REQUIRE(r->found.size() == 2);
  CHECK(r->found[0].id != "mike_pompeo");
  CHECK(r->found[1].id == r->found[0].id);
  // Not where the article names the known person in full too, nor under a title of theirs.
  auto both = Recognise("وقال مايك بومبيو إن الحفل تأجل. وقالت سوزان بومبيو إن الموعد تغير. وأضاف بومبيو أنه سيحضر.");
  REQUIRE(both->found.size() == 3);
  CHECK(both->found[2].id == "mike_pompeo");
  auto titled = Recognise("وقالت سوزان بومبيو إن الحفل تأجل. وقال وزير الخارجية الأمريكي بومبيو إنه سيحضر.");
  REQUIRE(titled->Surface("بومبيو"));
  CHECK(titled->Surface("بومبيو")->id == "mike_pompeo");
}

TEST_CASE("a kunya is one name: أبو and the word after it are no given name and family name") {
  // Mahmoud Abbas is known as محمود عباس and أبو مازن, Wasel Abu Youssef as واصل أبو يوسف.
  auto kunya = Recognise("وقال أبو علي العباس إن المعارك مستمرة.");
  REQUIRE(kunya->Surface("أبو علي العباس"));
  CHECK(kunya->Surface("أبو علي العباس")->id != "mahmoud_abbas");
  auto family = Recognise("وقالت روان أبو يوسف إن المعارك مستمرة.");
  REQUIRE(family->Surface("روان أبو يوسف"));
  CHECK(family->Surface("روان أبو يوسف")->id != "wasel_abu_youssef");
  // A known person's family name that is a kunya on a given name names no one alone: many are
  // called so (Saeed Abu Ali is known as سعيد أبو علي).
  auto alone = Recognise("وقال أبو علي إن المعارك مستمرة في المدينة.");
  REQUIRE(alone->Surface("أبو علي"));
  CHECK(alone->Surface("أبو علي")->id != "saeed_abu_ali");
  // The known people themselves still are.
  auto known = Recognise("وقال أبو مازن إن المفاوضات متوقفة، فيما قال واصل أبو يوسف إنها لم تبدأ.");
  CHECK(known->Ids() == std::vector<std::string>{"mahmoud_abbas", "wasel_abu_youssef"});
}

TEST_CASE("a lineage after a known name is the name's, and no name starts with one") {
  using Names = std::vector<std::string>;
  auto r = Recognise("وقال الأمير خالد بن سلمان آل سعود إن الهجوم فشل.");
  CHECK(r->Surfaces() == Names{"خالد بن سلمان آل سعود"});
  CHECK(r->found.at(0).id == "khalid_bin_salman");
  auto lost = Recognise("وكان يملكها الأمير الوليد بن طلال، ثم باعها.");
  CHECK(lost->Surface("بن طلال") == nullptr);
  // الابن with the article is "junior", no lineage: the word after it is not a father's name.
  r = Recognise("وكان دونالد ترامب الابن منذ يومين في موسكو.");
  for (const auto& surface : r->Surfaces()) CHECK(surface.find("منذ") == std::string::npos);
}

TEST_CASE("an organisation's head before common words makes no organisation") {
  using Names = std::vector<std::string>;
  auto r = Recognise("وتعتبر أنقرة الجماعة منظمة إرهابية، وقال التنظيم المتطرف إنه سيرد.");
  CHECK(r->Surfaces() == Names{"أنقرة"});
  auto quoted = Recognise("وقالت حركة \"السلام الآن\" إن البناء مستمر.");
  CHECK(quoted->Surfaces() == Names{"حركة \"السلام الآن\""});
}

TEST_CASE("a body named in dictionary words is an organisation after an office in it") {
  using Names = std::vector<std::string>;
  auto r = Recognise("وقال مدير مركز البحوث الزراعية محمد الخطيب إن الموسم جيد.");
  CHECK(r->Surfaces() == Names{"مركز البحوث الزراعية", "محمد الخطيب"});
  REQUIRE(r->Surface("مركز البحوث الزراعية"));
  CHECK(r->Surface("مركز البحوث الزراعية")->type == EntityType::kOrg);
  // A state's nisba after the name is the body's state, not a word of its name.
  auto state = Recognise("وقال رئيس جمعية حماية المستهلك الأردنية إن الأسعار مرتفعة.");
  CHECK(state->Surface("جمعية حماية المستهلك"));
  // Common phrases are no name: one genitive, a word a rule knows, adjectives alone, a
  // definite head before a noun, and the same words without an office.
  CHECK(Recognise("وقال رئيس لجنة التحكيم إن الفيلم فاز.")->Surfaces().empty());
  CHECK(Recognise("وقال رئيس مجلس الإدارة إن الشركة رابحة.")->Surfaces().empty());
  CHECK(Recognise("وقال رئيس المجلس العسكري إن الوضع مستقر.")->Surfaces().empty());
  CHECK(Recognise("وقالت رئيسة الجمعية الطبيبة سارة الخطيب إن.")->Surfaces() == Names{"سارة الخطيب"});
  CHECK(Recognise("وزار الوفد مركز البحوث الزراعية أمس.")->Surfaces().empty());
}

TEST_CASE("a word the dictionary has only with the pronoun \"you\" after it is a name's") {
  // ديليك reads as ديلي + ك ("your Deli"): news prose does not address its reader.
  auto r = Recognise("وحكمت المحكمة على ديليك أوجلان بالسجن.");
  REQUIRE(r->Surface("ديليك أوجلان"));
  CHECK(r->Surface("ديليك أوجلان")->id != "abdullah_ocalan");
  CHECK(r->Surface("ديليك أوجلان")->type == EntityType::kPerson);
}

TEST_CASE("a name that begins with أل is no definite word after a conjunction") {
  auto r = Recognise("وتقدمت قوات المقاومة الوطنية وألوية العمالقة نحو الميناء.");
  const auto brigades = std::ranges::find_if(r->found, [](const Found& f) { return f.id == "giants_brigades"; });
  REQUIRE(brigades != r->found.end());
  CHECK(brigades->surface == "ألوية العمالقة");
}

TEST_CASE("the last words of a known person's name, or their name after a stray word, are the person") {
  auto tail = Recognise("وقال الزعيم الكوري الشمالي جونغ أون إن القمة ناجحة.");
  REQUIRE(tail->Surface("جونغ أون"));
  CHECK(tail->Surface("جونغ أون")->id == "kim_jong_un");
}

TEST_CASE("a name that shares a known person's first word and a last syllable of two letters is another's") {
  // إن closes مون جاي إن as a syllable of the given name, not as a family name.
  auto r = Recognise("وقال المستشار الأكاديمي مون تشونغ-إن إن الشمال مستعد.");
  REQUIRE(r->Surface("مون تشونغ إن"));
  CHECK(r->Surface("مون تشونغ إن")->id != "moon_jae_in");
  CHECK(r->Surface("مون تشونغ إن")->type == EntityType::kPerson);
}

TEST_CASE("a word joined to a name by a hyphen is the name's, unless it is a known name of its own") {
  // كيوم also reads as ك + يوم ("like a day"); after the hyphen it is a part of the name.
  CHECK(Recognise("وقال المتحدث كيم سانغ-كيوم إن القمة ناجحة.")->Labels() ==
        std::vector<std::string>{"كيم سانغ كيوم = Kim Sang Kyum"});
  // Two known people joined so are two: a summit of Kim and Trump.
  CHECK(Recognise("وهددت بيونغ يانغ بإلغاء قمة كيم-ترامب المقررة.")->Ids() ==
        std::vector<std::string>{"north_korea", "kim_jong_un", "donald_trump"});
}

TEST_CASE("one word of the name of the body's recorded leader after the title is the leader") {
  auto king = Recognise("وأجرى محادثات مع الملك السعودي سلمان وولي العهد في الرياض.");
  REQUIRE(king->Surface("سلمان"));
  CHECK(king->Surface("سلمان")->id == "salman_bin_abdulaziz");
  auto president = Recognise("وقال الرئيس الكوري الجنوبي مون إن القمة ناجحة.");
  REQUIRE(president->Surface("مون"));
  CHECK(president->Surface("مون")->id == "moon_jae_in");
}

TEST_CASE("a title right after a name is its apposition after a comma or a verb of saying, not after another verb") {
  auto object = Recognise("واستقبل ترامب العاهل الأردني في البيت الأبيض.");
  REQUIRE(object->Surface("ترامب"));
  CHECK(object->Surface("ترامب")->mention->title_end == object->Surface("ترامب")->mention->title_first);
  auto said = Recognise("وقال بهرام قاسمي المتحدث باسم وزارة الخارجية الإيرانية إن الاتفاق قائم.");
  REQUIRE(said->Surface("بهرام قاسمي"));
  CHECK(said->Surface("بهرام قاسمي")->mention->title_end > said->Surface("بهرام قاسمي")->mention->title_first);
}

TEST_CASE("a title never resolves to a known person of another state") {
  auto r = Recognise("والتقى دونالد ترامب، زعيم كوريا الشمالية، في سنغافورة.\nوقال زعيم كوريا الشمالية إن القمة ناجحة.");
  for (const Found& f : r->found) {
    if (f.kind == MentionKind::kTitle) CHECK(f.id != "donald_trump");
  }
}

TEST_CASE("a known name is read across the quotation marks and hyphens written inside it") {
  auto hyphen = Recognise("ورحب الرئيس الكوري الجنوبي، مون جيه-إن، بهذه الأنباء.");
  REQUIRE(hyphen->Surface("مون جيه إن"));
  CHECK(hyphen->Surface("مون جيه إن")->id == "moon_jae_in");
  auto r = Recognise("وأعلن تحالف \"دعم الشرعية\" في اليمن أن الهجوم فشل.");
  const auto coalition = std::ranges::find_if(r->found, [](const Found& f) { return f.id == "arab_coalition"; });
  CHECK(coalition != r->found.end());
}

TEST_CASE("an organisation's head word before a known name makes no new organisation") {
  using Names = std::vector<std::string>;
  // The head is named with the body, so that no verb takes the head alone for its subject.
  auto r = Recognise("وقالت منظمة هيومن رايتس ووتش إن مصر تعتقل النشطاء.");
  CHECK(r->Surfaces() == Names{"منظمة هيومن رايتس ووتش", "مصر"});
  CHECK(r->found.at(0).id == "human_rights_watch");
  r = Recognise("وطالبت منظمة \"هيومن رايتس ووتش\" مصر بالإفراج عن النشطاء.");
  CHECK(r->Surfaces() == Names{"منظمة \"هيومن رايتس ووتش\"", "مصر"});
  CHECK(r->found.at(0).id == "human_rights_watch");
}

TEST_CASE("a father's name after بن and a short word are no family names standing alone") {
  using Names = std::vector<std::string>;
  auto r = Recognise("وقال أمير قطر تميم بن حمد آل ثاني إن الحوار مستمر.\nوقال حمد إن المحادثات تتقدم.");
  const Found* emir = r->Surface("تميم بن حمد آل ثاني");
  REQUIRE(emir);
  CHECK(emir->type == EntityType::kPerson);
  CHECK(r->Surface("حمد") == nullptr);
  auto moon = Recognise("والتقى الرئيس الكوري الجنوبي مون جاي إن نظيره، وقال إن المحادثات مستمرة.");
  CHECK(moon->Surfaces() == Names{"الكوري الجنوبي", "مون جاي إن"});
}

TEST_CASE("a party named with another state's nisba is not the known party of that name") {
  auto r = Recognise("وقال حزب العدالة والتنمية الأردني إن الحكومة مستمرة، وحذر حزب العدالة والتنمية التركي من الأزمة.");
  const Found* jordanian = r->Surface("حزب العدالة والتنمية الأردني");
  REQUIRE(jordanian);
  CHECK(jordanian->id != "akp");
  CHECK(jordanian->type == EntityType::kOrg);
  const Found* turkish = r->Surface("حزب العدالة والتنمية");
  REQUIRE(turkish);
  CHECK(turkish->id == "akp");
  // A state conjoined after it is the clause's, not the name's.
  CHECK(Recognise("وقالت المعارضة السورية وروسيا إن الهدنة صامدة.")->Ids() == std::vector<std::string>{"syrian_opposition", "russia"});
}

TEST_CASE("the unnamed militias are Iraq's only near a mention of Iraq") {
  const std::string far = "زار الوزير العراق أمس.\nوقال إن الحوار مستمر.\nوأضاف أن الطقس جميل.\n"
                          "وتابع أن الاقتصاد ينمو.\nوأشار إلى أن الموسم بدأ.\nوهاجمت الميليشيات مدينة في اليمن.";
  auto r = Recognise(far);
  CHECK(r->Surface("الميليشيات") == nullptr);
  auto near = Recognise("زار الوزير العراق أمس.\nوهاجمت الميليشيات قاعدة أمريكية.");
  REQUIRE(near->Surface("الميليشيات"));
  CHECK(near->Surface("الميليشيات")->id == "iraqi_armed_factions");
}

TEST_CASE("a name ends before a verbal noun in a construct, the object of the clause's verb") {
  auto r = Recognise("ودان نائب السفير البريطاني جوناثان آلانان استهداف المدنيين.");
  REQUIRE(r->Surface("جوناثان آلانان"));
  CHECK(r->Surface("جوناثان آلانان استهداف") == nullptr);
  // A given name of that shape stays in the name (محمد إقبال).
  CHECK(Recognise("وقال الوزير محمد إقبال إن الوضع هادئ.")->Surfaces() == std::vector<std::string>{"محمد إقبال"});
  // Before a particle no construct goes on: the word of that shape is the family name (أفعال is
  // a plural's shape too), save in the accusative, which is the clause's.
  CHECK(Recognise("وقال الوزير سمير أوجار إن الوضع هادئ.")->Surfaces() == std::vector<std::string>{"سمير أوجار"});
  CHECK(Recognise("وقال خوان مانولو مستذكرا، إن الحفل كان كبيرا.")->Surfaces() ==
        std::vector<std::string>{"خوان مانولو"});
}

TEST_CASE("a name ends before an occupation in apposition and before its clause's verb") {
  using Names = std::vector<std::string>;
  // NAME، OCCUPATION OF NAME and NAME OCCUPATION: the occupation is no part of either name.
  CHECK(Recognise("وقال بيار دوناك محامي كمال زيدون إن موكله بريء.")->Surfaces() ==
        Names{"بيار دوناك", "كمال زيدون"});
  CHECK(Recognise("وقال رونالد بيتسون مراسل الوكالة إن الوضع هادئ.")->Surfaces() == Names{"رونالد بيتسون"});
  // The verb of the clause whose subject the name is: an imperfect, a future, a perfect on و.
  CHECK(Recognise("وقال الوزير مارك تيلو يشغل منصب المدير منذ عامين.")->Surface("مارك تيلو"));
  CHECK(Recognise("وقال الوزير مارك تيلو يشغل منصب المدير منذ عامين.")->Surface("مارك تيلو يشغل") == nullptr);
  CHECK(Recognise("وقالت الوزيرة سوزان بيترز وافقت على الخطة.")->Surface("سوزان بيترز"));
  // A family name that happens to be a verb's spelling still ends a name before a comma.
  CHECK(Recognise("وقال المستشار العراقي، عبد الأمير تعيبان، إن الحوار مستمر.")->Surface("عبد الأمير تعيبان"));
}

TEST_CASE("a person later called by one word of their full name is that person") {
  // A family name that comes first, and a given name alone.
  auto korean = Recognise("وقال الوزير تشوي سونغ جين إن المحادثات مستمرة.\nوأضاف الوزير تشوي أن الحوار مفيد.");
  REQUIRE(korean->found.size() == 2);
  CHECK(korean->found[0].id == korean->found[1].id);
  CHECK(korean->found[1].kind == MentionKind::kShortForm);
  auto given = Recognise("وقال رئيس الوزراء فريدريك هانسن إن المحادثات مستمرة.\nوأكد رئيس الوزراء فريدريك أن الحوار مفيد.");
  REQUIRE(given->found.size() == 2);
  CHECK(given->found[0].id == given->found[1].id);
  // Not when two people of the article share the word.
  auto two = Recognise("وقال الوزير تشوي سونغ جين إن المحادثات مستمرة.\nوقال الوزير تشوي مين هو إن الحوار مفيد.\n"
                       "وأضاف الوزير تشوي أن الاتفاق قريب.");
  std::vector<std::string> ids;
  for (const auto& f : two->found) ids.push_back(f.id);
  CHECK(std::ranges::count(ids, two->found.back().id) == 1);
}

TEST_CASE("a known given name and a word no dictionary has make a person without a title") {
  using Names = std::vector<std::string>;
  CHECK(Recognise("وسجل أنطوان غريزمان هدفا في المباراة.")->Surfaces() == Names{"أنطوان غريزمان"});
  CHECK(Recognise("وشارك بول بوغبا في التدريب.")->Surfaces() == Names{"بول بوغبا"});
  // A given name before an ordinary word is no name: the pair is a clause's.
  CHECK(Recognise("وقال إن جورج عاد إلى المنزل.")->Surfaces().empty());
}

TEST_CASE("a nationality before a name no dictionary has makes a person, and a foreign name is not read as a preposition on a word") {
  using Names = std::vector<std::string>;
  auto r = Recognise("وسجل المهاجم الأرجنتيني فيرناندو غاياردو هدفا.");
  CHECK(r->Surfaces() == Names{"الأرجنتيني", "فيرناندو غاياردو"});
  CHECK(r->Surface("فيرناندو غاياردو")->type == EntityType::kPerson);
  // After a nisba, dictionary words are the noun phrase's, not a name.
  CHECK(Recognise("وأدان الاحتلال الإسرائيلي هدم المنازل.")->Surfaces() == Names{"الاحتلال الإسرائيلي"});
  // ليزلي looks like ل + a word's stem; it is a given name the dictionary does not have.
  r = Recognise("وحذرت ليزلي سوندرز، الطبيبة في المستشفى، من العدوى.");
  REQUIRE(r->Surface("ليزلي سوندرز"));
  CHECK(r->Surface("ليزلي سوندرز")->type == EntityType::kPerson);
}

TEST_CASE("a place's noun before a name no lexicon has makes a place of the name alone") {
  using Names = std::vector<std::string>;
  auto r = Recognise("ووقع الهجوم في بلدة كوربس كريستي مساء الأحد.");
  CHECK(r->Surfaces() == Names{"كوربس كريستي"});
  CHECK(r->Surface("كوربس كريستي")->type == EntityType::kPlace);
  CHECK(Recognise("وقال سكان قرية \"تيلوسا ماريغا\" إن الهدم وشيك.")->Surfaces() == Names{"تيلوسا ماريغا"});
  // A place's name may end in ta marbuta when no dictionary has the word.
  CHECK(Recognise("ووقع الحادث في قرية الزويطينة جنوب البلاد.")->Surfaces() == Names{"الزويطينة"});
  // Streets, airports, camps and bases too.
  CHECK(Recognise("وهبطت الطائرة في مطار كورنيلوفو الدولي.")->Surfaces() == Names{"كورنيلوفو"});
  CHECK(Recognise("ووقع الحادث في شارع نيفرونوف.")->Surfaces() == Names{"نيفرونوف"});
  // Dictionary words, a participle describing the place, and the noun with the article name no
  // place: a concept, a description, a reference back.
  CHECK(Recognise("واتفقوا على منطقة \"خفض التصعيد\" في الجنوب.")->Surfaces().empty());
  CHECK(Recognise("وأعلنت الحكومة المحافظة منطقة منكوبة.")->Surfaces().empty());
  CHECK(Recognise("وقرر عمدة المدينة هيرمان ماشابا تعليق الخدمة.")->Surface("هيرمان ماشابا")->type ==
        EntityType::kPerson);
}

TEST_CASE("a leader's title with no name is the one leader of that state the article names and the record knows") {
  using Ids = std::vector<std::string>;
  auto r = Recognise("وقال دونالد ترامب إن الاتفاق سيء. وقالت إيفانكا ترامب، ابنة الرئيس الأمريكي، إنها ستزور المنطقة.");
  // The state inside the title is named too, as beside a name.
  CHECK(r->Ids() == Ids{"donald_trump", "ivanka_trump", "donald_trump", "united_states"});
  CHECK(r->found[2].kind == MentionKind::kTitle);
  CHECK(r->found[2].mention->office == Office::kLeader);
  // Not an indefinite title (any president), and not where the record has two leaders of the
  // state at once (a president and a prime minister): the title may be the other's.
  CHECK(Recognise("وقال دونالد ترامب إنه أول رئيس أمريكي يزور المكان.")->Ids() == Ids{"donald_trump", "united_states"});
  CHECK(Recognise("وقال بنيامين نتنياهو إن الرئيس الإسرائيلي سيزور المنطقة.")->Ids() ==
        Ids{"benjamin_netanyahu", "israel"});
}

TEST_CASE("a word that spells a known person's given name before their family name is that person, not a new one") {
  auto r = Recognise("وقال المبعوث جاسون غرينبلات إن الخطة جاهزة.");
  CHECK(r->Surfaces() == std::vector<std::string>{"جاسون غرينبلات"});
  CHECK(r->Ids() == std::vector<std::string>{"jason_greenblatt"});
  // A misspelt family name that the analysis reads with a pronoun suffix (ميرك: مير + ك).
  CHECK(Recognise("وقالت أنجيلا ميرك إن الاتفاق مهم.")->Ids() == std::vector<std::string>{"angela_merkel"});
}

TEST_CASE("another given name before a known person's family name is another member of the family") {
  using Ids = std::vector<std::string>;
  // A given name a letter away from theirs that is a name of its own (أحمد, not محمد).
  auto r = Recognise("وقال أحمد الحلبوسي إن الجلسة تأجلت.");
  CHECK(r->Surfaces() == std::vector<std::string>{"أحمد الحلبوسي"});
  CHECK(r->Ids() == Ids{"ahmed_al_halbousi"});
  // A given name the dictionary also has, before an Arab family name with the article.
  CHECK(Recognise("وقال خالد الأسد إن الجلسة تأجلت.")->Ids() == Ids{"khaled_al_assad"});
  // A name's short form or long form is the same name (مايكل for مايك).
  CHECK(Recognise("وقال مايكل بومبيو إن الجلسة تأجلت.")->Ids() == Ids{"mike_pompeo"});
  // Before a family name without it the word may be a noun: عمر بوتين is Putin's age.
  CHECK(Recognise("ويبلغ عمر بوتين الآن سبعين عاما.")->Ids() == Ids{"vladimir_putin"});
  // Unless a verb of saying or a title vouches for a name: hunspell has كارين and جون, yet
  // Karen and John Mueller are not Robert Mueller, and no word of theirs stands alone.
  CHECK(Recognise("وقالت كارين مولر إن الجلسة تأجلت.")->Ids() == Ids{"karen_mueller"});
  CHECK(Recognise("وقال الوزير جون مولر إن الجلسة تأجلت.")->Ids() == Ids{"john_mueller"});
  // So is one no dictionary has before a foreign family name, and any before an Arab one.
  CHECK(Recognise("وتتهم سوزان نيكسون الحاكم بالفشل.")->Ids() == Ids{"susan_nixon"});
  CHECK(Recognise("وتتهم نادر الحريري بالفشل.")->Ids() == Ids{"nader_al_hariri"});
  // But not a name conjoined with the family name or governing it.
  CHECK(Recognise("وقالت سوزان ومولر إن الجلسة تأجلت.")->Ids() == Ids{"robert_mueller"});
}

TEST_CASE("a word with tanween is no part of a name") {
  // It ends the name before it, as the indefinite accusative does.
  CHECK(Recognise("وعينت الحكومة الجنرال ماركو فيليني قائداً للجيش.")->Surfaces() ==
        std::vector<std::string>{"ماركو فيليني"});
}

TEST_CASE("a state body without its nisba is the state the article named it with") {
  using Ids = std::vector<std::string>;
  // The nearest naming before it, whatever states the article names in between.
  auto r = Recognise("وقالت وزارة الدفاع الروسية إن طائرة سقطت. وردت أنقرة على ذلك. وأضافت وزارة الدفاع أن الطيار نجا.");
  CHECK(r->Ids() == Ids{"russia", "turkey", "russia"});
  CHECK(r->found.back().surface == "وزارة الدفاع");
  CHECK(r->found.back().kind == MentionKind::kInstitution);
  // A naming after it counts when every naming is of one state.
  CHECK(Recognise("وناقش البرلمان القانون. ثم أقر البرلمان الأردني القانون.")->Ids() == Ids{"jordan", "jordan"});
  // Two states' namings after it, or none at all: no state.
  CHECK(Recognise("ورحبت الحكومة بالقرار. ثم ردت الحكومة العراقية والحكومة السورية.")->Ids() == Ids{"iraq", "syria"});
  CHECK(Recognise("وقالت الحكومة إن الوضع هادئ.")->found.empty());
}

TEST_CASE("a body is named after its head, not after an official in apposition to it") {
  using Ids = std::vector<std::string>;
  // حكومة نتنياهو: the government of its head, so the state; the person keeps his mention.
  CHECK(Recognise("وهاجمت حكومة بنيامين نتنياهو القرار.")->Ids() == Ids{"israel", "benjamin_netanyahu"});
  // The ministry's spokesman is no head of it: his name does not qualify the ministry.
  CHECK(Recognise("وقال المتحدث باسم الخارجية محمد الكايد إن القرار نهائي.")->Ids() == Ids{"mohammed_al_kayed"});
}

TEST_CASE("a state body the article never qualifies is the state the article is about") {
  using Ids = std::vector<std::string>;
  // The state named at least twice as often as any other.
  auto r = Recognise("زار الرئيس اللبناني باريس. وقال إن لبنان يريد السلام. وصوت مجلس النواب على القانون.");
  CHECK(r->Ids() == Ids{"lebanon", "france", "lebanon", "lebanon"});
  CHECK(r->found.back().surface == "مجلس النواب");
  // Not when no state stands out, nor for a body placed somewhere (وزارة الصحة في غزة).
  CHECK(Recognise("وقال لبنان وسوريا إن الحكومة تدرس الأمر.")->Ids() == Ids{"lebanon", "syria"});
  CHECK(Recognise("وقالت إسرائيل إن إسرائيل سترد. وأعلنت وزارة الصحة في غزة مقتل شاب.")->Ids() ==
        Ids{"israel", "israel", "gaza"});
}

TEST_CASE("an opposition no nisba qualifies is the one of the article, or of its state") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقالت المعارضة السورية إنها سترد. وقصفت الطائرات مواقع المعارضة.")->Ids() ==
        Ids{"syrian_opposition", "syrian_opposition"});
  CHECK(Recognise("وقال الأسد إن سوريا ستنتصر وإن سوريا قوية. وهاجمت المعارضة المسلحة مواقع في حلب.")->Ids() ==
        Ids{"bashar_al_assad", "syria", "syria", "syrian_opposition", "aleppo"});
  // Not where the article names no state's opposition, nor before a place (المعارضة في فنزويلا).
  CHECK(Recognise("وقالت المعارضة إن الانتخابات مزورة.")->found.empty());
}

TEST_CASE("a nameless title of a body no nisba qualifies stands for the body's state") {
  using Ids = std::vector<std::string>;
  auto r = Recognise("وقالت وزارة الدفاع الروسية إن الطائرة سقطت. وقال المتحدث باسم وزارة الدفاع إن الطيار نجا.");
  CHECK(r->Ids() == Ids{"russia", "russia"});
  CHECK(r->found.back().surface == "المتحدث باسم وزارة الدفاع");
  CHECK(r->found.back().kind == MentionKind::kInstitution);
}

TEST_CASE("a name with a context stands for its entity only where the article names the context") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقالت بريطانيا إن الخطة جيدة. وقالت ماي إن الاتفاق قريب.")->Ids() ==
        Ids{"united_kingdom", "theresa_may"});
  CHECK(Recognise("وفي 15 ماي الماضي أعلن الملك المغربي القرار.")->Ids() == Ids{"morocco"});
  // A name whose context is its own entity needs the article to name it otherwise: الصدر is the
  // cleric after مقتدى الصدر, and the chest in an article that never names him.
  CHECK(Recognise("وأصيب شاب برصاصة في الصدر قرب الحدود.")->Ids().empty());
  CHECK(Recognise("قال مقتدى الصدر إن الحكومة ستتشكل. وأضاف الصدر أن التحالف قوي.")->Ids() ==
        Ids{"muqtada_al_sadr", "muqtada_al_sadr"});
}

TEST_CASE("a known organisation's name misspelt is that organisation") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقالت منظمة هيومن رايتش ووتش إن الوضع خطير.")->Ids() == Ids{"human_rights_watch"});
  CHECK(Recognise("وأعلن تنظيم داشع مسؤوليته عن الهجوم.")->Ids() == Ids{"islamic_state"});
  // One letter other in a short word makes another name (إيلنا is ILNA, إيرنا IRNA).
  CHECK(Recognise("وقالت وكالة إيرنا إن الوضع خطير.")->Ids() != Ids{"ilna"});
}

TEST_CASE("a name right after a title's nisba is the clause's, unless a link joins it to the title") {
  using Ids = std::vector<std::string>;
  auto object = Recognise("وزار وزير الخارجية الأردني الكويت الأسبوع الماضي.");
  CHECK(object->Ids() == Ids{"jordan", "kuwait"});
  CHECK(object->Surface("وزير الخارجية الأردني الكويت") == nullptr);
  // في، لدى or a glued بـ makes it the title's (the ambassador in Khartoum).
  CHECK(Recognise("وقال السفير الإثيوبي بالخرطوم إن العلاقات جيدة.")->Surfaces() ==
        std::vector<std::string>{"السفير الإثيوبي بالخرطوم", "الخرطوم"});
}

TEST_CASE("a name two entities share is the other where the article names its context") {
  using Ids = std::vector<std::string>;
  // عمان is Oman, and Amman (Jordan's capital; Jordan where it acts) in news of Jordan.
  CHECK(Recognise("وقالت عمان إن الاتفاق مهم.")->Ids() == Ids{"oman"});
  CHECK(Recognise("وقال وزير الخارجية الأردني إن الاحتجاجات في عمان تراجعت.")->Ids() == Ids{"jordan", "amman"});
  CHECK(Recognise("وقال وزير الخارجية الأردني إن عمان ترفض القرار.")->Ids() == Ids{"jordan", "jordan"});
  // Not where the article calls Oman by another name too, nor in a list of states.
  CHECK(Recognise("وقال وزير الخارجية العماني إن عمان ترفض القرار، وزار الأردن.")->Ids() ==
        Ids{"oman", "oman", "jordan"});
  CHECK(Recognise("وزار الأردن وعمان الأسبوع الماضي.")->Ids() == Ids{"jordan", "oman"});
}

TEST_CASE("a regime is the state the article named it with, and nothing else") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقال الأسد إن النظام السوري قوي. وقصفت قوات النظام الغوطة.")->Ids() ==
        Ids{"bashar_al_assad", "syria", "syria", "eastern_ghouta"});
  // Not the state the article names most, nor a system (النظام الانتخابي).
  CHECK(Recognise("وقالت سوريا إن سوريا قوية. وانتقد المعارضون النظام.")->Ids() == Ids{"syria", "syria"});
  CHECK(Recognise("وقال الأسد إن النظام السوري قوي. وأقر البرلمان النظام الانتخابي.")->Ids() ==
        Ids{"bashar_al_assad", "syria"});
}

TEST_CASE("a name that only a given name vouches for ends before the clause's nouns") {
  using Names = std::vector<std::string>;
  // A dictionary word after the second word (فيلم) and a noun in ta marbuta (لجنة) go on with the
  // clause, not with the name.
  CHECK(Recognise("وعرض جون سيمونز فيلم الافتتاح في المهرجان.")->Surfaces() == Names{"جون سيمونز"});
  CHECK(Recognise("وترأست ماري فوسكا لجنة التحكيم في المهرجان.")->Surfaces() == Names{"ماري فوسكا"});
}

TEST_CASE("an organisation's head noun alone is the organisation the article last named with it") {
  using Ids = std::vector<std::string>;
  auto r = Recognise("وقالت حركة حماس إن الاحتلال قصف غزة. وأضافت الحركة أن الرد قادم.");
  CHECK(r->Ids() == Ids{"hamas", "gaza", "hamas"});
  CHECK(r->found.back().surface == "الحركة");
  CHECK(r->found.back().kind == MentionKind::kShortForm);
  // The nearest one named with that head; a head before a definite word or a nisba names another.
  CHECK(Recognise("وهاجم حزب الله التحالف الدولي. وقال التحالف إن الحزب يكذب.")->Ids() ==
        Ids{"hezbollah", "international_coalition", "international_coalition", "hezbollah"});
  CHECK(Recognise("وقال حزب الله إن الهدنة انتهت. ورد الحزب الحاكم بأن النتائج نهائية.")->Ids() == Ids{"hezbollah"});
  // An epithet describes the body named (the movement, the militant one), as a relative clause does.
  CHECK(Recognise("وهاجمت حركة طالبان القوات. واتهم مسؤول الحركة المتشددة بخرق الهدنة.")->Ids() == Ids{"taliban", "taliban"});
  CHECK(Recognise("وقال حزب الله إن الهدنة انتهت. وأكد الحزب الذي يقوده نصر الله ذلك.")->Ids() ==
        Ids{"hezbollah", "hezbollah", "hassan_nasrallah"});
}

TEST_CASE("an office the rules do not list is the title's before a name no dictionary has") {
  using Names = std::vector<std::string>;
  CHECK(Recognise("وقال وزير العمل سيلفستر بيلو للصحافيين إن الوفد جاهز.")->Surfaces() == Names{"سيلفستر بيلو"});
  // Not before words of the dictionary: the office's words go on with the clause.
  CHECK(Recognise("وقال وزير العمل الطلاب في عمان إن الوفد جاهز.")->Surfaces() == Names{"عمان"});
}

TEST_CASE("an organisation's head word alone is the one news of the article's state calls so") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقال الرئيس اليمني إن اليمن سينتصر. وقصفت قوات التحالف مواقع الحوثيين.")->Ids() ==
        Ids{"yemen", "yemen", "arab_coalition", "houthis"});
  CHECK(Recognise("وقال العبادي إن العراق انتصر وإن العراق قوي. وقصف التحالف مواقع داعش.")->Ids() ==
        Ids{"haider_al_abadi", "iraq", "iraq", "international_coalition", "islamic_state"});
  // Elsewhere a coalition is none of them.
  CHECK(Recognise("وقالت فرنسا إن فرنسا مستعدة. وأعلن التحالف الفوز.")->Ids() == Ids{"france", "france"});
}

TEST_CASE("after a title a short dictionary word may open a foreign name") {
  using Names = std::vector<std::string>;
  CHECK(Recognise("وأحال الملف إلى نائبه رود كارلسون أمس.")->Surfaces() == Names{"رود كارلسون"});
  // A longer noun opens a phrase, not a name.
  CHECK(Recognise("وقال الوزير مكتب كارلسون إن الأمر انتهى.")->Surfaces().empty());
}

TEST_CASE("nisbas that no rule makes name their countries") {
  for (const auto& [sentence, id] : std::vector<std::pair<std::string, std::string>>{
           {"وقال المستشار النمساوي إن الحوار مستمر.", "austria"},
           {"وقال مسؤول أفغاني إن الحوار مستمر.", "afghanistan"},
           {"وقال الرئيس الكازاخي إن الحوار مستمر.", "kazakhstan"}}) {
    INFO(sentence);
    const auto r = Recognise(sentence);
    REQUIRE(r->found.size() == 1);
    CHECK(r->found[0].id == id);
  }
}

TEST_CASE("a known person's name ends where the person's name ends") {
  // A spelling one letter away from a lexicon name, followed by a word of the clause.
  const auto r = Recognise("وقال رجب طيب أردوغن بعنوان كبير إن الحوار مستمر.");
  REQUIRE(r->found.size() == 1);
  CHECK(r->found[0].id == "recep_tayyip_erdogan");
  CHECK(r->found[0].surface == "رجب طيب أردوغن");
}

TEST_CASE("an indefinite nisba after a definite title is a given name, not the state") {
  // تركي المالكي: a known person whose given name is spelled like Turkey's nisba.
  const auto r = Recognise("وقال المتحدث العقيد تركي المالكي إن القوات تقدمت.");
  REQUIRE(r->found.size() == 1);
  CHECK(r->found[0].id == "turki_al_maliki");
  // The nisba with the article still names the state.
  CHECK(Recognise("وقال العقيد التركي كمال زيدون إن القوات تقدمت.")->found.front().id == "turkey");
}

TEST_CASE("a given name spelled like a particle starts a name when a name goes on after it") {
  // علي folds onto the preposition على; written with ي and followed by a name, it is the name.
  CHECK(Recognise("وقال الشيخ علي حسن جيلان، عضو المجلس، إن المعارك مستمرة.")->Surfaces() ==
        std::vector<std::string>{"علي حسن جيلان"});
  // A writer who spells the preposition with ي: a dictionary word after it makes no name.
  CHECK(Recognise("وقع الاختيار علي الجانب الآخر من النهر.")->found.empty());
}

TEST_CASE("a family name the article has used stops before the dictionary word after it") {
  const auto r = Recognise("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الاتفاق جيد. وقالت ماي عقب الاجتماع إن الحكومة باقية.");
  CHECK(r->Surfaces() == std::vector<std::string>{"البريطانية", "تيريزا ماي", "ماي"});
  CHECK(r->found.back().id == "theresa_may");
  // عدم ("not") is never a name's.
  const auto not_ = Recognise("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الاتفاق جيد. وبررت ماي عدم حضور الاجتماع.");
  CHECK(not_->found.back().surface == "ماي");
  // A second name that is also a dictionary word still belongs to the name.
  const auto two = Recognise("وقال اللواء أحمد عباس إن الوضع هادئ. وقال الوزير عباس كامل إن الحوار مستمر.");
  CHECK(two->Surface("عباس كامل"));
}

TEST_CASE("a title before one word of a name the article has given is that person, then and later") {
  const auto r = Recognise("قال الزعيم الكوري الشمالي كيم جونغ أون إن القمة مهمة. وأضاف أن الزعيم كيم وافق، مؤكدا أن كيم ملتزم.");
  CHECK(r->Surfaces() == std::vector<std::string>{"الكوري الشمالي", "كيم جونغ أون", "كيم", "كيم"});
  CHECK(std::all_of(r->found.begin() + 1, r->found.end(), [](const Found& f) { return f.id == "kim_jong_un"; }));
}

TEST_CASE("given names that are Arabic words, and family names that begin like a clitic, open and end names") {
  // سكوت is "silence" and مات "died"; والر and ساريكس begin as و + article and س + a stem would.
  const auto r = Recognise("وذكر سكوت هارلين أن النار انتشرت. وقال كمال والر إن الوضع صعب. وقالت نورا ساريكس إن المعبر مغلق.");
  CHECK(r->Surfaces() == std::vector<std::string>{"سكوت هارلين", "كمال والر", "نورا ساريكس"});
  for (const auto& f : r->found) CHECK(f.type == EntityType::kPerson);
  // The verb is no name: مات followed by a dictionary word.
  CHECK(Recognise("مات رجل في الحادث.")->found.empty());
  // A name that opens like ف or ك and the article, where no dictionary has the rest; not a
  // noun glued so (فالحكومة), nor a name word after و and the article.
  auto r2 = Recognise("وقال المدرب إرنستو فالديروس إن الفريق جاهز. وقال كمال كالديرون إن الوضع صعب.");
  CHECK(r2->Surfaces() == std::vector<std::string>{"إرنستو فالديروس", "كمال كالديرون"});
  r2 = Recognise("وقال المدرب إرنستو فالحكومة مستعدة. وقال بول هارلين والمديرين إن الوضع صعب.");
  CHECK(r2->Surfaces() == std::vector<std::string>{"إرنستو", "بول هارلين"});
}

TEST_CASE("an official named with the body they serve is that body's official, unnamed, the state") {
  const auto r = Recognise("وقال المسؤول في حرس الحدود الفنلندي ماركو هالتونين إن ثلاثة عبروا. وقال مسؤول إيراني إن الاتفاق قائم.");
  const Found* person = r->Surface("ماركو هالتونين");
  REQUIRE(person);
  CHECK(person->mention->office == Office::kOfficial);
  const auto& affiliation = r->recognition.entities.at(person->mention->affiliation);
  CHECK(affiliation.id == "finland");
  CHECK(r->found.back().id == "iran");
}

TEST_CASE("a late leader's title reaches the name after الراحل") {
  const auto r = Recognise("وذكر الزعيم الفلسطيني الراحل ياسر عرفات في خطابه أن الدولة قادمة.");
  const Found* person = r->Surface("ياسر عرفات");
  REQUIRE(person);
  CHECK(person->mention->office == Office::kLeader);
  REQUIRE(person->mention->affiliation >= 0);
  CHECK(r->recognition.entities.at(person->mention->affiliation).id == "palestine");
}

TEST_CASE("compound given names, given names that are titles, and a family's other members") {
  // شرف الدين is one given name: the article's word does not end the name there.
  auto r = Recognise("وقال القيادي شرف الدين الكحلاني إن الوضع هادئ.");
  CHECK(r->Surfaces() == std::vector<std::string>{"شرف الدين الكحلاني"});
  // عبد and its word count as one: a name of three such parts runs to its fifth word, and an
  // age after it is no part of it.
  r = Recognise("وقتل أمين عبد الجبار عبد الدائم البالغ من العمر 30 عاما في الغارة.");
  CHECK(r->Surfaces() == std::vector<std::string>{"أمين عبد الجبار عبد الدائم"});
  // Nor is how the person is known (المعروف بـ، الملقب بـ).
  r = Recognise("وقتل فارس حسين المعروف بأبي علي في الغارة.");
  CHECK(r->Surfaces() == std::vector<std::string>{"فارس حسين"});
  // سلطان is a ruler's title and a given name: before another name word it is the name's.
  r = Recognise("وقال الملازم سلطان شمسان، إن الوضع هادئ. وقال سلطان عمان إن الحوار مطلوب.");
  CHECK(r->Surface("سلطان شمسان"));
  CHECK(r->found.back().id == "oman");
  // An unknown word before a known person's family name alone names another of the family.
  r = Recognise("وحكمت المحكمة على زوريك أوجلان النائبة عن الحزب.");
  REQUIRE(r->Surface("زوريك أوجلان"));
  CHECK(r->Surface("زوريك أوجلان")->id != "abdullah_ocalan");
  // So does a given name kg knows that cannot spell the person's own, before an Arab family
  // name with the article; the family name alone is still the person.
  r = Recognise("قال رئيس الوزراء اللبناني سعد الحريري إن الحوار مستمر. وفازت ليلى الحريري بالمقعد. وقال الحريري إن الوضع هادئ.");
  CHECK(r->Ids() == std::vector<std::string>{"lebanon", "saad_hariri", "layla_al_hariri", "saad_hariri"});
  // And a given name before the family name of a person the article named in full.
  r = Recognise("وقال المتحدث مارتن كولبيرغ إن الحوار مستمر. وقال برونو كولبيرغ المتحدث الآخر إن الوضع هادئ.");
  REQUIRE(r->Surface("برونو كولبيرغ"));
  CHECK(r->Surface("برونو كولبيرغ")->id == "bruno_kulberg");
  CHECK(r->Surface("مارتن كولبيرغ")->id != "bruno_kulberg");
  // Not a verbal noun, nor a dictionary word written with another alef.
  r = Recognise("وقال إن إستفزاز أوجلان مستمر، وتحدث عن اخطاء أوجلان.");
  CHECK(r->Surfaces() == std::vector<std::string>{"أوجلان", "أوجلان"});
}

TEST_CASE("words of two people the article named in full, side by side, are the two people") {
  const auto r = Recognise(
      "والتقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون. واستقبل مون كيم عند الحدود.");
  REQUIRE(r->found.size() >= 2);
  const auto& moon = r->found[r->found.size() - 2];
  const auto& kim = r->found.back();
  CHECK(moon.surface == "مون");
  CHECK(moon.id == "moon_jae_in");
  CHECK(kim.surface == "كيم");
  CHECK(kim.id == "kim_jong_un");
}

TEST_CASE("a title's complements stop at a conjoined name, take a place after في, and its name may end before any word") {
  // وكولومبيا is the clause's, not the minister's.
  auto r = Recognise("زار الوزير الإكوادور وكولومبيا.");
  REQUIRE(!r->found.empty());
  CHECK(r->found.back().id == "colombia");
  CHECK(r->found.back().surface == "كولومبيا");
  // A place after في is the title's when a name of two words follows.
  r = Recognise("وقال القيادي في الحركة سامر الكحلاني إن الوضع صعب.");
  CHECK(r->Surface("سامر الكحلاني"));
  // After a title a name of no dictionary words may end before a dictionary word.
  r = Recognise("حيث أجرى رئيس الوزراء بول تيبا جولة بصحبة الوزراء.");
  CHECK(r->Surface("بول تيبا"));
  // Spellings of the press: the article on Peru, Denmark with alef.
  r = Recognise("وتضم المجموعة البيرو والدانمارك.");
  CHECK(r->Surfaces() == std::vector<std::string>{"البيرو", "الدانمارك"});
}

TEST_CASE("a place named after a title and a name is no mention of a person") {
  auto r = Recognise("وأقام الوفد في فندق الملك ديفيد في القدس. ودرس في جامعة الملك سعود.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kPerson);
  // A city, an academy or a centre named after a king.
  r = Recognise("ونظم مركز الملك فيصل للبحوث مؤتمرا. وأقيم الحفل في مدينة الملك عبد الله الرياضية. "
                "ودرس في ثانوية جوني ستيرلانك دوغبين.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kPerson);
  // A monastery or a church heads a place's name, even after a title's noun.
  r = Recognise("وقتل رئيس دير الأنبا بولس في الصحراء. وزار الوفد كنيسة ماريوحنا.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kPerson);
  CHECK_FALSE(r->found.empty());
  // Without the place's noun the title and name are a person.
  r = Recognise("وقال الملك سعود إن المملكة قوية.");
  REQUIRE(r->Surface("سعود"));
  CHECK(r->Surface("سعود")->type == EntityType::kPerson);
  // So is a place named after a known person: no mention of them.
  r = Recognise("وعادت الطائرة إلى مطار رونالد ريغان. وتعقد القمة في فندق كابيلا. وتحدث ماكرون أمام طلاب جامعة جورج واشنطن.");
  CHECK(r->Ids() == std::vector<std::string>{"emmanuel_macron"});
  // But not after a head that also means a standing (مركز ترامب), nor a place's noun with a pronoun
  // suffix (ميدانه: his field).
  CHECK(Recognise("وقال المحلل إن مركز ترامب تعزز.")->Ids() == std::vector<std::string>{"donald_trump"});
  CHECK(Recognise("ودافع المدرب عن لاعب وسط ميدانه رونالد ريغان.")->Ids() == std::vector<std::string>{"ronald_reagan"});
}

TEST_CASE("a ship or a school named after someone is no mention of a person") {
  auto r = Recognise("وتحدث الرئيس لطلاب مدرسة جوني ستيرلانك دوغبين أمس. وأبحرت المدمرة الأمريكية \"جيمس كورتلي\" من الميناء. "
                     "وبدأت المناورات الجوية المشتركة \"ماكس فيدريون\" في الربيع. وزار المعرض في متحف فيكتوريا آند ألبرت.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kPerson);
  // Nor do a later word of the name stand alone for a person (مستشفى أبو يوسف النجار).
  r = Recognise("ونقل الجرحى إلى مستشفى أبو يوسف النجار في رفح.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kPerson);
  // Nor is a saint's name, which names a town or a church (سان، ساو، سانت); على لسان ("in the
  // words of") still introduces a speaker.
  r = Recognise("وتتركز عمليات البحث على قرية \"سان ميغيل لوس فاليرتس\". وبقي في ساو برناردو كامبيرا.");
  for (const auto& f : r->found) CHECK(f.type != EntityType::kPerson);
  r = Recognise("وجاء الإعلان على لسان جيمس كورتلي.");
  REQUIRE(r->Surface("جيمس كورتلي"));
  // A person's name after a sentence about a ship is still a person's.
  r = Recognise("وأبحرت المدمرة من الميناء. وقال جيمس كورتلي إن الرحلة طويلة.");
  REQUIRE(r->Surface("جيمس كورتلي"));
  CHECK(r->Surface("جيمس كورتلي")->type == EntityType::kPerson);
}

TEST_CASE("organising, a body's designation and a verb keyed like a head name no organisation") {
  // تنظيم is also the act of organising; a word in quotation marks after a head is what the body
  // is deemed where it is such an adjective; ويتهم ("and accuses") is keyed as ألوية without its
  // own أل, which MatchKey drops as if it were the article.
  auto r = Recognise("وشارك الآلاف في تنظيم الاحتجاجات في المدينة. وصنفت الحكومة الحركة منظمة \"إرهابية\" العام الماضي. "
                     "ويتهم المحققون الرجل بسرقة المصرف. ودعا المنظمون إلى تنظيم \"مسيرات الغضب\" في المدينة.");
  CHECK(r->found.empty());
  // Groups so introduced are still named: a quoted name after تنظيم, a genitive after ألوية, a
  // quoted adjective that is an outlet's name.
  r = Recognise("وقاتلت ألوية الغضب في الجنوب. وتبنى تنظيم \"جند الفرقان\" الهجوم. ونشر موقع \"شمالية\" الخبر.");
  REQUIRE(r->Surface("ألوية الغضب"));
  CHECK(r->Surface("ألوية الغضب")->type == EntityType::kArmedGroup);
  REQUIRE(r->Surface("تنظيم \"جند الفرقان\""));
  CHECK(r->Surface("تنظيم \"جند الفرقان\"")->type == EntityType::kArmedGroup);
  REQUIRE(r->Surface("موقع \"شمالية\""));
  CHECK(r->Surface("موقع \"شمالية\"")->type == EntityType::kMedia);
}

TEST_CASE("a tribe is an organisation named after its head or the place it is of") {
  auto r = Recognise("وقالت قبيلة الزرافيل إنها لن تسلم السلاح. وأعلنت عشائر الأنبار دعمها للحكومة. وحاصرت قبائل أخرى المدينة.");
  REQUIRE(r->Surface("قبيلة الزرافيل"));
  CHECK(r->Surface("قبيلة الزرافيل")->type == EntityType::kOrg);
  CHECK(r->Surface("قبيلة الزرافيل")->label == "al-Zarafil Tribe");
  REQUIRE(r->Surface("عشائر الأنبار"));
  CHECK(r->Surface("عشائر الأنبار")->label == "Anbar Tribes");
  CHECK(r->Ids() == std::vector<std::string>{"al_zarafil_tribe", "anbar_tribes"});
}

TEST_CASE("a nisba without the article after a definite title is the holder's given name") {
  // تركي is Turkish and a given name: العقيد التركي is a Turkish colonel, العقيد تركي the colonel
  // Turki, before a family name the dictionary has as a noun too.
  auto r = Recognise("وقال العقيد تركي الحارس إن القوات تقدمت.");
  REQUIRE(r->Surface("تركي الحارس"));
  CHECK(r->Surface("تركي الحارس")->type == EntityType::kPerson);
  CHECK(r->Ids() == std::vector<std::string>{"turki_al_haris"});
  CHECK(Recognise("وقال العقيد التركي إن القوات تقدمت.")->Ids() == std::vector<std::string>{"turkey"});
}

TEST_CASE("a word written without its hamza after the article is the dictionary's word") {
  // الالكتروني and الانترنت are الإلكتروني and الإنترنت as news often writes them: no outlet is
  // named so. A name's first alef stays a name's (انيتا).
  auto r = Recognise("ونشرت الوزارة على موقعها الالكتروني الخبر. وانتشر الخبر على شبكة الانترنت. وقالت انيتا كوربيلوف إن الخبر صحيح.");
  CHECK(r->Ids() == std::vector<std::string>{"anita_kurbilov"});
}

TEST_CASE("a base named with another state's nisba is that state's, a city so named its namesake") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وهبطت الطائرة في قاعدة حميميم الروسية أمس.")->Ids() == Ids{"hmeimim_air_base", "russia"});
  CHECK(Recognise("وقال إن طرابلس اللبنانية هادئة.")->Ids() == Ids{"tripoli_lebanon"});
}

TEST_CASE("a given name alone is the known person whose office or family name it goes with") {
  using Ids = std::vector<std::string>;
  // After a title with its state: the one official of that state the record names so.
  CHECK(Recognise("وقال وزير الخارجية الألماني هايكو إن الحوار مستمر.")->Ids() == Ids{"germany", "heiko_maas"});
  // Before a known family name, a spelling of the person's given name (جيمي for جيمس), or any
  // given name of one the record knows by the family name alone; a given name that opens
  // another known name is nobody's family name (ألكسندر is not Willem-Alexander).
  CHECK(Recognise("وقال المدير السابق، جيمي كومي، إن التحقيق انتهى.")->Ids() == Ids{"james_comey", "james_comey"});
  CHECK(Recognise("وقال المبعوث الروسي ألكسندر لافرنتييف إن الحوار مستمر.")->Ids() ==
        Ids{"russia", "alexander_lavrentiev", "alexander_lavrentiev"});
  // After a title naming no state, the holder in the state the article is about.
  CHECK(Recognise("وقال الملك عبدالله إن الأردن قوي وإن الأردن باق.")->Ids() ==
        Ids{"king_abdullah_ii", "jordan", "jordan"});
  // Written in two words too, in the year of the article: not the first king of that name.
  CHECK(Recognise("خبر\n10 مايو 2018\nوقال الملك عبد الله إن الأردن قوي وإن الأردن باق.")->Ids() ==
        Ids{"king_abdullah_ii", "jordan", "jordan"});
  // In any year, the title's seat tells the king from the premier of that name, with the state's
  // nisba too.
  CHECK(Recognise("وقال الملك عبد الله إن الأردن قوي وإن الأردن باق.")->Ids() ==
        Ids{"king_abdullah_ii", "jordan", "jordan"});
  CHECK(Recognise("وقال الملك الأردني عبد الله إن الأردن قوي.")->Ids() == Ids{"jordan", "king_abdullah_ii", "jordan"});
  // A father's name after بن is no family name, عبد and the next word together too.
  CHECK(Recognise("خبر\n10 مايو 2014\nوزار الملك عبد العزيز السعودية ثم السعودية.")->Surface("عبد العزيز")->id !=
        "abdullah_bin_abdulaziz");
  // A royal the record lacks keeps her own node, the article's (a given name alone).
  CHECK(Recognise("وقالت الملكة ماكسيما إن الحوار مستمر.")->Ids() == Ids{"maxima_in_test"});
}

TEST_CASE("after a title the word after a given name and before a comma or a particle is the family name") {
  using Names = std::vector<std::string>;
  // Whatever a dictionary makes of it (فقيسا as an accusative, معوضة with its ta marbuta).
  CHECK(Recognise("وقال وزير الدفاع، سمير فقيسا، إن الحالة مستقرة.")->Surfaces() == Names{"سمير فقيسا"});
  CHECK(Recognise("وأعلن العميد أحمد معوضة، تحرير المنطقة.")->Surfaces() == Names{"أحمد معوضة"});
  // So before a relative clause; not before a quotation, which goes on with the clause.
  CHECK(Recognise("ولم يقدم رئيس البلدية مصطفى تونا الذي ينتمي إلى الحزب أي تفسير.")->Surfaces() ==
        Names{"مصطفى تونا"});
  CHECK(Recognise("ونقلت الوكالة عن اللواء إبراهيم قوله \"الفترة المقبلة صعبة\".")->Surfaces() == Names{"إبراهيم"});
  // Before a particle only a word no dictionary has: a verb or a phrase may stand there.
  CHECK(Recognise("وقال النائب بيتر غولدمار إن الخطة فشلت.")->Surfaces() == Names{"بيتر غولدمار"});
  CHECK(Recognise("كما أن الجنرال كيم توجه إلى العاصمة.")->Surfaces() == Names{"كيم"});
  CHECK(Recognise("وخفض البرلمان مخصصات الأمير لوران لمدة سنة.")->Surfaces() == Names{"لوران"});
  // Nor another given name on و, nor a word of the rules.
  CHECK(Recognise("وحضر الأمير أندرو وسارة، دوقة يورك.")->Surfaces() == Names{"أندرو"});
  CHECK(Recognise("ولا تعتبر الملكة فيكتوريا واحدة من أشهر الملوك.")->Surfaces() == Names{"فيكتوريا"});
}

TEST_CASE("a family name's ك read as a preposition stays the name's in its short form") {
  // كروك splits as ك + روك ("like a rock"); in the full name no word after the first opens with
  // the preposition, so the family name alone is written with its ك too.
  const auto r = Recognise("قالت الممثلة كريستين كروك إن التهم باطلة. وفي بيان لاحق، قالت كروك إنها بريئة.");
  REQUIRE(r->Surface("كريستين كروك"));
  const Found* alone = r->Surface("كروك");
  REQUIRE(alone);
  CHECK(alone->id == r->Surface("كريستين كروك")->id);
}

TEST_CASE("a new person named at more and at less length in one article is one node") {
  const auto r = Recognise(
      "وأعلن المهندس جاسم لحدان الفطيمي تأييده للحملة. وقال مصدر إن المهندس جاسم الفطيمي غادر البلاد. "
      "وقال الشيخ نواف بن راشد القطيمي إن الوفد وصل، وأكد الشيخ نواف القطيمي ذلك.");
  const Found* full = r->Surface("جاسم لحدان الفطيمي");
  const Found* shorter = r->Surface("جاسم الفطيمي");
  REQUIRE(full);
  REQUIRE(shorter);
  CHECK(shorter->id == full->id);
  REQUIRE(r->Surface("نواف بن راشد القطيمي"));
  REQUIRE(r->Surface("نواف القطيمي"));
  CHECK(r->Surface("نواف القطيمي")->id == r->Surface("نواف بن راشد القطيمي")->id);
  // Across articles each name is its own node as before.
  const auto other = Recognise("وقال المهندس جاسم الفطيمي إنه غادر.", "other");
  REQUIRE(other->Surface("جاسم الفطيمي"));
  CHECK(other->Surface("جاسم الفطيمي")->id != full->id);
}

TEST_CASE("someone named by a given name alone is the article's own, a fuller name is one node across articles") {
  using Ids = std::vector<std::string>;
  const std::string alone = "وقال السفير فيليب إن الأولوية للحوار.";
  const auto first = Recognise(alone, "article-1"), second = Recognise(alone, "article-2");
  REQUIRE(first->Surface("فيليب"));
  REQUIRE(second->Surface("فيليب"));
  CHECK(first->Surface("فيليب")->id != second->Surface("فيليب")->id);
  CHECK(first->Surface("فيليب")->label == "Philippe");
  // Articles named in Arabic are told apart too.
  CHECK(Recognise(alone, "خبر")->Ids() != Recognise(alone, "تقرير")->Ids());
  // So is a kunya (أبو زيد) and a given name with عبد.
  CHECK(Recognise("وقال القيادي أبو زيد إن الهجوم فشل.", "article-1")->Ids() !=
        Recognise("وقال القيادي أبو زيد إن الهجوم فشل.", "article-2")->Ids());
  CHECK(Recognise("وقال الوزير عبد الرحمن إن الصلح قريب.", "article-1")->Ids() !=
        Recognise("وقال الوزير عبد الرحمن إن الصلح قريب.", "article-2")->Ids());
  const std::string full = "وقال السفير فيليب لامورو إن الأولوية للحوار.";
  CHECK(Recognise(full, "article-1")->Ids() == Recognise(full, "article-2")->Ids());
  CHECK(Recognise(full, "article-1")->Ids() == Ids{"philippe_lamuro"});
}

TEST_CASE("a leader's title alone is not a holder of the past the article named with it") {
  // The record has John F. Kennedy leading the United States until 1963.
  auto r = Recognise(
      "خبر\n10 مايو 2018\nوذكر التقرير اغتيال الرئيس الأميركي جون كينيدي.\nوزار دونالد ترامب الفلبين.\n"
      "وقال الرئيس الأميركي إن الزيارة ناجحة.");
  std::vector<std::string> titles;
  for (const Found& f : r->found) {
    if (f.kind == MentionKind::kTitle) titles.push_back(f.id);
  }
  CHECK(titles == std::vector<std::string>{"donald_trump"});
  // Unless the title says it is of the past (الرئيس الأميركي السابق).
  auto past = Recognise(
      "خبر\n10 مايو 2018\nوصدر كتاب الرئيس الأميركي السابق باراك أوباما.\nوزار دونالد ترامب الفلبين.\n"
      "وقال الرئيس الأميركي السابق إن الكتاب ناجح.");
  titles.clear();
  for (const Found& f : past->found) {
    if (f.kind == MentionKind::kTitle) titles.push_back(f.id);
  }
  CHECK(titles == std::vector<std::string>{"barack_obama"});
}

TEST_CASE("a definite title with no name is the leader the article names, in a year of succession too") {
  // رئيس الوزراء is definite by its genitive; Abiy Ahmed took over from Hailemariam Desalegn in 2018.
  const auto r = Recognise("خبر\n10 يونيو 2018\nوصل آبي أحمد إلى القاهرة. وقال رئيس الوزراء الإثيوبي إن الحوار مستمر.\n");
  REQUIRE(r->Surface("رئيس الوزراء الإثيوبي"));
  CHECK(r->Surface("رئيس الوزراء الإثيوبي")->id == "abiy_ahmed");
}

TEST_CASE("after a definite organisation's head the words describe it, quoted or not") {
  CHECK(Recognise("وأعلن التنظيم المتطرف الأكثر دموية مسؤوليته.")->found.empty());
  CHECK(Recognise("وانتقد الوزير المجلس \"لنشره أكاذيب\" عن البلاد.")->found.empty());
  // After a bare head, a name.
  const auto r = Recognise("وأعلنت حركة \"الغضب الشعبي\" مسؤوليتها.");
  REQUIRE(r->found.size() == 1);
  CHECK(r->found[0].surface == "حركة \"الغضب الشعبي\"");
}

TEST_CASE("a leader's name misspelt after the title is the record's holder, another name is not") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("خبر\n12 يوليو 2018\nوقال الأمين العام للناتو، ينس ستولتينبيرغ، إن الحلف قوي.\n")->Ids() ==
        Ids{"nato", "jens_stoltenberg"});
  // The same first word and another family name: another person (the father's kingdom).
  const auto r = Recognise("خبر\n12 يوليو 2018\nوتحدث عن الملك المغربي محمد الخامس في خطابه.\n");
  REQUIRE(r->Surface("محمد الخامس"));
  CHECK(r->Surface("محمد الخامس")->id != "mohammed_vi");
  // A title's state vouches against a known person of another state one letter away (زايد).
  const auto spokesman = Recognise("وقال المتحدث باسم وزارة الخارجية الأردنية محمد الكايد إن الحكومة وافقت.\n");
  REQUIRE(spokesman->Surface("محمد الكايد"));
  CHECK(spokesman->Surface("محمد الكايد")->id != "mohamed_bin_zayed");
  // The holder's family name after a given name a letter from theirs: the holder too.
  CHECK(Recognise("خبر\n12 يوليو 2018\nواستقبل بوتين الرئيس الفلسطيني محمد عباس أمس.\n")->Ids() ==
        Ids{"vladimir_putin", "palestine", "mahmoud_abbas"});
}

TEST_CASE("a word a place's name has only with the article stays a name word without it") {
  using Ids = std::vector<std::string>;
  // الخليل is Hebron; خليل is a given and family name.
  CHECK(Recognise("وقال محمد خليل إن المدينة آمنة.")->Surfaces() == std::vector<std::string>{"محمد خليل"});
  CHECK(Recognise("وزار الوفد مدينة الخليل أمس.")->Ids() == Ids{"hebron"});
}

TEST_CASE("a name conjoined to a person's and opening with a given name is another person") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وشارك في اللقاء سامر خليل ونبيل عواد.")->Surfaces() == Surfaces{"سامر خليل", "نبيل عواد"});
  // Not when a dictionary word follows the given name: the clause goes on.
  CHECK(Recognise("وشارك في اللقاء سامر خليل وأمل كبير في النجاح.")->Surfaces() == Surfaces{"سامر خليل"});
}

TEST_CASE("an official's one given name before a word on a glued preposition is not the recorded namesake") {
  // بوزين reads as ب + وزين; the record's Agnès of France is another woman.
  const auto ids = Recognise("وقالت وزيرة الثقافة الفرنسية أنييس بوزين إن المعرض كبير.")->Ids();
  CHECK(std::find(ids.begin(), ids.end(), "agnes_von_der_muhll") == ids.end());
}

TEST_CASE("a given name the common words hold only with the article is a name after a given name") {
  using Surfaces = std::vector<std::string>;
  // الجمعة is Friday; جمعة after a given name is a father's or family name.
  CHECK(Recognise("وقال الشيخ علي جمعة إن الزيارة مهمة.")->Surfaces() == Surfaces{"علي جمعة"});
  CHECK(Recognise("وقال الوزير سامي حسن جمعة إن الوضع هادئ.")->Surfaces() == Surfaces{"سامي حسن جمعة"});
  // Opening a phrase it is the day: no one is named.
  CHECK(Recognise("وخرج المتظاهرون في جمعة الغضب أمس.")->Surfaces().empty());
}

TEST_CASE("a particle that is a syllable of an East Asian name stays inside it before a word that is no verb") {
  using Surfaces = std::vector<std::string>;
  auto r = Recognise("وقال نائب وزير الخارجية هان كي سوب إن المحادثات مثمرة.");
  CHECK(r->Surfaces() == Surfaces{"هان كي سوب"});
  // Before a verb it is the particle "so that".
  r = Recognise("وقال نائب وزير الخارجية هان سوب كي يطمئن الوفد.");
  CHECK(r->Surfaces() == Surfaces{"هان سوب"});
}

TEST_CASE("forces named by an armed group's name are the group's") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وتقدمت قوات وحدات حماية الشعب نحو المدينة.")->Ids() == Ids{"ypg"});
  // A state's forces are the state (the schema's rule), its army's name with them too.
  CHECK(Recognise("وقال الجيش السوري إن قوات الجيش السوري تقدمت نحو المدينة.")->Ids() == Ids{"syria", "syria"});
}

TEST_CASE("a place's name is the club named by it in a sentence of sport") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقال مدرب برشلونة إن الفريق جاهز للمباراة.")->Ids() == Ids{"fc_barcelona"});
  CHECK(Recognise("وتظاهر الآلاف في برشلونة أمس.")->Ids() == Ids{"barcelona"});
}

TEST_CASE("a state's name is its national team in a sentence that reports a match") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وفازت كرواتيا على الدنمارك بركلات الترجيح في المباراة.")->Ids() ==
        Ids{"croatia_national_team", "denmark_national_football_team"});
  // Not where the match is played, nor the tournament's (مونديال روسيا), nor without a match.
  CHECK(Recognise("وأقيمت المباراة في روسيا أمس.")->Ids() == Ids{"russia"});
  CHECK(Recognise("وانطلق مونديال روسيا بمباراة الافتتاح.")->Ids() == Ids{"russia"});
  CHECK(Recognise("وقال رئيس وزراء كرواتيا إن الاقتصاد ينمو.")->Ids() == Ids{"croatia", "croatia"});
}

TEST_CASE("an outlet's own state's nisba after its name describes the outlet, naming no state") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقالت صحيفة التايمز البريطانية إن المفاوضات متعثرة.")->Ids() == Ids{"the_times"});
  // Another state's nisba is the clause's.
  CHECK(Recognise("وقالت صحيفة التايمز إن الحكومة الفرنسية قلقة.")->Ids() == Ids{"the_times", "france"});
}

TEST_CASE("an organisation's own name ends before the name of a person after it") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وقال رئيس مجلس بولندير عبد الكريم ناصري إن الهجوم فشل.")->Surfaces() ==
        Surfaces{"مجلس بولندير", "عبد الكريم ناصري"});
  // After words of the dictionary the person is the organisation's namesake.
  CHECK(Recognise("وتحدث مدير مركز بحوث جان ميرو عن الانتخابات.")->Surfaces() == Surfaces{"مركز بحوث جان ميرو"});
}

TEST_CASE("a nisba that is a given name opens a name before a lineage or a family name") {
  using Surfaces = std::vector<std::string>;
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقال تركي آل منصور إن الموسم ناجح.")->Surfaces() == Surfaces{"تركي آل منصور"});
  CHECK(Recognise("وقال العقيد ركن تركي الحمادي إن الصاروخ اعترض.")->Surfaces() == Surfaces{"تركي الحمادي"});
  // After a noun it is the state's nisba.
  CHECK(Recognise("قتل جندي تركي في الهجوم.")->Ids() == Ids{"turkey"});
}

TEST_CASE("a name in apposition to a title may carry the preposition that governs it") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وأقال المصرف بحسن غيلاني، مدير الفرع، أمس.")->Surfaces() == Surfaces{"حسن غيلاني"});
}

TEST_CASE("a leader's title qualified as of that time (آنذاك) is not the leader the article names for its year") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقال الرئيس الأمريكي دونالد ترامب في 12 يونيو 2018 إن الاتفاق سيئ. وكان الرئيس الأمريكي آنذاك قد "
                  "وقع الاتفاق مع إيران.")
            ->Ids() == Ids{"united_states", "donald_trump", "united_states", "iran"});
  // The name after it, past a comma, is its holder.
  CHECK(Recognise("وقال الرئيس الأمريكي دونالد ترامب في 12 يونيو 2018 إن الاتفاق سيئ. وكان الرئيس الأمريكي آنذاك، "
                  "باراك أوباما، قد وقع الاتفاق مع إيران.")
            ->Ids() == Ids{"united_states", "donald_trump", "united_states", "barack_obama", "iran"});
}

TEST_CASE("a name set off by commas ends at the comma") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وقال المتحدث باسم الجيش، حسام الدين صبرا، إن القوات تقدمت.")->Surfaces() ==
        Surfaces{"حسام الدين صبرا"});
  // Without the commas the accusative-looking word may be the clause's.
  CHECK(Recognise("وقال المتحدث باسم الجيش حسام الدين صبرا إن القوات تقدمت.")->Surfaces() == Surfaces{"حسام الدين"});
}

TEST_CASE("a known person's name spelt by a longer name's first words is not theirs before a family name only a name has") {
  // صالح حماد spells Saleh al-Sammad; المطيري, which no dictionary has, makes it another man.
  const auto ids = Recognise("وقال الشيخ صالح حماد المطيري إن القبيلة متماسكة.")->Ids();
  REQUIRE(ids.size() == 1);
  CHECK(ids[0] != "saleh_al_sammad");
  CHECK(Recognise("وقال الشيخ صالح حماد المطيري إن القبيلة متماسكة.")->Surfaces() ==
        std::vector<std::string>{"صالح حماد المطيري"});
}

TEST_CASE("a known person's one-word name takes no pronoun suffix: the word is another") {
  using Ids = std::vector<std::string>;
  // مودينا (Modena) is no مودي and نا, مائي ("of water") no ماي and ي.
  CHECK(Recognise("ويقع المطعم في ريف مودينا الإيطالية.")->Ids() == Ids{"italy"});
  CHECK(Recognise("ووصل عبر نفق مائي إلى بريطانيا، وقالت تيريزا ماي إن الأمر مؤسف.")->Ids() ==
        Ids{"united_kingdom", "theresa_may"});
  // The name alone, as written, is the person.
  CHECK(Recognise("وقال مودي إن الهند مستعدة.")->Ids() == Ids{"narendra_modi", "india"});
}

TEST_CASE("a regnal number or a generation ends a new person's label in English, and one of two words ends the name") {
  using Labels = std::vector<std::string>;
  CHECK(Recognise("وقال الملك فيليب الرابع إن الحرب انتهت.")->Labels() == Labels{"فيليب الرابع = Philippe IV"});
  CHECK(Recognise("وفي عام 1952 قال البابا بيوس الثاني عشر إنه لا يرى ذلك.")->Labels() == Labels{"بيوس الثاني عشر = Pius XII"});
  CHECK(Recognise("وقال جونز الابن إن الحرب انتهت.")->Labels() == Labels{"جونز الابن = Jones Jr."});
  // آل ثاني is a family, not "the second".
  CHECK(Recognise("وقال الشيخ سعود بن ناصر آل ثاني إن الحرب انتهت.")->Labels() ==
        Labels{"سعود بن ناصر آل ثاني = Saud bin Nasser Al Thani"});
}

TEST_CASE("a definite head, an adjective that agrees with it and a purpose on لل name an institution") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وقالت المؤسسة العامة للتأمينات الاجتماعية إن الرواتب تأخرت.")->Surfaces() ==
        Surfaces{"المؤسسة العامة للتأمينات الاجتماعية"});
  // A participle describes: the company carrying out the project is no name.
  CHECK(Recognise("وقالت الشركة المنفذة للمشروع إن العمل بدأ.")->Surfaces() == Surfaces{});
}

TEST_CASE("a word with a country nisba's key but without the أل of its name is no nisba") {
  using Ids = std::vector<std::string>;
  // MatchKey keys مانيه as الألمانية, and بأني as ألباني.
  CHECK(Recognise("وأحرز اللاعب مانيه هدفين، وقال بأني سأعود.")->Ids() == Ids{});
  CHECK(Recognise("وقالت الحكومة الألمانية والخارجية الألبانية إن الاتفاق قريب.")->Ids() == Ids{"germany", "albania"});
}

TEST_CASE("an article written apart before a number is no name's word") {
  using Surfaces = std::vector<std::string>;
  // عمر is "age" here; الـ is the article of the number after it.
  CHECK(Recognise("وعاد إلى السياسة في عمر الـ 92 بعد غياب طويل.")->Surfaces() == Surfaces{});
  CHECK(Recognise("وقال عمر الحمادي إن الاتفاق قريب.")->Surfaces() == Surfaces{"عمر الحمادي"});
  // إل with its hamza is a name's word.
  CHECK(Recognise("وقال الزعيم كيم جونغ إل إن الاتفاق قريب.")->Surfaces() == Surfaces{"كيم جونغ إل"});
}

TEST_CASE("a European name's second particle is the name's, and فإن is no particle") {
  using Labels = std::vector<std::string>;
  // دير also heads a monastery's name.
  const Labels coach = Recognise("وقال المدرب يوهان فان دير برغ إن الفريق جاهز.")->Labels();
  REQUIRE(coach.size() == 1);
  CHECK(coach[0].starts_with("يوهان فان دير برغ = Johann van der "));
  // With its hamza the word is "for indeed": no name runs into it.
  CHECK(Recognise("وبحسب الباحثة ماريا بيترسون فإن كيم جونغ أون سيعود.")->Labels() ==
        Labels{"ماريا بيترسون = Maria Peterson", "كيم جونغ أون = Kim Jong-un"});
}

TEST_CASE("a given name whose own alef and lam leave the key of أن is known by its spelling") {
  using Labels = std::vector<std::string>;
  // آلان and ألان key as أن does; written so they are Alan.
  CHECK(Recognise("وقال آلان جونسون إن الأمر خطير.")->Labels() == Labels{"آلان جونسون = Alan Johnson"});
  CHECK(Recognise("وأكد ألان جونسون أن الأمر خطير.")->Labels() == Labels{"ألان جونسون = Alan Johnson"});
  // The words themselves stay what they were, and so do others' names with أن in them.
  CHECK(Recognise("وقال إن الحكومة الآن أمام خيار صعب، وأن الأمر خطير.")->Labels().empty());
}

TEST_CASE("a calling's nationality between it and the name leaves the name a person's") {
  using Names = std::vector<std::string>;
  auto hostage = Recognise("وكان الرهينة الفرنسي، ألان كوما، قد خطف في اليمن.");
  CHECK(hostage->Surfaces() == Names{"الفرنسي", "ألان كوما", "اليمن"});
  // Past its second word the name takes no dictionary word: قدم is the verb.
  auto writer = Recognise("وكان الكاتب المصري سامر الخطيبات قدم روايته الأولى.");
  CHECK(writer->Surfaces() == Names{"المصري", "سامر الخطيبات"});
  // A calling of two words (المحلل السياسي) is one.
  CHECK(Recognise("وقال المحلل السياسي سامر الخطيبات إن الوضع صعب.")->Surfaces() == Names{"سامر الخطيبات"});
}

TEST_CASE("his country (بلاده) is the state of the person the sentence or the one before named first") {
  auto said = Recognise("وقال وزير الخارجية الإيراني سامر الخطيبات إن بلاده ترفض الاتفاق.");
  REQUIRE(said->Surface("بلاده"));
  CHECK(said->Surface("بلاده")->id == "iran");
  CHECK(said->Surface("بلاده")->kind == MentionKind::kHisCountry);
  // The speaker, not the one spoken of: Iran's president warns of a policy hostile to Iran.
  auto warned = Recognise("وهاجم الرئيس الإيراني سامر الخطيبات نظيره الأمريكي، محذرا من سياسة معادية لبلاده.");
  REQUIRE(warned->Surface("بلاده"));
  CHECK(warned->Surface("بلاده")->id == "iran");
  auto next = Recognise("وقال سامر الخطيبات، وزير الخارجية الإيراني، إن الوضع صعب. وأضاف أن بلاده سترد.");
  REQUIRE(next->Surface("بلاده"));
  CHECK(next->Surface("بلاده")->id == "iran");
  // In a title it is the title's (سفير بلاده); their country (بلادهم) and a country no person's
  // state is are no one's.
  CHECK_FALSE(Recognise("والتقى سامر الخطيبات، سفير بلاده في مصر، نظيره التركي.")->Surface("بلاده"));
  CHECK_FALSE(Recognise("وقال المسؤولون الإيرانيون إن بلادهم ترفض الاتفاق.")->Surface("بلادهم"));
  CHECK_FALSE(Recognise("وقالت الوزارة إن بلاده ترفض الاتفاق.")->Surface("بلاده"));
}

TEST_CASE("a person named by a title and their state's nisba names the state too") {
  auto leader = Recognise("وقال المرشد الإيراني إن الاتفاق انتهى.");
  REQUIRE(leader->Surface("المرشد الإيراني"));
  CHECK(leader->Surface("المرشد الإيراني")->id == "ali_khamenei");
  REQUIRE(leader->Surface("الإيراني"));
  CHECK(leader->Surface("الإيراني")->id == "iran");
}

TEST_CASE("a new person's family name may be a participle, and ل may govern a new name") {
  using Names = std::vector<std::string>;
  // A participle with the article after a given name is the family name (طه المتوكل).
  CHECK(Recognise("وقال سامر المتوكل إن الوزارة تعمل.")->Surfaces() == Names{"سامر المتوكل"});
  // ل governs a name whose words no dictionary has (لجيرار), not a word it makes (لصالح), nor a
  // name of its own (Samer to Reuters).
  CHECK(Recognise("عين الوزير خلفا لجيرار موبيلون المستقيل.")->Surfaces() == Names{"جيرار موبيلون"});
  CHECK(Recognise("صوتت الكتلة لصالح جيرار موبيلون.")->Surfaces() == Names{"جيرار موبيلون"});
  CHECK(Recognise("وقال سامر لرويترز إن الوزارة تعمل.")->Labels() == std::vector<std::string>{"رويترز = Reuters"});
}

TEST_CASE("a head with its definite genitive and an adjective of institutions names an organisation") {
  auto said = Recognise("منظمة الرعاية الدولية تحذر من المجاعة.");
  REQUIRE(said->Surface("منظمة الرعاية الدولية"));
  CHECK(said->Surface("منظمة الرعاية الدولية")->type == EntityType::kOrg);
  CHECK(Recognise("وفاز حزب الوئام الديمقراطي في الانتخابات.")->Surfaces() ==
        std::vector<std::string>{"حزب الوئام الديمقراطي"});
  // Other adjectives make a common phrase, and a state's nisba names the body's state.
  CHECK(Recognise("واتسعت حركة الاحتجاجات الشعبية في المدن.")->Surfaces().empty());
  CHECK(Recognise("وقال مجلس الشورى الإيراني إن القرار خطير.")->Labels() == std::vector<std::string>{"الإيراني = Iran"});
}

TEST_CASE("a family name that reads as ك before a name word is the name's") {
  using Names = std::vector<std::string>;
  // كوين reads as ك ("like") and وين (Wayne): after a given name it is a family name.
  CHECK(Recognise("وقال جوناثان كوين إن الأمر خطير.")->Surfaces() == Names{"جوناثان كوين"});
  // Whole, it may spell a known person's name (مايكل كوهين).
  auto known = Recognise("وقال مايكل كوين إن الأمر خطير.");
  REQUIRE(known->Surface("مايكل كوين"));
  CHECK(known->Surface("مايكل كوين")->id == "michael_cohen");
  // ك before a common word or a title is "like" or "as".
  CHECK(Recognise("وقال سامر كذلك إن الأمر خطير.")->Surfaces().empty());
  CHECK(Recognise("وعين سامر كرئيس للوزراء.")->Surfaces().empty());
}

TEST_CASE("a title set off by a comma is not the holder of a name on و after it") {
  // The list's next item: the title stands for its holder in the article's year.
  auto r = Recognise("خبر\n10 مايو 2018\nوالتقت ملكة بريطانيا، والأمير تشارلز، الوفد.");
  REQUIRE(r->Surface("ملكة بريطانيا") != nullptr);
  CHECK(r->Surface("ملكة بريطانيا")->id == "queen_elizabeth_ii");
  CHECK(r->Surface("الأمير تشارلز")->id == "prince_charles");
  // A name after the comma alone is the holder's.
  auto holder = Recognise("وقال وزير الخارجية اليوناني، نيكوس كوتزياس، إن الاتفاق تاريخي.");
  REQUIRE(holder->Surface("نيكوس كوتزياس") != nullptr);
  const Mention& minister = *holder->Surface("نيكوس كوتزياس")->mention;
  CHECK(minister.title_end > minister.title_first);
}

TEST_CASE("states whose names are common words elsewhere are states in the news") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("ووقعت تشاد والجبل الأسود اتفاقا مع الرأس الأخضر.")->Ids() == Ids{"chad", "montenegro", "cape_verde"});
  // مالي is far more often "financial".
  CHECK(Recognise("وقدمت الحكومة دعما مالي للمزارعين.")->Ids().empty());
}

TEST_CASE("names with full stops between their parts are the lexicon's") {
  using Ids = std::vector<std::string>;
  CHECK(Recognise("وقال مصدر لـ\"العربية.نت\" إن مكتب إف.بي.آي يحقق.")->Ids() == Ids{"al_arabiya", "united_states"});
}

TEST_CASE("a known name opening with the article after a title is its holder, not more of the title") {
  // قائد ("commander") is no second title inside الباجي قائد السبسي.
  auto r = Recognise("وقال الرئيس التونسي الباجي قائد السبسي إن الانتخابات مهمة.");
  CHECK(r->Ids() == std::vector<std::string>{"tunisia", "beji_caid_essebsi"});
  REQUIRE(r->Surface("الباجي قائد السبسي") != nullptr);
  const Mention& president = *r->Surface("الباجي قائد السبسي")->mention;
  CHECK(president.title_end > president.title_first);
}

TEST_CASE("a foreign name whose given name is a dictionary word ends before the clause's words") {
  // بول is a dictionary word; the name does not run on into the idiom after it.
  CHECK(Recognise("ودق النائب بول هونكو ناقوس الخطر.")->Surfaces() == std::vector<std::string>{"بول هونكو"});
  // An Arab family name with the article stays the name's.
  CHECK(Recognise("وقال الشيخ فهد شبيب البلوي إن الحوار مستمر.")->Surfaces() == std::vector<std::string>{"فهد شبيب البلوي"});
}

TEST_CASE("a foreign family name ends a name before a definite noun of the clause") {
  using Surfaces = std::vector<std::string>;
  // المحلل ("the analyst") is in apposition, المدان ("convicted") qualifies the person.
  CHECK(Recognise("وقال حسين جيدل المحلل السياسي إن الحوار مستمر.")->Surfaces() == Surfaces{"حسين جيدل"});
  CHECK(Recognise("وصدر حكم بحق الصحافي أتيلا تاس المدان بمساعدة الجماعة.")->Surfaces() == Surfaces{"أتيلا تاس"});
  // An Arab family name with the article stays: a nisba, or one after a lineage.
  CHECK(Recognise("وقال علي خليفة هاشل المسماري إن الحوار مستمر.")->Surfaces() == Surfaces{"علي خليفة هاشل المسماري"});
  CHECK(Recognise("وقال علي بن صميخ المري إن الحوار مستمر.")->Surfaces() == Surfaces{"علي بن صميخ المري"});
}

TEST_CASE("an occupation after a name is in apposition, never the name's last word") {
  using Surfaces = std::vector<std::string>;
  CHECK(Recognise("وقال بابار يعقوب سكرتير اللجنة إن الفرز تأخر.")->Surfaces() == Surfaces{"بابار يعقوب"});
  CHECK(Recognise("ويقول جعفر فرح الناشط البارز إن الشرطة ضربته.")->Surfaces() == Surfaces{"جعفر فرح"});
}

TEST_CASE("a preposition written apart with a tatweel is no word of a name after abu") {
  // لـ"العربية.نت": "to al-Arabiya.net", not a name's last word.
  CHECK(Recognise("يقول أبو العبد لـ\"العربية.نت\": \"لن نرحل\".")->Surfaces() == std::vector<std::string>{"العربية.نت"});
}
