// What may stand between two tokens: white space, and comments from '#' to the end of the
// line. Written by hand because X3's character classes call isspace on the bytes of UTF-8.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace kg::query::grammar {

struct skipper_parser : boost::spirit::x3::parser<skipper_parser> {
  using attribute_type = boost::spirit::x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    Iterator const start = first;
    while (first != last) {
      char const c = *first;
      if (c == '#') {
        while (first != last && *first != '\n') ++first;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++first;
      } else {
        break;
      }
    }
    return first != start;
  }
};

inline constexpr skipper_parser skipper{};

}  // namespace kg::query::grammar
