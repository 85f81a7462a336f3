// A time limit for one query: raises the flag the query engine polls once the limit has
// passed, so a slow query ends with query::Cancelled instead of holding a server thread.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kg::serve {

class Deadline {
 public:
  explicit Deadline(std::chrono::milliseconds limit)
      : timer_([this, limit](std::stop_token stop) {
          std::unique_lock lock(mutex_);
          wake_.wait_for(lock, stop, limit, [] { return false; });
          if (!stop.stop_requested()) expired_ = true;
        }) {}
  // Ends the timer at once when the query finished in time.
  ~Deadline() { timer_.request_stop(); }

  const std::atomic<bool>* flag() const { return &expired_; }

 private:
  std::atomic<bool> expired_{false};
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread timer_;  // last: it stops and joins before the members it uses go
};

}  // namespace kg::serve
