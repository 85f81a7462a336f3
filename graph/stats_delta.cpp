#include "graph/stats_delta.h"

namespace kg::graph {

using encoding::KeyPredicate;

void StatsDelta::Record(const Triple& t, int sign) {
  const TermId p = KeyPredicate(t.p, t.negated);
  triples_[p] += sign;
  auto& sp = subjects_[PairKey(t.s, p)];
  auto& po = objects_[PairKey(p, t.o)];
  (sign > 0 ? sp.added : sp.removed) += 1;
  (sign > 0 ? po.added : po.removed) += 1;
  degrees_[t.s].out += sign;
  degrees_[t.o].in += sign;
  globals_[std::string(kTriplesCounter)] += sign;
}

namespace {

uint64_t Apply(uint64_t before, int64_t delta) {
  const int64_t after = static_cast<int64_t>(before) + delta;
  return after > 0 ? static_cast<uint64_t>(after) : 0;
}

std::string Varints(std::initializer_list<uint64_t> values) {
  std::string out;
  for (uint64_t v : values) encoding::PutVarint(&out, v);
  return out;
}

// Whether a (first, second) prefix holds keys after the write, minus whether it did before.
int DistinctChange(const Reader& before, bool empty_before, Cf cf, TermId first, TermId second,
                   int64_t added, int64_t removed) {
  uint64_t had = 0;
  if (!empty_before) {
    std::string prefix = encoding::IdKey(first);
    encoding::PutId(&prefix, second);
    // Enough to know whether any key survives the removals.
    had = before.CountPrefix(cf, prefix, static_cast<uint64_t>(removed) + 1);
  }
  const bool existed = had > 0;
  const bool exists = added > 0 || had > static_cast<uint64_t>(removed);
  return int{exists} - int{existed};
}

}  // namespace

std::map<std::string, std::string> StatsDelta::Resolve(const Reader& before) const {
  const bool empty_before = before.GetCounter(encoding::GlobalStatKey(kTriplesCounter)) == 0;
  std::unordered_map<TermId, std::pair<int64_t, int64_t>> distinct;  // key p -> subjects, objects
  for (const auto& [key, d] : subjects_) {
    distinct[static_cast<TermId>(key)].first += DistinctChange(
        before, empty_before, Cf::kSpo, static_cast<TermId>(key >> 32), static_cast<TermId>(key),
        d.added, d.removed);
  }
  for (const auto& [key, d] : objects_) {
    distinct[static_cast<TermId>(key >> 32)].second += DistinctChange(
        before, empty_before, Cf::kPos, static_cast<TermId>(key >> 32), static_cast<TermId>(key),
        d.added, d.removed);
  }

  std::map<std::string, std::string> records;
  for (const auto& [p, n] : triples_) {
    const std::string key = encoding::PredicateStatKey(p);
    auto old = empty_before ? std::vector<uint64_t>(3, 0) : before.GetCounters(key, 3);
    const auto& [ds, dob] = distinct[p];
    records[key] = Varints({Apply(old[0], n), Apply(old[1], ds), Apply(old[2], dob)});
  }
  for (const auto& [term, d] : degrees_) {
    if (d.out == 0 && d.in == 0) continue;
    const std::string key = encoding::DegreeStatKey(term);
    auto old = empty_before ? std::vector<uint64_t>(2, 0) : before.GetCounters(key, 2);
    records[key] = Varints({Apply(old[0], d.out), Apply(old[1], d.in)});
  }
  for (const auto& [name, n] : globals_) {
    if (n == 0) continue;
    const std::string key = encoding::GlobalStatKey(name);
    records[key] = Varints({Apply(before.GetCounter(key), n)});
  }
  return records;
}

}  // namespace kg::graph
