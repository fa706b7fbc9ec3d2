#pragma once
// Argument conversions the native modules share (modules/ internal).

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light::modules {

// v as CPython's Py_ssize_t argument converter takes it: through __index__,
// then OverflowError "Python int too large to convert to C ssize_t".
[[nodiscard]] bool ssize_arg(Value v, int64_t* out);

}  // namespace pytier::light::modules
