#include "extract/trigger_table.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "graph/schema.h"
#include "text/text.h"

namespace kg::extract {
namespace {

using text::Split;

// A phrase's key reduced to its first word: triggers are matched one token at a time.
std::string WordKey(std::string_view phrase) {
  std::string key = text::MatchKey(phrase);
  if (size_t space = key.find(' '); space != std::string::npos) key.resize(space);
  return key;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Pronoun suffixes in MatchKey spelling (ة is folded to ه, so ه may also be a ta marbuta:
// the matcher rejects a verb reading of a word written with ة).
constexpr std::string_view kEnclitics[] = {"ه", "ها", "هم", "هما", "كم", "نا"};

}  // namespace

void TriggerTable::AddForm(std::string form, TriggerMatch match) {
  auto& readings = forms_[std::move(form)];
  for (const auto& r : readings) {
    if (r.frame == match.frame) return;
  }
  readings.push_back(match);
}

// The perfect (3rd person masculine) derives the other persons and numbers; an imperfect
// given with ي derives the ت ن أ prefixes and the plural and dual endings. Irregular
// (defective) forms are listed in the file as they are written.
void TriggerTable::AddVerb(const std::string& key, uint32_t frame, bool own_al) {
  const bool imperfect = key.starts_with("ي") && key.size() > 4;
  if (!imperfect) {
    for (std::string_view suffix : {"", "ت", "وا", "ا", "تا", "نا", "تم", "ن"}) {
      AddForm(key + std::string(suffix), {frame, false, false, own_al});
    }
    for (std::string_view stem_end : {"", "ت", "و", "ا"}) {
      for (std::string_view enclitic : kEnclitics) {
        AddForm(key + std::string(stem_end) + std::string(enclitic), {frame, false, true, own_al});
      }
    }
    return;
  }
  const std::string stem = key.substr(std::string_view("ي").size());
  // A stem of two letters is mostly a doubled verb's (يضم، يحث، يشن), whose feminine plural
  // writes the double (يضممن): its stem and ن spell another verb (يضمن "guarantees").
  const bool doubled = text::CodePoints(stem) == 2;
  for (std::string_view prefix : {"ي", "ت", "ن", "ا"}) {
    const std::string base = std::string(prefix) + stem;
    for (std::string_view suffix : {"", "ون", "ان", "وا", "ين", "ن"}) {
      if (doubled && suffix == "ن") continue;
      AddForm(base + std::string(suffix), {frame, true, false});
    }
    for (std::string_view stem_end : {"", "ون", "و", "ا"}) {
      for (std::string_view enclitic : kEnclitics) {
        AddForm(base + std::string(stem_end) + std::string(enclitic), {frame, true, true});
      }
    }
  }
}

// A verbal noun with its accusative, its dual and its pronoun suffixes (زيارته، هجماتها).
void TriggerTable::AddNoun(const std::string& key, uint32_t frame) {
  AddForm(key, {frame, false, false});
  AddForm(key + "ا", {frame, false, false});
  const std::string stem = EndsWith(key, "ه") ? key.substr(0, key.size() - 2) + "ت" : key;
  for (std::string_view dual : {"ين", "ان"}) AddForm(stem + std::string(dual), {frame, false, false});
  for (std::string_view enclitic : kEnclitics) {
    AddForm(stem + std::string(enclitic), {frame, false, true});
  }
}

// A participle in the masculine, with its accusative, feminine and plurals (متهما، متهمة، متهمين).
void TriggerTable::AddParticiple(const std::string& key, uint32_t frame) {
  for (std::string_view ending : {"", "ا", "ه", "ين", "ون", "ان", "تين", "تان"}) {
    AddForm(key + std::string(ending), {frame, false, false});
  }
}

TriggerTable TriggerTable::Load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::stringstream content;
  content << in.rdbuf();
  const std::string bytes = content.str();

  TriggerTable table;

  size_t line_number = 0;
  for (std::string_view line : Split(bytes, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto where = [&] { return file.string() + ":" + std::to_string(line_number) + ": "; };
    const auto columns = Split(line, '\t');
    if (columns.size() != 5) throw std::runtime_error(where() + "expected 5 tab-separated columns");
    if (!graph::FindSchemaPredicate(columns[0])) {
      throw std::runtime_error(where() + "unknown predicate '" + std::string(columns[0]) + "'");
    }
    TriggerFrame frame;
    frame.predicate = std::string(columns[0]);
    if (columns[1] == "verb") {
      frame.form = TriggerForm::kVerb;
    } else if (columns[1] == "noun") {
      frame.form = TriggerForm::kNoun;
    } else if (columns[1] == "receive") {
      frame.form = TriggerForm::kReceive;
    } else if (columns[1] == "mutual") {
      frame.form = TriggerForm::kMutual;
    } else if (columns[1] == "participle") {
      frame.form = TriggerForm::kParticiple;
    } else if (columns[1] == "attributive") {
      frame.form = TriggerForm::kAttributive;
    } else {
      throw std::runtime_error(where() + "form must be verb, noun, receive, mutual, participle or attributive");
    }
    for (std::string_view prep : Split(columns[3], '|')) {
      if (prep == "-") {
        frame.direct = true;
      } else if (!prep.empty()) {
        frame.preps.push_back(WordKey(prep));
      }
    }
    if (columns[4] != "-") {
      for (std::string_view noun : Split(columns[4], '|')) {
        const std::string key = WordKey(noun);
        if (key.empty()) continue;
        frame.nouns.insert(key);
        frame.nouns.insert(key + "ا");
      }
    }
    const auto index = static_cast<uint32_t>(table.frames_.size());
    const TriggerForm form = frame.form;
    table.frames_.push_back(std::move(frame));
    for (std::string_view word : Split(columns[2], '|')) {
      const std::string key = WordKey(word);
      if (key.empty()) throw std::runtime_error(where() + "empty trigger word");
      if (form == TriggerForm::kNoun) {
        table.AddNoun(key, index);
      } else if (form == TriggerForm::kParticiple || form == TriggerForm::kAttributive) {
        table.AddParticiple(key, index);
      } else {
        table.AddVerb(key, index, word.starts_with("\u0627\u0644"));
        // Receiving is as often told by its masdar (نفى تسلم رسالة) as by a verb.
        if (form == TriggerForm::kReceive) table.AddNoun(key, index);
      }
    }
  }
  return table;
}

std::span<const TriggerMatch> TriggerTable::Find(std::string_view key) const {
  auto it = forms_.find(key);
  if (it == forms_.end()) return {};
  return it->second;
}

}  // namespace kg::extract
