// kg repl: an interactive session over a store, in the manner of sqlite3 or duckdb's shell.
// On a terminal it edits lines with GNU readline, keeps a history file and completes keywords,
// predicates and entity names; on a pipe it reads statements from stdin without prompts.
#include <readline/history.h>
#include <readline/readline.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <set>

#include "cli/command.h"
#include "cli/query_language_help.h"
#include "cli/terminal_width.h"
#include "graph/schema.h"
#include "graph/store.h"
#include "query/engine.h"
#include "query/error.h"
#include "query/format.h"
#include "query/parser.h"
#include "text/text.h"

namespace kg::cli {
namespace {

std::atomic<bool> interrupted{false};
std::atomic<bool> at_prompt{false};

// Ctrl-C stops the running query and keeps the session; at the prompt it clears the line.
void OnInterrupt(int) {
  interrupted = true;
  if (at_prompt) {
    (void)!write(STDOUT_FILENO, "\n", 1);
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
  }
}

// What tab completes: keywords, the schema's predicates and the store's names. A name of
// several words completes inside quotes ("Donald T → "Donald Trump"). Names are found by their
// text::MatchKey and kept when they begin with what was typed (ASCII case aside): readline
// writes a completion after the typed text, not over it.
struct Completions {
  std::vector<std::string> words;                        // keywords and predicates
  std::vector<std::pair<std::string, std::string>> names;  // (MatchKey, name), sorted by key
};

Completions& TheCompletions() {
  static Completions completions;
  return completions;
}

char* NextWord(const char* typed, int state) {
  static std::vector<std::string> matches;
  static size_t index;
  if (state == 0) {
    matches.clear();
    index = 0;
    const std::string prefix = typed;
    const bool quoted = rl_completion_quote_character == '"';
    const auto& all = TheCompletions();
    if (!quoted) {
      for (const auto& word : all.words) {
        if (word.compare(0, prefix.size(), prefix) == 0) matches.push_back(word);
      }
    }
    const std::string key = text::MatchKey(prefix);
    if (!key.empty() || quoted) {
      auto it = std::ranges::lower_bound(all.names, key, {}, &std::pair<std::string, std::string>::first);
      auto begins = [&](const std::string& name) {
        return name.size() >= prefix.size() &&
               std::equal(prefix.begin(), prefix.end(), name.begin(), [](char a, char b) {
                 return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
               });
      };
      for (; it != all.names.end() && it->first.compare(0, key.size(), key) == 0 && matches.size() < 1000; ++it) {
        // Outside quotes only a name of one word completes; the others need their quotes.
        if ((quoted || it->second.find(' ') == std::string::npos) && begins(it->second)) {
          matches.push_back(it->second);
        }
      }
    }
    std::ranges::sort(matches);
    matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
  }
  return index < matches.size() ? strdup(matches[index++].c_str()) : nullptr;
}

char** Complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // no file names
  return rl_completion_matches(text, NextWord);
}

std::string HistoryPath() {
  if (const char* path = std::getenv("KG_HISTORY"); path && *path) return path;
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.kg_history";
  return ".kg_history";
}

// Whether the text ends a statement: a ';' last, outside strings and comments.
bool EndsStatement(std::string_view text) {
  bool in_string = false, in_comment = false, escaped = false;
  char last = 0;
  for (char c : text) {
    if (in_comment) {
      in_comment = c != '\n';
      continue;
    }
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '#') in_comment = true;
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && !in_comment) last = c;
  }
  return !in_string && last == ';';
}

constexpr const char* kHelp =
    "Statements end with ';' or a blank line. Examples:\n"
    "  ?who attacked Israel;\n"
    "  select ?x, count(*) as ?n where ?x attacked ?y group by ?x order by ?n desc limit 5;\n"
    "  path Iran to \"مجلس الأمن\" max 4;\n"
    "Commands:\n"
    "  :help [query-language]     this text, or the language at a glance\n"
    "  :stats                     articles, entities and triples by predicate\n"
    "  :history                   the statements typed on this terminal, oldest first\n"
    "  :format table|tsv|csv|json how results print\n"
    "  :timing on|off             print each statement's time\n"
    "  :load PATH                 ingest articles (.txt, a directory, .jsonl)\n"
    "  :explain STATEMENT         the plan instead of the answer\n"
    "  :quit                      leave (or Ctrl-D)\n"
    "Tab completes keywords, predicates and names (a name of several words inside quotes);\n"
    "Tab twice lists the choices. Ctrl-C interrupts a running query. ':help query-language'\n"
    "summarises the language; docs/query-language.md is its reference.\n";

class Repl {
 public:
  Repl(const Context& context, bool interactive)
      : context_(context),
        store_(graph::Store::Open(context.db, graph::OpenMode::kReadOnly)),
        interactive_(interactive) {}

  int Run() {
    if (interactive_) StartTerminal();
    std::string buffer;
    std::string line;
    while (ReadLine(buffer.empty() ? "kg> " : "..> ", &line)) {
      if (interrupted.exchange(false)) buffer.clear();
      if (buffer.empty() && line.starts_with(':')) {
        if (!Command(line)) break;
        continue;
      }
      const bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
      if (blank && buffer.find_first_not_of(" \t\r\n") == std::string::npos) {
        buffer.clear();
        continue;
      }
      if (!blank) buffer += line + "\n";
      if (blank || EndsStatement(buffer)) {
        if (interactive_) add_history(buffer.substr(0, buffer.size() - 1).c_str());
        Execute(buffer, false);
        buffer.clear();
      }
    }
    if (buffer.find_first_not_of(" \t\r\n") != std::string::npos) Execute(buffer, false);
    if (interactive_) {
      write_history(HistoryPath().c_str());
      std::cout << '\n';
    }
    return failed_ && !interactive_ ? kExitUsage : kExitOk;
  }

 private:
  void StartTerminal() {
    auto& completions = TheCompletions();
    completions.words = {
        "select", "distinct", "where", "filter", "group", "by", "order", "limit", "offset", "ask", "path",
        "to", "max", "via", "describe", "explain", "evidence", "from", "since", "until", "count", "articles",
        "mentions", "day", "month", "year", "source", "attribution", "according", "type", "label", "arabic", "isentity", "doc", "date", "and",
        "or", "not", "contains", "asc", "desc", ":help", ":stats", ":format", ":timing", ":explain",
        ":load", ":history", ":quit"};
    for (const auto& p : graph::SchemaPredicates()) completions.words.emplace_back(p.id);
    completions.names.clear();
    store_->Snapshot()->ForEachName([&](std::string_view key, std::string_view name, graph::TermId) {
      if (completions.names.size() < 200000) completions.names.emplace_back(std::string(key), std::string(name));
    });
    std::ranges::sort(completions.names);
    rl_attempted_completion_function = Complete;
    rl_basic_word_break_characters = const_cast<char*>(" \t\n(),.;");
    rl_completer_quote_characters = const_cast<char*>("\"");
    read_history(HistoryPath().c_str());
    std::cout << "kg " KG_VERSION " on " << store_->dir() << ". :help for help, :quit to leave.\n";
  }

  bool ReadLine(const char* prompt, std::string* line) {
    if (!interactive_) return static_cast<bool>(std::getline(std::cin, *line));
    at_prompt = true;
    char* text = readline(prompt);
    at_prompt = false;
    if (!text) return false;
    *line = text;
    std::free(text);
    return true;
  }

  // A ':' command; false to end the session.
  bool Command(const std::string& line) {
    if (interactive_) add_history(line.c_str());
    const size_t space = line.find(' ');
    const std::string name = line.substr(0, space);
    const std::string arg = space == std::string::npos ? "" : line.substr(line.find_first_not_of(' ', space));
    if (name == ":quit" || name == ":exit" || name == ":q") return false;
    if (name == ":help") {
      if (arg == "query-language") std::cout << QueryLanguageSummary() << '\n';
      else std::cout << kHelp;
    } else if (name == ":history") {
      // What this terminal's sessions typed, oldest first (the history file: $KG_HISTORY).
      if (HIST_ENTRY** entries = history_list()) {
        for (int i = 0; entries[i]; ++i) std::cout << (i + history_base) << "  " << entries[i]->line << '\n';
      }
    } else if (name == ":stats") {
      PrintStats(*store_);
    } else if (name == ":format" && query::ParseFormat(arg)) {
      format_.format = *query::ParseFormat(arg);
    } else if (name == ":timing" && (arg == "on" || arg == "off")) {
      timing_ = arg == "on";
    } else if (name == ":load" && !arg.empty()) {
      // The session reads a read-only store fixed at its opening: ingest, then open it again.
      IngestOptions options;
      options.paths = {arg};
      store_.reset();
      try {
        failed_ = Ingest(context_, options) != kExitOk || failed_;
      } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        failed_ = true;
      }
      store_ = graph::Store::Open(context_.db, graph::OpenMode::kReadOnly);
    } else if (name == ":explain" && !arg.empty()) {
      Execute(arg, true);
    } else {
      std::cerr << "error: unknown command '" << line << "'; :help lists the commands\n";
      failed_ = true;
    }
    return true;
  }

  void Execute(const std::string& text, bool explain) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    query::Script script;
    try {
      script = query::Parse(text);
    } catch (const query::SyntaxError& e) {
      std::cerr << e.Render() << '\n';
      failed_ = true;
      return;
    }
    // Each statement sees the store as it is when it starts.
    auto view = store_->Snapshot();
    query::Engine engine(*view, &interrupted);
    query::Labels labels(*view);
    for (auto& statement : script.statements) {
      statement.explain = statement.explain || explain;
      try {
        format_.width = TerminalWidth();  // the window may have been resized
        query::WriteResult(std::cout, engine.Run(script, statement), labels, format_);
      } catch (const query::Cancelled&) {
        std::cerr << "interrupted\n";
        interrupted = false;
        return;
      } catch (const query::QueryError& e) {
        std::cerr << "error: " << e.what() << '\n';
        failed_ = true;
      } catch (const graph::StoreError& e) {
        std::cerr << "error: " << e.what() << '\n';
        failed_ = true;
      }
    }
    std::cout.flush();
    if (timing_) {
      std::cerr << "time: " << std::chrono::duration<double, std::milli>(Clock::now() - start).count()
                << " ms\n";
    }
  }

  const Context& context_;
  std::unique_ptr<graph::Store> store_;
  bool interactive_;
  bool timing_ = false;
  bool failed_ = false;
  query::FormatOptions format_;
};

}  // namespace

void AddReplCommand(CLI::App* kg, Context* context) {
  auto* command = kg->add_subcommand("repl", "Ask questions interactively");
  AddDbOption(command, context);
  command->footer(
      "On a terminal: line editing, history in $KG_HISTORY or ~/.kg_history, tab completion of\n"
      "keywords, predicates and names. On a pipe: statements from stdin, no prompts; the exit\n"
      "code is 2 if any statement failed.\n\nExample:\n  kg repl --db kg.db\n"
      "  echo '?who attacked Israel;' | kg repl --db kg.db");
  command->callback([context] {
    struct sigaction action {};
    action.sa_handler = OnInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    const bool interactive = isatty(STDIN_FILENO);
    if (interactive) rl_catch_signals = 0;  // our handler keeps the session
    context->exit_code = Repl(*context, interactive).Run();
  });
}

}  // namespace kg::cli
