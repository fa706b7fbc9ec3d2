#pragma once
// frame objects, as sys._getframe() and tb_frame return them: a snapshot of
// a running frame and of its callers, taken when asked for, that reads the
// frame itself while it still runs.

#include "light/objects/object.h"
#include "light/vm/frame.h"

namespace pytier::light::vm {

// The frame `depth` calls out from the innermost Python frame, with its
// f_back chain; ValueError "call stack is not deep enough" past the last.
[[nodiscard]] Value frame_at_depth(int64_t depth);

// A frame object for a traceback entry: the code, its globals, builtins and
// (module or class body) locals, at instruction `lasti`; no f_back, and no
// fast locals (borrowed arguments; locals may be null).
[[nodiscard]] Value frame_object_new(Code* code, Dict* globals, Dict* builtins, Value locals, uint32_t lasti);

}  // namespace pytier::light::vm
