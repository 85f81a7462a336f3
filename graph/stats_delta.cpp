#include "graph/stats_delta.h"

#include <algorithm>

namespace kg::graph {

using encoding::KeyPredicate;

void StatsDelta::Record(const Triple& t, int sign) {
  changes_.push_back(Change{t.s, KeyPredicate(t.p, t.negated), t.o, sign});
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

std::vector<std::pair<std::string, std::string>> StatsDelta::Resolve(const Reader& before) const {
  const bool empty_before = before.GetCounter(encoding::GlobalStatKey(kTriplesCounter)) == 0;
  struct PredicateDelta {
    int64_t triples = 0, subjects = 0, objects = 0;
  };
  std::map<TermId, PredicateDelta> predicates;
  std::vector<Change> changes = changes_;

  // Runs of one (first, second) pair in the sorted changes decide one distinct count.
  auto distinct = [&](auto first, auto second, Cf cf, int64_t PredicateDelta::*field) {
    std::ranges::sort(changes, [&](const Change& a, const Change& b) {
      return std::pair(first(a), second(a)) < std::pair(first(b), second(b));
    });
    for (size_t i = 0; i < changes.size();) {
      int64_t added = 0, removed = 0;
      size_t j = i;
      for (; j < changes.size() && first(changes[j]) == first(changes[i]) &&
             second(changes[j]) == second(changes[i]);
           ++j) {
        (changes[j].sign > 0 ? added : removed) += 1;
      }
      predicates[changes[i].p].*field += DistinctChange(
          before, empty_before, cf, first(changes[i]), second(changes[i]), added, removed);
      i = j;
    }
  };
  distinct([](const Change& c) { return c.s; }, [](const Change& c) { return c.p; }, Cf::kSpo,
           &PredicateDelta::subjects);
  distinct([](const Change& c) { return c.p; }, [](const Change& c) { return c.o; }, Cf::kPos,
           &PredicateDelta::objects);
  for (const auto& c : changes) predicates[c.p].triples += c.sign;

  // The records go out in key order with no sorting: degrees ("d" + id) by term, the globals
  // ("g" + name) by name, then the predicates ("p" + id) by id.
  std::vector<std::pair<std::string, std::string>> records;

  // Degrees: one (term, out, in) entry per end of each changed triple, summed per term.
  struct DegreeDelta {
    TermId term;
    int64_t out, in;
  };
  std::vector<DegreeDelta> degrees;
  degrees.reserve(2 * changes.size());
  for (const auto& c : changes) {
    degrees.push_back({c.s, c.sign, 0});
    degrees.push_back({c.o, 0, c.sign});
  }
  std::ranges::sort(degrees, {}, &DegreeDelta::term);
  for (size_t i = 0; i < degrees.size();) {
    int64_t out = 0, in = 0;
    size_t j = i;
    for (; j < degrees.size() && degrees[j].term == degrees[i].term; ++j) {
      out += degrees[j].out;
      in += degrees[j].in;
    }
    if (out != 0 || in != 0) {
      const std::string key = encoding::DegreeStatKey(degrees[i].term);
      auto old = empty_before ? std::vector<uint64_t>(2, 0) : before.GetCounters(key, 2);
      records.emplace_back(key, Varints({Apply(old[0], out), Apply(old[1], in)}));
    }
    i = j;
  }

  for (const auto& [name, n] : globals_) {
    if (n == 0) continue;
    const std::string key = encoding::GlobalStatKey(name);
    records.emplace_back(key, Varints({Apply(before.GetCounter(key), n)}));
  }
  for (const auto& [p, d] : predicates) {
    const std::string key = encoding::PredicateStatKey(p);
    auto old = empty_before ? std::vector<uint64_t>(3, 0) : before.GetCounters(key, 3);
    records.emplace_back(key, Varints({Apply(old[0], d.triples), Apply(old[1], d.subjects),
                                       Apply(old[2], d.objects)}));
  }
  return records;
}

}  // namespace kg::graph
