// Fuzz target: any bytes as query text. Parse returns a script or throws SyntaxError; anything
// else escaping, a crash, a sanitizer report or a hang is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/check.h"
#include "query/error.h"
#include "query/parser.h"
#include "text/text.h"

namespace {

using kg::fuzz::Fail;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const kg::query::Script script = kg::query::Parse(text);
    // Later stages point at nodes through the source: every statement's place must be a part
    // of the text that was parsed.
    const std::string_view source = script.source.text();
    if (source != text) Fail("the script's source is not the text parsed");
    for (const auto& statement : script.statements) {
      const std::string_view part = script.source.TextOf(statement);
      if (part.data() < source.data() || part.data() + part.size() > source.data() + source.size()) {
        Fail("a statement's place lies outside the text");
      }
      const auto location = script.source.LocationOf(statement);
      if (location.line == 0 || location.column == 0) Fail("a statement has no location");
    }
  } catch (const kg::query::SyntaxError& error) {
    // What the user sees: the message, the line and a caret, in UTF-8 whatever the bytes.
    if (error.line() == 0 || error.column() == 0) Fail("a syntax error has no location");
    const std::string shown = error.Render();
    if (shown.empty()) Fail("a syntax error renders empty");
    if (!kg::text::RepairUtf8(shown).bad_offsets.empty()) Fail("a syntax error shows bytes that are not UTF-8");
  }
  return 0;
}
