#pragma once
// The types of the _collections module (modules/ internal): each file sets
// up its type, and collections.cpp readies them when the module is made.

#include "light/objects/object.h"

namespace pytier::light::modules {

extern Type deque_type;
extern Type deque_iterator_type;
extern Type deque_reverse_iterator_type;
extern Type defaultdict_type;
extern Type tuplegetter_type;

void init_deque_types();
void init_defaultdict_type();
void init_tuplegetter_type();

}  // namespace pytier::light::modules
