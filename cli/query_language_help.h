// What `kg help query-language` and the REPL's `:help` print: the summary of the language.
#pragma once

#include <string_view>

namespace kg::cli {

// The "At a glance" section of docs/query-language.md, as of the build.
std::string_view QueryLanguageSummary();

}  // namespace kg::cli
