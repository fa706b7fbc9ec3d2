#include "light/vm/frame.h"

#include <cstdlib>
#include <cstring>

#include "light/objects/function.h"
#include "light/runtime/error.h"

namespace pytier::light::vm {

namespace {

// The frame stack: one block, bump-allocated; a frame that does not fit goes
// to the heap instead. Deep recursion stops at the recursion limit long
// before a typical program fills it.
constexpr size_t kArenaBytes = size_t{4} << 20;
alignas(16) unsigned char* arena = nullptr;
size_t arena_top = 0;

Frame* current = nullptr;

}  // namespace

Frame* current_frame() { return current; }
void set_current_frame(Frame* f) { current = f; }
Dict* current_globals() { return current ? current->globals : nullptr; }

Frame* frame_new(Code* code, Function* func, Dict* globals, Dict* builtins, Value locals, bool on_heap) {
  size_t bytes = (Frame::size_for(code) + 15) & ~size_t{15};
  Frame* f;
  if (!on_heap && !arena) arena = static_cast<unsigned char*>(std::malloc(kArenaBytes));
  if (!on_heap && arena && arena_top + bytes <= kArenaBytes) {
    f = reinterpret_cast<Frame*>(arena + arena_top);
    arena_top += bytes;
  } else {
    f = static_cast<Frame*>(std::malloc(bytes));
    if (!f) {
      no_memory();
      return nullptr;
    }
    on_heap = true;
  }
  incref(code);
  if (func) incref(func);
  xincref(locals);
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->previous = nullptr;
  f->gen = nullptr;
  f->ip = code->words;
  f->sp = f->stack_base();
  f->lasti = 0;
  f->entry = false;
  f->on_heap = on_heap;
  std::memset(f->localsplus, 0, sizeof(Value) * code->nlocalsplus);
  return f;
}

void frame_clear(Frame* f) {
  for (Value* v = f->sp; v > f->stack_base();) xdecref(*--v);
  f->sp = f->stack_base();
  for (uint32_t i = 0; i < f->code->nlocalsplus; ++i) {
    Value v = f->localsplus[i];
    f->localsplus[i] = Value();
    xdecref(v);
  }
  Value locals = f->locals;
  f->locals = Value();
  xdecref(locals);
}

void frame_free(Frame* f) {
  frame_clear(f);
  Code* code = f->code;
  Function* func = f->func;
  if (f->on_heap) {
    std::free(f);
  } else {
    arena_top = static_cast<size_t>(reinterpret_cast<unsigned char*>(f) - arena);
  }
  if (func) decref(func);
  decref(code);
}

}  // namespace pytier::light::vm
