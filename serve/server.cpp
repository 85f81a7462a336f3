#include "serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <charconv>

#include "query/engine.h"
#include "query/error.h"
#include "serve/api.h"
#include "serve/deadline.h"
#include "serve/fresh_store.h"

namespace kg::serve {
namespace {

// How long a request may read a store that a writer has since added to.
constexpr std::chrono::milliseconds kStoreMaxAge{1000};
constexpr size_t kDefaultRows = 1000;
constexpr size_t kDefaultClaims = 200;
constexpr size_t kDefaultNeighbours = 30;
constexpr size_t kCompletions = 10;

constexpr const char* kJson = "application/json; charset=utf-8";

void Reply(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Text from articles is UTF-8 already; replacing what is not keeps one bad byte from
  // failing the whole answer.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
}

nlohmann::json ErrorJson(const std::string& message) {
  return {{"error", message}, {"line", nullptr}, {"column", nullptr}, {"suggestions", nlohmann::json::array()}};
}

nlohmann::json ErrorJson(const query::QueryError& e) {
  nlohmann::json body = ErrorJson(e.what());
  if (auto* syntax = dynamic_cast<const query::SyntaxError*>(&e)) body["error"] = syntax->message();
  if (e.location()) {
    body["line"] = e.location()->line;
    body["column"] = e.location()->column;
  }
  body["suggestions"] = e.suggestions();
  return body;
}

// A request's count parameter: `fallback` when absent; a bad number is the client's error.
size_t Count(const httplib::Request& req, const char* name, size_t fallback) {
  if (!req.has_param(name)) return fallback;
  const std::string text = req.get_param_value(name);
  size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    throw query::QueryError(std::string(name) + " must be a whole number, not '" + text + "'");
  }
  return value;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  FreshStore store;
  httplib::Server http;

  explicit Impl(ServerOptions o) : options(std::move(o)), store(options.db, kStoreMaxAge) {}

  // Runs fn on a snapshot of the store and answers its JSON; errors become JSON errors,
  // `not_found` the status of a name that resolves to nothing.
  template <typename Fn>
  void Answer(httplib::Response& res, Fn&& fn, int not_found = 400) {
    try {
      const auto held = store.Get();
      const auto view = held->Snapshot();
      Reply(res, 200, fn(*view));
    } catch (const query::SyntaxError& e) {
      Reply(res, 400, ErrorJson(e));
    } catch (const query::QueryError& e) {
      Reply(res, not_found, ErrorJson(e));
    } catch (const query::Cancelled&) {
      Reply(res, 503, ErrorJson("the query ran past the server's time limit of " +
                                std::to_string(options.time_limit.count()) + " ms"));
    }
  }

  void Route() {
    http.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(threads); };
    // httplib's default, SO_REUSEPORT, lets a second server bind a port in use and take part
    // of its requests; SO_REUSEADDR alone still allows a restart while old connections linger.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Small answers go out at once: with Nagle's algorithm a reply waits for the client's delayed
    // ACK, 40 ms per request on a kept-alive connection.
    http.set_tcp_nodelay(true);
    http.Get("/api/health", [](const httplib::Request&, httplib::Response& res) {
      Reply(res, 200, {{"ok", true}});
    });
    http.Get("/api/query", [this](const httplib::Request& req, httplib::Response& res) {
      Answer(res, [&](const graph::View& view) {
        const std::string text = req.get_param_value("q");
        if (text.empty()) throw query::QueryError("q, the query, is missing");
        const Page page{Count(req, "limit", kDefaultRows), Count(req, "offset", 0)};
        const Deadline deadline(options.time_limit);
        return QueryJson(view, text, page, deadline.flag());
      });
    });
    http.Get(R"(/api/entity/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      Answer(
          res,
          [&](const graph::View& view) {
            return EntityJson(view, req.matches[1].str(), Count(req, "neighbours", kDefaultNeighbours));
          },
          404);
    });
    http.Get("/api/claims", [this](const httplib::Request& req, httplib::Response& res) {
      Answer(res, [&](const graph::View& view) {
        return ClaimsJson(view, req.get_param_value("s"), req.get_param_value("p"), req.get_param_value("o"),
                          Count(req, "limit", kDefaultClaims));
      });
    });
    http.Get("/api/complete", [this](const httplib::Request& req, httplib::Response& res) {
      Answer(res, [&](const graph::View& view) {
        return CompleteJson(view, req.get_param_value("prefix"), Count(req, "limit", kCompletions));
      });
    });
    // The API and the page only read: any other method is refused, on any path.
    const auto refuse = [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", "GET, HEAD");
      Reply(res, 405, ErrorJson(req.method + " is not allowed: kg serve only reads"));
    };
    http.Post(".*", refuse);
    http.Put(".*", refuse);
    http.Patch(".*", refuse);
    http.Delete(".*", refuse);
    http.Options(".*", refuse);
    // Errors httplib answers itself (no route, no file) get a JSON body too.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req,
                                                                   httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      Reply(res, res.status, ErrorJson(res.status == 404 ? "no such path: " + req.path : "bad request"));
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
      std::string message = "internal error";
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& error) {
        message += std::string(": ") + error.what();
      } catch (...) {
      }
      Reply(res, 500, ErrorJson(message));
    });
    // Static files: httplib serves only paths that stay inside the directory.
    if (!options.web_root.empty() && !http.set_mount_point("/", options.web_root)) {
      throw ServeError("no web root at " + options.web_root);
    }
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  impl_->Route();
}

Server::~Server() = default;

int Server::Bind() {
  const auto& o = impl_->options;
  const int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host)
                               : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) {
    throw ServeError("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                     " (taken, or not an address of this machine)");
  }
  return port;
}

void Server::Run() { impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

}  // namespace kg::serve
