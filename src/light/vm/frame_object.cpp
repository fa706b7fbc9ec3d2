#include "light/vm/frame_object.h"

#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/cell.h"
#include "light/objects/code.h"
#include "light/objects/dict.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/vm/frame.h"

namespace pytier::light::vm {

Type frame_type;

namespace {

struct FrameObject : Object {
  Code* code;      // owned
  Dict* globals;   // owned
  Value locals;    // owned dict
  Value back;      // owned frame object or None
  uint32_t lasti;  // word offset of the instruction running when taken
};

FrameObject* F(Value v) { return v.as<FrameObject>(); }

Value make(Code* code, Dict* globals, Value locals, Value back, uint32_t lasti) {
  auto* f = alloc<FrameObject>(&frame_type);
  if (!f) {
    decref(locals);
    decref(back);
    return Value();
  }
  incref(code);
  incref(globals);
  f->code = code;
  f->globals = globals;
  f->locals = locals;  // stolen
  f->back = back;      // stolen
  f->lasti = lasti;
  return f;
}

void frame_dealloc(Object* o) {
  FrameObject* f = static_cast<FrameObject*>(o);
  decref(f->code);
  decref(f->globals);
  decref(f->locals);
  decref(f->back);
  free_object(o);
}

int32_t lineno_of(FrameObject* f) { return code_line_at(f->code, f->lasti); }

Value frame_repr(Value self) {
  FrameObject* f = F(self);
  return format_str("<frame at %p, file %R, line %d, code %U>", static_cast<void*>(f), f->code->filename,
                    int(lineno_of(f)), f->code->name);
}

Value f_code(Value s) { return newref(Value(F(s)->code)); }
Value f_globals(Value s) { return newref(Value(F(s)->globals)); }
Value f_locals(Value s) { return newref(F(s)->locals); }
Value f_back(Value s) { return newref(F(s)->back); }
Value f_lineno(Value s) { return int_from_i64(lineno_of(F(s))); }
Value f_lasti(Value s) { return int_from_i64(int64_t{F(s)->lasti} * 2); }
Value f_builtins(Value s) { return newref(Value(builtins_for(F(s)->globals))); }
Value f_trace(Value) { return newref(none()); }

// A snapshot has nothing to release: clear() succeeds and does nothing.
Value m_clear(Value, const Value*, size_t, Value) { return newref(none()); }

const GetSetDef kGetsets[] = {
    {"f_code", f_code, nullptr},       {"f_globals", f_globals, nullptr}, {"f_locals", f_locals, nullptr},
    {"f_back", f_back, nullptr},       {"f_lineno", f_lineno, nullptr},   {"f_lasti", f_lasti, nullptr},
    {"f_builtins", f_builtins, nullptr}, {"f_trace", f_trace, nullptr},   {nullptr, nullptr, nullptr},
};

const MethodDef kMethods[] = {
    {"clear", m_clear, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Value frame_locals(Frame* f) {
  if (f->locals) return newref(f->locals);
  Dict* d = dict_new();
  if (!d) return Value();
  Code* co = f->code;
  Tuple* names = as_tuple(co->localsplus_names);
  for (uint32_t i = 0; i < co->nlocalsplus; ++i) {
    Value v = f->localsplus[i];
    if (!v) continue;
    uint8_t kind = co->localsplus_kinds[i];
    if (kind & (compiler::LOCAL_CELL | compiler::LOCAL_FREE)) {
      if (v.is_small() || v.object()->type != &cell_type) {
        if (kind & compiler::LOCAL_FREE) continue;
      } else {
        v = v.as<Cell>()->ref;
        if (!v) continue;
      }
    }
    if (dict_set(d, names->items[i], v) < 0) {
      decref(d);
      return Value();
    }
  }
  return Value(d);
}

Value frame_object(Frame* f) {
  std::vector<Frame*> chain;
  for (Frame* p = f; p; p = p->previous) chain.push_back(p);
  Value back = newref(none());
  for (size_t i = chain.size(); i-- > 0;) {
    Frame* p = chain[i];
    Value locals = frame_locals(p);
    if (!locals) {
      decref(back);
      return Value();
    }
    back = make(p->code, p->globals, locals, back, p->lasti);
    if (!back) return Value();
  }
  return back;
}

Value frame_object_detached(Code* code, Dict* globals, uint32_t lasti) {
  Dict* locals = dict_new();
  if (!locals) return Value();
  return make(code, globals, Value(locals), newref(none()), lasti);
}

Value sys_getframe(Value, const Value* args, size_t nargs, Value) {
  int64_t depth = 0;
  if (nargs && !index_as_i64(args[0], &depth, &exc::OverflowError)) return Value();
  Frame* f = current_frame();
  for (; f && depth > 0; --depth) f = f->previous;
  if (!f) return value_error("call stack is not deep enough");
  return frame_object(f);
}

void init_frame_type() {
  Type* t = &frame_type;
  t->name = "frame";
  t->basic_size = sizeof(FrameObject);
  t->dealloc = frame_dealloc;
  t->repr = frame_repr;
  t->getsets = kGetsets;
  t->methods = kMethods;
}

}  // namespace pytier::light::vm
