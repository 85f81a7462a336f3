#include "serve/fresh_store.h"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace kg::serve {
namespace {

namespace fs = std::filesystem;

// What a writer's commit changes on disk: its write-ahead logs (NNNNNN.log) grow, and a flush
// or compaction moves the MANIFEST and CURRENT on. Their names, sizes and times, so that an
// idle store is never opened again.
std::string Stamp(const std::string& dir) {
  std::vector<std::string> parts;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".log") && !name.starts_with("MANIFEST") && name != "CURRENT") continue;
    std::error_code size_ec, time_ec;
    const auto size = entry.file_size(size_ec);
    const auto time = entry.last_write_time(time_ec);
    parts.push_back(name + ":" + std::to_string(size_ec ? 0 : size) + ":" +
                    std::to_string(time_ec ? 0 : time.time_since_epoch().count()));
  }
  std::ranges::sort(parts);
  std::string stamp;
  for (const auto& part : parts) stamp += part + ";";
  return stamp;
}

}  // namespace

FreshStore::FreshStore(std::string dir, std::chrono::milliseconds max_age)
    : dir_(std::move(dir)),
      max_age_(max_age),
      store_(graph::Store::Open(dir_, graph::OpenMode::kReadOnly)),
      checked_(Clock::now()),
      stamp_(Stamp(dir_)) {}

std::shared_ptr<const graph::Store> FreshStore::Get() {
  std::unique_lock lock(mutex_);
  if (opening_ || Clock::now() - checked_ < max_age_) return store_;
  checked_ = Clock::now();
  // The stamp is read before opening: a commit that lands during the open changes it again,
  // and the next check opens once more.
  std::string stamp = Stamp(dir_);
  if (stamp == stamp_) return store_;
  // One request opens the store while the others go on reading the one in use.
  opening_ = true;
  lock.unlock();
  std::shared_ptr<const graph::Store> opened;
  try {
    opened = graph::Store::Open(dir_, graph::OpenMode::kReadOnly);
  } catch (const graph::StoreError&) {
    // Keep serving the store as last opened; the next check tries again.
  }
  lock.lock();
  opening_ = false;
  if (opened) {
    store_ = std::move(opened);
    stamp_ = std::move(stamp);
  }
  return store_;
}

}  // namespace kg::serve
