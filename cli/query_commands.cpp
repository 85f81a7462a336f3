// kg query: runs statements of the query language against a store.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/command.h"
#include "cli/terminal_width.h"
#include "graph/store.h"
#include "query/engine.h"
#include "query/error.h"
#include "query/format.h"
#include "query/parser.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string text;
  std::string file;
  std::string format = "table";
  bool no_header = false;
  bool timing = false;
  bool arabic = false;
  std::optional<size_t> width;
};

std::string ReadQueryFile(const std::string& path) {
  if (path == "-") return {std::istreambuf_iterator<char>(std::cin), {}};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

void AddQueryCommand(CLI::App* kg, Context* context) {
  auto options = std::make_shared<QueryOptions>();
  auto* command = kg->add_subcommand("query", "Answer queries in kg's query language");
  AddDbOption(command, context);
  command->add_option("QUERY", options->text, "One or more queries separated by ';'");
  command->add_option("--file,-f", options->file, "Read the queries from FILE ('-': standard input)");
  command->add_option("--format", options->format, "table, tsv, csv or json")
      ->check(CLI::IsMember({"table", "tsv", "csv", "json"}));
  command->add_flag("--no-header", options->no_header, "Leave out the header line");
  command->add_flag("--timing", options->timing, "Print 'time: X ms' per query on stderr");
  command->add_flag("--arabic", options->arabic, "Show entities' Arabic names beside their labels");
  command->add_option("--width", options->width,
                      "Cut evidence sentences in tables to N columns around the trigger (default: the "
                      "terminal's width, else $COLUMNS, else 120; 0: never)");
  command->footer(
      "'kg help query-language' summarises the language; docs/query-language.md is its reference.\n"
      "Exit codes: 2 for a syntax error or\n"
      "a name that resolves to nothing, 3 when the store cannot be read.\n\nExamples:\n"
      "  kg query '?who attacked Israel'\n"
      "  kg query --format csv 'select ?x, count(*) as ?n where ?x attacked ?y group by ?x order by ?n desc'\n"
      "  kg query '?x threatened \"العراق\" evidence'");
  command->callback([context, options] {
    using Clock = std::chrono::steady_clock;
    if (options->text.empty() == options->file.empty()) {
      throw CLI::ValidationError("query", "give either QUERY or --file FILE");
    }
    const std::string text = options->file.empty() ? options->text : ReadQueryFile(options->file);
    auto start = Clock::now();
    query::Script script;
    try {
      script = query::Parse(text);
    } catch (const query::SyntaxError& e) {
      std::cerr << e.Render() << '\n';
      context->exit_code = kExitUsage;
      return;
    }
    // Opening the store is start-up, not the query's time: the clock keeps the parse time and
    // starts again once the store is open.
    double carried_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    auto store = graph::Store::Open(context->db, graph::OpenMode::kReadOnly);
    auto view = store->Snapshot();
    start = Clock::now();
    query::Engine engine(*view);
    query::Labels labels(*view);
    query::FormatOptions format{*query::ParseFormat(options->format), !options->no_header, options->arabic,
                                options->width.value_or(TerminalWidth())};
    for (const auto& statement : script.statements) {
      try {
        // Rows go out as they are found rather than once the last is.
        query::ResultWriter writer(std::cout, labels, format);
        writer.Finish(engine.Run(script, statement, &writer));
        std::cout.flush();
      } catch (const query::QueryError& e) {
        std::cerr << "error: " << e.what() << '\n';
        context->exit_code = kExitUsage;
        return;
      }
      if (options->timing) {
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        std::fprintf(stderr, "time: %.3f ms\n", ms + carried_ms);
        carried_ms = 0;
      }
      start = Clock::now();
    }
  });
}

}  // namespace kg::cli
