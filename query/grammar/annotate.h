// The base of the ids of rules whose matches are AST nodes. When such a rule matches, its
// node learns where it came from (for errors found after parsing), and its text becomes the
// "after '...'" of the next expectation that fails.
#pragma once

#include <boost/spirit/home/x3/support/context.hpp>
#include <string_view>

#include "query/grammar/state.h"

namespace kg::query::grammar {

struct annotated {
  template <typename It, typename Attribute, typename Context>
  void on_success(It const& first, It const& last, Attribute& node,
                  Context const& context) const {
    State& state = boost::spirit::x3::get<state_tag>(context);
    state.positions.annotate(node, first, last);  // nothing for nodes that are not Nodes
    state.last_node = std::string_view(first, last - first);
  }
};

}  // namespace kg::query::grammar
