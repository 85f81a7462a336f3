#include "graph/schema.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::graph {
namespace {

constexpr std::array<std::string_view, 7> kTypeNames = {
    "UNKNOWN", "COUNTRY", "PLACE", "ORG", "ARMED_GROUP", "PERSON", "MEDIA"};

constexpr std::array<PredicateInfo, 23> kPredicates = {{
    {"sent_letter_to", "sent a letter to", "وجّه رسالة إلى", false},
    {"warned", "warned", "حذّر", false},
    {"threatened", "threatened", "هدّد", false},
    {"called_on", "called on", "دعا", false},
    {"pressured", "pressured", "ضغط على", false},
    {"met_with", "met with", "التقى", true},
    {"contacted", "contacted", "تواصل مع", true},
    {"visited", "visited", "زار", false},
    {"negotiated_with", "negotiated with", "تفاوض مع", true},
    {"accused", "accused", "اتّهم", false},
    {"condemned", "condemned", "أدان", false},
    {"pledged_to", "pledged to", "تعهّد لـ", false},
    {"allied_with", "allied with", "تحالف مع", true},
    {"backs", "backs", "يدعم", false},
    {"supplied_weapons_to", "supplied weapons to", "زوّد بالأسلحة", false},
    {"attacked", "attacked", "هاجم", false},
    {"at_war_with", "at war with", "في حرب مع", true},
    {"deployed_forces_in", "deployed forces in", "نشر قوات في", false},
    {"sanctioned", "sanctioned", "فرض عقوبات على", false},
    {"killed", "killed", "قتل", false},
    {"leads", "leads", "يرأس", false},
    {"official_of", "official of", "مسؤول في", false},
    {"member_of", "member of", "عضو في", false},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  auto index = static_cast<size_t>(type);
  return index < kTypeNames.size() ? kTypeNames[index] : kTypeNames[0];
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (size_t i = 0; i < kTypeNames.size(); ++i) {
    if (EqualsIgnoreCase(kTypeNames[i], name)) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

std::span<const PredicateInfo> SchemaPredicates() { return kPredicates; }

const PredicateInfo* FindSchemaPredicate(std::string_view id) {
  auto it = std::ranges::find(kPredicates, id, &PredicateInfo::id);
  return it == kPredicates.end() ? nullptr : &*it;
}

}  // namespace kg::graph
