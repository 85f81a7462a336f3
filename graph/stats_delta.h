// Collects how a write changes the store's statistics and turns that into the new counter
// records, so the statistics stay exact without recounting. Internal to graph/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/db.h"

namespace kg::graph {

// Global counters in the stats column family.
inline constexpr std::string_view kTriplesCounter = "triples";
inline constexpr std::string_view kDocumentsCounter = "documents";
inline constexpr std::string_view kMentionsCounter = "mentions";
inline constexpr std::string_view kEntitiesCounter = "entities";

class StatsDelta {
 public:
  void AddTriple(const Triple& t) { Record(t, +1); }
  void RemoveTriple(const Triple& t) { Record(t, -1); }
  void AddToCounter(std::string_view name, int64_t delta) { globals_[std::string(name)] += delta; }

  // The changed stats records (key, value), in key order, given the store before the write.
  // Distinct subject and object counts are decided by looking at the SPO and POS prefixes before.
  std::vector<std::pair<std::string, std::string>> Resolve(const Reader& before) const;

 private:
  struct Change {
    TermId s, p, o;  // p with the negation bit
    int sign;
  };
  void Record(const Triple& t, int sign);

  // Aggregated when resolved: sorting a vector beats hashing a million pairs.
  std::vector<Change> changes_;
  std::map<std::string, int64_t> globals_;
};

}  // namespace kg::graph
