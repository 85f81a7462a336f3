#include "serve/fresh_store.h"

namespace kg::serve {

FreshStore::FreshStore(std::string dir, std::chrono::milliseconds max_age)
    : dir_(std::move(dir)),
      max_age_(max_age),
      store_(graph::Store::Open(dir_, graph::OpenMode::kReadOnly)),
      opened_(Clock::now()) {}

std::shared_ptr<const graph::Store> FreshStore::Get() {
  std::lock_guard lock(mutex_);
  if (Clock::now() - opened_ >= max_age_) {
    opened_ = Clock::now();
    try {
      store_ = graph::Store::Open(dir_, graph::OpenMode::kReadOnly);
    } catch (const graph::StoreError&) {
      // Keep serving the store as last opened; the next request after max_age tries again.
    }
  }
  return store_;
}

}  // namespace kg::serve
