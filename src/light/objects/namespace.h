#pragma once
// types.SimpleNamespace: an object that is only its attributes (the type of
// sys.implementation).

#include "light/objects/object.h"

namespace pytier::light {

extern Type namespace_type;

struct Namespace : Object {
  Dict* dict;  // owned
};

// A namespace holding the (borrowed) values under the names given.
[[nodiscard]] Value namespace_new(std::initializer_list<std::pair<const char*, Value>> attrs);

}  // namespace pytier::light
