#include "export/svg.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "export/export_error.h"

#ifdef KG_HAVE_GVC
#include <gvc.h>

#if defined(__SANITIZE_ADDRESS__)
// Graphviz 2.42 keeps its configuration, parsed HTML labels and font lists (fontconfig, pango)
// for the life of the process and frees none of it at exit. LeakSanitizer reads these
// suppressions when kg is built with KG_SANITIZE, so that a render is not reported as kg's leak.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin_\nleak:libpango\nleak:libfontconfig.so\n"
         "leak:libcairo.so\nleak:libglib-2.0.so\n";
}
#endif
#endif

namespace kg::exporter {
namespace {

namespace fs = std::filesystem;

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

#ifdef KG_HAVE_GVC
// Graphviz reports through a callback without a context: one render at a time collects here.
thread_local std::string* graphviz_messages = nullptr;

int CollectMessage(char* message) {
  if (graphviz_messages) *graphviz_messages += message;
  return 0;
}

// nullopt when libgvc cannot lay out in this process (no plugins configured): the caller tries
// the dot program. A DOT that Graphviz rejects is an ExportError.
std::optional<std::string> RenderInProcess(const std::string& dot, std::string* why) {
  std::string messages;
  graphviz_messages = &messages;
  struct Finally {
    agusererrf previous_sink;
    agerrlevel_t previous_level;
    ~Finally() {
      agseterrf(previous_sink);
      agseterr(previous_level);
      graphviz_messages = nullptr;
    }
  } finally{agseterrf(CollectMessage),
             agseterr(AGERR)};  // warnings (a font Graphviz guesses metrics for) are not errors

  GVC_t* gvc = gvContext();
  if (!gvc) {
    *why = "libgvc could not start";
    return std::nullopt;
  }
  Agraph_t* graph = agmemread(dot.c_str());
  if (!graph) {
    gvFreeContext(gvc);
    throw ExportError("Graphviz rejected the drawing: " + Trimmed(messages));
  }
  std::optional<std::string> svg;
  if (gvLayout(gvc, graph, "dot") != 0) {
    *why = "libgvc has no dot layout (" + Trimmed(messages) + ")";
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph, "svg", &data, &length) == 0 && data) {
      svg.emplace(data, length);
    } else {
      *why = "libgvc has no SVG renderer (" + Trimmed(messages) + ")";
    }
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc, graph);
  }
  agclose(graph);
  gvFreeContext(gvc);
  return svg;
}
#endif

// Runs `dot -Tsvg` on the DOT in a private temporary directory. nullopt when there is no dot.
std::optional<std::string> RenderWithProgram(const std::string& dot, std::string* why) {
  std::string pattern = (fs::temp_directory_path() / "kg-export-XXXXXX").string();
  if (pattern.find('\'') != std::string::npos || !mkdtemp(pattern.data())) {
    throw ExportError("cannot create a temporary directory in " + fs::temp_directory_path().string());
  }
  const fs::path dir = pattern;
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};
  {
    std::ofstream in(dir / "graph.dot", std::ios::binary);
    in << dot;
    if (!in.flush()) throw ExportError("cannot write " + (dir / "graph.dot").string());
  }
  const std::string command = "dot -Tsvg -o '" + (dir / "graph.svg").string() + "' '" +
                              (dir / "graph.dot").string() + "' 2> '" + (dir / "errors").string() + "'";
  const int status = std::system(command.c_str());
  auto read = [](const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
  };
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) == 127) {
    *why += (why->empty() ? "" : "; ") + std::string("no 'dot' program on PATH");
    return std::nullopt;
  }
  if (WEXITSTATUS(status) != 0) {
    throw ExportError("dot failed to render the drawing: " + Trimmed(read(dir / "errors")));
  }
  return read(dir / "graph.svg");
}

}  // namespace

std::string RenderSvg(const std::string& dot) {
  std::string why;
#ifdef KG_HAVE_GVC
  if (auto svg = RenderInProcess(dot, &why)) return *svg;
#else
  why = "kg was built without libgvc";
#endif
  if (auto svg = RenderWithProgram(dot, &why)) return *svg;
  throw ExportError("cannot render SVG: " + why +
                    ". Install Graphviz (apt-get install graphviz), or export --format dot and "
                    "render it with any Graphviz tool");
}

}  // namespace kg::exporter
