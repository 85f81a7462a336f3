// kg::serve::Server — the store over HTTP for browsers and programs: a JSON API (queries,
// entities, claims with their evidence, name completion) and the web page's static files.
//
// Read-only: the store is opened as a reader, so it serves beside a running `kg ingest` and
// sees the articles it commits. Each request reads one snapshot on one of the server's
// threads; a query that runs past the time limit is cancelled without holding up the others.
#pragma once

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

namespace kg::serve {

struct ServerOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;       // 0: a free port, which Bind returns
  std::string web_root;  // the directory of the page's files; empty: the API alone
  std::chrono::milliseconds time_limit{10'000};  // per query
  size_t threads = 64;   // requests answered at once (a kept-alive connection holds one)
};

// The server cannot start: the address is taken, the web root is missing.
class ServeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Server {
 public:
  // Opens the store (graph::StoreError when it cannot) and checks the web root (ServeError).
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the address and returns the port. Throws ServeError.
  int Bind();
  // Answers requests until Stop.
  void Run();
  // Ends Run; safe from any thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::serve
