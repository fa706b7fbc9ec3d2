#pragma once
// The abstract protocols: what the VM and the built-ins call on any value.
// They dispatch through the type slots and implement CPython's rules around
// them (reflected operands, NotImplemented, __eq__/__hash__, truthiness, ...).

#include <cstddef>
#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

// ---- calls
// `args` holds nargs positional values then one value per name in kwnames
// (a tuple of str, or null).
[[nodiscard]] Value call(Value callable, const Value* args, size_t nargs, Value kwnames = Value());
[[nodiscard]] Value call0(Value callable);
[[nodiscard]] Value call1(Value callable, Value a);
[[nodiscard]] Value call2(Value callable, Value a, Value b);
// Calls callable(*args_tuple, **kwargs_dict); kwargs may be null.
[[nodiscard]] Value call_tuple_dict(Value callable, Value args_tuple, Value kwargs_dict);
// Looks `name` (an interned str) up as a method of self and calls it.
[[nodiscard]] Value call_method(Value self, Value name, const Value* args, size_t nargs);
bool is_callable(Value v);

// ---- attributes (name: a str)
[[nodiscard]] Value getattr(Value obj, Value name);
// 1: found (*out set, new reference); 0: no such attribute (no exception);
// -1: another error.
[[nodiscard]] int lookup_attr(Value obj, Value name, Value* out);
[[nodiscard]] int setattr(Value obj, Value name, Value v);
[[nodiscard]] int delattr(Value obj, Value name);
// object.__getattribute__ / __setattr__: the generic lookup with descriptors
// and the instance dict.
[[nodiscard]] Value generic_getattr(Value obj, Value name);
[[nodiscard]] int generic_setattr(Value obj, Value name, Value v);
// The instance dict of obj, created on demand (null if the type has none;
// no exception).
Dict* instance_dict(Value obj, bool create);

// ---- text
[[nodiscard]] Value repr(Value v);
[[nodiscard]] Value str(Value v);
[[nodiscard]] Value ascii(Value v);
[[nodiscard]] Value format(Value v, Value spec);  // format(v, spec); spec null: ''

// ---- hashing and comparison
[[nodiscard]] int64_t hash(Value v);  // -1: error
[[nodiscard]] Value compare(Value a, Value b, CompareOp op);
// -1 error, 0 false, 1 true.
[[nodiscard]] int compare_bool(Value a, Value b, CompareOp op);
// Identity first, then ==, as containers compare (-1 error).
[[nodiscard]] int equal(Value a, Value b);

// ---- numbers
[[nodiscard]] Value binary_op(Value a, Value b, BinaryOp op);
[[nodiscard]] Value inplace_op(Value a, Value b, BinaryOp op);
[[nodiscard]] Value power(Value a, Value b, Value mod);  // mod: None for two-argument pow
[[nodiscard]] Value negative(Value v);
[[nodiscard]] Value positive(Value v);
[[nodiscard]] Value invert(Value v);
[[nodiscard]] Value absolute(Value v);
// operator.index(v): an int (or subclass reduced to int), TypeError otherwise.
[[nodiscard]] Value to_index(Value v);
// v.__index__() fitted to int64 (OverflowError / IndexError-style message
// "cannot fit 'int' into an index-sized integer" when too large); the error
// type for overflow is `overflow` (null: clamp instead of raising).
[[nodiscard]] bool index_as_i64(Value v, int64_t* out, Type* overflow);
// v.__index__() as CPython's Py_ssize_t and int argument converters take
// it: OverflowError "Python int too large to convert to C ssize_t" / "... C
// int" when too large.
[[nodiscard]] bool index_as_ssize(Value v, int64_t* out);
[[nodiscard]] bool index_as_c_int(Value v, int64_t* out);
// Whether v is an int or has __index__ (what a repeat count must be).
inline bool is_index(Value v) { return v.is_small() || v.object()->type->has(Type::kIntSubclass) || type_of(v)->index; }
// The symbol of a binary operator: "+", "//", "**", ...
const char* binary_op_symbol(BinaryOp op);

// ---- truth
[[nodiscard]] int truth(Value v);  // -1 error, 0 false, 1 true

// ---- iteration and containers
[[nodiscard]] Value iter(Value v);
// The next item; null with no exception pending when exhausted, null with an
// exception pending on error.
[[nodiscard]] Value next(Value it);
// next() for the iterators that hand exhaustion on (next(), enumerate, map,
// filter, zip): a StopIteration the iterator raised may stay pending, as
// CPython's tp_iternext leaves it, because its value is observable.
[[nodiscard]] Value iter_next(Value it);
[[nodiscard]] int64_t length(Value v);  // -1: error
// len(v) if it has one, else __length_hint__, else `fallback`.
[[nodiscard]] int64_t length_hint(Value v, int64_t fallback);
[[nodiscard]] Value getitem(Value container, Value key);
[[nodiscard]] int setitem(Value container, Value key, Value v);
[[nodiscard]] int delitem(Value container, Value key);
[[nodiscard]] int contains(Value container, Value item);  // -1 error, 0, 1

// ---- types
bool is_subtype(Type* a, Type* b);  // a is b or b is in a's MRO
bool is_instance_of(Value v, Type* t);
// isinstance()/issubclass() with __instancecheck__/__subclasscheck__ and tuples.
[[nodiscard]] int isinstance(Value v, Value cls);
[[nodiscard]] int issubclass(Value derived, Value cls);

}  // namespace pytier::light
