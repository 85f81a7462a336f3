// kg ingest: articles in, triples stored. Extraction runs on N threads while this thread, the
// one writer, commits whole articles; an article whose content is unchanged is skipped.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/article_inputs.h"
#include "cli/command.h"
#include "extract/article.h"
#include "extract/corpus.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/store.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::atomic<bool> stop_requested{false};
void OnInterrupt(int) { stop_requested = true; }

// An article extracted and ready to commit, or the reason it could not be.
struct Extracted {
  std::optional<graph::Document> document;
  bool unchanged = false;  // stored already with the same content: nothing to extract
  std::string error;
  std::vector<std::string> warnings;
  uint64_t bytes = 0;
};

Extracted Extract(const extract::Extractor& extractor, const graph::View& stored, Input input) {
  Extracted out;
  out.bytes = input.bytes.size();
  InputArticle read = ReadInput(std::move(input));
  out.warnings = std::move(read.warnings);
  if (!read.error.empty()) {
    out.error = std::move(read.error);
    return out;
  }
  auto& article = read.article;
  graph::Document doc;
  doc.name = article.name;
  doc.source = read.source;
  doc.outlet = read.outlet;
  doc.title = read.title;
  doc.date = article.date;
  doc.extractor = std::string(extractor.version());
  doc.text = article.text;
  // An article stored with the same content needs no extraction: a re-run costs a read.
  if (const auto id = stored.Find(graph::Term::Document(doc.name))) {
    if (const auto info = stored.GetDocument(*id); info && info->content_hash == graph::ContentHash(doc)) {
      out.unchanged = true;
      return out;
    }
  }
  doc.statements = extractor.Extract(article);
  out.document = std::move(doc);
  return out;
}

class Progress {
 public:
  explicit Progress(uint64_t total_bytes) : total_(total_bytes), terminal_(isatty(STDERR_FILENO)) {}

  void Update(uint64_t articles, uint64_t bytes, bool last = false) {
    const auto now = Clock::now();
    if (!last && now - shown_ < (terminal_ ? std::chrono::milliseconds(200) : std::chrono::seconds(10))) return;
    shown_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mbps = seconds > 0 ? bytes / 1048576.0 / seconds : 0;
    char eta[32] = "";
    if (total_ > bytes && bytes > 0 && seconds > 0) {
      std::snprintf(eta, sizeof eta, ", ETA %.0f s", (total_ - bytes) / (bytes / seconds));
    }
    std::fprintf(stderr, "%s%llu articles, %.1f MB/s%s%s", terminal_ ? "\r\033[K" : "",
                 static_cast<unsigned long long>(articles), mbps, eta, terminal_ && !last ? "" : "\n");
  }

  double seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  Clock::time_point start_ = Clock::now(), shown_ = Clock::now();
  uint64_t total_;
  bool terminal_;
};

}  // namespace

int Ingest(const Context& context, const IngestOptions& options) {
  const auto extractor = extract::Extractor::Load(
      options.data.empty() ? extract::DefaultDataDir() : fs::path(options.data),
      {.min_confidence = options.min_confidence, .model = options.model, .rules_only = false});
  auto store = graph::Store::Open(context.db, graph::OpenMode::kCreateIfMissing);
  Inputs inputs(options.paths, options.fields);
  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());

  // Workers take inputs and hand extracted articles to this thread through a bounded queue.
  std::mutex mutex;
  std::condition_variable ready, room;
  std::deque<Extracted> done;
  std::vector<std::string> input_errors;
  unsigned running = jobs;
  const size_t max_queued = 4 * jobs;
  auto work = [&] {
    // Each worker reads the store through its own view to skip unchanged articles.
    const auto stored = store->Snapshot();
    while (!stop_requested) {
      std::optional<Input> input;
      {
        std::lock_guard lock(mutex);
        input = inputs.Next(&input_errors);
      }
      if (!input) break;
      Extracted extracted;
      try {
        extracted = Extract(extractor, *stored, std::move(*input));
      } catch (const std::exception& e) {
        extracted.error = std::string(e.what());
      }
      std::unique_lock lock(mutex);
      room.wait(lock, [&] { return done.size() < max_queued || stop_requested; });
      done.push_back(std::move(extracted));
      ready.notify_one();
    }
    std::lock_guard lock(mutex);
    --running;
    ready.notify_one();
  };
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) workers.emplace_back(work);

  uint64_t added = 0, removed = 0, bytes = 0, articles = 0;
  uint64_t counts[3] = {0, 0, 0};  // new, updated, unchanged
  uint64_t failed = 0;
  Progress progress(inputs.bytes_total());
  while (true) {
    Extracted item;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return !done.empty() || running == 0 || !input_errors.empty(); });
      for (const auto& error : input_errors) std::fprintf(stderr, "kg: %s\n", error.c_str());
      failed += input_errors.size();
      input_errors.clear();
      if (done.empty()) {
        if (running == 0) break;
        continue;
      }
      item = std::move(done.front());
      done.pop_front();
      room.notify_one();
    }
    for (const auto& warning : item.warnings) std::fprintf(stderr, "kg: warning: %s\n", warning.c_str());
    bytes += item.bytes;
    ++articles;
    if (item.unchanged) {
      ++counts[static_cast<int>(graph::DocumentChange::kUnchanged)];
      progress.Update(articles, bytes);
      continue;
    }
    if (!item.document) {
      std::fprintf(stderr, "kg: %s\n", item.error.c_str());
      ++failed;
      continue;
    }
    graph::PutResult result;
    try {
      result = store->PutDocument(*item.document);
    } catch (...) {
      // The store cannot be written (a full disk): the workers stop before the error leaves.
      {
        std::lock_guard lock(mutex);
        stop_requested = true;
        room.notify_all();
      }
      for (auto& worker : workers) worker.join();
      stop_requested = false;
      throw;
    }
    ++counts[static_cast<int>(result.change)];
    added += result.triples_added;
    removed += result.triples_removed;
    progress.Update(articles, bytes);
  }
  for (auto& worker : workers) worker.join();
  const double seconds = progress.seconds();
  std::printf("%llu new, %llu updated, %llu unchanged, %llu failed; %llu triples added, %llu removed "
              "in %.2f s (%.1f MB/s)%s\n",
              static_cast<unsigned long long>(counts[0]), static_cast<unsigned long long>(counts[1]),
              static_cast<unsigned long long>(counts[2]), static_cast<unsigned long long>(failed),
              static_cast<unsigned long long>(added), static_cast<unsigned long long>(removed), seconds,
              seconds > 0 ? bytes / 1048576.0 / seconds : 0.0,
              stop_requested ? "; interrupted, the rest was not read" : "");
  const bool interrupted = stop_requested.exchange(false);
  return failed || interrupted ? kExitFailed : kExitOk;
}

void AddIngestCommand(CLI::App* kg, Context* context) {
  auto options = std::make_shared<IngestOptions>();
  auto* command = kg->add_subcommand("ingest", "Extract triples from articles and store them");
  AddDbOption(command, context);
  command->add_option("PATH", options->paths,
                      ".txt files, directories of them, JSON-lines corpora (.jsonl), or - for stdin")
      ->required();
  command->add_option("--jobs,-j", options->jobs, "Extraction threads (default: the cores)");
  command->add_option("--data", options->data, "Lexicon directory (default: $KG_DATA, else kg's data/)");
  command->add_option("--min-confidence", options->min_confidence,
                      "Store only triples at least this confident (0 to 1; default 0: all the model accepts)")
      ->check(CLI::Range(0.0, 1.0));
  command->add_option("--model", options->model,
                      "Relation model made by kg train (default: relations.model of the data directory)");
  command->add_option("--text-field", options->fields.text, "JSON field of the article text")->capture_default_str();
  command->add_option("--id-field", options->fields.id, "JSON field of the article id")->capture_default_str();
  command->add_option("--date-field", options->fields.date, "JSON field of the date (RFC 2822 or ISO 8601)")
      ->capture_default_str();
  command->add_option("--title-field", options->fields.title, "JSON field of the title")->capture_default_str();
  command->add_option("--source-field", options->fields.outlet, "JSON field of the outlet that published it")
      ->capture_default_str();
  command->footer(
      "Articles already stored with the same content are skipped; changed content replaces its\n"
      "old triples. Bad inputs are reported and skipped; the exit code is 1 if any failed. Ctrl-C\n"
      "stops after the articles in hand.\n\nExamples:\n  kg ingest examples/\n"
      "  kg ingest --db news.db ../shared/corpus/ant-politics.jsonl");
  command->callback([context, options] {
    struct sigaction action {};
    action.sa_handler = OnInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    context->exit_code = Ingest(*context, *options);
  });
}

}  // namespace kg::cli
