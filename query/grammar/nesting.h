// A bound on how deeply the grammar recurses. Parentheses, 'not' and function calls nest, and
// each level costs the recursive-descent parser stack; `nested[p]` counts the levels around p
// and turns a pathological input (ten thousand '(') into a syntax error instead of a crash.
#pragma once

#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/context.hpp>
#include <string>

#include "query/grammar/failure.h"
#include "query/grammar/state.h"

namespace kg::query::grammar {

namespace x3 = boost::spirit::x3;

inline constexpr int kMaxNesting = 256;

template <typename Subject>
struct nested_directive : x3::unary_parser<Subject, nested_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, nested_directive<Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr explicit nested_directive(Subject const& subject) : base_type(subject) {}

  template <typename It, typename Context, typename RContext, typename Attribute>
  bool parse(It& first, It const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    int& depth = x3::get<state_tag>(context).depth;
    if (depth == kMaxNesting) {
      Fail(first, "nested more than " + std::to_string(kMaxNesting) + " levels deep");
    }
    // A failure throws out of the whole parse, so only the paths that return need to undo.
    ++depth;
    bool const matched = this->subject.parse(first, last, context, rcontext, attr);
    --depth;
    return matched;
  }
};

struct nested_gen {
  template <typename Subject>
  constexpr nested_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return nested_directive<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
  }
};

inline constexpr nested_gen nested{};

}  // namespace kg::query::grammar
