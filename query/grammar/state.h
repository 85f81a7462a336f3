// What the grammar keeps while it parses, reachable from every rule through the context.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <string_view>
#include <vector>

namespace kg::query::grammar {

using Iterator = char const*;

struct State {
  State(Iterator first, Iterator last) : positions(first, last) {}

  // Where each node came from; Parse turns it into the Script's Source.
  boost::spirit::x3::position_cache<std::vector<Iterator>> positions;
  // The text of the node matched last: what "after '...'" in an error message names.
  std::string_view last_node;
  // How deeply the parenthesised groups, 'not's and calls around the current place nest.
  int depth = 0;
};

// The context key under which the State is found.
struct state_tag;

}  // namespace kg::query::grammar
