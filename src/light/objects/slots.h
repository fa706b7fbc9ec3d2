#pragma once
// How dunder methods and type slots meet (objects/ internal):
// - a static type's slots appear in its dict as wrapper_descriptors
//   (int.__add__, object.__init__, ...);
// - a heap type's slots are re-derived from the dunders found along its MRO:
//   a wrapper_descriptor found there gives the C++ function back directly,
//   anything else gets a dispatcher that calls the Python-level dunder.

#include "light/objects/object.h"

namespace pytier::light {

// Adds wrapper_descriptors for t's own (non-inherited) slots to its dict.
[[nodiscard]] bool add_slot_wrappers(Type* t);
// Sets every slot of a heap type from its MRO.
void fixup_slots(Type* t);
// After `name` changed in t's dict: re-derives the affected slots of t and
// of its subclasses. Does nothing for non-dunder names.
void update_slots(Type* t, Value name);
// Calls the dunder `name` found on type(self) with self prepended; null
// without an exception when the type has no such attribute.
[[nodiscard]] Value call_dunder(Value self, Value name, const Value* args, size_t nargs, bool* found);

// object's slots, which heap types and other built-ins compare against.
Value object_new(Type* type, const Value* args, size_t nargs, Value kwnames);
int object_init(Value self, const Value* args, size_t nargs, Value kwnames);
int64_t hash_unhashable(Value v);
// The __dict__ attribute a heap type adds when its instances gain a dict.
extern const GetSetDef kInstanceDictGetset;
// tp_new as a Python-visible T.__new__.
extern const MethodDef tp_new_def;

}  // namespace pytier::light
