// The AST structs whose fields X3 fills in order from a sequence of parsers.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "query/ast.h"

BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::Term, kind, text)
BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::Pattern, subject, path, object)
BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::Column, aggregate, variable)
BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::SelectItem, column, alias)
BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::OrderKey, column, descending)
BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::Select, distinct, items, where, filter, group_by,
                          order_by, limit, offset)
BOOST_FUSION_ADAPT_STRUCT(kg::query::ast::PathQuery, from, to, max_length, via)
