// Runs the kg binary the way a user does, for end-to-end tests.
#pragma once

#include <string>
#include <vector>

namespace kg::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  double cpu_seconds = 0;  // user and system time of the run, all threads: unlike the wall
                           // clock, it does not grow with the machine's other load
};

// Runs KG_BIN with args (no shell), feeding stdin_text to its standard input.
RunResult RunKg(const std::vector<std::string>& args, const std::string& stdin_text = {});

}  // namespace kg::testing

namespace kg::testing {

// Runs KG_BIN's REPL on a pseudo-terminal, typing each line of `lines` once it shows its next
// prompt, and returns everything the terminal showed once kg has exited. env holds extra
// NAME=VALUE settings.
std::string RunKgInTerminal(const std::vector<std::string>& args, const std::vector<std::string>& lines,
                            const std::vector<std::string>& env);

}  // namespace kg::testing
