// The error an export raises when it cannot produce what it was asked for: an output it cannot
// write, a base IRI that is not one, an SVG with nothing to render it. The CLI prints it and
// exits 1 (2 for a bad base).
#pragma once

#include <stdexcept>

namespace kg::exporter {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A command-line value the export cannot use (a --base that is not an absolute IRI).
class ExportUsageError : public ExportError {
 public:
  using ExportError::ExportError;
};

}  // namespace kg::exporter
