// kg export: the IRI scheme and escapes, the subgraphs, and end to end the files the real tools
// read: rapper (raptor2-utils) parses every RDF syntax, dot (Graphviz) lays out the drawings.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "export/dot_export.h"
#include "export/export_error.h"
#include "export/rdf_names.h"
#include "export/subgraph.h"
#include "export/usual_arabic_names.h"
#include "graph/store.h"
#include "query/error.h"
#include "query/labels.h"
#include "tests/support/run.h"
#include "tests/support/temp_dir.h"

using namespace kg::graph;
using kg::testing::RunKg;
using kg::testing::TempDir;
namespace exporter = kg::exporter;

namespace {

const std::string kKg = "https://kg.example/ontology#";
const std::string kEntity = "https://kg.example/entity/";
const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

// ---- running the real tools ----

struct ToolResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs a shell command line (paths in it come from mkdtemp and need no quoting beyond '').
ToolResult RunTool(const std::string& command, const TempDir& dir) {
  const std::string err_file = dir / "tool.err";
  ToolResult result;
  FILE* pipe = popen((command + " 2> '" + err_file + "'").c_str(), "r");
  REQUIRE(pipe);
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_file);
  std::ostringstream text;
  text << err.rdbuf();
  result.err = text.str();
  return result;
}

void RequireTool(const std::string& tool, const std::string& package, const TempDir& dir) {
  INFO(tool + " is missing: install " + package + " (scripts/install-deps does)");
  REQUIRE(RunTool("command -v " + tool, dir).exit_code == 0);
}

// The number that follows `prefix` in text (-1 when there is none).
long NumberAfter(const std::string& text, const std::string& prefix) {
  const size_t at = text.find(prefix);
  if (at == std::string::npos) return -1;
  const size_t begin = at + prefix.size();
  const size_t end = text.find_first_not_of("0123456789", begin);
  return end == begin ? -1 : std::stol(text.substr(begin, end - begin));
}

// rapper -c: the number of statements it parsed (-1 when it failed).
long RapperCount(const std::string& syntax, const std::string& file, const TempDir& dir) {
  const auto result = RunTool("rapper -c -i " + syntax + " '" + file + "'", dir);
  INFO(result.err);
  if (result.exit_code != 0 || result.err.find("Error") != std::string::npos) return -1;
  return NumberAfter(result.err, "Parsing returned ");
}

// The file as raptor's N-Triples (graph names dropped), one distinct statement per element.
std::set<std::string> RapperTriples(const std::string& syntax, const std::string& file, const TempDir& dir) {
  const auto result = RunTool("rapper -q -i " + syntax + " -o ntriples '" + file + "'", dir);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::set<std::string> lines;
  std::istringstream in(result.out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.insert(line);
  }
  return lines;
}

// Raptor writes N-Triples in ASCII: what a UTF-8 string becomes inside its literals.
std::string RaptorEscaped(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default: out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = c & (0xFF >> (length + 1));
    for (int k = 1; k < length; ++k) cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    char escape[16];
    std::snprintf(escape, sizeof escape, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", cp);
    out += escape;
    i += length;
  }
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::ranges::sort(lines);
  return lines;
}

// "kg: wrote N statements as ..." -> N.
long ReportedStatements(const std::string& err) {
  const long n = NumberAfter(err, "wrote ");
  return n >= 0 ? n : NumberAfter(err, "wrote the ontology, ");
}

// A line of raptor's N-Triples cut at its spaces: IRIs and blank nodes hold none.
struct NtLine {
  std::string s, p, o;  // o as written, with its quotes and datatype
};

NtLine Split(const std::string& line) {
  const size_t first = line.find(' '), second = line.find(' ', first + 1);
  return {line.substr(0, first), line.substr(first + 1, second - first - 1),
          line.substr(second + 1, line.size() - second - 3)};  // without the final " ."
}

size_t Count(const std::set<std::string>& lines, const std::function<bool(const NtLine&)>& keep) {
  return static_cast<size_t>(std::ranges::count_if(lines, [&](const std::string& l) { return keep(Split(l)); }));
}

// ---- a store with every case an export must get right ----

EntityInfo Entity(std::string id, std::string label, EntityType type, std::vector<std::string> ar) {
  return EntityInfo{std::move(id), std::move(label), type, std::move(ar)};
}

// Labels with quotes, backslashes, a line break and Arabic.
const std::string kTrickyLabel = "Al \"Quds\" \\ Force\nsecond line";
const std::string kTrickyArabic = "فيلق \"القدس\" \\ سطر\nثان";
const std::string kTitle = "إسرائيل \"تنفي\" \\ الهجوم";

const EntityInfo kIsrael = Entity("israel", "Israel", EntityType::kCountry, {"إسرائيل"});
const EntityInfo kIraq = Entity("iraq", "Iraq", EntityType::kCountry, {"العراق"});
const EntityInfo kIran = Entity("iran", "Iran", EntityType::kCountry, {"إيران"});
const EntityInfo kTricky = Entity("quds force/unit #1", kTrickyLabel, EntityType::kArmedGroup, {kTrickyArabic});

// Sentences of the articles below, in code points: [0, 28) and [29, 55).
const std::string kText = "إسرائيل لم تهاجم العراق أمس. إسرائيل هاجمت إيران ثانية.";

Statement Say(const EntityInfo& s, std::string p, const EntityInfo& o, bool negated, uint32_t sentence) {
  Statement st{s, std::move(p), o, negated, {}};
  st.evidence.sentence = sentence;
  st.evidence.sentence_span = sentence == 1 ? Span{0, 28} : Span{29, 55};
  st.evidence.trigger = sentence == 1 ? Span{8, 16} : Span{37, 42};
  st.evidence.confidence = 0.85f;
  return st;
}

// Article a denies that Israel attacked Iraq and says it attacked Iran; article b says so again.
// Iraq met Iran (a) and Iran met Iraq (b): one symmetric edge of two claims.
void MakeFixture(const std::string& db) {
  auto store = Store::Open(db, OpenMode::kCreateIfMissing);
  Document a;
  a.name = "a";
  a.title = kTitle;
  a.date = "2024-11-19";
  a.source = "wire service";
  a.text = kText;
  a.statements = {Say(kIsrael, "attacked", kIraq, true, 1), Say(kIsrael, "attacked", kIran, false, 2),
                  Say(kTricky, "backs", kIraq, false, 2), Say(kIraq, "met_with", kIran, false, 2)};
  a.statements.back().evidence.source = "Reuters \"quoted\"";
  store->PutDocument(a);
  Document b = a;
  b.name = "b";
  b.title = "second";
  b.date = "";
  b.statements = {Say(kIsrael, "attacked", kIran, false, 2), Say(kIran, "met_with", kIraq, false, 1)};
  store->PutDocument(b);
}

std::string ExamplesStore(const TempDir& dir) {
  const std::string db = dir / "examples.db";
  const auto ingest = RunKg({"ingest", "--db", db, std::string(KG_SOURCE_DIR) + "/examples"});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  return db;
}

}  // namespace

// ---- units ----

TEST_CASE("IriSegment keeps letters, Arabic included, and percent-encodes everything else", "[export]") {
  CHECK(exporter::IriSegment("qasim_al-araji.2~x") == "qasim_al-araji.2~x");
  CHECK(exporter::IriSegment("مجلس الأمن") == "مجلس%20الأمن");
  CHECK(exporter::IriSegment("a/b#c?d%e\"f<g>") == "a%2Fb%23c%3Fd%25e%22f%3Cg%3E");
  CHECK(exporter::IriSegment("\xE2\x80\x8F") == "%E2%80%8F");  // a bidi mark may not stand in an IRI
  CHECK(exporter::IriSegment("bad\xFFutf8") == "bad%FFutf8");
}

TEST_CASE("an entity's usual Arabic name is the one its statements use most, not the first seen", "[export]") {
  TempDir dir;
  {
    // Iraq is الحكومة العراقية in the first sentence and العراق in the next two.
    const EntityInfo iraq = Entity("iraq", "Iraq", EntityType::kCountry, {"الحكومة العراقية"});
    auto store = Store::Open(dir / "db", OpenMode::kCreateIfMissing);
    Document d;
    d.name = "d";
    d.text = "الحكومة العراقية التقت إيران. العراق التقى إيران. وزار العراق إيران.";
    auto met = [&](Span subject, Span object, Span sentence, uint32_t n) {
      Statement st{iraq, "met_with", kIran, false, {}};
      st.evidence.sentence = n;
      st.evidence.sentence_span = sentence;
      st.evidence.subject = subject;
      st.evidence.object = object;
      return st;
    };
    d.statements = {met({0, 16}, {23, 28}, {0, 29}, 1), met({30, 36}, {43, 48}, {30, 49}, 2),
                    met({55, 61}, {62, 67}, {50, 68}, 3)};
    store->PutDocument(d);
  }
  auto store = Store::Open(dir / "db", OpenMode::kReadOnly);
  auto view = store->Snapshot();
  const kg::query::Labels labels(*view);
  exporter::UsualArabicNames names(*view);
  Pattern all;
  for (auto c = view->Scan(all); c->Valid(); c->Next()) {
    for (const auto& m : view->Mentions(c->triple())) names.Count(c->triple(), m);
  }
  const auto iraq = view->Find(Term::Entity("iraq"));
  REQUIRE(iraq);
  CHECK(labels.Arabic(*iraq) == "الحكومة العراقية");  // the first name the store knows
  CHECK(names.Of(*iraq, labels) == "العراق");
}

TEST_CASE("RdfNames names entities, articles and claims under the base", "[export]") {
  const exporter::RdfNames names("https://example.org/news");  // a '/' is added
  CHECK(names.Entity("iraq") == "https://example.org/news/entity/iraq");
  CHECK(names.Article("001 x") == "https://example.org/news/article/001%20x");
  CHECK(names.Mention("001", 3) == "https://example.org/news/article/001/mention/3");
  CHECK(exporter::RdfNames::Predicate("attacked") == kKg + "attacked");
  CHECK(exporter::RdfNames("urn:kg#").Entity("a") == "urn:kg#entity/a");
  CHECK_THROWS_AS(exporter::RdfNames("not an iri"), exporter::ExportUsageError);
  CHECK_THROWS_AS(exporter::RdfNames("relative/path/"), exporter::ExportUsageError);
  CHECK_THROWS_AS(exporter::RdfNames("http://a b/"), exporter::ExportUsageError);
}

TEST_CASE("DotHtmlText escapes markup and keeps backslashes and Arabic", "[export]") {
  CHECK(exporter::DotHtmlText("a<b>&\"c\" \\") == "a&lt;b&gt;&amp;&quot;c&quot; \\");
  CHECK(exporter::DotHtmlText("Iraq\nالعراق\r\x01") == "Iraq<BR/>العراق");
}

TEST_CASE("View::ForEachEntity visits every entity once, in id order", "[export]") {
  TempDir dir;
  MakeFixture(dir / "db");
  auto store = Store::Open(dir / "db", OpenMode::kReadOnly);
  auto view = store->Snapshot();
  std::vector<TermId> ids;
  std::set<std::string> labels;
  view->ForEachEntity([&](TermId id, const EntityInfo& entity) {
    ids.push_back(id);
    labels.insert(entity.label);
  });
  CHECK(std::ranges::is_sorted(ids));
  CHECK(labels == std::set<std::string>{"Israel", "Iraq", "Iran", kTrickyLabel});
}

TEST_CASE("MatchedTriples and the subgraphs: patterns, describe, path, neighbourhood", "[export]") {
  TempDir dir;
  MakeFixture(dir / "db");
  auto store = Store::Open(dir / "db", OpenMode::kReadOnly);
  auto view = store->Snapshot();
  auto id = [&](const std::string& entity) { return *view->Find(Term::Entity(entity)); };
  const TermId attacked = *view->Find(Term::Predicate("attacked"));

  auto triples = [&](const std::string& text) { return exporter::QuerySubgraph(*view, text).triples; };
  CHECK(triples("?x attacked ?y") == std::vector<Triple>{{id("israel"), attacked, id("iran"), false}});
  CHECK(triples("?x !attacked ?y") == std::vector<Triple>{{id("israel"), attacked, id("iraq"), true}});
  CHECK(triples("?x attacked ?y . ?y met_with ?z").size() == 2);
  CHECK(triples("select ?x where ?x attacked ?y filter ?y = Iraq").empty());
  CHECK(triples("describe Israel").size() == 2);  // the denied claim included
  // Through Iran (a denial is no path): attacked, then met_with either way.
  CHECK(triples("path Israel to Iraq").size() == 3);
  CHECK_THROWS_AS(triples("?x attacked/met_with ?y"), kg::query::QueryError);
  CHECK_THROWS_AS(triples("select count(*) where ?x attacked ?y"), kg::query::QueryError);
  CHECK_THROWS_AS(triples("explain ?x attacked ?y"), kg::query::QueryError);
  CHECK_THROWS_AS(triples("?x attacked ?y; ?x backs ?y"), kg::query::QueryError);

  CHECK(exporter::Neighbourhood(*view, id("israel"), 1).triples.size() == 2);
  // Depth 2 adds the edges of Iraq and Iran: both met_with claims and the tricky backs.
  CHECK(exporter::Neighbourhood(*view, id("israel"), 2).triples.size() == 5);
}

// ---- end to end: the files the tools read ----

TEST_CASE("kg export of the examples: rapper reads nt, ttl and nq with the counts kg states", "[export][e2e]") {
  TempDir dir;
  RequireTool("rapper", "raptor2-utils", dir);
  const std::string db = ExamplesStore(dir);
  std::map<std::string, long> reported;
  for (const std::string format : {"nt", "ttl", "nq"}) {
    const auto result = RunKg({"export", "--db", db, "--format", format, "-o", dir / ("g." + format)});
    INFO(format << ": " << result.err);
    REQUIRE(result.exit_code == 0);
    reported[format] = ReportedStatements(result.err);
    REQUIRE(reported[format] > 0);
  }
  CHECK(RapperCount("ntriples", dir / "g.nt", dir) == reported["nt"]);
  CHECK(RapperCount("turtle", dir / "g.ttl", dir) == reported["nt"]);
  CHECK(RapperCount("nquads", dir / "g.nq", dir) == reported["nq"]);

  // The three hold the same statements; N-Quads only adds where each was said.
  const auto nt = RapperTriples("ntriples", dir / "g.nt", dir);
  CHECK(nt.size() == static_cast<size_t>(reported["nt"]));
  CHECK(RapperTriples("turtle", dir / "g.ttl", dir) == nt);
  CHECK(RapperTriples("nquads", dir / "g.nq", dir) == nt);

  // What the statements say, counted against the store.
  auto store = Store::Open(db, OpenMode::kReadOnly);
  auto view = store->Snapshot();
  const auto stats = view->Stats();
  uint64_t asserted = 0, denied_claims = 0;
  for (const auto& p : stats.predicates) asserted += p.negated ? 0 : p.triples;
  // A claim one article denies and another asserts is a fact too; one only denied is none.
  auto fact_line = [&](const auto& triple) {
    return "<" + kEntity + exporter::IriSegment(view->GetTerm(triple.s)->value) + "> <" + kKg +
           view->GetTerm(triple.p)->value + "> <" + kEntity + exporter::IriSegment(view->GetTerm(triple.o)->value) +
           "> .";
  };
  std::set<std::string> asserted_lines;
  for (auto c = view->Scan(Pattern{}); c->Valid(); c->Next()) asserted_lines.insert(fact_line(c->triple()));
  Pattern denied;
  denied.polarity = Pattern::Polarity::kNegated;
  std::set<std::string> denied_lines;
  for (auto c = view->Scan(denied); c->Valid(); c->Next()) {
    denied_claims += view->Mentions(c->triple()).size();
    if (!asserted_lines.contains(fact_line(c->triple()))) denied_lines.insert(fact_line(c->triple()));
  }
  REQUIRE_FALSE(denied_lines.empty());  // some claim is only denied: the case that matters
  REQUIRE(denied_claims > 0);  // the examples deny letters: the case that matters
  const std::string type = "<" + kRdf + "type>";
  auto entity = [](const std::string& node) { return node.starts_with("<" + kEntity); };
  CHECK(Count(nt, [&](const NtLine& l) {
          return entity(l.s) && l.p.starts_with("<" + kKg) && std::islower(static_cast<unsigned char>(l.p[kKg.size() + 1])) &&
                 entity(l.o);
        }) == asserted);
  CHECK(Count(nt, [&](const NtLine& l) { return l.p == type && l.o == "<" + kRdf + "Statement>"; }) == stats.mentions);
  CHECK(Count(nt, [&](const NtLine& l) { return l.p == "<" + kKg + "negated>" && l.o.starts_with("\"true\""); }) ==
        denied_claims);
  CHECK(Count(nt, [&](const NtLine& l) { return l.p == type && l.o == "<" + kKg + "Article>"; }) == stats.documents);
  CHECK(Count(nt, [&](const NtLine& l) { return entity(l.s) && l.p == type; }) == stats.entities);
  for (const auto& line : denied_lines) {
    INFO("a denied claim written as a fact: " << line);
    CHECK(nt.count(line) == 0);
  }
}

TEST_CASE("kg export --format nt then kg import into an empty store gives back the same triples", "[export][e2e]") {
  TempDir dir;
  const std::string db = ExamplesStore(dir);
  REQUIRE(RunKg({"export", "--db", db, "-o", dir / "a.nt"}).exit_code == 0);
  const auto import = RunKg({"import", "--db", dir / "copy.db", dir / "a.nt"});
  INFO(import.err);
  REQUIRE(import.exit_code == 0);
  REQUIRE(RunKg({"export", "--db", dir / "copy.db", "-o", dir / "b.nt"}).exit_code == 0);
  const auto a = SortedLines(ReadFile(dir / "a.nt")), b = SortedLines(ReadFile(dir / "b.nt"));
  CHECK(a.size() > 500);
  CHECK(a == b);
  CHECK(std::adjacent_find(a.begin(), a.end()) == a.end());  // no statement written twice
  CHECK_THAT(RunKg({"stats", "--db", dir / "copy.db"}).out,
             Catch::Contains("triples    " + std::to_string(a.size())));
  // The copy answers by the labels the export carried.
  const auto answer = RunKg({"query", "--db", dir / "copy.db", "--format", "tsv", "?x leads Iraq"});
  CHECK(answer.exit_code == 0);
  CHECK_THAT(answer.out, Catch::Contains(kEntity));
}

TEST_CASE("labels with quotes, backslashes, newlines and Arabic survive every format", "[export][e2e]") {
  TempDir dir;
  RequireTool("rapper", "raptor2-utils", dir);
  MakeFixture(dir / "db");
  const std::string tricky = "<" + kEntity + "quds%20force%2Funit%20%231>";
  const std::string label = "<http://www.w3.org/2000/01/rdf-schema#label>";
  for (const auto& [format, syntax] : std::map<std::string, std::string>{
           {"nt", "ntriples"}, {"ttl", "turtle"}, {"nq", "nquads"}}) {
    INFO(format);
    REQUIRE(RunKg({"export", "--db", dir / "db", "--format", format, "-o", dir / ("f." + format)}).exit_code == 0);
    const auto lines = RapperTriples(syntax, dir / ("f." + format), dir);
    CHECK(lines.count(tricky + " " + label + " \"" + RaptorEscaped(kTrickyLabel) + "\"@en .") == 1);
    CHECK(lines.count(tricky + " " + label + " \"" + RaptorEscaped(kTrickyArabic) + "\"@ar .") == 1);
    CHECK(lines.count("<https://kg.example/article/a> <http://purl.org/dc/terms/title> \"" +
                      RaptorEscaped(kTitle) + "\" .") == 1);
    // Through kg's own reader and back.
    const std::string copy = dir / ("copy-" + format + ".db");
    REQUIRE(RunKg({"import", "--db", copy, dir / ("f." + format)}).exit_code == 0);
    REQUIRE(RunKg({"export", "--db", copy, "-o", dir / ("back-" + format + ".nt")}).exit_code == 0);
    CHECK(RapperTriples("ntriples", dir / ("back-" + format + ".nt"), dir) == lines);
  }
}

TEST_CASE("a denied claim is a reified statement in its article's graph, never a triple", "[export][e2e]") {
  TempDir dir;
  MakeFixture(dir / "db");
  REQUIRE(RunKg({"export", "--db", dir / "db", "--format", "nq", "-o", dir / "g.nq"}).exit_code == 0);
  const std::string nq = ReadFile(dir / "g.nq");
  const std::string israel = "<" + kEntity + "israel>", iraq = "<" + kEntity + "iraq>";
  const std::string graph_a = "<https://kg.example/article/a>";
  CHECK_THAT(nq, !Catch::Contains(israel + " <" + kKg + "attacked> " + iraq));
  // The first claim of article a, in reading order, is the denial.
  const std::string claim = "<https://kg.example/article/a/mention/1>";
  for (const std::string& expected : std::initializer_list<std::string>
       {claim + " <" + kRdf + "type> <" + kRdf + "Statement> " + graph_a + " .",
        claim + " <" + kRdf + "subject> " + israel + " " + graph_a + " .",
        claim + " <" + kRdf + "predicate> <" + kKg + "attacked> " + graph_a + " .",
        claim + " <" + kRdf + "object> " + iraq + " " + graph_a + " .",
        claim + " <" + kKg + "negated> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> " + graph_a + " .",
        claim + " <" + kKg + "sentence> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> " + graph_a + " .",
        claim + " <" + kKg + "evidence> \"إسرائيل لم تهاجم العراق أمس.\" " + graph_a + " .",
        // What each article asserts is in its graph; its metadata in the default graph.
        israel + " <" + kKg + "attacked> <" + kEntity + "iran> " + graph_a + " .",
        israel + " <" + kKg + "attacked> <" + kEntity + "iran> <https://kg.example/article/b> .",
        graph_a + " <http://purl.org/dc/terms/date> \"2024-11-19\"^^<http://www.w3.org/2001/XMLSchema#date> .",
        graph_a + " <http://purl.org/dc/terms/source> \"wire service\" ."}) {
    CHECK_THAT(nq, Catch::Contains(expected + "\n"));
  }
  CHECK_THAT(nq, Catch::Contains("<" + kKg + "attributedTo> \"Reuters \\\"quoted\\\"\" " + graph_a));

  // N-Triples: the same claim without a graph, and still no plain triple.
  const auto nt = RunKg({"export", "--db", dir / "db", "--format", "nt"});
  CHECK_THAT(nt.out, Catch::Contains(claim + " <" + kKg + "negated> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"));
  CHECK_THAT(nt.out, !Catch::Contains(israel + " <" + kKg + "attacked> " + iraq));
}

TEST_CASE("DOT has labelled nodes, merged edges with counts and dashed denials, and dot -Tsvg accepts it", "[export][e2e]") {
  TempDir dir;
  RequireTool("dot", "graphviz", dir);
  MakeFixture(dir / "db");
  const auto result = RunKg({"export", "--db", dir / "db", "--format", "dot", "-o", dir / "g.dot"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string dot = ReadFile(dir / "g.dot");
  CHECK_THAT(dot, Catch::Contains("label=<Israel<BR/>إسرائيل>"));
  CHECK_THAT(dot, Catch::Contains("Al &quot;Quds&quot; \\ Force<BR/>second line<BR/>فيلق &quot;القدس&quot; \\ سطر<BR/>ثان"));
  CHECK_THAT(dot, Catch::Contains("[label=<attacked ×2>, penwidth=2.0, tooltip=\""));
  CHECK_THAT(dot, Catch::Contains("[label=<met_with ×2>, penwidth=2.0, dir=none, tooltip="));  // both directions, one edge
  CHECK_THAT(dot, Catch::Contains("[label=<!attacked>, style=dashed"));
  CHECK_THAT(dot, Catch::Contains("shape=octagon"));  // an armed group
  const auto svg = RunTool("dot -Tsvg '" + (dir / "g.dot") + "'", dir);
  INFO(svg.err);
  CHECK(svg.exit_code == 0);
  CHECK_THAT(svg.out, Catch::Contains("Al &quot;Quds&quot; \\ Force") && Catch::Contains("إسرائيل"));

  // The examples' drawing too.
  const std::string db = ExamplesStore(dir);
  REQUIRE(RunKg({"export", "--db", db, "--format", "dot", "-o", dir / "ex.dot"}).exit_code == 0);
  CHECK(RunTool("dot -Tsvg -o /dev/null '" + (dir / "ex.dot") + "'", dir).exit_code == 0);
}

TEST_CASE("kg export --format svg draws Iraq's neighbourhood", "[export][e2e]") {
  TempDir dir;
  const std::string db = ExamplesStore(dir);
  const auto result = RunKg({"export", "--db", db, "--around", "العراق", "-o", dir / "iraq.svg"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string svg = ReadFile(dir / "iraq.svg");
  CHECK_THAT(svg, Catch::Contains("<svg") && Catch::Contains(">Iraq</text>") && Catch::Contains("العراق"));
  CHECK_THAT(svg, Catch::Contains("stroke-dasharray"));  // the denied letters
  // Each edge's tooltip is the sentence of its first claim: the denial's among them.
  const auto denial = RunKg({"query", "--db", db, "--format", "tsv", "--no-header", "Israel !attacked Iraq evidence"});
  REQUIRE(denial.exit_code == 0);
  const std::string sentence = denial.out.substr(denial.out.rfind('\t') + 1);
  const std::string words = sentence.substr(0, std::min(sentence.find_first_of("\"&<>\n"), sentence.find(' ', 40)));
  REQUIRE(words.size() > 20);
  CHECK_THAT(svg, Catch::Contains("xlink:title=\"" + words));
}

TEST_CASE("kg export --around and --query export a part, and bad names and options exit 2", "[export][e2e]") {
  TempDir dir;
  MakeFixture(dir / "db");
  const auto around = RunKg({"export", "--db", dir / "db", "--around", "Iran", "--format", "nt"});
  INFO(around.err);
  REQUIRE(around.exit_code == 0);
  CHECK_THAT(around.out, Catch::Contains("<" + kEntity + "israel> <" + kKg + "attacked> <" + kEntity + "iran> ."));
  CHECK_THAT(around.out, !Catch::Contains("quds"));  // two steps away
  const auto depth2 = RunKg({"export", "--db", dir / "db", "--around", "Iran", "--depth", "2"});
  CHECK_THAT(depth2.out, Catch::Contains("quds"));

  const auto query = RunKg({"export", "--db", dir / "db", "--query", "?x met_with ?y", "--format", "ttl"});
  REQUIRE(query.exit_code == 0);
  CHECK_THAT(query.out, Catch::Contains("kg:met_with entity:iran") && !Catch::Contains("kg:attacked"));
  const auto iri = RunKg({"export", "--db", dir / "db", "--around", "<" + kEntity + "iran>"});
  CHECK(iri.exit_code == 2);  // an entity, not an imported resource: name it by label or id
  CHECK(RunKg({"export", "--db", dir / "db", "--around", "iran"}).exit_code == 0);

  const auto unknown = RunKg({"export", "--db", dir / "db", "--around", "Irann"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown entity 'Irann' at --around") && Catch::Contains("'Iran'"));
  const auto syntax = RunKg({"export", "--db", dir / "db", "--query", "?x attacked"});
  CHECK(syntax.exit_code == 2);
  CHECK_THAT(syntax.err, Catch::Contains("^"));
  CHECK(RunKg({"export", "--db", dir / "db", "--depth", "2"}).exit_code == 2);
  CHECK(RunKg({"export", "--db", dir / "db", "--around", "Iran", "--query", "?x ?p ?y"}).exit_code == 2);
  CHECK(RunKg({"export", "--db", dir / "db", "--format", "rdfxml"}).exit_code == 2);
  CHECK(RunKg({"export", "--db", dir / "db", "--base", "no scheme"}).exit_code == 2);
  CHECK(RunKg({"export", "--db", dir / "none.db"}).exit_code == 3);
  // A file that cannot be written: exit 1, and nothing left under its name.
  const auto unwritable = RunKg({"export", "--db", dir / "db", "-o", dir / "missing/dir/g.nt"});
  CHECK(unwritable.exit_code == 1);
  CHECK_THAT(unwritable.err, Catch::Contains("cannot write " + dir / "missing/dir/g.nt"));
  CHECK(!std::filesystem::exists(dir / "missing"));
  // One that is written whole but cannot take the name (a directory holds it): exit 1, the
  // name keeps what it had, and no partial file is left beside it.
  std::filesystem::create_directories(dir / "taken/g.nt");
  const auto taken = RunKg({"export", "--db", dir / "db", "-o", dir / "taken/g.nt"});
  CHECK(taken.exit_code == 1);
  CHECK_THAT(taken.err, Catch::Contains("cannot write " + dir / "taken/g.nt"));
  CHECK(std::filesystem::is_directory(dir / "taken/g.nt"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir / "taken"), {}) == 1);
}

TEST_CASE("kg export --base names entities and articles, and the vocabulary stays kg's", "[export][e2e]") {
  TempDir dir;
  MakeFixture(dir / "db");
  const auto result = RunKg({"export", "--db", dir / "db", "--base", "https://example.org/news/", "--format", "nt"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("<https://example.org/news/entity/israel> <" + kKg + "attacked> "
                                         "<https://example.org/news/entity/iran> ."));
  CHECK_THAT(result.out, Catch::Contains("<https://example.org/news/article/a/mention/1>"));
}

TEST_CASE("kg export --ontology writes the schema with labels in both languages", "[export][e2e]") {
  TempDir dir;
  RequireTool("rapper", "raptor2-utils", dir);
  const auto result = RunKg({"export", "--ontology", "--format", "ttl", "-o", dir / "kg.ttl"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const long count = RapperCount("turtle", dir / "kg.ttl", dir);
  CHECK(count == ReportedStatements(result.err));
  const auto lines = RapperTriples("turtle", dir / "kg.ttl", dir);
  const std::string owl = "http://www.w3.org/2002/07/owl#";
  CHECK(lines.count("<" + kKg + "met_with> <" + kRdf + "type> <" + owl + "SymmetricProperty> .") == 1);
  CHECK(lines.count("<" + kKg + "attacked> <" + kRdf + "type> <" + owl + "SymmetricProperty> .") == 0);
  CHECK(lines.count("<" + kKg + "ArmedGroup> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <" + kKg + "Entity> .") == 1);
  CHECK(lines.count("<" + kKg + "attacked> <http://www.w3.org/2000/01/rdf-schema#label> \"" +
                    RaptorEscaped("هاجم") + "\"@ar .") == 1);
  CHECK(Count(lines, [&](const NtLine& l) { return l.o == "<" + owl + "ObjectProperty>"; }) == 24);  // 23, kg:article
  CHECK(RunKg({"export", "--ontology", "--format", "dot"}).exit_code == 2);
}

// ---- GraphML ----

namespace {

// What a GraphML reader sees: each node's and edge's data by key, read back by libxml2.
struct GraphmlRead {
  std::map<std::string, std::map<std::string, std::string>> nodes;  // id -> key -> value
  std::vector<std::map<std::string, std::string>> edges;            // key -> value, plus source/target
};

GraphmlRead ReadGraphml(const std::string& path) {
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET),
                                                   xmlFreeDoc);
  REQUIRE(doc);  // well-formed XML
  auto attribute = [](xmlNodePtr node, const char* name) {
    std::unique_ptr<xmlChar, void (*)(void*)> value(xmlGetProp(node, BAD_CAST name), xmlFree);
    return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
  };
  auto data = [&](xmlNodePtr element) {
    std::map<std::string, std::string> values;
    for (xmlNodePtr d = element->children; d; d = d->next) {
      if (d->type != XML_ELEMENT_NODE) continue;
      std::unique_ptr<xmlChar, void (*)(void*)> text(xmlNodeGetContent(d), xmlFree);
      values[attribute(d, "key")] = reinterpret_cast<const char*>(text.get());
    }
    return values;
  };
  GraphmlRead read;
  xmlNodePtr root = xmlDocGetRootElement(doc.get());
  REQUIRE(std::string(reinterpret_cast<const char*>(root->name)) == "graphml");
  for (xmlNodePtr graph = root->children; graph; graph = graph->next) {
    if (graph->type != XML_ELEMENT_NODE || std::string(reinterpret_cast<const char*>(graph->name)) != "graph") continue;
    for (xmlNodePtr e = graph->children; e; e = e->next) {
      if (e->type != XML_ELEMENT_NODE) continue;
      const std::string name = reinterpret_cast<const char*>(e->name);
      if (name == "node") read.nodes[attribute(e, "id")] = data(e);
      if (name != "edge") continue;
      auto values = data(e);
      values["source"] = attribute(e, "source");
      values["target"] = attribute(e, "target");
      read.edges.push_back(std::move(values));
    }
  }
  return read;
}

}  // namespace

TEST_CASE("kg export --format graphml: libxml2 reads a node per entity and an edge per triple, with their claims",
          "[export][e2e]") {
  TempDir dir;
  const std::string db = ExamplesStore(dir);
  const auto result = RunKg({"export", "--db", db, "-o", dir / "g.graphml"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto graph = ReadGraphml(dir / "g.graphml");

  auto store = Store::Open(db, OpenMode::kReadOnly);
  auto view = store->Snapshot();
  const auto stats = view->Stats();
  std::set<TermId> ends;
  Pattern all;
  all.polarity = Pattern::Polarity::kAny;
  for (auto c = view->Scan(all); c->Valid(); c->Next()) ends.insert({c->triple().s, c->triple().o});
  CHECK(graph.nodes.size() == ends.size());
  CHECK(graph.edges.size() == stats.triples);
  CHECK_THAT(result.err, Catch::Contains(std::to_string(stats.triples) + " edges as GraphML"));

  uint64_t claims = 0, denied = 0;
  for (const auto& edge : graph.edges) {
    claims += std::stoull(edge.at("claims"));
    denied += edge.at("negated") == "true";
    CHECK(graph.nodes.count(edge.at("source")) == 1);
    CHECK(graph.nodes.count(edge.at("target")) == 1);
    CHECK_FALSE(edge.at("evidence").empty());  // every triple of the examples was read in a sentence
  }
  CHECK(claims == stats.mentions);
  CHECK(denied > 0);
  // Iraq is a node with its English label, its type and an Arabic name (which name: the unit
  // test of UsualArabicNames).
  bool iraq = false;
  for (const auto& [id, node] : graph.nodes) {
    iraq = iraq || (node.at("label") == "Iraq" && node.at("type") == "COUNTRY" && !node.at("label_ar").empty());
  }
  CHECK(iraq);

  // A part: --around keeps Iraq's own edges.
  REQUIRE(RunKg({"export", "--db", db, "--format", "graphml", "--around", "Iraq", "-o", dir / "iraq.graphml"})
              .exit_code == 0);
  const auto part = ReadGraphml(dir / "iraq.graphml");
  Pattern out, in;
  out.polarity = in.polarity = Pattern::Polarity::kAny;
  out.s = in.o = view->Find(Term::Entity("iraq"));
  CHECK(part.edges.size() == view->Count(out) + view->Count(in));
}

TEST_CASE("GraphML keeps quotes, backslashes, line breaks and Arabic in labels as written", "[export][e2e]") {
  TempDir dir;
  MakeFixture(dir / "db");
  REQUIRE(RunKg({"export", "--db", dir / "db", "--format", "graphml", "-o", dir / "f.graphml"}).exit_code == 0);
  const auto graph = ReadGraphml(dir / "f.graphml");
  bool found = false;
  for (const auto& [id, node] : graph.nodes) found = found || node.at("label") == kTrickyLabel;
  CHECK(found);
}
