#pragma once
// The pickle protocol's defaults on object: __reduce_ex__, __reduce__ and
// __getstate__ (copy and pickle call them), built with copyreg's helpers.

#include "light/objects/object.h"

namespace pytier::light {

Value object_reduce_ex(Value self, const Value* args, size_t nargs, Value kwnames);
Value object_reduce(Value self, const Value* args, size_t nargs, Value kwnames);
Value object_getstate(Value self, const Value* args, size_t nargs, Value kwnames);

}  // namespace pytier::light
