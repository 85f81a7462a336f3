// Relations between the entities of one article: trigger words (TriggerTable) whose arguments
// are attached to the recognizer's mentions by the constructions news Arabic uses (VSO and SVO
// clauses, masdars with a genitive agent, relative clauses, coordination), role triples from
// titles, and backing from المدعومة من / الموالية لـ. Polarity, hedging and attribution are
// read from the words around each trigger.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/recognizer.h"
#include "extract/relation_candidate.h"
#include "extract/trigger_table.h"
#include "graph/document.h"

namespace kg::extract {

// Function words as MatchKeys, apart by whether they are written with the article: MatchKey
// drops it, and الآن is not أن nor السابق a particle.
struct ParticleSet {
  ParticleSet(std::initializer_list<std::string_view> words);
  std::vector<std::string> bare;
  std::vector<std::string> definite;
};

// The function words the attachment rules turn on (computed once at load).
struct Particles {
  Particles();
  ParticleSet negation;      // لم لن لا عدم ليس
  ParticleSet still;         // يزال، تزال: after لا or ما, "still", which negates nothing
  ParticleSet carrier;       // يعد، يكن، تم، يستطيع، هناك: between a negation and what it negates
  ParticleSet denial;        // نفى ينفي ...: the clause they govern is negated
  ParticleSet untruth;       // صحة: after a negation (لا صحة لتقارير عن), what follows is denied
  ParticleSet hedge;         // ربما سوف يمكن يجب ...
  ParticleSet condition;     // حال إذا لو مخاوف خطط ...
  ParticleSet prospective;   // المرتقب المقرر: after a masdar, an event still to come
  std::string qad;           // قد: hedges an imperfect, asserts a perfect
  std::string ila;           // إلى
  std::string an;            // عن
  ParticleSet boundary;      // أن إن الذي التي ...: an argument is not sought past them
  ParticleSet relative;      // الذي التي الذين
  ParticleSet singular_relative;  // الذي التي: a verb after them may have a subject of its own
  std::vector<std::string> prepositions;
  ParticleSet attribution;   // وفق بحسب نقلا
  std::string min;           // من
  std::string qibal;         // قبل (من قبل)
  ParticleSet patronage;     // رعاية (تحت رعاية), وكلاء
  ParticleSet issued;        // صدر، صادرة: a masdar's agent follows with من or عن
  ParticleSet membership;    // المشارك في، المنضوي في، التابع ل: a party within an alliance, a body within another
  std::string fi;            // في
  std::string ala;           // على
  ParticleSet obliging;      // إن، يجب، يتعين: before على X, what X must do
  ParticleSet one_of;        // أحد، إحدى
  ParticleSet within;        // ضمن: X ضمن Z, X is within the body Z
  ParticleSet attacks;       // هجوم، هجمات: with launched after them, a killer's marker
  ParticleSet launched;      // شنها، نفذتها: after a strike's noun, the verb its agent follows
  ParticleSet namely;        // أي، مثل، هي، منها، بينها: after دول X, the states listed are X's
  ParticleSet states;        // دول، الدول: a body's states (دول الاتحاد الأوروبي)
  ParticleSet men;           // مقاتلو، عناصر، طائرات: before a name, its men or means (NameAfterVerb)
  ParticleSet supported;     // بإسناد، بدعم: X بإسناد من Y, Y backs X
  ParticleSet ranks;         // قادة، أعضاء، عناصر: after أحد, the body's people (X، أحد قادة Y)
  ParticleSet figurative;    // حاد، كلامي: after an attack's noun, an attack in words
  ParticleSet fiercely;      // بعنف، بشدة: after a verb of assault, before its object, an attack in words
  ParticleSet assault;       // هاجم، هجوم: by a person on a person, an attack in words
  ParticleSet support;       // قام، استمر، واصل، اتهم، عقد، أجرى: verbs whose masdar carries the event
  ParticleSet stance;        // أكد، أعرب، مؤكدا، وقع، توصل: verbs stating a stance or concluding an accord; the masdar after them is their subject's
  ParticleSet killer;        // برصاص، بغارات: after a passive verb of violence, its agent follows
  ParticleSet hand;          // يد، أيدي: the same marker after على (على يد)
  ParticleSet accusation;    // اتهم، تتهم، اتهام: what follows is the accused's act, as told
  ParticleSet princely;      // الأمير: alone before a name, a royal's courtesy, not a ruler's title
  ParticleSet gathering;     // قمة، مؤتمر، هامش: the name they govern hosts an exchange, no party to it
  std::vector<std::string> hostile;  // ضرب، سحق، ملاحقة: a pledge to do them (تعهد بسحق) is a threat
};

// Appends the statements the rules find in a recognized article to out, in text order. With
// `candidates`, also adds to them every reading the relation model is to weigh, the rules'
// statements among them.
void FindRelations(const Recognition& recognition, const Lexicon& lexicon,
                   const TriggerTable& triggers, const Particles& particles,
                   std::vector<graph::Statement>* out, CandidateSet* candidates = nullptr);

}  // namespace kg::extract
