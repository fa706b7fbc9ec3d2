#pragma once
// traceback: one entry of an exception's __traceback__ chain, outermost
// frame first, as CPython's traceback objects.

#include "light/objects/code.h"
#include "light/objects/object.h"

namespace pytier::light {

extern Type traceback_type;

struct Traceback : Object {
  Value next;    // owned traceback, or None
  Code* code;    // owned
  Value frame;   // owned frame object, or null when not materialized
  uint32_t lasti;  // word offset of the failing instruction
  int32_t lineno;
  // What tb_frame is made of when first asked for (owned; null if unknown).
  Dict* globals;
  Dict* builtins;
  Value locals;
};

inline bool traceback_check(Value v) { return !v.is_small() && v.object()->type == &traceback_type; }

// Prepends an entry for (code, lasti) to the pending exception's traceback.
void traceback_here(Code* code, uint32_t lasti);

}  // namespace pytier::light
