#pragma once
// `type` and `object`: classes, the MRO, attribute lookup on types, and the
// version tags inline caches check.
//
// A class statement (type.__new__) builds a heap Type whose slots dispatch
// to the Python dunders found in its MRO, so the VM calls every object
// through the slots alike. Assigning a dunder on a class later re-points the
// slot, and any attribute change bumps the version of the class and of every
// subclass.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type type_type;
extern Type object_type;

inline bool type_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kTypeSubclass); }
inline Type* as_type(Value v) { return v.as<Type>(); }

// Finishes a static built-in type: base, MRO, dict with its methods, getsets
// and slot wrappers, inherited slots. false on error.
[[nodiscard]] bool type_ready(Type* t);
// Built-in types announce themselves while runtime_init sets their slots;
// runtime_init then readies them all, bases first.
void register_static_type(Type* t);
// Readies every registered type (false on error).
[[nodiscard]] bool ready_static_types();
// Looks name (a str) up in the dicts along t's MRO: borrowed value or null
// (never raises).
Value type_lookup(Type* t, Value name);
// The type's version tag for a cache, assigning one if needed (0: none
// available; don't cache).
uint32_t type_version_assign(Type* t);
inline uint32_t type_version(Type* t) { return t->version ? t->version : type_version_assign(t); }
// Call after changing t's dict: invalidates t's and its subclasses' tags
// and re-points slots for dunder names.
void type_modified(Type* t, Value name);
// The most derived metaclass of `meta` and the metaclasses of `bases`
// (borrowed; TypeError "metaclass conflict: ..." on error).
[[nodiscard]] Type* calculate_metaclass(Type* meta, Value bases);
// The type's __name__ / __qualname__ / __module__ as str values (new refs).
[[nodiscard]] Value type_name(Type* t);
[[nodiscard]] Value type_qualname(Type* t);
[[nodiscard]] Value type_module(Type* t);

}  // namespace pytier::light
