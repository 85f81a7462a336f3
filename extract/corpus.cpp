#include "extract/corpus.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <filesystem>

namespace kg::extract {
namespace {

// A field as text: strings as they are, numbers written out (corpora often number their ids).
std::string Field(const nlohmann::json& object, const std::string& name) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return {};
}

}  // namespace

CorpusReader::CorpusReader(std::istream& in, std::string name)
    : CorpusReader(in, std::move(name), CorpusFields{}) {}

CorpusReader::CorpusReader(std::istream& in, std::string name, CorpusFields fields)
    : in_(in), name_(std::move(name)), stem_(std::filesystem::path(name_).stem().string()),
      fields_(std::move(fields)) {}

bool CorpusReader::Next(CorpusRecord* record, std::string* error) {
  std::string line;
  size_t number = 0;
  if (!NextLine(&line, &number)) return false;
  *error = Parse(line, number, record);
  return true;
}

bool CorpusReader::NextLine(std::string* line, size_t* number) {
  while (std::getline(in_, *line)) {
    ++line_;
    if (line->find_first_not_of(" \t\r") == std::string::npos) continue;
    *number = line_;
    return true;
  }
  return false;
}

std::string CorpusReader::Parse(std::string_view line, size_t number, CorpusRecord* record) const {
  const std::string where = name_ + ":" + std::to_string(number);
  const auto object = nlohmann::json::parse(line, nullptr, false, false);
  if (object.is_discarded() || !object.is_object()) return where + ": not a JSON object";
  const auto text = object.find(fields_.text);
  if (text == object.end() || !text->is_string()) {
    return where + ": no string field '" + fields_.text + "'";
  }
  record->line = number;
  record->text = text->get<std::string>();
  record->id = Field(object, fields_.id);
  if (record->id.empty()) record->id = stem_ + ":" + std::to_string(number);
  record->title = Field(object, fields_.title);
  record->outlet = Field(object, fields_.outlet);
  record->date = IsoDate(Field(object, fields_.date));
  return {};
}

std::string IsoDate(std::string_view date) {
  std::tm tm{};
  const std::string text(date);
  const char* end = strptime(text.c_str(), "%a, %d %b %Y", &tm);
  if (!end) end = strptime(text.c_str(), "%d %b %Y", &tm);
  if (!end) end = strptime(text.c_str(), "%Y-%m-%d", &tm);
  if (!end) return {};
  char out[40];  // room for any int, though strptime keeps the fields in range
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return out;
}

}  // namespace kg::extract
