#include "extract/relation_trainer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <vector>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "extract/article.h"
#include "graph/schema.h"
#include "text/text.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;
using Ids = std::set<std::string>;

struct GoldTriple {
  Ids subject, object;
  std::string predicate;
  bool negated = false;
};

struct AnnotatedArticle {
  Article article;
  std::vector<GoldTriple> gold;
  uint64_t draw = 0;  // orders articles for folds and fractions, the same on every machine
};

// One annotated directory: entity names by MatchKey, and its articles.
class AnnotatedSet {
 public:
  explicit AnnotatedSet(const fs::path& dir) {
    ForEachJson(dir / "entities.jsonl", [&](const nlohmann::json& row, const std::string& where) {
      const std::string id = Text(row, "id", where);
      std::string spaced = id;
      std::replace(spaced.begin(), spaced.end(), '_', ' ');
      by_key_[text::MatchKey(spaced)].insert(id);
      for (const char* field : {"en", "ar"}) {
        if (!row.contains(field)) continue;
        for (const auto& name : row[field]) {
          if (name.is_string()) by_key_[text::MatchKey(name.get<std::string>())].insert(id);
        }
      }
    });
    std::map<std::string, std::vector<GoldTriple>> gold;
    if (std::ifstream listed(dir / "docs.txt"); listed) {
      for (std::string doc; listed >> doc;) gold[doc];
    }
    ForEachJson(dir / "gold.jsonl", [&](const nlohmann::json& row, const std::string& where) {
      GoldTriple triple;
      triple.subject = IdSet(row, "s", where);
      triple.object = IdSet(row, "o", where);
      triple.predicate = Text(row, "p", where);
      triple.negated = row.value("negated", false);
      gold[Text(row, "doc", where)].push_back(std::move(triple));
    });
    for (auto& [doc, triples] : gold) {
      const fs::path file = dir / "articles" / (doc + ".txt");
      std::ifstream in(file, std::ios::binary);
      if (!in) throw std::runtime_error(file.string() + ": cannot read an annotated article");
      std::ostringstream bytes;
      bytes << in.rdbuf();
      AnnotatedArticle annotated{ReadArticle(doc, bytes.str()), std::move(triples), FeatureId(doc)};
      articles_.push_back(std::move(annotated));
    }
  }

  // The gold ids an entity's label and Arabic names resolve to, as the scorer resolves them.
  Ids Resolve(const graph::EntityInfo& entity, const std::vector<std::string>& names) const {
    Ids ids;
    auto add = [&](std::string_view name) {
      if (const auto it = by_key_.find(text::MatchKey(name)); it != by_key_.end()) ids.insert(it->second.begin(), it->second.end());
    };
    add(entity.label);
    for (const auto& name : names) add(name);
    return ids;
  }

  std::vector<AnnotatedArticle>& articles() { return articles_; }

 private:
  template <typename Row>
  static void ForEachJson(const fs::path& file, Row row) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file.string() + ": cannot read");
    size_t number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = file.string() + ":" + std::to_string(number);
      const auto object = nlohmann::json::parse(line, nullptr, false);
      if (!object.is_object()) throw std::runtime_error(where + ": not a JSON object");
      row(object, where);
    }
  }
  static std::string Text(const nlohmann::json& row, const char* field, const std::string& where) {
    if (!row.contains(field) || !row[field].is_string()) {
      throw std::runtime_error(where + ": \"" + field + "\" must be a string");
    }
    return row[field].get<std::string>();
  }
  // "iran" or ["iran", "irgc"] (the annotators accept either), or "iran|irgc".
  static Ids IdSet(const nlohmann::json& row, const char* field, const std::string& where) {
    Ids ids;
    if (row.contains(field) && row[field].is_array()) {
      for (const auto& id : row[field]) {
        if (id.is_string()) ids.insert(id.get<std::string>());
      }
    } else {
      std::stringstream alternatives(Text(row, field, where));
      for (std::string id; std::getline(alternatives, id, '|');) ids.insert(id);
    }
    if (ids.empty()) throw std::runtime_error(where + ": \"" + field + "\" names no entity");
    return ids;
  }

  std::unordered_map<std::string, Ids> by_key_;
  std::vector<AnnotatedArticle> articles_;
};

bool Meets(const Ids& a, const Ids& b) {
  return std::any_of(a.begin(), a.end(), [&](const auto& id) { return b.contains(id); });
}

// An example with the gold triples (numbered across all articles) it would match.
struct Labelled {
  TrainingExample example;
  size_t article = 0;
  bool ruled = false;  // a rule read it with confidence: the rule threshold applies
  std::vector<size_t> matches;
};

struct Score {
  double precision = 0, recall = 0, f1 = 0;
  // The precision less one standard error of its estimate over the accepted examples: the
  // floor a choice must reach, so that a precision measured on few articles just above the
  // floor does not fall below it on the next articles.
  double precision_low = 0;
};

// Micro P/R/F1 of accepting the examples at or above their threshold: `rule_threshold` for
// those a rule read with confidence, `threshold` for the rest. A gold triple counts once.
Score Measure(const std::vector<Labelled>& data, const std::vector<float>& probability, float threshold,
              float rule_threshold, size_t gold) {
  size_t accepted = 0, positive = 0, found = 0;
  std::vector<bool> seen(gold, false);
  for (size_t i = 0; i < data.size(); ++i) {
    if (probability[i] < (data[i].ruled ? rule_threshold : threshold)) continue;
    ++accepted;
    positive += data[i].example.positive;
    for (const size_t g : data[i].matches) {
      if (!seen[g]) seen[g] = true, ++found;
    }
  }
  const size_t tp = std::min(positive, found);
  Score s;
  s.precision = accepted ? static_cast<double>(tp) / static_cast<double>(accepted) : 0;
  s.recall = gold ? static_cast<double>(tp) / static_cast<double>(gold) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  if (accepted) s.precision_low = s.precision - std::sqrt(s.precision * (1 - s.precision) / static_cast<double>(accepted));
  return s;
}

}  // namespace

RelationModel TrainRelationModel(const Extractor& extractor, const TrainingOptions& options,
                                 TrainingReport* report) {
  std::vector<AnnotatedSet> sets;
  for (const auto& dir : options.gold_dirs) sets.emplace_back(dir);
  // Articles in a fixed draw (a hash of their names): the folds and a fraction's share.
  std::vector<std::pair<AnnotatedSet*, AnnotatedArticle*>> articles;
  for (auto& set : sets) {
    for (auto& article : set.articles()) articles.emplace_back(&set, &article);
  }
  std::stable_sort(articles.begin(), articles.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second->draw, a.second->article.name) < std::tie(b.second->draw, b.second->article.name);
  });
  const auto kept = static_cast<size_t>(std::clamp(options.fraction, 0.0, 1.0) * static_cast<double>(articles.size()) + 0.5);
  articles.resize(std::max<size_t>(kept, std::min<size_t>(articles.size(), 1)));

  FeatureNames names;
  std::vector<Labelled> data;
  size_t gold_total = 0;
  std::set<size_t> reachable;
  for (size_t a = 0; a < articles.size(); ++a) {
    const auto& [set, annotated] = articles[a];
    const ArticleCandidates candidates = extractor.Candidates(annotated->article, &names);
    for (const TripleCandidate& triple : candidates.triples) {
      const graph::Statement& best = triple.statements.front();
      // The article's names of an argument (a symmetric triple's best reading may be reversed).
      auto names_of = [&](const graph::EntityInfo& info) {
        for (const int32_t entity : {triple.subject, triple.object}) {
          if (entity >= 0 && candidates.recognition.entities[entity].id == info.id) {
            return candidates.recognition.entities[entity].aliases;
          }
        }
        return info.aliases;
      };
      const Ids s = set->Resolve(best.subject, names_of(best.subject));
      const Ids o = set->Resolve(best.object, names_of(best.object));
      const auto* schema = graph::FindSchemaPredicate(best.predicate);
      const bool symmetric = schema != nullptr && schema->symmetric;
      Labelled labelled;
      labelled.article = a;
      labelled.example.features = triple.features;
      labelled.ruled = triple.rule_confidence >= RelationModel::kConfidentRule;
      for (size_t g = 0; g < annotated->gold.size(); ++g) {
        const GoldTriple& gold = annotated->gold[g];
        if (gold.predicate != best.predicate || gold.negated != best.negated) continue;
        if ((Meets(s, gold.subject) && Meets(o, gold.object)) ||
            (symmetric && Meets(s, gold.object) && Meets(o, gold.subject))) {
          labelled.matches.push_back(gold_total + g);
        }
      }
      labelled.example.positive = !labelled.matches.empty();
      reachable.insert(labelled.matches.begin(), labelled.matches.end());
      data.push_back(std::move(labelled));
    }
    gold_total += annotated->gold.size();
  }

  // Five folds by article; each cost's held-out probabilities choose it and its threshold. A
  // weaker regularisation (a higher cost) must beat the stronger one by kMargin, and lose no
  // more than kMargin of its precision: F1 alone flips between costs with a handful of examples,
  // each flip moves thousands of corpus statements, and a weaker one that buys recall with
  // precision on these articles adds mostly wrong statements over the corpus (C 0.1 against
  // 0.03 once gained 0.006 F1 for 0.028 precision, and a third of its 4,050 new triples were
  // right).
  constexpr size_t kFolds = 5;
  constexpr double kMargin = 0.005;
  Score best_score;
  double best_cost = 1;
  float best_threshold = 0.5f, best_rule_threshold = 0.5f;
  std::vector<ThresholdScore> best_curve;
  for (const double cost : {0.03, 0.1, 0.3, 1.0}) {
    std::vector<float> held_out(data.size(), 0);
    for (size_t fold = 0; fold < kFolds && articles.size() >= kFolds; ++fold) {
      std::vector<TrainingExample> train;
      for (const auto& d : data) {
        if (d.article % kFolds != fold) train.push_back(d.example);
      }
      const RelationModel model = RelationModel::Fit(train, names, cost);
      for (size_t i = 0; i < data.size(); ++i) {
        if (data[i].article % kFolds == fold) held_out[i] = model.Probability(data[i].example.features);
      }
    }
    // Of the thresholds within kMargin of the best F1 above the precision floor, the most
    // precise: the F1 curve is flat near its top, and there a user is better served by fewer,
    // surer statements.
    struct Choice {
      Score score;
      float threshold, rule_threshold;
    };
    std::vector<Choice> choices;
    double top_f1 = 0;
    for (int step = 5; step <= 95; ++step) {
      for (int rule_step = 5; rule_step <= 95; rule_step += 5) {
        const float threshold = static_cast<float>(step) / 100, rule_threshold = static_cast<float>(rule_step) / 100;
        const Score score = Measure(data, held_out, threshold, rule_threshold, gold_total);
        if (score.precision_low < options.min_precision) continue;
        choices.push_back({score, threshold, rule_threshold});
        top_f1 = std::max(top_f1, score.f1);
      }
    }
    Score cost_score;
    float cost_threshold = 0.5f, cost_rule_threshold = 0.5f;
    for (const Choice& c : choices) {
      if (c.score.f1 >= top_f1 - kMargin && c.score.precision > cost_score.precision) {
        cost_score = c.score, cost_threshold = c.threshold, cost_rule_threshold = c.rule_threshold;
      }
    }
    const double margin = best_curve.empty() ? 0 : kMargin;
    if (cost_score.f1 <= best_score.f1 + margin || cost_score.precision < best_score.precision - margin) continue;
    best_score = cost_score, best_cost = cost;
    best_threshold = cost_threshold, best_rule_threshold = cost_rule_threshold;
    // What --min-confidence adds: every statement must also reach it.
    best_curve.clear();
    for (int step = 5; step <= 95; step += 5) {
      const float floor = static_cast<float>(step) / 100;
      const Score score = Measure(data, held_out, std::max(floor, best_threshold), std::max(floor, best_rule_threshold),
                                  gold_total);
      best_curve.push_back({floor, score.precision, score.recall, score.f1});
    }
  }
  std::vector<TrainingExample> all;
  for (const auto& d : data) all.push_back(d.example);
  RelationModel model = RelationModel::Fit(all, names, best_cost);
  model.set_thresholds(best_threshold, best_rule_threshold);

  if (report != nullptr) {
    report->articles = articles.size();
    report->gold = gold_total;
    report->reachable = reachable.size();
    report->examples = data.size();
    report->positives = static_cast<size_t>(std::count_if(data.begin(), data.end(), [](const auto& d) { return d.example.positive; }));
    report->features = model.size();
    report->cost = best_cost;
    report->threshold = best_threshold;
    report->rule_threshold = best_rule_threshold;
    report->precision = best_score.precision;
    report->recall = best_score.recall;
    report->f1 = best_score.f1;
    report->curve = std::move(best_curve);
  }
  return model;
}

}  // namespace kg::extract
