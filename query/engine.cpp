#include "query/engine.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "query/error.h"
#include "query/filter.h"
#include "query/graph_queries.h"
#include "query/group.h"
#include "query/labels.h"
#include "query/resolver.h"
#include "text/text.h"

namespace kg::query {
namespace {

// What `evidence` adds to each row.
constexpr std::array<const char*, 7> kEvidenceColumns = {"article", "date",     "title",   "source",
                                                         "attribution", "sentence", "evidence"};

using graph::TermId;

struct RowHash {
  size_t operator()(const std::vector<Value>& row) const {
    size_t h = row.size();
    for (const auto& v : row) {
      h = h * 1000003u ^ std::hash<TermId>{}(v.term) ^ std::hash<double>{}(v.number) ^
          std::hash<std::string>{}(v.text);
    }
    return h;
  }
};

// Orders values for `order by`: numbers numerically, terms by what they print as.
class ValueOrder {
 public:
  explicit ValueOrder(const Labels& labels) : labels_(labels) {}
  int operator()(const Value& a, const Value& b) const {
    if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
    switch (a.kind) {
      case Value::Kind::kNumber: return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
      case Value::Kind::kTerm: return labels_.Display(a.term).compare(labels_.Display(b.term));
      case Value::Kind::kText: return a.text.compare(b.text);
      case Value::Kind::kNull: return 0;
    }
    return 0;
  }

 private:
  const Labels& labels_;
};

class StatementRunner {
 public:
  StatementRunner(const graph::View& view, const Script& script, const std::atomic<bool>* cancel, RowSink* sink)
      : view_(view), cancel_(cancel), sink_(sink), resolver_(view, script), labels_(view) {}

  Result Run(const ast::Statement& statement) {
    return std::visit([&](const auto& query) { return Run(query, statement.explain); }, statement.query);
  }

 private:
  Result Run(const ast::PatternQuery& query, bool explain) {
    Variables vars;
    GroupPlan plan(view_, resolver_, query.where, &vars, cancel_);
    if (explain) return Explained(plan.Explain(vars));
    Result result;
    for (const auto& name : vars.names()) result.columns.push_back(name);
    // Bindings of single steps are distinct by construction; paths can reach a node twice.
    const bool dedupe = std::ranges::any_of(query.where.patterns, [](const ast::Pattern& p) {
      return p.path.op != ast::PathOp::Predicate;
    });
    std::unordered_set<std::vector<Value>, RowHash> seen;
    const int evidence = query.where.evidence ? plan.evidence_pattern() : -1;
    if (evidence >= 0) result.columns.insert(result.columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
    if (sink_) sink_->Columns(result.columns);
    auto emit = [&](std::vector<Value> values) {
      if (sink_) {
        sink_->Row(std::move(values));
      } else {
        result.rows.push_back(std::move(values));
      }
    };
    plan.Match([&](const Row& row) {
      std::vector<Value> values;
      values.reserve(row.values.size());
      for (TermId id : row.values) values.push_back(Value::Term(id));
      if (dedupe && !seen.insert(values).second) return true;
      if (evidence >= 0) {
        AddEvidence(plan, row.triples[evidence], values, emit);
      } else {
        emit(std::move(values));
      }
      return true;
    });
    return result;
  }

  Result Run(const ast::Ask& query, bool explain) {
    Variables vars;
    GroupPlan plan(view_, resolver_, query.where, &vars, cancel_);
    if (explain) return Explained(plan.Explain(vars));
    Result result;
    result.truth = false;
    plan.Match([&](const Row&) {
      result.truth = true;
      return false;
    });
    return result;
  }

  Result Run(const ast::Select& select, bool explain);

  Result Run(const ast::PathQuery& query, bool explain) {
    return ShortestPaths(view_, resolver_, labels_, query, explain, cancel_);
  }

  Result Run(const ast::Describe& query, bool explain) {
    return DescribeEntity(view_, resolver_, labels_, query, explain);
  }

  static Result Explained(std::string plan) {
    Result result;
    result.plan = std::move(plan);
    return result;
  }

  // One row per mention of the triple that the group's restrictions keep: the article, its date,
  // title and outlet, who the statement is attributed to, the sentence number and its text,
  // whose focus is the trigger's place in it.
  template <typename Emit>
  void AddEvidence(const GroupPlan& plan, const graph::Triple& t, const std::vector<Value>& values,
                   const Emit& emit) {
    const auto mentions = t.s == graph::kNoTerm ? std::vector<graph::Mention>{} : view_.Mentions(t);
    if (mentions.empty()) {
      auto row = values;
      row.push_back(Value::Text(view_.ImportSupported(t) ? "(imported)" : ""));
      row.resize(row.size() + kEvidenceColumns.size() - 1);
      emit(std::move(row));
      return;
    }
    for (const auto& m : mentions) {
      if (!plan.AdmitsMention(m)) continue;
      const graph::DocumentInfo& doc = plan.Document(m.document);
      auto row = values;
      auto text = [](const std::string& s) { return s.empty() ? Value{} : Value::Text(s); };
      Value sentence = Value::Text(view_.SentenceText(m));
      const graph::Span within = m.evidence.sentence_span, trigger = m.evidence.trigger;
      if (trigger.begin >= within.begin && trigger.end <= within.end && trigger.begin < trigger.end) {
        sentence.focus = {trigger.begin - within.begin, trigger.end - within.begin};
      }
      Value title = text(doc.title);
      title.focus = {0, 1};  // a long title keeps its start
      row.insert(row.end(), {Value::Text(doc.name), text(doc.date), std::move(title), text(doc.outlet),
                             text(m.evidence.source), Value::Number(m.evidence.sentence), std::move(sentence)});
      emit(std::move(row));
    }
  }

  const graph::View& view_;
  const std::atomic<bool>* cancel_;
  RowSink* sink_;
  Resolver resolver_;
  Labels labels_;
};

std::string ColumnName(const ast::SelectItem& item) {
  if (!item.alias.empty()) return item.alias;
  switch (item.column.aggregate) {
    case ast::Aggregate::None: return item.column.variable;
    case ast::Aggregate::CountAll: return "count";
    case ast::Aggregate::Count: return "count_" + item.column.variable;
    case ast::Aggregate::CountDistinct: return "count_distinct_" + item.column.variable;
    case ast::Aggregate::CountArticles: return "count_articles";
    case ast::Aggregate::CountMentions: return "count_mentions";
    case ast::Aggregate::Day: return "day";
    case ast::Aggregate::Month: return "month";
    case ast::Aggregate::Year: return "year";
    case ast::Aggregate::Source: return "source";
    case ast::Aggregate::Attribution: return "attribution";
  }
  return {};
}

bool IsPeriod(ast::Aggregate aggregate) {
  return aggregate == ast::Aggregate::Day || aggregate == ast::Aggregate::Month || aggregate == ast::Aggregate::Year;
}

// The keys `group by` takes from each mention rather than from the bindings.
bool IsMentionKey(ast::Aggregate aggregate) {
  return IsPeriod(aggregate) || aggregate == ast::Aggregate::Source || aggregate == ast::Aggregate::Attribution;
}

ast::Aggregate MentionKeyNamed(const std::string& word) {
  if (word == "day") return ast::Aggregate::Day;
  if (word == "month") return ast::Aggregate::Month;
  if (word == "year") return ast::Aggregate::Year;
  if (word == "source") return ast::Aggregate::Source;
  return ast::Aggregate::Attribution;
}

bool SameColumn(const ast::Column& a, const ast::Column& b) {
  return a.aggregate == b.aggregate && a.variable == b.variable;
}

Result StatementRunner::Run(const ast::Select& select, bool explain) {
  Variables vars;
  GroupPlan plan(view_, resolver_, select.where, &vars, cancel_);
  auto var_of = [&](const std::string& name, const ast::Node& where) {
    const int v = vars.Find(name);
    if (v < 0) throw QueryError("variable ?" + name + " at " + resolver_.Where(where) + " is not bound by the patterns");
    return v;
  };
  const bool aggregated = !select.group_by.empty() ||
                          std::ranges::any_of(select.items, [](const ast::SelectItem& i) {
                            return i.column.aggregate != ast::Aggregate::None;
                          });
  std::vector<int> group_vars;
  // What `group by day|month|year|source|attribution` takes from each mention, in its order.
  std::vector<ast::Aggregate> mention_keys;
  for (const auto& g : select.group_by) {
    if (g.kind == ast::TermKind::Variable) {
      group_vars.push_back(var_of(g.text, g));
      continue;
    }
    const ast::Aggregate key = MentionKeyNamed(g.text);
    for (ast::Aggregate had : mention_keys) {
      if (had == key || (IsPeriod(key) && IsPeriod(had))) {
        throw QueryError("'group by' at " + resolver_.Where(g) + (had == key ? " names '" + g.text + "' twice" : " names a second period"));
      }
    }
    mention_keys.push_back(key);
  }
  for (const auto& item : select.items) {
    const auto aggregate = item.column.aggregate;
    if (IsMentionKey(aggregate) && std::ranges::find(mention_keys, aggregate) == mention_keys.end()) {
      throw QueryError("'" + ColumnName(item) + "' at " + resolver_.Where(item) + " needs 'group by " +
                       ColumnName(item) + "'");
    }
    if (item.column.variable.empty()) continue;  // count(*), count(articles), count(mentions), a mention key
    const int v = var_of(item.column.variable, item);
    if (aggregated && item.column.aggregate == ast::Aggregate::None &&
        std::ranges::find(group_vars, v) == group_vars.end()) {
      throw QueryError("?" + item.column.variable + " at " + resolver_.Where(item) +
                       " is neither grouped nor counted: add it to 'group by'");
    }
  }
  // Each order key is a selected column, by its expression or its alias.
  std::vector<std::pair<size_t, bool>> order;
  for (const auto& key : select.order_by) {
    size_t found = select.items.size();
    for (size_t i = 0; i < select.items.size(); ++i) {
      const auto& item = select.items[i];
      if (SameColumn(item.column, key.column) ||
          (key.column.aggregate == ast::Aggregate::None && item.alias == key.column.variable)) {
        found = i;
        break;
      }
    }
    if (found == select.items.size()) {
      throw QueryError("'order by' at " + resolver_.Where(key) + " names a column the select list does not have");
    }
    order.emplace_back(found, key.descending);
  }
  std::optional<Filter> filter;
  if (select.filter) {
    filter.emplace(*select.filter, vars, FirstPatterns(select.where, vars), resolver_, labels_, view_, plan);
  }
  if (explain) {
    std::string text = plan.Explain(vars);
    if (filter) text += "   then filter each binding\n";
    if (aggregated) text += "   then count per group\n";
    return Explained(text);
  }

  Result result;
  for (const auto& item : select.items) result.columns.push_back(ColumnName(item));
  const bool plain = !filter && !select.where.evidence && !plan.restricted();
  std::vector<std::vector<Value>> rows;

  if (plain && select.group_by.empty() && select.items.size() == 1 &&
      select.items[0].column.aggregate == ast::Aggregate::CountAll) {
    // count(*) alone: counted without enumerating the last pattern.
    rows.push_back({Value::Number(static_cast<double>(plan.Count()))});
  } else if (plain && aggregated && mention_keys.empty() && select.where.patterns.size() == 1 && group_vars.size() == 1 &&
             select.where.patterns[0].path.op == ast::PathOp::Predicate &&
             !select.where.patterns[0].path.negated &&
             select.where.patterns[0].path.predicate.kind == ast::TermKind::Variable &&
             select.where.patterns[0].subject.kind == ast::TermKind::Variable &&
             select.where.patterns[0].object.kind == ast::TermKind::Variable &&
             vars.size() == 3 && vars.Find(select.where.patterns[0].path.predicate.text) == group_vars[0] &&
             std::ranges::all_of(select.items, [](const ast::SelectItem& i) {
               return i.column.aggregate == ast::Aggregate::None || i.column.aggregate == ast::Aggregate::CountAll;
             })) {
    // ?s ?p ?o grouped by ?p: the store counts triples per predicate as it writes them.
    for (const auto& stats : view_.Stats().predicates) {
      if (stats.negated) continue;
      std::vector<Value> row;
      for (const auto& item : select.items) {
        row.push_back(item.column.aggregate == ast::Aggregate::CountAll
                          ? Value::Number(static_cast<double>(stats.triples))
                          : Value::Term(stats.predicate));
      }
      rows.push_back(std::move(row));
    }
  } else if (aggregated) {
    struct Group {
      std::vector<uint64_t> counts;
      std::vector<std::unordered_set<TermId>> distinct;
      std::set<graph::Triple> triples;  // matched, for count(articles) and count(mentions)
    };
    const bool supports = std::ranges::any_of(select.items, [](const ast::SelectItem& i) {
      return i.column.aggregate == ast::Aggregate::CountArticles || i.column.aggregate == ast::Aggregate::CountMentions;
    });
    // Keyed by the group variables' values and, with `group by month` and the like, what the
    // mentions that report the match say: a match reported in two months counts in both.
    std::map<std::pair<std::vector<TermId>, std::vector<std::string>>, Group> groups;
    auto keys_of = [&](const graph::Mention& m) {
      std::vector<std::string> keys;
      const graph::DocumentInfo& doc = plan.Document(m.document);
      for (ast::Aggregate key : mention_keys) {
        switch (key) {
          case ast::Aggregate::Day: keys.push_back(doc.date.substr(0, 10)); break;
          case ast::Aggregate::Month: keys.push_back(doc.date.substr(0, 7)); break;
          case ast::Aggregate::Year: keys.push_back(doc.date.substr(0, 4)); break;
          case ast::Aggregate::Source: keys.push_back(doc.outlet); break;
          default: keys.push_back(m.evidence.source); break;
        }
      }
      return keys;
    };
    plan.Match([&](const Row& row) {
      if (filter && !filter->Test(row)) return true;
      std::vector<TermId> key;
      for (int v : group_vars) key.push_back(row.values[v]);
      std::set<std::vector<std::string>> reported;
      if (!mention_keys.empty()) {
        for (const graph::Triple& t : row.triples) {
          if (t.s == graph::kNoTerm) continue;
          for (const auto& m : view_.Mentions(t)) {
            if (plan.AdmitsMention(m)) reported.insert(keys_of(m));
          }
        }
      } else {
        reported.insert(std::vector<std::string>{});
      }
      for (const auto& when : reported) {
        Group& g = groups[{key, when}];
        if (g.counts.empty()) {
          g.counts.assign(select.items.size(), 0);
          g.distinct.resize(select.items.size());
        }
        if (supports) g.triples.insert(row.triples.begin(), row.triples.end());
        for (size_t i = 0; i < select.items.size(); ++i) {
          const auto& column = select.items[i].column;
          if (column.aggregate == ast::Aggregate::CountAll) ++g.counts[i];
          if (column.variable.empty()) continue;
          const TermId value = row.values[vars.Find(column.variable)];
          if (column.aggregate == ast::Aggregate::Count && value != graph::kNoTerm) ++g.counts[i];
          if (column.aggregate == ast::Aggregate::CountDistinct && value != graph::kNoTerm) g.distinct[i].insert(value);
        }
      }
      return true;
    });
    if (groups.empty() && select.group_by.empty()) groups[{}].counts.assign(select.items.size(), 0);
    for (auto& [group_key, g] : groups) {
      const auto& [key, when] = group_key;
      if (g.distinct.empty()) g.distinct.resize(select.items.size());
      // What supports the group's triples, in its period, outlet or attribution: a triple three
      // articles report counts three.
      std::unordered_set<TermId> articles;
      uint64_t mentions = 0;
      for (const graph::Triple& t : g.triples) {
        if (t.s == graph::kNoTerm) continue;  // a path's step
        for (const auto& m : view_.Mentions(t)) {
          if (!plan.AdmitsMention(m)) continue;
          if (!mention_keys.empty() && keys_of(m) != when) continue;
          articles.insert(m.document);
          ++mentions;
        }
      }
      std::vector<Value> row;
      for (size_t i = 0; i < select.items.size(); ++i) {
        const auto& column = select.items[i].column;
        switch (column.aggregate) {
          case ast::Aggregate::None: {
            const auto at = std::ranges::find(group_vars, vars.Find(column.variable)) - group_vars.begin();
            row.push_back(Value::Term(key[at]));
            break;
          }
          case ast::Aggregate::CountDistinct:
            row.push_back(Value::Number(static_cast<double>(g.distinct[i].size())));
            break;
          case ast::Aggregate::CountArticles:
            row.push_back(Value::Number(static_cast<double>(articles.size())));
            break;
          case ast::Aggregate::CountMentions:
            row.push_back(Value::Number(static_cast<double>(mentions)));
            break;
          case ast::Aggregate::Day:
          case ast::Aggregate::Month:
          case ast::Aggregate::Year:
          case ast::Aggregate::Source:
          case ast::Aggregate::Attribution: {
            const std::string& said = when[std::ranges::find(mention_keys, column.aggregate) - mention_keys.begin()];
            row.push_back(said.empty() ? Value{} : Value::Text(said));
            break;
          }
          default:
            row.push_back(Value::Number(static_cast<double>(g.counts[i])));
        }
      }
      rows.push_back(std::move(row));
    }
  } else {
    // Stream until limit rows are had, unless they must be sorted first.
    const uint64_t wanted = order.empty() && select.limit ? *select.limit + select.offset.value_or(0) : UINT64_MAX;
    std::unordered_set<std::vector<Value>, RowHash> seen;
    const int evidence = select.where.evidence ? plan.evidence_pattern() : -1;
    if (evidence >= 0) result.columns.insert(result.columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
    plan.Match([&](const Row& row) {
      if (filter && !filter->Test(row)) return true;
      std::vector<Value> values;
      for (const auto& item : select.items) values.push_back(Value::Term(row.values[vars.Find(item.column.variable)]));
      if (select.distinct && !seen.insert(values).second) return true;
      if (evidence >= 0) {
        AddEvidence(plan, row.triples[evidence], values, [&](std::vector<Value> r) { rows.push_back(std::move(r)); });
      } else {
        rows.push_back(std::move(values));
      }
      return rows.size() < wanted;
    });
  }

  if (!order.empty()) {
    ValueOrder compare(labels_);
    std::ranges::stable_sort(rows, [&](const std::vector<Value>& a, const std::vector<Value>& b) {
      for (auto [column, descending] : order) {
        const int c = compare(a[column], b[column]);
        if (c != 0) return descending ? c > 0 : c < 0;
      }
      return false;
    });
  }
  const size_t offset = std::min<size_t>(rows.size(), select.offset.value_or(0));
  const size_t limit = std::min<size_t>(rows.size() - offset, select.limit.value_or(rows.size()));
  result.rows.assign(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(offset)),
                     std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(offset + limit)));
  return result;
}

}  // namespace

Result Engine::Run(const Script& script, const ast::Statement& statement, RowSink* sink) const {
  return StatementRunner(view_, script, cancel_, sink).Run(statement);
}

}  // namespace kg::query
