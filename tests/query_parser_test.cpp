// The query parser: every example of shared/spec/query-language.md and of the peers' query
// templates parses to the expected tree, and malformed text fails with the expected message
// at the expected line and column.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "query/ast.h"
#include "query/error.h"
#include "query/parser.h"

namespace Catch {
template <>
struct StringMaker<kg::query::Location> {
  static std::string convert(kg::query::Location const& location) {
    return kg::query::ToString(location);
  }
};
}  // namespace Catch

namespace {

using namespace kg::query;

// ---------------------------------------------------------------- compact renderings
//
// Trees are compared through a small S-expression so that one line says what a query
// means: `?x` variable, `Israel` name, `"..."` string, `<...>` IRI, `n:5` number,
// `d:2024-11-01` date; paths and filters in prefix form.

std::string Show(ast::Term const& term) {
  switch (term.kind) {
    case ast::TermKind::Variable:
      return "?" + term.text;
    case ast::TermKind::Name:
      return term.text;
    case ast::TermKind::String:
      return "\"" + term.text + "\"";
    case ast::TermKind::Iri:
      return "<" + term.text + ">";
    case ast::TermKind::Number:
      return "n:" + term.text;
    case ast::TermKind::Date:
      return "d:" + term.text;
  }
  return "?";
}

std::string Show(ast::Path const& path);
std::string Show(ast::Expr const& expr);

// "(head operand ...)". (Built by appending: GCC 12 warns, wrongly, about "literal" + a
// temporary string at -O3.)
template <typename Operands>
std::string Prefix(std::string_view head, Operands const& operands) {
  std::string out = "(";
  out += head;
  for (auto const& operand : operands) {
    out += ' ';
    out += Show(operand);
  }
  out += ')';
  return out;
}

std::string Show(ast::Path const& path) {
  switch (path.op) {
    case ast::PathOp::Predicate: {
      std::string out = path.negated ? "!" : "";
      out += Show(path.predicate);
      return out;
    }
    case ast::PathOp::Any:
      return "_";
    case ast::PathOp::Inverse:
      return Prefix("^", path.operands);
    case ast::PathOp::Sequence:
      return Prefix("/", path.operands);
    case ast::PathOp::Alternative:
      return Prefix("|", path.operands);
    case ast::PathOp::Repeat: {
      std::string bounds = "{";
      bounds += std::to_string(path.min);
      bounds += ',';
      if (path.max) bounds += std::to_string(*path.max);
      bounds += '}';
      return Prefix(bounds, path.operands);
    }
  }
  return "?";
}

std::string Show(ast::Group const& group) {
  std::string out;
  for (ast::Pattern const& pattern : group.patterns) {
    if (!out.empty()) out += " . ";
    out += Show(pattern.subject) + " " + Show(pattern.path) + " " + Show(pattern.object);
  }
  if (group.evidence) out += " evidence";
  if (group.from) out += " from " + Show(*group.from);
  if (group.since) out += " since " + Show(*group.since);
  if (group.until) out += " until " + Show(*group.until);
  if (group.source) out += " source " + Show(*group.source);
  if (group.according_to) out += " according to " + Show(*group.according_to);
  return out;
}

std::string Show(ast::Expr const& expr) {
  static char const* const kNames[] = {"or", "and", "not", "=",        "!=",   "<",
                                       "<=", ">",   ">=",  "contains", "call", "value"};
  if (expr.op == ast::ExprOp::Value) return Show(expr.value);
  std::string head = kNames[static_cast<int>(expr.op)];
  if (expr.op == ast::ExprOp::Call) head += ' ' + expr.function;
  return Prefix(head, expr.operands);
}

std::string Show(ast::Column const& column) {
  switch (column.aggregate) {
    case ast::Aggregate::None:
      return "?" + column.variable;
    case ast::Aggregate::CountAll:
      return "count(*)";
    case ast::Aggregate::Count:
      return "count(?" + column.variable + ")";
    case ast::Aggregate::CountDistinct:
      return "count(distinct ?" + column.variable + ")";
    case ast::Aggregate::CountArticles:
      return "count(articles)";
    case ast::Aggregate::CountMentions:
      return "count(mentions)";
    case ast::Aggregate::Day:
      return "day";
    case ast::Aggregate::Month:
      return "month";
    case ast::Aggregate::Year:
      return "year";
    case ast::Aggregate::Source:
      return "source";
    case ast::Aggregate::Attribution:
      return "attribution";
  }
  return "?";
}

ast::Statement ParseOne(std::string_view text) {
  Script script = Parse(text);
  REQUIRE(script.statements.size() == 1);
  return std::move(script.statements.front());
}

template <typename Query>
Query ParseAs(std::string_view text) {
  ast::Statement statement = ParseOne(text);
  REQUIRE(!statement.explain);
  REQUIRE(std::holds_alternative<Query>(statement.query));
  return std::get<Query>(std::move(statement.query));
}

// The patterns of a pattern query.
std::string Patterns(std::string_view text) { return Show(ParseAs<ast::PatternQuery>(text).where); }

std::string PathOf(std::string_view pattern) {
  ast::Group const group = ParseAs<ast::PatternQuery>(pattern).where;
  REQUIRE(group.patterns.size() == 1);
  return Show(group.patterns.front().path);
}

std::string FilterOf(std::string_view condition) {
  ast::Select const select =
      ParseAs<ast::Select>(std::string("select ?x where ?x p ?y filter ").append(condition));
  REQUIRE(select.filter);
  return Show(*select.filter);
}

SyntaxError ErrorOf(std::string_view text) {
  try {
    Parse(text);
  } catch (SyntaxError const& error) {
    return error;
  }
  FAIL("no syntax error in: " << text);
  throw;  // not reached: FAIL throws
}

// ---------------------------------------------------------------- the spec's examples

TEST_CASE("query parser: spec patterns", "[query]") {
  CHECK(Patterns("?who attacked Israel") == "?who attacked Israel");
  CHECK(Patterns("Israel ?did ?whom") == "Israel ?did ?whom");
  CHECK(Patterns("?m backs Iran . ?m attacked ?t") == "?m backs Iran . ?m attacked ?t");
  CHECK(Patterns("Israel !attacked Iraq") == "Israel !attacked Iraq");
}

TEST_CASE("query parser: spec terms", "[query]") {
  CHECK(Patterns("Israel attacked \"UN Security Council\"") ==
        "Israel attacked \"UN Security Council\"");
  CHECK(Patterns("un_security_council sent_letter_to \"مجلس الأمن\"") ==
        "un_security_council sent_letter_to \"مجلس الأمن\"");
  CHECK(Patterns("<http://kg.example.org/entity/E0> "
                 "<http://www.w3.org/2000/01/rdf-schema#label> ?label") ==
        "<http://kg.example.org/entity/E0> <http://www.w3.org/2000/01/rdf-schema#label> ?label");
  CHECK(Patterns("?a published 2024-11-01 . ?a pages 12 . ?a score -2.5") ==
        "?a published d:2024-11-01 . ?a pages n:12 . ?a score n:-2.5");
}

TEST_CASE("query parser: spec paths", "[query]") {
  CHECK(PathOf("Iran backs/attacked ?target") == "(/ backs attacked)");
  CHECK(PathOf("?x (met_with|contacted) Iraq") == "(| met_with contacted)");
  CHECK(PathOf("?x ^leads Iraq") == "(^ leads)");
  CHECK(PathOf("Iran (backs|supplied_weapons_to)+ ?x") == "({1,} (| backs supplied_weapons_to))");
  CHECK(PathOf("Israel _{1,3} ?x") == "({1,3} _)");
  CHECK(PathOf("Israel backs* ?x") == "({0,} backs)");
}

TEST_CASE("query parser: count(articles) and count(mentions)", "[query]") {
  auto const select = ParseAs<ast::Select>(
      "select ?x, ?y, count(articles) as ?n, count(mentions) where ?x attacked ?y group by ?x ?y "
      "order by count(articles) desc");
  REQUIRE(select.items.size() == 4);
  CHECK(Show(select.items[2].column) == "count(articles)");
  CHECK(select.items[2].alias == "n");
  CHECK(Show(select.items[3].column) == "count(mentions)");
  REQUIRE(select.order_by.size() == 1);
  CHECK(Show(select.order_by[0].column) == "count(articles)");
  auto const monthly = ParseAs<ast::Select>("select month, count(articles) where ?x attacked Gaza group by month");
  CHECK(Show(monthly.items[0].column) == "month");
  REQUIRE(monthly.group_by.size() == 1);
  CHECK(monthly.group_by[0].text == "month");
  CHECK(ErrorOf("select ?x where ?x attacked ?y group by week").message() ==
        "expected a variable, day, month, year, source or attribution after 'group by'");
  auto const by_outlet = ParseAs<ast::Select>(
      "select source, attribution, count(mentions) where ?x attacked Gaza group by source, attribution");
  CHECK(Show(by_outlet.items[0].column) == "source");
  CHECK(Show(by_outlet.items[1].column) == "attribution");
  REQUIRE(by_outlet.group_by.size() == 2);
  CHECK(by_outlet.group_by[0].text == "source");
  CHECK(by_outlet.group_by[1].text == "attribution");
  SyntaxError const error = ErrorOf("select count(articels) where ?x attacked ?y");
  CHECK(error.message() == "expected '*', 'distinct', 'articles', 'mentions' or a variable in count(...)");
}

TEST_CASE("query parser: spec select with aggregate, grouping, order and limit", "[query]") {
  auto const select = ParseAs<ast::Select>(
      "select ?x, count(*) as ?n where ?x attacked ?y group by ?x order by ?n desc limit 5");
  CHECK(!select.distinct);
  REQUIRE(select.items.size() == 2);
  CHECK(Show(select.items[0].column) == "?x");
  CHECK(select.items[0].alias.empty());
  CHECK(Show(select.items[1].column) == "count(*)");
  CHECK(select.items[1].alias == "n");
  CHECK(Show(select.where) == "?x attacked ?y");
  CHECK(!select.filter);
  REQUIRE(select.group_by.size() == 1);
  CHECK(Show(select.group_by[0]) == "?x");
  REQUIRE(select.order_by.size() == 1);
  CHECK(Show(select.order_by[0].column) == "?n");
  CHECK(select.order_by[0].descending);
  CHECK(select.limit == 5u);
  CHECK(!select.offset);
}

TEST_CASE("query parser: spec select distinct", "[query]") {
  auto const select =
      ParseAs<ast::Select>("select distinct ?y where Iran backs ?x . ?x attacked ?y");
  CHECK(select.distinct);
  REQUIRE(select.items.size() == 1);
  CHECK(Show(select.items[0].column) == "?y");
  CHECK(Show(select.where) == "Iran backs ?x . ?x attacked ?y");
  CHECK(select.group_by.empty());
  CHECK(select.order_by.empty());
  CHECK(!select.limit);
}

TEST_CASE("query parser: spec select with filter", "[query]") {
  auto const select = ParseAs<ast::Select>(
      "select ?p where ?s ?p ?o filter type(?s) = PERSON and label(?o) contains \"Iraq\"");
  CHECK(Show(select.where) == "?s ?p ?o");
  REQUIRE(select.filter);
  CHECK(Show(*select.filter) ==
        "(and (= (call type ?s) PERSON) (contains (call label ?o) \"Iraq\"))");
}

TEST_CASE("query parser: spec ask and count distinct", "[query]") {
  CHECK(Show(ParseAs<ast::Ask>("ask Israel attacked Iraq").where) == "Israel attacked Iraq");

  auto const select = ParseAs<ast::Select>(
      "select count(distinct ?x) where <http://kg.example.org/entity/E500> _{1,3} ?x "
      "filter isentity(?x)");
  REQUIRE(select.items.size() == 1);
  CHECK(Show(select.items[0].column) == "count(distinct ?x)");
  CHECK(Show(select.where) == "<http://kg.example.org/entity/E500> ({1,3} _) ?x");
  REQUIRE(select.filter);
  CHECK(Show(*select.filter) == "(call isentity ?x)");
}

TEST_CASE("query parser: spec paths between entities and describe", "[query]") {
  auto const shortest = ParseAs<ast::PathQuery>("path Iran to \"UN Security Council\" max 4");
  CHECK(Show(shortest.from) == "Iran");
  CHECK(Show(shortest.to) == "\"UN Security Council\"");
  CHECK(shortest.max_length == 4u);
  CHECK(shortest.via.empty());

  auto const via = ParseAs<ast::PathQuery>("path Iran to Israel via backs, attacked");
  CHECK(!via.max_length);
  REQUIRE(via.via.size() == 2);
  CHECK(Show(via.via[0]) == "backs");
  CHECK(Show(via.via[1]) == "attacked");

  auto const both = ParseAs<ast::PathQuery>("path Iran to Israel max 3 via <http://a/p>");
  CHECK(both.max_length == 3u);
  REQUIRE(both.via.size() == 1);
  CHECK(Show(both.via[0]) == "<http://a/p>");

  CHECK(Show(ParseAs<ast::Describe>("describe Iraq").entity) == "Iraq");
}

TEST_CASE("query parser: spec evidence, from, since and explain", "[query]") {
  CHECK(Patterns("?x threatened Iraq evidence") == "?x threatened Iraq evidence");
  CHECK(Patterns("?x attacked Israel from \"002*\" since 2024-11-01") ==
        "?x attacked Israel from \"002*\" since d:2024-11-01");
  // The modifiers may come in any order.
  CHECK(Patterns("?x attacked Israel since 2024-11-01 evidence from \"002*\"") ==
        "?x attacked Israel evidence from \"002*\" since d:2024-11-01");

  // until, and dates of a month or a year.
  CHECK(Patterns("?x attacked Israel until 2018-05 since 2018") ==
        "?x attacked Israel since d:2018 until d:2018-05");
  CHECK(Patterns("?x attacked Israel since 2018-05-10 until 2018-05-12") ==
        "?x attacked Israel since d:2018-05-10 until d:2018-05-12");

  // The outlet and the attribution.
  CHECK(Patterns("?x attacked Gaza according to Trump source \"B*\"") ==
        "?x attacked Gaza source \"B*\" according to Trump");
  CHECK(Patterns("?x attacked Gaza according to \"دونالد ترامب\"") ==
        "?x attacked Gaza according to \"دونالد ترامب\"");

  ast::Statement const explained = ParseOne("explain ?m backs Iran . ?m attacked ?t");
  CHECK(explained.explain);
  REQUIRE(std::holds_alternative<ast::PatternQuery>(explained.query));
  CHECK(Show(std::get<ast::PatternQuery>(explained.query).where) ==
        "?m backs Iran . ?m attacked ?t");
  CHECK(ParseOne("explain select ?x where ?x p ?y").explain);
}

// ---------------------------------------------------------------- the peers' templates

TEST_CASE("query parser: peers' query templates, filled", "[query]") {
  CHECK(Patterns("<http://kg.example.org/entity/E0> ?p ?o") ==
        "<http://kg.example.org/entity/E0> ?p ?o");
  CHECK(Patterns("?x <http://kg.example.org/schema/attacked> <http://kg.example.org/entity/E7>") ==
        "?x <http://kg.example.org/schema/attacked> <http://kg.example.org/entity/E7>");

  auto const q3 = ParseAs<ast::Select>(
      "select count(*) where ?a <http://kg.example.org/schema/backs> ?b . "
      "?b <http://kg.example.org/schema/attacked> ?c");
  CHECK(Show(q3.items.at(0).column) == "count(*)");
  CHECK(q3.where.patterns.size() == 2);

  auto const q4 = ParseAs<ast::Select>(
      "select count(distinct ?x) where <http://kg.example.org/entity/E1> _{1,3} ?x "
      "filter isentity(?x) and ?x != <http://kg.example.org/entity/E1>");
  REQUIRE(q4.filter);
  CHECK(Show(*q4.filter) == "(and (call isentity ?x) (!= ?x <http://kg.example.org/entity/E1>))");

  auto const q5 = ParseAs<ast::Select>("select ?p, count(*) where ?s ?p ?o group by ?p");
  CHECK(q5.items.size() == 2);
  CHECK(q5.group_by.size() == 1);

  std::string q6;
  for (int i = 0; i < 1000; ++i) {
    q6 += "ask <http://a/S" + std::to_string(i) + "> <http://a/P> <http://a/O>;\n";
  }
  Script const probes = Parse(q6);
  REQUIRE(probes.statements.size() == 1000);
  CHECK(Show(std::get<ast::Ask>(probes.statements[999].query).where) ==
        "<http://a/S999> <http://a/P> <http://a/O>");
}

// ---------------------------------------------------------------- lexical matters

TEST_CASE("query parser: keywords in any case", "[query]") {
  auto const select = ParseAs<ast::Select>(
      "SELECT DISTINCT ?x, COUNT(DISTINCT ?y) AS ?n WHERE ?x Attacked ?y EVIDENCE SINCE 2024-01-01 "
      "FILTER NOT Type(?x) = PERSON OR ?y CONTAINS \"a\" GROUP BY ?x ORDER BY ?n DESC, ?x ASC "
      "LIMIT 10 OFFSET 20");
  CHECK(select.distinct);
  CHECK(Show(select.items.at(1).column) == "count(distinct ?y)");
  CHECK(Show(select.where) == "?x Attacked ?y evidence since d:2024-01-01");
  REQUIRE(select.filter);
  CHECK(Show(*select.filter) == "(or (not (= (call type ?x) PERSON)) (contains ?y \"a\"))");
  REQUIRE(select.order_by.size() == 2);
  CHECK(select.order_by[0].descending);
  CHECK(!select.order_by[1].descending);
  CHECK(select.limit == 10u);
  CHECK(select.offset == 20u);

  CHECK(Show(ParseAs<ast::Ask>("Ask Israel attacked Iraq").where) == "Israel attacked Iraq");
  CHECK(ParseAs<ast::PathQuery>("PATH Iran TO Iraq MAX 2 VIA backs").max_length == 2u);
  CHECK(Show(ParseAs<ast::Describe>("DESCRIBE Iraq").entity) == "Iraq");
  CHECK(ParseOne("Explain ?x p ?y").explain);
}

TEST_CASE("query parser: a keyword never matches the start of a longer name", "[query]") {
  CHECK(Patterns("selection attacked ?x") == "selection attacked ?x");
  CHECK(Patterns("asking_price of ?x") == "asking_price of ?x");
  CHECK(Patterns("pathway-1 leads describer") == "pathway-1 leads describer");
  CHECK(Patterns("explained by ?x") == "explained by ?x");
  CHECK(Patterns("?x attacked evidence_base") == "?x attacked evidence_base");
  CHECK(FilterOf("?y = andy or ?y = notable") == "(or (= ?y andy) (= ?y notable))");
  CHECK(Show(ParseAs<ast::Select>("select ?x where ?x p ?y limit 3").where) == "?x p ?y");
  // Where a term is due, a keyword is just a name.
  CHECK(Patterns("?x from where") == "?x from where");
}

TEST_CASE("query parser: bare words", "[query]") {
  CHECK(Patterns("Qasim_al-Araji met U.S . ?x backs U.S") ==
        "Qasim_al-Araji met U.S . ?x backs U.S");
  // '.' and '-' join letters; at the end of a word a '.' joins patterns.
  CHECK(Patterns("?x backs Iran.?y backs Iraq") == "?x backs Iran . ?y backs Iraq");
  CHECK(Patterns("?x is 3rd_brigade") == "?x is 3rd_brigade");
  CHECK(Patterns("?x on 2024-11-01x") == "?x on 2024-11-01x");
  CHECK(Patterns("_x is _y") == "_x is _y");
}

TEST_CASE("query parser: comments", "[query]") {
  Script const script = Parse(
      "# the usual suspects\n"
      "?who attacked Israel   # one pattern; the ';' here is commented out\n"
      "  . ?who backs <http://www.w3.org/2000/01/rdf-schema#label>  # '#' in an IRI is not one\n"
      "  . ?who named \"#1\"\n"
      "# the end");
  REQUIRE(script.statements.size() == 1);
  CHECK(Show(std::get<ast::PatternQuery>(script.statements[0].query).where) ==
        "?who attacked Israel . ?who backs <http://www.w3.org/2000/01/rdf-schema#label> . "
        "?who named \"#1\"");
}

TEST_CASE("query parser: several statements", "[query]") {
  Script const script =
      Parse("ask Israel attacked Iraq; describe Iraq;;\n ?x backs ?y ; path A to B;  # done\n");
  REQUIRE(script.statements.size() == 4);
  CHECK(std::holds_alternative<ast::Ask>(script.statements[0].query));
  CHECK(std::holds_alternative<ast::Describe>(script.statements[1].query));
  CHECK(std::holds_alternative<ast::PatternQuery>(script.statements[2].query));
  CHECK(std::holds_alternative<ast::PathQuery>(script.statements[3].query));

  CHECK(Parse("").statements.empty());
  CHECK(Parse("  # nothing but a comment\n;;").statements.empty());
}

TEST_CASE("query parser: quoted strings", "[query]") {
  CHECK(Patterns("\"مجلس الأمن\" backs \"الحشد الشعبي\"") ==
        "\"مجلس الأمن\" backs \"الحشد الشعبي\"");
  auto const group =
      ParseAs<ast::PatternQuery>(R"(?x said "a \"b\" \\ c\nd\te \u0645\u00e9")").where;
  CHECK(group.patterns.at(0).object.text == "a \"b\" \\ c\nd\te \u0645\u00e9");
  CHECK(group.patterns.at(0).object.kind == ast::TermKind::String);
}

// ---------------------------------------------------------------- structure

TEST_CASE("query parser: path precedence and repetition", "[query]") {
  CHECK(PathOf("?x a/b|c ?y") == "(| (/ a b) c)");
  CHECK(PathOf("?x a|b/c ?y") == "(| a (/ b c))");
  CHECK(PathOf("?x a/b/c ?y") == "(/ a b c)");
  CHECK(PathOf("?x ^a/b ?y") == "(/ (^ a) b)");
  CHECK(PathOf("?x ^a+ ?y") == "(^ ({1,} a))");
  CHECK(PathOf("?x ^(a|b) ?y") == "(^ (| a b))");
  CHECK(PathOf("?x (a/b)* ?y") == "({0,} (/ a b))");
  CHECK(PathOf("?x a? ?y") == "({0,1} a)");
  CHECK(PathOf("?x a?/b ?y") == "(/ ({0,1} a) b)");
  CHECK(PathOf("?x a{2} ?y") == "({2,2} a)");
  CHECK(PathOf("?x a{2,} ?y") == "({2,} a)");
  CHECK(PathOf("?x a{ 2 , 5 } ?y") == "({2,5} a)");
  CHECK(PathOf("?x a{,5} ?y") == "({0,5} a)");
  CHECK(PathOf("?x !a/!<http://a/b> ?y") == "(/ !a !<http://a/b>)");
  CHECK(PathOf("?x _/_ ?y") == "(/ _ _)");
  // A '?' right before a name starts a variable.
  CHECK(PathOf("?x a ?y") == "a");
  CHECK(PathOf("?x ?p ?y") == "?p");
  CHECK(PathOf("?x (((a))) ?y") == "a");
}

TEST_CASE("query parser: filter precedence, calls and comparisons", "[query]") {
  CHECK(FilterOf("?a = 1 or ?b = 2 and ?c = 3") == "(or (= ?a n:1) (and (= ?b n:2) (= ?c n:3)))");
  CHECK(FilterOf("(?a = 1 or ?b = 2) and ?c = 3") == "(and (or (= ?a n:1) (= ?b n:2)) (= ?c n:3))");
  CHECK(FilterOf("not not ?a") == "(not (not ?a))");
  CHECK(FilterOf("?a != 1 and ?a < 2 and ?a <= 3 and ?a > 4 and ?a >= 5") ==
        "(and (!= ?a n:1) (< ?a n:2) (<= ?a n:3) (> ?a n:4) (>= ?a n:5))");
  CHECK(FilterOf("date(?t) >= 2024-11-01 and doc(?t) = \"002\"") ==
        "(and (>= (call date ?t) d:2024-11-01) (= (call doc ?t) \"002\"))");
  CHECK(FilterOf("arabic(?x) contains \"العراق\"") == "(contains (call arabic ?x) \"العراق\")");
  CHECK(FilterOf("now() < f(?a, g(1, 2))") == "(< (call now) (call f ?a (call g n:1 n:2)))");
  CHECK(FilterOf("?a<5") == "(< ?a n:5)");
  CHECK(FilterOf("?a = <http://a/b>") == "(= ?a <http://a/b>)");
}

TEST_CASE("query parser: select lists, ordering and paging", "[query]") {
  auto const select = ParseAs<ast::Select>(
      "select ?a ?b count(?c) as ?k where ?a p ?b order by count(*) desc ?a offset 3");
  REQUIRE(select.items.size() == 3);
  CHECK(Show(select.items[2].column) == "count(?c)");
  CHECK(select.items[2].alias == "k");
  REQUIRE(select.order_by.size() == 2);
  CHECK(Show(select.order_by[0].column) == "count(*)");
  CHECK(select.order_by[0].descending);
  CHECK(Show(select.order_by[1].column) == "?a");
  CHECK(!select.limit);
  CHECK(select.offset == 3u);
}

// Every node the parser makes knows where it came from.
void CheckPlaced(ast::Term const& term) { CHECK(term.id_first >= 0); }
void CheckPlaced(ast::Path const& path) {
  CHECK(path.id_first >= 0);
  if (path.op == ast::PathOp::Predicate) CheckPlaced(path.predicate);
  for (ast::Path const& operand : path.operands) CheckPlaced(operand);
}
void CheckPlaced(ast::Expr const& expr) {
  CHECK(expr.id_first >= 0);
  if (expr.op == ast::ExprOp::Value) CheckPlaced(expr.value);
  for (ast::Expr const& operand : expr.operands) CheckPlaced(operand);
}
void CheckPlaced(ast::Group const& group) {
  CHECK(group.id_first >= 0);
  for (ast::Pattern const& pattern : group.patterns) {
    CHECK(pattern.id_first >= 0);
    CheckPlaced(pattern.subject);
    CheckPlaced(pattern.path);
    CheckPlaced(pattern.object);
  }
  if (group.from) CheckPlaced(*group.from);
  if (group.since) CheckPlaced(*group.since);
  if (group.according_to) CheckPlaced(*group.according_to);
}

TEST_CASE("query parser: every node has a place in the source", "[query]") {
  Script const script = Parse(
      "select ?x, count(*) as ?n where ?x (a|^b)+/c ?y . ?y d \"e\" since 2024-01-01\n"
      "filter not (type(?x) = PERSON or ?y > 3) group by ?x order by ?n desc;\n"
      "path A to B via p; describe C; explain ask A b C");
  REQUIRE(script.statements.size() == 4);
  for (ast::Statement const& statement : script.statements) CHECK(statement.id_first >= 0);

  auto const& select = std::get<ast::Select>(script.statements[0].query);
  CHECK(select.id_first >= 0);
  CheckPlaced(select.where);
  REQUIRE(select.filter);
  CheckPlaced(*select.filter);
  for (ast::SelectItem const& item : select.items) {
    CHECK(item.id_first >= 0);
    CHECK(item.column.id_first >= 0);
  }
  for (ast::Term const& variable : select.group_by) CheckPlaced(variable);
  for (ast::OrderKey const& key : select.order_by) CHECK(key.id_first >= 0);

  auto const& path = std::get<ast::PathQuery>(script.statements[1].query);
  CheckPlaced(path.from);
  CheckPlaced(path.to);
  for (ast::Term const& predicate : path.via) CheckPlaced(predicate);
  CheckPlaced(std::get<ast::Describe>(script.statements[2].query).entity);
  CheckPlaced(std::get<ast::Ask>(script.statements[3].query).where);
}

TEST_CASE("query parser: the source locates nodes in code points", "[query]") {
  Script const script = Parse("ask \"العراق\" attacked Irak;\n  describe   \"مَجلِس\"");
  auto const& ask = std::get<ast::Ask>(script.statements.at(0).query);
  ast::Pattern const& pattern = ask.where.patterns.at(0);
  CHECK(script.source.TextOf(pattern.object) == "Irak");
  CHECK(script.source.LocationOf(pattern.object) == Location{1, 23});
  CHECK(script.source.TextOf(pattern.path) == "attacked");
  CHECK(script.source.TextOf(pattern) == "\"العراق\" attacked Irak");
  CHECK(script.source.LocationOf(pattern) == Location{1, 5});

  auto const& describe = std::get<ast::Describe>(script.statements.at(1).query);
  CHECK(script.source.TextOf(describe.entity) == "\"مَجلِس\"");
  CHECK(script.source.LocationOf(describe.entity) == Location{2, 14});
  CHECK(script.source.LocationOf(script.statements.at(1)) == Location{2, 3});
}

// ---------------------------------------------------------------- errors

struct Malformed {
  char const* text;
  char const* message;
  size_t line;
  size_t column;
};

TEST_CASE("query parser: malformed queries say what was expected, and where", "[query]") {
  Malformed const cases[] = {
      // Patterns.
      {"?x attacked", "expected a term after predicate 'attacked'", 1, 12},
      {"?x attacked   # nothing follows\n", "expected a term after predicate 'attacked'", 1, 12},
      {"?x attacked )", "expected a term after predicate 'attacked'", 1, 13},
      {"?x backs/attacked+", "expected a term after predicate 'backs/attacked+'", 1, 19},
      {"Israel", "expected a predicate or path after 'Israel'", 1, 7},
      {"\"UN Security Council\" \"x\" ?y",
       "expected a predicate or path after '\"UN Security Council\"'", 1, 23},
      {"?x attacked Iraq . ", "expected a triple pattern after '.'", 1, 19},
      {"?x attacked Iraq Iran", "expected ';' or the end of the query", 1, 18},
      {"?x attacked Iraq )", "expected ';' or the end of the query", 1, 18},
      {")", "expected a query", 1, 1},
      {"ask A b C; )", "expected a query", 1, 12},
      // Terms.
      {"?x attacked \"Iraq", "expected a closing '\"'", 1, 18},
      {"?x said \"two\nlines\"", "expected a closing '\"'", 1, 13},
      {"?x said \"\\q\"", "expected an escape (\\\", \\\\, \\n, \\t or \\uXXXX) after '\\'", 1, 11},
      {"?x said \"\\u06\"", "expected four hex digits after '\\u'", 1, 12},
      {"?x said \"\\ud800\"", "expected a character, not half of a UTF-16 surrogate pair", 1, 12},
      {"?x p <http://a b>", "expected a closing '>'", 1, 15},
      {"?x attacked العراق", "expected a term after predicate 'attacked'", 1, 13},
      {"\"\xff\xfe\" backs", "expected UTF-8 text, not the byte 0xFF", 1, 2},  // refused first
      {"?x is _", "expected a term after predicate 'is'", 1, 7},
      {"?x p ?y since yesterday", "expected a date (YYYY-MM-DD, YYYY-MM or YYYY) after 'since'", 1, 15},
      {"?x p ?y until 2018-5", "expected a date (YYYY-MM-DD, YYYY-MM or YYYY) after 'until'", 1, 15},
      {"?x p ?y until 18", "expected a date (YYYY-MM-DD, YYYY-MM or YYYY) after 'until'", 1, 15},
      {"?x p ?y until 2018 until 2019", "'until' given twice", 1, 26},
      {"?x p ?y from 002", "expected a quoted file name pattern after 'from'", 1, 14},
      {"?x p ?y since 2024-01-01 since 2024-02-01", "'since' given twice", 1, 32},
      {"?x p ?y source BBC", "expected a quoted outlet name or pattern after 'source'", 1, 16},
      {"?x p ?y source \"BBC\" source \"CNN\"", "'source' given twice", 1, 29},
      {"?x p ?y according Trump", "expected 'to' after 'according'", 1, 19},
      {"?x p ?y according to", "expected a name after 'according to'", 1, 21},
      {"?x p ?y according to ?z", "expected a name after 'according to'", 1, 22},
      // Paths.
      {"?x backs/ ?y", "expected a predicate or path after '/'", 1, 11},
      {"?x backs| ?y", "expected a predicate or path after '|'", 1, 11},
      {"?x ^ ?y", "expected a predicate or path after '^'", 1, 6},
      {"?x ^^a ?y", "expected a predicate or path after '^'", 1, 5},
      {"?x ! ?y", "expected a predicate after '!'", 1, 6},
      {"?x (backs ?y", "expected a closing ')'", 1, 11},
      {"?x () ?y", "expected a predicate or path after '('", 1, 5},
      {"?x (?p) ?y", "expected a predicate or path after '('", 1, 5},
      {"?x backs{3,1} ?y", "expected an upper bound of at least 3", 1, 12},
      {"?x backs{} ?y", "expected a number or ',' after '{'", 1, 10},
      {"?x backs{,} ?y", "expected a number after ','", 1, 11},
      {"?x backs{1,2 ?y", "expected a closing '}'", 1, 14},
      // Select.
      {"select where ?x p ?y", "expected a variable or count(...) after 'select'", 1, 8},
      {"select ?x ?y", "expected 'where' after the select list", 1, 13},
      {"select ?x, where ?x p ?y", "expected a variable or count(...) after ','", 1, 12},
      {"select ?x as where ?x p ?y", "expected a variable after 'as'", 1, 14},
      {"select count ?x where ?x p ?y", "expected '(' after 'count'", 1, 14},
      {"select count() where ?x p ?y", "expected '*', 'distinct', 'articles', 'mentions' or a variable in count(...)", 1,
       14},
      {"select count(?x where ?x p ?y", "expected a closing ')'", 1, 17},
      {"select count(distinct *) where ?x p ?y", "expected a variable after 'distinct'", 1, 23},
      {"select ?x where", "expected a triple pattern after 'where'", 1, 16},
      {"select ?x where ?x p ?y filter", "expected a condition after 'filter'", 1, 31},
      {"select ?x where ?x p ?y filter ?x =", "expected an operand after '='", 1, 36},
      {"select ?x where ?x p ?y filter label(?x) contains", "expected an operand after 'contains'",
       1, 50},
      {"select ?x where ?x p ?y filter ?x = 1 and", "expected a condition after 'and'", 1, 42},
      {"select ?x where ?x p ?y filter not", "expected a condition after 'not'", 1, 35},
      {"select ?x where ?x p ?y filter (?x = 1", "expected a closing ')'", 1, 39},
      {"select ?x where ?x p ?y filter f(?x,)", "expected an argument after ','", 1, 37},
      {"select ?x where ?x p ?y filter f(?x", "expected a closing ')'", 1, 36},
      {"select ?x where ?x p ?y group ?x", "expected 'by' after 'group'", 1, 31},
      {"select ?x where ?x p ?y group by", "expected a variable, day, month, year, source or attribution after 'group by'",
       1, 33},
      {"select ?x where ?x p ?y order by", "expected a variable or count(...) after 'order by'", 1,
       33},
      {"select ?x where ?x p ?y limit", "expected a number after 'limit'", 1, 30},
      {"select ?x where ?x p ?y limit ten", "expected a number after 'limit'", 1, 31},
      {"select ?x where ?x p ?y limit 5x", "expected a number after 'limit'", 1, 31},
      {"select ?x where ?x p ?y offset -1", "expected a number after 'offset'", 1, 32},
      // Other statements.
      {"ask", "expected a triple pattern after 'ask'", 1, 4},
      {"path Iran Israel", "expected 'to' after 'Iran'", 1, 11},
      {"path to Israel", "expected 'to' after 'to'", 1, 9},
      {"path Iran to", "expected an entity after 'to'", 1, 13},
      {"path ?x to Iraq", "expected an entity after 'path'", 1, 6},
      {"path Iran to Iraq max", "expected a number after 'max'", 1, 22},
      {"path Iran to Iraq via", "expected a predicate after 'via'", 1, 22},
      {"path Iran to Iraq via backs,", "expected a predicate after ','", 1, 29},
      {"describe", "expected an entity after 'describe'", 1, 9},
      {"explain", "expected a query after 'explain'", 1, 8},
      {"explain )", "expected a query after 'explain'", 1, 9},
      // Code points, not bytes: each Arabic letter before the place is one column.
      {"\"مجلس الأمن\" backs", "expected a term after predicate 'backs'", 1, 19},
      {"ask \"العراق\" attacked \"إيران\" .", "expected a triple pattern after '.'", 1, 32},
      // Lines.
      {"select ?x\nwhere ?x attacked ?y\nlimit", "expected a number after 'limit'", 3, 6},
      {"ask A b C;\r\n\r\n  describe", "expected an entity after 'describe'", 3, 11},
  };
  for (Malformed const& malformed : cases) {
    INFO(malformed.text);
    SyntaxError const error = ErrorOf(malformed.text);
    CHECK(error.message() == malformed.message);
    CHECK(error.line() == malformed.line);
    CHECK(error.column() == malformed.column);
  }
}

TEST_CASE("query parser: a long node is shortened in a message", "[query]") {
  SyntaxError const error = ErrorOf("?x (aaaaaaaaaa|bbbbbbbbbb|cccccccccc|dddddddddd)+");
  CHECK(error.message() ==
        "expected a term after predicate '(aaaaaaaaaa|bbbbbbbbbb|cccccccccc|dddddd...'");
}

TEST_CASE("query parser: an error renders as the spec shows it", "[query]") {
  CHECK(ErrorOf("?x attacked").Render() ==
        "error: expected a term after predicate 'attacked'\n"
        "  ?x attacked\n"
        "             ^ (1:12)");
  // The caret stands under the place: diacritics take no column, a tab stays a tab.
  CHECK(ErrorOf("\"مَجلِس\" backs").Render() ==
        "error: expected a term after predicate 'backs'\n"
        "  \"مَجلِس\" backs\n"
        "              ^ (1:15)");
  CHECK(ErrorOf("ask A b C;\n\tdescribe  # which?\n").Render() ==
        "error: expected an entity after 'describe'\n"
        "  \tdescribe  # which?\n"
        "  \t        ^ (2:10)");
  SyntaxError const error = ErrorOf("ask");
  CHECK(std::string(error.what()) == "expected a triple pattern after 'ask' at 1:4");
}

TEST_CASE("query parser: nesting is bounded", "[query]") {
  auto const nest = [](int depth, std::string_view open, std::string_view inner,
                       std::string_view close) {
    std::string text;
    for (int i = 0; i < depth; ++i) text += open;
    text += inner;
    for (int i = 0; i < depth; ++i) text += close;
    return text;
  };
  std::string const filter = "select ?x where ?x p ?y filter ";

  CHECK(PathOf("?x " + nest(256, "(", "a", ")") + " ?y") == "a");
  CHECK(Parse(filter + nest(256, "(", "?x", ")")).statements.size() == 1);

  for (std::string const& text :
       {"?x " + nest(10000, "(", "a", ")") + " ?y", filter + nest(10000, "(", "?x", ")"),
        filter + nest(10000, "not ", "?x", ""), filter + nest(10000, "f(", "?x", ")")}) {
    SyntaxError const error = ErrorOf(text);
    CHECK(error.message() == "nested more than 256 levels deep");
    CHECK(error.line() == 1);
  }
  // The place is the first opening that goes too deep.
  CHECK(ErrorOf("?x " + nest(10000, "(", "a", ")")).column() == 3 + 257);
}

}  // namespace
