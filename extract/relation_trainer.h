// Training the relation model (`kg train`) on annotated articles: directories laid out as
// ../shared/eval/SET/ are — articles/NAME.txt, gold.jsonl (the triples each article states),
// entities.jsonl (each entity's English and Arabic names), and optionally docs.txt (every
// annotated article, some with no triples). Each triple candidate the extractor proposes is an
// example, positive when the article's gold holds it; the regularisation and the thresholds are
// chosen by five-fold cross-validation over articles, for the best F1 at a precision floor.
#pragma once

#include <filesystem>
#include <vector>

#include "extract/extractor.h"
#include "extract/relation_model.h"

namespace kg::extract {

struct TrainingOptions {
  std::vector<std::filesystem::path> gold_dirs;
  double fraction = 1.0;  // the share of the articles trained on (a learning curve), by a fixed draw
  // The thresholds are those of best F1 among those whose held-out precision, less one
  // standard error, reaches this: analysts read statements with their sources, and a wrong one
  // costs more than a missed one.
  double min_precision = 0.75;
};

// Held-out precision, recall and F1 of the statements at least this confident.
struct ThresholdScore {
  float min_confidence = 0;
  double precision = 0, recall = 0, f1 = 0;
};

// What training saw and what cross-validation measured.
struct TrainingReport {
  size_t articles = 0;
  size_t gold = 0;       // gold triples of those articles
  size_t reachable = 0;  // gold triples some candidate matches: recall's ceiling
  size_t examples = 0;
  size_t positives = 0;
  size_t features = 0;
  double cost = 0;
  float threshold = 0, rule_threshold = 0;
  double precision = 0, recall = 0, f1 = 0;  // across held-out folds, at the thresholds
  std::vector<ThresholdScore> curve;         // with --min-confidence 0.05, 0.10, ... 0.95
};

// Throws std::runtime_error naming the file and line of annotation it cannot read.
RelationModel TrainRelationModel(const Extractor& extractor, const TrainingOptions& options,
                                 TrainingReport* report);

}  // namespace kg::extract
