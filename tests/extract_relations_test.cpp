// The relation rules on sentences written for these tests: verb frames in both word orders,
// masdars, coordination, negation, hedging, backing and role triples. These are the candidates'
// generators, so the rules are read alone here, without the model that decides among their
// readings (tests/extract_model_test.cpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "extract/extractor.h"
#include "tests/support/temp_dir.h"
#include "text/text.h"

namespace {

using kg::extract::Extractor;

const Extractor& TheExtractor() {
  static const Extractor extractor = Extractor::Load(KG_SOURCE_DIR "/data", kg::extract::ExtractorOptions::RulesOnly());
  return extractor;
}

// The triples of a text as "subject predicate object" lines, "!" before a negated predicate.
std::vector<std::string> Triples(const std::string& text) {
  const auto article = kg::extract::ReadArticle("t", text);
  std::vector<std::string> out;
  for (const auto& st : TheExtractor().Extract(article)) {
    out.push_back(st.subject.id + (st.negated ? " !" : " ") + st.predicate + " " + st.object.id);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a verb's subject is found before it or after it") {
  CHECK(Triples("هاجمت إسرائيل لبنان يوم الأحد.\n") ==
        Lines{"israel attacked lebanon"});
  CHECK(Triples("إيران هددت إسرائيل بالرد.\n") ==
        Lines{"iran threatened israel"});
  // A name before a colon says what follows; the verb's subject is after it.
  CHECK(Triples("وكتب المتحدث على موقع التواصل الاجتماعي، فيسبوك: \"هاجم الجيش الإسرائيلي مواقع حماس\".\n") ==
        Lines{"israel attacked hamas"});
  // A verb in the first person there is the speaker's.
  CHECK(Triples("وقالت كندا: \"ندعو روسيا إلى الكف عن سلوكها\".\n") == Lines{"canada called_on russia"});
}

TEST_CASE("a light verb counts only with its noun") {
  CHECK(Triples("وجهت الحكومة العراقية رسالة إلى مجلس الأمن الدولي.\n") ==
        Lines{"iraq sent_letter_to un_security_council"});
  CHECK(Triples("وجهت الحكومة العراقية الشكر إلى مجلس الأمن الدولي.\n").empty());
}

TEST_CASE("coordinated objects give one triple each") {
  const auto triples = Triples("قصفت إسرائيل غزة ولبنان.\n");
  CHECK(triples == Lines{"israel attacked gaza", "israel attacked lebanon"});
}

TEST_CASE("negation marks the triple and hedging drops it") {
  CHECK(Triples("لم تهاجم إيران إسرائيل.\n") ==
        Lines{"iran !attacked israel"});
  CHECK(Triples("قد تهاجم إيران إسرائيل.\n").empty());
  CHECK(Triples("ستهاجم إيران إسرائيل.\n").empty());
}

TEST_CASE("a group tied to a state is backed by it") {
  // (The attack itself, whose subject carries the backing clause, is not read yet.)
  CHECK(Triples("هاجمت الميليشيات المدعومة من إيران في العراق إسرائيل.\n") == Lines{"iran backs iraqi_armed_factions"});
}

TEST_CASE("a title gives its holder's role") {
  CHECK(Triples("قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوضع خطير.\n") ==
        Lines{"benjamin_netanyahu leads israel"});
}

TEST_CASE("a leader's body on ل after the title's nisba is what they lead and the nisba their nationality") {
  CHECK(Triples("وقال المدرب الفرنسي لأرسنال سامر الخطيبات إن الفريق جاهز.\n") == Lines{"samer_al_khatibat leads arsenal"});
  // An official's is where they are posted: they serve the nisba's state.
  CHECK(Triples("وقال السفير الكويتي للأمم المتحدة سامر الخطيبات إن الوضع خطير.\n") ==
        Lines{"samer_al_khatibat official_of kuwait"});
}

TEST_CASE("the post a person holds is named by its title after منصب") {
  CHECK(Triples("وقال سامر الخطيبات الذي شغل منصب وزير الطاقة الإسرائيلي إن الوضع صعب.\n") ==
        Lines{"samer_al_khatibat official_of israel"});
  CHECK(Triples("وتولت تيريزا ماي منصب رئيسة الوزراء البريطانية عام 2016.\n") == Lines{"theresa_may leads united_kingdom"});
  // Without the post the title after the verb is no one's (شغل وزير الطاقة الإسرائيلي: the minister acted).
  CHECK(Triples("وقال سامر الخطيبات الذي شغل وزير الطاقة الإسرائيلي إن الوضع صعب.\n") == Lines{});
}

TEST_CASE("a masdar's agent is its genitive or nisba, past its adjectives") {
  CHECK(Triples("تواصلت هجمات حزب الله على إسرائيل طوال الأسبوع.\n") ==
        Lines{"hezbollah attacked israel"});
  CHECK(Triples("أدانت مصر الغارات الجوية الإسرائيلية على سوريا.\n") ==
        Lines{"egypt condemned israel", "israel attacked syria"});
  CHECK(Triples("وقالت الولايات المتحدة، حليفة إسرائيل، إن المفاوضات مستمرة.\n") ==
        Lines{"united_states allied_with israel"});
}

TEST_CASE("a masdar's agent is named by من قبل or صدر عن") {
  CHECK(Triples("رحب العراق بتحذيرات صدرت عن الأمم المتحدة لإسرائيل.\n") ==
        Lines{"united_nations warned israel"});
}

TEST_CASE("a masdar after a support verb takes the verb's subject") {
  CHECK(Triples("واصلت إسرائيل غاراتها على لبنان.\n") ==
        Lines{"israel attacked lebanon"});
  CHECK(Triples("قام وفد عراقي بزيارة إلى طهران.\n") ==
        Lines{"iraq visited iran"});
  const auto accused = Triples("اتهمت الولايات المتحدة إيران بتهريب أسلحة إلى اليمن.\n");
  CHECK(accused == Lines{"united_states accused iran", "iran supplied_weapons_to yemen"});
}

TEST_CASE("a target stands for the state or place named after it") {
  CHECK(Triples("استهدفت حماس مواقع عسكرية إسرائيلية.\n") ==
        Lines{"hamas attacked israel"});
  CHECK(Triples("قصف حزب الله قواعد في شمال إسرائيل.\n") ==
        Lines{"hezbollah attacked israel"});
}

TEST_CASE("a threat's object is the patient of the attack it threatens, and no attack") {
  CHECK(Triples("تصاعدت التهديدات الإيرانية بضرب إسرائيل.\n") ==
        Lines{"iran threatened israel"});
  const auto threat = Triples("هددت إيران باستهداف القواعد الأمريكية.\n");
  CHECK(threat == Lines{"iran threatened united_states"});
}

TEST_CASE("names in quotation marks and after a quantity's من are arguments") {
  CHECK(Triples("فشلت الحكومة الأردنية في إقناع \"حركة حماس\" بوقف التصعيد.\n") ==
        Lines{"jordan called_on hamas"});
  const auto met = Triples("التقى وزير الخارجية العراقي عددا من المسؤولين الإيرانيين.\n");
  CHECK(met == Lines{"iraq met_with iran"});
  CHECK(met.size() == 1);  // عددا is no one's name
}

TEST_CASE("a word with the article is no particle, and a particle opens another clause") {
  CHECK(Triples("لم تشن إسرائيل حتى الآن أي هجمات على العراق.\n") ==
        Lines{"israel !attacked iraq"});
  CHECK(Triples("قال إن أي ضربة إسرائيلية سوف تؤثر على العلاقة بين بغداد وواشنطن.\n").empty());
  // The pronoun suffix of استهدفتها is the object: Syria, later, is not.
  CHECK(Triples("أدان العراق الغارات الإسرائيلية التي استهدفتها الشهر الماضي وأثارت غضب سوريا.\n") ==
        Lines{"iraq condemned israel"});
}

TEST_CASE("a rank between an office and a name in apposition leaves the name the office's") {
  CHECK(Triples("وقال المتحدث باسم الجيش الأردني، العقيد سامر الخطيبات، إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat official_of jordan"});
  // رائد without the article is a given name, no rank.
  CHECK(Triples("وقال المتحدث باسم الحكومة الأردنية، رائد صالح، إن الحدود آمنة.\n") ==
        Lines{"raed_saleh official_of jordan"});
  // After a leader's title a new name may be the clause's object: no leader of it.
  CHECK(Triples("وعين الرئيس المصري، العميد فارس الحمود قائدا للقوات.\n").empty());
}

TEST_CASE("a title on a glued ب after another title is the next person's, the clause's object") {
  CHECK(Triples("والتقى رئيس الحكومة الإسرائيلية بالرئيس الأمريكي دونالد ترامب في واشنطن.\n") ==
        Lines{"israel met_with donald_trump", "donald_trump leads united_states"});
}

TEST_CASE("an organisation's head alone in a title is the organisation the article named with it") {
  const auto lines = Triples("وتبنى تنظيم داعش الهجوم. ونشر التنظيم صورة لقائد التنظيم أبو بكر البغدادي.\n");
  CHECK(std::find(lines.begin(), lines.end(), "abu_bakr_al_baghdadi leads islamic_state") != lines.end());
  // A new organisation's too, with what follows the head (رئيس بعثة المنظمة في ليبيا).
  CHECK(Triples("وقالت منظمة بيرانتوس إن العدد ارتفع. وقال رئيس بعثة المنظمة في ليبيا سامر الخطيبات إن "
                "الوضع صعب.\n") == Lines{"samer_al_khatibat official_of birantus_organisation"});
}

TEST_CASE("an observatory or a mission alone is the one the article named") {
  CHECK(Triples("قال المرصد السوري لحقوق الإنسان إن العدد ارتفع. وقال مدير المرصد رامي عبد الرحمن إن الوضع صعب.\n") ==
        Lines{"rami_abdulrahman leads syrian_observatory_for_human_rights"});
}

TEST_CASE("a monitor reports what others do and neither fights nor is fought") {
  // (Written for it: the monitor is the sentence's first actor, and stands where the agent and
  // the patient of a strike would.)
  CHECK(Triples("أفاد المرصد السوري لحقوق الإنسان بسقوط خمسة جرحى إثر قصف على مدينة دوما.\n").empty());
  for (const auto& line : Triples("وأصيب عشرة أشخاص في غارات سورية استهدفت وفق المرصد السوري لحقوق الإنسان بلدة دوما.\n")) {
    CHECK(line.find("syrian_observatory") == std::string::npos);
  }
  CHECK(Triples("وقالت إسرائيل إنها قصفت مقر المرصد السوري لحقوق الإنسان.\n").empty());
  // It accuses, though.
  CHECK(Triples("واتهمت منظمة العفو الدولية إسرائيل بقتل المتظاهرين.\n") == Lines{"amnesty_international accused israel"});
}

TEST_CASE("a state's office no state qualifies is the article's state's, a party's office is the party's") {
  CHECK(Triples("شهدت فرنسا احتجاجات واسعة. وقال وزير الداخلية فارس الحمود إن الشرطة في فرنسا مستعدة.\n") ==
        Lines{"fares_al_hamoud official_of france"});
  const auto party = Triples("فاز حزب بيرانتوس في انتخابات فرنسا. وقال المتحدث باسم الحزب فارس الحمود إن "
                             "النتيجة تاريخية في فرنسا.\n");
  CHECK(std::find(party.begin(), party.end(), "fares_al_hamoud official_of france") == party.end());
}

TEST_CASE("a defender with his nationality plays for his state, a defender of rights plays for no one") {
  CHECK(Triples("ولمس المدافع الفرنسي سامر الخطيبات الكرة بيده.\n") == Lines{"samer_al_khatibat member_of france"});
  CHECK(Triples("وقال المدافع عن حقوق الإنسان سامر الخطيبات إن السجناء مضربون.\n").empty());
}

TEST_CASE("a member title that names no body is a seat in the state's house the record gives") {
  // The lexicon seats Ahmad Tibi in Israel's house and Lindsey Graham in the United States'.
  CHECK(Triples("وكتب عضو الكنيست أحمد الطيبي مقالا عن القانون.\n") == Lines{"ahmad_tibi official_of israel"});
  CHECK(Triples("وقال السيناتور ليندسي غراهام إن التصويت تأجل.\n") == Lines{"lindsey_graham official_of united_states"});
  // Not a member title held elsewhere (القيادي في الحزب): that is the party's.
  CHECK(Triples("وقال القيادي أحمد الطيبي في الحزب إن التصويت تأجل.\n").empty());
}

TEST_CASE("whom a call is made to is its direct object, what follows إلى is what is called for") {
  const auto lines = Triples("ودعت فرنسا في رسالة بعثتها إلى الاتحاد الأوروبي، تركيا إلى الحوار.\n");
  CHECK(std::find(lines.begin(), lines.end(), "france called_on european_union") == lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "france called_on turkey") != lines.end());
}

TEST_CASE("a people's plural in the oblique case after a verb is its object, not its subject") {
  // الحوثيين is accusative: the accusation is the government's, and no one is accused by them.
  const auto lines = Triples("وقالت الحكومة اليمنية إن الهدنة انهارت، واتهمت الحوثيين السعودية بعرقلة المفاوضات.\n");
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& t) { return t.starts_with("houthis accused"); }));
}

TEST_CASE("a party's adjective in a title makes its holder a member, and only right after the title") {
  // (The parties are known by these words in news of the United States only.)
  CHECK(Triples("وقال السيناتور الجمهوري ليندسي غراهام إن التصويت في الولايات المتحدة تأجل.\n") ==
        Lines{"lindsey_graham official_of united_states", "lindsey_graham member_of republican_party"});
  // Further on, the adjective is the name's of a body in the title (no Democratic Party).
  const auto body = Triples("وقال رئيس الحزب المصري الديمقراطي سامر خليل إن الانتخابات نزيهة.\n");
  CHECK(std::none_of(body.begin(), body.end(), [](const std::string& t) { return t.find("democratic_party") != std::string::npos; }));
}

TEST_CASE("role triples from titles, the lexicon's states and governments named after heads") {
  CHECK(Triples("وقال وزير الدفاع لويد أوستن إن الوضع خطير.\n") == Lines{"lloyd_austin official_of united_states"});
  const auto government = Triples("دعا الاتحاد الأوروبي حكومة بنيامين نتنياهو إلى ضبط النفس.\n");
  CHECK(government == Lines{"european_union called_on israel", "benjamin_netanyahu leads israel"});
  // Two conjoined titles belong to two people.
  const auto two = Triples("وحضر اللقاء زعيم حزب الله حسن نصر الله ورئيس الوزراء التركي رجب طيب أردوغان.\n");
  CHECK(two == Lines{"hassan_nasrallah leads hezbollah", "recep_tayyip_erdogan leads turkey"});
  CHECK(Triples("أعلن حزب الدعوة المشارك في تحالف الفتح موقفه.\n") ==
        Lines{"dawa_party member_of fatah_alliance"});
}

TEST_CASE("a title names the head its organisation had earlier in the article") {
  const auto triples = Triples(
      "قال زعيم حزب الله حسن نصر الله إن الحرب مستمرة.\n"
      "وفي طهران، التقى الرئيس الإيراني مع رئيس حزب الله.\n");
  CHECK(triples == Lines{"hassan_nasrallah leads hezbollah", "iran met_with hassan_nasrallah"});
}

TEST_CASE("troops in a place and assurances received") {
  CHECK(Triples("تنتشر القوات الروسية في سوريا منذ سنوات.\n") ==
        Lines{"russia deployed_forces_in syria"});
  CHECK(Triples("وحصل الأردن على ضمانات أمريكية بشأن المساعدات.\n") ==
        Lines{"united_states pledged_to jordan"});
  CHECK(Triples("لم يحصل الأردن على ضمانات أمريكية.\n") ==
        Lines{"united_states !pledged_to jordan"});
}

TEST_CASE("a former office is no role, and a people noun by قتل is its victim") {
  CHECK(Triples("وقال الرئيس التركي السابق عبد الله غول إن الانتخابات نزيهة.\n").empty());
  CHECK(Triples("وذكر الزعيم الفلسطيني الراحل ياسر عرفات في خطابه أن الدولة قادمة.\n").empty());
  CHECK(Triples("وقتل فلسطينيان في الغارات الإسرائيلية على غزة.\n") == Lines{"israel attacked gaza"});
}

TEST_CASE("a confidence threshold leaves out the less certain triples") {
  const auto article = kg::extract::ReadArticle("t", "تواصلت هجمات حزب الله على إسرائيل.\n");
  CHECK(TheExtractor().Extract(article).size() == 1);  // a masdar's triple: 0.7
  const auto strict = Extractor::Load(KG_SOURCE_DIR "/data", kg::extract::ExtractorOptions::RulesOnly(0.75f));
  CHECK(strict.Extract(article).empty());
  CHECK(strict.version() != TheExtractor().version());
}

TEST_CASE("a direct object is the first noun phrase after the verb") {
  CHECK(Triples("لبنان يستنكر تصريحات المبعوث حول عودة اللاجئين السوريين.\n").empty());
  CHECK(Triples("أدان العراق بشدة الهجمات الإسرائيلية.\n") ==
        Lines{"iraq condemned israel"});
  CHECK(Triples("حذرت حماس، المسيطرة على قطاع غزة، إسرائيل من التصعيد.\n") ==
        Lines{"hamas warned israel"});
}

TEST_CASE("what is necessary, expected or scheduled has not happened") {
  CHECK(Triples("وقال إنه من الضروري أن يلتقي أردوغان بوتين.\n").empty());
  CHECK(Triples("وتحدث عن لقائه المرتقب مع الرئيس الروسي فلاديمير بوتين.\n").size() == 1);  // leads only
  // A verbal noun after a verb in the future: what was announced, not done.
  CHECK(Triples("وقالت فرنسا إنها ستفرض عقوبات جديدة على فنزويلا.\n").empty());
  CHECK(Triples("وفرضت فرنسا عقوبات جديدة على فنزويلا.\n") == Lines{"france sanctioned venezuela"});
}

TEST_CASE("a common word after a title or a reporting verb is no one's name") {
  const auto triples = Triples("وكان الرئيس الأمريكي ندد بالقرار.\nوكانت إيران هددت باستهداف القواعد الأمريكية.\n");
  CHECK(triples == Lines{"iran threatened united_states"});
  for (const auto& triple : triples) CHECK(triple.find("leads") == std::string::npos);
}

TEST_CASE("a member's party after the name, and an alliance after a comma") {
  CHECK(Triples("وقال القيادي أحمد الكعبي في حزب الدعوة إن الاتفاق قريب.\n") ==
        Lines{"ahmed_al_kaabi member_of dawa_party"});
  CHECK(Triples("وأعلن حزب الدعوة، المشارك في تحالف الفتح، موقفه.\n") ==
        Lines{"dawa_party member_of fatah_alliance"});
}

TEST_CASE("one of a body's leaders or members, in apposition, is its member") {
  CHECK(Triples("وقال فهد الشرفي، أحد قادة حزب الإصلاح، إن الحرب مستمرة.\n") ==
        Lines{"fahd_al_sharafi member_of islah_party"});
  // Without the comma أحد may be the verb's object.
  CHECK(Triples("وقابل فهد الشرفي أحد قادة حزب الإصلاح.\n").empty());
}

TEST_CASE("what a speaker says another must do is a call on it") {
  CHECK(Triples("وقال الرئيس الفرنسي إيمانويل ماكرون إن على إيران وقف دعم الميليشيات.\n") ==
        Lines{"emmanuel_macron leads france", "emmanuel_macron called_on iran"});
  CHECK(Triples("وأكد دونالد ترامب أنه يتعين على ألمانيا أن تدفع أكثر.\n") ==
        Lines{"donald_trump called_on germany"});
  // على a place is no obligation (إن على الحدود).
  CHECK(Triples("وقال دونالد ترامب إن على الحدود جنودا كثيرين.\n").empty());
}

TEST_CASE("a summit with someone is a meeting with them, the summit's own name is no party") {
  CHECK(Triples("وعقد دونالد ترامب قمة مع فلاديمير بوتين في هلسنكي.\n") ==
        Lines{"donald_trump met_with vladimir_putin"});
  CHECK(Triples("وانتقد دونالد ترامب قمة الناتو.\n").empty());
}

TEST_CASE("a force that advances with another's backing is backed by it") {
  CHECK(Triples("وسيطرت القوات اليمنية، بإسناد جوي من طيران التحالف العربي، على المعسكر.\n") ==
        Lines{"arab_coalition backs yemen"});
  CHECK(Triples("وتقدمت قوات النظام السوري بدعم من روسيا نحو درعا.\n") == Lines{"russia backs syria"});
  // The backer may be named by its nisba, after the backing's kind or not.
  CHECK(Triples("وتقدمت قوات النظام السوري بدعم جوي روسي نحو درعا.\n") == Lines{"russia backs syria"});
}

TEST_CASE("bringing charges against someone is accusing them") {
  CHECK(Triples("ووجهت الحكومة التركية اتهامات إلى حزب العمال الكردستاني بتدبير الهجوم.\n") ==
        Lines{"turkey accused pkk"});
  // Without the charge the verb directs anything (وجه رسالة إلى).
  CHECK(Triples("ووجهت الحكومة التركية دعوة إلى حزب العمال الكردستاني.\n").empty());
}

TEST_CASE("an exchange is each party's against the other") {
  CHECK(Triples("وتبادلت إيران والسعودية الاتهامات بزعزعة المنطقة.\n") ==
        Lines{"iran accused saudi_arabia", "saudi_arabia accused iran"});
  CHECK(Triples("وتراشق صادق خان ودونالد ترامب بالكلام.\n") ==
        Lines{"sadiq_khan condemned donald_trump", "donald_trump condemned sadiq_khan"});
  // Without the exchanged noun the verb states nothing (تبادلا الزيارات).
  CHECK(Triples("وتبادلت إيران والسعودية الزيارات.\n").empty());
}

TEST_CASE("a body subordinate to another is its member, past the lexicon's longer names") {
  CHECK(Triples("وحذرت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة من التأخير.\n") ==
        Lines{"iaea member_of united_nations"});
  // A group tied to a state is no member of it.
  CHECK(Triples("وقصفت الفصائل التابعة لإيران المدينة.\n").empty());
}

TEST_CASE("an administration named by its head's title is the head's state") {
  const auto triples = Triples("وجهت إدارة الرئيس الأمريكي جو بايدن تحذيرا للحكومة الأردنية.\n");
  CHECK(triples == Lines{"united_states warned jordan", "joe_biden leads united_states"});
}

TEST_CASE("a possible war is none, and a backer is no other trigger's object") {
  CHECK(Triples("وقرر الأردن البقاء خارج أي حرب محتملة بين إيران وإسرائيل.\n").empty());
  CHECK(Triples("وتصاعدت التهديدات الإسرائيلية عبر سياسيين موالين لإيران.\n").empty());
}

TEST_CASE("an attack in words is criticism, no attack") {
  const auto words = Triples("شن الرئيس التركي رجب طيب أردوغان هجوما حادا على ألمانيا.\n");
  CHECK(words == Lines{"recep_tayyip_erdogan condemned germany", "recep_tayyip_erdogan leads turkey"});
  CHECK(Triples("شن الجيش التركي هجوما على مواقع في سوريا.\n") ==
        Lines{"turkey attacked syria"});
}

TEST_CASE("a name before a comma is no subject of the verb after it") {
  const auto triples = Triples("وبعد الانفجار في معقل حزب الله، طالب الرئيس اللبناني ميشال عون الحكومة بالتحقيق.\n");
  CHECK(triples == Lines{"michel_aoun leads lebanon"});
}

TEST_CASE("the subject after a relative pronoun is its antecedent alone") {
  const auto triples = Triples("وتتصاعد التوترات بين إيران وإسرائيل، التي شنت غارات على أهداف إيرانية في سوريا.\n");
  CHECK(triples == Lines{"israel attacked iran"});
}

TEST_CASE("the evidence of a sentence without end quotes the words around the statement") {
  std::string filler;
  for (int i = 0; i < 300; ++i) filler += "في الأيام الماضية ";  // no full stop: one sentence
  const std::string said = "هاجمت إسرائيل لبنان";
  const auto article = kg::extract::ReadArticle("t", filler + said + " " + filler + "\n");
  const auto statements = TheExtractor().Extract(article);
  REQUIRE(statements.size() == 1);
  const auto& ev = statements[0].evidence;
  const auto cut = [&](size_t begin, size_t end) { return std::string(kg::text::CodePointSlice(article.text, begin, end)); };
  CHECK(ev.sentence_span.end - ev.sentence_span.begin < 500);
  CHECK(ev.sentence_span.begin <= ev.subject.begin);
  CHECK(ev.sentence_span.end >= ev.object.end);
  CHECK_THAT(cut(ev.sentence_span.begin, ev.sentence_span.end), Catch::Contains(said));
  // Whole words: a space on either side of the quote.
  CHECK(cut(ev.sentence_span.begin - 1, ev.sentence_span.begin) == " ");
  CHECK(cut(ev.sentence_span.end, ev.sentence_span.end + 1) == " ");
}

TEST_CASE("an entity's first statement carries all of its names, the others the one they read") {
  const auto article = kg::extract::ReadArticle(
      "t", "هاجمت إسرائيل لبنان.\nوقصفت الدولة العبرية سوريا.\nوهاجمت اسرائيل غزة.\n");
  const auto statements = TheExtractor().Extract(article);
  std::vector<std::vector<std::string>> names;
  for (const auto& st : statements) {
    if (st.subject.id == "israel") names.push_back(st.subject.aliases);
  }
  REQUIRE(names.size() == 3);
  CHECK(names[0].front() == "إسرائيل");
  CHECK(names[0].size() == 3);
  CHECK(names[1] == std::vector<std::string>{"الدولة العبرية"});
  CHECK(names[2] == std::vector<std::string>{"اسرائيل"});
}

TEST_CASE("a crown prince is an official of his state, not its leader") {
  const auto triples = Triples("التقى ولي العهد السعودي محمد بن سلمان الرئيس الفرنسي.\n");
  CHECK(triples == Lines{"mohammed_bin_salman met_with france", "mohammed_bin_salman official_of saudi_arabia"});
}

namespace {

// A copy of data/ with one more entity file, for tests of what a lexicon's rows do.
class DataWith {
 public:
  explicit DataWith(const std::string& file, const std::string& rows) {
    std::filesystem::copy(KG_SOURCE_DIR "/data", dir_ / "data", std::filesystem::copy_options::recursive);
    dir_.Write("data/entities/" + file, rows);
  }
  std::filesystem::path path() const { return dir_ / "data"; }

 private:
  kg::testing::TempDir dir_;
};

std::vector<std::string> TriplesWith(const Extractor& extractor, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& st : extractor.Extract(kg::extract::ReadArticle("t", text))) {
    out.push_back(st.subject.id + " " + st.predicate + " " + st.object.id);
  }
  return out;
}

}  // namespace

TEST_CASE("role triples agree with the offices the lexicon records for the article's year") {
  // A made-up person: an official of Iraq until 2019, its leader from 2020.
  const DataWith data("test_people.tsv",
                      "karim_haddad\tPERSON\tKarim Haddad\tكريم حداد\tcountry=iraq;role=official:iraq:2016-2019|leader:iraq:2020-\ttest\n");
  const Extractor extractor = Extractor::Load(data.path(), kg::extract::ExtractorOptions::RulesOnly());
  const std::string said = "وقال الرئيس العراقي كريم حداد إن الحوار مستمر.\n";
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 2018\n" + said) == Lines{"karim_haddad official_of iraq"});
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 2021\n" + said) == Lines{"karim_haddad leads iraq"});
  // Leading another state, which the record never gives him: no role at all.
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 2021\nوقال الرئيس السوري كريم حداد إن الحوار مستمر.\n").empty());
  // Someone the record does not know leads no state whose leader then it records; where it
  // records none, the article alone says.
  const std::string unknown = "وقال الرئيس العراقي سامي زيدون إن الحوار مستمر.\n";
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 2021\n" + unknown).empty());
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 1950\n" + unknown) == Lines{"sami_zidun leads iraq"});
}

TEST_CASE("a malformed role or an unknown body in a lexicon row is an error naming its file and line") {
  const DataWith years("bad.tsv", "# a comment\nkarim_haddad\tPERSON\tKarim Haddad\tكريم حداد\trole=leader:iraq:twenty\n");
  CHECK_THROWS_WITH(Extractor::Load(years.path()), Catch::Contains("bad.tsv:2") && Catch::Contains("FROM-TO"));
  const DataWith body("bad.tsv", "karim_haddad\tPERSON\tKarim Haddad\tكريم حداد\trole=leader:atlantis:2001-\n");
  CHECK_THROWS_WITH(Extractor::Load(body.path()), Catch::Contains("bad.tsv:1") && Catch::Contains("unknown entity 'atlantis'"));
  const DataWith member("bad.tsv", "\nsahel_pact\tORG\tSahel Pact\tميثاق الساحل\tmembers=mali|atlantis\n");
  CHECK_THROWS_WITH(Extractor::Load(member.path()), Catch::Contains("bad.tsv:2") && Catch::Contains("unknown entity 'atlantis'"));
}

TEST_CASE("the head of a party kg does not know leads that party, not the state") {
  // Dated before any leader the lexicon records, so that the article alone speaks.
  const auto triples = Triples("خبر\n10 مايو 1950\nوقال زعيم حزب الخضر السويدي كريم حداد إن الحوار مستمر.\n"
                               "وقال رئيس مجلس الوزراء العراقي سامي زيدون إن الحوار مستمر.\n");
  CHECK(triples == Lines{"karim_haddad leads green_party_sweden", "sami_zidun leads iraq"});
}

TEST_CASE("a known person holds no office in a state neither their record nor their country names") {
  const DataWith data("test_people.tsv",
                      "karim_haddad\tPERSON\tKarim Haddad\tكريم حداد\tcountry=iraq;role=official:iraq:2016-2019\ttest\n");
  const Extractor extractor = Extractor::Load(data.path(), kg::extract::ExtractorOptions::RulesOnly());
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 2018\nوقال المستشار الألماني كريم حداد إن الحوار مستمر.\n").empty());
  CHECK(TriplesWith(extractor, "خبر\n10 مايو 2018\nوقال المستشار العراقي كريم حداد إن الحوار مستمر.\n") ==
        Lines{"karim_haddad official_of iraq"});
}

TEST_CASE("an office the rules do not list is part of a title when a nisba or an office follows it") {
  CHECK(Triples("وقال وزير السياحة المغربي محمد ساجد إن الموسم جيد.\n") == Lines{"mohammed_sajid official_of morocco"});
  CHECK(Triples("وقالت المتحدثة باسم وزارة الخارجية الفرنسية أنييس فون دير مول إن الوضع هادئ.\n") ==
        Lines{"agnes_von_der_muhll official_of france"});
  // A word followed by a name is the minister's object, not his office: no title, no role.
  CHECK(Triples("والتقى وزير الخارجية الطلاب في عمان.\n").empty());
}

TEST_CASE("a deputy or an assistant serves the body the title names") {
  CHECK(Triples("وقال جون سميث، نائب مدير منظمة الصحة العالمية، إن الوضع خطير.\n") ==
        Lines{"john_smith official_of who"});
  CHECK(Triples("وقال جون سميث، المدير العام المساعد لمنظمة الصحة العالمية، إن الوضع خطير.\n") ==
        Lines{"john_smith official_of who"});
}

TEST_CASE("an envoy's title runs to the country he is sent to, past a courtesy title") {
  // Arriving in a city is visiting it.
  CHECK(Triples("وصل مبعوث الأمم المتحدة إلى ليبيا، غسان سلامة، إلى طرابلس.\n") ==
        Lines{"ghassan_salame visited tripoli", "ghassan_salame official_of united_nations"});
  CHECK(Triples("وقال السفير البريطاني في الأردن، السير إدوارد أوكدن، إن الزيارة ناجحة.\n") ==
        Lines{"edouard_awkdin official_of united_kingdom"});
}

TEST_CASE("a counterpart with a nisba and a name holds an office of that state, without a name it is the state") {
  CHECK(Triples("اجتمع وزير الخارجية التركي مولود جاويش أوغلو مع نظيره الروسي سيرغي لافروف.\n") ==
        Lines{"mevlut_cavusoglu met_with sergey_lavrov", "mevlut_cavusoglu official_of turkey",
              "sergey_lavrov official_of russia"});
  CHECK(Triples("وبحث الوزير العماني مع نظيره الإيراني الملف النووي.\n") == Lines{"oman contacted iran"});
  // A president's counterpart the record makes his state's leader leads it.
  CHECK(Triples("اجتمع الرئيس الأمريكي دونالد ترامب مع نظيره الإيراني حسن روحاني.\n") ==
        Lines{"donald_trump met_with hassan_rouhani", "donald_trump leads united_states", "hassan_rouhani leads iran"});
}

TEST_CASE("a nisba right after an organisation's name in a title qualifies the organisation, not the holder") {
  CHECK(Triples("وقال مدير هيومن رايتس ووتش الأمريكي كينيث روث إن الوضع صعب.\n") ==
        Lines{"kenneth_roth leads human_rights_watch"});
  CHECK(Triples("وقال زعيم حزب الله اللبناني حسن نصر الله إن الوضع صعب.\n") == Lines{"hassan_nasrallah leads hezbollah"});
  // Right after the title it is the holder's state.
  CHECK(Triples("وقال وزير الخارجية الأمريكي مايك بومبيو إن الوضع صعب.\n") == Lines{"mike_pompeo official_of united_states"});
}

TEST_CASE("the Libyan army of 2018's news is Haftar's") {
  CHECK(Triples("والتقى قائد الجيش الليبي المشير خليفة حفتر وزير الخارجية المصري.\n") ==
        Lines{"khalifa_haftar leads libyan_national_army"});
}

TEST_CASE("a known person on a glued preposition after a title is the clause's, not the title's holder") {
  CHECK(Triples("أشاد رئيس الوكالة الدولية للطاقة الذرية الأسبق، بميشيل باشيليت، مفوضة الأمم المتحدة السامية لحقوق الإنسان.\n") ==
        Lines{"michelle_bachelet official_of united_nations"});
}

TEST_CASE("strikes by a force's aircraft or guns are the attacks of the body they belong to") {
  CHECK(Triples("قتل عشرة مسلحين في غارات لمقاتلات التحالف العربي على الحديدة.\n") ==
        Lines{"arab_coalition attacked hodeidah"});
  CHECK(Triples("واستهدف قصف المقاتلات الإسرائيلية مواقع في غزة.\n") == Lines{"israel attacked gaza"});
}

TEST_CASE("a passive killing names its killer after برصاص, على يد or a strike, and is an attack") {
  CHECK(Triples("وقتل الجمعة أربعة فلسطينيين برصاص الجيش الإسرائيلي في غزة.\n") ==
        Lines{"israel killed palestine", "israel attacked palestine"});
  CHECK(Triples("وقتل ثلاثة عراقيين على أيدي مسلحي تنظيم داعش.\n") ==
        Lines{"islamic_state killed iraq", "islamic_state attacked iraq"});
  // لقي مصرعه reads as the passive verb; its victim is named before it.
  CHECK(Triples("ولقي علي عبد الله صالح مصرعه على يد جماعة الحوثي.\n") ==
        Lines{"houthis killed ali_abdullah_saleh", "houthis attacked ali_abdullah_saleh"});
}

TEST_CASE("a passive attack names its agent after a strike, a killing's masdar names its victim first") {
  CHECK(Triples("واستهدفت مواقع الحوثيين بغارات لطائرات التحالف العربي.\n") == Lines{"arab_coalition attacked houthis"});
  CHECK(Triples("وندد الوزير بمقتل أطفال فلسطينيين برصاص القوات الإسرائيلية.\n") ==
        Lines{"israel killed palestine", "israel attacked palestine"});
  // A passive whose victim no name gives has no active reading either (the observatory
  // killed nobody); a strike after another preposition is another's (ردا على غارة).
  CHECK(Triples("وقال المرصد السوري لحقوق الإنسان إن 12 مدنيا على الأقل قتلوا الأحد في غارة تركية استهدفت القرية.\n")
            .empty());
  CHECK(Triples("وقتلت حماس مستوطنين إسرائيليين ردا على غارة شنتها مصر.\n") == Lines{"hamas killed israel"});
  // A strike right after the verb is its subject, not the instrument of a passive.
  for (const auto& triple : Triples("وقال رامي عبد الرحمن: استهدفت غارة تركية مستشفى عفرين.\n")) {
    CHECK(triple.find("turkey attacked") == std::string::npos);
  }
}

TEST_CASE("the head of a body named in dictionary words leads it") {
  const auto triples = Triples("وقال رئيس الاتحاد الأردني للملاكمة محمد الخطيب إن المنتخب جاهز.\n");
  REQUIRE(triples.size() == 1);
  CHECK(triples[0].starts_with("mohammed_al_khatib leads "));
}

TEST_CASE("a prince's courtesy title is no rule of his state, an emir's names his emirate") {
  CHECK(Triples("وقال الأمير محمد بن سلمان إن المملكة قوية.\n").empty());
  CHECK(Triples("وقال أمير قطر الشيخ تميم بن حمد إن الحوار مطلوب.\n") == Lines{"tamim_bin_hamad leads qatar"});
}

TEST_CASE("the Europeans are Europe") {
  CHECK(Triples("واتهم ترامب الأوروبيين بالإخفاق في دفع حصتهم.\n") == Lines{"donald_trump accused europe"});
}

TEST_CASE("a ministry named with its state's nisba is the state, as the verb's subject after it") {
  CHECK(Triples("وحثت وزارة الخارجية الأمريكية الحوثيين على العمل مع الأمم المتحدة.\n") ==
        Lines{"united_states called_on houthis"});
}

TEST_CASE("a body led by someone (بقيادة، بزعامة، برئاسة) is led by them, and the phrase is no state body") {
  CHECK(Triples("وقال الجيش الوطني الليبي بقيادة خليفة حفتر إنه سيطر على المدينة.\n") ==
        Lines{"khalifa_haftar leads libyan_national_army"});
  CHECK(Triples("ورحب حزب الله بزعامة حسن نصر الله بالقرار.\n") == Lines{"hassan_nasrallah leads hezbollah"});
}

TEST_CASE("shells and rockets fired at a target are an attack") {
  CHECK(Triples("وأطلقت حركة حماس قذائف على إسرائيل.\n") == Lines{"hamas attacked israel"});
}

TEST_CASE("a word with tanween is no verb") {
  CHECK(Triples("وأبدى لودريان موقفاً حذراً من إيران.\n").empty());
  CHECK(Triples("وحذر لودريان إيران من التصعيد.\n") == Lines{"jean_yves_le_drian warned iran"});
}

TEST_CASE("leaving for a country is a visit to it") {
  CHECK(Triples("وغادر نتنياهو إلى فرنسا مساء السبت.\n") == Lines{"benjamin_netanyahu visited france"});
}

TEST_CASE("a group loyal to a backer names it after ل, after من it names where the group comes from") {
  CHECK(Triples("وقاتلت ميليشيا حزب الله الموالية لإيران في سوريا.\n") == Lines{"iran backs hezbollah"});
  CHECK(Triples("وقاتلت ميليشيا حزب الله المدعومة من إيران في سوريا.\n") == Lines{"iran backs hezbollah"});
  CHECK(Triples("وقاتلت ميليشيا حزب الله الموالية من لبنان في سوريا.\n").empty());
}

TEST_CASE("a participle of state after a clause is its subject's act on the name after it") {
  CHECK(Triples("وانتقدت روسيا الحكومة البريطانية، متهمة لندن بتلفيق الأدلة.\n") ==
        Lines{"russia condemned united_kingdom", "russia accused united_kingdom"});
  CHECK(Triples("وقالت فرنسا إن الاتفاق صامد، داعية إيران إلى احترامه.\n") == Lines{"france called_on iran"});
  // A participle with the article, or one no name follows, is passive or a noun: the accused.
  CHECK(Triples("وقالت فرنسا إن المتهمين بالهجوم فروا إلى إيران.\n").empty());
  CHECK(Triples("وقالت فرنسا إن مسؤولين متهمين بالفساد فروا إلى إيران.\n").empty());
}

TEST_CASE("a player belongs to his side, his state's included") {
  CHECK(Triples("وأهدر لاعب منتخب بيرو كريستيان كويفا ركلة جزاء.\n") ==
        Lines{"christian_cueva member_of peru_national_football_team"});
  CHECK(Triples("وسجل اللاعب المصري محمد صلاح هدفا.\n") == Lines{"mohamed_salah member_of egypt"});
  // A member title held in a state is an office of it.
  CHECK(Triples("وقال النائب العراقي جون سميث إن الوضع خطير.\n") == Lines{"john_smith official_of iraq"});
}

TEST_CASE("discussing with, speaking with and informing someone is contacting them") {
  CHECK(Triples("وناقش بومبيو مع محمد بن سلمان الأوضاع في اليمن.\n") ==
        Lines{"mike_pompeo contacted mohammed_bin_salman"});
  CHECK(Triples("وأبلغ بنس السيسي بقلق بلاده.\n") == Lines{"mike_pence contacted abdel_fattah_al_sisi"});
  CHECK(Triples("وأجرى بوتين مكالمة هاتفية مع نتنياهو.\n") == Lines{"vladimir_putin contacted benjamin_netanyahu"});
  // Speaking about someone is no contact with them.
  CHECK(Triples("وتحدث بومبيو عن محمد بن سلمان.\n").empty());
}

TEST_CASE("a title right after a known name is theirs unless the record gives them another office there") {
  CHECK(Triples("وكتب نير بركات رئيس بلدية القدس على تويتر أن الحل قريب.\n") ==
        Lines{"nir_barkat leads jerusalem"});
  CHECK(Triples("وقالت سامية خليل، عمدة لندن، إن المدينة آمنة.\n") ==
        Lines{"samia_khalil leads london"});
  const auto criticised = Triples("وانتقد ترامب وزير العدل الأمريكي بشدة.\n");
  CHECK(std::find(criticised.begin(), criticised.end(), "donald_trump official_of united_states") == criticised.end());
}

TEST_CASE("a title's body named after its office and a link is the state its holder serves") {
  CHECK(Triples("وقال وزير الثقافة في كوريا الجنوبية كيم سونغ مين إن المعرض كبير.\n") ==
        Lines{"kim_song_min official_of south_korea"});
  // The head of a body of the state is its official, not its leader.
  CHECK(Triples("وقال رئيس هيئة السياحة في الأردن خالد سعيد إن الموسم جيد.\n") ==
        Lines{"khaled_saeed official_of jordan"});
  CHECK(Triples("وقال رئيس مكتب الإعلام الأردني خالد سعيد إن الموسم جيد.\n") ==
        Lines{"khaled_saeed official_of jordan"});
}

TEST_CASE("a player by position and a research fellow belong to their side and body") {
  CHECK(Triples("وسجل المهاجم الفرنسي جان بيير لوران هدفا.\n") == Lines{"jean_pierre_laurent member_of france"});
  CHECK(Triples("وقال أحمد سعيد، الزميل في منظمة العفو الدولية، إن الوضع صعب.\n") ==
        Lines{"ahmed_saeed member_of amnesty_international"});
}

TEST_CASE("a title after a name gives its office where a bare courtesy title came before") {
  CHECK(Triples("وقال العقيد سالم العبيدي، المتحدث باسم الجيش العراقي، إن الهجوم فشل.\n") ==
        Lines{"salem_al_obeidi official_of iraq"});
}

TEST_CASE("a director leads the organisation named right after the title, and serves one named further") {
  CHECK(Triples("وأكد رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، أن القصف توقف.\n") ==
        Lines{"rami_abdulrahman leads syrian_observatory_for_human_rights"});
  CHECK(Triples("وقال مدير الإعلام في المرصد السوري لحقوق الإنسان سامر عواد إن القصف توقف.\n") ==
        Lines{"samer_awwad official_of syrian_observatory_for_human_rights"});
}

TEST_CASE("a title names its organisation by the short form the article gave it") {
  CHECK(Triples("أعلنت حركة الجهاد الإسلامي أنها ستلتزم بالتهدئة.\nوقال سامر عواد المتحدث باسم الحركة إن "
                "الاتصالات مستمرة.\n") == Lines{"samer_awwad official_of islamic_jihad"});
}

TEST_CASE("a speaker, a prosecutor and a counsel serve their state, a player's club outranks a nisba") {
  CHECK(Triples("وقال رئيس مجلس النواب الأردني سامر عواد إن المجلس سيجتمع.\n") ==
        Lines{"samer_awwad official_of jordan"});
  CHECK(Triples("وقال المدعي العام الأردني سامر عواد إن التحقيق مستمر.\n") == Lines{"samer_awwad official_of jordan"});
  CHECK(Triples("وسجل مهاجم ريال مدريد الإسباني جان بيير لوران هدفا.\n") ==
        Lines{"jean_pierre_laurent member_of real_madrid"});
}

TEST_CASE("a title with a possessive belongs to the state or body named before it") {
  CHECK(Triples("وأكدت وزارة الخارجية الأردنية أن سفيرها، سامر عواد، سلم الرسالة.\n") ==
        Lines{"samer_awwad official_of jordan"});
}

TEST_CASE("a meeting's masdar with its agent's pronoun takes the one met as its object") {
  CHECK(Triples("وقال وزير الخارجية الأردني بعد لقائه الرئيس الفرنسي إيمانويل ماكرون إن المحادثات مثمرة.\n") ==
        Lines{"jordan met_with emmanuel_macron", "emmanuel_macron leads france"});
}

TEST_CASE("a leader named inside a body's lexicon name leads it") {
  // التحالف العربي بقيادة السعودية is one name of the lexicon; its leader is found inside it.
  CHECK(Triples("وشن التحالف العربي بقيادة السعودية غارات على مواقع في صعدة.\n") ==
        Lines{"arab_coalition attacked saada", "saudi_arabia leads arab_coalition"});
  CHECK(Triples("وقال التحالف الدولي بقيادة واشنطن إن العملية انتهت.\n") ==
        Lines{"united_states leads international_coalition"});
}

TEST_CASE("an organisation named inside a body's lexicon name is the one it is part of") {
  CHECK(Triples("وصوتت الجمعية العامة للأمم المتحدة على القرار.\n") ==
        Lines{"un_general_assembly member_of united_nations"});
  CHECK(Triples("وقالت منظمة الأمم المتحدة للطفولة إن الأطفال يعانون.\n") == Lines{"unicef member_of united_nations"});
  // Not a party's own name inside its longer one (حزب الشعب الجمهوري), nor a state's body.
  CHECK(Triples("وقال حزب الشعب الجمهوري إن الانتخابات نزيهة.\n").empty());
  CHECK(Triples("وقالت وكالة الاستخبارات المركزية الأميركية إن التقرير دقيق.\n").empty());
}

TEST_CASE("an armed group named with its patron's nisba is backed by it, also in a title") {
  // patron=iran in the lexicon: الإيرانية after the Houthis' name is who backs them, and it is
  // no argument of the clause's verb nor the state a member of the group serves.
  CHECK(Triples("وقصفت ميليشيات الحوثي الإيرانية مواقع في مدينة تعز.\n") ==
        Lines{"houthis attacked taiz", "iran backs houthis"});
  CHECK(Triples("وقتل القيادي في جماعة الحوثي الإيرانية أحمد صالح العماد في غارة جوية.\n") ==
        Lines{"ahmed_saleh_al_imad member_of houthis", "iran backs houthis"});
  // Another state's nisba is not the patron's.
  CHECK(Triples("وقالت جماعة الحوثي اليمنية إن الهدنة انتهت.\n").empty());
}

TEST_CASE("a state is no member of a body of one state, its parties") {
  // حزب العدالة والتنمية has country=turkey: people and groups join it, states do not.
  CHECK(Triples("وانضمت تركيا إلى حزب العدالة والتنمية العام الماضي.\n").empty());
  CHECK(Triples("وانضمت تركيا إلى حلف شمال الأطلسي عام 1952.\n") == Lines{"turkey member_of nato"});
}

TEST_CASE("in a year the record gives a person two offices of one body, the article's title says which") {
  // Maeen Abdulmalik: minister until October 2018, then prime minister (role= in the lexicon).
  CHECK(Triples("خبر\n31 مايو 2018\nوتحدث السفير بحضور وزير الأشغال اليمني معين عبد الملك عن التنمية.\n") ==
        Lines{"maeen_abdulmalik official_of yemen"});
  CHECK(Triples("خبر\n20 ديسمبر 2018\nوقال رئيس الوزراء اليمني معين عبد الملك إن الحكومة مستعدة.\n") ==
        Lines{"maeen_abdulmalik leads yemen"});
}

TEST_CASE("the head of a part of a body is its official, a collective has no leader a sentence names") {
  CHECK(Triples("وقال رئيس لجنة العلاقات الخارجية في المجلس الوطني للمقاومة الإيرانية، محمد محدثين، إن الخطة فشلت.\n") ==
        Lines{"mohammed_mahdthin official_of ncri"});
  // A body whose name opens with the title's next word is the one the title heads.
  CHECK(Triples("وقال زعيم حزب بوديموس اليساري بابلو إيغليسياس إن الحكومة ستسقط.\n") ==
        Lines{"pablo_ighlisyas leads podemos"});
  // The unnamed militias of Iraq (a collective) are nobody's to lead.
  CHECK(Triples("وأكد مسؤول عراقي في بغداد أن زعيم الميليشيات عبدالملك الحوثي هدد بالتصعيد.\n").empty());
}

TEST_CASE("there being no truth to a report denies what it reports") {
  CHECK(Triples("وقال المسؤول إنه لا صحة لتقارير عن ضربات أمريكية ضد قواعد الأسد في سوريا.\n") ==
        Lines{"united_states !attacked bashar_al_assad"});
  // صحة without the negation is health.
  CHECK(Triples("وقالت وزارة الصحة إن غارات إسرائيلية استهدفت غزة.\n") == Lines{"israel attacked gaza"});
}

TEST_CASE("a leader's title with no name states its holder's role, with the state's name inside it as the evidence") {
  const auto article = kg::extract::ReadArticle("t", "وقال رئيس الوزراء التركي في 12 يونيو 2018 إن المحادثات ناجحة.");
  const auto statements = TheExtractor().Extract(article);
  REQUIRE(statements.size() == 1);
  const auto& st = statements[0];
  CHECK(st.subject.id + " " + st.predicate + " " + st.object.id == "binali_yildirim leads turkey");
  // The object is the nisba, not the whole title the subject was read under.
  const auto text = kg::text::CodePointSlice(article.text, st.evidence.object.begin, st.evidence.object.end);
  CHECK(text == "التركي");
}

TEST_CASE("what still is (لا يزال، لا تزال) is not denied") {
  CHECK(Triples("ولا تزال تركيا تدعم المعارضة السورية.\n") == Lines{"turkey backs syrian_opposition"});
  CHECK(Triples("ولا تدعم تركيا المعارضة السورية.\n") == Lines{"turkey !backs syrian_opposition"});
}

TEST_CASE("a body led by another (بقيادة، برئاسة) is no leading by the clause's subject") {
  CHECK(Triples("وفاز نتنياهو مع ائتلاف برئاسة حزب الليكود.\n").empty());
  // The body's own mention before it is the one led (X بقيادة Y: Y leads X).
  CHECK(Triples("وشارك الجنود في التحالف بقيادة الولايات المتحدة.\n") ==
        Lines{"united_states leads international_coalition"});
}

TEST_CASE("an attack by a person on a person is in words") {
  CHECK(Triples("وشن نتنياهو هجوما على أردوغان بسبب تصريحاته.\n") ==
        Lines{"benjamin_netanyahu condemned recep_tayyip_erdogan"});
  // On a state it is an attack.
  CHECK(Triples("وشنت إسرائيل هجوما على غزة.\n") == Lines{"israel attacked gaza"});
}

TEST_CASE("a negation is its verb's: it reaches the event past a verb that carries it, not past a verb of its own") {
  // The meeting was held; only its length is denied.
  CHECK(Triples("ولم يستغرق لقاء بوتين مع أردوغان أكثر من ساعة.\n") ==
        Lines{"vladimir_putin met_with recep_tayyip_erdogan"});
  // A verb of occurring carries it.
  CHECK(Triples("ولم يحصل لقاء بوتين مع أردوغان.\n") ==
        Lines{"vladimir_putin !met_with recep_tayyip_erdogan"});
}

TEST_CASE("a title's body named by a place is the club named by it in a sentence of sport") {
  CHECK(Triples("وقال لاعب برشلونة لويس سواريز إن الفريق جاهز للمباراة.\n") == Lines{"luis_suarez member_of fc_barcelona"});
}

TEST_CASE("a negation with an exception after its verb (لم ... إلا، لا ... سوى) states what did happen") {
  CHECK(Triples("ولم تهاجم إسرائيل غزة إلا بعد إطلاق الصواريخ.\n") == Lines{"israel attacked gaza"});
  CHECK(Triples("ولم تهاجم إسرائيل سوى غزة.\n") == Lines{"israel attacked gaza"});
  // إلا أن ("however") opens another clause.
  CHECK(Triples("ولم تهاجم إسرائيل غزة إلا أن الجيش تأهب.\n") == Lines{"israel !attacked gaza"});
}

TEST_CASE("the imperfect يعد is no promise: it is \"is considered\" or, after لم, \"no longer\"") {
  CHECK(Triples("ولم تعد الولايات المتحدة وسيطا مقبولا لدى إيران.\n").empty());
  CHECK(Triples("ويعد الاتحاد الأوروبي الشريك التجاري الأول لتركيا.\n").empty());
  CHECK(Triples("ووعدت فرنسا لبنان بمساعدات.\n") == Lines{"france pledged_to lebanon"});
}

TEST_CASE("a verb's letters after the article are a noun's (درجات الحذر), unless the verb's own (التقى)") {
  CHECK(Triples("ودعت فرنسا إسرائيل إلى اتخاذ أقصى درجات الحذر في استخدامها للقوة ضد المتظاهرين الفلسطينيين.\n") ==
        Lines{"france called_on israel"});
  CHECK(Triples("التقى بوتين أردوغان في سوتشي.\n") == Lines{"vladimir_putin met_with recep_tayyip_erdogan"});
}

TEST_CASE("a nisba right after an organisation's name is its nationality, no party to what it did") {
  CHECK(Triples("واتهمت منظمة العفو الدولية البريطانية مصر بتعذيب المعتقلين.\n") ==
        Lines{"amnesty_international accused egypt"});
}

TEST_CASE("a masdar's genitive before the patient its preposition introduces is the agent") {
  CHECK(Triples("وأدانت مصر استهداف الحوثيين للرياض.\n") ==
        Lines{"egypt condemned houthis", "houthis attacked saudi_arabia"});
  // The word is no verb then, and the name before it no partner of its agent.
  CHECK(Triples("وانتقدت تركيا دعم الولايات المتحدة للوحدات الكردية.\n") ==
        Lines{"turkey condemned united_states", "united_states backs ypg"});
  // So it is before a patient no lexicon names (للمدنيين): the speaker attacked no one.
  CHECK(Triples("وقال المتحدث باسم حماس حازم قاسم إن استهداف إسرائيل للمدنيين سلوك همجي.\n") ==
        Lines{"hazem_qassem official_of hamas"});
}

TEST_CASE("a definite participle right after a name has that name for its agent") {
  CHECK(Triples("وقال وزير التعليم نافتالي بينيت المنتمي لحزب البيت اليهودي إن الحل جاهز.\n") ==
        Lines{"naftali_bennett official_of israel", "naftali_bennett member_of jewish_home"});
  // With a preposition it qualifies nothing before it.
  CHECK(Triples("وقال نافتالي بينيت إن الحزب لن يسمح للمنتمين لحزب البيت اليهودي بالتصويت.\n") == Lines{});
}

TEST_CASE("a verb after a relative whose pronoun stands for the antecedent has the subject before it") {
  CHECK(Triples("وقطعت مصر العلاقات مع قطر التي اتهمتها بدعم الإرهاب.\n") == Lines{"egypt accused qatar"});
  // The pronoun is someone else's where it does not agree with the relative: the antecedent
  // urges, it is not urged.
  CHECK(Triples("وتقع تونس تحت ضغط صندوق النقد الدولي الذي يحثها على تسريع الإصلاحات.\n") == Lines{});
  // A subject of its own follows: the intelligence services accuse, not the speaker.
  CHECK(Triples("وقال ترامب إن بوتين الذي تتهمه أجهزة الاستخبارات بالتدخل صديق له.\n") == Lines{});
}

TEST_CASE("an occupation and a stronghold say whose forces are where") {
  CHECK(Triples("وسقطت القذائف على هضبة الجولان التي تحتلها إسرائيل منذ عام 1967.\n") ==
        Lines{"israel deployed_forces_in golan"});
  CHECK(Triples("وعقب احتلال فرنسا لتونس عام 1882 تغير كل شيء.\n") == Lines{"france deployed_forces_in tunisia"});
  CHECK(Triples("وقصفت الطائرات معقل الحوثيين في محافظة صعدة.\n") == Lines{"houthis deployed_forces_in saada"});
}

TEST_CASE("a backing word in the masculine ties a group to its backer, who is no other verb's object") {
  CHECK(Triples("وهاجم الحوثيون المدعومون من إيران مدينة مأرب.\n") == Lines{"iran backs houthis"});
  CHECK(Triples("ويقاتل حزب الله، المدعوم من إيران، في سوريا منذ سنوات.\n") == Lines{"iran backs hezbollah"});
}

TEST_CASE("a word right after the clause's verb and its subject is the verb's object, no verb of its own") {
  // قصف after رفضت مصر is the masdar: the shelling is not Egypt's.
  CHECK(Triples("ورفضت مصر قصف غزة.\n") == Lines{"egypt condemned gaza"});
  // A support verb is no trigger: its subject goes on doing what the masdar says.
  CHECK(Triples("وواصلت إسرائيل قصف غزة.\n") == Lines{"israel attacked gaza"});
  // And a light verb takes قصف for its noun like هجوم.
  CHECK(Triples("وشنت الميليشيات الحوثية قصفا عنيفا على مدينة تعز.\n") == Lines{"houthis attacked taiz"});
}

TEST_CASE("a leader's title over a part of the state is an official's") {
  CHECK(Triples("وقال قائد الجيش الأردني سامر الخطيبات إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat official_of jordan"});
  CHECK(Triples("وقال رئيس الأركان الأردني سامر الخطيبات إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat official_of jordan"});
  CHECK(Triples("وقال سامر الخطيبات، رئيس البرلمان الأردني، إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat official_of jordan"});
  // A body the lexicon names after the same head word is led.
  CHECK(Triples("وقال قائد جيش الإسلام سامر الخطيبات إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat leads jaysh_al_islam"});
}

TEST_CASE("a second title set off after a titled name is the same person's") {
  CHECK(Triples("وقال وزير الداخلية الألماني سامر الخطيبات، زعيم حزب البيت اليهودي، إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat official_of germany", "samer_al_khatibat leads jewish_home"});
  // On و the title opens the next person; with a name of its own it is the verb's object.
  CHECK(Triples("وقال وزير الداخلية الألماني سامر الخطيبات، ورئيس حزب البيت اليهودي، إن الحدود آمنة.\n") ==
        Lines{"samer_al_khatibat official_of germany"});
  const auto object = Triples("وهاجم وزير الداخلية الألماني سامر الخطيبات، رئيس حزب البيت اليهودي، مايكل رينولدز.\n");
  CHECK(std::find(object.begin(), object.end(), "samer_al_khatibat leads jewish_home") == object.end());
}

TEST_CASE("a title in the accusative is said of the name before it, and an envoy serves no state he is posted to") {
  CHECK(Triples("وعين الملك سامر الخطيبات وزيرا للخارجية الأردنية.\n") == Lines{"samer_al_khatibat official_of jordan"});
  // The name after an accusative title is the principal's, not the holder's.
  CHECK(Triples("وكان سامر الخطيبات مستشارا للرئيس الأردني مايكل رينولدز.\n") ==
        Lines{"samer_al_khatibat official_of jordan"});
  // Posted to Jordan, not Jordan's.
  CHECK(Triples("وقال السفير لدى الأردن سامر الخطيبات إن الوضع صعب.\n").empty());
}

TEST_CASE("a possessive title after a body and where it is refers to the body") {
  CHECK(Triples("وانتقد الوزير ميليشيا حزب الله في لبنان وزعيمها حسن نصر الله.\n") == Lines{"hassan_nasrallah leads hezbollah"});
  CHECK(Triples("وانتقد الوزير حركة حماس في غزة وزعيمها إسماعيل هنية.\n") == Lines{"ismail_haniyeh leads hamas"});
}

TEST_CASE("قد before a verb in the past leaves the name before it the verb's subject") {
  CHECK(Triples("وكانت دمشق قد اتهمت إسرائيل بشن الغارة.\n") == Lines{"syria accused israel"});
  // Before a verb in the present it hedges: no statement.
  CHECK(Triples("وإيران قد تهاجم إسرائيل.\n").empty());
}

TEST_CASE("a verb's subject may be a known body named after its head word") {
  CHECK(Triples("واتهمت منظمة هيومن رايتس ووتش السلطات المصرية بإخفاء مواطن.\n") ==
        Lines{"human_rights_watch accused egypt"});
}

TEST_CASE("a noun on a glued ل joins its genitive to a title, but not a second title, the principal") {
  CHECK(Triples("وقال المفوض السامي لحقوق الإنسان في الأمم المتحدة سامر الخطيبات إن الوضع صعب.\n") ==
        Lines{"samer_al_khatibat official_of united_nations"});
  // The campaign's director is not the president's state's official, nor the president.
  CHECK(Triples("وقال المدير السابق لحملة الرئيس الأمريكي سامر الخطيبات إن الوضع صعب.\n").empty());
}

TEST_CASE("a title that names no body is of the body the record gives its holder that office in") {
  // The record: an official of the coalition, a Saudi; of the United Nations, a Jordanian.
  CHECK(Triples("وقال العقيد تركي المالكي إن الصاروخ سقط.\n") == Lines{"turki_al_maliki official_of arab_coalition"});
  CHECK(Triples("وقال المفوض السامي زيد رعد الحسين إن الوضع صعب.\n") ==
        Lines{"zeid_raad_al_hussein official_of united_nations"});
  // A title that names an office is of the holder's state.
  CHECK(Triples("وقال وزير الخارجية زيد رعد الحسين إن الوضع صعب.\n") == Lines{"zeid_raad_al_hussein official_of jordan"});
}

TEST_CASE("a title set off after its holder's name takes a state after في, not a place") {
  CHECK(Triples("وقال سامر الخطيبات، وزير المشروعات الصغيرة في بريطانيا إن الوضع صعب.\n") ==
        Lines{"samer_al_khatibat official_of united_kingdom"});
  // A city there is where the office is: the holder leads no city.
  CHECK(Triples("وقال سامر الخطيبات، قائد القاعدة الجوية في البصرة إن الوضع صعب.\n").empty());
}

TEST_CASE("what a name is subjected to (تعرض لـ) is the attack of the nisba or genitive after it") {
  CHECK(Triples("تعرضت إدلب لغارات روسيا وسوريا.\n") == Lines{"russia attacked idlib", "syria attacked idlib"});
  CHECK(Triples("وسيطرت الفصائل على مدينة حلب التي تتعرض لقصف سوري.\n") == Lines{"syria attacked aleppo"});
  // Criticism is no attack.
  CHECK(Triples("تعرضت الحكومة الإيرانية لانتقادات من المعارضة.\n").empty());
}

TEST_CASE("a name's men or means right after a verb make the name its subject") {
  CHECK(Triples("وهاجمت قوات النظام السوري مدينة درعا.\n") == Lines{"syria attacked daraa"});
  CHECK(Triples("وهاجم مقاتلو حركة طالبان مدينة غزنة.\n") == Lines{"taliban attacked ghazni"});
  // Troops counted in the singular are deployed too.
  CHECK(Triples("وتنشر فرنسا نحو ألفي جندي في العراق.\n") == Lines{"france deployed_forces_in iraq"});
}

TEST_CASE("a killing's agent may follow the strike's adjectives with its means, never a place after them") {
  CHECK(Triples("وقتل قادة الحوثيين بغارة جوية لطائرات التحالف العربي.\n") ==
        Lines{"arab_coalition killed houthis", "arab_coalition attacked houthis"});
  const auto place = Triples("وقتل قادة الحوثيين في غارة جوية شرقي سوريا.\n");
  CHECK(std::find(place.begin(), place.end(), "syria killed houthis") == place.end());
}

TEST_CASE("a party named as someone's (حزبه X) is the nearest person's before it") {
  CHECK(Triples("وقال سامر الخطيبات إن حزبه الليكود سيفوز.\n") == Lines{"samer_al_khatibat member_of likud"});
  // My party, or two parties, is no one's named.
  CHECK(Triples("وقال سامر الخطيبات إن حزبي الليكود والعمل سيفوزان.\n").empty());
}

TEST_CASE("what is likely or being prepared is not done") {
  CHECK(Triples("ويرجح أن إيران هاجمت إسرائيل.\n").empty());
  CHECK(Triples("وتستعد إيران لمهاجمة إسرائيل.\n").empty());
  CHECK(Triples("وهاجمت إيران إسرائيل.\n") == Lines{"iran attacked israel"});
}

TEST_CASE("his country (بلاده) acts for the state of the person who speaks of it") {
  CHECK(Triples("وقال وزير الدفاع الإسرائيلي سامر الخطيبات إن بلاده هاجمت إيران.\n") ==
        Lines{"samer_al_khatibat official_of israel", "israel attacked iran"});
  CHECK(Triples("وقال سامر الخطيبات، وزير الخارجية الإيراني، إن الوضع صعب. وأضاف أن بلاده هاجمت إسرائيل.\n") ==
        Lines{"samer_al_khatibat official_of iran", "iran attacked israel"});
  // What a person does to their own country they do for it.
  CHECK(Triples("وتعهد وزير الخارجية الإيراني سامر الخطيبات بدعم بلاده.\n") == Lines{"samer_al_khatibat official_of iran"});
}

TEST_CASE("a masdar with its agent's pronoun after a verb stating a stance is its subject's act") {
  CHECK(Triples("وأكد وزير الخارجية الإيراني سامر الخطيبات دعمه لسوريا.\n") ==
        Lines{"samer_al_khatibat official_of iran", "samer_al_khatibat backs syria"});
  CHECK(Triples("الأردن أكد دعمه للعراق.\n") == Lines{"jordan backs iraq"});
  CHECK(Triples("وأعربت مصر عن دعمها للعراق.\n") == Lines{"egypt backs iraq"});
  CHECK(Triples("وانتقد الأردن إسرائيل، مؤكدا دعمه لحماس.\n") ==
        Lines{"jordan condemned israel", "jordan backs hamas"});
  // Without such a verb the pronoun's owner is not read.
  CHECK(Triples("وقال الأردن إن دعمه للعراق مستمر.\n").empty());
}

TEST_CASE("a title's holder may be introduced as the one called so (المدعو)") {
  CHECK(Triples("وقتل القيادي في ميليشيا الحوثي المدعو سامر الخطيبات في غارة.\n") ==
        Lines{"samer_al_khatibat member_of houthis"});
}

TEST_CASE("a body that includes its members (يضم) makes them members, and guaranteeing (يضمن) is not including") {
  CHECK(Triples("ويضم حلف الناتو تركيا واليونان.\n") == Lines{"turkey member_of nato", "greece member_of nato"});
  CHECK(Triples("وأعلنت مجموعة السبع التي تضم كندا واليابان أنها ستجتمع.\n") ==
        Lines{"canada member_of g7", "japan member_of g7"});
  // A relative's antecedent that is no name leaves the members with no body, not members of each other.
  CHECK(Triples("وذكرت القوى الوطنية، التي تضم حركة حماس وحركة فتح، أن الإضراب شامل.\n").empty());
  CHECK(Triples("وقالت إن الخطة تضمن انسحاب تركيا من حلف الناتو.\n").empty());
}

TEST_CASE("a truce or treaty with or between parties is negotiated by them, not by who brokered it") {
  CHECK(Triples("وأعلنت حركة الجهاد الإسلامي وقفا لإطلاق النار مع إسرائيل.\n") ==
        Lines{"islamic_jihad negotiated_with israel"});
  CHECK(Triples("ووقعت مصر معاهدة سلام مع إسرائيل.\n") == Lines{"egypt negotiated_with israel"});
  CHECK(Triples("وتوصلت حماس إلى تهدئة مع إسرائيل.\n") == Lines{"hamas negotiated_with israel"});
  CHECK(Triples("وتحاول الأمم المتحدة التوسط في هدنة طويلة الأمد بين إسرائيل وحماس.\n") ==
        Lines{"israel negotiated_with hamas"});
}

TEST_CASE("a plural of men in construct after a verb (محققو، مفتشو) makes its genitive the subject") {
  CHECK(Triples("واتهم مفتشو الأمم المتحدة إيران بإخفاء المعلومات.\n") == Lines{"united_nations accused iran"});
  CHECK(Triples("وزار مفتشو الوكالة الدولية للطاقة الذرية إيران.\n") == Lines{"iaea visited iran"});
}

TEST_CASE("an actor (الممثل) is a calling, a representative (ممثل X) an office") {
  CHECK(Triples("وعلق الممثل الكوميدي الأمريكي، سامر الخطيبات، على الحادث.\n").empty());
  CHECK(Triples("وقال ممثل الولايات المتحدة سامر الخطيبات إن الوضع صعب.\n") ==
        Lines{"samer_al_khatibat official_of united_states"});
  CHECK(Triples("وقال الممثل الدائم لروسيا لدى الأمم المتحدة سامر الخطيبات إن الوضع صعب.\n") ==
        Lines{"samer_al_khatibat official_of russia"});
}

TEST_CASE("his country (بلاده) is no name of the state it stands for") {
  const auto article = kg::extract::ReadArticle("t", "وقال وزير الدفاع الإسرائيلي سامر الخطيبات إن بلاده هاجمت إيران.\n");
  const auto statements = TheExtractor().Extract(article);
  bool read = false;
  for (const auto& st : statements) {
    if (st.subject.id == "israel" && st.predicate == "attacked") read = true;
    for (const auto* info : {&st.subject, &st.object}) {
      CHECK(std::find(info->aliases.begin(), info->aliases.end(), "بلاده") == info->aliases.end());
    }
  }
  CHECK(read);
}

TEST_CASE("an assault made fiercely on someone and a battle of words are words, no attack or war") {
  CHECK(Triples("وهاجمت روسيا بشدة الاقتراح الفرنسي.\n") == Lines{"russia condemned france"});
  CHECK(Triples("وشهدت الجلسة معركة كلامية بين روسيا وبريطانيا.\n").empty());
  CHECK(Triples("واندلعت الحرب بين إيران والعراق.\n") == Lines{"iran at_war_with iraq"});
}

TEST_CASE("a target's owner may be named on ل (مواقع لحماس)") {
  CHECK(Triples("وقصفت إسرائيل مواقع لحماس.\n") == Lines{"israel attacked hamas"});
}

TEST_CASE("the states listed after a body's states are its members, and no party to what it does") {
  CHECK(Triples("ورفضت دول مجموعة فيجغراد، أي المجر وسلوفاكيا، المشروع.\n") ==
        Lines{"hungary member_of visegrad_group", "slovakia member_of visegrad_group"});
  CHECK(Triples("وترفض دول الاتحاد الأوروبي مثل بولندا والمجر تقاسم العبء.\n") ==
        Lines{"poland member_of european_union", "hungary member_of european_union"});
  CHECK(Triples("يتألف مجلس الأمن من خمس دول دائمة العضوية، هي روسيا والصين.\n") ==
        Lines{"russia member_of un_security_council", "china member_of un_security_council"});
  // A body named before the states on anything but من is not theirs.
  CHECK(Triples("وتتولاها قوات الأمم المتحدة أو بعض الدول الأوروبية مثل فرنسا.\n").empty());
}

TEST_CASE("a state or body within an alliance (ضمن) is its member") {
  CHECK(Triples("وتشارك السعودية والإمارات ضمن التحالف العربي.\n") ==
        Lines{"saudi_arabia member_of arab_coalition", "united_arab_emirates member_of arab_coalition"});
  // Where one acts, after في, is no member.
  CHECK(Triples("وتقاتل في سوريا والعراق ضمن التحالف الدولي.\n").empty());
}

TEST_CASE("a killing's agent may follow the strike's own verb (في هجمات شنها مسلحون من طالبان)") {
  CHECK(Triples("لقي ثلاثون جنديا أفغانيا مصرعهم في هجمات شنها مسلحون من طالبان.\n") ==
        Lines{"taliban killed afghanistan", "taliban attacked afghanistan"});
  // Without its verb an attack names its target, no killer.
  CHECK(Triples("قتل ثلاثون جنديا في هجوم على طالبان.\n").empty());
}

TEST_CASE("an outlet spoken to owns no office the speaker names with a pronoun") {
  // سفيرها is the state's ambassador, not the outlet's.
  CHECK(Triples("وأكد مصدر أردني لـ\"العربية.نت\" أن الأردن نقلت سفيرها سامر خليل العتيبي من إيران.\n") ==
        Lines{"samer_khalil_al_otaibi official_of jordan"});
  CHECK(Triples("وقال الأردن لرويترز إن سفيرها سامر خليل العتيبي عاد من إيران.\n") ==
        Lines{"samer_khalil_al_otaibi official_of jordan"});
}

TEST_CASE("a parliamentarian (البرلماني) named with a state's nisba serves that state") {
  CHECK(Triples("وقال البرلماني المصري سامر خليل العتيبي إن الحوار مستمر.\n") ==
        Lines{"samer_khalil_al_otaibi official_of egypt"});
  // The adjective after a noun introduces nobody (الانتخابات البرلمانية).
  CHECK(Triples("وفاز سامر خليل العتيبي في الانتخابات البرلمانية المصرية.\n").empty());
}

TEST_CASE("a title's holder may be named in quotation marks, a quoted body is no holder") {
  CHECK(Triples("وقال وزير الخارجية المصري \"سامر خليل العتيبي\" إن الحوار مستمر.\n") ==
        Lines{"samer_khalil_al_otaibi official_of egypt"});
  const Lines director = Triples("وقال مدير \"هيومن رايتس ووتش\" في آسيا إن الحوار مستمر.\n");
  CHECK(std::none_of(director.begin(), director.end(), [](const std::string& t) { return t.find("official_of") != std::string::npos; }));
}

TEST_CASE("a title on و right after a person's title set after their name is a second office of theirs") {
  CHECK(Triples("وقال سامر خليل العتيبي وزير الخارجية الأردني ورئيس حزب البيت اليهودي إن الحوار مستمر.\n") ==
        Lines{"samer_khalil_al_otaibi official_of jordan", "samer_khalil_al_otaibi leads jewish_home"});
  // After the name, و opens the next person of a list.
  const Lines list = Triples("والتقى وزير الخارجية الأردني سامر خليل العتيبي ورئيس حزب البيت اليهودي.\n");
  CHECK(std::ranges::find(list, "samer_khalil_al_otaibi leads jewish_home") == list.end());
}
