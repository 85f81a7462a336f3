// kg serve end to end: the real binary on a store built by kg ingest, asked over HTTP with
// cpp-httplib's client as a browser or a program would.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <sstream>
#include <thread>

#include "tests/support/run.h"
#include "tests/support/serve_process.h"
#include "tests/support/temp_dir.h"

using kg::testing::RunKg;
using kg::testing::ServeProcess;
using kg::testing::TempDir;
using nlohmann::json;

namespace {

const std::string kExamples = std::string(KG_SOURCE_DIR) + "/examples/";

std::string Example(const std::string& name) { return kExamples + name + ".txt"; }

// A store of the articles given, made by kg ingest.
void Ingest(const std::string& db, const std::vector<std::string>& articles) {
  std::vector<std::string> args{"ingest", "--db", db};
  args.insert(args.end(), articles.begin(), articles.end());
  const auto ingest = RunKg(args);
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
}

struct Answer {
  int status = 0;
  json body;
};

Answer Get(int port, const std::string& path, const httplib::Params& params = {}) {
  httplib::Client client("127.0.0.1", port);
  auto res = client.Get(path, params, httplib::Headers{}, httplib::Progress{});
  REQUIRE(res);
  INFO(path << " answered " << res->body);
  REQUIRE_THAT(res->get_header_value("Content-Type"), Catch::StartsWith("application/json"));
  return {res->status, json::parse(res->body)};
}

// The rows kg query prints for the same statement, as TSV lines.
std::vector<std::string> QueryLines(const std::string& db, const std::string& query) {
  const auto run = RunKg({"query", "--db", db, "--format", "tsv", "--no-header", query});
  REQUIRE(run.exit_code == 0);
  std::vector<std::string> lines;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> AsLines(const json& rows) {
  std::vector<std::string> lines;
  for (const auto& row : rows) {
    std::string line;
    for (const auto& cell : row) {
      if (&cell != &row.front()) line += '\t';
      line += cell.is_string() ? cell.get<std::string>() : cell.dump();
    }
    lines.push_back(line);
  }
  return lines;
}

bool HasName(const json& nodes, const std::string& name) {
  for (const auto& node : nodes) {
    if (node["name"] == name) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("kg serve answers statements of the language with the rows kg query prints, a page at a time",
          "[serve]") {
  TempDir dir;
  Ingest(dir / "db", {kExamples});
  ServeProcess server({"--db", dir / "db"});
  const auto expected = QueryLines(dir / "db", "?x attacked ?y");
  REQUIRE(expected.size() >= 3);

  auto all = Get(server.port(), "/api/query", {{"q", "?x attacked ?y"}});
  CHECK(all.status == 200);
  CHECK(all.body["columns"] == json({"x", "y"}));
  CHECK(AsLines(all.body["rows"]) == expected);
  CHECK(all.body["truncated"] == false);

  auto page = Get(server.port(), "/api/query", {{"q", "?x attacked ?y"}, {"limit", "2"}, {"offset", "1"}});
  CHECK(AsLines(page.body["rows"]) == std::vector<std::string>(expected.begin() + 1, expected.begin() + 3));
  CHECK(page.body["truncated"] == (expected.size() > 3));
  CHECK(page.body["total"] == expected.size());

  auto ask = Get(server.port(), "/api/query", {{"q", "ask Iran attacked Israel"}});
  CHECK(ask.body["rows"] == json::parse("[[true]]"));

  // Evidence columns come with the rows, the Arabic sentence among them.
  auto evidence = Get(server.port(), "/api/query", {{"q", "Iraq sent_letter_to ?y evidence"}});
  CHECK(evidence.status == 200);
  const auto& columns = evidence.body["columns"];
  CHECK(std::find(columns.begin(), columns.end(), "evidence") != columns.end());
  CHECK_FALSE(evidence.body["rows"].empty());
  CHECK(server.Stop() == 0);
}

TEST_CASE("kg serve describes an entity by any of its names, its claims with their evidence, and completes names",
          "[serve]") {
  TempDir dir;
  Ingest(dir / "db", {kExamples});
  ServeProcess server({"--db", dir / "db"});

  for (const std::string name : {"Iraq", "iraq", "العراق"}) {
    auto entity = Get(server.port(), "/api/entity/" + httplib::detail::encode_query_param(name));
    INFO(name);
    CHECK(entity.status == 200);
    CHECK(entity.body["name"] == "iraq");
    CHECK(entity.body["type"] == "COUNTRY");
    const auto& names = entity.body["names"];
    CHECK(std::find(names.begin(), names.end(), "العراق") != names.end());
    CHECK(HasName(entity.body["neighbours"], "iran"));
    CHECK_FALSE(entity.body["timeline"].empty());
  }
  // A neighbourhood larger than asked for is summarised.
  auto few = Get(server.port(), "/api/entity/Iraq", {{"neighbours", "2"}});
  CHECK(few.body["neighbours"].size() == 2);
  CHECK(few.body["more_neighbours"] > 0);

  auto claims = Get(server.port(), "/api/claims", {{"s", "Iraq"}, {"p", "sent_letter_to"}});
  CHECK(claims.status == 200);
  REQUIRE_FALSE(claims.body["claims"].empty());
  for (const auto& claim : claims.body["claims"]) {
    CHECK(claim["subject"]["name"] == "iraq");
    CHECK(claim["predicate"] == "sent_letter_to");
    CHECK_FALSE(claim["article"].get<std::string>().empty());
    CHECK_FALSE(claim["title"].get<std::string>().empty());
    // The trigger's place lies inside the sentence, counted in code points.
    const auto text = claim["text"].get<std::string>();
    const size_t code_points = std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
    REQUIRE(claim["trigger"].is_object());
    CHECK(claim["trigger"]["end"].get<size_t>() <= code_points);
    CHECK(claim["trigger"]["begin"] < claim["trigger"]["end"]);
  }

  auto arabic = Get(server.port(), "/api/complete", {{"prefix", "عرا"}});
  CHECK(HasName(arabic.body["names"], "iraq"));
  auto english = Get(server.port(), "/api/complete", {{"prefix", "ira"}});
  CHECK(HasName(english.body["names"], "iraq"));
  CHECK(HasName(english.body["names"], "iran"));
  auto predicates = Get(server.port(), "/api/complete", {{"prefix", "atta"}});
  CHECK(predicates.body["predicates"] == json({"attacked"}));
}

TEST_CASE("kg serve answers errors as JSON: 400 with line, column and suggestions, 404, 405", "[serve]") {
  TempDir dir;
  Ingest(dir / "db", {kExamples});
  ServeProcess server({"--db", dir / "db"});

  auto syntax = Get(server.port(), "/api/query", {{"q", "?x attacked ?y .\n?y attacked"}});
  CHECK(syntax.status == 400);
  CHECK(syntax.body["line"] == 2);
  CHECK(syntax.body["column"] == 12);
  CHECK_THAT(syntax.body["error"].get<std::string>(), Catch::Contains("expected a term"));

  auto unknown = Get(server.port(), "/api/query", {{"q", "?x attacked Irak"}});
  CHECK(unknown.status == 400);
  CHECK(unknown.body["line"] == 1);
  CHECK(unknown.body["column"] == 13);
  const auto& suggestions = unknown.body["suggestions"];
  CHECK(std::find(suggestions.begin(), suggestions.end(), "Iraq") != suggestions.end());

  auto predicate = Get(server.port(), "/api/query", {{"q", "?x atacked ?y"}});
  CHECK(predicate.status == 400);
  CHECK(predicate.body["column"] == 4);
  CHECK(predicate.body["suggestions"] == json({"attacked"}));

  CHECK(Get(server.port(), "/api/query", {{"q", "?x attacked ?y"}, {"limit", "many"}}).status == 400);

  auto entity = Get(server.port(), "/api/entity/Irak");
  CHECK(entity.status == 404);
  CHECK_FALSE(entity.body["suggestions"].empty());
  CHECK(Get(server.port(), "/api/nothing").status == 404);

  httplib::Client client("127.0.0.1", server.port());
  auto post = client.Post("/api/query", "q=?x attacked ?y", "application/x-www-form-urlencoded");
  REQUIRE(post);
  CHECK(post->status == 405);
  auto del = client.Delete("/api/entity/Iraq");
  REQUIRE(del);
  CHECK(del->status == 405);

  // A second server cannot take the port, and says so.
  const auto taken = RunKg({"serve", "--db", dir / "db", "--port", std::to_string(server.port())});
  CHECK(taken.exit_code == 2);
  CHECK_THAT(taken.err, Catch::Contains("cannot listen on 127.0.0.1:" + std::to_string(server.port())));
}

TEST_CASE("kg serve serves the web root's files and nothing outside it", "[serve]") {
  TempDir dir;
  Ingest(dir / "db", {Example("000_325f99f3017aae90")});
  dir.Write("web/index.html", "<p>the page</p>");
  dir.Write("secret.txt", "not for the web");
  ServeProcess server({"--db", dir / "db", "--web", dir / "web"});

  httplib::Client client("127.0.0.1", server.port());
  auto page = client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body == "<p>the page</p>");
  for (const std::string& path : std::vector<std::string>{"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
                                                          "/a/../../secret.txt", dir / "secret.txt"}) {
    auto res = client.Get(path);
    INFO(path);
    REQUIRE(res);
    CHECK((res->status == 404 || res->status == 403 || res->status == 400));
    CHECK_THAT(res->body, !Catch::Contains("not for the web"));
  }
}

TEST_CASE("kg serve answers 20 clients at once, each correctly", "[serve]") {
  TempDir dir;
  Ingest(dir / "db", {kExamples});
  ServeProcess server({"--db", dir / "db"});
  const std::vector<std::pair<std::string, std::vector<std::string>>> queries = {
      {"?x attacked ?y", QueryLines(dir / "db", "?x attacked ?y")},
      {"?x called_on ?y", QueryLines(dir / "db", "?x called_on ?y")},
      {"?x leads ?y", QueryLines(dir / "db", "?x leads ?y")},
      {"?x ?p Iraq", QueryLines(dir / "db", "?x ?p Iraq")},
  };
  std::atomic<int> right{0}, wrong{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 20; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server.port());
      for (int i = 0; i < 10; ++i) {
        const auto& [query, expected] = queries[(c + i) % queries.size()];
        auto res = client.Get("/api/query", {{"q", query}}, httplib::Headers{}, httplib::Progress{});
        const bool ok = res && res->status == 200 && AsLines(json::parse(res->body)["rows"]) == expected;
        (ok ? right : wrong)++;
      }
    });
  }
  for (auto& client : clients) client.join();
  CHECK(wrong == 0);
  CHECK(right == 200);
  CHECK(server.Stop() == 0);
}

TEST_CASE("kg serve reads beside a running kg ingest and sees the articles it commits", "[serve]") {
  TempDir dir;
  Ingest(dir / "db", {Example("000_325f99f3017aae90")});
  ServeProcess server({"--db", dir / "db"});
  const std::string count = "select count(*) where ?x ?p ?y";
  auto before = Get(server.port(), "/api/query", {{"q", count}});
  REQUIRE(before.status == 200);

  // Requests keep being answered while the writer works.
  std::atomic<bool> writing{true};
  std::atomic<int> failures{0}, answered{0};
  std::thread reader([&] {
    httplib::Client client("127.0.0.1", server.port());
    while (writing) {
      auto res = client.Get("/api/query", {{"q", count}}, httplib::Headers{}, httplib::Progress{});
      (res && res->status == 200 ? answered : failures)++;
    }
  });
  Ingest(dir / "db", {kExamples});
  writing = false;
  reader.join();
  CHECK(failures == 0);
  CHECK(answered > 0);

  const auto expected = QueryLines(dir / "db", count);
  REQUIRE(expected.size() == 1);
  CHECK(expected != AsLines(before.body["rows"]));
  // The server opens the store again once the one it reads is a second old: ask until it has,
  // for at most a minute (a loaded machine), never for a fixed time.
  std::vector<std::string> seen;
  for (int attempt = 0; attempt < 600 && seen != expected; ++attempt) {
    if (attempt) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    seen = AsLines(Get(server.port(), "/api/query", {{"q", count}}).body["rows"]);
  }
  CHECK(seen == expected);
  CHECK(server.Stop() == 0);
}

TEST_CASE("kg serve cancels a query past its time limit with 503 and goes on answering", "[serve]") {
  TempDir dir;
  // 100 resources with 10 edges each: three patterns in a row join to 100,000 rows, far more
  // work than a millisecond allows, and a single pattern is answered at once.
  std::string nt;
  for (int a = 0; a < 100; ++a) {
    for (int k = 1; k <= 10; ++k) {
      nt += "<http://a/" + std::to_string(a) + "> <http://a/p> <http://a/" + std::to_string((a + k * 7) % 100) + "> .\n";
    }
  }
  REQUIRE(RunKg({"import", "--db", dir / "db", dir.Write("g.nt", nt)}).exit_code == 0);
  ServeProcess server({"--db", dir / "db", "--time-limit", "1"});

  auto slow = Get(server.port(), "/api/query", {{"q", "?a <http://a/p> ?b . ?b <http://a/p> ?c . ?c <http://a/p> ?d"}});
  CHECK(slow.status == 503);
  CHECK_THAT(slow.body["error"].get<std::string>(), Catch::Contains("time limit"));
  auto quick = Get(server.port(), "/api/query", {{"q", "ask <http://a/1> <http://a/p> <http://a/8>"}});
  CHECK(quick.status == 200);
  CHECK(quick.body["rows"] == json::parse("[[true]]"));
  CHECK(server.Stop() == 0);
}
