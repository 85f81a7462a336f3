// How the kg executable's subcommands are registered and how they report. Each subcommand is a
// thin layer over the modules' public headers.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "extract/corpus.h"
#include "graph/store.h"

namespace kg::cli {

// Exit codes every subcommand keeps to.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailed = 1,      // some input could not be processed, or a check failed
  kExitUsage = 2,       // bad command line or query syntax
  kExitStoreError = 3,  // the store is missing, busy, or cannot be read or written, or the
                        // relation model (--model) is missing, damaged or of another version
};

struct Context {
  std::string db;  // --db; defaults to $KG_DB, else ./kg.db
  int exit_code = kExitOk;
};

// What `kg ingest` reads and how.
struct IngestOptions {
  std::vector<std::string> paths;  // .txt files, directories, JSON-lines corpora, "-"
  std::string data;                // lexicon directory; empty: the default
  unsigned jobs = 0;               // extraction threads; 0: the cores
  float min_confidence = 0;        // statements below it are not stored
  std::string model;               // relation model file; empty: the data directory's
  extract::CorpusFields fields;
};

// Extracts and stores articles in context.db; prints the summary. Returns the exit code.
int Ingest(const Context& context, const IngestOptions& options);

// Prints what `kg stats` prints.
void PrintStats(const graph::Store& store);

// Adds the --db option to a subcommand.
void AddDbOption(CLI::App* command, Context* context);

void AddImportCommand(CLI::App* kg, Context* context);
void AddStatsCommand(CLI::App* kg, Context* context);
void AddCheckCommand(CLI::App* kg, Context* context);
void AddDocsCommand(CLI::App* kg, Context* context);
void AddRemoveCommand(CLI::App* kg, Context* context);
void AddQueryCommand(CLI::App* kg, Context* context);
void AddReplCommand(CLI::App* kg, Context* context);
void AddIngestCommand(CLI::App* kg, Context* context);
void AddShowCommand(CLI::App* kg, Context* context);
void AddEntityCommand(CLI::App* kg, Context* context);
void AddEntitiesCommand(CLI::App* kg, Context* context);
void AddExtractCommand(CLI::App* kg, Context* context);
void AddTrainCommand(CLI::App* kg, Context* context);
void AddExportCommand(CLI::App* kg, Context* context);
void AddServeCommand(CLI::App* kg, Context* context);

}  // namespace kg::cli
