// The dictionary's layout: the terms of 64 consecutive ids share one value of the `terms`
// family, under the first id's key with the low bits cleared. A result prints thousands of
// terms, and RocksDB's per-key cost (an index search, a block search) dominates reading them;
// sixty-four to a key reads a dense result's labels in a sixth of the lookups.
//
// A chunk is a list of entries (the id's low bits, the encoded term's length, the encoded
// term), in no particular order. Writers append to it with RocksDB's merge (a store grows by
// ids in order, so only the chunk being filled is shared between two writes), and compaction
// folds the appended pieces into one value.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <rocksdb/merge_operator.h>

#include "graph/term.h"

namespace kg::graph::term_chunk {

inline constexpr unsigned kBits = 6;
inline constexpr TermId kSize = TermId{1} << kBits;

// The first id of the chunk holding id, and that chunk's key.
inline TermId ChunkOf(TermId id) { return id & ~(kSize - 1); }
std::string Key(TermId id);
// The first id of the chunk with that key (a key of another length is no chunk's: 0).
TermId FirstId(std::string_view key);
// Whether id opens its chunk: a writer that adds it adds the chunk's first term.
inline bool Opens(TermId id) { return (id & (kSize - 1)) == 0; }

// Appends one term's entry to a chunk.
void Append(std::string* chunk, TermId id, std::string_view encoded);
// The encoded term of id in the chunk, or "" when it has none. (An encoded term is never
// empty: it opens with its kind.)
std::string_view Find(std::string_view chunk, TermId id);
// The encoded terms of a chunk by their ids' low bits ("" for an id it lacks; the first entry
// of an id that has two); false when the chunk is malformed.
bool Index(std::string_view chunk, std::array<std::string_view, kSize>* terms);
// Calls fn with each entry's id and encoded term; false when the chunk is malformed.
bool ForEach(std::string_view chunk, TermId first,
             const std::function<void(TermId, std::string_view)>& fn);

// The `terms` family's merge operator: appends what a write adds to a chunk.
std::shared_ptr<rocksdb::MergeOperator> AppendOperator();

}  // namespace kg::graph::term_chunk
