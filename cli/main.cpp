// kg: knowledge graphs from Arabic news. This file only wires the modules' commands together.
#include <rocksdb/version.h>
#include <unicode/uversion.h>
#include <boost/version.hpp>

#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "cli/query_language_help.h"
#include "extract/relation_model.h"
#include "graph/store.h"
#include "text/text.h"

namespace {

using namespace kg::cli;

std::string VersionText() {
  return "kg " KG_VERSION " (RocksDB " + std::to_string(ROCKSDB_MAJOR) + "." +
         std::to_string(ROCKSDB_MINOR) + "." + std::to_string(ROCKSDB_PATCH) + ", ICU " +
         U_ICU_VERSION + ", Boost " + std::to_string(BOOST_VERSION / 100000) + "." +
         std::to_string(BOOST_VERSION / 100 % 1000) + ")";
}

// The subcommand nearest to a mistyped one, for the error message.
std::string Nearest(const CLI::App& kg, const std::string& typed) {
  std::string best;
  size_t best_distance = 3;
  for (const auto* sub : kg.get_subcommands({})) {
    const size_t d = kg::text::EditDistance(sub->get_name(), typed);
    if (d < best_distance) best = sub->get_name(), best_distance = d;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  Context context;
  if (const char* env = std::getenv("KG_DB"); env && *env) {
    context.db = env;
  } else {
    context.db = "kg.db";
  }

  CLI::App kg("kg builds a knowledge graph from Arabic news and answers questions about it.", "kg");
  kg.set_version_flag("--version", VersionText());
  kg.footer(
      "Run 'kg help COMMAND' or 'kg COMMAND --help' for a command's options and an example, and\n"
      "'kg help query-language' for the query language.\n"
      "The store is the directory given by --db, else $KG_DB, else ./kg.db.");
  kg.require_subcommand(0, 1);

  AddIngestCommand(&kg, &context);
  AddQueryCommand(&kg, &context);
  AddReplCommand(&kg, &context);
  AddServeCommand(&kg, &context);
  AddImportCommand(&kg, &context);
  AddExportCommand(&kg, &context);
  AddStatsCommand(&kg, &context);
  AddCheckCommand(&kg, &context);
  AddDocsCommand(&kg, &context);
  AddShowCommand(&kg, &context);
  AddEntityCommand(&kg, &context);
  AddRemoveCommand(&kg, &context);
  AddEntitiesCommand(&kg, &context);
  AddExtractCommand(&kg, &context);
  AddTrainCommand(&kg, &context);

  std::string help_topic;
  auto* help = kg.add_subcommand("help", "Show help for kg, one of its commands, or the query language");
  help->add_option("command", help_topic, "The command to explain, or query-language");
  help->callback([&] {
    if (help_topic.empty()) {
      std::cout << kg.help();
      return;
    }
    if (help_topic == "query-language") {
      std::cout << "kg's query language\n\n" << QueryLanguageSummary() << '\n';
      return;
    }
    try {
      std::cout << kg.get_subcommand(help_topic)->help();
    } catch (const CLI::OptionNotFound&) {
      std::cerr << "kg: no command '" << help_topic << "'; run 'kg --help' for the list\n";
      context.exit_code = kExitUsage;
    }
  });

  if (argc >= 2 && argv[1][0] != '-') {
    const std::string name = argv[1];
    bool known = false;
    for (const auto* sub : kg.get_subcommands({})) known = known || sub->check_name(name);
    if (!known) {
      std::cerr << "kg: unknown command '" << name << "'";
      if (auto nearest = Nearest(kg, name); !nearest.empty()) {
        std::cerr << "; did you mean '" << nearest << "'?";
      }
      std::cerr << "\nRun 'kg --help' for the list of commands.\n";
      return kExitUsage;
    }
  }

  try {
    kg.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return kg.exit(e);
    std::cerr << "kg: " << e.what() << "\nRun 'kg --help' for usage.\n";
    return kExitUsage;
  } catch (const kg::graph::StoreError& e) {
    std::cerr << "kg: " << e.what() << "\n";
    return dynamic_cast<const kg::graph::ImportError*>(&e) ? kExitFailed : kExitStoreError;
  } catch (const kg::extract::ModelError& e) {
    std::cerr << "kg: " << e.what() << "\n";
    return kExitStoreError;
  } catch (const std::exception& e) {
    std::cerr << "kg: " << e.what() << "\n";
    return kExitFailed;
  }
  if (argc < 2) std::cout << kg.help();
  return context.exit_code;
}
