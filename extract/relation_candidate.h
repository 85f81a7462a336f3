// What the relation model decides on. The rules and the trigger lexicon propose readings
// generously, each a possible statement of one sentence with the features that describe it
// (the trigger and its form, the arguments' types and places, what lies between them,
// negation, the rule that proposed it). The readings of one (subject, predicate, object,
// polarity) in an article are gathered, as they are proposed, into one triple candidate, which
// the model accepts or not; an article costs memory by its candidates, not its readings.
// Features are hashed names ("attacked|w=قصف"), so that extraction builds no strings; training
// asks for the names as well.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/recognizer.h"
#include "graph/document.h"

namespace kg::extract {

// 64-bit FNV-1a over bytes, continuing from `hash`: stable across runs and machines, and
// cheap to extend part by part.
inline constexpr uint64_t kFnvBasis = 1469598103934665603ull;
uint64_t Fnv1a(std::string_view bytes, uint64_t hash = kFnvBasis);

// The id of a feature name (model files keep names and hash them when they are read).
inline uint64_t FeatureId(std::string_view name) { return Fnv1a(name); }

// Names of feature ids, filled only while training.
using FeatureNames = std::unordered_map<uint64_t, std::string>;

// Builds feature ids under a prefix (the predicate, or "*" for what all predicates share).
class FeatureBuilder {
 public:
  FeatureBuilder(std::vector<uint64_t>* out, FeatureNames* names) : out_(out), names_(names) {}
  // Adds "prefix|name=value" (",more" after value when more is given).
  void Add(std::string_view prefix, std::string_view name, std::string_view value,
           std::string_view more = {});

 private:
  std::vector<uint64_t>* out_;
  FeatureNames* names_;
  std::string buffer_;
  std::array<std::pair<std::string_view, uint64_t>, 2> prefixes_{};  // recent prefixes, hashed
  size_t next_prefix_ = 0;
};

// One (subject, predicate, object, polarity) of an article; a symmetric predicate's two
// directions are one candidate.
struct TripleCandidate {
  int32_t subject = -1;  // index into Recognition::entities
  int32_t object = -1;   // -1: a state the lexicon gives a person's title
  std::vector<graph::Statement> statements;  // its best reading first, then the rules' others
  std::vector<uint64_t> features;            // its readings' and the article's, sorted, unique
  size_t readings = 0;
  float rule_confidence = 0;  // the most confident rule reading's confidence; 0: no rule's
};

// How a reading ranks among its triple's: a rule's first (the more confident), then the one
// nearest its trigger.
struct ReadingRank {
  bool by_rule = false;
  float rule_confidence = 0;
  uint32_t distance = 0;  // words from the trigger to the farther argument
  bool operator<(const ReadingRank& other) const {
    return std::make_tuple(!by_rule, -rule_confidence, distance) <
           std::make_tuple(!other.by_rule, -other.rule_confidence, other.distance);
  }
};

// Gathers an article's readings into triple candidates, in the order of their first reading.
class CandidateSet {
 public:
  explicit CandidateSet(FeatureNames* names) : names_(names) {}
  FeatureNames* names() const { return names_; }

  // Adds a reading of `statement` (made only when it is needed: when it is a rule's or the
  // best of its triple so far) with its features.
  template <typename MakeStatement>
  void Add(std::string_view subject_id, std::string_view predicate, std::string_view object_id,
           bool negated, int32_t subject, int32_t object, ReadingRank rank,
           std::span<const uint64_t> features, MakeStatement make) {
    TripleCandidate& triple = Find(subject_id, predicate, object_id, negated, subject, object);
    const size_t index = static_cast<size_t>(&triple - triples_.data());
    Merge(index, features);
    if (triple.statements.empty() || rank < best_[index]) {
      if (!triple.statements.empty() && !best_[index].by_rule) triple.statements.erase(triple.statements.begin());
      triple.statements.insert(triple.statements.begin(), make());
      best_[index] = rank;
    } else if (rank.by_rule) {
      triple.statements.push_back(make());
    }
  }

  // Counts one more reading of a triple already read kMaxMerged times, whose features it has
  // shown: what lets a text that repeats itself cost linear time. False when the triple wants
  // the reading described and added.
  bool CountIfSaturated(std::string_view subject_id, std::string_view predicate, std::string_view object_id,
                        bool negated);
  static constexpr size_t kMaxMerged = 32;

  // The candidates, with what the article says of each pair as a whole: how many readings it
  // has, how often each argument is named, whether a rule made one.
  std::vector<TripleCandidate> Finish(const Recognition& recognition);

 private:
  // The index of a triple (found or added when `add`), or -1.
  int64_t Lookup(std::string_view subject_id, std::string_view predicate, std::string_view object_id,
                 bool negated, bool add);
  TripleCandidate& Find(std::string_view subject_id, std::string_view predicate, std::string_view object_id,
                        bool negated, int32_t subject, int32_t object);
  void Merge(size_t index, std::span<const uint64_t> features);

  struct Key {
    std::string subject, predicate, object;
    bool negated;
  };
  FeatureNames* names_;
  std::unordered_map<uint64_t, size_t> index_;  // a key's hash -> its triple
  std::vector<Key> keys_;
  std::vector<TripleCandidate> triples_;
  std::vector<ReadingRank> best_;
  std::vector<size_t> compacted_;  // a triple's feature count when last made unique
};

}  // namespace kg::extract
