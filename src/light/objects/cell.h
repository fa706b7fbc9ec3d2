#pragma once
// cell: the box holding a variable shared between a function and the
// functions nested in it.

#include "light/objects/object.h"

namespace pytier::light {

extern Type cell_type;

struct Cell : Object {
  Value ref;  // owned; null while the variable is unbound
};

[[nodiscard]] Value cell_new(Value v);  // v borrowed, may be null

}  // namespace pytier::light
