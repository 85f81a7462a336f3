// The store's on-disk encodings: fixed-width big-endian ids in keys (so that byte order is id
// order and a bound prefix is a contiguous range), varints in values. Internal to graph/.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "graph/document.h"
#include "graph/store.h"
#include "graph/term.h"

namespace kg::graph::encoding {

inline constexpr TermId kNegatedBit = TermId{1} << 31;

// The predicate id as it stands in a key: the negation bit set for a denied claim.
inline TermId KeyPredicate(TermId p, bool negated) { return negated ? (p | kNegatedBit) : p; }

inline void PutId(std::string* out, TermId id) {
  const char bytes[4] = {static_cast<char>(id >> 24), static_cast<char>(id >> 16),
                         static_cast<char>(id >> 8), static_cast<char>(id)};
  out->append(bytes, 4);
}

inline TermId GetId(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (TermId{u[0]} << 24) | (TermId{u[1]} << 16) | (TermId{u[2]} << 8) | TermId{u[3]};
}

inline std::string IdKey(TermId id) {
  std::string key;
  PutId(&key, id);
  return key;
}

// The three key orders of a triple. Each key is 12 bytes: three ids, the predicate's carrying
// the negation bit. SPO values hold the triple's Support. A POS value holds the subject's term
// (EncodeTerm), so that `?x p o`, the commonest question, prints its rows from the keys it scans
// rather than from one dictionary block per row. (The object's term beside SPO keys did not pay:
// it made `s ?p ?o` 20% faster and joins and paths, which print little of what they scan, up to
// twice as slow.) Stores written before the subjects were kept there have empty POS values, and
// their subjects are read from the dictionary. OSP values are empty.
enum class Order { kSpo, kPos, kOsp };
inline constexpr size_t kTripleKeySize = 12;
using TripleKey = std::array<char, kTripleKeySize>;

TripleKey EncodeTriple(Order order, const Triple& t);
Triple DecodeTriple(Order order, const char* key);

// The order whose key starts with the pattern's bound positions, and that prefix.
Order OrderFor(bool s_bound, bool p_bound, bool o_bound);
std::string PatternPrefix(Order order, TermId s, TermId key_p, TermId o, bool s_bound,
                          bool p_bound, bool o_bound);

// Varints (LEB128) and length-prefixed strings for values.
void PutVarint(std::string* out, uint64_t v);
bool GetVarint(std::string_view* in, uint64_t* v);
void PutString(std::string* out, std::string_view s);
bool GetString(std::string_view* in, std::string* s);

// A term's identity: the term_index key, and the terms value.
std::string EncodeTerm(const Term& term);
// Appends the same encoding from the term's parts, for callers that avoid building a Term.
void AppendTerm(std::string* out, TermKind kind, std::string_view value,
                std::string_view lang = {}, std::string_view datatype = {});
bool DecodeTerm(std::string_view in, Term* term);

std::string EncodeEntity(const EntityInfo& info);
bool DecodeEntity(std::string_view in, EntityInfo* info);

std::string EncodeEvidence(const Evidence& evidence);
bool DecodeEvidence(std::string_view in, Evidence* evidence);

// What supports a triple (the SPO value): mentions from articles and an import flag.
struct Support {
  uint64_t mentions = 0;
  bool imported = false;
  bool any() const { return mentions > 0 || imported; }
};
std::string EncodeSupport(const Support& support);
bool DecodeSupport(std::string_view in, Support* support);

std::string EncodeDocument(const DocumentInfo& info);
bool DecodeDocument(std::string_view in, DocumentInfo* info);

// Statistics keys in the stats column family.
std::string GlobalStatKey(std::string_view name);    // "g" + name -> varint
std::string PredicateStatKey(TermId key_p);           // "p" + id -> varint triples, subjects, objects
std::string DegreeStatKey(TermId term);               // "d" + id -> varint out, in

// Mentions: SPO key + document id + sequence number.
std::string MentionKey(const TripleKey& spo, TermId document, uint16_t seq);
// doc_triples: document id + SPO key.
std::string DocTripleKey(TermId document, const TripleKey& spo);

}  // namespace kg::graph::encoding
