// Statements out as N-Triples, Turtle or N-Quads, written by serd so that IRIs and literals are
// escaped as each syntax requires. Turtle declares the given prefixes, writes a name as
// prefix:local where the local part may stand unescaped, and groups a subject's statements
// when they come one after another (so callers write a subject's statements together).
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

enum class RdfSyntax { kNTriples, kTurtle, kNQuads };

struct RdfNode {
  enum class Kind : uint8_t { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  std::string value;     // the IRI, the blank node's label, or the literal's lexical form
  std::string lang;      // literals: a language tag, or
  std::string datatype;  // literals: a datatype IRI (empty: xsd:string)

  static RdfNode Iri(std::string iri) { return {Kind::kIri, std::move(iri), {}, {}}; }
  static RdfNode Blank(std::string label) { return {Kind::kBlank, std::move(label), {}, {}}; }
  static RdfNode Literal(std::string text, std::string lang = {}, std::string datatype = {}) {
    return {Kind::kLiteral, std::move(text), std::move(lang), std::move(datatype)};
  }
};

struct RdfPrefix {
  std::string name;  // "kg"
  std::string iri;   // "https://kg.example/ontology#"
};

class RdfWriter {
 public:
  RdfWriter(RdfSyntax syntax, std::ostream& out, const std::vector<RdfPrefix>& prefixes = {});
  ~RdfWriter();
  RdfWriter(const RdfWriter&) = delete;
  RdfWriter& operator=(const RdfWriter&) = delete;

  // Whether statements keep their graph (N-Quads).
  bool quads() const { return syntax_ == RdfSyntax::kNQuads; }

  // graph names the statement's graph (an IRI), empty for the default graph; only N-Quads
  // writes it. Throws ExportError when the output cannot be written.
  void Write(const RdfNode& s, const RdfNode& p, const RdfNode& o, const std::string& graph = {});
  // Ends the document and flushes it. Throws ExportError when the output cannot be written.
  void Finish();

  uint64_t statements() const { return statements_; }

 private:
  struct Serd;
  // Sets curie to prefix:local when Turtle can write the IRI so; false otherwise.
  bool Curie(const std::string& iri, std::string* curie) const;

  RdfSyntax syntax_;
  std::ostream& out_;
  std::vector<RdfPrefix> prefixes_;
  std::unique_ptr<Serd> serd_;
  std::string scratch_[5];  // CURIEs of one statement's nodes
  std::string error_;       // the first message serd reported
  uint64_t statements_ = 0;
  bool finished_ = false;
};

}  // namespace kg::exporter
