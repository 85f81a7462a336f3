// Dates stated in news text: 2024/11/19، الثلاثاء 19 نوفمبر 2024، November 25, 2024, and
// relative ones (4 أكتوبر الماضي) resolved against the article's own date.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"

namespace kg::extract {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  std::string Iso() const;  // "2024-11-19"
  auto operator<=>(const Date&) const = default;
};

struct DateMention {
  Span span;  // bytes of the text
  Date date;
  bool relative = false;  // the year came from the reference date
};

// Every date in the text, in order. A day and month without a year (4 أكتوبر الماضي، في 4
// أكتوبر) take their year from `reference`: the last such date not after it (the next one with
// المقبل); without a reference they are left out.
std::vector<DateMention> FindDates(std::string_view text, std::optional<Date> reference = {});

}  // namespace kg::extract
