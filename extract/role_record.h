// kg::extract::AgreeWithRecord — role triples (leads, official_of, member_of) checked against
// the offices the lexicon records for a person (role= in data/entities/*.tsv) at the article's
// date. The article says who holds a title; the record says which title a known person held
// when: a crown prince called الأمير is an official of his state, not its leader, and a
// president listed beside another state's nisba (الرئيس الأمريكي ونظيره الروسي) leads only his.
#pragma once

#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "graph/document.h"

namespace kg::extract {

// The year of an ISO date ("2018-05-10"), or 0.
int YearOf(std::string_view date);

// For each role triple whose subject has recorded offices: an office held over the object in
// the article's year (any year when the date is unknown) sets the predicate; a `leads` of a
// state the record does not give the person then is dropped, and so is an office in a state that
// neither their record nor their country= names, and a `leads` by someone
// without recorded offices of a body whose leader then the record names; a state's member_of a
// body of one state (country=, no members=) is dropped too, and so is any role in a collective
// (backer=). Other triples are left as they are.
void AgreeWithRecord(const Lexicon& lexicon, std::string_view date, std::vector<graph::Statement>* statements);

}  // namespace kg::extract
