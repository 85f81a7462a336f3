// Relations between the entities of one article: trigger words (TriggerTable) whose arguments
// are attached to the recognizer's mentions by the constructions news Arabic uses (VSO and SVO
// clauses, masdars with a genitive agent, relative clauses, coordination), role triples from
// titles, and backing from المدعومة من / الموالية لـ. Polarity, hedging and attribution are
// read from the words around each trigger.
#pragma once

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/recognizer.h"
#include "extract/trigger_table.h"
#include "graph/document.h"

namespace kg::extract {

// The function words the attachment rules turn on, as MatchKeys (computed once at load).
struct Particles {
  Particles();
  std::vector<std::string> negation;    // لم لن لا عدم ليس
  std::vector<std::string> denial;      // نفى ينفي ...: the clause they govern is negated
  std::vector<std::string> hedge;       // ربما سوف يمكن ...
  std::vector<std::string> condition;   // حال إذا لو مخاوف خطط ...
  std::string qad;                      // قد: hedges an imperfect, asserts a perfect
  std::vector<std::string> boundary;    // أن إن الذي التي ...: an argument is not sought past them
  std::vector<std::string> relative;    // الذي التي الذين
  std::vector<std::string> prepositions;
  std::vector<std::string> attribution; // وفق بحسب نقلا
  std::string min;                      // من
  std::string qibal;                    // قبل (من قبل)
  std::vector<std::string> patronage;   // رعاية (تحت رعاية), وكلاء
  std::vector<std::string> issued;      // صدر، صادرة: a masdar's agent follows with من or عن
  std::vector<std::string> membership;  // المشارك في، المنضوي في: a party within an alliance
  std::string fi;                       // في
  std::vector<std::string> former;      // السابق: a title no longer held
  std::vector<std::string> support;     // قام، استمر، واصل، اتهم: verbs whose masdar carries the event
};

// Appends the statements of a recognized article to out, in text order.
void FindRelations(const Recognition& recognition, const Lexicon& lexicon,
                   const TriggerTable& triggers, const Particles& particles,
                   std::vector<graph::Statement>* out);

}  // namespace kg::extract
