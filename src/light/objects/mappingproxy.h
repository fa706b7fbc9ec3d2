#pragma once
// mappingproxy: the read-only view of a class's __dict__ (writes must go
// through setattr so that version tags and slots stay right).

#include "light/objects/object.h"

namespace pytier::light {

extern Type mappingproxy_type;

struct MappingProxy : Object {
  Value mapping;
};

[[nodiscard]] Value mappingproxy_new(Value mapping);

}  // namespace pytier::light
