#pragma once
// Functions written in C++: builtin_function_or_method (a MethodDef bound
// to a self or a module) and method_descriptor (an unbound MethodDef in a
// type's dict, which binds on attribute access and can also be called with
// self as the first argument, so LOAD_METHOD needs no bound object).

#include "light/objects/object.h"

namespace pytier::light {

extern Type builtin_function_type;
extern Type method_descriptor_type;
extern Type classmethod_descriptor_type;

struct BuiltinFunction : Object {
  const MethodDef* def;
  Value self;    // owned; null for a module-level function
  Value module;  // owned; the __module__ value, or null
};

struct MethodDescriptor : Object {
  const MethodDef* def;
  Type* owner;
};

[[nodiscard]] Value builtin_function_new(const MethodDef* def, Value self, Value module);
[[nodiscard]] Value method_descriptor_new(const MethodDef* def, Type* owner);
// Checks nargs/kwnames against def's arity with CPython's messages, then
// calls def->fn.
[[nodiscard]] Value call_method_def(const MethodDef* def, Value self, const Value* args, size_t nargs,
                                    Value kwnames);

// Binds keyword arguments for a kKeywords function: `names` lists the
// parameters in order (positional-or-keyword); `out` (size = count of names)
// receives borrowed values, null for those not given. Raises TypeError for
// unknown or duplicate keywords. `fname` is used in messages.
[[nodiscard]] bool bind_keywords(const char* fname, const Value* args, size_t nargs, Value kwnames,
                                 const char* const* names, size_t count, Value* out);

}  // namespace pytier::light
