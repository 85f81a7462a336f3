// Writes and retracts articles: each call is one atomic WriteBatch that moves the triples'
// support, their mentions, the entities' names and the statistics together. Internal to graph/.
#pragma once

#include "graph/db.h"

namespace kg::graph {

class DocumentWriter {
 public:
  // next_id is the store's first unused term id; the writer advances it on every commit.
  DocumentWriter(Db& db, TermId* next_id) : db_(db), next_id_(next_id) {}

  PutResult Put(const Document& document);
  RemoveResult Remove(std::string_view name);

 private:
  Db& db_;
  TermId* next_id_;
};

// The hash that decides whether an article changed: its text, metadata and extractor.
uint64_t ContentHash(const Document& document);

}  // namespace kg::graph
