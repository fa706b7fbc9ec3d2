#pragma once
// Binding a call's arguments to a Python function's parameters, with
// CPython's error messages.

#include "light/objects/function.h"
#include "light/vm/frame.h"

namespace pytier::light::vm {

// Fills the argument slots of `frame` (fresh, all null) from a call of
// `func`: `args` holds nargs positional values then one per name in kwnames.
// The values are borrowed. False with TypeError pending on a mismatch.
[[nodiscard]] bool bind_arguments(Frame* frame, Function* func, const Value* args, size_t nargs,
                                  Value kwnames);

}  // namespace pytier::light::vm
