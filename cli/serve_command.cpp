// kg serve: the store over HTTP, for the web page and for programs. Ctrl-C or SIGTERM stops it.
#include <pthread.h>
#include <signal.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "serve/server.h"

namespace kg::cli {
namespace {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;
  unsigned time_limit_ms = 10'000;
};

// SIGINT and SIGTERM, and SIGUSR1 by which the server's end wakes the thread that waits for them.
sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);
  return signals;
}

// Runs the server until SIGINT or SIGTERM. The signals are blocked in every thread (the caller
// blocks them before any thread starts, RocksDB's included) and taken by one thread with
// sigwait, which may then call Stop as no signal handler could.
void Serve(serve::Server& server) {
  const sigset_t signals = StopSignals();
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    server.Stop();
  });
  server.Run();
  pthread_kill(waiter.native_handle(), SIGUSR1);
  waiter.join();
}

}  // namespace

void AddServeCommand(CLI::App* kg, Context* context) {
  auto options = std::make_shared<ServeOptions>();
  auto* command = kg->add_subcommand("serve", "Serve the store to a browser and as a JSON API");
  AddDbOption(command, context);
  command->add_option("--host", options->host, "The address to listen on")->capture_default_str();
  command->add_option("--port", options->port, "The port (0: any free one, printed at start)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  command->add_option("--web", options->web, "The web page's directory (default: the build's)");
  command->add_option("--time-limit", options->time_limit_ms, "Milliseconds a query may run")
      ->capture_default_str()
      ->check(CLI::Range(1u, 3'600'000u));
  command->footer(
      "Read-only: serves beside a running 'kg ingest' and sees what it commits within a second.\n"
      "Listens on 127.0.0.1 unless --host says otherwise, and prints the address it listens on.\n"
      "docs/serve.md describes the API.\n\nExamples:\n"
      "  kg serve --db graph.db            # then open http://127.0.0.1:8080/\n"
      "  kg serve --port 0                 # any free port\n"
      "  curl 'http://127.0.0.1:8080/api/query?q=?x%20attacked%20Israel'");
  command->callback([context, options] {
    serve::ServerOptions server_options;
    server_options.db = context->db;
    server_options.host = options->host;
    server_options.port = options->port;
    server_options.time_limit = std::chrono::milliseconds(options->time_limit_ms);
    server_options.web_root = options->web;
    if (options->web.empty() && std::filesystem::is_directory(KG_WEB_ROOT)) {
      server_options.web_root = KG_WEB_ROOT;
    } else if (options->web.empty()) {
      std::cerr << "kg serve: no web page at " << KG_WEB_ROOT << " (build it, or give --web): serving the API alone\n";
    }
    const sigset_t signals = StopSignals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    try {
      serve::Server server(server_options);
      const int port = server.Bind();
      std::cout << "kg serve: listening on http://" << options->host << ":" << port << "/" << std::endl;
      Serve(server);
    } catch (const serve::ServeError& e) {
      std::cerr << "kg serve: " << e.what() << '\n';
      context->exit_code = kExitUsage;
    }
  });
}

}  // namespace kg::cli
