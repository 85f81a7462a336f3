// kg export: the graph, or part of it, as RDF for triple stores and as Graphviz drawings.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/command.h"
#include "export/dot_export.h"
#include "export/export_error.h"
#include "export/graphml_export.h"
#include "export/ontology.h"
#include "export/rdf_export.h"
#include "export/subgraph.h"
#include "export/svg.h"
#include "graph/store.h"
#include "query/error.h"
#include "query/resolver.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

// Past this many nodes Graphviz takes minutes and draws nothing anyone can read.
constexpr size_t kMaxSvgNodes = 2000;

struct ExportOptions {
  std::string format;
  std::string output;
  std::string base = std::string(exporter::kDefaultBase);
  std::string query;
  std::string around;
  uint32_t depth = 1;
  bool ontology = false;
};

// The format named by --format, else by the output file's extension, else N-Triples.
std::string FormatOf(const ExportOptions& options) {
  if (!options.format.empty()) return options.format;
  const std::string ext = fs::path(options.output).extension().string();
  if (ext == ".ttl") return "ttl";
  if (ext == ".nq") return "nq";
  if (ext == ".dot" || ext == ".gv") return "dot";
  if (ext == ".svg") return "svg";
  if (ext == ".graphml") return "graphml";
  return "nt";
}

std::optional<exporter::RdfSyntax> RdfSyntaxOf(const std::string& format) {
  if (format == "nt") return exporter::RdfSyntax::kNTriples;
  if (format == "ttl") return exporter::RdfSyntax::kTurtle;
  if (format == "nq") return exporter::RdfSyntax::kNQuads;
  return std::nullopt;
}

const char* FormatName(const std::string& format) {
  if (format == "nt") return "N-Triples";
  if (format == "ttl") return "Turtle";
  if (format == "nq") return "N-Quads";
  if (format == "dot") return "DOT";
  if (format == "graphml") return "GraphML";
  return "SVG";
}

// Standard output, or a file that appears only once it is complete: the export is written
// beside it and renamed, so a failed export never leaves half a file under the name.
class Output {
 public:
  explicit Output(std::string path) : path_(std::move(path)) {
    if (path_.empty()) return;
    partial_ = path_ + ".partial";
    file_.open(partial_, std::ios::binary | std::ios::trunc);
    if (!file_) throw exporter::ExportError("cannot write " + path_);
  }
  ~Output() {
    if (!partial_.empty()) {
      std::error_code ec;
      fs::remove(partial_, ec);
    }
  }

  std::ostream& stream() { return path_.empty() ? std::cout : file_; }

  void Commit() {
    stream().flush();
    if (!stream().good()) throw exporter::ExportError("cannot write " + Name());
    if (path_.empty()) return;
    file_.close();
    std::error_code ec;
    fs::rename(partial_, path_, ec);
    if (ec) throw exporter::ExportError("cannot write " + path_ + ": " + ec.message());
    partial_.clear();
  }

  std::string Name() const { return path_.empty() ? "standard output" : path_; }
  bool to_file() const { return !path_.empty(); }

 private:
  std::string path_, partial_;
  std::ofstream file_;
};

// The part of the graph --query or --around names (none: the whole graph), and the entity
// --around is centred on.
struct Part {
  std::optional<exporter::Subgraph> subgraph;
  graph::TermId focus = graph::kNoTerm;
};

Part PartOf(const graph::View& view, const ExportOptions& options) {
  Part part;
  if (!options.query.empty()) {
    part.subgraph = exporter::QuerySubgraph(view, options.query);
  } else if (!options.around.empty()) {
    const query::Script no_script;
    const query::Resolver resolver(view, no_script);
    part.focus = resolver.NamedEntity(options.around, "--around");
    part.subgraph = exporter::Neighbourhood(view, part.focus, options.depth);
  }
  return part;
}

void Export(const Context& context, const ExportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const std::string format = FormatOf(options);
  const auto syntax = RdfSyntaxOf(format);
  if (options.ontology) {
    if (!syntax) throw exporter::ExportUsageError("--ontology is RDF: use --format nt, ttl or nq");
    Output output(options.output);
    const uint64_t statements = exporter::WriteOntology(*syntax, output.stream());
    output.Commit();
    if (output.to_file()) {
      std::fprintf(stderr, "kg: wrote the ontology, %llu statements, as %s to %s\n",
                   static_cast<unsigned long long>(statements), FormatName(format), output.Name().c_str());
    }
    return;
  }
  const exporter::RdfNames names(options.base);  // a bad --base fails before the store opens

  auto store = graph::Store::Open(context.db, graph::OpenMode::kReadOnly);
  auto view = store->Snapshot();
  const Part part = PartOf(*view, options);
  const exporter::Subgraph* subgraph = part.subgraph ? &*part.subgraph : nullptr;
  if (subgraph && subgraph->triples.empty()) {
    std::fprintf(stderr, "kg: %s matches no triples: the export is empty\n",
                 options.query.empty() ? "--around" : "--query");
  }

  Output output(options.output);
  std::string what;
  if (syntax) {
    exporter::RdfOptions rdf{*syntax, names.base()};
    const uint64_t statements = exporter::WriteRdf(*view, subgraph, rdf, output.stream());
    what = std::to_string(statements) + " statements";
  } else if (format == "graphml") {
    const auto written = exporter::WriteGraphml(*view, subgraph, output.stream());
    what = std::to_string(written.nodes) + " nodes and " + std::to_string(written.edges) + " edges";
  } else {
    std::ostringstream dot;
    const auto drawn =
        exporter::WriteDot(*view, subgraph, format == "dot" ? output.stream() : dot, part.focus);
    if (drawn.nodes > exporter::kLegibleNodes) {
      std::fprintf(stderr,
                   "kg: warning: %zu nodes draw as a hairball; draw a part: --around ENTITY --depth 1, "
                   "or --query 'QUERY'\n",
                   drawn.nodes);
    }
    if (format == "svg") {
      if (drawn.nodes > kMaxSvgNodes) {
        throw exporter::ExportUsageError(
            std::to_string(drawn.nodes) + " nodes are too many to lay out (at most " +
            std::to_string(kMaxSvgNodes) + "): export a part with --around or --query, or write "
            "--format dot and lay it out yourself");
      }
      output.stream() << exporter::RenderSvg(dot.str());
    }
    what = std::to_string(drawn.nodes) + " nodes and " + std::to_string(drawn.edges) + " predicate edges";
  }
  output.Commit();
  if (output.to_file()) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "kg: wrote %s as %s to %s in %.2f s\n", what.c_str(), FormatName(format),
                 output.Name().c_str(), seconds);
  }
}

}  // namespace

void AddExportCommand(CLI::App* kg, Context* context) {
  auto options = std::make_shared<ExportOptions>();
  auto* command = kg->add_subcommand("export", "Write the graph as RDF (nt, ttl, nq), GraphML, or draw it (dot, svg)");
  AddDbOption(command, context);
  command->add_option("--format", options->format,
                      "nt, ttl, nq, graphml, dot or svg (default: from -o's extension, else nt)")
      ->check(CLI::IsMember({"nt", "ttl", "nq", "graphml", "dot", "svg"}));
  command->add_option("-o,--output", options->output, "Write to FILE rather than standard output");
  command->add_option("--base", options->base, "The IRI entities and articles are named under")
      ->capture_default_str();
  auto* query = command->add_option("--query", options->query,
                                    "Export only the triples one query matches");
  auto* around = command->add_option("--around", options->around,
                                     "Export only the neighbourhood of ENTITY (a name, id, Arabic alias or <IRI>)");
  auto* depth = command->add_option("--depth", options->depth, "Steps from --around's entity (default 1)")
                    ->check(CLI::Range(1, 100));
  auto* ontology = command->add_flag("--ontology", options->ontology,
                                     "Write the schema (classes and predicates) rather than the graph");
  query->excludes(around);
  depth->needs(around);
  ontology->excludes(query)->excludes(around);
  command->footer(
      "RDF names entities <BASE>entity/ID and articles <BASE>article/NAME, with the kg\n"
      "vocabulary https://kg.example/ontology#. A denied claim is written only as a reified\n"
      "statement with kg:negated true, never as a triple. N-Quads puts what each article states\n"
      "in its own named graph. docs/export.md has the whole mapping.\n\nExamples:\n"
      "  kg export --format ttl -o graph.ttl\n"
      "  kg export --format nq --base https://example.org/news/ -o graph.nq\n"
      "  kg export --format svg --around Iraq --depth 1 -o iraq.svg\n"
      "  kg export --format graphml -o graph.graphml   # Gephi, Cytoscape, NetworkX\n"
      "  kg export --format dot --query '?x attacked ?y'\n"
      "  kg export --ontology --format ttl");
  command->callback([context, options] {
    try {
      Export(*context, *options);
    } catch (const query::SyntaxError& e) {
      std::cerr << e.Render() << '\n';
      context->exit_code = kExitUsage;
    } catch (const query::QueryError& e) {
      std::cerr << "kg: " << e.what() << '\n';
      context->exit_code = kExitUsage;
    } catch (const exporter::ExportUsageError& e) {
      std::cerr << "kg: " << e.what() << '\n';
      context->exit_code = kExitUsage;
    } catch (const exporter::ExportError& e) {
      std::cerr << "kg: " << e.what() << '\n';
      context->exit_code = kExitFailed;
    }
  });
}

}  // namespace kg::cli
