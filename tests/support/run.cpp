#include "tests/support/run.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cerrno>
#include <stdexcept>

namespace kg::testing {
namespace {

// In a forked child: becomes KG_BIN with args.
[[noreturn]] void ExecKg(const std::vector<std::string>& args) {
  std::string bin = KG_BIN;
  std::vector<std::string> copies(args);
  std::vector<char*> argv{bin.data()};
  for (auto& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(bin.c_str(), argv.data());
  _exit(127);
}

}  // namespace

RunResult RunKg(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::signal(SIGPIPE, SIG_IGN);  // a child that stops reading must not kill the test
  int in[2], out[2], err[2];
  if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC)) {
    throw std::runtime_error("pipe failed");
  }
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    ExecKg(args);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);

  RunResult result;
  size_t written = 0;
  if (stdin_text.empty()) close(in[1]);
  bool in_open = !stdin_text.empty(), out_open = true, err_open = true;
  while (out_open || err_open) {
    pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in_open ? in[1] : -1, POLLOUT, 0}};
    if (poll(fds, 3, -1) < 0 && errno != EINTR) break;
    char buffer[65536];
    for (int i = 0; i < 2; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP))) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        (i == 0 ? result.out : result.err).append(buffer, static_cast<size_t>(n));
      } else {
        (i == 0 ? out_open : err_open) = false;
      }
    }
    if (in_open && (fds[2].revents & (POLLOUT | POLLERR))) {
      const ssize_t n = write(in[1], stdin_text.data() + written, stdin_text.size() - written);
      if (n > 0) written += static_cast<size_t>(n);
      if (n <= 0 || written == stdin_text.size()) {
        close(in[1]);
        in_open = false;
      }
    }
  }
  if (in_open) close(in[1]);
  close(out[0]);
  close(err[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  result.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  return result;
}

}  // namespace kg::testing

#include <pty.h>

#include <chrono>
#include <cstdlib>

namespace kg::testing {
namespace {

using Clock = std::chrono::steady_clock;

// The prompts the REPL has shown: it shows one when it is ready for the next line.
size_t Prompts(const std::string& shown) {
  size_t prompts = 0;
  for (const char* prompt : {"kg> ", "..> "}) {
    for (size_t at = shown.find(prompt); at != std::string::npos; at = shown.find(prompt, at + 1)) ++prompts;
  }
  return prompts;
}

// Reads what the terminal shows until done(shown) holds, the terminal closes or `deadline`
// passes; a slow machine only makes it wait longer.
template <typename Done>
void ReadUntil(int fd, std::string* shown, Clock::time_point deadline, Done done) {
  while (!done(*shown) && Clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 50) <= 0) continue;
    char buffer[4096];
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return;
    shown->append(buffer, static_cast<size_t>(n));
  }
}

}  // namespace

std::string RunKgInTerminal(const std::vector<std::string>& args, const std::vector<std::string>& lines,
                            const std::vector<std::string>& env) {
  int fd = -1;
  const pid_t pid = forkpty(&fd, nullptr, nullptr, nullptr);
  if (pid < 0) throw std::runtime_error("forkpty failed");
  if (pid == 0) {
    for (const auto& setting : env) putenv(const_cast<char*>(setting.c_str()));
    ExecKg(args);
  }
  // Generous: the deadline only ends a run that hangs.
  const auto deadline = Clock::now() + std::chrono::seconds(120);
  std::string shown;
  for (size_t i = 0; i < lines.size(); ++i) {
    ReadUntil(fd, &shown, deadline, [&](const std::string& s) { return Prompts(s) > i; });
    const std::string typed = lines[i] + "\r";
    if (write(fd, typed.data(), typed.size()) < 0) break;
  }
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0 && Clock::now() < deadline) {
    ReadUntil(fd, &shown, std::min(deadline, Clock::now() + std::chrono::milliseconds(100)),
              [](const std::string&) { return false; });
  }
  if (waitpid(pid, &status, WNOHANG) == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  ReadUntil(fd, &shown, Clock::now() + std::chrono::milliseconds(100), [](const std::string&) { return false; });
  close(fd);
  return shown;
}

}  // namespace kg::testing
