#include "query/parser.h"

#include <boost/spirit/home/x3/directive/expect.hpp>
#include <string>
#include <utility>
#include <vector>

#include "query/error.h"
#include "query/grammar/grammar.h"

namespace kg::query {
namespace {

namespace x3 = boost::spirit::x3;

// A failure is detected where the previous token ends; it is shown at the next token, or
// right after the last one when only spaces and comments follow (a missing last term).
size_t ErrorOffset(std::string_view text, grammar::Iterator where) {
  grammar::Iterator next = where;
  grammar::skipper.parse(next, text.data() + text.size(), x3::unused, x3::unused, x3::unused);
  return (next == text.data() + text.size() ? where : next) - text.data();
}

}  // namespace

Script Parse(std::string_view text) {
  std::string owned(text);  // the Script's Source keeps the text
  grammar::Iterator first = owned.data();
  grammar::Iterator const last = first + owned.size();
  grammar::State state(first, last);
  auto const context =
      x3::make_context<grammar::state_tag>(state, x3::make_context<x3::skipper_tag>(grammar::skipper));

  Script script;
  try {
    // The grammar ends in expectations, so it matches the whole text or throws.
    grammar::script().parse(first, last, context, x3::unused, script.statements);
  } catch (x3::expectation_failure<grammar::Iterator> const& failure) {
    throw SyntaxError(owned, ErrorOffset(owned, failure.where()), failure.which());
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
