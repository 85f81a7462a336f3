// The commands that run the extractor without a store: entities, extract, and the hidden
// generator of the countries lexicon.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/article_inputs.h"
#include "cli/command.h"
#include "extract/article.h"
#include "extract/countries.h"
#include "extract/extractor.h"
#include "extract/recognizer.h"
#include "query/format.h"
#include "text/text.h"

namespace kg::cli {
namespace {

// Pads to a width in terminal columns, so that Arabic cells line up.
std::string Cell(std::string_view s, size_t width) {
  std::string out(s);
  for (size_t w = text::DisplayWidth(s); w < width; ++w) out.push_back(' ');
  return out;
}

void PrintMentions(const extract::Article& article, const extract::Recognition& r, bool jsonl) {
  for (const auto& m : r.mentions) {
    const auto& e = r.entities[m.entity];
    const std::string_view type = graph::EntityTypeName(e.type);
    if (jsonl) {
      std::printf("{\"doc\": %s, \"id\": %s, \"label\": %s, \"ar\": %s, \"type\": %s, "
                  "\"sentence\": %u, \"begin\": %u, \"end\": %u, \"how\": %s}\n",
                  query::JsonString(article.name).c_str(), query::JsonString(e.id).c_str(), query::JsonString(e.label).c_str(),
                  query::JsonString(m.surface).c_str(), query::JsonString(type).c_str(), m.sentence, m.begin, m.end,
                  query::JsonString(extract::MentionKindName(m.kind)).c_str());
    } else {
      std::printf("%s %4u %6u-%-6u %s %s %s %s\n", article.name.c_str(), m.sentence, m.begin,
                  m.end, Cell(type, 11).c_str(), Cell(e.label, 28).c_str(),
                  Cell(m.surface, 30).c_str(), std::string(extract::MentionKindName(m.kind)).c_str());
    }
  }
}

void PrintStatements(const extract::Article& article,
                     const std::vector<graph::Statement>& statements, bool jsonl) {
  using query::JsonString;
  // The text of a code-point span of the article (indexed: a long article has many statements).
  const text::IndexedText text(article.text);
  auto excerpt = [&](graph::Span span) { return std::string(text.Slice(span.begin, span.end)); };
  for (const auto& st : statements) {
    const auto& ev = st.evidence;
    const std::string s_ar = excerpt(ev.subject);
    const std::string o_ar = excerpt(ev.object);
    if (jsonl) {
      std::printf("{\"doc\": %s, \"s\": %s, \"s_ar\": %s, \"p\": %s, \"o\": %s, \"o_ar\": %s, "
                  "\"negated\": %s, \"sentence\": %u, \"evidence\": %s, \"confidence\": %.2f, "
                  "\"source\": %s, \"date\": %s}\n",
                  JsonString(article.name).c_str(), JsonString(st.subject.label).c_str(),
                  JsonString(s_ar).c_str(), JsonString(st.predicate).c_str(),
                  JsonString(st.object.label).c_str(), JsonString(o_ar).c_str(),
                  st.negated ? "true" : "false", ev.sentence,
                  JsonString(excerpt(ev.sentence_span)).c_str(),
                  static_cast<double>(ev.confidence), JsonString(ev.source).c_str(),
                  JsonString(article.date).c_str());
    } else {
      std::printf("%s %4u %s %s%s %s %.2f\n", article.name.c_str(), ev.sentence,
                  Cell(st.subject.label, 28).c_str(), st.negated ? "!" : "",
                  Cell(st.predicate, 20).c_str(), Cell(st.object.label, 28).c_str(),
                  static_cast<double>(ev.confidence));
    }
  }
}

// `kg entities` and `kg extract` read article files the same way and differ only in what
// they print for each: `load` builds the reader from the data directory once, and returns what
// prints one article (true: as JSON lines).
using ArticlePrinter = std::function<void(const extract::Article&, bool jsonl)>;

CLI::App* AddArticleCommand(CLI::App* kg, Context* context, const std::string& name,
                            const std::string& description, const std::string& footer,
                            std::function<ArticlePrinter(const std::filesystem::path&)> load) {
  struct Options {
    std::vector<std::string> files;
    std::string format = "jsonl";
    std::string data;
  };
  auto options = std::make_shared<Options>();
  auto* command = kg->add_subcommand(name, description);
  command->add_option("FILE", options->files,
                      "Article .txt files, directories of them, JSON-lines corpora (.jsonl, one article "
                      "per record), or - for standard input")
      ->required()
      ->check([](const std::string& path) {
        return path == "-" || std::filesystem::exists(path) ? std::string() : "no such file: " + path;
      });
  command->add_option("--format", options->format, "jsonl (default) or table")
      ->check(CLI::IsMember({"jsonl", "table"}));
  command->add_option("--data", options->data,
                      "Lexicon directory (default: $KG_DATA, else the data/ kg was built with)");
  command->footer(footer);
  command->callback([context, options, load] {
    const auto print = load(options->data.empty() ? extract::DefaultDataDir()
                                                  : std::filesystem::path(options->data));
    // The same inputs as kg ingest reads, one article at a time.
    Inputs inputs(options->files, extract::CorpusFields{});
    std::vector<std::string> errors;
    auto report = [&] {
      for (const auto& error : errors) std::cerr << "kg: " << error << "\n";
      if (!errors.empty()) context->exit_code = kExitFailed;
      errors.clear();
    };
    while (auto input = inputs.Next(&errors)) {
      report();
      InputArticle read = ReadInput(std::move(*input));
      for (const auto& warning : read.warnings) std::cerr << "kg: warning: " << warning << "\n";
      if (!read.error.empty()) {
        errors.push_back(std::move(read.error));
        report();
        continue;
      }
      print(read.article, options->format == "jsonl");
    }
    report();
  });
  return command;
}

}  // namespace

void AddEntitiesCommand(CLI::App* kg, Context* context) {
  AddArticleCommand(
      kg, context, "entities", "Print the entity mentions of Arabic articles",
      "Each mention is printed with its article (the file name without .txt), the entity's\n"
      "label, the Arabic as written, the type, the sentence number and code-point offsets in the\n"
      "text. Nothing is stored.\n\nExample:\n  kg entities --format table examples/*.txt",
      [](const std::filesystem::path& data) -> ArticlePrinter {
        auto recognizer = std::make_shared<extract::Recognizer>(extract::Recognizer::Load(data));
        return [recognizer](const extract::Article& article, bool jsonl) {
          PrintMentions(article, recognizer->Find(article), jsonl);
        };
      });

  // Regenerates data/entities/countries.tsv from ICU; hidden, as only maintainers need it.
  auto* generate = kg->add_subcommand("lexicon-countries", "");
  generate->group("");
  generate->callback([] { std::cout << extract::GenerateCountries(); });
}

void AddExtractCommand(CLI::App* kg, Context* context) {
  auto min_confidence = std::make_shared<float>(0.0f);
  auto model = std::make_shared<std::string>();
  auto* command = AddArticleCommand(
      kg, context, "extract", "Print the triples kg reads in Arabic articles",
      "Each triple is printed with its article (the file name without .txt), the English labels\n"
      "and Arabic surfaces of subject and object, the predicate, whether it is negated, the\n"
      "sentence number and text, a confidence, who said it and the article's date. Nothing is\n"
      "stored.\n\nExample:\n  kg extract --format table examples/*.txt",
      [min_confidence, model](const std::filesystem::path& data) -> ArticlePrinter {
        auto extractor = std::make_shared<extract::Extractor>(
            extract::Extractor::Load(data, {.min_confidence = *min_confidence, .model = *model, .rules_only = false}));
        return [extractor](const extract::Article& article, bool jsonl) {
          PrintStatements(article, extractor->Extract(article), jsonl);
        };
      });
  command->add_option("--min-confidence", *min_confidence,
                      "Print only triples at least this confident (0 to 1; default 0: all the model accepts)")
      ->check(CLI::Range(0.0, 1.0));
  command->add_option("--model", *model,
                      "Relation model made by kg train (default: relations.model of the data directory)");
}

}  // namespace kg::cli
