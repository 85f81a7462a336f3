#include "graph/fault_point.h"

#include <signal.h>

#include <atomic>
#include <charconv>
#include <cstdlib>
#include <string>

namespace kg::graph {
namespace {

struct Fault {
  int signal = 0;  // 0: no fault asked for
  std::string point;
  long every = 0;
};

// KG_FAULT, read once; a setting that does not parse asks for nothing.
Fault ReadFault() {
  Fault fault;
  const char* setting = std::getenv("KG_FAULT");
  if (setting == nullptr) return fault;
  const std::string_view text(setting);
  const size_t first = text.find(':'), last = text.rfind(':');
  if (first == std::string_view::npos || first == last) return fault;
  const std::string_view action = text.substr(0, first), count = text.substr(last + 1);
  long n = 0;
  const auto parsed = std::from_chars(count.data(), count.data() + count.size(), n);
  if (parsed.ec != std::errc() || parsed.ptr != count.data() + count.size() || n <= 0) return fault;
  if (action == "kill") fault.signal = SIGKILL;
  else if (action == "stop") fault.signal = SIGSTOP;
  else return fault;
  fault.point = std::string(text.substr(first + 1, last - first - 1));
  fault.every = n;
  return fault;
}

}  // namespace

void FaultPoint(std::string_view point) {
  static const Fault fault = ReadFault();
  static std::atomic<long> passes{0};
  if (fault.signal == 0 || point != fault.point) return;
  const long pass = ++passes;
  if (fault.signal == SIGKILL ? pass == fault.every : pass % fault.every == 0) raise(fault.signal);
}

}  // namespace kg::graph
