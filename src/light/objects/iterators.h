#pragma once
// The lazy iterator types of builtins: enumerate, zip, map, filter, reversed.

#include "light/objects/object.h"

namespace pytier::light {

extern Type enumerate_type;
extern Type zip_type;
extern Type map_type;
extern Type filter_type;
extern Type reversed_type;

}  // namespace pytier::light
