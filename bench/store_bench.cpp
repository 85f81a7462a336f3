// store_bench: figures for the store on a synthetic graph it makes itself.
//
//   build/bench/store_bench [TRIPLES] [REPS]
//
// Prints the median of REPS runs (default 3) of: bulk import of an N-Triples file of TRIPLES
// statements (default 1,000,000), 1000 existence checks, a hub's out-edges and a
// predicate-object scan, and article writes of 20 statements each. For the comparison with
// other stores on the same queries, see bench/peers.sh.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>
#include <string>
#include <vector>

#include "graph/store.h"

namespace {

using namespace kg::graph;
using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

double Median(std::vector<double> v) {
  std::ranges::sort(v);
  return v[v.size() / 2];
}

// Entities drawn Zipf-like over rank, so that degrees follow a power law as in news graphs.
class Graph {
 public:
  explicit Graph(size_t triples) : entities_(std::max<size_t>(triples / 10, 10)), rng_(42) {
    double sum = 0;
    for (size_t i = 1; i <= entities_; ++i) sum += 1.0 / std::pow(i, 0.85);
    double acc = 0;
    cdf_.reserve(entities_);
    for (size_t i = 1; i <= entities_; ++i) cdf_.push_back(acc += 1.0 / std::pow(i, 0.85) / sum);
  }

  size_t Entity() {
    const double u = std::uniform_real_distribution<>(0, 1)(rng_);
    return std::min<size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin(), entities_ - 1);
  }

  void WriteNTriples(const std::string& path, size_t n) {
    static const char* kPredicates[] = {"attacked", "threatened", "met_with", "backs", "condemned",
                                        "called_on", "visited", "sanctioned", "leads", "member_of"};
    std::ofstream out(path);
    for (size_t i = 0; i < n; ++i) {
      const size_t s = Entity(), o = Entity();
      if (i % 10 == 0) {
        out << "<http://kg.example.org/entity/E" << s << "> <http://www.w3.org/2000/01/rdf-schema#label> \"Entity "
            << s << "\"@en .\n";
      } else {
        out << "<http://kg.example.org/entity/E" << s << "> <http://kg.example.org/prop/"
            << kPredicates[rng_() % 10] << "> <http://kg.example.org/entity/E" << o << "> .\n";
      }
    }
  }

 private:
  size_t entities_;
  std::mt19937_64 rng_;
  std::vector<double> cdf_;
};

TermId IdOf(const View& view, const std::string& iri) {
  return view.Find(Term::Iri(iri)).value_or(kNoTerm);
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::stoul(argv[1]) : 1'000'000;
  const int reps = argc > 2 ? std::stoi(argv[2]) : 3;
  const auto dir = std::filesystem::temp_directory_path() / ("kg-store-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string nt = (dir / "graph.nt").string();
  Graph graph(n);
  graph.WriteNTriples(nt, n);
  const double mb = std::filesystem::file_size(nt) / 1048576.0;

  std::vector<double> import_ms;
  uint64_t disk = 0, triples = 0;
  for (int r = 0; r < reps; ++r) {
    std::filesystem::remove_all(dir / "db");
    auto store = Store::Open((dir / "db").string(), OpenMode::kCreateIfMissing);
    const auto start = Clock::now();
    triples = store->Import(nt).triples_added;
    import_ms.push_back(Ms(start));
    disk = store->DiskSize();
  }
  const double import = Median(import_ms);
  std::printf("import      %zu statements (%.1f MiB): %.0f ms, %.0f triples/s, store %.1f MiB\n", n, mb,
              import, triples / import * 1000, disk / 1048576.0);

  auto store = Store::Open((dir / "db").string(), OpenMode::kReadOnly);
  auto view = store->Snapshot();
  const TermId hub = IdOf(*view, "http://kg.example.org/entity/E0");
  const TermId attacked = IdOf(*view, "http://kg.example.org/prop/attacked");
  const TermId second = IdOf(*view, "http://kg.example.org/entity/E1");

  std::vector<Triple> probes;
  for (auto c = view->Scan({{}, attacked, {}}); c->Valid() && probes.size() < 500; c->Next()) {
    probes.push_back(c->triple());
  }
  std::mt19937 rng(7);
  while (probes.size() < 1000) {
    probes.push_back({static_cast<TermId>(rng() % 1000 + 1), attacked, static_cast<TermId>(rng() % 1000 + 1), false});
  }
  std::vector<double> lookup_ms, hub_ms, po_ms;
  size_t hits = 0, hub_rows = 0, po_rows = 0;
  for (int r = 0; r < reps; ++r) {
    auto start = Clock::now();
    hits = 0;
    for (const auto& t : probes) hits += view->Contains(t);
    lookup_ms.push_back(Ms(start));
    start = Clock::now();
    hub_rows = 0;
    for (auto c = view->Scan({hub, {}, {}}); c->Valid(); c->Next()) ++hub_rows;
    hub_ms.push_back(Ms(start));
    start = Clock::now();
    po_rows = 0;
    for (auto c = view->Scan({{}, attacked, second}); c->Valid(); c->Next()) ++po_rows;
    po_ms.push_back(Ms(start));
  }
  std::printf("exists      1000 probes (%zu hits): %.2f ms\n", hits, Median(lookup_ms));
  std::printf("hub scan    %zu out-edges of E0: %.2f ms\n", hub_rows, Median(hub_ms));
  std::printf("p-o scan    ?x attacked E1, %zu rows: %.3f ms\n", po_rows, Median(po_ms));
  view.reset();
  store.reset();

  // Articles: 2000 documents of 20 statements, each one WriteBatch.
  std::vector<double> doc_ms;
  for (int r = 0; r < reps; ++r) {
    std::filesystem::remove_all(dir / "docs");
    auto docs = Store::Open((dir / "docs").string(), OpenMode::kCreateIfMissing);
    const auto start = Clock::now();
    for (int d = 0; d < 2000; ++d) {
      Document doc;
      doc.name = "doc" + std::to_string(d);
      doc.text = std::string(3000, 'x') + std::to_string(d);
      for (int k = 0; k < 20; ++k) {
        Statement st;
        st.subject = {"e" + std::to_string(graph.Entity()), "Entity", EntityType::kPerson, {}};
        st.object = {"e" + std::to_string(graph.Entity()), "Entity", EntityType::kCountry, {}};
        st.predicate = k % 2 ? "attacked" : "met_with";
        st.evidence.sentence = static_cast<uint32_t>(k);
        doc.statements.push_back(std::move(st));
      }
      docs->PutDocument(doc);
    }
    doc_ms.push_back(Ms(start));
  }
  std::printf("articles    2000 x 20 statements: %.0f ms, %.0f articles/s\n", Median(doc_ms),
              2000 / Median(doc_ms) * 1000);
  std::filesystem::remove_all(dir);
  return 0;
}
