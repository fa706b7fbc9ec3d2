#pragma once
// slice objects and the index arithmetic of slicing.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type slice_type;

struct Slice : Object {
  Value start, stop, step;  // None when absent
};

// slice(start, stop, step), borrowed; a null argument means None.
[[nodiscard]] Value slice_new(Value start, Value stop, Value step);
// slice.indices(length) clipped as sequences use it; *count gets the number
// of items selected. -1 on error (bad index types, zero step).
[[nodiscard]] int slice_unpack(Value slice, int64_t length, int64_t* start, int64_t* stop,
                               int64_t* step, int64_t* count);
// The optional start and end arguments of find/count/startswith and kin,
// args[first] and args[first + 1] (absent or None: the whole sequence),
// clipped like slice bounds. False on a bad index.
[[nodiscard]] bool search_bounds(const Value* args, size_t nargs, size_t first, int64_t length,
                                 int64_t* start, int64_t* end);

}  // namespace pytier::light
