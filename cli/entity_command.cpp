// kg entity: the entity a name resolves to, as the query language resolves it, with its names,
// roles and how much the store says of it.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

#include "cli/command.h"
#include "graph/schema.h"
#include "graph/store.h"
#include "query/entity_summary.h"
#include "query/error.h"
#include "query/resolver.h"

namespace kg::cli {
namespace {

struct EntityOptions {
  std::string name;
  std::string format = "table";
};

nlohmann::json ToJson(const query::EntitySummary& summary) {
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& role : summary.roles) {
    roles.push_back({{"predicate", role.predicate},
                     {role.holder ? "object" : "subject", role.other_label},
                     {"articles", role.articles}});
  }
  return {{"id", summary.info.id},
          {"label", summary.info.label},
          {"type", graph::EntityTypeName(summary.info.type)},
          {"names", summary.info.aliases},
          {"roles", roles},
          {"claims", {{"as_subject", summary.claims_as_subject}, {"as_object", summary.claims_as_object}}},
          {"articles", summary.articles}};
}

void PrintTable(const query::EntitySummary& summary) {
  const auto& info = summary.info;
  std::printf("%s (%s, %s)\n", info.label.c_str(), info.id.c_str(),
              std::string(graph::EntityTypeName(info.type)).c_str());
  std::string names;
  for (const auto& name : info.aliases) names += (names.empty() ? "" : "، ") + name;
  if (!names.empty()) std::printf("names     %s\n", names.c_str());
  for (const auto& role : summary.roles) {
    if (role.holder) {
      std::printf("role      %s %s (%llu articles)\n", role.predicate.c_str(), role.other_label.c_str(),
                  static_cast<unsigned long long>(role.articles));
    } else {
      std::printf("role      %s %s it (%llu articles)\n", role.other_label.c_str(), role.predicate.c_str(),
                  static_cast<unsigned long long>(role.articles));
    }
  }
  for (const auto& [side, claims] : {std::pair{"as subject", &summary.claims_as_subject},
                                     std::pair{"as object", &summary.claims_as_object}}) {
    std::string line;
    for (const auto& [predicate, count] : *claims) {
      line += (line.empty() ? "" : ", ") + predicate + " " + std::to_string(count);
    }
    if (!line.empty()) std::printf("%-9s %s\n", side, line.c_str());
  }
  std::printf("articles  %llu\n", static_cast<unsigned long long>(summary.articles));
}

}  // namespace

void AddEntityCommand(CLI::App* kg, Context* context) {
  auto options = std::make_shared<EntityOptions>();
  auto* command = kg->add_subcommand("entity", "The entity a name resolves to: names, roles, claims");
  AddDbOption(command, context);
  command->add_option("NAME", options->name, "A label, id or Arabic name; a family name alone too")->required();
  command->add_option("--format", options->format, "table or json")->check(CLI::IsMember({"table", "json"}));
  command->footer(
      "A name that matches several entities lists them, and an unknown one suggests the nearest;\n"
      "both exit 2, as query errors do.\n\nExamples:\n"
      "  kg entity Trump\n"
      "  kg entity --format json 'الرئيس التركي'");
  command->callback([context, options] {
    auto store = graph::Store::Open(context->db, graph::OpenMode::kReadOnly);
    auto view = store->Snapshot();
    const query::Script no_script;
    const query::Resolver resolver(*view, no_script);
    graph::TermId term = graph::kNoTerm;
    try {
      term = resolver.NamedEntity(options->name, "kg entity");
    } catch (const query::QueryError& e) {
      std::cerr << "error: " << e.what() << '\n';
      context->exit_code = kExitUsage;
      return;
    }
    const auto summary = query::SummariseEntity(*view, term);
    if (options->format == "json") {
      std::cout << ToJson(summary).dump() << '\n';
    } else {
      PrintTable(summary);
    }
  });
}

}  // namespace kg::cli
