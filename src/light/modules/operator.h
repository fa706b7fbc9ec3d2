#pragma once
// The getter types of the _operator module (modules/ internal).

#include "light/objects/object.h"

namespace pytier::light::modules {

extern Type itemgetter_type;
extern Type attrgetter_type;
extern Type methodcaller_type;

// Sets up and readies the three types, once (false on error).
[[nodiscard]] bool ready_getter_types();

}  // namespace pytier::light::modules
