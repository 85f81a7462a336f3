// Reading JSON-lines corpora: fields, dates, and broken lines that do not stop the rest.
#include <catch2/catch.hpp>

#include <sstream>

#include "extract/corpus.h"

using namespace kg::extract;

TEST_CASE("corpus records carry id, title, text and an ISO date", "[corpus]") {
  std::istringstream in(
      R"({"id": "a1", "date": "Sat, 17 Feb 2018 16:53:08 +0400", "title": "عنوان", "text": "نص أول"})" "\n"
      "\n"
      R"({"id": 7, "date": "2024-11-19T08:00:00Z", "text": "second"})" "\n");
  CorpusReader reader(in, "news.jsonl");
  CorpusRecord record;
  std::string error;
  REQUIRE(reader.Next(&record, &error));
  CHECK(error.empty());
  CHECK(record.id == "a1");
  CHECK(record.title == "عنوان");
  CHECK(record.text == "نص أول");
  CHECK(record.date == "2018-02-17");
  CHECK(record.line == 1);
  REQUIRE(reader.Next(&record, &error));
  CHECK(record.id == "7");
  CHECK(record.date == "2024-11-19");
  CHECK(record.line == 3);
  CHECK_FALSE(reader.Next(&record, &error));
}

TEST_CASE("a broken line is reported with file:line and the next lines are read", "[corpus]") {
  std::istringstream in(
      "{\"text\": \"one\"}\n"
      "{\"text\": \"unterminated\n"
      "[1, 2]\n"
      "{\"body\": \"no text field\"}\n"
      "{\"text\": \"five\"}\n");
  CorpusReader reader(in, "c.jsonl");
  CorpusRecord record;
  std::string error;
  std::vector<std::string> texts, errors;
  while (reader.Next(&record, &error)) {
    if (error.empty()) {
      texts.push_back(record.text);
    } else {
      errors.push_back(error);
    }
  }
  CHECK(texts == std::vector<std::string>{"one", "five"});
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "c.jsonl:2: not a JSON object");
  CHECK(errors[1] == "c.jsonl:3: not a JSON object");
  CHECK(errors[2] == "c.jsonl:4: no string field 'text'");
}

TEST_CASE("field names are configurable and records without an id are named by line", "[corpus]") {
  std::istringstream in(R"({"body": "x", "when": "19 Nov 2024"})" "\n");
  CorpusFields fields;
  fields.text = "body";
  fields.date = "when";
  CorpusReader reader(in, "dir/feed.jsonl", fields);
  CorpusRecord record;
  std::string error;
  REQUIRE(reader.Next(&record, &error));
  CHECK(record.text == "x");
  CHECK(record.id == "feed:1");
  CHECK(record.date == "2024-11-19");
}

TEST_CASE("dates kg cannot read are left empty", "[corpus]") {
  CHECK(IsoDate("") == "");
  CHECK(IsoDate("yesterday") == "");
  CHECK(IsoDate("Mon, 19 Feb 2018 00:16:11 +0400") == "2018-02-19");
}
