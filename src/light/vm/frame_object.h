#pragma once
// frame: what sys._getframe(), inspect and tb_frame hand to Python code. The
// VM's frames live on a LIFO stack and die with their call, so a frame
// object is a snapshot taken when asked for: code, globals, the locals as a
// dict, the line and the caller's frame object.

#include "light/objects/object.h"

namespace pytier::light {
struct Code;
}

namespace pytier::light::vm {

struct Frame;

extern Type frame_type;

// The frame object for f, with the chain of its callers (null on error).
[[nodiscard]] Value frame_object(Frame* f);
// A frame object for a traceback entry whose frame is gone: no locals and
// no caller.
[[nodiscard]] Value frame_object_detached(Code* code, Dict* globals, uint32_t lasti);
// f's locals as a dict: the namespace itself for module and class bodies, a
// fresh snapshot for functions.
[[nodiscard]] Value frame_locals(Frame* f);
// sys._getframe([depth]).
Value sys_getframe(Value, const Value* args, size_t nargs, Value);

void init_frame_type();

}  // namespace pytier::light::vm
