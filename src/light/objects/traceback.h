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
  Dict* globals; // owned: the frame's, for tb_frame
  Value frame;   // owned frame object, or null until tb_frame asks
  uint32_t lasti;  // word offset of the failing instruction
  int32_t lineno;
};

inline bool traceback_check(Value v) { return !v.is_small() && v.object()->type == &traceback_type; }

// Prepends an entry for (code, lasti) in a frame running with `globals` to
// the pending exception's traceback.
void traceback_here(Code* code, Dict* globals, uint32_t lasti);

}  // namespace pytier::light
