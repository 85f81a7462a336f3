// Bare words and keywords. A bare word is ASCII letters, digits and '_', where '-' or '.'
// may join two of them (al-Araji, U.S); a keyword is a bare word spelled like the keyword in
// any case, so `Select` is one and `selection` is not.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace kg::query::grammar {

namespace x3 = boost::spirit::x3;

// Keywords and function names are ASCII; other bytes stay as they are.
constexpr char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

inline auto const word_char = x3::ascii::alnum | x3::ascii::char_('_');

// Matches when the text before it is part of a longer bare word.
inline auto const name_continues = word_char | (x3::ascii::char_("-.") >> word_char);

struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  explicit constexpr keyword_parser(char const* lower_case) : word(lower_case) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator at = first;
    for (char const* w = word; *w != '\0'; ++w, ++at) {
      if (at == last) return false;
      if (AsciiLower(*at) != *w) return false;
    }
    Iterator rest = at;
    if (name_continues.parse(rest, last, x3::unused, x3::unused, x3::unused)) return false;
    first = at;
    return true;
  }

  char const* word;
};

constexpr keyword_parser kw(char const* lower_case) { return keyword_parser(lower_case); }

}  // namespace kg::query::grammar
