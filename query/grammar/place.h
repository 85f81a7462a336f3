// `placed[p]` marks a rule whose value is an AST node: when p matches, the node learns where
// it came from (for errors found after parsing), and its text becomes the "after '...'" of
// the next expectation that fails.
//
// The node is the rule's value, which X3 hands every parser of the rule as `rcontext`. (A
// rule id's on_success handler would not do: X3 gives it no value when the rule has
// semantic actions, and paths, filters and groups are built by actions.)
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string_view>

#include "query/grammar/state.h"

namespace kg::query::grammar {

namespace x3 = boost::spirit::x3;

template <typename Subject>
struct placed_directive : x3::unary_parser<Subject, placed_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, placed_directive<Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr explicit placed_directive(Subject const& subject) : base_type(subject) {}

  template <typename It, typename Context, typename RContext, typename Attribute>
  bool parse(It& first, It const& last, Context const& context, RContext& node,
             Attribute& attr) const {
    It start = first;
    x3::skip_over(start, last, context);  // a node starts at its first token
    if (!this->subject.parse(first, last, context, node, attr)) return false;
    State& state = x3::get<state_tag>(context);
    state.positions.annotate(node, start, first);  // nothing for values that are not Nodes
    state.last_node = std::string_view(start, first - start);
    return true;
  }
};

struct placed_gen {
  template <typename Subject>
  constexpr placed_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return placed_directive<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
  }
};

inline constexpr placed_gen placed{};

}  // namespace kg::query::grammar
