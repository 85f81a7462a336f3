// The relation model: trained on a small annotated set written for these tests, it learns a
// construction the rules alone do not read (X تحت زعامة Y: Y leads X); training is deterministic;
// a damaged model file is refused with a clear error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/relation_model.h"
#include "extract/relation_trainer.h"
#include "tests/support/temp_dir.h"

namespace {

using kg::extract::Extractor;
using kg::extract::ExtractorOptions;
using kg::testing::ReadFile;
using kg::testing::TempDir;
using Lines = std::vector<std::string>;

struct Party {
  const char* group_ar;
  const char* group_id;
  const char* group_en;
  const char* leader_ar;
  const char* leader_id;
  const char* leader_en;
};

// Five parties for training; Amal and Berri are held out.
constexpr Party kParties[] = {
    {"حزب الله", "hezbollah", "Hezbollah", "حسن نصر الله", "hassan_nasrallah", "Hassan Nasrallah"},
    {"حركة حماس", "hamas", "Hamas", "إسماعيل هنية", "ismail_haniyeh", "Ismail Haniyeh"},
    {"التيار الصدري", "sadrist_movement", "Sadrist Movement", "مقتدى الصدر", "muqtada_al_sadr", "Muqtada al-Sadr"},
    {"ائتلاف دولة القانون", "state_of_law_coalition", "State of Law Coalition", "نوري المالكي", "nouri_al_maliki",
     "Nouri al-Maliki"},
    {"تيار المستقبل", "future_movement", "Future Movement", "سعد الحريري", "saad_hariri", "Saad Hariri"},
    {"جماعة الحوثي", "houthis", "Houthis", "عبد الملك الحوثي", "abdul_malik_al_houthi", "Abdul-Malik al-Houthi"},
};

// An annotated directory as ../shared/eval lays it out: in each article a party "under the
// leadership of" its leader, and a leader named beside another party he does not lead.
std::string WriteAnnotatedSet(const TempDir& dir) {
  const size_t n = std::size(kParties);
  std::ostringstream gold, entities;
  for (size_t i = 0; i < n; ++i) {
    const Party& own = kParties[i];
    const Party& other = kParties[(i + 1) % n];
    const std::string name = std::string("a").append(std::to_string(i + 1));
    std::ostringstream text;
    text << "بيان\nوقالت مصادر إن " << own.group_ar << " تحت زعامة " << own.leader_ar << " رفض المقترح.\n"
         << "وفي سياق آخر انتقد " << other.leader_ar << " مواقف " << own.group_ar << " في البرلمان.\n";
    dir.Write("set/articles/" + name + ".txt", text.str());
    gold << "{\"doc\": \"" << name << "\", \"s\": \"" << own.leader_id << "\", \"p\": \"leads\", \"o\": \""
         << own.group_id << "\", \"negated\": false, \"evidence\": \"\"}\n";
    entities << "{\"id\": \"" << own.group_id << "\", \"type\": \"ORG\", \"en\": [\"" << own.group_en
             << "\"], \"ar\": [\"" << own.group_ar << "\"]}\n";
    entities << "{\"id\": \"" << own.leader_id << "\", \"type\": \"PERSON\", \"en\": [\"" << own.leader_en
             << "\"], \"ar\": [\"" << own.leader_ar << "\"]}\n";
  }
  dir.Write("set/gold.jsonl", gold.str());
  dir.Write("set/entities.jsonl", entities.str());
  return dir / "set";
}

Lines Triples(const Extractor& extractor, const std::string& text) {
  Lines out;
  for (const auto& st : extractor.Extract(kg::extract::ReadArticle("t", text))) {
    out.push_back(st.subject.id + (st.negated ? " !" : " ") + st.predicate + " " + st.object.id);
  }
  return out;
}

const Extractor& Rules() {
  static const Extractor rules = Extractor::Load(KG_SOURCE_DIR "/data", ExtractorOptions::RulesOnly());
  return rules;
}

// The shipped model with no thresholds: every reading is a statement, so that a test sees what
// no reading may say.
const Extractor& EveryReading() {
  static TempDir dir;
  static const Extractor all = [] {
    auto everything = kg::extract::RelationModel::Load(KG_SOURCE_DIR "/data/relations.model");
    everything.set_thresholds(0, 0);
    everything.Save(dir / "all.model");
    ExtractorOptions options;
    options.model = dir / "all.model";
    return Extractor::Load(KG_SOURCE_DIR "/data", options);
  }();
  return all;
}

// The extractor with the model and thresholds kg ships.
const Extractor& Shipped() {
  static const Extractor shipped = Extractor::Load(KG_SOURCE_DIR "/data");
  return shipped;
}

// Whether a line ("subject predicate object") is among what an extractor reads in a text.
std::function<bool(const std::string&)> ReadingsOf(const Extractor& extractor, const std::string& text) {
  return [read = Triples(extractor, text)](const std::string& line) {
    return std::ranges::find(read, line) != read.end();
  };
}

// Whether a line is among every reading of a text.
std::function<bool(const std::string&)> EveryReadingOf(const std::string& text) {
  return ReadingsOf(EveryReading(), text);
}

}  // namespace

TEST_CASE("a model trained on annotated articles reads a relation the rules alone miss", "[model]") {
  TempDir dir;
  kg::extract::TrainingOptions options;
  options.gold_dirs = {WriteAnnotatedSet(dir)};
  kg::extract::TrainingReport report;
  const auto model = kg::extract::TrainRelationModel(Rules(), options, &report);
  CHECK(report.articles == std::size(kParties));
  CHECK(report.gold == std::size(kParties));
  CHECK(report.reachable == std::size(kParties));  // every gold triple is some candidate
  model.Save(dir / "leads.model");

  ExtractorOptions with_model;
  with_model.model = dir / "leads.model";
  const Extractor learned = Extractor::Load(KG_SOURCE_DIR "/data", with_model);
  const std::string held_out = "بيان\nوقالت مصادر إن حركة أمل تحت زعامة نبيه بري رفضت المقترح.\n";
  CHECK(Triples(Rules(), held_out).empty());
  CHECK(Triples(learned, held_out) == Lines{"nabih_berri leads amal_movement"});
  // Someone named beside a party he does not lead, as in training, is no leader of it.
  CHECK(Triples(learned, "بيان\nوانتقد نبيه بري مواقف حركة حماس في البرلمان.\n").empty());
  CHECK(learned.version() != Rules().version());
}

TEST_CASE("training is deterministic: the same annotation gives the same model file", "[model]") {
  TempDir dir;
  kg::extract::TrainingOptions options;
  options.gold_dirs = {WriteAnnotatedSet(dir)};
  kg::extract::TrainRelationModel(Rules(), options, nullptr).Save(dir / "one.model");
  kg::extract::TrainRelationModel(Rules(), options, nullptr).Save(dir / "two.model");
  const std::string one = ReadFile(dir / "one.model");
  CHECK(one.size() > 100);
  CHECK(one == ReadFile(dir / "two.model"));
  // And it reads back as it was written.
  const auto model = kg::extract::RelationModel::Load(dir / "one.model");
  CHECK(model.size() > 0);
}

TEST_CASE("a model file that is missing, truncated, damaged or of another version is refused by name", "[model]") {
  TempDir dir;
  using kg::extract::ModelError;
  using kg::extract::RelationModel;
  CHECK_THROWS_AS(RelationModel::Load(dir / "none.model"), ModelError);
  CHECK_THROWS_WITH(RelationModel::Load(dir / "none.model"), Catch::Contains("none.model"));

  const std::string shipped = ReadFile(KG_SOURCE_DIR "/data/relations.model");
  REQUIRE(shipped.size() > 1000);
  const auto cut = dir.Write("cut.model", shipped.substr(0, shipped.size() / 2));
  CHECK_THROWS_WITH(RelationModel::Load(cut), Catch::Contains("cut.model") && Catch::Contains("truncated"));

  std::string other = shipped;
  other.replace(other.find(kg::extract::kRelationFeatures), kg::extract::kRelationFeatures.size(), "readings-0");
  CHECK_THROWS_WITH(RelationModel::Load(dir.Write("old.model", other)),
                    Catch::Contains("old.model:3") && Catch::Contains("another version"));

  std::string damaged = shipped;
  damaged.replace(damaged.find("\nweights\t"), 9, "\nweights\tmany\n");
  CHECK_THROWS_WITH(RelationModel::Load(dir.Write("bad.model", damaged)), Catch::Contains("bad.model:"));
  CHECK_THROWS_WITH(RelationModel::Load(dir.Write("empty.model", "")), Catch::Contains("not a kg relation model"));
  CHECK_THROWS_AS(RelationModel::Load(dir.Write("text.model", "hello\n")), ModelError);

  ExtractorOptions options;
  options.model = cut;
  CHECK_THROWS_AS(Extractor::Load(KG_SOURCE_DIR "/data", options), ModelError);
}

TEST_CASE("the shipped model keeps what a plain clause states, and nothing beside it", "[model]") {
  const Extractor& shipped = Shipped();
  CHECK(Triples(shipped, "بيان\nوقصفت إسرائيل مواقع في سوريا.\n") == Lines{"israel attacked syria"});
  CHECK(Triples(shipped, "بيان\nوقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوضع خطير.\n") ==
        Lines{"benjamin_netanyahu leads israel"});
  CHECK(Triples(shipped, "بيان\nوقد تهاجم إيران إسرائيل.\n").empty());
  for (const auto& st : shipped.Extract(kg::extract::ReadArticle("t", "بيان\nوقصفت إسرائيل مواقع في سوريا.\n"))) {
    CHECK(st.evidence.confidence >= 0.5f);  // the model's probability, not a rule's constant
    CHECK(st.evidence.confidence <= 1.0f);
  }
}

TEST_CASE("no reading makes a member of a body whose member states the record lists of another state or a person",
          "[model]") {
  const auto has = EveryReadingOf("بيان\nوحضر بوتين وماكرون قمة فرنسا وروسيا مع حلف الناتو في بروكسل.\n");
  CHECK(has("france member_of nato"));
  CHECK_FALSE(has("russia member_of nato"));
  CHECK_FALSE(has("vladimir_putin member_of nato"));
  CHECK_FALSE(has("emmanuel_macron member_of nato"));
  // The Security Council's record lists every state that sat on it in the corpus's years.
  const auto council = EveryReadingOf("بيان\nوطالبت إيران والكويت وفرنسا أعضاء مجلس الأمن الدولي بالتحرك.\n");
  CHECK_FALSE(council("iran member_of un_security_council"));
  CHECK(council("kuwait member_of un_security_council"));
}

TEST_CASE("no reading makes two names of one coordination each other's party, unless the predicate is symmetric",
          "[model]") {
  const auto has = EveryReadingOf("بيان\nواتهمت فرنسا وألمانيا إيران بدعم الإرهاب.\nوأجرت مصر والأردن مفاوضات حول المياه.\n");
  CHECK(has("france accused iran"));
  CHECK(has("germany accused iran"));
  CHECK_FALSE(has("france accused germany"));
  CHECK_FALSE(has("germany accused france"));
  CHECK((has("egypt negotiated_with jordan") || has("jordan negotiated_with egypt")));  // talks of the two: symmetric
}

TEST_CASE("names conjoined after a verb's own subject are its objects, not each other's party", "[model]") {
  const auto has = EveryReadingOf("بيان\nوالتقى الوزير الفرنسي جان إيف لودريان محمد جواد ظريف وحسن روحاني.\n"
                                  "والتقى دونالد ترامب وفلاديمير بوتين في هلسنكي.\n");
  CHECK(has("jean_yves_le_drian met_with mohammad_javad_zarif"));
  CHECK(has("jean_yves_le_drian met_with hassan_rouhani"));
  CHECK_FALSE(has("mohammad_javad_zarif met_with hassan_rouhani"));
  CHECK_FALSE(has("hassan_rouhani met_with mohammad_javad_zarif"));
  // Conjoined as the verb's subject, they met each other.
  CHECK((has("donald_trump met_with vladimir_putin") || has("vladimir_putin met_with donald_trump")));
}

TEST_CASE("a city a gathering is named after is where it met, and no party to what it does", "[model]") {
  const auto has = EveryReadingOf("بيان\nوأشاد الوزير بمؤتمر روما لدعم الجيش اللبناني.\nوعقد مؤتمر ترامب وبوتين في هلسنكي.\n");
  CHECK_FALSE(has("italy backs lebanon"));
  CHECK((has("donald_trump met_with vladimir_putin") || has("vladimir_putin met_with donald_trump")));
}

TEST_CASE("no reading gives a person forces, wars, arms or sanctions, nor leads a person", "[model]") {
  const Extractor& all = EveryReading();
  using kg::graph::EntityType;
  const auto statements = all.Extract(kg::extract::ReadArticle(
      "t", "بيان\nوقال ترامب إن القوات الأمريكية في سوريا باقية وإن الحرب بين إيران والعراق انتهت في بغداد.\n"
           "وفرضت واشنطن عقوبات على طهران، وزودت الحوثيين بالسلاح، وقال بوتين إن روسيا حليفة دمشق.\n"));
  REQUIRE(!statements.empty());
  for (const auto& st : statements) {
    INFO(st.subject.id << " " << st.predicate << " " << st.object.id);
    const bool person_acts = st.predicate == "deployed_forces_in" || st.predicate == "at_war_with" ||
                             st.predicate == "supplied_weapons_to" || st.predicate == "sanctioned";
    if (person_acts) CHECK(st.subject.type != EntityType::kPerson);
    if (st.predicate == "at_war_with") CHECK(st.object.type != EntityType::kPerson);
    if (st.predicate == "at_war_with" || st.predicate == "allied_with") CHECK(st.object.type != EntityType::kPlace);
    if (st.predicate == "leads" || st.predicate == "member_of") CHECK(st.object.type != EntityType::kPerson);
    if (st.predicate == "member_of" && st.subject.type == EntityType::kCountry) CHECK(st.object.type == EntityType::kOrg);
  }
}

TEST_CASE("a press conference with someone is a reading of a meeting, and a gathering's host is no party", "[model]") {
  const auto has = EveryReadingOf("بيان\nوقال أردوغان في مؤتمر صحفي مع أوربان إن العلاقات جيدة.\n"
                                  "ويلتقي ماكرون وميركل على هامش قمة الناتو.\n");
  CHECK((has("recep_tayyip_erdogan met_with viktor_orban") || has("viktor_orban met_with recep_tayyip_erdogan")));
  CHECK((has("emmanuel_macron met_with angela_merkel") || has("angela_merkel met_with emmanuel_macron")));
  CHECK_FALSE(has("emmanuel_macron met_with nato"));
  CHECK_FALSE(has("angela_merkel met_with nato"));
}

TEST_CASE("no reading is made of a verbal noun after a verb in the future, one the lexicons do not know too",
          "[model]") {
  const auto has = EveryReadingOf("بيان\nوقالت الحكومة إن ترامب سيجري محادثات مع بوتين.\n"
                                  "وقالت الحكومة إن ماكرون أجرى محادثات مع ميركل.\n");
  CHECK_FALSE(has("donald_trump negotiated_with vladimir_putin"));
  CHECK(has("emmanuel_macron negotiated_with angela_merkel"));
}

TEST_CASE("no reading makes an accuser the agent of the act it accuses another of", "[model]") {
  const auto has = EveryReadingOf("بيان\nوتتهم سوريا إسرائيل بشن غارات على مواقع قرب دمشق.\n");
  CHECK(has("syria accused israel"));
  CHECK(has("israel attacked damascus"));
  CHECK_FALSE(has("syria attacked damascus"));
  CHECK_FALSE(has("syria attacked israel"));
}

TEST_CASE("the backer a backing word names is no party to what the clause's trigger says", "[model]") {
  const Extractor& shipped = Shipped();
  auto read = Triples(shipped, "بيان\nوسيطرت قوات حفتر المدعومة من مصر على درنة.\n");
  std::ranges::sort(read);
  CHECK(read == Lines{"egypt backs libyan_national_army", "libyan_national_army attacked derna",
                      "libyan_national_army deployed_forces_in derna"});
}

TEST_CASE("no reading has a verb's subject after it and its object before it without a pronoun or a relative", "[model]") {
  const auto has = EveryReadingOf("بيان\nوقبل أيام أطلق الحوثيون صواريخ استهدفت جازان، تصدت لها قوات الدفاع الجوي السعودي.\n"
                                  "وكان أنيس عماري قد فر إلى إيطاليا، وقتلته الشرطة الإيطالية.\n");
  CHECK_FALSE(has("saudi_arabia attacked houthis"));
  // A pronoun on the verb stands for the object named before it.
  CHECK(has("italy killed anis_amri"));
}

TEST_CASE("no reading makes a name in a person's title a party to what the person does or suffers", "[model]") {
  const auto has = EveryReadingOf("بيان\nوقتل العميل الروسي ألكسندر ليتفيننكو مسموما في لندن.\n");
  CHECK_FALSE(has("alexander_litvinenko killed russia"));
  CHECK_FALSE(has("russia killed alexander_litvinenko"));
}

TEST_CASE("no reading has a name after a plural verb for its subject", "[model]") {
  const auto has = EveryReadingOf("بيان\nواعتقلت الشرطة أربعة أشخاص هاجموا السفارة الإيرانية في لندن.\n");
  CHECK_FALSE(has("iran attacked london"));
}

TEST_CASE("no reading has a person visit the state the record gives them, nor meet at a meeting to come", "[model]") {
  const auto visit = EveryReadingOf("بيان\nوأضاف الرئيس السيسي خلال زيارة لوزارة الداخلية المصرية إن العدد كبير.\n");
  CHECK_FALSE(visit("abdel_fattah_al_sisi visited egypt"));
  const auto meeting = EveryReadingOf("بيان\nومن المزمع أن يستقبل ماكرون رئيس الحكومة الإيطالية جوزيبي كونتي.\n");
  CHECK_FALSE(meeting("emmanuel_macron met_with giuseppe_conte"));
}

TEST_CASE("no reading is made of an attack that was planned only", "[model]") {
  const auto has = EveryReadingOf("بيان\nواتهمت المعارضة الإيرانية النظام الإيراني بالتخطيط لاستهداف مؤتمرها في باريس.\n");
  CHECK_FALSE(has("iran attacked paris"));
}

TEST_CASE("a group attached to another body is its part, and only a state backs a group so", "[model]") {
  const auto has = ReadingsOf(Rules(), "بيان\nوأعلنت كتائب القسام التابعة لحركة حماس مسؤوليتها.\n"
                                      "وقصفت ميليشيات الحوثي التابعة لإيران مواقع الجيش.\n");
  CHECK(has("qassam_brigades member_of hamas"));
  CHECK_FALSE(has("hamas backs qassam_brigades"));
  CHECK(has("iran backs houthis"));
}

TEST_CASE("seizing a place, occupying it and opening fire on someone are readings of an attack", "[model]") {
  const auto has = EveryReadingOf("بيان\nوسيطر الجيش التركي على مدينة منبج بعد معارك.\n"
                                  "واحتلت روسيا شبه جزيرة القرم.\n"
                                  "وأطلقت القوات الإسرائيلية النار على متظاهرين في غزة.\n"
                                  "وتسيطر حركة حماس على قطاع غزة منذ سنوات.\n");
  CHECK(has("turkey attacked manbij"));
  CHECK(has("russia attacked crimea"));
  CHECK(has("israel attacked gaza"));
  // Holding a place is a state, not an attack: the imperfect is no reading of one.
  CHECK_FALSE(has("hamas attacked gaza"));
}

TEST_CASE("the genitive of an attack whose verb takes على is its agent, never the patient", "[model]") {
  // اعتدى على: اعتداءات الحوثيين are attacks the Houthis made, not attacks on them.
  const auto has = ReadingsOf(Shipped(), "بيان\nوأكدت مصر تضامنها مع السعودية، فيما رفضت المملكة الأردنية اعتداءات الحوثيين، "
                                        "ووصفتها الرئاسة الفلسطينية بالمحاولة الآثمة.\n"
                                        "وأدانت مصر اعتداءات الحوثيين على السعودية.\n");
  CHECK_FALSE(has("jordan attacked houthis"));
  CHECK_FALSE(has("egypt attacked houthis"));
  CHECK(has("houthis attacked saudi_arabia"));
}

TEST_CASE("no reading has a name before a relative pronoun's antecedent for the subject of the verb after it", "[model]") {
  const auto has = EveryReadingOf("بيان\nوطالبت بريطانيا بتحقيق حول الصواريخ التي أطلقت باتجاه السعودية.\n"
                                  "ونددت مصر بإيران التي هاجمت السعودية.\n");
  CHECK_FALSE(has("united_kingdom attacked saudi_arabia"));
  CHECK_FALSE(has("egypt attacked saudi_arabia"));
  CHECK(has("iran attacked saudi_arabia"));  // the antecedent itself
}

TEST_CASE("a nisba after the object of a relative clause's verb qualifies it and is not the verb's subject", "[model]") {
  const auto has = ReadingsOf(Rules(), "بيان\nوارتفعت حصيلة الزلزال الذي ضرب مساء الأحد جزيرة لومبوك الإندونيسية.\n"
                                      "وأدانت مصر الهجمات التي تشنها على إسرائيل حركة حماس.\n");
  CHECK_FALSE(has("indonesia attacked lombok"));
  CHECK(has("hamas attacked israel"));  // a name there is the subject
}

TEST_CASE("a pledge to strike, crush or pursue someone is a threat to them, not a promise", "[model]") {
  const std::string text = "بيان\nوتعهدت تركيا بضرب كل من يساعد وحدات حماية الشعب الكردية.\n"
                           "وتعهد الرئيس التركي، رجب طيب أردوغان، بملاحقة أعضاء حزب العمال الكردستاني.\n"
                           "وتعهد ترامب لكيم جونغ أون بتقديم ضمانات أمنية.\n";
  const auto ruled = ReadingsOf(Rules(), text);
  CHECK(ruled("turkey threatened ypg"));
  CHECK(ruled("recep_tayyip_erdogan threatened pkk"));
  CHECK(ruled("donald_trump pledged_to kim_jong_un"));
  const auto has = EveryReadingOf(text);
  CHECK_FALSE(has("turkey pledged_to ypg"));
  CHECK_FALSE(has("recep_tayyip_erdogan pledged_to pkk"));
}

TEST_CASE("no reading makes the name right after an accusation's masdar, before its charge, the accuser", "[model]") {
  const auto has = EveryReadingOf("بيان\nوأيد الاتحاد الأوروبي موقف بريطانيا في اتهام روسيا بالمسؤولية عن الهجوم.\n"
                                  "ودعمت الولايات المتحدة بريطانيا في اتهام الكرملين في حادث التسمم.\n");
  CHECK(has("united_kingdom accused russia"));
  CHECK_FALSE(has("russia accused united_kingdom"));
  CHECK_FALSE(has("russia accused united_states"));
  // The accuser named after the masdar, and the accused on ل, stay as they are.
  CHECK(EveryReadingOf("بيان\nوتصاعد التوتر بعد اتهام بريطانيا لروسيا بتسميم الجاسوس.\n")("united_kingdom accused russia"));
}
