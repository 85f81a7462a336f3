// The countries lexicon, generated from ICU's locale data rather than typed: every ISO 3166
// territory with its Arabic names and the nisba adjective its name gives by rule.
#pragma once

#include <string>

namespace kg::extract {

// The text of data/countries.tsv (see its header for the columns).
std::string GenerateCountries();

}  // namespace kg::extract
