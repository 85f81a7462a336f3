// The errors a query can raise. The CLI catches QueryError and prints it; a SyntaxError also
// knows how to show the place.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/location.h"

namespace kg::query {

class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  // An error at a place of the query (none: a name given outside one), with the names that may have been meant, kept as data
  // for programs (kg serve answers them as JSON); `message` already says both.
  QueryError(const std::string& message, std::optional<Location> location,
             std::vector<std::string> suggestions = {})
      : std::runtime_error(message), location_(location), suggestions_(std::move(suggestions)) {}

  const std::optional<Location>& location() const { return location_; }
  const std::vector<std::string>& suggestions() const { return suggestions_; }

 private:
  std::optional<Location> location_;
  std::vector<std::string> suggestions_;
};

class SyntaxError : public QueryError {
 public:
  // `message` says what is wrong at byte `offset` of `text` ("expected a term after ...").
  // The error keeps the line it points into, so it outlives the text.
  SyntaxError(std::string_view text, size_t offset, std::string message);

  size_t line() const { return location()->line; }
  size_t column() const { return location()->column; }
  std::string const& message() const { return message_; }

  // error: expected a term after predicate 'attacked'
  //   ?x attacked
  //              ^ (1:12)
  // (no newline at the end)
  std::string Render() const;

 private:
  std::string message_;
  std::string excerpt_;
};

}  // namespace kg::query
