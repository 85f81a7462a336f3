// Bulk import of RDF files: parsed with serd, sorted in memory and written as SST files that
// RocksDB ingests atomically, every column family at once. Internal to graph/.
#pragma once

#include "graph/db.h"

namespace kg::graph {

ImportResult ImportRdf(Db& db, IdCounters* counters, const std::string& path,
                       const ImportOptions& options);

}  // namespace kg::graph
