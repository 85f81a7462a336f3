#include "tests/support/serve_process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <stdexcept>

namespace kg::testing {

ServeProcess::ServeProcess(const std::vector<std::string>& args) {
  int out[2];
  if (pipe2(out, O_CLOEXEC)) throw std::runtime_error("pipe failed");
  std::string bin = KG_BIN;
  std::vector<std::string> all{"serve", "--port", "0"};
  all.insert(all.end(), args.begin(), args.end());
  pid_ = fork();
  if (pid_ == 0) {
    dup2(out[1], 1);
    std::vector<char*> argv{bin.data()};
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  close(out[1]);
  // The first line: "kg serve: listening on http://127.0.0.1:PORT/". Reading blocks until kg
  // writes it or exits, so no time is guessed.
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);  // kg writes nothing more to standard output
  const std::string marker = "listening on http://";
  const size_t at = line.find(marker);
  const size_t colon = at == std::string::npos ? at : line.find(':', at + marker.size());
  if (colon == std::string::npos) {
    Stop();
    throw std::runtime_error("kg serve did not start: '" + line + "'");
  }
  port_ = std::stoi(line.substr(colon + 1));
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

int ServeProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace kg::testing
