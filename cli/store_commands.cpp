// The commands that manage a store: import, stats, check, docs, remove.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/command.h"
#include "graph/store.h"

namespace kg::cli {
namespace {

using graph::OpenMode;
using graph::Store;

std::string TermText(const graph::View& view, graph::TermId id) {
  auto term = view.GetTerm(id);
  if (!term) return "#" + std::to_string(id);
  switch (term->kind) {
    case graph::TermKind::kIri:
      return "<" + term->value + ">";
    case graph::TermKind::kEntity:
      if (auto entity = view.GetEntity(id); entity && !entity->label.empty()) return entity->label;
      return term->value;
    default:
      return term->value;
  }
}

std::string Bytes(uint64_t bytes) {
  char out[32];
  if (bytes >= (1u << 20)) {
    std::snprintf(out, sizeof out, "%.1f MiB", bytes / 1048576.0);
  } else {
    std::snprintf(out, sizeof out, "%.1f KiB", bytes / 1024.0);
  }
  return out;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

void AddDbOption(CLI::App* command, Context* context) {
  command->add_option("--db", context->db, "Store directory (default: $KG_DB, else ./kg.db)");
}

void AddImportCommand(CLI::App* kg, Context* context) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto* command = kg->add_subcommand("import", "Bulk-load RDF (N-Triples, N-Quads, Turtle, TriG)");
  AddDbOption(command, context);
  command->add_option("FILE", *files, "RDF files (.nt .nq .ttl .trig)")->required()->check(CLI::ExistingFile);
  command->footer(
      "Each file is imported whole or not at all: a syntax error names file:line:col and\n"
      "leaves the store as it was.\n\nExample:\n  kg import --db graph.db data/graph.nt");
  command->callback([context, files] {
    auto store = Store::Open(context->db, OpenMode::kCreateIfMissing);
    for (const auto& file : *files) {
      const auto start = std::chrono::steady_clock::now();
      const auto result = store->Import(file);
      const double seconds = SecondsSince(start);
      std::printf("%s: %llu statements, %llu new triples, %llu new terms in %.2f s (%.0f statements/s)\n",
                  file.c_str(), static_cast<unsigned long long>(result.statements),
                  static_cast<unsigned long long>(result.triples_added),
                  static_cast<unsigned long long>(result.terms_added), seconds,
                  seconds > 0 ? result.statements / seconds : 0.0);
    }
  });
}

void AddStatsCommand(CLI::App* kg, Context* context) {
  auto* command = kg->add_subcommand("stats", "Count articles, entities and triples by predicate");
  AddDbOption(command, context);
  command->footer("Example:\n  kg stats --db kg.db");
  command->callback([context] { PrintStats(*Store::Open(context->db, OpenMode::kReadOnly)); });
}

void PrintStats(const graph::Store& store) {
  auto view = store.Snapshot();
  const auto stats = view->Stats();
  std::printf("store      %s (%s)\narticles   %llu\nentities   %llu\nterms      %llu\n"
              "triples    %llu\nmentions   %llu\n",
              store.dir().c_str(), Bytes(store.DiskSize()).c_str(),
              static_cast<unsigned long long>(stats.documents),
              static_cast<unsigned long long>(stats.entities),
              static_cast<unsigned long long>(stats.terms),
              static_cast<unsigned long long>(stats.triples),
              static_cast<unsigned long long>(stats.mentions));
  if (stats.predicates.empty()) return;
  std::printf("\n%10s %10s %10s  predicate\n", "triples", "subjects", "objects");
  for (const auto& p : stats.predicates) {
    std::printf("%10llu %10llu %10llu  %s%s\n", static_cast<unsigned long long>(p.triples),
                static_cast<unsigned long long>(p.subjects),
                static_cast<unsigned long long>(p.objects), p.negated ? "!" : "",
                TermText(*view, p.predicate).c_str());
  }
}

void AddCheckCommand(CLI::App* kg, Context* context) {
  auto* command = kg->add_subcommand("check", "Verify that the store is consistent");
  AddDbOption(command, context);
  command->footer(
      "Checks that SPO, POS and OSP hold the same triples, that support counts match the\n"
      "mentions, that every id resolves and that the statistics are exact. Exits 1 and lists\n"
      "what is wrong otherwise.\n\nExample:\n  kg check --db kg.db");
  command->callback([context] {
    auto store = Store::Open(context->db, OpenMode::kReadOnly);
    const auto report = store->Check();
    for (const auto& problem : report.problems) std::printf("problem: %s\n", problem.c_str());
    std::printf("%s: %llu triples, %llu mentions, %llu articles, %llu terms: %s\n",
                store->dir().c_str(), static_cast<unsigned long long>(report.triples),
                static_cast<unsigned long long>(report.mentions),
                static_cast<unsigned long long>(report.documents),
                static_cast<unsigned long long>(report.terms),
                report.ok() ? "ok" : "INCONSISTENT");
    if (!report.ok()) context->exit_code = kExitFailed;
  });
}

void AddDocsCommand(CLI::App* kg, Context* context) {
  auto* command =
      kg->add_subcommand("docs", "List the stored articles with dates, triple counts, titles and outlets");
  AddDbOption(command, context);
  command->footer("Example:\n  kg docs --db kg.db");
  command->callback([context] {
    auto store = Store::Open(context->db, OpenMode::kReadOnly);
    auto view = store->Snapshot();
    for (const auto& doc : view->Documents()) {
      std::printf("%s\t%s\t%u triples\t%s%s%s\n", doc.name.c_str(), doc.date.empty() ? "-" : doc.date.c_str(),
                  doc.triples, doc.title.c_str(), doc.outlet.empty() ? "" : "\t", doc.outlet.c_str());
    }
  });
}

void AddRemoveCommand(CLI::App* kg, Context* context) {
  auto names = std::make_shared<std::vector<std::string>>();
  auto* command = kg->add_subcommand("remove", "Remove articles and the triples only they support");
  AddDbOption(command, context);
  command->add_option("DOC", *names, "Article names, as 'kg docs' lists them")->required();
  command->footer("Example:\n  kg remove --db kg.db 002_3c0a4fd1e2fc9cd0");
  command->callback([context, names] {
    auto store = Store::Open(context->db, OpenMode::kReadWrite);
    for (const auto& name : *names) {
      const auto result = store->RemoveDocument(name);
      if (!result.found) {
        std::fprintf(stderr, "kg: no article '%s' in %s\n", name.c_str(), context->db.c_str());
        context->exit_code = kExitFailed;
        continue;
      }
      std::printf("removed %s: %llu triples retracted\n", name.c_str(),
                  static_cast<unsigned long long>(result.triples_removed));
    }
  });
}

}  // namespace kg::cli

namespace kg::cli {

void AddShowCommand(CLI::App* kg, Context* context) {
  auto name = std::make_shared<std::string>();
  auto* command = kg->add_subcommand("show", "An article's triples with their evidence");
  AddDbOption(command, context);
  command->add_option("DOC", *name, "Article name, as 'kg docs' lists it")->required();
  command->footer("Example:\n  kg show --db kg.db 002_3c0a4fd1e2fc9cd0");
  command->callback([context, name] {
    auto store = Store::Open(context->db, OpenMode::kReadOnly);
    auto view = store->Snapshot();
    const auto id = view->Find(graph::Term::Document(*name));
    const auto doc = id ? view->GetDocument(*id) : std::nullopt;
    if (!doc) {
      std::fprintf(stderr, "kg: no article '%s' in %s\n", name->c_str(), context->db.c_str());
      context->exit_code = kExitFailed;
      return;
    }
    std::printf("%s\t%s\t%s\n", doc->name.c_str(), doc->date.empty() ? "-" : doc->date.c_str(),
                doc->title.c_str());
    for (const auto& t : view->DocumentTriples(doc->id)) {
      std::printf("\n%s %s%s %s\n", TermText(*view, t.s).c_str(), t.negated ? "!" : "",
                  TermText(*view, t.p).c_str(), TermText(*view, t.o).c_str());
      for (const auto& mention : view->Mentions(t)) {
        if (mention.document != doc->id) continue;
        const auto& e = mention.evidence;
        std::printf("  sentence %u%s%s, confidence %.2f: %s\n", e.sentence,
                    e.source.empty() ? "" : ", according to ", e.source.c_str(), e.confidence,
                    view->SentenceText(mention).c_str());
      }
    }
  });
}

}  // namespace kg::cli
