// The grammar's expectation points: `expected("a number after 'limit'")[p]` is X3's `> p`
// with a message of our own. X3 can only name the parser that failed; a reader also needs
// what came before it, so "{}" in the message stands for the node matched just before
// ("a term after predicate '{}'" -> "a term after predicate 'attacked'").
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <string_view>

#include "query/grammar/failure.h"
#include "query/grammar/state.h"

namespace kg::query::grammar {

namespace x3 = boost::spirit::x3;

// "expected " + `what` with "{}" replaced by `before`, shortened to one line that fits a
// message.
inline std::string Expected(std::string_view what, std::string_view before) {
  constexpr size_t kLongest = 40;  // bytes of `before` kept
  std::string quoted;
  for (char const c : before) {
    bool const space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space) {
      quoted += c;
    } else if (!quoted.empty() && quoted.back() != ' ') {
      quoted += ' ';
    }
  }
  if (quoted.size() > kLongest) {
    // Cut before a character, not among its UTF-8 continuation bytes (10xxxxxx).
    size_t cut = kLongest;
    while (cut > 0 && (static_cast<unsigned char>(quoted[cut]) & 0xC0) == 0x80) --cut;
    quoted.replace(cut, std::string::npos, "...");
  }
  std::string message = "expected ";
  message += what;
  if (size_t const at = message.find("{}"); at != std::string::npos) message.replace(at, 2, quoted);
  return message;
}

template <typename Subject>
struct expect_directive : x3::unary_parser<Subject, expect_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, expect_directive<Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr expect_directive(Subject const& subject, char const* what)
      : base_type(subject), what(what) {}

  template <typename It, typename Context, typename RContext, typename Attribute>
  bool parse(It& first, It const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    // Taken now: the subject may match nodes of its own before it fails.
    std::string_view const before = x3::get<state_tag>(context).last_node;
    if (this->subject.parse(first, last, context, rcontext, attr)) return true;
    FailAfter(first, last, context, Expected(what, before));
  }

  char const* what;
};

struct expect_gen {
  template <typename Subject>
  constexpr expect_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject), what};
  }

  char const* what;
};

constexpr expect_gen expected(char const* what) { return {what}; }

}  // namespace kg::query::grammar
