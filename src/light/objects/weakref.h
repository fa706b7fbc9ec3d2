#pragma once
// weakref.ref: a reference that does not keep its referent alive. When the
// referent dies, its weak references go dead and their callbacks run.

#include "light/objects/object.h"

namespace pytier::light {

extern Type weakref_type;
// The types of weakref.proxy objects, which the Light tier does not make.
extern Type proxy_type;
extern Type callable_proxy_type;

struct WeakRef : Object {
  Object* referent;  // not owned; null once dead
  Value callback;    // owned; None when there is none
  int64_t hash;      // the referent's hash, -1 until taken
};

// Nonzero while some object is weakly referenced (destroy() checks it).
extern size_t weakly_referenced_count;
// Kills the weak references to `o`, which is being destroyed, and runs their
// callbacks.
void clear_weakrefs(Object* o);

// The number of weak references to v, and a list of them.
int64_t weakref_count(Value v);
[[nodiscard]] Value weakref_list(Value v);

}  // namespace pytier::light
