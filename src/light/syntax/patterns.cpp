// match statements and patterns (PEP 634): python.gram's match_stmt.

#include "light/syntax/parser_impl.h"

namespace pytier::light::syntax {

Stmt* Parser::match_stmt() { return nullptr; }

}  // namespace pytier::light::syntax
