#include "query/utf8.h"

namespace kg::query::utf8 {

void Append(std::string& out, char32_t code_point) {
  auto const byte = [&out](char32_t bits) { out.push_back(static_cast<char>(bits)); };
  if (code_point < 0x80) {
    byte(code_point);
  } else if (code_point < 0x800) {
    byte(0xC0 | (code_point >> 6));
    byte(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    byte(0xE0 | (code_point >> 12));
    byte(0x80 | ((code_point >> 6) & 0x3F));
    byte(0x80 | (code_point & 0x3F));
  } else {
    byte(0xF0 | (code_point >> 18));
    byte(0x80 | ((code_point >> 12) & 0x3F));
    byte(0x80 | ((code_point >> 6) & 0x3F));
    byte(0x80 | (code_point & 0x3F));
  }
}

char32_t Next(std::string_view text, size_t& at) {
  constexpr char32_t kReplacement = 0xFFFD;
  auto const lead = static_cast<unsigned char>(text[at++]);
  if (lead < 0x80) return lead;

  size_t length;
  char32_t code_point;
  char32_t smallest;  // below it the sequence is overlong
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code_point = lead & 0x1F, smallest = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code_point = lead & 0x0F, smallest = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code_point = lead & 0x07, smallest = 0x10000;
  } else {
    return kReplacement;
  }
  if (text.size() - (at - 1) < length) return kReplacement;
  for (size_t i = 0; i + 1 < length; ++i) {
    auto const next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) return kReplacement;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  bool const surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (code_point < smallest || code_point > 0x10FFFF || surrogate) return kReplacement;
  at += length - 1;
  return code_point;
}

}  // namespace kg::query::utf8
