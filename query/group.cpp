#include "query/group.h"

#include <fnmatch.h>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "query/engine.h"
#include "query/error.h"
#include "text/text.h"

namespace kg::query {
namespace {

using graph::kNoTerm;
using graph::Pattern;
using graph::TermId;

}  // namespace

int Variables::Add(const std::string& name) {
  if (int i = Find(name); i >= 0) return i;
  names_.push_back(name);
  return static_cast<int>(names_.size()) - 1;
}

int Variables::Find(const std::string& name) const {
  auto it = std::ranges::find(names_, name);
  return it == names_.end() ? -1 : static_cast<int>(it - names_.begin());
}

std::vector<int> FirstPatterns(const ast::Group& group, const Variables& vars) {
  std::vector<int> first(vars.size(), -1);
  for (size_t i = 0; i < group.patterns.size(); ++i) {
    const auto& p = group.patterns[i];
    for (const ast::Term* t : {&p.subject, &p.path.predicate, &p.object}) {
      if (t->kind != ast::TermKind::Variable) continue;
      const int v = vars.Find(t->text);
      if (v >= 0 && first[v] < 0) first[v] = static_cast<int>(i);
    }
  }
  return first;
}

GroupPlan::GroupPlan(const graph::View& view, const Resolver& resolver, const ast::Group& group,
                     Variables* vars, const std::atomic<bool>* cancel)
    : view_(view), cancel_(cancel) {
  auto slot = [&](const ast::Term& term, bool predicate) {
    Slot slot;
    if (term.kind == ast::TermKind::Variable) {
      slot.var = vars->Add(term.text);
    } else {
      slot.constant = predicate ? resolver.Predicate(term) : resolver.Node(term);
    }
    return slot;
  };
  for (size_t i = 0; i < group.patterns.size(); ++i) {
    const ast::Pattern& pattern = group.patterns[i];
    Step step;
    step.pattern = i;
    step.text = resolver.TextOf(pattern);
    step.s = slot(pattern.subject, false);
    if (pattern.path.op == ast::PathOp::Predicate) {
      step.p = slot(pattern.path.predicate, pattern.path.predicate.kind != ast::TermKind::Variable);
      if (pattern.path.negated) step.polarity = Pattern::Polarity::kNegated;
    } else {
      step.is_path = true;
      step.path = CompilePath(pattern.path, resolver);
    }
    step.o = slot(pattern.object, false);
    steps_.push_back(std::move(step));
  }
  variable_count_ = vars->size();
  if (group.from) from_ = group.from->text;
  if (group.since) since_ = group.since->text;
  if (group.until) until_ = group.until->text;
  if (group.source) source_ = group.source->text;
  if (group.according_to) {
    // The name as written, and the labels of the entities it names: attributions are labels.
    according_to_.push_back(text::MatchKey(group.according_to->text));
    for (TermId id : view.FindByName(group.according_to->text)) {
      if (auto entity = view.GetEntity(id)) according_to_.push_back(text::MatchKey(entity->label));
    }
  }
  Order();
}

double GroupPlan::Estimate(const Step& step, const std::vector<bool>& bound) const {
  auto is_bound = [&](const Slot& slot) { return !slot.is_var() || bound[slot.var]; };
  for (const Slot* slot : {&step.s, &step.p, &step.o}) {
    if (!slot->is_var() && slot->constant == kNoTerm && (slot != &step.p || !step.is_path)) return 0;
  }
  const bool s = is_bound(step.s), o = is_bound(step.o);
  if (!total_triples_) total_triples_ = view_.TripleCount();
  const double total = std::max<double>(1, static_cast<double>(*total_triples_));
  if (step.is_path) return s || o ? 100 : 10 * total;
  if (s && o) return 1;
  if (!step.p.is_var()) {
    const auto stats = view_.GetPredicateStats(step.p.constant,
                                               step.polarity == Pattern::Polarity::kNegated);
    const double n = static_cast<double>(stats.triples);
    if (s) return n / std::max<double>(1, static_cast<double>(stats.subjects));
    if (o) return n / std::max<double>(1, static_cast<double>(stats.objects));
    return n;
  }
  if (s && !step.s.is_var()) return static_cast<double>(view_.Degree(step.s.constant));
  if (o && !step.o.is_var()) return static_cast<double>(view_.Degree(step.o.constant));
  return s || o ? 50 : total;
}

void GroupPlan::Order() {
  // A single pattern has no order to choose, and reads no statistics (explain estimates it).
  if (steps_.size() == 1) return;
  // Greedy: next the pattern with the fewest rows given what is bound so far.
  std::vector<bool> bound(variable_count_, false);
  std::vector<Step> ordered;
  double bindings = 1;  // estimated rows entering the next pattern
  while (!steps_.empty()) {
    size_t best = 0;
    double best_estimate = 0;
    for (size_t i = 0; i < steps_.size(); ++i) {
      const double e = Estimate(steps_[i], bound);
      if (i == 0 || e < best_estimate) best = i, best_estimate = e;
    }
    Step step = std::move(steps_[best]);
    steps_.erase(steps_.begin() + static_cast<std::ptrdiff_t>(best));
    step.estimate = best_estimate;
    ChooseHashJoin(step, bound, bindings);
    bindings *= std::max(1.0, best_estimate);
    for (const Slot* slot : {&step.s, &step.p, &step.o}) {
      if (slot->is_var()) bound[slot->var] = true;
    }
    ordered.push_back(std::move(step));
  }
  steps_ = std::move(ordered);
}

void GroupPlan::ChooseHashJoin(Step& step, const std::vector<bool>& bound, double bindings) const {
  constexpr uint64_t kMaxTable = 5'000'000;
  constexpr double kMinBindings = 1024;  // below this, index lookups cost less than a table
  if (step.is_path || step.p.is_var() || step.p.constant == kNoTerm) return;
  const bool s = step.s.is_var() && bound[step.s.var];
  const bool o = step.o.is_var() && bound[step.o.var];
  // Exactly one end joins, and the other is a variable still to bind.
  const Slot& other = s ? step.o : step.s;
  if (s == o || !other.is_var() || bound[other.var] || step.s.var == step.o.var || bindings < kMinBindings) {
    return;
  }
  const uint64_t triples =
      view_.GetPredicateStats(step.p.constant, step.polarity == Pattern::Polarity::kNegated).triples;
  if (triples == 0 || triples > kMaxTable || bindings < static_cast<double>(triples) / 8) {
    return;
  }
  step.hash_join = true;
  step.hash_on_subject = s;
}

const std::vector<std::pair<TermId, graph::Triple>>& GroupPlan::Table(const Step& step) const {
  if (!step.table_built) {
    for (auto c = view_.Scan(Pattern{{}, step.p.constant, {}, step.polarity}); c->Valid(); c->Next()) {
      CheckCancel();
      const graph::Triple& t = c->triple();
      step.table.emplace_back(step.hash_on_subject ? t.s : t.o, t);
    }
    std::ranges::sort(step.table, {}, &std::pair<TermId, graph::Triple>::first);
    step.table_built = true;
  }
  return step.table;
}

void GroupPlan::CheckCancel() const {
  if (cancel_ && (++ticks_ & 0x3ff) == 0 && cancel_->load(std::memory_order_relaxed)) throw Cancelled();
}

bool GroupPlan::AdmitsDocument(graph::TermId document) const {
  if (!restricted()) return true;
  auto [it, inserted] = admitted_documents_.try_emplace(document, false);
  if (inserted) {
    const graph::DocumentInfo& doc = Document(document);
    // A date's prefix of the period's length compares with the period: 2018-05-31 is within
    // `until 2018-05` and `since 2018`.
    auto within = [&](const std::string& period, bool since) {
      if (period.empty()) return true;
      if (doc.date.empty()) return false;
      const std::string_view day = std::string_view(doc.date).substr(0, period.size());
      return since ? day >= period : day <= period;
    };
    it->second = doc.id != kNoTerm && (from_.empty() || fnmatch(from_.c_str(), doc.name.c_str(), 0) == 0) &&
                 (source_.empty() || fnmatch(source_.c_str(), doc.outlet.c_str(), FNM_CASEFOLD) == 0) &&
                 within(since_, true) && within(until_, false);
  }
  return it->second;
}

const graph::DocumentInfo& GroupPlan::Document(TermId document) const {
  auto [it, inserted] = documents_.try_emplace(document);
  if (inserted) {
    if (auto doc = view_.GetDocument(document)) it->second = std::move(*doc);
    else it->second.name.assign(1, '?');
  }
  return it->second;
}

bool GroupPlan::AdmitsMention(const graph::Mention& mention) const {
  if (!restricted()) return true;
  if (!according_to_.empty()) {
    // The name as the attribution has it, or its family name alone (according to Trump).
    const std::string said_by = text::MatchKey(mention.evidence.source);
    const bool named = std::ranges::any_of(according_to_, [&](const std::string& key) {
      return !key.empty() && (said_by == key || (said_by.size() > key.size() && said_by.ends_with(key) &&
                                                 said_by[said_by.size() - key.size() - 1] == ' '));
    });
    if (!named) return false;
  }
  return AdmitsDocument(mention.document);
}

bool GroupPlan::Admits(const graph::Triple& t) const {
  if (!restricted()) return true;
  for (const auto& mention : view_.Mentions(t)) {
    if (AdmitsMention(mention)) return true;
  }
  return false;
}

graph::Pattern GroupPlan::Bind(const Step& step, const Row& row) const {
  Pattern pattern;
  pattern.polarity = step.polarity;
  auto value = [&](const Slot& slot) -> std::optional<TermId> {
    if (!slot.is_var()) return slot.constant;
    if (row.values[slot.var] != kNoTerm) return row.values[slot.var];
    return std::nullopt;
  };
  pattern.s = value(step.s);
  pattern.p = value(step.p);
  pattern.o = value(step.o);
  return pattern;
}

void GroupPlan::Match(const std::function<bool(const Row&)>& emit) const {
  Row row;
  row.values.assign(variable_count_, kNoTerm);
  row.triples.assign(steps_.size(), graph::Triple{});
  bool stop = false;
  Run(0, steps_.size(), row, emit, &stop);
}

void GroupPlan::Run(size_t depth, size_t end, Row& row, const std::function<bool(const Row&)>& emit,
                    bool* stop) const {
  if (depth == end) {
    *stop = !emit(row);
    return;
  }
  const Step& step = steps_[depth];
  // Assigns a slot's variable if it is free; false when it is bound to another value.
  std::vector<int> assigned;
  auto assign = [&](const Slot& slot, TermId value) {
    if (!slot.is_var()) return slot.constant == value;
    TermId& current = row.values[slot.var];
    if (current == kNoTerm) {
      current = value;
      assigned.push_back(slot.var);
      return true;
    }
    return current == value;
  };
  auto undo = [&] {
    for (int var : assigned) row.values[var] = kNoTerm;
    assigned.clear();
  };

  if (step.hash_join) {
    const auto& table = Table(step);
    const TermId key = row.values[(step.hash_on_subject ? step.s : step.o).var];
    auto it = std::ranges::lower_bound(table, key, {}, &std::pair<TermId, graph::Triple>::first);
    for (; it != table.end() && it->first == key && !*stop; ++it) {
      CheckCancel();
      const graph::Triple& t = it->second;
      if (assign(step.s, t.s) && assign(step.o, t.o) && Admits(t)) {
        row.triples[step.pattern] = t;
        Run(depth + 1, end, row, emit, stop);
      }
      undo();
    }
    return;
  }
  if (!step.is_path) {
    const Pattern pattern = Bind(step, row);
    if ((pattern.s && *pattern.s == kNoTerm) || (pattern.p && *pattern.p == kNoTerm) ||
        (pattern.o && *pattern.o == kNoTerm)) {
      return;
    }
    for (auto c = view_.Scan(pattern); c->Valid() && !*stop; c->Next()) {
      CheckCancel();
      const graph::Triple& t = c->triple();
      if (assign(step.s, t.s) && assign(step.p, t.p) && assign(step.o, t.o) && Admits(t)) {
        row.triples[step.pattern] = t;
        Run(depth + 1, end, row, emit, stop);
      }
      undo();
    }
    return;
  }

  PathRunner runner(view_, cancel_);
  auto end_of = [&](const Slot& slot) -> std::optional<TermId> {
    if (!slot.is_var()) return slot.constant;
    if (row.values[slot.var] != kNoTerm) return row.values[slot.var];
    return std::nullopt;
  };
  const auto s = end_of(step.s), o = end_of(step.o);
  row.triples[step.pattern] = graph::Triple{};
  auto follow = [&](TermId start, bool forward) {
    for (TermId reached : runner.Reach(step.path, {start}, forward)) {
      if (*stop) return;
      CheckCancel();
      if (forward ? assign(step.s, start) && assign(step.o, reached)
                  : assign(step.o, start) && assign(step.s, reached)) {
        Run(depth + 1, end, row, emit, stop);
      }
      undo();
    }
  };
  if (s) {
    if (*s != kNoTerm) follow(*s, true);
  } else if (o) {
    if (*o != kNoTerm) follow(*o, false);
  } else {
    // Neither end is known: every subject of the store is a start.
    TermId last = kNoTerm;
    for (auto c = view_.Scan(Pattern{{}, {}, {}, Pattern::Polarity::kAny}); c->Valid() && !*stop; c->Next()) {
      if (c->triple().s == last) continue;
      last = c->triple().s;
      follow(last, true);
    }
  }
}

uint64_t GroupPlan::Count() const {
  if (steps_.empty()) return 1;
  Row row;
  row.values.assign(variable_count_, kNoTerm);
  row.triples.assign(steps_.size(), graph::Triple{});
  std::unordered_map<std::string, uint64_t> memo;
  return CountFrom(0, row, memo);
}

uint64_t GroupPlan::CountFrom(size_t depth, Row& row,
                              std::unordered_map<std::string, uint64_t>& memo) const {
  // Past the last pattern, when that one was enumerated (a path, a restricted group, a
  // repeated variable): the row is complete and counts once.
  if (depth == steps_.size()) return 1;
  const Step& last = steps_.back();
  // A variable used twice in the last pattern (?x p ?x) needs each match checked.
  auto same = [](const Slot& a, const Slot& b) { return a.is_var() && b.is_var() && a.var == b.var; };
  const bool repeats = same(last.s, last.o) || same(last.s, last.p) || same(last.p, last.o);
  if (depth + 1 == steps_.size() && !last.is_path && !restricted() && !repeats) {
    const Pattern pattern = Bind(last, row);
    std::string key;
    for (const auto& v : {pattern.s, pattern.p, pattern.o}) {
      const TermId id = v ? *v : kNoTerm;
      key.append(reinterpret_cast<const char*>(&id), sizeof id);
    }
    auto [it, inserted] = memo.try_emplace(std::move(key), 0);
    if (inserted) {
      const bool empty = (pattern.s && *pattern.s == kNoTerm) || (pattern.p && *pattern.p == kNoTerm) ||
                         (pattern.o && *pattern.o == kNoTerm);
      it->second = empty ? 0 : view_.Count(pattern);
    }
    return it->second;
  }
  // Enumerate this pattern and count what follows each of its matches.
  uint64_t total = 0;
  bool stop = false;
  Run(depth, depth + 1, row, [&](const Row& matched) {
    Row copy = matched;
    total += CountFrom(depth + 1, copy, memo);
    return true;
  }, &stop);
  return total;
}

int GroupPlan::evidence_pattern() const {
  int best = -1;
  for (const auto& step : steps_) {
    if (!step.is_path) best = std::max(best, static_cast<int>(step.pattern));
  }
  return best;
}

std::string GroupPlan::Explain(const Variables& vars) const {
  std::string out;
  std::vector<bool> bound(vars.size(), false);
  for (size_t i = 0; i < steps_.size(); ++i) {
    const Step& step = steps_[i];
    auto is_bound = [&](const Slot& slot) { return !slot.is_var() || bound[slot.var]; };
    std::string index;
    if (step.hash_join) {
      index = std::string("hash join on the ") + (step.hash_on_subject ? "subject" : "object") +
              ", the predicate's triples read once";
    } else if (step.is_path) {
      index = is_bound(step.s) ? "path BFS from the subject"
              : is_bound(step.o) ? "path BFS from the object"
                                 : "path BFS from every subject";
    } else {
      const bool s = is_bound(step.s), p = is_bound(step.p), o = is_bound(step.o);
      const char* order = s && (p || !o) ? "SPO" : p ? "POS" : o ? "OSP" : "SPO";
      std::string prefix;
      for (auto [b, c] : {std::pair{s, 's'}, std::pair{p, 'p'}, std::pair{o, 'o'}}) {
        if (b) prefix += c;
      }
      index = std::string(order) + " scan, bound: " + (prefix.empty() ? "none" : prefix);
    }
    char estimate[32];
    std::snprintf(estimate, sizeof estimate, "%.0f", steps_.size() == 1 ? Estimate(step, bound) : step.estimate);
    out += std::to_string(i + 1) + ". " + step.text + "\n   " + index + ", ~" + estimate +
           " rows per binding\n";
    for (const Slot* slot : {&step.s, &step.p, &step.o}) {
      if (slot->is_var()) bound[slot->var] = true;
    }
  }
  if (restricted()) {
    out += "   triples kept only with a mention from '" + from_ + "' since '" + since_ + "' until '" + until_ +
           "' source '" + source_ + "'" + (according_to_.empty() ? "" : " according to '" + according_to_[0] + "'") +
           "\n";
  }
  return out;
}

}  // namespace kg::query
