#pragma once
// Raising and inspecting exceptions. A fallible function returns a sentinel
// (null Value, -1, false) and leaves the exception pending in the thread
// state, as CPython does; the raise helpers return the null Value so that a
// Value-returning function can `return raise_...(...)`.
//
// Message formats accept printf's %s %c %d %i %u %x (length modifiers l, ll
// and z are accepted and ignored) and a `.N` precision on %s, plus:
//   %R  a Value's repr        %S  a Value's str     %U  a str Value as is
//   %T  a Value's type name   %N  a Type*'s name    %p  a pointer   %%  a percent sign

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "light/objects/exceptions.h"
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
// OSError(errno, strerror(errno)), which picks the subclass for errno
// (BrokenPipeError for EPIPE, ...).
Value raise_errno();
// One argument of a formatted message (the formats take C++ arguments, not
// C varargs, so that a Value travels safely on every target).
struct FormatArg {
  enum class Kind : uint8_t { None, Signed, Unsigned, Text, Object, TypePtr, Pointer } kind = Kind::None;
  union {
    long long i;
    unsigned long long u;
    const char* s;
    uint64_t value;
    const Type* type;
    const void* pointer;
  };
  FormatArg() : i(0) {}
  FormatArg(int v) : kind(Kind::Signed), i(v) {}
  FormatArg(long v) : kind(Kind::Signed), i(v) {}
  FormatArg(long long v) : kind(Kind::Signed), i(v) {}
  FormatArg(unsigned v) : kind(Kind::Unsigned), u(v) {}
  FormatArg(unsigned long v) : kind(Kind::Unsigned), u(v) {}
  FormatArg(unsigned long long v) : kind(Kind::Unsigned), u(v) {}
  FormatArg(const char* v) : kind(Kind::Text), s(v) {}
  FormatArg(Value v) : kind(Kind::Object), value(v.bits()) {}
  FormatArg(const Type* v) : kind(Kind::TypePtr), type(v) {}
  // Only void pointers print as %p: an Object* converts to a Value instead.
  template <class T>
    requires std::is_void_v<T>
  FormatArg(T* v) : kind(Kind::Pointer), pointer(v) {}
};

// The formatted message as a str Value (null on error).
Value format_args(const char* format, const FormatArg* args, size_t nargs);
Value raise_args(Type* type, const char* format, const FormatArg* args, size_t nargs);

template <class... A>
Value format_str(const char* format, A... a) {
  const FormatArg args[sizeof...(A) + 1] = {FormatArg(a)...};
  return format_args(format, args, sizeof...(A));
}
template <class... A>
Value raise_fmt(Type* type, const char* format, A... a) {
  const FormatArg args[sizeof...(A) + 1] = {FormatArg(a)...};
  return raise_args(type, format, args, sizeof...(A));
}
template <class... A>
Value type_error(const char* format, A... a) { return raise_fmt(&exc::TypeError, format, a...); }
template <class... A>
Value value_error(const char* format, A... a) { return raise_fmt(&exc::ValueError, format, a...); }
template <class... A>
Value index_error(const char* format, A... a) { return raise_fmt(&exc::IndexError, format, a...); }
template <class... A>
Value overflow_error(const char* format, A... a) { return raise_fmt(&exc::OverflowError, format, a...); }
template <class... A>
Value zero_division_error(const char* format, A... a) { return raise_fmt(&exc::ZeroDivisionError, format, a...); }
template <class... A>
Value attribute_error(const char* format, A... a) { return raise_fmt(&exc::AttributeError, format, a...); }

Value no_memory();
// KeyError(key) with the key as its only argument.
Value key_error(Value key);
// StopIteration(value).
Value stop_iteration(Value value);

}  // namespace pytier::light
