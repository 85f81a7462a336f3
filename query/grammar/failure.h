// How the grammar gives up: an x3::expectation_failure whose which() is the whole message, so
// Parse can turn it into a SyntaxError without knowing which rule failed.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <utility>

#include "query/grammar/state.h"

namespace kg::query::grammar {

[[noreturn]] inline void Fail(Iterator where, std::string message) {
  throw boost::spirit::x3::expectation_failure<Iterator>(where, std::move(message));
}

// Fails where something was expected after `where`. Between tokens that is the next token,
// or, when only spaces and comments follow, right after the last one (a missing last term
// is pointed at where it should have been, not at the end of a trailing comment). Inside a
// token, where the context does not skip, it is `where` itself.
template <typename Context>
[[noreturn]] void FailAfter(Iterator where, Iterator last, Context const& context,
                            std::string message) {
  Iterator next = where;
  boost::spirit::x3::skip_over(next, last, context);
  Fail(next == last ? where : next, std::move(message));
}

}  // namespace kg::query::grammar
