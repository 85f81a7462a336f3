// A group of triple patterns joined on shared variables: planned by the store's statistics,
// run as nested index lookups (each pattern a prefix scan with the variables bound so far).
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.h"
#include "query/ast.h"
#include "query/path.h"
#include "query/resolver.h"

namespace kg::query {

// The variables of a statement, numbered in order of first appearance.
class Variables {
 public:
  int Add(const std::string& name);
  int Find(const std::string& name) const;  // -1 when absent
  const std::vector<std::string>& names() const { return names_; }
  size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
};

// For each variable, the first pattern (in query order) that binds it (for doc() and date()).
std::vector<int> FirstPatterns(const ast::Group& group, const Variables& vars);

// One binding: a term per variable (kNoTerm while unbound) and, per pattern, the triple it
// matched (empty for a path pattern), for evidence and doc()/date().
struct Row {
  std::vector<graph::TermId> values;
  std::vector<graph::Triple> triples;
};

class GroupPlan {
 public:
  // Registers the group's variables in vars and orders its patterns.
  GroupPlan(const graph::View& view, const Resolver& resolver, const ast::Group& group,
            Variables* vars, const std::atomic<bool>* cancel);

  // Calls emit for every binding until it returns false.
  void Match(const std::function<bool(const Row&)>& emit) const;
  // The number of bindings. The last pattern is counted, not enumerated, and its counts are
  // remembered per binding of what it joins on: count(*) of a join costs one index count per
  // distinct join value.
  uint64_t Count() const;
  // The pattern order, the index each one scans and its estimated rows.
  std::string Explain(const Variables& vars) const;

  size_t patterns() const { return steps_.size(); }
  size_t variables() const { return variable_count_; }
  // Whether `from`, `since`, `until`, `source` or `according to` restrict which mentions count;
  // a triple is matched while one of its mentions counts.
  bool restricted() const {
    return !from_.empty() || !since_.empty() || !until_.empty() || !source_.empty() || !according_to_.empty();
  }
  // The pattern whose triples carry evidence: the last one that is a single step.
  int evidence_pattern() const;
  // Whether a mention counts: its article is within `from`, `since`, `until` and `source`, and
  // its attribution is the one `according to` names.
  bool AdmitsMention(const graph::Mention& mention) const;
  // An article's name, date, title and outlet, each read once per plan (a name of "?" when the
  // store has no such article).
  const graph::DocumentInfo& Document(graph::TermId document) const;

 private:
  struct Slot {
    int var = -1;                         // a variable, or
    graph::TermId constant = graph::kNoTerm;  // a resolved constant (kNoTerm: matches nothing)
    bool is_var() const { return var >= 0; }
  };
  struct Step {
    size_t pattern = 0;  // index in the query
    std::string text;    // the pattern as written
    Slot s, p, o;
    bool is_path = false;
    PathProgram path;
    graph::Pattern::Polarity polarity = graph::Pattern::Polarity::kPositive;
    double estimate = 0;
    // A hash join: when earlier patterns bind the subject (or object) more times than the
    // predicate has triples, its triples are read once into a table keyed by that end rather
    // than looked up by index per binding.
    bool hash_join = false;
    bool hash_on_subject = false;
    mutable std::vector<std::pair<graph::TermId, graph::Triple>> table;  // sorted by key
    mutable bool table_built = false;
  };

  double Estimate(const Step& step, const std::vector<bool>& bound) const;
  void Order();
  bool Admits(const graph::Triple& t) const;
  bool AdmitsDocument(graph::TermId document) const;
  // Matches patterns depth..end-1 and calls emit for each binding of them.
  void Run(size_t depth, size_t end, Row& row, const std::function<bool(const Row&)>& emit,
           bool* stop) const;
  uint64_t CountFrom(size_t depth, Row& row, std::unordered_map<std::string, uint64_t>& memo) const;
  graph::Pattern Bind(const Step& step, const Row& row) const;
  void ChooseHashJoin(Step& step, const std::vector<bool>& bound, double bindings) const;
  const std::vector<std::pair<graph::TermId, graph::Triple>>& Table(const Step& step) const;
  void CheckCancel() const;

  const graph::View& view_;
  const std::atomic<bool>* cancel_;
  std::vector<Step> steps_;
  size_t variable_count_ = 0;
  std::string from_;   // a glob over article names
  std::string since_;  // YYYY-MM-DD, YYYY-MM or YYYY
  std::string until_;
  std::string source_;                     // a glob over outlets, matched without regard to case
  std::vector<std::string> according_to_;  // text::MatchKeys an attribution may have
  mutable std::optional<uint64_t> total_triples_;  // read when an estimate needs it
  mutable uint64_t ticks_ = 0;
  mutable std::unordered_map<graph::TermId, bool> admitted_documents_;
  mutable std::unordered_map<graph::TermId, graph::DocumentInfo> documents_;
};

}  // namespace kg::query
