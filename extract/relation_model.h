// kg::extract::RelationModel — the learned part of relation extraction: a logistic regression
// over the features of a triple candidate (extract/relation_candidate.h), trained with
// liblinear on annotated articles (`kg train`). Its probability is the triple's confidence.
// A candidate is a statement when that reaches a threshold: one for the candidates a rule
// read with confidence (a clause the rules attach, which the model need only not doubt), one
// for the rest; training chooses both across held-out folds.
//
// The model is a text file, one weight per feature name, so that a reader can see what it
// learned (`sort -g`) and a diff shows what retraining changed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "extract/relation_candidate.h"

namespace kg::extract {

// A model file that is missing, truncated, malformed or written for other features.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Which features the candidate code builds; a model trained on others is refused.
inline constexpr std::string_view kRelationFeatures = "readings-1";

struct TrainingExample {
  std::vector<uint64_t> features;  // sorted, unique
  bool positive = false;
};

class RelationModel {
 public:
  // Throws ModelError naming the file (and line) of what is wrong with it.
  static RelationModel Load(const std::filesystem::path& file);

  // Fits the weights with liblinear's L2-regularised logistic regression (deterministic).
  // `cost` is liblinear's C; names gives the features' names for the file.
  static RelationModel Fit(std::span<const TrainingExample> examples, const FeatureNames& names,
                           double cost);

  // Writes the model; throws ModelError when the file cannot be written.
  void Save(const std::filesystem::path& file) const;

  // The probability that the candidate with these features is a statement of its article.
  float Probability(std::span<const uint64_t> features) const;

  // Whether a candidate with this probability is a statement; rule_confidence is its most
  // confident rule reading's (0: none).
  bool Accepts(float probability, float rule_confidence) const {
    return probability >= (rule_confidence >= kConfidentRule ? rule_threshold_ : threshold_);
  }
  static constexpr float kConfidentRule = 0.8f;

  float threshold() const { return threshold_; }
  float rule_threshold() const { return rule_threshold_; }
  void set_thresholds(float threshold, float rule_threshold) {
    threshold_ = threshold;
    rule_threshold_ = rule_threshold;
  }
  size_t size() const { return weights_.size(); }

 private:
  float threshold_ = 0.5f;
  float rule_threshold_ = 0.5f;
  double bias_ = 0;
  absl::flat_hash_map<uint64_t, double> weights_;
  std::vector<std::pair<std::string, double>> named_;  // for Save, sorted by name
};

}  // namespace kg::extract
