// A read-only store that follows its writer. A RocksDB reader sees the store as it was when
// opened, so the store is opened again when a writer has changed it and the one in use is older
// than `max_age`: a request reads what was committed at most that long before it. Requests
// still reading the previous store keep it until they finish.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include "graph/store.h"

namespace kg::serve {

class FreshStore {
 public:
  // Opens the store now, so that a missing or unreadable one fails at start (graph::StoreError).
  FreshStore(std::string dir, std::chrono::milliseconds max_age);

  // The store to read a request from. Should opening it again fail (a writer replacing files
  // mid-open), the previous one serves until the next try.
  std::shared_ptr<const graph::Store> Get();

 private:
  using Clock = std::chrono::steady_clock;
  const std::string dir_;
  const std::chrono::milliseconds max_age_;
  std::mutex mutex_;
  std::shared_ptr<const graph::Store> store_;
  Clock::time_point checked_;
  bool opening_ = false;
  std::string stamp_;  // the files a writer changes, as they were when store_ was opened
};

}  // namespace kg::serve
