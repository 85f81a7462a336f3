// The query language (shared/spec/query-language.md) as an X3 grammar.
//
// Conventions: a rule whose value is an AST node is `placed[...]`; every place where only
// one thing can follow is an `expected(...)` with the words the error shows;
// flat nodes (paths, filter expressions, groups) are built by semantic actions, the others by
// X3 from their adapted fields.
#include "query/grammar/grammar.h"

#include <boost/spirit/home/x3.hpp>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "query/grammar/adapted.h"
#include "query/grammar/expect.h"
#include "query/grammar/failure.h"
#include "query/grammar/keyword.h"
#include "query/grammar/nesting.h"
#include "query/grammar/place.h"
#include "text/text.h"

namespace kg::query::grammar {
namespace {

using x3::attr;
using x3::eoi;
using x3::lexeme;
using x3::lit;
using x3::raw;
namespace ascii = x3::ascii;

// Repetition bounds of a path step, before they become a Repeat node.
struct Bounds {
  uint32_t min = 0;
  std::optional<uint32_t> max;
};

// ---------------------------------------------------------------- semantic actions

// The rule's value becomes what the parser matched.
auto const assign = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

// One field of the rule's value becomes what the parser matched.
template <auto Field>
auto const set = [](auto& ctx) { x3::_val(ctx).*Field = std::move(x3::_attr(ctx)); };

// Like `set`, for a clause that may come once; `word` names it in the error, which points
// at the second value.
template <auto Field>
auto once(char const* word) {
  return [word](auto& ctx) {
    auto& field = x3::_val(ctx).*Field;
    if (field) {
      auto const& positions = x3::get<state_tag>(ctx).positions;
      Fail(positions.position_of(x3::_attr(ctx)).begin(),
           std::string("'") + word + "' given twice");
    }
    field = std::move(x3::_attr(ctx));
  };
}

auto const push_back = [](auto& ctx) { x3::_val(ctx).push_back(std::move(x3::_attr(ctx))); };

auto const append_char = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };

// Takes the four hex digits as matched, to point at them if they name no character.
auto const append_code_point = [](auto& ctx) {
  auto const& digits = x3::_attr(ctx);
  uint32_t code_point = 0;
  std::from_chars(digits.begin(), digits.end(), code_point, 16);
  if (code_point >= 0xD800 && code_point <= 0xDFFF) {
    Fail(digits.begin(), "expected a character, not half of a UTF-16 surrogate pair");
  }
  text::AppendUtf8(&x3::_val(ctx), code_point);
};

// Paths.

auto const step_along = [](bool negated) {
  return [negated](auto& ctx) {
    ast::Path step;
    step.predicate = std::move(x3::_attr(ctx));
    step.negated = negated;
    x3::_val(ctx) = std::move(step);
  };
};

auto const any_step = [](auto& ctx) {
  ast::Path step;
  step.op = ast::PathOp::Any;
  x3::_val(ctx) = std::move(step);
};

// The rule's path becomes the one operand of a new `Op` node around it.
template <ast::PathOp Op>
auto const wrap_path = [](auto& ctx) {
  ast::Path outer;
  outer.op = Op;
  outer.operands.push_back(std::move(x3::_val(ctx)));
  x3::_val(ctx) = std::move(outer);
};

auto const inverse = [](auto& ctx) {
  x3::_val(ctx) = std::move(x3::_attr(ctx));
  wrap_path<ast::PathOp::Inverse>(ctx);
};

auto const repeat = [](auto& ctx) {
  Bounds const& bounds = x3::_attr(ctx);
  wrap_path<ast::PathOp::Repeat>(ctx);
  x3::_val(ctx).min = bounds.min;
  x3::_val(ctx).max = bounds.max;
};

// Adds the matched path to the rule's `Op` node, making the rule's path so far its first
// operand if it is not one already. Sequence and alternative are associative, so
// `(a/b)/c` may become the one sequence a/b/c.
template <ast::PathOp Op>
auto const join_path = [](auto& ctx) {
  if (x3::_val(ctx).op != Op) wrap_path<Op>(ctx);
  x3::_val(ctx).operands.push_back(std::move(x3::_attr(ctx)));
};

auto const bounds_are = [](uint32_t min, std::optional<uint32_t> max) {
  return [min, max](auto& ctx) { x3::_val(ctx) = Bounds{min, max}; };
};

auto const exactly = [](auto& ctx) { x3::_val(ctx) = Bounds{x3::_attr(ctx), x3::_attr(ctx)}; };
auto const up_to = [](auto& ctx) { x3::_val(ctx) = Bounds{0, x3::_attr(ctx)}; };
auto const unbounded = [](auto& ctx) { x3::_val(ctx).max.reset(); };
// Takes the bound as matched, to point at it if it is below the lower bound.
auto const at_most = [](auto& ctx) {
  auto const& digits = x3::_attr(ctx);
  uint32_t max = 0;
  std::from_chars(digits.begin(), digits.end(), max);
  if (max < x3::_val(ctx).min) {
    Fail(digits.begin(),
         "expected an upper bound of at least " + std::to_string(x3::_val(ctx).min));
  }
  x3::_val(ctx).max = max;
};

// Filter expressions.

auto const value_leaf = [](auto& ctx) {
  ast::Expr leaf;
  leaf.value = std::move(x3::_attr(ctx));
  x3::_val(ctx) = std::move(leaf);
};

// Function names are matched like keywords, in any case.
auto const start_call = [](auto& ctx) {
  ast::Expr call;
  call.op = ast::ExprOp::Call;
  for (char const c : x3::_attr(ctx)) call.function += AsciiLower(c);
  x3::_val(ctx) = std::move(call);
};

auto const add_operand = [](auto& ctx) {
  x3::_val(ctx).operands.push_back(std::move(x3::_attr(ctx)));
};

// The rule's expression becomes the first operand of a new node, whose operator was matched.
auto const apply_operator = [](auto& ctx) {
  ast::Expr outer;
  outer.op = x3::_attr(ctx);
  outer.operands.push_back(std::move(x3::_val(ctx)));
  x3::_val(ctx) = std::move(outer);
};

auto const negate = [](auto& ctx) {
  ast::Expr outer;
  outer.op = ast::ExprOp::Not;
  outer.operands.push_back(std::move(x3::_attr(ctx)));
  x3::_val(ctx) = std::move(outer);
};

// Like join_path, for 'and' and 'or'.
template <ast::ExprOp Op>
auto const join_expr = [](auto& ctx) {
  if (x3::_val(ctx).op != Op) {
    ast::Expr outer;
    outer.op = Op;
    outer.operands.push_back(std::move(x3::_val(ctx)));
    x3::_val(ctx) = std::move(outer);
  }
  x3::_val(ctx).operands.push_back(std::move(x3::_attr(ctx)));
};

auto const mark_evidence = [](auto& ctx) { x3::_val(ctx).evidence = true; };
auto const mark_explain = [](auto& ctx) { x3::_val(ctx).explain = true; };

}  // namespace

// ---------------------------------------------------------------- rules

// Terms.
x3::rule<class name_class, std::string> const name = "name";
x3::rule<class variable_name_class, std::string> const variable_name = "variable name";
x3::rule<class quoted_class, std::string> const quoted = "quoted string";
x3::rule<class variable_class, ast::Term> const variable = "variable";
x3::rule<class bare_word_class, ast::Term> const bare_word = "name";
x3::rule<class string_class, ast::Term> const string = "string";
x3::rule<class iri_class, ast::Term> const iri = "IRI";
x3::rule<class number_class, ast::Term> const number = "number";
x3::rule<class date_class, ast::Term> const date = "date";
x3::rule<class period_class, ast::Term> const period = "period";
x3::rule<class month_class, ast::Term> const month = "month";
x3::rule<class subject_class, ast::Term> const subject = "subject";
x3::rule<class object_class, ast::Term> const object = "object";
x3::rule<class entity_class, ast::Term> const entity = "entity";
x3::rule<class predicate_class, ast::Term> const predicate = "predicate";

// Property paths, loosest binding first.
x3::rule<class property_path_class, ast::Path> const property_path = "path";
x3::rule<class alternative_class, ast::Path> const alternative = "path alternative";
x3::rule<class sequence_class, ast::Path> const sequence = "path sequence";
x3::rule<class step_class, ast::Path> const step = "path step";
x3::rule<class repeated_class, ast::Path> const repeated = "repeated path step";
x3::rule<class primary_class, ast::Path> const primary = "path primary";
x3::rule<class bounds_class, Bounds> const bounds = "repetition";
x3::rule<class range_class, Bounds> const range = "repetition bounds";

// Patterns.
x3::rule<class pattern_class, ast::Pattern> const pattern = "triple pattern";
x3::rule<class patterns_class, std::vector<ast::Pattern>> const patterns = "triple patterns";
x3::rule<class group_class, ast::Group> const group = "group of patterns";

// Filter expressions, loosest binding first.
x3::rule<class disjunction_class, ast::Expr> const disjunction = "condition";
x3::rule<class conjunction_class, ast::Expr> const conjunction = "conjunction";
x3::rule<class negation_class, ast::Expr> const negation = "negation";
x3::rule<class comparison_class, ast::Expr> const comparison = "comparison";
x3::rule<class comparator_class, ast::ExprOp> const comparator = "comparison operator";
x3::rule<class operand_class, ast::Expr> const operand = "operand";
x3::rule<class call_class, ast::Expr> const call = "function call";

// Select.
x3::rule<class column_class, ast::Column> const column = "variable or count(...)";
x3::rule<class count_body_class, ast::Column> const count_body = "count(...) argument";
x3::rule<class select_item_class, ast::SelectItem> const select_item = "select item";
x3::rule<class select_items_class, std::vector<ast::SelectItem>> const select_items = "select list";
x3::rule<class variables_class, std::vector<ast::Term>> const variables = "variables";
x3::rule<class order_key_class, ast::OrderKey> const order_key = "order key";
x3::rule<class group_key_class, ast::Term> const group_key = "group key";
x3::rule<class order_keys_class, std::vector<ast::OrderKey>> const order_keys = "order keys";

// Statements.
x3::rule<class select_class, ast::Select> const select = "select";
x3::rule<class ask_class, ast::Ask> const ask = "ask";
x3::rule<class path_query_class, ast::PathQuery> const path_query = "path query";
x3::rule<class via_class, std::vector<ast::Term>> const via = "predicates";
x3::rule<class describe_class, ast::Describe> const describe = "describe";
x3::rule<class pattern_query_class, ast::PatternQuery> const pattern_query = "pattern query";
x3::rule<class statement_class, ast::Statement> const statement = "query";
script_type const script_rule = "script";

// ---------------------------------------------------------------- terms
//
// Every alternative of a term writes its text only once it has matched in full: X3 parses
// the alternatives of `object` into the same Term, so a half-matched one would leave text
// behind for the next.

auto const lone_underscore = lit('_') >> !name_continues;  // '_' is the any-predicate path
auto const name_def = raw[lexeme[!lone_underscore >> word_char >> *name_continues]];
auto const variable_name_def = lexeme['?' >> +word_char];

auto const escape =
    lit('\\') >>
    expected("an escape (\\\", \\\\, \\n, \\t or \\uXXXX) after '\\'")
        [ascii::char_("\"\\")[append_char] | (lit('n') >> attr('\n'))[append_char] |
         (lit('t') >> attr('\t'))[append_char] |
         lit('u') >> expected("four hex digits after '\\u'")
                         [raw[x3::uint_parser<uint32_t, 16, 4, 4>{}][append_code_point]]];
// A raw line break cannot be in a string, so a missing '"' is reported on its own line.
auto const quoted_def = lexeme['"' >> *((~x3::standard::char_("\"\\\n"))[append_char] | escape) >>
                               expected("a closing '\"'")['"']];

auto const variable_def = placed[attr(ast::TermKind::Variable) >> variable_name];
auto const bare_word_def = placed[attr(ast::TermKind::Name) >> name];
auto const string_def = placed[attr(ast::TermKind::String) >> quoted];
// IRIREF of Turtle and SPARQL: no spaces, controls or <>"{}|^`\ inside the brackets.
auto const iri_def = placed[attr(ast::TermKind::Iri) >>
                            lexeme['<' >> +~x3::standard::char_("\x01-\x20<>\"{}|^`\\") >>
                                   expected("a closing '>'")['>']]];
auto const number_def =
    placed[attr(ast::TermKind::Number) >> raw[lexeme[-(lit('+') | '-') >> +ascii::digit >>
                                                     -('.' >> +ascii::digit) >> !name_continues]]];
auto const date_def =
    placed[attr(ast::TermKind::Date) >>
           raw[lexeme[x3::repeat(4)[ascii::digit] >> '-' >> x3::repeat(2)[ascii::digit] >> '-' >>
                      x3::repeat(2)[ascii::digit] >> !name_continues]]];

// The day, month or year `since` and `until` name: a date of partial precision is a range.
auto const period_def =
    placed[attr(ast::TermKind::Date) >>
           raw[lexeme[x3::repeat(4)[ascii::digit] >>
                      -('-' >> x3::repeat(2)[ascii::digit] >> -('-' >> x3::repeat(2)[ascii::digit])) >>
                      !name_continues]]];

auto const subject_def = variable | iri | string | bare_word;
// A month (2018-05) is a date of partial precision, which compares with date(?x) as a range.
auto const month_def =
    placed[attr(ast::TermKind::Date) >>
           raw[lexeme[x3::repeat(4)[ascii::digit] >> '-' >> x3::repeat(2)[ascii::digit] >> !name_continues]]];
auto const object_def = variable | iri | string | date | month | number | bare_word;
auto const entity_def = iri | string | bare_word;
auto const predicate_def = iri | bare_word;

// ---------------------------------------------------------------- property paths
//
// As in SPARQL: '|' binds loosest, then '/', then '^' (which takes one repeated step), then
// the postfix repetitions. A variable may only be the whole path.

auto const property_path_def = placed[variable[step_along(false)] | alternative[assign]];
auto const alternative_def =
    placed[sequence[assign] >> *('|' >> expected("a predicate or path after '|'")
                                            [sequence][join_path<ast::PathOp::Alternative>])];
auto const sequence_def =
    placed[step[assign] >>
           *('/' >>
             expected("a predicate or path after '/'")[step][join_path<ast::PathOp::Sequence>])];
auto const step_def = placed[('^' >> expected("a predicate or path after '^'")[repeated])[inverse] |
                             repeated[assign]];
auto const repeated_def = placed[primary[assign] >> -bounds[repeat]];
auto const primary_def =
    placed[lexeme[lone_underscore][any_step] |
           ('!' >> expected("a predicate after '!'")[predicate])[step_along(true)] |
           predicate[step_along(false)] |
           nested(lit('('))[expected("a predicate or path after '('")[alternative] >>
                            expected("a closing ')'")[')']][assign]];

// A '?' right before a name is a variable, not a repetition: `backs ?x`.
auto const bounds_def = lit('*')[bounds_are(0, std::nullopt)] |
                        lit('+')[bounds_are(1, std::nullopt)] |
                        lexeme['?' >> !word_char][bounds_are(0, 1)] |
                        '{' >> expected("a number or ',' after '{'")[range[assign]] >>
                            expected("a closing '}'")['}'];
auto const bound = x3::uint_parser<uint32_t>{};
auto const range_def = bound[exactly] >> -(lit(',')[unbounded] >> -raw[bound][at_most]) |
                       ',' >> expected("a number after ','")[bound][up_to];

// ---------------------------------------------------------------- patterns

auto const pattern_def =
    placed[subject >> expected("a predicate or path after '{}'")[property_path] >>
           expected("a term after predicate '{}'")[object]];
// Each pattern of a group is one level of the executor's nested-loop join, so, like nesting,
// their number is bounded: thirty thousand patterns would overflow its stack. The error points
// at the first pattern too many.
constexpr size_t kMaxPatterns = 256;
auto const add_pattern = [](auto& ctx) {
  auto& patterns = x3::_val(ctx);
  if (patterns.size() == kMaxPatterns) {
    Fail(x3::get<state_tag>(ctx).positions.position_of(x3::_attr(ctx)).begin(),
         "more than " + std::to_string(kMaxPatterns) + " patterns in one group");
  }
  patterns.push_back(std::move(x3::_attr(ctx)));
};
auto const patterns_def =
    pattern[add_pattern] >> *('.' >> expected("a triple pattern after '.'")[pattern[add_pattern]]);
// The modifiers may come in any order; a second 'from', 'since', 'until', 'source' or
// 'according to' would contradict the first.
auto const modifier =
    kw("evidence")[mark_evidence] |
    (kw("from") >>
     expected("a quoted file name pattern after 'from'")[string])[once<&ast::Group::from>("from")] |
    (kw("since") >>
     expected("a date (YYYY-MM-DD, YYYY-MM or YYYY) after 'since'")[period])[once<&ast::Group::since>("since")] |
    (kw("until") >>
     expected("a date (YYYY-MM-DD, YYYY-MM or YYYY) after 'until'")[period])[once<&ast::Group::until>("until")] |
    (kw("source") >>
     expected("a quoted outlet name or pattern after 'source'")[string])[once<&ast::Group::source>("source")] |
    (kw("according") >> expected("'to' after 'according'")[kw("to")] >>
     expected("a name after 'according to'")[entity])[once<&ast::Group::according_to>("according to")];
auto const group_def = placed[patterns[set<&ast::Group::patterns>] >> *modifier];

// ---------------------------------------------------------------- filter expressions

auto const disjunction_def =
    placed[conjunction[assign] >>
           *(kw("or") >>
             expected("a condition after 'or'")[conjunction][join_expr<ast::ExprOp::Or>])];
auto const conjunction_def =
    placed[negation[assign] >>
           *(kw("and") >>
             expected("a condition after 'and'")[negation][join_expr<ast::ExprOp::And>])];
auto const negation_def =
    placed[nested(kw("not"))[expected("a condition after 'not'")[negation]][negate] |
           comparison[assign]];
auto const comparison_def =
    placed[operand[assign] >> -(comparator[apply_operator] >>
                                expected("an operand after '{}'")[operand][add_operand])];
auto const comparator_def =
    placed[lit("!=") >> attr(ast::ExprOp::NotEqual) | lit("<=") >> attr(ast::ExprOp::LessEqual) |
           lit(">=") >> attr(ast::ExprOp::GreaterEqual) | lit('=') >> attr(ast::ExprOp::Equal) |
           lit('<') >> attr(ast::ExprOp::Less) | lit('>') >> attr(ast::ExprOp::Greater) |
           kw("contains") >> attr(ast::ExprOp::Contains)];
auto const operand_def = placed[nested(lit('('))[expected("a condition after '('")[disjunction] >>
                                                 expected("a closing ')'")[')']][assign] |
                                call[assign] | object[value_leaf]];
// Any name followed by '(' is a call; the executor knows which functions exist.
auto const arguments = disjunction[add_operand] >>
                       *(',' >> expected("an argument after ','")[disjunction][add_operand]);
auto const call_def = placed[(name >> &lit('('))[start_call] >>
                             nested(lit('('))[-arguments >> expected("a closing ')'")[')']]];

// ---------------------------------------------------------------- select

auto const column_def =
    placed[attr(ast::Aggregate::None) >> variable_name |
           kw("day") >> attr(ast::Aggregate::Day) >> attr(std::string()) |
           kw("month") >> attr(ast::Aggregate::Month) >> attr(std::string()) |
           kw("year") >> attr(ast::Aggregate::Year) >> attr(std::string()) |
           kw("source") >> attr(ast::Aggregate::Source) >> attr(std::string()) |
           kw("attribution") >> attr(ast::Aggregate::Attribution) >> attr(std::string()) |
           kw("count") >> expected("'(' after 'count'")['('] >>
               expected("'*', 'distinct', 'articles', 'mentions' or a variable in count(...)")[count_body] >>
               expected("a closing ')'")[')']];
auto const count_body_def = lit('*') >> attr(ast::Aggregate::CountAll) >> attr(std::string()) |
                            kw("articles") >> attr(ast::Aggregate::CountArticles) >> attr(std::string()) |
                            kw("mentions") >> attr(ast::Aggregate::CountMentions) >> attr(std::string()) |
                            kw("distinct") >> attr(ast::Aggregate::CountDistinct) >>
                                expected("a variable after 'distinct'")[variable_name] |
                            attr(ast::Aggregate::Count) >> variable_name;
auto const select_item_def =
    placed[column >> -(kw("as") >> expected("a variable after 'as'")[variable_name])];
// Items may be separated by commas (as in the spec) or, as in SPARQL, by spaces alone.
auto const select_items_def = select_item >>
                              *(',' >> expected("a variable or count(...) after ','")[select_item] |
                                select_item);
// A group key: a variable, or what the reporting mentions say: the period of their articles'
// dates, their outlet, their attribution.
auto const group_key_def =
    variable | placed[attr(ast::TermKind::Name) >> raw[kw("day") | kw("month") | kw("year") | kw("source") |
                                                       kw("attribution")]];
auto const variables_def =
    group_key >> *(',' >> expected("a variable, day, month, year, source or attribution after ','")[group_key] |
                   group_key);
auto const order_key_def = placed[column >> (kw("desc") >> attr(true) | -kw("asc") >> attr(false))];
auto const order_keys_def = order_key >>
                            *(',' >> expected("a variable or count(...) after ','")[order_key] |
                              order_key);
auto const count_value = lexeme[x3::uint_parser<uint64_t>{} >> !name_continues];

auto const select_def =
    placed[kw("select") >> x3::matches[kw("distinct")] >>
           expected("a variable or count(...) after 'select'")[select_items] >>
           expected("'where' after the select list")[kw("where")] >>
           expected("a triple pattern after 'where'")[group] >>
           -(kw("filter") >> expected("a condition after 'filter'")[disjunction]) >>
           -(kw("group") >> expected("'by' after 'group'")[kw("by")] >>
             expected("a variable, day, month, year, source or attribution after 'group by'")[variables]) >>
           -(kw("order") >> expected("'by' after 'order'")[kw("by")] >>
             expected("a variable or count(...) after 'order by'")[order_keys]) >>
           -(kw("limit") >> expected("a number after 'limit'")[count_value]) >>
           -(kw("offset") >> expected("a number after 'offset'")[count_value])];

// ---------------------------------------------------------------- other statements

auto const ask_def =
    placed[kw("ask") >> expected("a triple pattern after 'ask'")[group[set<&ast::Ask::where>]]];
auto const path_query_def =
    placed[kw("path") >> expected("an entity after 'path'")[entity] >>
           expected("'to' after '{}'")[kw("to")] >> expected("an entity after 'to'")[entity] >>
           -(kw("max") >> expected("a number after 'max'")[lexeme[bound >> !name_continues]]) >>
           -(kw("via") >> expected("a predicate after 'via'")[via])];
auto const via_def = predicate >> *(',' >> expected("a predicate after ','")[predicate]);
auto const describe_def =
    placed[kw("describe") >>
           expected("an entity after 'describe'")[entity[set<&ast::Describe::entity>]]];
auto const pattern_query_def = placed[group[set<&ast::PatternQuery::where>]];

// The statement keywords are only keywords first in a statement; an entity whose name is
// one of them is quoted there ("Path" attacked ?x).
auto const query_forms = select[set<&ast::Statement::query>] | ask[set<&ast::Statement::query>] |
                         path_query[set<&ast::Statement::query>] |
                         describe[set<&ast::Statement::query>] |
                         pattern_query[set<&ast::Statement::query>];
auto const statement_def =
    placed[kw("explain")[mark_explain] >> expected("a query after 'explain'")[query_forms] |
           query_forms];

// Blank statements (";;", a trailing ';') are allowed and dropped.
auto const script_rule_def = expected("a query")[statement[push_back] | &(lit(';') | eoi)] % ';' >>
                             expected("';' or the end of the query")[eoi];

BOOST_SPIRIT_DEFINE(name, variable_name, quoted, variable, bare_word, string, iri, number, date, period, month,
                    subject, object, entity, predicate, property_path, alternative, sequence, step,
                    repeated, primary, bounds, range, pattern, patterns, group, disjunction,
                    conjunction, negation, comparison, comparator, operand, call, column,
                    count_body, select_item, select_items, group_key, variables, order_key, order_keys, select,
                    ask, path_query, via, describe, pattern_query, statement, script_rule)

BOOST_SPIRIT_INSTANTIATE(script_type, Iterator, Context)

script_type const& script() { return script_rule; }

}  // namespace kg::query::grammar
