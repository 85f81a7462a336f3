// `kg check`: recounts everything the store keeps twice and reports where copies disagree.
// Internal to graph/.
#pragma once

#include "graph/db.h"

namespace kg::graph {

CheckReport CheckStore(const Db& db);

}  // namespace kg::graph
