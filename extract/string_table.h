// Hash tables keyed by strings and searched with a string_view (a token's key) without building
// a string. Flat (Abseil's open addressing): every token of every article is looked up in a
// dozen lexicon tables, and a lookup costs a cache line or two instead of a chase through nodes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/hash/hash.h>

namespace kg::extract {

// Debian's Abseil has a string_view of its own, so the transparent lookup is spelled out.
struct StringKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return absl::Hash<std::string_view>{}(s); }
};
struct StringKeyEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

template <typename Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringKeyHash, StringKeyEq>;
using StringSet = absl::flat_hash_set<std::string, StringKeyHash, StringKeyEq>;

}  // namespace kg::extract
