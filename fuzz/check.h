// What the fuzz targets share: a property that does not hold aborts, so that libFuzzer keeps
// the input that broke it, and the checks more than one target makes.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace kg::fuzz {

[[noreturn]] inline void Fail(const std::string& what) {
  std::fprintf(stderr, "property failed: %s\n", what.c_str());
  std::abort();
}

// "YYYY-MM-DD": what kg stores as a date.
inline bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

}  // namespace kg::fuzz
