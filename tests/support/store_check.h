// What end-to-end tests ask of a store through the kg binary, and the example articles they
// write stores from.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/run.h"
#include "tests/support/temp_dir.h"

namespace kg::testing {

// Requires that `kg check` passes on db and returns its summary without the directory
// ("N triples, M mentions, A articles, T terms: ok\n").
inline std::string RequireCheck(const std::string& db) {
  auto check = RunKg({"check", "--db", db});
  INFO(check.out << check.err);
  REQUIRE(check.exit_code == 0);
  REQUIRE_THAT(check.out, Catch::EndsWith(": ok\n"));
  return check.out.substr(db.size() + 2);
}

// The number of articles in such a summary.
inline int SummaryArticles(const std::string& summary) {
  return std::stoi(summary.substr(summary.find(" mentions, ") + 11));
}

inline const std::string kExamples = std::string(KG_SOURCE_DIR) + "/examples";

// The texts of examples/, in file-name order.
inline std::vector<std::string> ExampleTexts() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kExamples)) paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& path : paths) texts.push_back(ReadFile(path));
  return texts;
}

}  // namespace kg::testing
