// kg::graph::FaultPoint — named places in the store's write path where a test can stop or kill
// the process, so that a fault test makes its event happen instead of hoping a timer finds it
// (RocksDB's TEST_SYNC_POINT and kill points serve the same end).
//
// The hook is off unless the environment variable KG_FAULT says otherwise:
//
//   KG_FAULT=kill:POINT:N   SIGKILL at the Nth time the process passes POINT
//   KG_FAULT=stop:POINT:N   SIGSTOP at every Nth pass, so a test can read the store while the
//                           writer waits at a known place, then let it go on with SIGCONT
//
// The points, in the order a writer passes them:
//   store-created        a new store's column families exist, its schema version is not written
//   document-writing     an article's batch is built, not yet written
//   document-committed   an article's batch is written (the WAL has it)
//   import-files-written a bulk import's SST files are complete, not yet ingested
//   import-ingested      the files are part of the store, the work directory is not yet removed
#pragma once

#include <string_view>

namespace kg::graph {

void FaultPoint(std::string_view point);

}  // namespace kg::graph
