#pragma once
// method: a callable bound to an instance (what function.__get__ returns).

#include "light/objects/object.h"

namespace pytier::light {

extern Type method_type;

struct Method : Object {
  Value func;
  Value self;
};

[[nodiscard]] Value method_new(Value func, Value self);  // borrows both

}  // namespace pytier::light
