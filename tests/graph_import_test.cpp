// Bulk import of RDF: every term kind, atomicity on errors, merging with extracted triples.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "graph/store.h"
#include "tests/support/temp_dir.h"

using namespace kg::graph;
using kg::testing::TempDir;

namespace {

constexpr const char* kGraph = R"(<http://kg.example.org/entity/E0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://kg.example.org/class/Country> .
<http://kg.example.org/entity/E0> <http://www.w3.org/2000/01/rdf-schema#label> "United States"@en .
<http://kg.example.org/entity/E0> <http://www.w3.org/2000/01/rdf-schema#label> "الولايات المتحدة"@ar .
<http://kg.example.org/entity/E1> <http://www.w3.org/2000/01/rdf-schema#label> "Say \"hi\"\\ \n there"@en .
<http://kg.example.org/entity/E1> <http://kg.example.org/prop/first_seen> "2018-02-17"^^<http://www.w3.org/2001/XMLSchema#date> .
<http://kg.example.org/entity/E1> <http://kg.example.org/prop/attacked> <http://kg.example.org/entity/E0> .
<http://kg.example.org/entity/E1> <http://kg.example.org/prop/attacked> <http://kg.example.org/entity/E0> .
_:b1 <http://kg.example.org/prop/backs> <http://kg.example.org/entity/E1> .
<http://kg.example.org/entity/E2> <http://kg.example.org/prop/count> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
)";

// An N-Triples graph of about `bytes`, whose terms recur all through it (so a piece of it uses
// terms that the pieces before it used first) with labels, literals and blank nodes.
std::string LargeGraph(size_t bytes) {
  std::string out;
  for (int i = 0; out.size() < bytes; ++i) {
    const std::string s = "<http://kg.example.org/entity/E" + std::to_string(i % 5000) + ">";
    const std::string o = "<http://kg.example.org/entity/E" + std::to_string((i * 7919) % 6000) + ">";
    out += s + " <http://kg.example.org/prop/p" + std::to_string(i % 27) + "> " + o + " .\n";
    if (i % 5 == 0) out += s + " <http://www.w3.org/2000/01/rdf-schema#label> \"name " + std::to_string(i % 5000) + "\"@en .\n";
    if (i % 11 == 0) out += "_:b" + std::to_string(i % 300) + " <http://kg.example.org/prop/n> \"" + std::to_string(i) + "\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n";
  }
  return out;
}

TermId Id(const View& view, const Term& term) {
  auto id = view.Find(term);
  REQUIRE(id.has_value());
  return *id;
}

}  // namespace

TEST_CASE("N-Triples import keeps every term kind and drops duplicate statements", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  const auto result = store->Import(dir.Write("g.nt", kGraph));
  CHECK(result.statements == 9);
  CHECK(result.triples_added == 8);
  auto view = store->Snapshot();
  CHECK(view->Stats().triples == 8);

  const Term e1 = Term::Iri("http://kg.example.org/entity/E1");
  CHECK(view->GetTerm(Id(*view, e1)) == e1);
  const Term tricky = Term::Literal("Say \"hi\"\\ \n there", "en");
  CHECK(view->GetTerm(Id(*view, tricky)) == tricky);
  const Term date = Term::Literal("2018-02-17", "", "http://www.w3.org/2001/XMLSchema#date");
  CHECK(view->GetTerm(Id(*view, date)) == date);
  const Term number = Term::Literal("42", "", "http://www.w3.org/2001/XMLSchema#integer");
  CHECK(view->GetTerm(Id(*view, number)) == number);
  const auto blank = view->Find(Term{TermKind::kBlank, "1:b1", {}, {}});
  REQUIRE(blank);

  // rdfs:label literals name their subject, in either language.
  const TermId e0 = Id(*view, Term::Iri("http://kg.example.org/entity/E0"));
  CHECK(view->FindByName("united states") == std::vector<TermId>{e0});
  CHECK(view->FindByName("الولايات المتحدة") == std::vector<TermId>{e0});

  const TermId attacked = Id(*view, Term::Iri("http://kg.example.org/prop/attacked"));
  CHECK(view->Contains({Id(*view, e1), attacked, e0, false}));
  CHECK(view->ImportSupported({Id(*view, e1), attacked, e0, false}));
  CHECK(view->GetPredicateStats(attacked, false).triples == 1);
  CHECK(store->Check().ok());
}

TEST_CASE("Turtle import resolves prefixes and the base", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  const auto path = dir.Write("g.ttl", R"(@base <http://example.org/> .
@prefix kg: <http://kg.example.org/prop/> .
<a> kg:attacked <b> , <c> ;
    kg:backs <d> .
)");
  CHECK(store->Import(path).triples_added == 3);
  auto view = store->Snapshot();
  CHECK(view->Find(Term::Iri("http://example.org/a")));
  CHECK(view->Find(Term::Iri("http://kg.example.org/prop/backs")));
}

TEST_CASE("a malformed statement names file:line:col and imports nothing", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  const auto path = dir.Write("bad.nt",
                              "<http://a/x> <http://a/p> <http://a/y> .\n"
                              "<http://a/x> <http://a/p> .\n"
                              "<http://a/x> <http://a/p> <http://a/z> .\n");
  try {
    store->Import(path);
    FAIL("expected ImportError");
  } catch (const ImportError& e) {
    CHECK_THAT(e.what(), Catch::StartsWith(path + ":2:"));
    CHECK_THAT(e.what(), Catch::Contains("nothing was imported"));
  }
  auto view = store->Snapshot();
  CHECK(view->Stats().triples == 0);
  CHECK(view->Stats().terms == 0);
  CHECK(store->Check().ok());
}

TEST_CASE("importing into a store with articles keeps both kinds of support", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  Document doc;
  doc.name = "a";
  doc.text = "text";
  Statement st{{"israel", "Israel", EntityType::kCountry, {}}, "attacked",
               {"iraq", "Iraq", EntityType::kCountry, {}}, false, {}};
  doc.statements = {st};
  store->PutDocument(doc);
  store->Import(dir.Write("g.nt", kGraph));
  // The same statements again add only the blank node's: blank nodes are local to a file.
  CHECK(store->Import(dir.Write("again.nt", kGraph)).triples_added == 1);
  auto view = store->Snapshot();
  CHECK(view->Stats().triples == 10);
  CHECK(view->Stats().documents == 1);
  REQUIRE(store->Check().ok());
  store->RemoveDocument("a");
  CHECK(store->Snapshot()->Stats().triples == 9);
  CHECK(store->Check().ok());
}

TEST_CASE("a later import's triples about known subjects print those subjects", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->Import(dir.Write("g.nt", kGraph));
  // E1 and E2 are known before this import: their terms come from the store, not the file.
  store->Import(dir.Write("more.nt",
                          "<http://kg.example.org/entity/E1> <http://kg.example.org/prop/met_with> <http://kg.example.org/entity/E9> .\n"
                          "<http://kg.example.org/entity/E2> <http://kg.example.org/prop/met_with> <http://kg.example.org/entity/E9> .\n"
                          "<http://kg.example.org/entity/E3> <http://kg.example.org/prop/met_with> <http://kg.example.org/entity/E9> .\n"));
  REQUIRE(store->Check().ok());
  auto view = store->Snapshot();
  const TermId met = Id(*view, Term::Iri("http://kg.example.org/prop/met_with"));
  const TermId e9 = Id(*view, Term::Iri("http://kg.example.org/entity/E9"));
  std::vector<TermId> subjects;
  for (auto c = view->Scan({{}, met, e9}); c->Valid(); c->Next()) subjects.push_back(c->triple().s);
  REQUIRE(subjects.size() == 3);
  std::vector<std::string> printed;
  view->GetTerms(subjects, [&](TermId, const Term& term) { printed.push_back(term.value); });
  CHECK(printed == std::vector<std::string>{"http://kg.example.org/entity/E1", "http://kg.example.org/entity/E2",
                                            "http://kg.example.org/entity/E3"});
}

TEST_CASE("an unknown file extension is refused before anything is read", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  CHECK_THROWS_WITH(store->Import(dir.Write("g.csv", "a,b,c\n")), Catch::Contains("unknown RDF format"));
}

TEST_CASE("a large N-Triples file parsed in pieces gets the ids, triples and names of one parsed whole", "[import]") {
  TempDir dir;
  const std::string graph = LargeGraph(9 << 20);
  // N-Quads without graphs are the same statements, and that reader takes a file whole.
  auto pieces = Store::Open(dir / "pieces", OpenMode::kCreateIfMissing);
  auto whole = Store::Open(dir / "whole", OpenMode::kCreateIfMissing);
  const auto a = pieces->Import(dir.Write("g.nt", graph));
  const auto b = whole->Import(dir.Write("g.nq", graph));
  CHECK(a.statements == b.statements);
  CHECK(a.triples_added == b.triples_added);
  CHECK(a.terms_added == b.terms_added);
  auto va = pieces->Snapshot();
  auto vb = whole->Snapshot();
  std::vector<TermId> ids;
  for (TermId id = 1; id <= 12000; ++id) ids.push_back(id);
  for (TermId id = kFirstLiteralId; id < kFirstLiteralId + 12000; ++id) ids.push_back(id);
  for (TermId id : ids) CHECK(va->GetTerm(id) == vb->GetTerm(id));
  std::vector<Triple> ta, tb;
  for (auto c = va->Scan({}); c->Valid(); c->Next()) ta.push_back(c->triple());
  for (auto c = vb->Scan({}); c->Valid(); c->Next()) tb.push_back(c->triple());
  CHECK(ta.size() == a.triples_added);
  CHECK(ta == tb);
  CHECK(va->FindByName("name 4995") == vb->FindByName("name 4995"));
  CHECK_FALSE(va->FindByName("name 4995").empty());
  CHECK(pieces->Check().ok());
}

TEST_CASE("a malformed statement late in a large file still names file:line:col", "[import]") {
  TempDir dir;
  std::string graph = LargeGraph(9 << 20);
  const auto lines = std::count(graph.begin(), graph.end(), '\n');
  graph += "<http://a/x> <http://a/p> .\n";
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  const auto path = dir.Write("bad.nt", graph);
  try {
    store->Import(path);
    FAIL("expected ImportError");
  } catch (const ImportError& e) {
    CHECK_THAT(e.what(), Catch::StartsWith(path + ":" + std::to_string(lines + 1) + ":"));
  }
  CHECK(store->Snapshot()->Stats().triples == 0);
}

TEST_CASE("terms that imports and articles add in turn read back one at a time and in batches", "[import]") {
  TempDir dir;
  std::vector<Term> written;
  {
    auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
    for (int round = 0; round < 3; ++round) {
      // An import of 150 new resources and literals goes on from the terms the article before
      // it added, and an article's new entities from those the import added.
      const std::string tag = std::to_string(round);
      std::string nt;
      for (int i = 0; i < 150; ++i) {
        const std::string iri = "http://kg.example.org/entity/R" + tag + "_" + std::to_string(i);
        const std::string value = "value " + tag + " " + std::to_string(i);
        nt += "<" + iri + "> <http://kg.example.org/prop/n> \"" + value + "\" .\n";
        written.push_back(Term::Iri(iri));
        written.push_back(Term::Literal(value));
      }
      store->Import(dir.Write("r" + tag + ".nt", nt));
      Document doc;
      doc.name = "article " + tag;
      doc.text = "text";
      for (int i = 0; i < 40; ++i) {
        const std::string s = "actor_" + tag + "_" + std::to_string(i), o = "target_" + tag + "_" + std::to_string(i);
        doc.statements.push_back({{s, s, EntityType::kPerson, {}}, "attacked", {o, o, EntityType::kCountry, {}}, false, {}});
        written.push_back(Term::Entity(s));
        written.push_back(Term::Entity(o));
      }
      store->PutDocument(doc);
    }
    REQUIRE(store->Check().ok());
  }
  auto store = Store::Open(dir / "db", OpenMode::kReadOnly);
  auto view = store->Snapshot();
  std::vector<TermId> ids;
  for (const Term& term : written) {
    ids.push_back(Id(*view, term));
    CHECK(view->GetTerm(ids.back()) == term);
  }
  std::vector<TermId> ascending = ids;
  std::ranges::sort(ascending);
  std::vector<TermId> descending(ascending.rbegin(), ascending.rend());
  for (const auto& order : {ascending, descending, ids}) {
    std::vector<std::pair<TermId, Term>> read;
    view->GetTerms(order, [&](TermId id, const Term& term) { read.emplace_back(id, term); });
    REQUIRE(read.size() == order.size());
    for (size_t i = 0; i < order.size(); ++i) {
      CHECK(read[i].first == order[i]);
      CHECK(read[i].second == view->GetTerm(order[i]));
    }
  }
}
