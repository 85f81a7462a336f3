// The trigger lexicon (data/triggers.tsv): the Arabic words that carry each schema predicate,
// with the argument frame they take. Kept as data so that analysts can add a verb without a
// rebuild; the inflected forms are derived here so the file lists each verb once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/string_table.h"

namespace kg::extract {

enum class TriggerForm : uint8_t {
  kVerb,     // a finite verb: its subject is the agent
  kNoun,     // a verbal noun: the agent is the genitive or nisba that follows it
  kReceive,  // receiving (تسلم رسالة من): the agent follows من, the patient is the receiver
  kMutual,   // a verb of exchange (تبادل X وY الاتهامات): each conjoined subject against the others
  kParticiple,  // an indefinite active participle of state (، متهما إسرائيل): the clause's subject
                // is the agent, and the object follows as a verb's
  kAttributive,  // a definite active participle after a name (أوباما المنتمي إلى الحزب): the name
                 // is the agent, and the object follows as a verb's
};

struct TriggerFrame {
  std::string predicate;
  TriggerForm form = TriggerForm::kVerb;
  bool direct = false;              // the object may follow without a preposition
  std::vector<std::string> preps;   // MatchKeys of the prepositions that introduce the object
  StringSet nouns;  // a light verb's nouns (MatchKeys); empty: none needed
};

// One reading of a word form.
struct TriggerMatch {
  uint32_t frame = 0;
  bool imperfect = false;  // an imperfect verb (قد before it hedges; before a perfect it asserts)
  bool enclitic = false;   // a pronoun suffix is part of the form (الذي يتزعمه)
  bool own_al = false;     // the verb's ال is its own letters (التقى), which MatchKey drops as if
                           // they were the article: written so it is no noun with the article
};

class TriggerTable {
 public:
  // Throws std::runtime_error naming the file and line of anything malformed.
  static TriggerTable Load(const std::filesystem::path& file);

  // The readings of a word's MatchKey (after its conjunction and prepositions are split off).
  std::span<const TriggerMatch> Find(std::string_view key) const;
  const TriggerFrame& frame(uint32_t i) const { return frames_[i]; }

 private:
  void AddForm(std::string form, TriggerMatch match);
  void AddVerb(const std::string& key, uint32_t frame, bool own_al);
  void AddNoun(const std::string& key, uint32_t frame);
  void AddParticiple(const std::string& key, uint32_t frame);

  std::vector<TriggerFrame> frames_;
  StringMap<std::vector<TriggerMatch>> forms_;
};

}  // namespace kg::extract
