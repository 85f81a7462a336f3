// How the grammar gives up: an x3::expectation_failure whose which() is the whole message, so
// Parse can turn it into a SyntaxError without knowing which rule failed.
#pragma once

#include <boost/spirit/home/x3/directive/expect.hpp>
#include <string>
#include <utility>

#include "query/grammar/state.h"

namespace kg::query::grammar {

[[noreturn]] inline void Fail(Iterator where, std::string message) {
  throw boost::spirit::x3::expectation_failure<Iterator>(where, std::move(message));
}

}  // namespace kg::query::grammar
