#pragma once
// The types of the _functools module (modules/ internal): each file sets up
// its type, and functools.cpp readies them when the module is made.

#include "light/objects/object.h"

namespace pytier::light::modules {

extern Type partial_type;
extern Type lru_cache_wrapper_type;

void init_partial_type();
void init_lru_cache_wrapper_type();

}  // namespace pytier::light::modules
