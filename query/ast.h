// kg::query::ast — what a query script means, as the parser hands it to the planner.
//
// Each construct is one struct with an enum field saying which form it takes, so the executor
// switches on a field rather than visiting variants of variants; chains of '/', '|', 'and' and
// 'or' are single n-ary nodes. Every node derives from Node, which the parser stamps with the
// node's place in the source: ask Script::source where a node came from (to report "unknown
// entity 'Irak' at 1:5").
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "query/source.h"

namespace kg::query::ast {

using Node = boost::spirit::x3::position_tagged;

// A term as written. `text` is the variable's name without '?', the bare word, the string
// with its escapes resolved, the IRI without its angle brackets, or the number or date as
// written (so "2.50" stays "2.50"; dates are YYYY-MM-DD).
enum class TermKind : uint8_t { Variable, Name, String, Iri, Number, Date };
struct Term : Node {
  TermKind kind = TermKind::Name;
  std::string text;
};

// A property path. Predicate is one step along `predicate` (a Name or an Iri; a Variable
// only when it is the whole path); `negated` restricts the step to denied triples ('!').
// Any is '_', a step along any predicate. The other forms combine `operands`: Inverse ('^')
// and Repeat have one, Sequence ('/') and Alternative ('|') two or more, in source order.
// Repeat runs its operand between `min` and `max` times; no `max` means unbounded.
enum class PathOp : uint8_t { Predicate, Any, Inverse, Sequence, Alternative, Repeat };
struct Path : Node {
  PathOp op = PathOp::Predicate;
  Term predicate;
  bool negated = false;
  std::vector<Path> operands;
  uint32_t min = 0;
  std::optional<uint32_t> max;
};

struct Pattern : Node {
  Term subject;
  Path path;
  Term object;
};

// Patterns joined by '.', and what restricts or annotates their matches: `evidence` asks
// for the source of each row, `from` holds a String (a glob over article names), `since` and
// `until` a Date of a day, a month or a year (2018-05-10, 2018-05, 2018), both inclusive,
// `source` a String (a glob over the articles' outlets) and `according_to` the entity or text
// a mention attributes the statement to.
struct Group : Node {
  std::vector<Pattern> patterns;
  bool evidence = false;
  std::optional<Term> from;
  std::optional<Term> since;
  std::optional<Term> until;
  std::optional<Term> source;
  std::optional<Term> according_to;
};

// A filter expression. Or and And have two or more operands, Not one, the comparisons two
// (left, right); Call applies `function` (lower-cased, not checked: the executor knows
// which exist) to its operands; Value is the leaf holding `value`.
enum class ExprOp : uint8_t {
  Or,
  And,
  Not,
  Equal,
  NotEqual,
  Less,
  LessEqual,
  Greater,
  GreaterEqual,
  Contains,
  Call,
  Value
};
struct Expr : Node {
  ExprOp op = ExprOp::Value;
  std::string function;
  Term value;
  std::vector<Expr> operands;
};

// What a select list or an order key names: a variable (`?x`), count(*), count(?x) or
// count(distinct ?x). `variable` is empty for count(*).
// count(articles) and count(mentions) count what supports the matched triples: the distinct
// articles that state them and the statements read, within `from`/`since`/`until`.
// Day, Month and Year are the date of those articles, cut to that precision, for `group by day`
// (month, year): one group per period a match was reported in. Source is their outlet and
// Attribution who the statement is attributed to, for `group by source` and
// `group by attribution`.
enum class Aggregate : uint8_t {
  None, CountAll, Count, CountDistinct, CountArticles, CountMentions, Day, Month, Year, Source, Attribution
};
struct Column : Node {
  Aggregate aggregate = Aggregate::None;
  std::string variable;
};

struct SelectItem : Node {
  Column column;
  std::string alias;  // from `as ?n`, without '?'; empty when there is none
};

struct OrderKey : Node {
  Column column;
  bool descending = false;
};

struct Select : Node {
  bool distinct = false;
  std::vector<SelectItem> items;
  Group where;
  std::optional<Expr> filter;
  std::vector<Term> group_by;  // Variables, and Names: day, month or year, source, attribution
  std::vector<OrderKey> order_by;
  std::optional<uint64_t> limit;
  std::optional<uint64_t> offset;
};

// A query that is only patterns: prints one row per distinct binding.
struct PatternQuery : Node {
  Group where;
};

struct Ask : Node {
  Group where;
};

// `path A to B [max N] [via p, q]`: the ends are entities (Name, String or Iri), `via` holds
// predicates (Name or Iri); no `via` means any predicate.
struct PathQuery : Node {
  Term from;
  Term to;
  std::optional<uint32_t> max_length;
  std::vector<Term> via;
};

struct Describe : Node {
  Term entity;
};

using Query = std::variant<PatternQuery, Select, Ask, PathQuery, Describe>;

// `explain` is a flag rather than a wrapper so a statement is never nested.
struct Statement : Node {
  bool explain = false;
  Query query;
};

}  // namespace kg::query::ast

namespace kg::query {

struct Script {
  std::vector<ast::Statement> statements;  // in order; blank statements are dropped
  Source source;                           // the text and each node's place in it
};

}  // namespace kg::query
