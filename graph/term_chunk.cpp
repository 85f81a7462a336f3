#include "graph/term_chunk.h"

#include "graph/encoding.h"

namespace kg::graph::term_chunk {
namespace {

// One entry off the front of a chunk; false when what is left is no whole entry.
// (A malformed entry is left where it is, so that the caller sees the chunk did not end.)
bool Next(std::string_view* chunk, TermId* low, std::string_view* encoded) {
  std::string_view rest = *chunk;
  if (rest.empty()) return false;
  *low = static_cast<unsigned char>(rest.front());
  rest.remove_prefix(1);
  uint64_t size = 0;
  if (*low >= kSize || !encoding::GetVarint(&rest, &size) || size == 0 || size > rest.size()) return false;
  *encoded = rest.substr(0, size);
  *chunk = rest.substr(size);
  return true;
}

class Appender final : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* merged, rocksdb::Logger*) const override {
    merged->clear();
    if (existing) merged->assign(existing->data(), existing->size());
    merged->append(value.data(), value.size());
    return true;
  }
  const char* Name() const override { return "kg.TermChunkAppend"; }
};

}  // namespace

std::string Key(TermId id) { return encoding::IdKey(ChunkOf(id)); }

TermId FirstId(std::string_view key) { return key.size() == 4 ? encoding::GetId(key.data()) : 0; }

void Append(std::string* chunk, TermId id, std::string_view encoded) {
  chunk->push_back(static_cast<char>(id & (kSize - 1)));
  encoding::PutVarint(chunk, encoded.size());
  chunk->append(encoded);
}

std::string_view Find(std::string_view chunk, TermId id) {
  const TermId wanted = id & (kSize - 1);
  TermId low;
  std::string_view encoded;
  while (Next(&chunk, &low, &encoded)) {
    if (low == wanted) return encoded;
  }
  return {};
}

bool Index(std::string_view chunk, std::array<std::string_view, kSize>* terms) {
  terms->fill({});
  TermId low;
  std::string_view encoded;
  while (Next(&chunk, &low, &encoded)) {
    if ((*terms)[low].empty()) (*terms)[low] = encoded;
  }
  return chunk.empty();
}

bool ForEach(std::string_view chunk, TermId first,
             const std::function<void(TermId, std::string_view)>& fn) {
  TermId low;
  std::string_view encoded;
  while (Next(&chunk, &low, &encoded)) fn(first | low, encoded);
  return chunk.empty();
}

std::shared_ptr<rocksdb::MergeOperator> AppendOperator() { return std::make_shared<Appender>(); }

}  // namespace kg::graph::term_chunk
