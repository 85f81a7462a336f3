#include "query/parser.h"

#include <string>
#include <utility>
#include <vector>

#include "query/error.h"
#include "query/grammar/grammar.h"

namespace kg::query {

namespace x3 = boost::spirit::x3;

Script Parse(std::string_view text) {
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
