#pragma once
// The interpreter loop and the entry points into it.

#include "light/objects/object.h"
#include "light/vm/frame.h"

namespace pytier::light::vm {

// Runs `frame` until it returns, or for a generator frame until it yields
// (*yielded set). `throwing`: an exception is pending and must be raised at
// the frame's resumption point (generator.throw()). Returns a new reference,
// or null with the exception pending. The frame is not freed.
[[nodiscard]] Value eval(Frame* frame, bool throwing, bool* yielded);

// Calls a Python function from C++: binds the arguments into a new frame and
// runs it (or makes the generator/coroutine its code asks for).
[[nodiscard]] Value call_function(Function* func, const Value* args, size_t nargs, Value kwnames);

// Runs a class body function with `ns` as its local namespace.
[[nodiscard]] Value run_class_body(Function* func, Value ns);

// Runs module-level code (a module, exec, eval) in `globals` with `locals`
// (a mapping; null: the globals dict).
[[nodiscard]] Value run_code(Code* code, Dict* globals, Value locals);

}  // namespace pytier::light::vm
