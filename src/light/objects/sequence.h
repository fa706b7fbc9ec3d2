#pragma once
// What tuple and list share (objects/ internal): comparison, repr with
// recursion guards, and the iterator over an array of values.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

// Lexicographic rich comparison of two arrays, as tuple and list compare.
[[nodiscard]] Value compare_arrays(const Value* a, int64_t n, const Value* b, int64_t m, CompareOp op);
// "(1, 2)" / "[1, 2]": items' reprs joined; `open`/`close` brackets.
[[nodiscard]] Value repr_array(const Value* items, int64_t n, const char* open, const char* close);
// Guards repr() of a container that may contain itself: false (and nothing
// to leave) when v is already being printed.
bool repr_enter(Value v);
void repr_leave(Value v);

}  // namespace pytier::light
