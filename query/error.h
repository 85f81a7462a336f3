// The errors a query can raise. The CLI catches QueryError and prints it; a SyntaxError also
// knows how to show the place.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "query/location.h"

namespace kg::query {

class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SyntaxError : public QueryError {
 public:
  // `message` says what is wrong at byte `offset` of `text` ("expected a term after ...").
  // The error keeps the line it points into, so it outlives the text.
  SyntaxError(std::string_view text, size_t offset, std::string message);

  size_t line() const { return location_.line; }
  size_t column() const { return location_.column; }
  std::string const& message() const { return message_; }

  // error: expected a term after predicate 'attacked'
  //   ?x attacked
  //              ^ (1:12)
  // (no newline at the end)
  std::string Render() const;

 private:
  Location location_;
  std::string message_;
  std::string excerpt_;
};

}  // namespace kg::query
