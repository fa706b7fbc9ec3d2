#pragma once
// The part of the builtins module that needs no frame: the functions (len,
// repr, isinstance, print, ...), the types by their Python names, the
// exceptions and the constants. The VM's builtins module adds the rest
// (__build_class__, __import__, globals, eval, ...).

#include "light/objects/object.h"

namespace pytier::light {

// Puts every name into `builtins` (a dict). false on error.
[[nodiscard]] bool builtins_fill(Dict* builtins);

}  // namespace pytier::light
