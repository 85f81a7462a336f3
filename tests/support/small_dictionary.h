// A one-word Arabic dictionary for the kg runs of a test ($KG_DICTIONARY, which the extractor
// reads). For tests of what kg stores and how it handles its input, not of what it extracts:
// loading the full word list is most of a kg's start-up, seconds under the sanitizers.
#pragma once

#include <cstdlib>

#include "tests/support/temp_dir.h"

namespace kg::testing {

class SmallDictionary {
 public:
  explicit SmallDictionary(const TempDir& dir) {
    dir.Write("dictionary/ar.aff", "SET UTF-8\n");
    dir.Write("dictionary/ar.dic", "1\nفي\n");
    setenv("KG_DICTIONARY", (dir / "dictionary/ar").c_str(), 1);
  }
  ~SmallDictionary() { unsetenv("KG_DICTIONARY"); }
  SmallDictionary(const SmallDictionary&) = delete;
  SmallDictionary& operator=(const SmallDictionary&) = delete;
};

}  // namespace kg::testing
