#pragma once
// module: a namespace with a name. Attribute lookup reads its dict.

#include "light/objects/object.h"

namespace pytier::light {

extern Type module_type;

struct Module : Object {
  Dict* dict;  // owned
};

bool module_check(Value v);  // module or a subclass

// A module named `name` with __name__, __doc__ (None), __package__,
// __loader__ and __spec__ (None) set.
[[nodiscard]] Module* module_new(Value name);
[[nodiscard]] Module* module_new(const char* name);
// The module's __name__ (borrowed; null if missing).
Value module_name(Module* m);

}  // namespace pytier::light
