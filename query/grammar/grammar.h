// The entry rule of the grammar, declared here and defined (with every other rule) in
// grammar.cpp: the grammar's templates are instantiated there once, for this Context, and
// parser.cpp compiles against the declaration alone.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <vector>

#include "query/ast.h"
#include "query/grammar/skipper.h"
#include "query/grammar/state.h"

namespace kg::query::grammar {

namespace x3 = boost::spirit::x3;

// The context Parse passes in: the State, and the skipper.
using Context = x3::context<state_tag, State, x3::context<x3::skipper_tag, skipper_parser const>>;

using script_type = x3::rule<class script_class, std::vector<ast::Statement>>;
BOOST_SPIRIT_DECLARE(script_type)

// A script: statements separated by ';'. It matches the whole text or throws.
script_type const& script();

}  // namespace kg::query::grammar
