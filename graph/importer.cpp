#include "graph/importer.h"

#include <rocksdb/sst_file_writer.h>
#include <serd/serd.h>

#include <algorithm>
#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <thread>

#include "graph/fault_point.h"
#include "graph/stats_delta.h"
#include "graph/term_chunk.h"
#include "graph/term_interner.h"
#include "text/text.h"

namespace kg::graph {
namespace {

namespace fs = std::filesystem;
using encoding::Order;
using encoding::TripleKey;

constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

std::string_view View(const SerdNode* node) {
  return {reinterpret_cast<const char*>(node->buf), node->n_bytes};
}

SerdSyntax SyntaxOf(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".nt") return SERD_NTRIPLES;
  if (ext == ".nq") return SERD_NQUADS;
  if (ext == ".ttl") return SERD_TURTLE;
  if (ext == ".trig") return SERD_TRIG;
  throw ImportError(path + ": unknown RDF format '" + ext + "' (kg imports .nt, .nq, .ttl and .trig)");
}

// What the parser callbacks fill in.
struct ParseState {
  std::string path;
  std::string blank_prefix;  // blank node labels are scoped to one import
  SerdEnv* env = nullptr;
  TermInterner* terms = nullptr;
  std::vector<Triple> triples;
  std::vector<std::pair<std::string, TermId>> labels;  // rdfs:label literal -> subject
  std::string error;
  std::exception_ptr failure;  // thrown by a callback, rethrown when serd has returned
  uint64_t statements = 0;
  TermId rdfs_label = kNoTerm;

  // Statements come grouped by subject and often repeat a predicate: the last of each is
  // remembered to skip the dictionary.
  struct LastNode {
    SerdType type = SERD_NOTHING;
    std::string bytes;
    TermId id = kNoTerm;
  } last_subject, last_predicate;

  // An IRI or CURIE made absolute against the document's base and prefixes. The view points
  // into the node or into expanded_, until the next call.
  std::string_view Expand(const SerdNode* node) {
    if (node->type == SERD_URI && serd_uri_string_has_scheme(node->buf)) return View(node);
    SerdNode expanded = serd_env_expand_node(env, node);
    if (!expanded.buf) {
      // serd reports no place here: the statement's number stands in for it.
      throw ImportError(path + ": statement " + std::to_string(statements + 1) + ": cannot expand '" +
                        std::string(View(node)) +
                        "' (an undefined prefix, or a relative IRI with no base) (nothing was imported)");
    }
    expanded_.assign(View(&expanded));
    serd_node_free(&expanded);
    return expanded_;
  }

  TermId Intern(const SerdNode* node, const SerdNode* datatype, const SerdNode* lang) {
    scratch_.clear();
    switch (node->type) {
      case SERD_URI:
      case SERD_CURIE:
        encoding::AppendTerm(&scratch_, TermKind::kIri, Expand(node));
        break;
      case SERD_BLANK:
        scratch_.push_back(static_cast<char>(TermKind::kBlank));
        scratch_.append(blank_prefix).append(View(node));
        break;
      case SERD_LITERAL:
        encoding::AppendTerm(&scratch_, TermKind::kLiteral, View(node),
                             lang ? View(lang) : std::string_view(),
                             datatype ? Expand(datatype) : std::string_view());
        break;
      default:
        throw ImportError(path + ": a statement has an empty node");
    }
    return terms->InternEncoded(scratch_);
  }

  TermId InternRemembered(const SerdNode* node, LastNode* last) {
    if (node->type != last->type || View(node) != last->bytes) {
      last->id = Intern(node, nullptr, nullptr);
      last->type = node->type;
      last->bytes.assign(View(node));
    }
    return last->id;
  }

  TermId InternPredicate(const SerdNode* node) {
    const TermId before = last_predicate.id;
    const TermId id = InternRemembered(node, &last_predicate);
    if (id != before && rdfs_label == kNoTerm && std::string_view(scratch_).substr(1) == kRdfsLabel) rdfs_label = id;
    return id;
  }

 private:
  std::string scratch_, expanded_;
};

SerdStatus OnBase(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<ParseState*>(handle)->env, uri);
}

SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<ParseState*>(handle)->env, name, uri);
}

void AddStatement(ParseState* state, const SerdNode* subject, const SerdNode* predicate,
                  const SerdNode* object, const SerdNode* object_datatype, const SerdNode* object_lang) {
  const TermId s = state->InternRemembered(subject, &state->last_subject);
  const TermId p = state->InternPredicate(predicate);
  const TermId o = state->Intern(object, object_datatype, object_lang);
  state->triples.push_back(Triple{s, p, o, false});
  ++state->statements;
  if (object->type == SERD_LITERAL && p == state->rdfs_label) {
    state->labels.emplace_back(std::string(View(object)), s);
  }
}

// serd is C: an exception must not unwind through it (its reader and the file would leak).
// It is kept, the parse stops, and Parse rethrows it once serd is done.
SerdStatus OnStatement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object,
                       const SerdNode* object_datatype, const SerdNode* object_lang) {
  auto* state = static_cast<ParseState*>(handle);
  try {
    AddStatement(state, subject, predicate, object, object_datatype, object_lang);
  } catch (...) {
    state->failure = std::current_exception();
    return SERD_FAILURE;
  }
  return SERD_SUCCESS;
}

SerdStatus OnError(void* handle, const SerdError* error) {
  auto* state = static_cast<ParseState*>(handle);
  if (!state->error.empty()) return SERD_SUCCESS;  // the first error is the one to fix
  char message[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(message, sizeof message, error->fmt, args);
  va_end(args);
  std::string text = message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  state->error = state->path + ":" + std::to_string(error->line) + ":" +
                 std::to_string(error->col) + ": " + text;
  return SERD_SUCCESS;
}

// A piece of a file: bytes [begin, end), which serd reads through a source that stops at end.
struct Piece {
  uint64_t begin = 0, end = 0;
};

struct PieceSource {
  FILE* file;
  uint64_t left;
};

size_t ReadPiece(void* buffer, size_t size, size_t count, void* stream) {
  auto* source = static_cast<PieceSource*>(stream);
  const size_t n = std::fread(buffer, size, std::min<uint64_t>(count, source->left / size), source->file);
  source->left -= n * size;
  return n;
}

int PieceError(void* stream) { return std::ferror(static_cast<PieceSource*>(stream)->file); }

// Parses the file, or only the piece of it when one is given (N-Triples only: its statements
// are whole lines, and the lines of a piece need nothing from those before them).
void Parse(ParseState* state, const ImportOptions& options, const std::optional<Piece>& piece = {}) {
  FILE* file = std::fopen(state->path.c_str(), "rb");
  if (!file) throw ImportError(state->path + ": cannot open: " + std::strerror(errno));
  std::error_code ec;
  const auto size = piece ? piece->end - piece->begin : fs::file_size(state->path, ec);
  if (!ec) state->triples.reserve(size / 100);  // N-Triples lines run about 100 bytes
  const SerdSyntax syntax = SyntaxOf(state->path);
  SerdReader* reader = serd_reader_new(syntax, state, nullptr, OnBase, OnPrefix, OnStatement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, OnError, state);
  const auto* name = reinterpret_cast<const uint8_t*>(state->path.c_str());
  SerdStatus status = SERD_SUCCESS;
  PieceSource source{file, piece ? piece->end - piece->begin : 0};
  if (syntax == SERD_NQUADS) {
    // serd 0.30 reads a chunk as a Turtle statement, which stops at a quad's graph; its
    // whole-document reader knows N-Quads. SERD_FAILURE is how the chunks end.
    status = serd_reader_read_file_handle(reader, file, name);
    if (status == SERD_SUCCESS) status = SERD_FAILURE;
  } else {
    if (!piece) {
      status = serd_reader_start_stream(reader, file, name, true);
    } else if (std::fseek(file, static_cast<long>(piece->begin), SEEK_SET) != 0) {
      status = SERD_ERR_UNKNOWN;
    } else {
      status = serd_reader_start_source_stream(reader, ReadPiece, PieceError, &source, name, 4096);
    }
    uint64_t chunks = 0;
    while (status == SERD_SUCCESS) {
      status = serd_reader_read_chunk(reader);
      if (options.progress && (++chunks & 0xffff) == 0) {
        options.progress(static_cast<uint64_t>(std::ftell(file)));
      }
    }
    serd_reader_end_stream(reader);
  }
  serd_reader_free(reader);
  const bool read_error = std::ferror(file);
  std::fclose(file);
  if (state->failure) std::rethrow_exception(state->failure);
  if (read_error) throw ImportError(state->path + ": read error");
  if (status != SERD_FAILURE && state->error.empty()) {
    state->error = state->path + ": " + reinterpret_cast<const char*>(serd_strerror(status));
  }
  if (!state->error.empty()) throw ImportError(state->error + " (nothing was imported)");
}

// An N-Triples file of this many bytes or more is parsed in pieces, one a core.
constexpr uint64_t kPieceBytes = 4 << 20;

// The file cut at line ends into up to `count` pieces of about the same size.
std::vector<Piece> LinePieces(const std::string& path, uint64_t size, unsigned count) {
  std::vector<Piece> pieces;
  FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return pieces;
  uint64_t begin = 0;
  for (unsigned k = 1; k < count; ++k) {
    uint64_t cut = size * k / count;
    if (cut <= begin || std::fseek(file, static_cast<long>(cut), SEEK_SET) != 0) break;
    int c;
    while ((c = std::fgetc(file)) != EOF && c != '\n') ++cut;
    if (c == EOF) break;
    pieces.push_back({begin, cut + 1});
    begin = cut + 1;
  }
  std::fclose(file);
  pieces.push_back({begin, size});
  return pieces;
}

// Parses an N-Triples file in pieces on as many threads, each with an interner of its own, and
// gives their triples the store's ids: each piece's terms are interned in the order the piece
// first used them, after those of the pieces before it, which is the order (and so are the ids)
// of parsing the file whole. False when a piece did not parse: only a parse of the whole file
// tells which statement is at fault, and where.
bool ParseInPieces(ParseState* state, const Reader& reader, const ImportOptions& options) {
  std::error_code ec;
  const uint64_t size = fs::file_size(state->path, ec);
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (ec || SyntaxOf(state->path) != SERD_NTRIPLES || cores < 2 || size < kPieceBytes) return false;
  const auto pieces = LinePieces(state->path, size, std::min<uint64_t>(cores, size / kPieceBytes));
  if (pieces.size() < 2) return false;

  struct PieceParse {
    std::unique_ptr<TermInterner> terms;
    ParseState state;
    bool ok = false;
  };
  std::vector<PieceParse> parses(pieces.size());
  auto parse = [&](size_t i, const ImportOptions& piece_options) {
    PieceParse& p = parses[i];
    p.terms = std::make_unique<TermInterner>(reader, IdCounters{}, true);
    p.state.path = state->path;
    p.state.blank_prefix = state->blank_prefix;
    p.state.env = serd_env_new(nullptr);
    p.state.terms = p.terms.get();
    try {
      Parse(&p.state, piece_options, pieces[i]);
      p.ok = true;
    } catch (...) {
      // The whole file is parsed again, for the message (an exception must not leave a thread).
    }
    serd_env_free(p.state.env);
  };
  std::vector<std::thread> threads;
  for (size_t i = 1; i < pieces.size(); ++i) threads.emplace_back(parse, i, ImportOptions{});
  parse(0, options);  // this thread's piece reports progress
  for (auto& thread : threads) thread.join();
  if (!std::ranges::all_of(parses, &PieceParse::ok)) return false;

  size_t total = 0;
  for (const auto& p : parses) total += p.state.triples.size();
  state->triples.reserve(total);
  for (auto& p : parses) {
    // Local ids are dense in two numberings, resources from 1 and literals from kFirstLiteralId.
    std::vector<TermId> resources(1, kNoTerm), literals(1, kNoTerm);
    for (const auto& [local, encoded] : p.terms->added()) {
      (IsLiteralId(local) ? literals : resources).push_back(state->terms->InternEncoded(encoded));
    }
    auto global = [&](TermId local) {
      return IsLiteralId(local) ? literals[local & ~kLiteralBit] : resources[local];
    };
    for (const Triple& t : p.state.triples) state->triples.push_back({global(t.s), global(t.p), global(t.o), false});
    for (auto& [label, subject] : p.state.labels) state->labels.emplace_back(std::move(label), global(subject));
    state->statements += p.state.statements;
    p = PieceParse{};  // its memory goes before the next piece's is copied
  }
  return true;
}

rocksdb::Slice AsSlice(const TripleKey& key) { return {key.data(), key.size()}; }

// Writes one column family's sorted entries to an SST file; empty when there are none.
class SstBuilder {
 public:
  SstBuilder(const Db& db, Cf cf, std::string path)
      // The written pages stay in the page cache (RocksDB's default drops them as it writes):
      // the queries after an import read them, and at 10M triples the first read them back
      // from disk for seconds.
      : writer_(rocksdb::EnvOptions(), db.db()->GetOptions(db.cf(cf)), db.cf(cf), false),
        cf_(db.cf(cf)),
        path_(std::move(path)) {}

  void Put(const rocksdb::Slice& key, const rocksdb::Slice& value) {
    Open();
    ThrowIfError(writer_.Put(key, value), "cannot write " + path_);
  }
  // For a value the store may hold already, to which this one adds (a chunk of terms).
  void Merge(const rocksdb::Slice& key, const rocksdb::Slice& value) {
    Open();
    ThrowIfError(writer_.Merge(key, value), "cannot write " + path_);
  }

  // Adds this file to the ingestion, if it has anything.
  void Finish(std::vector<rocksdb::IngestExternalFileArg>* args) {
    if (!open_) return;
    ThrowIfError(writer_.Finish(), "cannot write " + path_);
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = cf_;
    arg.external_files = {path_};
    arg.options.move_files = true;
    args->push_back(std::move(arg));
  }

 private:
  void Open() {
    if (open_) return;
    ThrowIfError(writer_.Open(path_), "cannot write " + path_);
    open_ = true;
  }

  rocksdb::SstFileWriter writer_;
  rocksdb::ColumnFamilyHandle* cf_;
  std::string path_;
  bool open_ = false;
};

// The triples' keys in one order, sorted as RocksDB sorts them. Sorting the ids, not the key
// bytes, is the same order (keys are big-endian) at a fraction of the cost.
std::vector<TripleKey> SortedKeys(Order order, std::vector<Triple> triples) {
  auto sort_key = [order](const Triple& t) {
    const TermId p = encoding::KeyPredicate(t.p, t.negated);
    if (order == Order::kPos) return std::tuple(p, t.o, t.s);
    if (order == Order::kOsp) return std::tuple(t.o, t.s, p);
    return std::tuple(t.s, p, t.o);
  };
  std::ranges::sort(triples, {}, sort_key);
  std::vector<TripleKey> keys;
  keys.reserve(triples.size());
  for (const auto& t : triples) keys.push_back(encoding::EncodeTriple(order, t));
  return keys;
}

}  // namespace

ImportResult ImportRdf(Db& db, IdCounters* counters, const std::string& path,
                       const ImportOptions& options) {
  Reader reader(db, nullptr);
  const bool store_is_empty = counters->terms() == 0;
  const uint64_t import_number = reader.GetCounter(encoding::GlobalStatKey(kImportsKey)) + 1;
  TermInterner terms(reader, *counters, store_is_empty);

  ParseState state;
  state.path = path;
  state.blank_prefix = std::to_string(import_number) + ":";
  state.env = serd_env_new(nullptr);
  state.terms = &terms;
  try {
    if (!ParseInPieces(&state, reader, options)) Parse(&state, options);
  } catch (...) {
    serd_env_free(state.env);
    throw;
  }
  serd_env_free(state.env);

  // Distinct triples, and what each adds to what the store holds.
  auto spo = SortedKeys(Order::kSpo, std::move(state.triples));
  spo.erase(std::unique(spo.begin(), spo.end()), spo.end());
  std::vector<std::pair<TripleKey, std::string>> spo_values;
  std::vector<Triple> added;
  spo_values.reserve(spo.size());
  added.reserve(spo.size());
  const encoding::Support imported{0, true};
  const std::string imported_value = encoding::EncodeSupport(imported);
  StatsDelta stats;
  for (const auto& key : spo) {
    auto before = store_is_empty ? std::nullopt : reader.GetSupport(key);
    if (before && before->imported) continue;
    if (before) {
      spo_values.emplace_back(key, encoding::EncodeSupport({before->mentions, true}));
      continue;
    }
    spo_values.emplace_back(key, imported_value);
    added.push_back(encoding::DecodeTriple(Order::kSpo, key.data()));
    stats.AddTriple(added.back());
  }
  spo.clear();
  spo.shrink_to_fit();
  stats.AddToCounter(kEntitiesCounter, static_cast<int64_t>(terms.entities_added()));
  stats.AddToCounter(kImportsKey, 1);

  const std::string dir = db.ImportDir();
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) throw ImportError("cannot create " + dir + ": " + ec.message());
  auto builder = [&](Cf cf, const char* name) { return SstBuilder(db, cf, dir + "/" + name + ".sst"); };
  // The files are independent of each other: written at once, one a core, the longest first
  // (at 10M triples: names and statistics, then the POS and OSP orders).
  // Each task fills its own list of files to ingest.
  const std::vector<std::function<void(std::vector<rocksdb::IngestExternalFileArg>*)>> tasks = {
      [&](auto* args) {
        // Sorted once rather than kept in a map: a tree of two million names took 18 s of 62 at
        // 10M triples. The first label of a key is the one kept.
        std::vector<std::pair<std::string, std::string_view>> names;
        names.reserve(state.labels.size());
        for (const auto& [label, id] : state.labels) {
          std::string key = text::MatchKey(label);
          if (key.empty()) continue;
          key.push_back('\0');
          encoding::PutId(&key, id);
          names.emplace_back(std::move(key), label);
        }
        std::ranges::stable_sort(names, {}, &std::pair<std::string, std::string_view>::first);
        SstBuilder sst = builder(Cf::kNames, "names");
        for (size_t i = 0; i < names.size(); ++i) {
          if (i > 0 && names[i].first == names[i - 1].first) continue;
          sst.Put(names[i].first, rocksdb::Slice(names[i].second.data(), names[i].second.size()));
        }
        sst.Finish(args);
      },
      [&](auto* args) {
        SstBuilder sst = builder(Cf::kStats, "stats");
        for (const auto& [key, value] : stats.Resolve(reader)) sst.Put(key, value);
        sst.Finish(args);
        SstBuilder meta = builder(Cf::kMeta, "meta");
        meta.Put(std::string(kNextIdsKey), terms.counters().Encode());
        meta.Finish(args);
      },
      [&](auto* args) {
        SstBuilder sst = builder(Cf::kPos, "pos");
        std::string storage;
        for (const auto& key : SortedKeys(Order::kPos, added)) {
          const std::string_view subject = terms.Encoded(encoding::DecodeTriple(Order::kPos, key.data()).s, &storage);
          sst.Put(AsSlice(key), rocksdb::Slice(subject.data(), subject.size()));
        }
        sst.Finish(args);
      },
      [&](auto* args) {
        SstBuilder sst = builder(Cf::kOsp, "osp");
        for (const auto& key : SortedKeys(Order::kOsp, added)) sst.Put(AsSlice(key), {});
        sst.Finish(args);
      },
      [&](auto* args) {
        SstBuilder sst = builder(Cf::kSpo, "spo");
        for (const auto& [key, value] : spo_values) sst.Put(AsSlice(key), value);
        sst.Finish(args);
      },
      [&](auto* args) {
        SstBuilder ids = builder(Cf::kTerms, "terms");
        std::vector<std::pair<TermId, std::string_view>> by_id(terms.added().begin(), terms.added().end());
        std::ranges::sort(by_id);  // resources, then literals
        std::vector<std::pair<std::string_view, TermId>> index;
        // A chunk opened by this import is put whole; the one the store was filling is added to.
        std::string chunk;
        bool addition = false;
        for (size_t i = 0; i < by_id.size(); ++i) {
          const auto& [id, encoded] = by_id[i];
          if (chunk.empty()) addition = !term_chunk::Opens(id);
          term_chunk::Append(&chunk, id, encoded);
          index.emplace_back(encoded, id);
          if (i + 1 == by_id.size() || term_chunk::ChunkOf(by_id[i + 1].first) != term_chunk::ChunkOf(id)) {
            addition ? ids.Merge(term_chunk::Key(id), chunk) : ids.Put(term_chunk::Key(id), chunk);
            chunk.clear();
          }
        }
        ids.Finish(args);
        std::ranges::sort(index);
        SstBuilder by_term = builder(Cf::kTermIndex, "term_index");
        for (const auto& [encoded, id] : index) by_term.Put(encoded, encoding::IdKey(id));
        by_term.Finish(args);
      },
  };
  std::vector<std::vector<rocksdb::IngestExternalFileArg>> files(tasks.size());
  std::vector<std::exception_ptr> failures(tasks.size());
  std::atomic<size_t> next = 0;
  auto work = [&] {
    for (size_t i; (i = next++) < tasks.size();) {
      try {
        tasks[i](&files[i]);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  try {
    {
      std::vector<std::jthread> workers(std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), tasks.size()) - 1);
      for (auto& worker : workers) worker = std::jthread(work);
      work();
    }
    for (const auto& failure : failures) {
      if (failure) std::rethrow_exception(failure);
    }
    std::vector<rocksdb::IngestExternalFileArg> args;
    for (auto& list : files) std::ranges::move(list, std::back_inserter(args));
    FaultPoint("import-files-written");
    ThrowIfError(db.db()->IngestExternalFiles(args), "cannot ingest the import into " + db.dir());
    FaultPoint("import-ingested");
  } catch (...) {
    fs::remove_all(dir, ec);
    throw;
  }
  fs::remove_all(dir, ec);
  *counters = terms.counters();
  return ImportResult{state.statements, added.size(), terms.added().size()};
}

}  // namespace kg::graph
