#include "query/parser.h"

#include <string>
#include <utility>
#include <vector>

#include "query/error.h"
#include "query/grammar/grammar.h"
#include "text/text.h"

namespace kg::query {

namespace x3 = boost::spirit::x3;

namespace {

std::string ByteName(char byte) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto value = static_cast<unsigned char>(byte);
  return std::string("0x") + kHex[value >> 4] + kHex[value & 15];
}

}  // namespace

Script Parse(std::string_view text) {
  // Names and strings are compared, stored and echoed as UTF-8: bytes that are not (a file in
  // Latin-1) are refused where they start, rather than looked up.
  if (const auto repaired = text::RepairUtf8(text); !repaired.bad_offsets.empty()) {
    throw SyntaxError(text, repaired.bad_offsets.front(), "expected UTF-8 text, not the byte " +
                                                              ByteName(text[repaired.bad_offsets.front()]));
  }
  std::string owned(text);  // the Script's Source keeps the text
  grammar::Iterator first = owned.data();
  grammar::Iterator const last = first + owned.size();
  grammar::State state(first, last);
  // A context refers to the one it extends, so each is a variable of its own.
  auto const skipping = x3::make_context<x3::skipper_tag>(grammar::skipper);
  grammar::Context const context = x3::make_context<grammar::state_tag>(state, skipping);

  Script script;
  try {
    // The grammar ends in expectations, so it matches the whole text or throws.
    grammar::script().parse(first, last, context, x3::unused, script.statements);
  } catch (x3::expectation_failure<grammar::Iterator> const& failure) {
    throw SyntaxError(owned, failure.where() - owned.data(), failure.which());
  }

  std::vector<size_t> positions;
  positions.reserve(state.positions.get_positions().size());
  for (grammar::Iterator at : state.positions.get_positions()) {
    positions.push_back(at - owned.data());
  }
  script.source = Source(std::move(owned), std::move(positions));
  return script;
}

}  // namespace kg::query
