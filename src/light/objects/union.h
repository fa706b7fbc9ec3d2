#pragma once
// types.UnionType: what `int | str` evaluates to (PEP 604).

#include "light/objects/object.h"

namespace pytier::light {

extern Type union_type;

struct Union : Object {
  Value args;  // a tuple: the members, flattened, without repeats
};

inline bool union_check(Value v) { return !v.is_small() && v.object()->type == &union_type; }

// a | b for classes, None, generic aliases and unions (the `|` slot of type
// and of UnionType); NotImplemented for anything else.
[[nodiscard]] Value union_or(Value a, Value b);

}  // namespace pytier::light
