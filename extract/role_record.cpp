#include "extract/role_record.h"

#include <algorithm>
#include <charconv>

namespace kg::extract {
namespace {

// The year of an ISO date ("2018-05-10"), or 0.
int YearOf(std::string_view date) {
  int year = 0;
  if (date.size() < 4 || std::from_chars(date.data(), date.data() + 4, year).ec != std::errc()) return 0;
  return year;
}

std::string_view PredicateOf(Office office, graph::EntityType body) {
  switch (office) {
    case Office::kLeader: return "leads";
    case Office::kOfficial: return "official_of";
    default: return body == graph::EntityType::kCountry ? "official_of" : "member_of";
  }
}

}  // namespace

void AgreeWithRecord(const Lexicon& lexicon, std::string_view date, std::vector<graph::Statement>* statements) {
  const int year = YearOf(date);
  std::erase_if(*statements, [&](graph::Statement& st) {
    if (st.predicate != "leads" && st.predicate != "official_of" && st.predicate != "member_of") return false;
    const int32_t person = lexicon.Find(st.subject.id);
    if (person < 0 || lexicon.entities()[person].roles.empty()) return false;
    const int32_t body = lexicon.Find(st.object.id);
    if (body < 0) return false;  // a body the record does not know: the article alone says
    for (const LexiconRole& role : lexicon.entities()[person].roles) {
      if (role.body != body || (year != 0 && !role.HeldIn(year))) continue;
      st.predicate = std::string(PredicateOf(role.office, lexicon.entities()[body].info.type));
      return false;
    }
    // Who leads a state is on the record; the head of a party or group often is not.
    return st.predicate == "leads" && lexicon.entities()[body].info.type == graph::EntityType::kCountry;
  });
}

}  // namespace kg::extract
