// Writes and retracts articles: each call is one atomic WriteBatch that moves the triples'
// support, their mentions, the entities' names and the statistics together. Internal to graph/.
#pragma once

#include "graph/db.h"

namespace kg::graph {

class DocumentWriter {
 public:
  // counters hold the store's first unused ids; the writer advances them on every commit.
  DocumentWriter(Db& db, IdCounters* counters) : db_(db), counters_(counters) {}

  PutResult Put(const Document& document);
  RemoveResult Remove(std::string_view name);

 private:
  Db& db_;
  IdCounters* counters_;
};

}  // namespace kg::graph
