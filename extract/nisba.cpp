#include "extract/nisba.h"

namespace kg::extract {
namespace {

constexpr std::string_view kAl = "\u0627\u0644", kAlef = "\u0627", kYa = "\u064A",
                           kTaMarbuta = "\u0629";

// The endings NisbaForms adds after the ي of the adjective (the accusative's alef: إيرانياً).
constexpr std::string_view kEndings[] = {"", "\u0629", "\u0627", "\u0627\u062A", "\u0627\u0646",
                                         "\u0648\u0646", "\u064A\u0646"};

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (char byte : s) n += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string NisbaOf(std::string_view country) {
  if (country.find(' ') != std::string_view::npos || country.empty()) return {};
  std::string word(country);
  if (word.starts_with(kAl) && Letters(word) > 3) word.erase(0, kAl.size());
  if (word.ends_with(std::string(kYa) + std::string(kAlef))) {
    word.erase(word.size() - kAlef.size());
  } else if (word.ends_with(kAlef)) {
    word.replace(word.size() - kAlef.size(), kAlef.size(), kYa);
  } else if (word.ends_with(std::string(kYa) + std::string(kTaMarbuta))) {
    word.erase(word.size() - kTaMarbuta.size());
  } else if (!word.ends_with(kYa)) {
    word += kYa;
  }
  return word;
}

std::vector<std::string> NisbaForms(std::string_view adjective) {
  // Each word of an adjective of two (كوري جنوبي) agrees: كورية جنوبية، كوريون جنوبيون.
  std::vector<std::string> forms;
  for (std::string_view ending : kEndings) {
    std::string form;
    for (size_t begin = 0; begin <= adjective.size();) {
      size_t end = adjective.find(' ', begin);
      if (end == std::string_view::npos) end = adjective.size();
      if (!form.empty()) form += ' ';
      form += std::string(adjective.substr(begin, end - begin)) + std::string(ending);
      begin = end + 1;
    }
    forms.push_back(std::move(form));
  }
  return forms;
}

}  // namespace kg::extract
