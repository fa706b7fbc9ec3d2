#pragma once
// Interned identifiers the runtime looks up often, created by runtime_init:
// `names::__init__` is the interned str "__init__".

#include "light/objects/value.h"

namespace pytier::light::names {

#define PYTIER_NAMES(X)                                                                       \
  X(__abs__) X(__add__) X(__and__) X(__annotations__) X(__bool__) X(__build_class__)          \
  X(__call__) X(__class__) X(__class_getitem__) X(__contains__) X(__del__) X(__delattr__)     \
  X(__delete__) X(__delitem__) X(__dict__) X(__dir__) X(__divmod__) X(__doc__) X(__enter__)   \
  X(__eq__) X(__exit__) X(__float__) X(__floordiv__) X(__format__) X(__ge__) X(__get__)       \
  X(__getattr__) X(__getattribute__) X(__getitem__) X(__gt__) X(__hash__) X(__iadd__)         \
  X(__iand__) X(__ifloordiv__) X(__ilshift__) X(__imatmul__) X(__imod__) X(__imul__)          \
  X(__index__) X(__init__) X(__init_subclass__) X(__instancecheck__) X(__int__)               \
  X(__invert__) X(__ior__) X(__ipow__) X(__irshift__) X(__isub__) X(__iter__)                 \
  X(__itruediv__) X(__ixor__) X(__le__) X(__len__) X(__length_hint__) X(__lshift__)           \
  X(__lt__) X(__main__) X(__matmul__) X(__missing__) X(__mod__) X(__module__) X(__mro__)      \
  X(__mro_entries__) X(__mul__) X(__name__) X(__ne__) X(__neg__) X(__new__) X(__next__)       \
  X(__or__) X(__pos__) X(__pow__) X(__prepare__) X(__qualname__) X(__radd__) X(__rand__)      \
  X(__rdivmod__) X(__repr__) X(__reversed__) X(__rfloordiv__) X(__rlshift__) X(__rmatmul__)   \
  X(__rmod__) X(__rmul__) X(__ror__) X(__round__) X(__rpow__) X(__rrshift__) X(__rshift__)    \
  X(__rsub__) X(__rtruediv__) X(__rxor__) X(__set__) X(__set_name__) X(__setattr__)           \
  X(__setitem__) X(__slots__) X(__str__) X(__sub__) X(__subclasscheck__) X(__truediv__)       \
  X(__trunc__) X(__xor__) X(__weakref__) X(__abstractmethods__) X(__isabstractmethod__)       \
  X(__objclass__) X(__self__) X(__wrapped__) X(__bases__) X(__base__)             \
  X(__builtins__) X(__file__) X(__spec__) X(__loader__) X(__package__) X(__path__)            \
  X(__ceil__) X(__floor__) X(__reduce__) X(__reduce_ex__) X(__sizeof__)        \
  X(__subclasshook__) X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__)       \
  X(__notes__) X(__traceback__) X(__cause__) X(__context__) X(__suppress_context__)           \
  X(__orig_bases__) X(__classcell__) X(__match_args__) X(__fspath__) X(__bytes__)              \
  X(__getstate__) X(__setstate__) X(__copy__) X(__deepcopy__) X(__defaults__) X(__kwdefaults__) \
  X(__code__) X(__globals__) X(__closure__)                                                   \
  X(args) X(end) X(file) X(flush) X(sep) X(key) X(reverse) X(write) X(keys)       \
  X(items) X(values) X(send) X(close) X(fileno) X(readline) X(mro) X(name)           \
  X(start) X(step) X(stop) X(strict) X(value) X(encoding) X(errors) X(builtins) X(metaclass) X(self)

#define PYTIER_DECLARE_NAME(n) extern Value n;
PYTIER_NAMES(PYTIER_DECLARE_NAME)
#undef PYTIER_DECLARE_NAME

}  // namespace pytier::light::names
