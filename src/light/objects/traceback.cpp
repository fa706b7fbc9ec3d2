#include "light/objects/traceback.h"

#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/runtime/error.h"
#include "light/vm/frame_object.h"

namespace pytier::light {

Type traceback_type;

namespace {

void traceback_dealloc(Object* o) {
  Traceback* tb = static_cast<Traceback*>(o);
  decref(tb->next);
  decref(tb->code);
  xdecref(tb->frame);
  if (tb->globals) decref(tb->globals);
  if (tb->builtins) decref(tb->builtins);
  xdecref(tb->locals);
  free_object(o);
}

Value tb_next(Value s) { return newref(s.as<Traceback>()->next); }
Value tb_lineno(Value s) { return int_from_i64(s.as<Traceback>()->lineno); }
Value tb_lasti(Value s) { return int_from_i64(int64_t{s.as<Traceback>()->lasti} * 2); }
// The frame object, made on first use from what traceback_here kept.
Value tb_frame(Value s) {
  Traceback* tb = s.as<Traceback>();
  if (!tb->frame && tb->globals) {
    tb->frame = vm::frame_object_new(tb->code, tb->globals, tb->builtins, tb->locals, tb->lasti);
    if (!tb->frame) return Value();
  }
  return newref(tb->frame ? tb->frame : none());
}

int set_tb_next(Value s, Value v) {
  if (!v || (!is_none(v) && !traceback_check(v))) {
    type_error("expected traceback object or None, got '%s'", v ? type_of(v)->name.c_str() : "NULL");
    return -1;
  }
  set_slot(&s.as<Traceback>()->next, newref(v));
  return 0;
}

const GetSetDef kTracebackGetsets[] = {
    {"tb_next", tb_next, set_tb_next},
    {"tb_lineno", tb_lineno, nullptr},
    {"tb_lasti", tb_lasti, nullptr},
    {"tb_frame", tb_frame, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void traceback_here(Code* code, uint32_t lasti) {
  Value exc = thread.exc;
  if (!exc || !exception_check(exc)) return;
  BaseExceptionObject* e = as_exception(exc);
  Traceback* tb = alloc<Traceback>(&traceback_type);
  if (!tb) return;
  incref(code);
  tb->code = code;
  tb->lasti = lasti;
  tb->lineno = code_line_at(code, lasti);
  if (vm::Frame* f = vm::current_frame(); f && f->code == code) {
    incref(f->globals);
    tb->globals = f->globals;
    incref(f->builtins);
    tb->builtins = f->builtins;
    xincref(f->locals);
    tb->locals = f->locals;
  }
  tb->next = e->traceback && !is_none(e->traceback) ? e->traceback : newref(none());
  e->traceback = Value(tb);
}

void init_traceback_type() {
  Type* t = &traceback_type;
  t->name = "traceback";
  t->basic_size = sizeof(Traceback);
  t->dealloc = traceback_dealloc;
  t->getsets = kTracebackGetsets;
}

}  // namespace pytier::light
