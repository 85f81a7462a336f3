// `kg serve` running beside a test: started on a free port, which it reports on its first line
// of output, and stopped with SIGTERM as a user's Ctrl-C would.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace kg::testing {

class ServeProcess {
 public:
  // Runs KG_BIN serve --port 0 with args and waits for the line that names its port. Throws
  // std::runtime_error when kg exits before it.
  explicit ServeProcess(const std::vector<std::string>& args);
  // Kills a server not stopped yet.
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  // Sends SIGTERM and returns the exit code.
  int Stop();

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace kg::testing
