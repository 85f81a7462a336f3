// kg::extract::Extractor — an article in, the statements it makes out: entity pairs joined by
// a schema predicate, each with its polarity, attribution and evidence. This is what
// `kg extract` prints and what `kg ingest` stores.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/recognizer.h"
#include "extract/relation_candidate.h"
#include "graph/document.h"

namespace kg::extract {

// What the relation model weighs in one article (Extractor::Candidates).
struct ArticleCandidates {
  Recognition recognition;  // views the article's text
  std::vector<TripleCandidate> triples;
};

struct ExtractorOptions {
  // Statements less confident than this (0 to 1) are left out.
  float min_confidence = 0;
  // The relation model (kg train): this file, else the data directory's relations.model.
  std::filesystem::path model;
  // The rules' statements as they are, with their own confidences, whatever model there is
  // (what the rules' tests check, and what the model is trained from).
  bool rules_only = false;

  static ExtractorOptions RulesOnly(float min_confidence = 0) {
    ExtractorOptions options;
    options.min_confidence = min_confidence;
    options.rules_only = true;
    return options;
  }
};

class Extractor {
 public:
  // Loads the lexicons and trigger tables of a data directory, and the relation model; a data
  // directory without one extracts with the rules alone. Throws std::runtime_error naming the
  // file and line of anything it cannot read (ModelError for the model).
  static Extractor Load(const std::filesystem::path& data_dir, const ExtractorOptions& options = {});

  // The article's statements, in text order. Evidence offsets count code points of
  // article.text; sentence numbers start at 1. Safe to call from several threads at once.
  std::vector<graph::Statement> Extract(const Article& article) const;

  // The readings and triple candidates of an article, whatever the model says of them (what
  // `kg train` learns from); feature names are added to `names` when it is given.
  ArticleCandidates Candidates(const Article& article, FeatureNames* names = nullptr) const;

  // Changes whenever the rules or tables change what is extracted, so that `kg ingest`
  // re-extracts stored articles (it is part of each article's content hash).
  std::string_view version() const;

 private:
  struct Rules;
  explicit Extractor(std::shared_ptr<const Rules> rules) : rules_(std::move(rules)) {}
  std::shared_ptr<const Rules> rules_;
};

}  // namespace kg::extract
