#pragma once
// types.GenericAlias: what list[int] and friends evaluate to.

#include "light/objects/object.h"

namespace pytier::light {

extern Type generic_alias_type;

struct GenericAlias : Object {
  Value origin;
  Value args;  // a tuple
};

// cls.__class_getitem__(item), for the built-in generic classes.
Value generic_alias(Value cls, const Value* args, size_t nargs, Value kwnames);

}  // namespace pytier::light
