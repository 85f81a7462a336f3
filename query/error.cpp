#include "query/error.h"

#include <utility>

namespace kg::query {

SyntaxError::SyntaxError(std::string_view text, size_t offset, std::string message)
    : QueryError(message + " at " + ToString(LocationAt(text, offset)), LocationAt(text, offset)),
      message_(std::move(message)),
      excerpt_(PointAt(text, offset)) {}

std::string SyntaxError::Render() const { return "error: " + message_ + "\n" + excerpt_; }

}  // namespace kg::query
