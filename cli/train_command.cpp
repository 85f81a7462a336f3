// `kg train`: the relation model from annotated articles (extract/relation_trainer.h).
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "extract/corpus.h"
#include "extract/relation_trainer.h"

namespace kg::cli {

void AddTrainCommand(CLI::App* kg, Context* context) {
  struct Options {
    std::vector<std::string> gold;
    std::string output;
    std::string data;
    double fraction = 1.0;
    double min_precision = 0.75;
  };
  auto options = std::make_shared<Options>();
  auto* command = kg->add_subcommand("train", "Learn the relation model from annotated articles");
  command->add_option("--gold", options->gold,
                      "An annotated directory: articles/NAME.txt, gold.jsonl, entities.jsonl and "
                      "optionally docs.txt (repeat for several)")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_option("-o,--output", options->output, "The model file to write")->required();
  command->add_option("--data", options->data,
                      "Lexicon directory whose rules propose the candidates (default: $KG_DATA, else kg's data/)");
  command->add_option("--fraction", options->fraction,
                      "Train on this share of the articles, drawn the same way every time (a learning curve)")
      ->check(CLI::Range(0.01, 1.0));
  command->add_option("--min-precision", options->min_precision,
                      "Choose the thresholds of best F1 among those whose cross-validated precision, "
                      "less one standard error, reaches this (default 0.75)")
      ->check(CLI::Range(0.0, 1.0));
  command->footer(
      "Every triple the extractor proposes in an annotated article is an example, positive when\n"
      "the article's gold.jsonl holds it. Five-fold cross-validation over the articles chooses\n"
      "the regularisation and the confidence thresholds; the same data always give the same model.\n"
      "kg extract and kg ingest use it with --model FILE, or by default as relations.model of the\n"
      "data directory (scripts/train-model rebuilds that one).\n\n"
      "Example:\n  kg train --gold ../shared/eval/train --gold ../shared/eval/dev -o data/relations.model");
  command->callback([context, options] {
    const std::filesystem::path data =
        options->data.empty() ? extract::DefaultDataDir() : std::filesystem::path(options->data);
    // The candidates come from the rules: an old model in the data directory plays no part.
    const auto extractor = extract::Extractor::Load(data, extract::ExtractorOptions::RulesOnly());
    extract::TrainingOptions training;
    for (const auto& dir : options->gold) training.gold_dirs.emplace_back(dir);
    training.fraction = options->fraction;
    training.min_precision = options->min_precision;
    extract::TrainingReport report;
    const extract::RelationModel model = extract::TrainRelationModel(extractor, training, &report);
    model.Save(options->output);
    std::printf("articles %zu, gold triples %zu, reachable by a candidate %zu (%.1f%%)\n", report.articles,
                report.gold, report.reachable,
                report.gold ? 100.0 * static_cast<double>(report.reachable) / static_cast<double>(report.gold) : 0.0);
    std::printf("examples %zu (%zu positive), features with a weight %zu, C %.2g\n", report.examples,
                report.positives, report.features, report.cost);
    std::printf("thresholds %.2f, %.2f where a rule read it with confidence\n", static_cast<double>(report.threshold),
                static_cast<double>(report.rule_threshold));
    std::printf("cross-validated: P=%.3f R=%.3f F1=%.3f\n", report.precision, report.recall, report.f1);
    std::printf("--min-confidence  precision  recall  F1 (cross-validated)\n");
    for (const auto& point : report.curve) {
      std::printf("            %.2f      %.3f   %.3f  %.3f\n", static_cast<double>(point.min_confidence),
                  point.precision, point.recall, point.f1);
    }
    std::printf("wrote %s\n", options->output.c_str());
    (void)context;
  });
}

}  // namespace kg::cli
