// kg::query::Parse — text in the query language (shared/spec/query-language.md) to a Script.
// The grammar itself lives in query/grammar/, which only parser.cpp includes.
#pragma once

#include <string_view>

#include "query/ast.h"

namespace kg::query {

// Parses every statement of `text` (statements are separated by ';'). Throws SyntaxError
// at the first place the text leaves the language.
Script Parse(std::string_view text);

}  // namespace kg::query
