#include "extract/extractor.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "extract/recognizer.h"
#include "extract/relation_finder.h"
#include "extract/relation_model.h"
#include "extract/role_record.h"
#include "extract/trigger_table.h"

namespace kg::extract {
namespace {

// Bumped when the extraction code changes what it finds; the digest of the data directory
// covers edits to the lexicons and trigger tables.
constexpr std::string_view kCodeVersion = "relations-3";

// FNV-1a over a data file, or every file of a data directory in name order: cheap, stable
// across runs and machines.
std::string DataDigest(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_regular_file(path)) {
    files.push_back(path);
  } else {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  uint64_t hash = kFnvBasis;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    hash = Fnv1a(bytes.str(), hash);
  }
  char digest[17];
  std::snprintf(digest, sizeof digest, "%016llx", static_cast<unsigned long long>(hash));
  return digest;
}

}  // namespace

struct Extractor::Rules {
  Recognizer recognizer;
  TriggerTable triggers;
  Particles particles;
  float min_confidence;
  std::string version;
  std::optional<RelationModel> model;  // none: the rules' statements as they are
};

Extractor Extractor::Load(const std::filesystem::path& data_dir, const ExtractorOptions& options) {
  std::string version = std::string(kCodeVersion) + "+" + DataDigest(data_dir);
  const float min_confidence = options.min_confidence;
  std::optional<RelationModel> model;
  if (options.rules_only) {
    version += "+rules";
  } else if (!options.model.empty()) {
    model = RelationModel::Load(options.model);
    version += "+model" + DataDigest(options.model);
  } else if (std::filesystem::exists(data_dir / "relations.model")) {
    model = RelationModel::Load(data_dir / "relations.model");
  }
  if (min_confidence > 0) {
    char threshold[32];
    std::snprintf(threshold, sizeof threshold, "+min%.2f", static_cast<double>(min_confidence));
    version += threshold;
  }
  return Extractor(std::make_shared<const Rules>(
      Rules{Recognizer::Load(data_dir), TriggerTable::Load(data_dir / "triggers.tsv"), Particles(),
            min_confidence, std::move(version), std::move(model)}));
}

ArticleCandidates Extractor::Candidates(const Article& article, FeatureNames* names) const {
  ArticleCandidates out{rules_->recognizer.Find(article), {}};
  std::vector<graph::Statement> by_rules;  // the rules' own statements, which they de-duplicate by
  CandidateSet candidates(names);
  FindRelations(out.recognition, rules_->recognizer.lexicon(), rules_->triggers, rules_->particles,
                &by_rules, &candidates);
  out.triples = candidates.Finish(out.recognition);
  return out;
}

std::vector<graph::Statement> Extractor::Extract(const Article& article) const {
  std::vector<graph::Statement> out;
  Recognition recognition;
  if (rules_->model) {
    // The model decides each triple; its statements are its best reading and the rules' others.
    ArticleCandidates candidates = Candidates(article);
    recognition = std::move(candidates.recognition);
    for (TripleCandidate& triple : candidates.triples) {
      const float p = rules_->model->Probability(triple.features);
      if (!rules_->model->Accepts(p, triple.rule_confidence)) continue;
      for (auto& statement : triple.statements) {
        statement.evidence.confidence = p;
        out.push_back(std::move(statement));
      }
    }
  } else {
    recognition = rules_->recognizer.Find(article);
    FindRelations(recognition, rules_->recognizer.lexicon(), rules_->triggers, rules_->particles, &out);
  }
  AgreeWithRecord(rules_->recognizer.lexicon(), article.date, &out);
  std::erase_if(out, [&](const auto& st) { return st.evidence.confidence < rules_->min_confidence; });
  // Role triples are read before a sentence's triggers; text order is by sentence, then trigger.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.evidence.sentence, a.evidence.trigger.begin) <
           std::tie(b.evidence.sentence, b.evidence.trigger.begin);
  });
  // Each entity's first statement carries every name the article gave it, which the store keeps
  // as aliases; on every statement they would cost statements times names.
  std::unordered_map<std::string_view, const graph::EntityInfo*> names;
  for (const auto& entity : recognition.entities) names.emplace(entity.id, &entity);
  auto add_names = [&](graph::EntityInfo* info) {
    const auto it = names.find(info->id);
    if (it == names.end() || it->second == nullptr) return;
    // In the recognition's order, which puts a lexicon entity's own name first (the store shows
    // the first), then the statement's words if the recognition lacks them.
    std::vector<std::string> all = it->second->aliases;
    for (auto& alias : info->aliases) {
      if (std::ranges::find(all, alias) == all.end()) all.push_back(std::move(alias));
    }
    info->aliases = std::move(all);
    it->second = nullptr;
  };
  for (auto& st : out) {
    add_names(&st.subject);
    add_names(&st.object);
  }
  return out;
}

std::string_view Extractor::version() const { return rules_->version; }

}  // namespace kg::extract
