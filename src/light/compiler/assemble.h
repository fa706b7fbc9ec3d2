#pragma once
// The assembler: turns the code generator's instruction list (with labels and
// the SETUP_*/POP_BLOCK pseudo-instructions) into final bytecode, computing
// the stack size, the exception table and the line table by following
// control flow, as CPython's assembler does.

#include <cstdint>
#include <vector>

#include "light/compiler/code_unit.h"
#include "light/syntax/ast.h"
#include "light/vm/opcodes.h"

namespace pytier::light::compiler {

struct Instr {
  vm::Opcode op;
  uint32_t arg;  // a label number for jumps and SETUP_*
  ast::Pos pos;  // lineno 0: no source position
};

struct InstrList {
  std::vector<Instr> instrs;
  std::vector<int32_t> labels;  // label number -> index of the instruction it precedes
};

// Fills unit.code, stacksize, exception_table and line_table.
void assemble(const InstrList& list, CodeUnit& unit);

}  // namespace pytier::light::compiler
