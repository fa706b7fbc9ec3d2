#pragma once
// code: one compiled block (module, class body, function, comprehension) as
// the VM runs it. The instruction words, exception table and line table stay
// in the compiler's CodeUnit, which the code object owns; constants and names
// become Values once, when the code object is made.

#include <memory>

#include "light/compiler/code_unit.h"
#include "light/objects/object.h"

namespace pytier::light {

extern Type code_type;

struct Code : Object {
  compiler::CodeUnit* unit;  // owned
  uint32_t* words;           // unit->code; the VM writes its inline caches here
  Value consts;              // tuple
  Value names;               // tuple of interned str
  Value localsplus_names;    // tuple of interned str
  Value name, qualname, filename;
  uint32_t argcount, posonlyargcount, kwonlyargcount, flags, stacksize;
  uint32_t nlocalsplus, nfreevars;
  uint32_t total_args;  // argcount + kwonlyargcount + *args + **kwargs
  int32_t firstlineno;
  const uint8_t* localsplus_kinds;
};

inline bool code_check(Value v) { return !v.is_small() && v.object()->type == &code_type; }

// Materializes a compiled unit and the code objects nested in its constants.
[[nodiscard]] Code* code_from_unit(std::shared_ptr<compiler::CodeUnit> unit);
// The source line of the instruction at word offset `offset` (-1: none).
int32_t code_line_at(const Code* code, uint32_t offset);

}  // namespace pytier::light
