// Entity mentions in an article: names from the lexicons, people introduced by titles and
// reporting verbs, organisations introduced by their heads, and the metonymy and
// coreference rules of the schema (../shared/spec/schema.md) that link them to entities.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/lexicon.h"
#include "graph/term.h"

namespace kg::extract {

// How a mention was linked to its entity.
enum class MentionKind : uint8_t {
  kName,         // a name, from a lexicon or found by a title, head or reporting-verb rule
  kNisba,        // a nisba adjective or people noun standing for its country (إيراني، الإيرانيون)
  kInstitution,  // a state body, its side or its officials (الحكومة العراقية، مسؤولون إيرانيون)
  kCapital,      // a capital acting for its state (طهران أبلغت)
  kTitle,        // a title standing for the person the article named with it
  kShortForm,    // a later short form of a person's name (الأعرجي)
  kCollective,   // unnamed groups that the schema gathers into one (الفصائل الموالية لإيران)
  kHisCountry,   // "his country" (بلاده، بلادها): the state of the person the sentence named
};
std::string_view MentionKindName(MentionKind kind);  // "name", "nisba", ...

struct Mention {
  int32_t entity = -1;  // index into Recognition::entities
  MentionKind kind = MentionKind::kName;
  uint32_t sentence = 0;     // index into analysis.sentences()
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  Span span;                 // bytes of Article::text, without a leading conjunction or preposition
  uint32_t begin = 0;        // the same span in code points
  uint32_t end = 0;
  std::string surface;       // the text of the span
  // A person introduced by a title (وزير الخارجية الإسرائيلي جدعون ساعر): the title's tokens,
  // the office it names, and the entity it names the office of (index into entities, or -1).
  uint32_t title_first = 0;
  uint32_t title_end = 0;
  Office office = Office::kNone;
  int32_t affiliation = -1;
};

struct Recognition {
  Analysis analysis;  // views the Article's text
  std::vector<graph::EntityInfo> entities;  // each entity mentioned; aliases: the surfaces seen
  std::vector<Mention> mentions;            // in text order, longer first where they nest
};

class Recognizer {
 public:
  // Loads the lexicons of a data directory (Lexicon::Load); throws if they are missing or bad.
  static Recognizer Load(const std::filesystem::path& data_dir);

  // The article must outlive the result, whose analysis views its text. Safe to call from
  // several threads at once.
  Recognition Find(const Article& article) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  explicit Recognizer(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace kg::extract
