// `filter` expressions over a binding: comparisons, contains, and/or/not and the functions
// type, label, arabic, isentity, doc and date.
#pragma once

#include <string>
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
         const Resolver& resolver, const Labels& labels, const graph::View& view);

  bool Test(const Row& row) const;

 private:
  struct Value {
    enum class Kind { kNull, kTerm, kNumber, kString, kBool } kind = Kind::kNull;
    graph::TermId term = graph::kNoTerm;
    double number = 0;
    bool truth = false;
    std::string text;
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

  const ast::Expr& expr_;
  const Variables& vars_;
  std::vector<int> var_pattern_;
  const Resolver& resolver_;
  const Labels& labels_;
  const graph::View& view_;
  std::vector<Leaf> leaves_;
};

}  // namespace kg::query
