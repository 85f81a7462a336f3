// The store's behaviour at its public interface: terms, patterns, documents, locking, crashes.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <rocksdb/db.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "graph/store.h"
#include "tests/support/temp_dir.h"

using namespace kg::graph;
using kg::testing::TempDir;

namespace {

EntityInfo Entity(std::string id, std::string label, EntityType type, std::vector<std::string> ar = {}) {
  return EntityInfo{std::move(id), std::move(label), type, std::move(ar)};
}

const EntityInfo kIsrael = Entity("israel", "Israel", EntityType::kCountry, {"إسرائيل"});
const EntityInfo kIraq = Entity("iraq", "Iraq", EntityType::kCountry, {"العراق"});
const EntityInfo kIran = Entity("iran", "Iran", EntityType::kCountry, {"إيران"});
const EntityInfo kFactions =
    Entity("iraqi_armed_factions", "Iraqi armed factions", EntityType::kArmedGroup, {"الفصائل المسلحة"});
const EntityInfo kCouncil = Entity("un_security_council", "UN Security Council", EntityType::kOrg,
                                   {"مجلس الأمن الدولي"});

Statement Say(const EntityInfo& s, std::string p, const EntityInfo& o, bool negated = false,
              uint32_t sentence = 1) {
  Statement st{s, std::move(p), o, negated, {}};
  st.evidence.sentence = sentence;
  st.evidence.sentence_span = {0, 10};
  st.evidence.confidence = 0.9f;
  return st;
}

Document Article(std::string name, std::string text, std::vector<Statement> statements) {
  Document doc;
  doc.name = std::move(name);
  doc.text = std::move(text);
  doc.date = "2024-11-19";
  doc.statements = std::move(statements);
  return doc;
}

TermId Id(const View& view, const Term& term) {
  auto id = view.Find(term);
  REQUIRE(id.has_value());
  return *id;
}

std::set<Triple> Collect(const View& view, const Pattern& pattern) {
  std::set<Triple> triples;
  for (auto cursor = view.Scan(pattern); cursor->Valid(); cursor->Next()) triples.insert(cursor->triple());
  return triples;
}

void RequireConsistent(const Store& store) {
  const auto report = store.Check();
  INFO((report.problems.empty() ? std::string("") : report.problems.front()));
  REQUIRE(report.ok());
}

}  // namespace

TEST_CASE("a new store is created empty and reopens", "[graph]") {
  TempDir dir;
  {
    auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
    const auto stats = store->Snapshot()->Stats();
    CHECK(stats.triples == 0);
    CHECK(stats.documents == 0);
    RequireConsistent(*store);
  }
  auto store = Store::Open(dir / "db", OpenMode::kReadOnly);
  CHECK(store->Snapshot()->Stats().triples == 0);
}

TEST_CASE("opening a missing store says how to create one", "[graph]") {
  TempDir dir;
  try {
    Store::Open(dir / "nothing", OpenMode::kReadOnly);
    FAIL("expected StoreError");
  } catch (const StoreError& e) {
    CHECK_THAT(e.what(), Catch::Contains("no kg store at") && Catch::Contains("kg ingest"));
  }
}

TEST_CASE("a second writer is refused with kg's message while readers still open", "[graph]") {
  TempDir dir;
  auto writer = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  try {
    Store::Open(dir / "db", OpenMode::kReadWrite);
    FAIL("expected StoreBusy");
  } catch (const StoreBusy& e) {
    CHECK(std::string(e.what()) == "store " + (dir / "db") + " is in use by another kg process");
  }
  writer->PutDocument(Article("a", "text", {Say(kIsrael, "attacked", kIraq)}));
  auto reader = Store::Open(dir / "db", OpenMode::kReadOnly);
  CHECK(reader->Snapshot()->Stats().triples == 1);
}

TEST_CASE("a directory that is not a kg store is refused", "[graph]") {
  TempDir dir;
  dir.Write("plain/CURRENT", "MANIFEST-000001\n");
  CHECK_THROWS_AS(Store::Open(dir / "plain", OpenMode::kReadOnly), StoreError);
}

// Writes key = value into a column family of a closed store, past kg, as a damaged or an older
// store would hold it.
void RawPut(const std::string& dir, const std::string& family, const std::string& key, const std::string& value) {
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const auto& name : names) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), dir, families, &handles, &raw).ok());
  const auto it = std::ranges::find(names, family);
  REQUIRE(it != names.end());
  REQUIRE(raw->Put(rocksdb::WriteOptions(), handles[it - names.begin()], key, value).ok());
  for (auto* handle : handles) REQUIRE(raw->DestroyColumnFamilyHandle(handle).ok());
  delete raw;
}

TEST_CASE("a store of an earlier schema version is refused with a message to rebuild it", "[graph]") {
  TempDir dir;
  Store::Open(dir / "db", OpenMode::kCreateIfMissing)->PutDocument(Article("a", "text", {Say(kIsrael, "attacked", kIraq)}));
  RawPut(dir / "db", "default", "schema_version", "2");  // as a kg of one term a key left it
  for (const OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    try {
      Store::Open(dir / "db", mode);
      FAIL("a store of schema version 2 was opened");
    } catch (const StoreError& e) {
      CHECK_THAT(e.what(), Catch::Contains("has schema version 2") && Catch::Contains("rebuild it"));
    }
  }
}

TEST_CASE("a damaged chunk of the dictionary is reported by the check and read as no term", "[graph]") {
  TempDir dir;
  TermId israel;
  {
    auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
    store->PutDocument(Article("a", "text", {Say(kIsrael, "attacked", kIraq)}));
    israel = Id(*store->Snapshot(), Term::Entity("israel"));
  }
  // The chunk of ids 0 to 63 cut off inside its first entry's length.
  RawPut(dir / "db", "terms", std::string(4, '\0'), std::string("\x01\xff", 2));
  auto store = Store::Open(dir / "db", OpenMode::kReadOnly);
  const auto report = store->Check();
  CHECK_FALSE(report.ok());
  CHECK(std::ranges::count(report.problems, "the terms from id 0 cannot be decoded") == 1);
  auto view = store->Snapshot();
  CHECK_FALSE(view->GetTerm(israel));
  size_t read = 0;
  view->GetTerms(std::vector<TermId>{israel}, [&](TermId, const Term&) { ++read; });
  CHECK(read == 0);
}

TEST_CASE("entities, predicates and documents round-trip through the dictionary", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->PutDocument(Article("doc1", "نص", {Say(kIsrael, "sent_letter_to", kCouncil)}));
  auto view = store->Snapshot();

  const TermId israel = Id(*view, Term::Entity("israel"));
  CHECK(view->GetTerm(israel) == Term::Entity("israel"));
  const auto info = view->GetEntity(israel);
  REQUIRE(info);
  CHECK(info->label == "Israel");
  CHECK(info->type == EntityType::kCountry);
  CHECK(info->aliases == std::vector<std::string>{"إسرائيل"});
  const TermId p = Id(*view, Term::Predicate("sent_letter_to"));
  CHECK(view->GetTerm(p) == Term::Predicate("sent_letter_to"));
  CHECK(view->GetTerm(Id(*view, Term::Document("doc1"))) == Term::Document("doc1"));
  CHECK_FALSE(view->Find(Term::Entity("nowhere")));
  CHECK_FALSE(view->GetTerm(999999));
}

TEST_CASE("terms read in one pass are those read one at a time, in any order", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->PutDocument(Article("doc1", "نص", {Say(kIsrael, "sent_letter_to", kCouncil), Say(kIran, "backs", kFactions)}));
  RequireConsistent(*store);
  auto view = store->Snapshot();
  // A predicate-object scan reads its subjects beside the keys: a batch then mixes terms read
  // so with terms read from the dictionary.
  const auto sent = Id(*view, Term::Predicate("sent_letter_to"));
  REQUIRE(Collect(*view, {std::nullopt, sent, Id(*view, Term::Entity("un_security_council"))}).size() == 1);
  std::vector<TermId> ids;
  for (TermId id = 1; id <= 12; ++id) ids.push_back(id);  // more ids than terms: some unknown
  for (const auto& order : {ids, std::vector<TermId>(ids.rbegin(), ids.rend())}) {
    std::map<TermId, Term> read;
    view->GetTerms(order, [&](TermId id, const Term& term) { CHECK(read.emplace(id, term).second); });
    std::map<TermId, Term> one_at_a_time;  // from the dictionary alone
    for (TermId id : ids) {
      if (auto term = store->Snapshot()->GetTerm(id)) one_at_a_time.emplace(id, *term);
    }
    CHECK(read.size() < ids.size());
    CHECK(read == one_at_a_time);
  }
}

TEST_CASE("names are found by label, id and Arabic alias through the shared key", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->PutDocument(Article("doc1", "text", {Say(kIsrael, "sent_letter_to", kCouncil)}));
  auto view = store->Snapshot();
  const TermId council = Id(*view, Term::Entity("un_security_council"));
  for (const char* name : {"UN Security Council", "un_security_council", "un security council",
                           "مجلس الأمن الدولي", "مَجلِس الامن الدولي"}) {
    INFO(name);
    CHECK(view->FindByName(name) == std::vector<TermId>{council});
  }
  CHECK(view->FindByName("Security").empty());
}

TEST_CASE("later articles add aliases to a known entity", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->PutDocument(Article("a", "1", {Say(kIsrael, "attacked", kIraq)}));
  auto israel = Entity("israel", "Israel", EntityType::kCountry, {"الدولة العبرية"});
  store->PutDocument(Article("b", "2", {Say(israel, "threatened", kIraq)}));
  auto view = store->Snapshot();
  const TermId id = Id(*view, Term::Entity("israel"));
  CHECK(view->GetEntity(id)->aliases == std::vector<std::string>{"إسرائيل", "الدولة العبرية"});
  CHECK(view->FindByName("الدولة العبرية") == std::vector<TermId>{id});
  CHECK(view->FindByName("إسرائيل") == std::vector<TermId>{id});
}

TEST_CASE("every pattern shape scans exactly the matching triples", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  const std::vector<EntityInfo> actors = {kIsrael, kIraq, kIran, kFactions, kCouncil};
  const std::vector<std::string> predicates = {"attacked", "threatened", "backs"};
  std::vector<Statement> statements;
  for (size_t i = 0; i < actors.size(); ++i) {
    for (size_t j = 0; j < actors.size(); ++j) {
      for (size_t k = 0; k < predicates.size(); ++k) {
        if ((i * 7 + j * 3 + k) % 3 == 0) statements.push_back(Say(actors[i], predicates[k], actors[j], (i + j) % 4 == 0));
      }
    }
  }
  store->PutDocument(Article("grid", "text", statements));
  auto view = store->Snapshot();
  const auto all = Collect(*view, Pattern{{}, {}, {}, Pattern::Polarity::kAny});
  REQUIRE(all.size() == statements.size());
  CHECK(view->Stats().triples == statements.size());

  std::vector<TermId> entity_ids, predicate_ids;
  for (const auto& a : actors) entity_ids.push_back(Id(*view, Term::Entity(a.id)));
  for (const auto& p : predicates) predicate_ids.push_back(Id(*view, Term::Predicate(p)));

  for (int shape = 0; shape < 8; ++shape) {
    for (auto polarity : {Pattern::Polarity::kPositive, Pattern::Polarity::kNegated, Pattern::Polarity::kAny}) {
      for (TermId s : entity_ids) {
        for (TermId p : predicate_ids) {
          for (TermId o : entity_ids) {
            Pattern pattern;
            pattern.polarity = polarity;
            if (shape & 4) pattern.s = s;
            if (shape & 2) pattern.p = p;
            if (shape & 1) pattern.o = o;
            std::set<Triple> expected;
            for (const auto& t : all) {
              const bool polarity_ok = polarity == Pattern::Polarity::kAny ||
                                       t.negated == (polarity == Pattern::Polarity::kNegated);
              if (polarity_ok && (!pattern.s || t.s == s) && (!pattern.p || t.p == p) &&
                  (!pattern.o || t.o == o)) {
                expected.insert(t);
              }
            }
            INFO("shape " << shape << " polarity " << static_cast<int>(polarity));
            REQUIRE(Collect(*view, pattern) == expected);
            REQUIRE(view->Count(pattern) == expected.size());
          }
        }
      }
    }
  }
  for (const auto& t : all) CHECK(view->Contains(t));
  RequireConsistent(*store);
}

TEST_CASE("a denied claim is a distinct triple from its positive twin", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->PutDocument(Article("a", "text", {Say(kIsrael, "sent_letter_to", kIraq, false),
                                           Say(kIsrael, "sent_letter_to", kIraq, true)}));
  auto view = store->Snapshot();
  const TermId israel = Id(*view, Term::Entity("israel"));
  const TermId iraq = Id(*view, Term::Entity("iraq"));
  const TermId p = Id(*view, Term::Predicate("sent_letter_to"));
  CHECK(view->Contains({israel, p, iraq, false}));
  CHECK(view->Contains({israel, p, iraq, true}));
  CHECK(view->Count(Pattern{{}, p, {}, Pattern::Polarity::kPositive}) == 1);
  CHECK(view->Count(Pattern{{}, p, {}, Pattern::Polarity::kNegated}) == 1);
  CHECK(view->GetPredicateStats(p, true).triples == 1);
}

TEST_CASE("mentions keep their evidence, and repeated statements count once per triple", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  auto first = Say(kIran, "backs", kFactions, false, 2);
  first.evidence.source = "Reuters";
  first.evidence.trigger = {5, 12};
  auto again = Say(kIran, "backs", kFactions, false, 7);
  const auto put = store->PutDocument(Article("a", "text", {first, again, first}));
  CHECK(put.change == DocumentChange::kNew);
  CHECK(put.triples_added == 1);
  auto view = store->Snapshot();
  const Triple t{Id(*view, Term::Entity("iran")), Id(*view, Term::Predicate("backs")),
                 Id(*view, Term::Entity("iraqi_armed_factions")), false};
  const auto mentions = view->Mentions(t);
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].evidence == first.evidence);
  CHECK(mentions[1].evidence.sentence == 7);
  CHECK(mentions[0].document == Id(*view, Term::Document("a")));
  const auto doc = view->GetDocument(mentions[0].document);
  REQUIRE(doc);
  CHECK(doc->triples == 1);
  CHECK(doc->mentions == 2);
  CHECK(view->DocumentText(doc->id) == "text");
  RequireConsistent(*store);
}

TEST_CASE("re-adding, replacing and removing articles keeps exact support", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  auto a = Article("a", "one", {Say(kIsrael, "attacked", kIraq), Say(kIran, "backs", kFactions)});
  auto b = Article("b", "two", {Say(kIran, "backs", kFactions), Say(kIsrael, "threatened", kIraq)});
  CHECK(store->PutDocument(a).triples_added == 2);
  CHECK(store->PutDocument(b).triples_added == 1);
  CHECK(store->PutDocument(a).change == DocumentChange::kUnchanged);
  RequireConsistent(*store);

  // Changed content under the same name replaces the old mentions.
  a.text = "one, revised";
  a.statements = {Say(kIsrael, "attacked", kIran)};
  const auto replaced = store->PutDocument(a);
  CHECK(replaced.change == DocumentChange::kUpdated);
  CHECK(replaced.triples_added == 1);    // Israel attacked Iran
  CHECK(replaced.triples_removed == 1);  // Israel attacked Iraq; Iran backs factions stays (b)
  RequireConsistent(*store);
  {
    auto view = store->Snapshot();
    CHECK(view->Stats().triples == 3);
    CHECK(view->Stats().documents == 2);
    CHECK(view->Stats().mentions == 3);
    const TermId attacked = Id(*view, Term::Predicate("attacked"));
    const auto stats = view->GetPredicateStats(attacked, false);
    CHECK(stats.triples == 1);
    CHECK(stats.subjects == 1);
    CHECK(stats.objects == 1);
  }

  const auto removed = store->RemoveDocument("b");
  CHECK(removed.found);
  CHECK(removed.triples_removed == 2);
  CHECK_FALSE(store->RemoveDocument("b").found);
  RequireConsistent(*store);
  auto view = store->Snapshot();
  CHECK(view->Stats().triples == 1);
  CHECK(view->Stats().documents == 1);
  CHECK(view->Documents().size() == 1);
  CHECK(view->Count(Pattern{{}, {}, {}, Pattern::Polarity::kAny}) == 1);
  const TermId iran = Id(*view, Term::Entity("iran"));
  CHECK(view->Degree(iran) == 1);
}

TEST_CASE("a snapshot does not see later writes", "[graph]") {
  TempDir dir;
  auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
  store->PutDocument(Article("a", "one", {Say(kIsrael, "attacked", kIraq)}));
  auto before = store->Snapshot();
  store->PutDocument(Article("b", "two", {Say(kIran, "backs", kFactions)}));
  CHECK(before->Stats().triples == 1);
  CHECK(before->Count(Pattern{{}, {}, {}, Pattern::Polarity::kAny}) == 1);
  CHECK(store->Snapshot()->Stats().triples == 2);
}

TEST_CASE("a writer killed in the middle of a write leaves whole articles only", "[graph]") {
  TempDir dir;
  const std::string db = dir / "db";
  Store::Open(db, OpenMode::kCreateIfMissing);  // created, then closed
  const std::vector<EntityInfo> actors = {kIsrael, kIraq, kIran, kFactions, kCouncil};
  // Article i states (i % 20) + 1 triples, so a stored article shows whether it is whole.
  auto article = [&](int i) {
    std::vector<Statement> statements;
    for (int k = 0; k <= i % 20; ++k) {
      statements.push_back(Say(actors[k % 5], k % 2 ? "attacked" : "threatened", actors[(k / 5 + i) % 5],
                               false, static_cast<uint32_t>(k + 1)));
      statements.back().evidence.sentence_span = {static_cast<uint32_t>(i), static_cast<uint32_t>(k)};
    }
    return Article("doc" + std::to_string(i), std::string(2000 + i, 'x'), statements);
  };
  // The child commits 50 articles, says so on a pipe and waits to be killed.
  constexpr int kCommits = 50;
  int progress[2];
  REQUIRE(pipe(progress) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(progress[0]);
    auto store = Store::Open(db, OpenMode::kReadWrite);
    for (int i = 0; i < kCommits; ++i) store->PutDocument(article(i));
    if (write(progress[1], "x", 1) != 1) _exit(1);
    for (;;) pause();
  }
  close(progress[1]);
  char byte;
  REQUIRE(read(progress[0], &byte, 1) == 1);
  kill(child, SIGKILL);
  close(progress[0]);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  // A kill in the middle of a write leaves the write-ahead log's last record torn: cut the
  // last commit's record short, as such a kill would.
  std::filesystem::path wal;
  for (const auto& entry : std::filesystem::directory_iterator(db)) {
    if (entry.path().extension() == ".log" && (wal.empty() || entry.path().filename() > wal.filename())) {
      wal = entry.path();
    }
  }
  REQUIRE(!wal.empty());
  const auto size = std::filesystem::file_size(wal);
  REQUIRE(size > 1000);
  std::filesystem::resize_file(wal, size - 100);

  auto store = Store::Open(db, OpenMode::kReadWrite);
  RequireConsistent(*store);
  auto view = store->Snapshot();
  const auto docs = view->Documents();
  CHECK(docs.size() == kCommits - 1);  // the torn commit is not there; all before it are
  for (const auto& doc : docs) {
    const int i = std::stoi(doc.name.substr(3));
    CHECK(i < kCommits - 1);
    CHECK(doc.mentions == static_cast<uint32_t>(i % 20 + 1));
  }
}
