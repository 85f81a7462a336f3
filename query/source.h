// kg::query::Source — the text of a parsed script and where each of its nodes came from, so
// that a later stage can point at the part of the query it is complaining about.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "query/location.h"

namespace kg::query {

class Source {
 public:
  Source() = default;
  // `positions` are byte offsets into `text`; a node's id_first and id_last index them.
  Source(std::string text, std::vector<size_t> positions);

  std::string_view text() const { return text_; }

  // Each takes a node of this script's tree (others have no place here: std::out_of_range).
  size_t OffsetOf(boost::spirit::x3::position_tagged const& node) const;
  std::string_view TextOf(boost::spirit::x3::position_tagged const& node) const;
  Location LocationOf(boost::spirit::x3::position_tagged const& node) const;

 private:
  std::string text_;
  std::vector<size_t> positions_;
};

}  // namespace kg::query
