#include "export/rdf_writer.h"

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>

#include "export/export_error.h"
#include "export/rdf_names.h"

namespace kg::exporter {
namespace {

// serd compares some nodes as C strings, so a node is always a whole std::string.
SerdNode NodeOf(SerdType type, const std::string& text) {
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(text.c_str()), text.size());
}

// A local name that Turtle reads back unchanged without escapes: ASCII letters, digits, '_',
// and '-' or '.' inside.
bool PlainLocalName(std::string_view local) {
  if (local.empty() || local.back() == '.' || local.front() == '-' || local.front() == '.') return false;
  for (char c : local) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Datatypes whose literals Turtle writes bare (3, true, 0.5): serd recognises them by full IRI.
bool BareDatatype(std::string_view datatype) {
  if (!datatype.starts_with(ns::kXsd)) return false;
  const std::string_view local = datatype.substr(ns::kXsd.size());
  return local == "integer" || local == "boolean" || local == "decimal";
}

size_t SinkTo(const void* buf, size_t len, void* stream) {
  auto* out = static_cast<std::ostream*>(stream);
  out->write(static_cast<const char*>(buf), static_cast<std::streamsize>(len));
  return out->good() ? len : 0;
}

SerdStatus OnError(void* handle, const SerdError* error) {
  auto* first = static_cast<std::string*>(handle);
  if (!first->empty()) return SERD_SUCCESS;
  char message[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(message, sizeof message, error->fmt, args);
  va_end(args);
  *first = message;
  while (!first->empty() && (first->back() == '\n' || first->back() == ' ')) first->pop_back();
  return SERD_SUCCESS;
}

SerdSyntax SerdSyntaxOf(RdfSyntax syntax) {
  switch (syntax) {
    case RdfSyntax::kTurtle: return SERD_TURTLE;
    case RdfSyntax::kNQuads: return SERD_NQUADS;
    case RdfSyntax::kNTriples: break;
  }
  return SERD_NTRIPLES;
}

}  // namespace

struct RdfWriter::Serd {
  SerdEnv* env = nullptr;
  SerdWriter* writer = nullptr;
  ~Serd() {
    if (writer) serd_writer_free(writer);
    if (env) serd_env_free(env);
  }
};

RdfWriter::RdfWriter(RdfSyntax syntax, std::ostream& out, const std::vector<RdfPrefix>& prefixes)
    : syntax_(syntax), out_(out), serd_(std::make_unique<Serd>()) {
  serd_->env = serd_env_new(nullptr);
  // Bulk: serd collects output in pages rather than writing node by node.
  serd_->writer = serd_writer_new(SerdSyntaxOf(syntax),
                                  static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_BULK),
                                  serd_->env, nullptr, SinkTo, &out_);
  serd_writer_set_error_sink(serd_->writer, OnError, &error_);
  if (syntax != RdfSyntax::kTurtle) return;
  prefixes_ = prefixes;
  for (const auto& prefix : prefixes_) {
    const SerdNode name = NodeOf(SERD_LITERAL, prefix.name);
    const SerdNode iri = NodeOf(SERD_URI, prefix.iri);
    serd_env_set_prefix(serd_->env, &name, &iri);
    if (serd_writer_set_prefix(serd_->writer, &name, &iri) != SERD_SUCCESS) {
      throw ExportError("cannot write the output" + (error_.empty() ? "" : ": " + error_));
    }
  }
}

RdfWriter::~RdfWriter() = default;

bool RdfWriter::Curie(const std::string& iri, std::string* curie) const {
  const RdfPrefix* best = nullptr;
  for (const auto& prefix : prefixes_) {
    if (iri.starts_with(prefix.iri) && (!best || prefix.iri.size() > best->iri.size())) best = &prefix;
  }
  if (!best) return false;
  const std::string_view local = std::string_view(iri).substr(best->iri.size());
  if (!PlainLocalName(local)) return false;
  curie->assign(best->name).append(":").append(local);
  return true;
}

void RdfWriter::Write(const RdfNode& s, const RdfNode& p, const RdfNode& o, const std::string& graph) {
  const bool turtle = syntax_ == RdfSyntax::kTurtle;
  // rdf:type stays an IRI so that Turtle writes it as 'a'.
  const bool type_predicate = p.value.size() == ns::kRdf.size() + 4 && p.value.starts_with(ns::kRdf) &&
                              p.value.ends_with("type");
  auto node = [&](const RdfNode& n, std::string* scratch, bool may_curie) {
    switch (n.kind) {
      case RdfNode::Kind::kBlank: return NodeOf(SERD_BLANK, n.value);
      case RdfNode::Kind::kLiteral: return NodeOf(SERD_LITERAL, n.value);
      case RdfNode::Kind::kIri: break;
    }
    if (turtle && may_curie && Curie(n.value, scratch)) return NodeOf(SERD_CURIE, *scratch);
    return NodeOf(SERD_URI, n.value);
  };
  const SerdNode subject = node(s, &scratch_[0], true);
  const SerdNode predicate = node(p, &scratch_[1], !type_predicate);
  const SerdNode object = node(o, &scratch_[2], true);
  SerdNode datatype = SERD_NODE_NULL, lang = SERD_NODE_NULL, graph_node = SERD_NODE_NULL;
  if (o.kind == RdfNode::Kind::kLiteral) {
    if (!o.lang.empty()) {
      lang = NodeOf(SERD_LITERAL, o.lang);
    } else if (!o.datatype.empty()) {
      datatype = turtle && !BareDatatype(o.datatype) && Curie(o.datatype, &scratch_[3])
                     ? NodeOf(SERD_CURIE, scratch_[3])
                     : NodeOf(SERD_URI, o.datatype);
    }
  }
  if (quads() && !graph.empty()) graph_node = NodeOf(SERD_URI, graph);
  const SerdStatus status = serd_writer_write_statement(
      serd_->writer, 0, graph_node.buf ? &graph_node : nullptr, &subject, &predicate, &object,
      datatype.buf ? &datatype : nullptr, lang.buf ? &lang : nullptr);
  if (status != SERD_SUCCESS || !out_.good()) {
    throw ExportError("cannot write the output" + (error_.empty() ? "" : ": " + error_));
  }
  ++statements_;
}

void RdfWriter::Finish() {
  if (finished_) return;
  finished_ = true;
  const SerdStatus status = serd_writer_finish(serd_->writer);
  out_.flush();
  if (status != SERD_SUCCESS || !out_.good()) {
    throw ExportError("cannot write the output" + (error_.empty() ? "" : ": " + error_));
  }
}

}  // namespace kg::exporter
