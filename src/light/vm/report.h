#pragma once
// Reporting an uncaught exception on stderr, as CPython 3.11 prints it.

#include "light/objects/object.h"

namespace pytier::light::vm {

void print_exception(Value exc);
// Reports the pending exception, which could not propagate out of `where`
// (a __del__ method, a weakref callback), as CPython's default
// sys.unraisablehook does: "Exception ignored in: <repr>", the traceback,
// then the exception line. Clears it.
void write_unraisable(Value where);

}  // namespace pytier::light::vm
