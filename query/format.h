// Writing results as a person or a program reads them: an aligned table, TSV, CSV or JSON.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "query/labels.h"
#include "query/result.h"

namespace kg::query {

enum class Format { kTable, kTsv, kCsv, kJson };
std::optional<Format> ParseFormat(std::string_view name);

struct FormatOptions {
  Format format = Format::kTable;
  bool header = true;
  bool arabic = false;  // entities also show their Arabic name
  // The table's width in columns: past it, evidence sentences are cut to the words around their
  // trigger. 0: never cut. Other formats always carry the whole text.
  size_t width = 0;
};

// s as a JSON string literal, quotes included.
std::string JsonString(std::string_view s);

// `ask` prints true or false, `explain` its plan, anything else its rows.
void WriteResult(std::ostream& out, const Result& result, const Labels& labels,
                 const FormatOptions& options);

}  // namespace kg::query
