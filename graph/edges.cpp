#include "graph/edges.h"

namespace kg::graph {

void ForEachEdge(const View& view, TermId node, const std::function<void(const Triple& triple, bool out)>& fn) {
  for (bool out : {true, false}) {
    Pattern pattern;
    pattern.polarity = Pattern::Polarity::kAny;
    (out ? pattern.s : pattern.o) = node;
    for (auto c = view.Scan(pattern); c->Valid(); c->Next()) {
      const Triple& t = c->triple();
      if (!out && t.s == node) continue;  // a self-loop was read with the out-edges
      fn(t, out);
    }
  }
}

}  // namespace kg::graph
