#include "query/filter.h"

#include <algorithm>
#include <charconv>

#include "query/error.h"
#include "text/text.h"

namespace kg::query {
namespace {

bool ParseNumber(std::string_view text, double* out) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

// YYYY or YYYY-MM.
bool IsPeriod(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    return std::all_of(s.begin() + from, s.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
  };
  return (s.size() == 4 && digits(0, 4)) || (s.size() == 7 && digits(0, 4) && s[4] == '-' && digits(5, 2));
}

std::string Lower(std::string s) {
  std::ranges::transform(s, s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

Filter::Filter(const ast::Expr& expr, const Variables& vars, std::vector<int> var_pattern,
               const Resolver& resolver, const Labels& labels, const graph::View& view, const GroupPlan& plan)
    : expr_(expr), vars_(vars), var_pattern_(std::move(var_pattern)), resolver_(resolver),
      labels_(labels), view_(view), plan_(plan), article_of_(plan.patterns(), graph::kNoTerm) {
  Prepare(expr);
}

void Filter::Prepare(const ast::Expr& expr) {
  static const char* kFunctions[] = {"type", "label", "arabic", "isentity", "doc", "date"};
  if (expr.op == ast::ExprOp::Call) {
    if (std::ranges::find(kFunctions, expr.function) == std::end(kFunctions)) {
      throw QueryError("unknown function '" + expr.function + "' at " + resolver_.Where(expr) +
                       " (filters know type, label, arabic, isentity, doc and date)");
    }
    if (expr.operands.size() != 1) {
      throw QueryError("function '" + expr.function + "' at " + resolver_.Where(expr) + " takes one argument");
    }
    const ast::Expr& argument = expr.operands.front();
    if ((expr.function == "doc" || expr.function == "date") && argument.op == ast::ExprOp::Value &&
        argument.value.kind == ast::TermKind::Variable) {
      const int var = vars_.Find(argument.value.text);
      const int pattern = var >= 0 ? var_pattern_[var] : -1;
      if (pattern >= 0 && std::ranges::find(article_patterns_, pattern) == article_patterns_.end()) {
        article_patterns_.push_back(pattern);
      }
    }
  }
  if (expr.op != ast::ExprOp::Value) {
    for (const auto& operand : expr.operands) Prepare(operand);
    return;
  }
  const ast::Term& term = expr.value;
  Value value;
  switch (term.kind) {
    case ast::TermKind::Variable:
      if (vars_.Find(term.text) < 0) {
        throw QueryError("variable ?" + term.text + " at " + resolver_.Where(term) +
                         " is not bound by the patterns");
      }
      return;
    case ast::TermKind::Iri:
      value.kind = Value::Kind::kTerm;
      value.term = resolver_.Node(term);
      value.text = term.text;
      break;
    case ast::TermKind::Name:
    case ast::TermKind::String: {
      // An entity when exactly one has the name; otherwise the text itself (PERSON, "Iraq").
      const auto ids = view_.FindByName(term.text);
      if (ids.size() == 1 && term.kind == ast::TermKind::Name) {
        value.kind = Value::Kind::kTerm;
        value.term = ids.front();
      } else {
        value.kind = Value::Kind::kString;
      }
      value.text = term.text;
      break;
    }
    case ast::TermKind::Number:
      value.kind = Value::Kind::kNumber;
      ParseNumber(term.text, &value.number);
      value.text = term.text;
      break;
    case ast::TermKind::Date:
      value.kind = Value::Kind::kString;
      value.text = term.text;
      break;
  }
  leaves_.push_back({&expr, std::move(value)});
}

bool Filter::Test(const Row& row) const {
  if (article_patterns_.empty()) return Truthy(Eval(expr_, row));
  return TestArticles(row, 0);
}

bool Filter::TestArticles(const Row& row, size_t next) const {
  if (next == article_patterns_.size()) return Truthy(Eval(expr_, row));
  const int pattern = article_patterns_[next];
  const graph::Triple& t = row.triples[pattern];
  if (t.s == graph::kNoTerm) {  // a path's step has no article: doc() and date() are null
    article_of_[pattern] = graph::kNoTerm;
    return TestArticles(row, next + 1);
  }
  std::vector<graph::TermId> tried;
  for (const auto& mention : view_.Mentions(t)) {
    if (!plan_.AdmitsMention(mention) || std::ranges::find(tried, mention.document) != tried.end()) continue;
    tried.push_back(mention.document);
    article_of_[pattern] = mention.document;
    if (TestArticles(row, next + 1)) return true;
  }
  return false;
}

Filter::Value Filter::Eval(const ast::Expr& expr, const Row& row) const {
  Value out;
  out.kind = Value::Kind::kBool;
  switch (expr.op) {
    case ast::ExprOp::Or:
      out.truth = std::ranges::any_of(expr.operands, [&](const ast::Expr& e) { return Truthy(Eval(e, row)); });
      return out;
    case ast::ExprOp::And:
      out.truth = std::ranges::all_of(expr.operands, [&](const ast::Expr& e) { return Truthy(Eval(e, row)); });
      return out;
    case ast::ExprOp::Not:
      out.truth = !Truthy(Eval(expr.operands.front(), row));
      return out;
    case ast::ExprOp::Contains: {
      const std::string haystack = text::MatchKey(Text(Eval(expr.operands[0], row)));
      const std::string needle = text::MatchKey(Text(Eval(expr.operands[1], row)));
      out.truth = haystack.find(needle) != std::string::npos;
      return out;
    }
    case ast::ExprOp::Equal:
    case ast::ExprOp::NotEqual:
    case ast::ExprOp::Less:
    case ast::ExprOp::LessEqual:
    case ast::ExprOp::Greater:
    case ast::ExprOp::GreaterEqual: {
      const Value left = Eval(expr.operands[0], row), right = Eval(expr.operands[1], row);
      // Terms are equal when they are the same term: no label needs reading.
      if ((expr.op == ast::ExprOp::Equal || expr.op == ast::ExprOp::NotEqual) &&
          left.kind == Value::Kind::kTerm && right.kind == Value::Kind::kTerm &&
          left.term != graph::kNoTerm && right.term != graph::kNoTerm) {
        out.truth = (left.term == right.term) == (expr.op == ast::ExprOp::Equal);
        return out;
      }
      bool comparable = true;
      const int c = Compare(left, right, &comparable);
      switch (expr.op) {
        case ast::ExprOp::Equal: out.truth = comparable && c == 0; break;
        case ast::ExprOp::NotEqual: out.truth = !comparable || c != 0; break;
        case ast::ExprOp::Less: out.truth = comparable && c < 0; break;
        case ast::ExprOp::LessEqual: out.truth = comparable && c <= 0; break;
        case ast::ExprOp::Greater: out.truth = comparable && c > 0; break;
        default: out.truth = comparable && c >= 0; break;
      }
      return out;
    }
    case ast::ExprOp::Call:
      return Call(expr, row);
    case ast::ExprOp::Value:
      if (expr.value.kind == ast::TermKind::Variable) {
        const graph::TermId id = row.values[vars_.Find(expr.value.text)];
        if (id == graph::kNoTerm) return Value{};
        Value v;
        v.kind = Value::Kind::kTerm;
        v.term = id;
        return v;
      }
      for (const auto& leaf : leaves_) {
        if (leaf.expr == &expr) return leaf.value;
      }
      return Value{};
  }
  return Value{};
}

const graph::Triple* Filter::TripleOf(const ast::Expr& argument, const Row& row) const {
  if (argument.op != ast::ExprOp::Value || argument.value.kind != ast::TermKind::Variable) return nullptr;
  const int var = vars_.Find(argument.value.text);
  const int pattern = var >= 0 ? var_pattern_[var] : -1;
  if (pattern < 0 || row.triples[pattern].s == graph::kNoTerm) return nullptr;
  return &row.triples[pattern];
}

Filter::Value Filter::Call(const ast::Expr& expr, const Row& row) const {
  const std::string& f = expr.function;
  Value out;
  out.kind = Value::Kind::kString;
  if (f == "doc" || f == "date") {
    // The article Test is trying for the triple that bound the variable.
    const graph::Triple* t = TripleOf(expr.operands.front(), row);
    if (!t) return Value{};
    const graph::TermId article = article_of_[t - row.triples.data()];
    if (article == graph::kNoTerm) return Value{};
    const graph::DocumentInfo& doc = plan_.Document(article);
    out.text = f == "doc" ? doc.name : doc.date;
    out.date = f == "date";
    return out.text.empty() ? Value{} : out;
  }
  const Value arg = Eval(expr.operands.front(), row);
  if (arg.kind != Value::Kind::kTerm) {
    if (f == "isentity") {
      out.kind = Value::Kind::kBool;
      return out;
    }
    return arg.kind == Value::Kind::kNull ? Value{} : Value{Value::Kind::kString, 0, 0, false, Text(arg)};
  }
  if (f == "type") out.text = labels_.Type(arg.term);
  if (f == "label") out.text = labels_.Label(arg.term);
  if (f == "arabic") out.text = labels_.Arabic(arg.term);
  if (f == "isentity") {
    out.kind = Value::Kind::kBool;
    out.truth = labels_.IsEntity(arg.term);
  }
  return out;
}

std::string Filter::Text(const Value& v) const {
  switch (v.kind) {
    case Value::Kind::kTerm:
      return v.term == graph::kNoTerm ? v.text : labels_.Label(v.term);
    case Value::Kind::kBool:
      return v.truth ? "true" : "false";
    case Value::Kind::kNull:
      return {};
    default:
      return v.text;
  }
}

bool Filter::Truthy(const Value& v) const {
  switch (v.kind) {
    case Value::Kind::kBool: return v.truth;
    case Value::Kind::kNull: return false;
    case Value::Kind::kString: return !v.text.empty();
    case Value::Kind::kNumber: return v.number != 0;
    case Value::Kind::kTerm: return v.term != graph::kNoTerm;
  }
  return false;
}

int Filter::Compare(const Value& a, const Value& b, bool* comparable) const {
  if (a.kind == Value::Kind::kNull || b.kind == Value::Kind::kNull) {
    *comparable = false;
    return 0;
  }
  if (a.kind == Value::Kind::kTerm && b.kind == Value::Kind::kTerm) {
    if (a.term == b.term) return 0;
    if (a.term == graph::kNoTerm || b.term == graph::kNoTerm) return a.term < b.term ? -1 : 1;
  }
  double x = 0, y = 0;
  const bool numeric = (a.kind == Value::Kind::kNumber ? (x = a.number, true) : ParseNumber(Text(a), &x)) &&
                       (b.kind == Value::Kind::kNumber ? (y = b.number, true) : ParseNumber(Text(b), &y));
  if (numeric) return x < y ? -1 : x > y ? 1 : 0;
  // Names and types compare without regard to ASCII case (type(?x) = person); two different
  // terms never compare equal, even when they share a label.
  std::string left = Lower(Text(a)), right = Lower(Text(b));
  // A date within a month or a year compares equal to it: date(?x) = 2018-05, <= 2018.
  if (a.date && IsPeriod(right) && right.size() < left.size()) left.resize(right.size());
  if (b.date && IsPeriod(left) && left.size() < right.size()) right.resize(left.size());
  if (left == right && a.kind == Value::Kind::kTerm && b.kind == Value::Kind::kTerm) {
    return a.term < b.term ? -1 : 1;
  }
  return left.compare(right) < 0 ? -1 : left == right ? 0 : 1;
}

}  // namespace kg::query
