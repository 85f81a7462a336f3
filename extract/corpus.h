// JSON-lines corpora: one article per line, as ../shared/corpus/ant-politics.jsonl holds them
// ({"id", "date", "source", "title", "text"}, where source is the outlet), with the field names
// configurable.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace kg::extract {

struct CorpusFields {
  std::string text = "text";
  std::string id = "id";
  std::string date = "date";
  std::string title = "title";
  std::string outlet = "source";  // who published the article
};

struct CorpusRecord {
  std::string id;     // the id field, else "<file stem>:<line>"
  std::string text;
  std::string title;
  std::string date;   // YYYY-MM-DD, or empty when the record has none that kg can read
  std::string outlet;
  size_t line = 0;    // 1-based
};

// Reads records one line at a time. A line that is not a JSON object with a string text field
// is reported through `error` ("FILE:LINE: …") and skipped; the lines after it are read as usual.
class CorpusReader {
 public:
  CorpusReader(std::istream& in, std::string name);
  CorpusReader(std::istream& in, std::string name, CorpusFields fields);

  // False at the end of the input. Otherwise true, with either *record filled and *error
  // empty, or *error set for a line that could not be read.
  bool Next(CorpusRecord* record, std::string* error);

  // The same in two steps, so that readers on several threads can share one input: the next
  // non-blank line and its number (under the caller's lock), then Parse (on any thread).
  bool NextLine(std::string* line, size_t* number);
  // Returns "" and fills *record, or the error ("FILE:LINE: …").
  std::string Parse(std::string_view line, size_t number, CorpusRecord* record) const;

 private:
  std::istream& in_;
  std::string name_;
  std::string stem_;
  CorpusFields fields_;
  size_t line_ = 0;
};

// A date as YYYY-MM-DD from RFC 2822 ("Sat, 17 Feb 2018 16:53:08 +0400", the corpus's form) or
// ISO 8601 ("2018-02-17", "2018-02-17T16:53:08Z"); empty when it is neither.
std::string IsoDate(std::string_view date);

}  // namespace kg::extract
