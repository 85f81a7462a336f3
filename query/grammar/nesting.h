// A bound on how deeply the grammar recurses. Parentheses, 'not' and function calls nest, and
// each level costs the recursive-descent parser stack (a few kilobytes); `nested(opener)[p]`
// matches the opener, then p one level deeper, and turns a pathological input (ten thousand
// '(') into a syntax error at the opener that goes too deep instead of a crash.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>

#include "query/grammar/failure.h"
#include "query/grammar/state.h"

namespace kg::query::grammar {

namespace x3 = boost::spirit::x3;

inline constexpr int kMaxNesting = 256;

template <typename Opener, typename Subject>
struct nested_directive : x3::unary_parser<Subject, nested_directive<Opener, Subject>> {
  using base_type = x3::unary_parser<Subject, nested_directive<Opener, Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr nested_directive(Opener const& opener, Subject const& subject)
      : base_type(subject), opener(opener) {}

  template <typename It, typename Context, typename RContext, typename Attribute>
  bool parse(It& first, It const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    It const start = first;
    if (!opener.parse(first, last, context, rcontext, x3::unused)) return false;
    int& depth = x3::get<state_tag>(context).depth;
    if (depth == kMaxNesting) {
      FailAfter(start, last, context,
                "nested more than " + std::to_string(kMaxNesting) + " levels deep");
    }
    // A failure throws out of the whole parse, so only the paths that return need to undo.
    ++depth;
    bool const matched = this->subject.parse(first, last, context, rcontext, attr);
    --depth;
    if (!matched) first = start;
    return matched;
  }

  Opener opener;
};

template <typename Opener>
struct nested_gen {
  template <typename Subject>
  constexpr nested_directive<Opener, typename x3::extension::as_parser<Subject>::value_type>
  operator[](Subject const& subject) const {
    return {opener, x3::as_parser(subject)};
  }

  Opener opener;
};

template <typename Opener>
constexpr nested_gen<typename x3::extension::as_parser<Opener>::value_type> nested(
    Opener const& opener) {
  return {x3::as_parser(opener)};
}

}  // namespace kg::query::grammar
