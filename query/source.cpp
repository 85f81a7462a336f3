#include "query/source.h"

#include <utility>

namespace kg::query {

Source::Source(std::string text, std::vector<size_t> positions)
    : text_(std::move(text)), positions_(std::move(positions)) {}

size_t Source::OffsetOf(boost::spirit::x3::position_tagged const& node) const {
  return positions_.at(node.id_first);
}

std::string_view Source::TextOf(boost::spirit::x3::position_tagged const& node) const {
  size_t const first = positions_.at(node.id_first);
  return std::string_view(text_).substr(first, positions_.at(node.id_last) - first);
}

Location Source::LocationOf(boost::spirit::x3::position_tagged const& node) const {
  return LocationAt(text_, OffsetOf(node));
}

}  // namespace kg::query
