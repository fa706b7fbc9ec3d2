#pragma once
// range, and its iterator.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type range_type;
extern Type range_iterator_type;

struct Range : Object {
  Value start, stop, step, length;  // ints
};

struct RangeIterator : Object {
  int64_t next, step, remaining;
};

}  // namespace pytier::light
