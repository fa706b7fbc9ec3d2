#pragma once
// Raising and inspecting exceptions. A fallible function returns a sentinel
// (null Value, -1, false) and leaves the exception pending in the thread
// state, as CPython does; the raise helpers return the null Value so that a
// Value-returning function can `return raise_...(...)`.
//
// Message formats accept printf's %s %c %d %i %u %x with the l/ll/z length
// modifiers and a `.N` precision on %s, plus:
//   %R  a Value's repr        %S  a Value's str     %U  a str Value as is
//   %T  a Value's type name   %N  a Type*'s name    %p  a pointer   %%  a percent sign

#include "light/objects/object.h"
#include "light/runtime/thread.h"

namespace pytier::light {

inline bool pending() { return bool(thread.exc); }
// Takes the pending exception (a new reference; null if none) and clears it.
inline Value fetch() {
  Value e = thread.exc;
  thread.exc = Value();
  return e;
}
// Makes `exc` (stolen; may be null) the pending exception, dropping any other.
void restore(Value exc);
void clear_error();
// Is the pending exception an instance of `type`?
bool matches(Type* type);

// Raises an exception instance or class (`raise X` semantics for a type:
// instantiated with no arguments), chaining the handled exception as
// __context__. Borrows `exc`.
Value raise(Value exc);
// Raises type(arg) (arg borrowed; null: no arguments).
Value raise_with(Type* type, Value arg);
Value raise_str(Type* type, const char* message);
Value raise_fmt(Type* type, const char* format, ...);

Value type_error(const char* format, ...);
Value value_error(const char* format, ...);
Value index_error(const char* format, ...);
Value overflow_error(const char* format, ...);
Value zero_division_error(const char* format, ...);
Value attribute_error(const char* format, ...);
Value no_memory();
// KeyError(key) with the key as its only argument.
Value key_error(Value key);
// StopIteration(value).
Value stop_iteration(Value value);

// Formats like raise_fmt into a str Value (null on error).
Value format_str(const char* format, ...);

}  // namespace pytier::light
