// Fuzz target: any bytes as a JSON-lines corpus. Every non-blank line gives a record or an
// error naming the file and line, in order; no line is lost and nothing else escapes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz/check.h"
#include "extract/corpus.h"

namespace {

using kg::fuzz::Fail;
using kg::fuzz::IsIsoDate;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  kg::extract::CorpusReader reader(in, "fuzz.jsonl");

  // The lines the reader must visit: those with something besides spaces, tabs and CRs.
  size_t expected = 0;
  for (size_t begin = 0; begin < bytes.size();) {
    size_t end = bytes.find('\n', begin);
    if (end == std::string::npos) end = bytes.size();
    const std::string_view line(bytes.data() + begin, end - begin);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) ++expected;
    begin = end + 1;
  }

  size_t seen = 0, last_line = 0;
  kg::extract::CorpusRecord record;
  std::string error;
  while (reader.Next(&record, &error)) {
    ++seen;
    if (!error.empty()) {
      if (error.rfind("fuzz.jsonl:", 0) != 0) Fail("an error that names no file: " + error);
      continue;
    }
    if (record.line <= last_line) Fail("records out of order");
    last_line = record.line;
    if (record.id.empty()) Fail("a record without an id");
    if (!record.date.empty() && !IsIsoDate(record.date)) Fail("a malformed date: " + record.date);
    // The date converter on its own, with whatever the record held.
    const std::string again = kg::extract::IsoDate(record.date);
    if (!record.date.empty() && again != record.date) Fail("IsoDate does not keep an ISO date");
  }
  if (seen != expected) {
    Fail(std::to_string(expected) + " lines in the input, " + std::to_string(seen) + " read");
  }
  return 0;
}
