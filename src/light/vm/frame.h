#pragma once
// A frame: the activation of one code object. Frames of ordinary calls live
// on the thread's frame stack (a bump arena, freed in LIFO order); a
// generator's frame lives in the generator. The fast locals (arguments,
// locals, cells, free variables) come first, the evaluation stack after.

#include "light/objects/code.h"
#include "light/objects/object.h"

namespace pytier::light {
struct Function;
struct Generator;
}  // namespace pytier::light

namespace pytier::light::vm {

struct Frame {
  Code* code;          // owned
  Function* func;      // owned, or null (module, exec, class body)
  Dict* globals;       // borrowed (the function or the caller keeps it)
  Dict* builtins;      // borrowed
  Value locals;        // owned mapping for the *_NAME instructions, or null
  Frame* previous;     // the caller
  Generator* gen;      // the generator owning this frame, or null
  const uint32_t* ip;  // where execution resumes
  Value* sp;           // the stack top while not running
  uint32_t lasti;      // word offset of the instruction running (or last run)
  bool entry;          // returning from it leaves the C++ call to eval()
  bool on_heap;        // malloc'd (generators, or the arena was full)
  Value localsplus[];

  Value* stack_base() { return localsplus + code->nlocalsplus; }
  static size_t size_for(const Code* code) {
    return sizeof(Frame) + sizeof(Value) * (code->nlocalsplus + code->stacksize);
  }
};

// A frame for `code` with empty locals, on the frame stack unless `on_heap`.
// Null with MemoryError on failure. Takes references to code and func.
[[nodiscard]] Frame* frame_new(Code* code, Function* func, Dict* globals, Dict* builtins, Value locals,
                               bool on_heap);
// Releases the locals, the stack and the frame itself.
void frame_free(Frame* f);
// Releases what the frame holds without freeing its memory.
void frame_clear(Frame* f);

// The innermost running Python frame, or null.
Frame* current_frame();
// Its globals (what type() uses for __module__), or null outside any frame.
Dict* current_globals();
void set_current_frame(Frame* f);

}  // namespace pytier::light::vm
