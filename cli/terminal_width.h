// How wide a table may be: what `kg query` and the REPL cut evidence sentences to.
#pragma once

#include <cstddef>

namespace kg::cli {

// The terminal's columns when standard output is one, else $COLUMNS, else 120.
size_t TerminalWidth();

}  // namespace kg::cli
