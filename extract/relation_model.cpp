#include "extract/relation_model.h"

#include <linear.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "text/text.h"

namespace kg::extract {
namespace {

constexpr std::string_view kMagic = "kg-relation-model";
constexpr std::string_view kFormat = "1";

bool ParseNumber(std::string_view s, double* value) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*value);
}

void Silent(const char*) {}

}  // namespace

RelationModel RelationModel::Load(const std::filesystem::path& file) {
  std::ifstream file_in(file, std::ios::binary);
  if (!file_in) throw ModelError(file.string() + ": cannot read the relation model (rebuild it with scripts/train-model)");
  std::ostringstream bytes;
  bytes << file_in.rdbuf();
  const std::string text = bytes.str();
  if (!text.empty() && text.back() != '\n') {
    throw ModelError(file.string() + ": the model is truncated (it ends in the middle of line " +
                     std::to_string(std::count(text.begin(), text.end(), '\n') + 1) + ")");
  }
  std::istringstream in(text);
  RelationModel model;
  size_t line_number = 0, expected = 0;
  bool header = false, ended = false, counted = false;
  auto fail = [&](const std::string& what) {
    throw ModelError(file.string() + ":" + std::to_string(line_number) + ": " + what);
  };
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    if (ended) fail("text after the end of the model");
    const auto f = text::Split(line, '\t');
    if (!header) {
      if (f.size() != 3 || f[0] != kMagic) fail("not a kg relation model");
      if (f[1] != kFormat || f[2] != kRelationFeatures) {
        fail("a model of another version (format " + std::string(f[1]) + ", features " + std::string(f[2]) +
             "; this kg reads format " + std::string(kFormat) + ", features " + std::string(kRelationFeatures) +
             "): retrain it with kg train");
      }
      header = true;
      continue;
    }
    double value = 0;
    if ((f[0] == "threshold" || f[0] == "rule-threshold") && !counted) {
      if (f.size() != 2 || !ParseNumber(f[1], &value) || value < 0 || value > 1) fail("bad " + std::string(f[0]));
      (f[0] == "threshold" ? model.threshold_ : model.rule_threshold_) = static_cast<float>(value);
    } else if (f[0] == "bias" && !counted) {
      if (f.size() != 2 || !ParseNumber(f[1], &value)) fail("bad bias");
      model.bias_ = value;
    } else if (f[0] == "weights" && !counted) {
      if (f.size() != 2 || !ParseNumber(f[1], &value) || value < 0) fail("bad weight count");
      expected = static_cast<size_t>(value);
      counted = true;
    } else if (f[0] == "end") {
      if (!counted || f.size() != 2 || !ParseNumber(f[1], &value) || static_cast<size_t>(value) != expected ||
          model.named_.size() != expected) {
        fail("the model is truncated or damaged: " + std::to_string(model.named_.size()) + " weights of " +
             std::to_string(expected));
      }
      ended = true;
    } else if (counted) {
      if (f.size() != 2 || !ParseNumber(f[0], &value)) fail("expected WEIGHT<TAB>FEATURE");
      model.weights_[FeatureId(f[1])] = value;
      model.named_.emplace_back(std::string(f[1]), value);
    } else {
      fail("unknown field '" + std::string(f[0]) + "'");
    }
  }
  if (!header) throw ModelError(file.string() + ": empty, not a kg relation model");
  if (!ended) {
    throw ModelError(file.string() + ": the model is truncated (" + std::to_string(model.named_.size()) + " weights of " +
                     std::to_string(expected) + ", no end line)");
  }
  return model;
}

RelationModel RelationModel::Fit(std::span<const TrainingExample> examples, const FeatureNames& names,
                                 double cost) {
  // liblinear numbers features from 1; they are numbered here in name order, so that the same
  // examples give the same problem whatever the hash order.
  std::map<std::string_view, uint64_t> by_name;
  for (const auto& example : examples) {
    for (const uint64_t id : example.features) {
      const auto it = names.find(id);
      if (it != names.end()) by_name.emplace(it->second, id);
    }
  }
  std::unordered_map<uint64_t, int> column;
  std::vector<std::string_view> column_name(1);
  for (const auto& [name, id] : by_name) {
    column.emplace(id, static_cast<int>(column_name.size()));
    column_name.push_back(name);
  }
  std::vector<std::vector<feature_node>> rows(examples.size());
  std::vector<feature_node*> x(examples.size());
  std::vector<double> y(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    for (const uint64_t id : examples[i].features) {
      if (const auto it = column.find(id); it != column.end()) rows[i].push_back({it->second, 1.0});
    }
    std::sort(rows[i].begin(), rows[i].end(), [](const auto& a, const auto& b) { return a.index < b.index; });
    rows[i].push_back({static_cast<int>(column_name.size()), 1.0});  // the bias column
    rows[i].push_back({-1, 0.0});
    x[i] = rows[i].data();
    y[i] = examples[i].positive ? 1 : -1;
  }
  problem prob{};
  prob.l = static_cast<int>(examples.size());
  prob.n = static_cast<int>(column_name.size());
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = -1;  // the bias is an ordinary (regularised) column, added above
  parameter param{};
  param.solver_type = L2R_LR;
  param.eps = 0.001;
  param.C = cost;
  set_print_string_function(Silent);
  RelationModel out;
  if (examples.empty()) return out;
  if (const char* error = check_parameter(&prob, &param)) throw ModelError(std::string("liblinear: ") + error);
  std::unique_ptr<model, void (*)(model*)> fitted(train(&prob, &param), [](model* m) { free_and_destroy_model(&m); });
  // In a two-class model the weights favour the first label liblinear saw.
  const double sign = fitted->nr_class == 2 && fitted->label[0] == 1 ? 1 : -1;
  const int n = get_nr_feature(fitted.get());
  for (int i = 1; i < n; ++i) {
    const double w = sign * fitted->w[i - 1];
    if (w == 0) continue;
    out.weights_[FeatureId(column_name[i])] = w;
    out.named_.emplace_back(std::string(column_name[i]), w);
  }
  out.bias_ = fitted->nr_class == 2 ? sign * fitted->w[n - 1] : (y.front() > 0 ? 10 : -10);
  return out;
}

void RelationModel::Save(const std::filesystem::path& file) const {
  const std::filesystem::path partial = file.string() + ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) throw ModelError(partial.string() + ": cannot write");
    out << "# kg relation model: logistic-regression weights of triple-candidate features\n"
           "# (extract/relation_candidate.h), written by kg train. A line: WEIGHT<TAB>FEATURE.\n";
    out << kMagic << '\t' << kFormat << '\t' << kRelationFeatures << '\n';
    char number[64];
    std::snprintf(number, sizeof number, "%.4f", static_cast<double>(threshold_));
    out << "threshold\t" << number << '\n';
    std::snprintf(number, sizeof number, "%.4f", static_cast<double>(rule_threshold_));
    out << "rule-threshold\t" << number << '\n';
    std::snprintf(number, sizeof number, "%.6g", bias_);
    out << "bias\t" << number << '\n';
    out << "weights\t" << named_.size() << '\n';
    for (const auto& [name, weight] : named_) {
      std::snprintf(number, sizeof number, "%.6g", weight);
      out << number << '\t' << name << '\n';
    }
    out << "end\t" << named_.size() << '\n';
    if (!out.flush()) throw ModelError(partial.string() + ": cannot write");
  }
  std::error_code error;
  std::filesystem::rename(partial, file, error);
  if (error) throw ModelError(file.string() + ": cannot write: " + error.message());
}

float RelationModel::Probability(std::span<const uint64_t> features) const {
  double z = bias_;
  for (const uint64_t id : features) {
    if (const auto it = weights_.find(id); it != weights_.end()) z += it->second;
  }
  return static_cast<float>(1 / (1 + std::exp(-z)));
}

}  // namespace kg::extract
