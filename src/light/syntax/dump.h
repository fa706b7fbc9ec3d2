#pragma once
// ast.dump(tree, include_attributes=True) of CPython 3.11, character for
// character: what `pytier ast` prints and the parser conformance test compares.

#include <string>

#include "light/syntax/ast.h"

namespace pytier::light::syntax {

std::string dump(const ast::Module& m);
std::string dump(const ast::Expression& e);

}  // namespace pytier::light::syntax
