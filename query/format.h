// Writing results as a person or a program reads them: an aligned table, TSV, CSV or JSON.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

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

// Writes a statement's result, whose rows may come one at a time as the engine finds them
// (Engine::Run with the writer as its sink). tsv, csv and json rows then go out in batches, the
// labels of a batch read in one pass, and nothing else is held; a table, aligned, waits for its
// last row. The output is the same either way.
class ResultWriter final : public RowSink {
 public:
  ResultWriter(std::ostream& out, const Labels& labels, const FormatOptions& options);
  void Columns(const std::vector<std::string>& columns) override;
  void Row(std::vector<Value> row) override;
  // Writes what is left: the rows not yet written, or the whole of a result that was not
  // streamed. `ask` prints true or false, `explain` its plan, anything else its rows.
  void Finish(const Result& result);

 private:
  static constexpr size_t kBatchRows = 4096;
  static constexpr size_t kFlushBytes = 1 << 16;
  void Prefetch(const std::vector<std::vector<Value>>& rows) const;
  void WriteTable(const std::vector<std::vector<Value>>& rows);
  void WriteRows(const std::vector<std::vector<Value>>& rows);
  std::string_view Text(const Value& v);
  void Field(size_t i, std::string_view s);  // a tsv or csv field
  void Flush();

  std::ostream& out_;
  const Labels& labels_;
  FormatOptions options_;
  bool streaming_ = false;
  std::vector<std::string> columns_;
  std::vector<std::vector<Value>> pending_;
  size_t written_ = 0;
  std::string buffer_, cell_;
};

// A whole result: ResultWriter's Finish alone.
void WriteResult(std::ostream& out, const Result& result, const Labels& labels,
                 const FormatOptions& options);

}  // namespace kg::query
