#pragma once
// super(): attribute lookup that starts after a class in an instance's MRO.

#include "light/objects/object.h"

namespace pytier::light {

extern Type super_type;

struct Super : Object {
  Type* type;       // the class whose successors are searched (owned)
  Value obj;        // the instance or class bound (owned), or null
  Type* obj_type;   // type of obj, or obj itself when it is a class (owned)
};

// super(type, obj): what zero-argument super() also builds once the VM has
// found __class__ and the first argument.
[[nodiscard]] Value super_new(Type* type, Value obj);

}  // namespace pytier::light

namespace pytier::light {

// Set by the vm: finds zero-argument super()'s class (the __class__ cell)
// and first argument in the calling frame; false with RuntimeError set.
extern bool (*super_find_args)(Type** type, Value* obj);

}  // namespace pytier::light
