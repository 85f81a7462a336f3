#include "export/rdf_names.h"

#include <serd/serd.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

#include "export/export_error.h"

namespace kg::exporter {
namespace {

bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// RFC 3987's ucschar, less the bidi formatting characters it forbids (section 4.1).
bool IsIriLetter(UChar32 c) {
  if (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
    return false;
  }
  if ((c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF)) {
    return true;
  }
  // U+10000 to U+EFFFD by planes, without each plane's last two code points.
  return c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD;
}

void AppendPercent(std::string* out, std::string_view bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char b : bytes) {
    out->push_back('%');
    out->push_back(kHex[b >> 4]);
    out->push_back(kHex[b & 0xF]);
  }
}

constexpr std::array<std::string_view, 7> kClassNames = {
    "Entity", "Country", "Place", "Organization", "ArmedGroup", "Person", "Media"};

}  // namespace

std::string IriSegment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const std::string_view sequence = text.substr(start, i - start);
    if (c < 0x80 && c >= 0 && IsUnreserved(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(c));
    } else if (c >= 0 && IsIriLetter(c)) {
      out.append(sequence);
    } else {
      AppendPercent(&out, sequence);  // also each byte of invalid UTF-8
    }
  }
  return out;
}

std::string_view ClassName(graph::EntityType type) {
  const auto index = static_cast<size_t>(type);
  return index < kClassNames.size() ? kClassNames[index] : kClassNames[0];
}

std::string ClassIri(graph::EntityType type) { return std::string(ns::kKg) + std::string(ClassName(type)); }

RdfNames::RdfNames(std::string base) : base_(std::move(base)) {
  const bool absolute = serd_uri_string_has_scheme(reinterpret_cast<const uint8_t*>(base_.c_str()));
  bool clean = base_.find_first_of(" <>\"{}|^`\\") == std::string::npos;
  for (unsigned char c : base_) clean = clean && c >= 0x20 && c != 0x7F;
  if (!absolute || !clean) {
    throw ExportUsageError("--base '" + base_ + "' is not an absolute IRI (such as https://example.org/news/)");
  }
  if (base_.back() != '/' && base_.back() != '#') base_.push_back('/');
}

}  // namespace kg::exporter
