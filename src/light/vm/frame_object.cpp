#include "light/vm/frame_object.h"

#include <vector>

#include "light/compiler/code_unit.h"
#include "light/objects/cell.h"
#include "light/objects/code.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::vm {

namespace {

Type frame_type;

struct FrameObject : Object {
  Code* code;       // owned
  Dict* globals;    // owned
  Dict* builtins;   // owned
  Value locals;     // owned mapping of a module or class body, or null
  Value fast;       // owned private tuple: the fast locals when taken (null: unbound), or null
  Value back;       // owned frame object or None
  int32_t lineno;
  uint32_t lasti;
  Frame* live;      // the frame itself, read while it still runs (see running())
};

FrameObject* F(Value v) { return v.as<FrameObject>(); }

// The frame this snapshot was taken of, if it is still on the stack (the
// same memory running the same code), else null.
Frame* running(FrameObject* f) {
  for (Frame* p = current_frame(); p; p = p->previous)
    if (p == f->live) return p->code == f->code ? p : nullptr;
  return nullptr;
}

void frame_dealloc(Object* o) {
  FrameObject* f = static_cast<FrameObject*>(o);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  xdecref(f->locals);
  xdecref(f->fast);
  decref(f->back);
  free_object(o);
}

Value f_code(Value s) { return newref(Value(F(s)->code)); }
Value f_globals(Value s) { return newref(Value(F(s)->globals)); }
Value f_builtins(Value s) { return newref(Value(F(s)->builtins)); }
Value f_back(Value s) { return newref(F(s)->back); }
Value f_lineno(Value s) {
  Frame* live = running(F(s));
  return int_from_i64(live ? code_line_at(live->code, live->lasti) : F(s)->lineno);
}
Value f_lasti(Value s) {
  Frame* live = running(F(s));
  return int_from_i64(int64_t{live ? live->lasti : F(s)->lasti} * 2);
}
Value f_trace(Value) { return newref(none()); }

// The locals by name: a body's own mapping, else the fast locals that are
// bound (cells read through), live while the frame runs.
Value f_locals(Value s) {
  FrameObject* f = F(s);
  if (f->locals) return newref(f->locals);
  Ref d{Value(dict_new())};
  if (!d) return Value();
  Frame* live = running(f);
  if (!live && !f->fast) return d.release();  // a traceback's frame kept no locals
  const Value* values = live ? live->localsplus : as_tuple(f->fast)->items;
  Tuple* names = as_tuple(f->code->localsplus_names);
  for (int64_t i = 0; i < int64_t(f->code->nlocalsplus) && i < names->size; ++i) {
    Value v = values[i];
    if (v && (f->code->localsplus_kinds[i] & (compiler::LOCAL_CELL | compiler::LOCAL_FREE)) && !v.is_small() &&
        v.object()->type == &cell_type)
      v = v.as<Cell>()->ref;
    if (v && dict_set(as_dict(d.get()), names->items[i], v) < 0) return Value();
  }
  return d.release();
}

Value frame_repr(Value s) {
  FrameObject* f = F(s);
  return format_str("<frame at %p, file %R, line %d, code %U>", static_cast<const void*>(f->code),
                    f->code->filename, f->lineno, f->code->name);
}

const GetSetDef kFrameGetsets[] = {
    {"f_code", f_code, nullptr},       {"f_globals", f_globals, nullptr}, {"f_builtins", f_builtins, nullptr},
    {"f_locals", f_locals, nullptr},   {"f_back", f_back, nullptr},       {"f_lineno", f_lineno, nullptr},
    {"f_lasti", f_lasti, nullptr},     {"f_trace", f_trace, nullptr},     {nullptr, nullptr, nullptr},
};

// A snapshot of `frame` whose f_back is `back` (stolen).
Value snapshot(Frame* frame, Value back) {
  Ref owned_back(back);
  Code* code = frame->code;
  Ref fast(tuple_new(code->nlocalsplus));
  if (!fast) return Value();
  for (uint32_t i = 0; i < code->nlocalsplus; ++i) {
    xincref(frame->localsplus[i]);
    as_tuple(fast.get())->items[i] = frame->localsplus[i];
  }
  auto* f = alloc<FrameObject>(&frame_type);
  if (!f) return Value();
  incref(code);
  f->code = code;
  incref(frame->globals);
  f->globals = frame->globals;
  incref(frame->builtins);
  f->builtins = frame->builtins;
  xincref(frame->locals);
  f->locals = frame->locals;
  f->fast = fast.release();
  f->back = owned_back.release();
  f->lasti = frame->lasti;
  f->lineno = code_line_at(code, frame->lasti);
  f->live = frame;
  return f;
}

bool ready_type();

}  // namespace

Value frame_object_new(Code* code, Dict* globals, Dict* builtins, Value locals, uint32_t lasti) {
  if (!ready_type()) return Value();
  auto* f = alloc<FrameObject>(&frame_type);
  if (!f) return Value();
  incref(code);
  f->code = code;
  incref(globals);
  f->globals = globals;
  incref(builtins);
  f->builtins = builtins;
  xincref(locals);
  f->locals = locals;
  f->back = newref(none());
  f->lasti = lasti;
  f->lineno = code_line_at(code, lasti);
  return f;
}

namespace {

bool ready_type() {
  if (frame_type.mro) return true;
  frame_type.name = "frame";
  frame_type.basic_size = sizeof(FrameObject);
  frame_type.dealloc = frame_dealloc;
  frame_type.repr = frame_repr;
  frame_type.getsets = kFrameGetsets;
  return type_ready(&frame_type);
}

}  // namespace

Value frame_at_depth(int64_t depth) {
  if (!ready_type()) return Value();
  Frame* f = current_frame();
  for (; f && depth > 0; --depth) f = f->previous;
  if (!f) return raise_str(&exc::ValueError, "call stack is not deep enough");
  // Outermost first, so each snapshot can take its caller's.
  std::vector<Frame*> chain;
  for (Frame* p = f; p; p = p->previous) chain.push_back(p);
  Value back = newref(none());
  for (size_t i = chain.size(); i-- > 0;) {
    back = snapshot(chain[i], back);
    if (!back) return Value();
  }
  return back;
}

}  // namespace pytier::light::vm
