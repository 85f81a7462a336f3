#include "extract/relation_candidate.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "graph/schema.h"

namespace kg::extract {

uint64_t Fnv1a(std::string_view bytes, uint64_t hash) {
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash;
}

namespace {

bool Symmetric(std::string_view predicate) {
  static const auto* const symmetric = [] {
    auto* set = new std::unordered_set<std::string_view>;
    for (const auto& p : graph::SchemaPredicates()) {
      if (p.symmetric) set->insert(p.id);
    }
    return set;
  }();
  return symmetric->contains(predicate);
}

}  // namespace

void FeatureBuilder::Add(std::string_view prefix, std::string_view name, std::string_view value,
                         std::string_view more) {
  // Hashed part by part, as FeatureId would hash the whole name: no string is built unless
  // the names are wanted.
  // A reading's features share two prefixes (its predicate and "*"): their hashes are kept,
  // keyed by where the prefix lies, which holds for the builder's life (one reading).
  uint64_t* cached = nullptr;
  for (auto& [text, hash] : prefixes_) {
    if (text.data() == prefix.data() && text.size() == prefix.size()) cached = &hash;
  }
  if (cached == nullptr) {
    prefixes_[next_prefix_] = {prefix, Fnv1a("|", Fnv1a(prefix))};
    cached = &prefixes_[next_prefix_].second;
    next_prefix_ = (next_prefix_ + 1) % prefixes_.size();
  }
  uint64_t id = Fnv1a(value, Fnv1a("=", Fnv1a(name, *cached)));
  if (!more.empty()) id = Fnv1a(more, Fnv1a(",", id));
  out_->push_back(id);
  if (names_ == nullptr) return;
  buffer_.assign(prefix);
  buffer_ += '|';
  buffer_ += name;
  buffer_ += '=';
  buffer_ += value;
  if (!more.empty()) {
    buffer_ += ',';
    buffer_ += more;
  }
  names_->try_emplace(id, buffer_);
}

int64_t CandidateSet::Lookup(std::string_view subject_id, std::string_view predicate, std::string_view object_id,
                             bool negated, bool add) {
  if (object_id < subject_id && Symmetric(predicate)) std::swap(subject_id, object_id);
  uint64_t hash = Fnv1a(object_id, Fnv1a("|", Fnv1a(predicate, Fnv1a("|", Fnv1a(subject_id)))));
  hash = hash * 2 + negated;
  // Open addressing over the hash: a collision (never seen) moves on to the next value.
  for (;; ++hash) {
    const auto it = index_.find(hash);
    if (it != index_.end()) {
      const Key& key = keys_[it->second];
      if (key.subject == subject_id && key.predicate == predicate && key.object == object_id && key.negated == negated) {
        return static_cast<int64_t>(it->second);
      }
      continue;
    }
    if (!add) return -1;
    index_.emplace(hash, triples_.size());
    keys_.push_back({std::string(subject_id), std::string(predicate), std::string(object_id), negated});
    triples_.emplace_back();
    best_.emplace_back();
    compacted_.push_back(0);
    return static_cast<int64_t>(triples_.size() - 1);
  }
}

TripleCandidate& CandidateSet::Find(std::string_view subject_id, std::string_view predicate,
                                    std::string_view object_id, bool negated, int32_t subject, int32_t object) {
  const size_t index = static_cast<size_t>(Lookup(subject_id, predicate, object_id, negated, true));
  TripleCandidate& triple = triples_[index];
  if (triple.readings == 0) {
    triple.subject = subject;
    triple.object = object;
  }
  return triple;
}

bool CandidateSet::CountIfSaturated(std::string_view subject_id, std::string_view predicate,
                                    std::string_view object_id, bool negated) {
  const int64_t index = Lookup(subject_id, predicate, object_id, negated, false);
  if (index < 0 || triples_[static_cast<size_t>(index)].readings < kMaxMerged) return false;
  ++triples_[static_cast<size_t>(index)].readings;
  return true;
}

void CandidateSet::Merge(size_t index, std::span<const uint64_t> features) {
  TripleCandidate& triple = triples_[index];
  if (++triple.readings > kMaxMerged) return;
  auto& all = triple.features;
  all.insert(all.end(), features.begin(), features.end());
  // A pair read many times keeps its distinct features, not every reading's copy.
  if (all.size() > 2 * compacted_[index] + 256) {
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    compacted_[index] = all.size();
  }
}

namespace {

std::string_view Bucket(size_t n) {
  return n <= 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : "9+";
}

}  // namespace

std::vector<TripleCandidate> CandidateSet::Finish(const Recognition& recognition) {
  std::vector<uint32_t> named(recognition.entities.size(), 0);
  for (const auto& m : recognition.mentions) ++named[m.entity];
  auto times_named = [&](int32_t entity) { return entity >= 0 ? named[entity] : 0u; };
  // What a rule read of the same two entities under another predicate: a pair a title makes a
  // leader and its state is not also allied or at war.
  std::map<std::pair<int32_t, int32_t>, std::vector<std::string_view>> ruled;
  auto pair_of = [](const TripleCandidate& t) { return std::minmax(t.subject, t.object); };
  for (size_t i = 0; i < triples_.size(); ++i) {
    if (best_[i].by_rule && triples_[i].object >= 0) ruled[pair_of(triples_[i])].push_back(triples_[i].statements.front().predicate);
  }
  for (size_t i = 0; i < triples_.size(); ++i) {
    TripleCandidate& triple = triples_[i];
    const std::string_view p = triple.statements.front().predicate;
    FeatureBuilder fb(&triple.features, names_);
    fb.Add(p, "n", Bucket(triple.readings));
    fb.Add("*", "n", Bucket(triple.readings));
    fb.Add(p, "sn", Bucket(times_named(triple.subject)));
    fb.Add(p, "on", Bucket(times_named(triple.object)));
    fb.Add("*", "sn", Bucket(times_named(triple.subject)));
    fb.Add("*", "on", Bucket(times_named(triple.object)));
    if (!best_[i].by_rule) fb.Add(p, "norule", "");
    if (const auto it = ruled.find(pair_of(triple)); it != ruled.end()) {
      for (const std::string_view other : it->second) {
        if (other != p) fb.Add(p, "pair-ruled", other);
      }
    }
    triple.rule_confidence = best_[i].by_rule ? best_[i].rule_confidence : 0;
    std::sort(triple.features.begin(), triple.features.end());
    triple.features.erase(std::unique(triple.features.begin(), triple.features.end()), triple.features.end());
  }
  index_.clear();
  keys_.clear();
  best_.clear();
  compacted_.clear();
  return std::move(triples_);
}

}  // namespace kg::extract
