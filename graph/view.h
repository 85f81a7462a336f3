// The View over one RocksDB snapshot. Internal to graph/.
#pragma once

#include <memory>

#include "graph/db.h"

namespace kg::graph {

std::unique_ptr<View> NewSnapshotView(const Db& db);

}  // namespace kg::graph
