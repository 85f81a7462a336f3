// SVG from DOT, laid out by Graphviz's dot engine: in process through libgvc when kg was built
// with it (libgraphviz-dev), else by the `dot` program when it is on PATH.
#pragma once

#include <string>

namespace kg::exporter {

// Throws ExportError, saying what to install, when neither can render: no libgvc (or its layout
// plugins are not configured) and no `dot` on PATH; or when Graphviz rejects the DOT.
std::string RenderSvg(const std::string& dot);

}  // namespace kg::exporter
