#include "extract/date.h"

#include <array>
#include <cstdio>

#include "text/text.h"

namespace kg::extract {
namespace {

struct Word {
  Span span;
  std::string key;  // MatchKey, with digits in ASCII
};

// The text's words split at spaces and at punctuation other than the / and - inside dates.
std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  auto separator = [](unsigned char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == '.' || c == '(' || c == ')' ||
           c == '"' || c == ':';
  };
  while (i < text.size()) {
    while (i < text.size() && separator(text[i])) ++i;
    size_t begin = i;
    while (i < text.size() && !separator(text[i])) {
      if (text.substr(i).starts_with("\u060C")) break;  // Arabic comma
      ++i;
    }
    if (i > begin) {
      std::string_view w = text.substr(begin, i - begin);
      std::string key = w.find('/') != std::string_view::npos || w.find('-') != std::string_view::npos
                            ? std::string()
                            : text::MatchKey(w);
      if (key.empty()) {  // keep dates whole: only Arabic-Indic digits are mapped
        for (size_t k = 0; k < w.size();) {
          const unsigned char c = w[k];
          if (c == 0xD9 && k + 1 < w.size() && static_cast<unsigned char>(w[k + 1]) >= 0xA0 &&
              static_cast<unsigned char>(w[k + 1]) <= 0xA9) {
            key.push_back(static_cast<char>('0' + static_cast<unsigned char>(w[k + 1]) - 0xA0));
            k += 2;
          } else {
            key.push_back(static_cast<char>(c));
            ++k;
          }
        }
      }
      words.push_back({{static_cast<uint32_t>(begin), static_cast<uint32_t>(i)}, std::move(key)});
    }
    if (i < text.size() && text.substr(i).starts_with("\u060C")) i += 2;
  }
  return words;
}

// Month names, as MatchKeys: Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني) and English.
int Month(const std::vector<Word>& words, size_t i, size_t* length) {
  static const std::array<const char*, 12> kArabic = {
      "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
      "نوفمبر", "ديسمبر"};
  static const std::array<const char*, 12> kLevantine = {
      "كانون ثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول",
      "تشرين اول", "تشرين ثاني", "كانون اول"};
  static const std::array<const char*, 12> kEnglish = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
  *length = 1;
  const std::string& w = words[i].key;
  for (int m = 0; m < 12; ++m) {
    if (w == kArabic[m] || w == kEnglish[m] || (w.size() >= 3 && std::string(kEnglish[m]).starts_with(w) &&
                                               w.size() == 3)) {
      return m + 1;
    }
    std::string_view lev = kLevantine[m];
    const size_t space = lev.find(' ');
    if (space == std::string_view::npos) {
      if (w == lev) return m + 1;
    } else if (w == lev.substr(0, space) && i + 1 < words.size() &&
               words[i + 1].key == lev.substr(space + 1)) {
      *length = 2;
      return m + 1;
    }
  }
  if (w == "يونيه") return 6;
  if (w == "يوليه") return 7;
  return 0;
}

int Number(const std::string& s, size_t min_digits, size_t max_digits) {
  if (s.size() < min_digits || s.size() > max_digits) return -1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool Valid(const Date& d) {
  return d.year >= 1900 && d.year <= 2100 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= 31;
}

// 2024/11/19, 19/11/2024, 2024-11-19.
std::optional<Date> Numeric(const std::string& w) {
  for (char sep : {'/', '-'}) {
    const size_t a = w.find(sep), b = a == std::string::npos ? a : w.find(sep, a + 1);
    if (b == std::string::npos) continue;
    const std::string x = w.substr(0, a), y = w.substr(a + 1, b - a - 1), z = w.substr(b + 1);
    Date d{Number(x, 4, 4), Number(y, 1, 2), Number(z, 1, 2)};
    if (Valid(d)) return d;
    d = {Number(z, 4, 4), Number(y, 1, 2), Number(x, 1, 2)};
    if (Valid(d)) return d;
  }
  return std::nullopt;
}

}  // namespace

std::string Date::Iso() const {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

std::vector<DateMention> FindDates(std::string_view text, std::optional<Date> reference) {
  static const std::string kPast = text::MatchKey("الماضي"), kNext = text::MatchKey("المقبل");
  std::vector<DateMention> dates;
  const std::vector<Word> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    if (auto d = Numeric(words[i].key)) {
      dates.push_back({words[i].span, *d, false});
      continue;
    }
    size_t length = 0;
    // Month D, YYYY
    if (int m = Month(words, i, &length); m && i + length + 1 < words.size()) {
      const int day = Number(words[i + length].key, 1, 2);
      const int year = Number(words[i + length + 1].key, 4, 4);
      Date d{year, m, day};
      if (Valid(d)) {
        dates.push_back({{words[i].span.begin, words[i + length + 1].span.end}, d, false});
        i += length + 1;
        continue;
      }
    }
    // D Month [YYYY | الماضي | المقبل]
    const int day = Number(words[i].key, 1, 2);
    if (day < 1 || i + 1 >= words.size()) continue;
    const int m = Month(words, i + 1, &length);
    if (!m) continue;
    const size_t after = i + 1 + length;
    if (after < words.size()) {
      if (int year = Number(words[after].key, 4, 4); year > 0 && Valid({year, m, day})) {
        dates.push_back({{words[i].span.begin, words[after].span.end}, {year, m, day}, false});
        i = after;
        continue;
      }
    }
    if (!reference) continue;
    const bool next = after < words.size() && words[after].key == kNext;
    const bool past = after < words.size() && words[after].key == kPast;
    Date d{reference->year, m, day};
    if (next && d <= *reference) ++d.year;
    if (!next && d > *reference) --d.year;
    if (!Valid(d)) continue;
    const size_t end = next || past ? after : after - 1;
    dates.push_back({{words[i].span.begin, words[end].span.end}, d, true});
    i = end;
  }
  return dates;
}

}  // namespace kg::extract
