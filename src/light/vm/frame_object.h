#pragma once
// frame objects, as sys._getframe() returns them: a snapshot of a running
// frame and of its callers, taken when asked for. Its f_lineno and f_locals
// are those of that moment (CPython's follow the frame as it runs on).

#include "light/objects/object.h"
#include "light/vm/frame.h"

namespace pytier::light::vm {

// The frame `depth` calls out from the innermost Python frame, with its
// f_back chain; ValueError "call stack is not deep enough" past the last.
[[nodiscard]] Value frame_at_depth(int64_t depth);

}  // namespace pytier::light::vm
