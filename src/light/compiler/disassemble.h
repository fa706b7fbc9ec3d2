#pragma once
// A readable listing of a CodeUnit, in the spirit of `dis.dis`, for tests
// and for debugging the compiler.

#include <string>

#include "light/compiler/code_unit.h"

namespace pytier::light::compiler {

std::string disassemble(const CodeUnit& unit);

}  // namespace pytier::light::compiler
