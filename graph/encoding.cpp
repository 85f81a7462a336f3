#include "graph/encoding.h"

#include <bit>

namespace kg::graph::encoding {

TripleKey EncodeTriple(Order order, const Triple& t) {
  const TermId p = KeyPredicate(t.p, t.negated);
  TermId a = t.s, b = p, c = t.o;
  if (order == Order::kPos) a = p, b = t.o, c = t.s;
  if (order == Order::kOsp) a = t.o, b = t.s, c = p;
  TripleKey key;
  const TermId ids[3] = {a, b, c};
  for (int i = 0; i < 3; ++i) {
    key[4 * i] = static_cast<char>(ids[i] >> 24);
    key[4 * i + 1] = static_cast<char>(ids[i] >> 16);
    key[4 * i + 2] = static_cast<char>(ids[i] >> 8);
    key[4 * i + 3] = static_cast<char>(ids[i]);
  }
  return key;
}

Triple DecodeTriple(Order order, const char* key) {
  const TermId a = GetId(key), b = GetId(key + 4), c = GetId(key + 8);
  TermId s = a, p = b, o = c;
  if (order == Order::kPos) p = a, o = b, s = c;
  if (order == Order::kOsp) o = a, s = b, p = c;
  return Triple{s, p & ~kNegatedBit, o, (p & kNegatedBit) != 0};
}

Order OrderFor(bool s_bound, bool p_bound, bool o_bound) {
  if (s_bound && (p_bound || !o_bound)) return Order::kSpo;  // s, sp, spo
  if (p_bound) return Order::kPos;                           // p, po
  if (o_bound) return Order::kOsp;                           // o, os
  return Order::kSpo;                                        // nothing bound: a full scan
}

std::string PatternPrefix(Order order, TermId s, TermId key_p, TermId o, bool s_bound,
                          bool p_bound, bool o_bound) {
  std::string prefix;
  auto put = [&](bool bound, TermId id) {
    if (!bound) return false;
    PutId(&prefix, id);
    return true;
  };
  switch (order) {
    case Order::kSpo:
      if (put(s_bound, s) && put(p_bound, key_p)) put(o_bound, o);
      break;
    case Order::kPos:
      if (put(p_bound, key_p) && put(o_bound, o)) put(s_bound, s);
      break;
    case Order::kOsp:
      if (put(o_bound, o) && put(s_bound, s)) put(p_bound, key_p);
      break;
  }
  return prefix;
}

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    result |= uint64_t{byte & 0x7fu} << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

bool GetString(std::string_view* in, std::string* s) {
  uint64_t n = 0;
  if (!GetVarint(in, &n) || n > in->size()) return false;
  s->assign(in->substr(0, n));
  in->remove_prefix(n);
  return true;
}

std::string EncodeTerm(const Term& term) {
  std::string out;
  AppendTerm(&out, term.kind, term.value, term.lang, term.datatype);
  return out;
}

void AppendTerm(std::string* out, TermKind kind, std::string_view value, std::string_view lang,
                std::string_view datatype) {
  out->push_back(static_cast<char>(kind));
  if (kind == TermKind::kLiteral) {
    PutString(out, lang);
    PutString(out, datatype);
  }
  out->append(value);
}

bool DecodeTerm(std::string_view in, Term* term) {
  if (in.empty()) return false;
  term->kind = static_cast<TermKind>(in.front());
  in.remove_prefix(1);
  term->lang.clear();
  term->datatype.clear();
  switch (term->kind) {
    case TermKind::kLiteral:
      if (!GetString(&in, &term->lang) || !GetString(&in, &term->datatype)) return false;
      break;
    case TermKind::kEntity:
    case TermKind::kPredicate:
    case TermKind::kIri:
    case TermKind::kBlank:
    case TermKind::kDocument:
      break;
    default:
      return false;
  }
  term->value.assign(in);
  return true;
}

std::string EncodeEntity(const EntityInfo& info) {
  std::string out(1, static_cast<char>(info.type));
  PutString(&out, info.id);
  PutString(&out, info.label);
  for (const auto& alias : info.aliases) PutString(&out, alias);
  return out;
}

bool DecodeEntity(std::string_view in, EntityInfo* info) {
  if (in.empty()) return false;
  info->type = static_cast<EntityType>(in.front());
  in.remove_prefix(1);
  if (!GetString(&in, &info->id) || !GetString(&in, &info->label)) return false;
  info->aliases.clear();
  while (!in.empty()) {
    if (!GetString(&in, &info->aliases.emplace_back())) return false;
  }
  return true;
}

namespace {
void PutSpan(std::string* out, const Span& span) {
  PutVarint(out, span.begin);
  PutVarint(out, span.end);
}
bool GetSpan(std::string_view* in, Span* span) {
  uint64_t b = 0, e = 0;
  if (!GetVarint(in, &b) || !GetVarint(in, &e)) return false;
  span->begin = static_cast<uint32_t>(b);
  span->end = static_cast<uint32_t>(e);
  return true;
}
}  // namespace

std::string EncodeEvidence(const Evidence& evidence) {
  std::string out;
  PutVarint(&out, evidence.sentence);
  PutSpan(&out, evidence.sentence_span);
  PutSpan(&out, evidence.trigger);
  PutSpan(&out, evidence.subject);
  PutSpan(&out, evidence.object);
  PutVarint(&out, std::bit_cast<uint32_t>(evidence.confidence));
  PutString(&out, evidence.source);
  return out;
}

bool DecodeEvidence(std::string_view in, Evidence* evidence) {
  uint64_t sentence = 0, confidence = 0;
  if (!GetVarint(&in, &sentence) || !GetSpan(&in, &evidence->sentence_span) ||
      !GetSpan(&in, &evidence->trigger) || !GetSpan(&in, &evidence->subject) ||
      !GetSpan(&in, &evidence->object) || !GetVarint(&in, &confidence) ||
      !GetString(&in, &evidence->source)) {
    return false;
  }
  evidence->sentence = static_cast<uint32_t>(sentence);
  evidence->confidence = std::bit_cast<float>(static_cast<uint32_t>(confidence));
  return in.empty();
}

std::string EncodeSupport(const Support& support) {
  std::string out;
  PutVarint(&out, support.mentions);
  out.push_back(support.imported ? 1 : 0);
  return out;
}

bool DecodeSupport(std::string_view in, Support* support) {
  if (!GetVarint(&in, &support->mentions) || in.size() != 1) return false;
  support->imported = in.front() != 0;
  return true;
}

std::string EncodeDocument(const DocumentInfo& info) {
  std::string out;
  PutString(&out, info.name);
  PutString(&out, info.source);
  PutString(&out, info.title);
  PutString(&out, info.date);
  PutVarint(&out, info.content_hash);
  PutVarint(&out, info.triples);
  PutVarint(&out, info.mentions);
  if (!info.outlet.empty()) PutString(&out, info.outlet);
  return out;
}

bool DecodeDocument(std::string_view in, DocumentInfo* info) {
  uint64_t triples = 0, mentions = 0;
  if (!GetString(&in, &info->name) || !GetString(&in, &info->source) ||
      !GetString(&in, &info->title) || !GetString(&in, &info->date) ||
      !GetVarint(&in, &info->content_hash) || !GetVarint(&in, &triples) ||
      !GetVarint(&in, &mentions)) {
    return false;
  }
  info->triples = static_cast<uint32_t>(triples);
  info->mentions = static_cast<uint32_t>(mentions);
  // The outlet is last and absent when empty (and in records written before it existed).
  info->outlet.clear();
  return in.empty() || (GetString(&in, &info->outlet) && in.empty());
}

std::string GlobalStatKey(std::string_view name) {
  std::string key = "g";
  key.append(name);
  return key;
}

std::string PredicateStatKey(TermId key_p) {
  std::string key = "p";
  PutId(&key, key_p);
  return key;
}

std::string DegreeStatKey(TermId term) {
  std::string key = "d";
  PutId(&key, term);
  return key;
}

std::string MentionKey(const TripleKey& spo, TermId document, uint16_t seq) {
  std::string key(spo.data(), spo.size());
  PutId(&key, document);
  key.push_back(static_cast<char>(seq >> 8));
  key.push_back(static_cast<char>(seq));
  return key;
}

std::string DocTripleKey(TermId document, const TripleKey& spo) {
  std::string key;
  PutId(&key, document);
  key.append(spo.data(), spo.size());
  return key;
}

}  // namespace kg::graph::encoding
