#include "extract/role_record.h"

#include <algorithm>
#include <charconv>

namespace kg::extract {
int YearOf(std::string_view date) {
  int year = 0;
  if (date.size() < 4 || std::from_chars(date.data(), date.data() + 4, year).ec != std::errc()) return 0;
  return year;
}

namespace {

std::string_view PredicateOf(Office office, graph::EntityType body) {
  switch (office) {
    case Office::kLeader: return "leads";
    case Office::kOfficial: return "official_of";
    case Office::kPlayer: return "member_of";
    default: return body == graph::EntityType::kCountry ? "official_of" : "member_of";
  }
}

}  // namespace

void AgreeWithRecord(const Lexicon& lexicon, std::string_view date, std::vector<graph::Statement>* statements) {
  const int year = YearOf(date);
  auto held = [&](const LexiconRole& role, int32_t body) { return role.body == body && (year == 0 || role.HeldIn(year)); };
  // Whether the record names someone who led `body` when the article was written.
  auto led_on_record = [&](int32_t body) {
    for (const int32_t leader : lexicon.RecordedLeaders(body)) {
      for (const LexiconRole& role : lexicon.entities()[leader].roles) {
        if (role.office == Office::kLeader && held(role, body)) return true;
      }
    }
    return false;
  };
  std::erase_if(*statements, [&](graph::Statement& st) {
    if (st.predicate != "leads" && st.predicate != "official_of" && st.predicate != "member_of") return false;
    const int32_t body = lexicon.Find(st.object.id);
    if (body < 0) return false;  // a body the record does not know: the article alone says
    // A body of one state (its parties: country=) has people and groups for members, never a
    // state (the United States in the Republican Party, read off a senator who is in both).
    // Dropped here, not among the readings, so that the model still learns from them how
    // seldom a state is a member of what a sentence names beside it.
    if (st.predicate == "member_of" && st.subject.type == graph::EntityType::kCountry &&
        lexicon.entities()[body].country >= 0 && lexicon.entities()[body].members.empty()) {
      return true;
    }
    // The unnamed militias of a state (a collective, backer=) have no leader or member a sentence
    // names: زعيم الميليشيات عبد الملك الحوثي leads his own group.
    if (lexicon.entities()[body].backer >= 0) return true;
    const int32_t person = lexicon.Find(st.subject.id);
    if (person < 0 || lexicon.entities()[person].roles.empty()) {
      // Someone the record gives no office leads nothing whose leader it records.
      return st.predicate == "leads" && led_on_record(body);
    }
    const auto& roles = lexicon.entities()[person].roles;
    // A year in which one office of the body handed over to another (a minister made prime
    // minister): the one the article's title names stands.
    const bool handover = std::ranges::any_of(roles, [&](const LexiconRole& a) {
      return held(a, body) && std::ranges::any_of(roles, [&](const LexiconRole& b) {
               return held(b, body) && b.office != a.office && a.to != 0 && a.to == b.from;
             });
    });
    const bool as_titled = handover && std::ranges::any_of(roles, [&](const LexiconRole& role) {
      return held(role, body) && PredicateOf(role.office, lexicon.entities()[body].info.type) == st.predicate;
    });
    if (as_titled) return false;
    for (const LexiconRole& role : roles) {
      if (!held(role, body)) continue;
      // Undated, the record cannot say which of several offices in one body the article means
      // (the foreign minister who later led the government): the article's title stands.
      const bool one_office = std::ranges::none_of(roles, [&](const LexiconRole& other) {
        return other.body == body && other.office != role.office;
      });
      if (year != 0 || one_office) {
        st.predicate = std::string(PredicateOf(role.office, lexicon.entities()[body].info.type));
      }
      return false;
    }
    // Who leads a state is on the record; the head of a party or group often is not. Nor is
    // every office a person held in their own state, but one in another state would be.
    if (lexicon.entities()[body].info.type != graph::EntityType::kCountry) return false;
    if (st.predicate == "leads") return true;
    const auto& entity = lexicon.entities()[person];
    return entity.country != body && std::ranges::none_of(entity.roles, [&](const LexiconRole& role) {
             return role.body == body;
           });
  });
}

}  // namespace kg::extract
