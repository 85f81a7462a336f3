// `filter` expressions over a binding: comparisons, contains, and/or/not and the functions
// type, label, arabic, isentity, doc and date.
//
// doc(?v) and date(?v) read the mentions of the triple that first binds ?v, as `since` and
// `until` do: a binding passes when one of those mentions (that the group's restrictions keep)
// makes the whole filter true. So `filter date(?x) >= 2018-05-10 and date(?x) <= 2018-05-12`
// keeps what `since 2018-05-10 until 2018-05-12` keeps. A month or a year compares with a
// date as the range it stands for.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "query/ast.h"
#include "query/group.h"
#include "query/labels.h"
#include "query/resolver.h"

namespace kg::query {

class Filter {
 public:
  // var_pattern[v] is the pattern that first binds variable v (for doc() and date()).
  Filter(const ast::Expr& expr, const Variables& vars, std::vector<int> var_pattern,
         const Resolver& resolver, const Labels& labels, const graph::View& view, const GroupPlan& plan);

  bool Test(const Row& row) const;

 private:
  struct Value {
    enum class Kind { kNull, kTerm, kNumber, kString, kBool } kind = Kind::kNull;
    graph::TermId term = graph::kNoTerm;
    double number = 0;
    bool truth = false;
    std::string text;
    bool date = false;  // read by date(): compares with a month or a year as a range
  };
  // A constant leaf, resolved once: names that are entities become terms.
  struct Leaf {
    const ast::Expr* expr;
    Value value;
  };

  void Prepare(const ast::Expr& expr);
  Value Eval(const ast::Expr& expr, const Row& row) const;
  Value Call(const ast::Expr& expr, const Row& row) const;
  std::string Text(const Value& v) const;
  bool Truthy(const Value& v) const;
  int Compare(const Value& a, const Value& b, bool* comparable) const;
  const graph::Triple* TripleOf(const ast::Expr& argument, const Row& row) const;
  // Evaluates with each choice of one article per pattern that doc() or date() reads.
  bool TestArticles(const Row& row, size_t next) const;

  const ast::Expr& expr_;
  const Variables& vars_;
  std::vector<int> var_pattern_;
  const Resolver& resolver_;
  const Labels& labels_;
  const graph::View& view_;
  const GroupPlan& plan_;
  std::vector<Leaf> leaves_;
  std::vector<int> article_patterns_;             // the patterns doc() and date() read, distinct
  mutable std::vector<graph::TermId> article_of_;  // per pattern, the article being tried
};

}  // namespace kg::query
