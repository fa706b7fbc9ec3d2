#pragma once
// ast.dump(tree, include_attributes=True) of CPython 3.11, character for
// character: what `pytier ast` prints and the parser conformance test compares.

#include <string>

#include "light/syntax/ast.h"

namespace pytier::light::syntax {

// False when the tree nests deeper than CPython 3.11 converts to Python
// objects: ast.parse then raises "RecursionError: maximum recursion depth
// exceeded during ast construction".
[[nodiscard]] bool dump(const ast::Module& m, std::string* out);
[[nodiscard]] bool dump(const ast::Expression& e, std::string* out);

}  // namespace pytier::light::syntax
