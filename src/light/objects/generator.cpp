#include "light/objects/generator.h"

#include "light/objects/abstract.h"
#include "light/objects/code.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/frame.h"
#include "light/vm/interpreter.h"
#include "light/vm/opcodes.h"

namespace pytier::light {

Type generator_type;
Type coroutine_type;
Type async_generator_type;
Type coroutine_wrapper_type;
Type async_gen_op_type;

bool generator_check(Value v) {
  if (v.is_small()) return false;
  Type* t = v.object()->type;
  return t == &generator_type || t == &coroutine_type || t == &async_generator_type;
}

namespace {

const char* kind_name(Generator* g) {
  if (g->type == &coroutine_type) return "coroutine";
  if (g->type == &async_generator_type) return "async generator";
  return "generator";
}

// The iterator a suspended `yield from`/`await` delegates to, or null.
Value delegate_of(Generator* g) {
  vm::Frame* f = g->frame;
  if (!f || !g->started) return Value();
  uint32_t word = f->ip[-1];
  if (vm::opcode_of(word) != vm::YIELD_VALUE || vm::operand_of(word) != 1) return Value();
  return f->sp[-1];
}

void finish(Generator* g) {
  vm::Frame* f = g->frame;
  g->frame = nullptr;
  if (f) vm::frame_free(f);
  Value exc_state = g->exc_state;
  g->exc_state = Value();
  xdecref(exc_state);
}

// Runs the frame once: pushes `sent` (unless throwing), swaps in the
// generator's handled exception, and finishes the generator on return.
Value resume(Generator* g, Value sent, bool throwing, bool* done) {
  *done = false;
  vm::Frame* f = g->frame;
  if (!throwing && g->started) *f->sp++ = newref(sent);
  g->started = true;
  g->running = true;
  // thread.handled owns its reference: the caller's waits in `outer`, the
  // generator's own (kept while suspended) takes its place.
  Value outer = thread.handled;
  Value own = g->exc_state;
  g->exc_state = Value();
  thread.handled = own ? own : outer ? newref(outer) : Value();
  bool yielded = false;
  Value r;
  if (!enter_recursion("")) {
    r = Value();
  } else {
    r = vm::eval(f, throwing, &yielded);
    leave_recursion();
  }
  Value inner = thread.handled;
  thread.handled = outer;
  g->running = false;
  if (yielded && inner && inner != outer) {
    g->exc_state = inner;
  } else {
    xdecref(inner);
  }
  if (yielded) return r;
  finish(g);
  *done = true;
  if (!r && matches(&exc::StopIteration)) {
    // PEP 479: a StopIteration escaping the body becomes RuntimeError.
    Value stop = fetch();
    raise_fmt(&exc::RuntimeError, "%s raised StopIteration", kind_name(g));
    Value err = thread.exc;
    exception_set_cause(err, newref(stop));
    exception_set_context(err, stop);
  } else if (!r && g->type == &async_generator_type && matches(&exc::StopAsyncIteration)) {
    Value stop = fetch();
    raise_str(&exc::RuntimeError, "async generator raised StopAsyncIteration");
    Value err = thread.exc;
    exception_set_cause(err, newref(stop));
    exception_set_context(err, stop);
  }
  return r;
}

// What `throw(exc)` raises: exc itself, or an instance of the class exc.
Value exception_instance(Value exc) {
  if (type_check(exc) && is_subtype(as_type(exc), &exc::BaseException)) {
    Value made = call0(exc);
    if (made && !exception_check(made)) {
      raise_fmt(&exc::TypeError, "calling %R should have returned an instance of BaseException, not %T", exc, made);
      decref(made);
      return Value();
    }
    return made;
  }
  if (exception_check(exc)) return newref(exc);
  return type_error("exceptions must be classes or instances deriving from BaseException, not %s",
                    type_of(exc)->name.c_str());
}

bool check_runnable(Generator* g) {
  if (g->running) {
    raise_fmt(&exc::ValueError, "%s already executing", kind_name(g));
    return false;
  }
  return true;
}

// When the delegate of a `yield from` has finished with `value`, the frame
// continues after its SEND loop with that value as the result.
Value continue_after_delegate(Generator* g, Value value, bool* done) {
  vm::Frame* f = g->frame;
  Value sub = *--f->sp;
  decref(sub);
  uint32_t send = f->ip[-2];  // SEND, YIELD_VALUE, JUMP back: resume at SEND's exit
  f->ip = f->code->words + vm::operand_of(send);
  return resume(g, value, false, done);
}

Value gen_send_py(Value self, const Value* args, size_t nargs, Value kwnames) {
  bool done;
  Value r = generator_send(self.as<Generator>(), args[0], &done);
  if (!r || !done) return r;
  if (is_none(r)) {
    restore(exception_new(&exc::StopIteration, nullptr, 0));
    return Value();
  }
  stop_iteration(r);
  decref(r);
  return Value();
}

Value gen_throw_py(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value exc = args[0];
  Ref made;
  // throw(type, value): value is used as is when already a type instance
  // (contextlib passes the caught exception so), else it is type's argument,
  // or its arguments when a tuple.
  if (nargs >= 2 && !is_none(args[1])) {
    Value value = args[1];
    if (exception_check(exc)) return type_error("instance exception may not have a separate value");
    if (type_check(exc) && is_instance_of(value, as_type(exc))) {
      exc = value;
    } else if (type_check(exc)) {
      made = Ref(tuple_check(value) ? call(exc, as_tuple(value)->items, as_tuple(value)->size) : call1(exc, value));
      if (!made) return Value();
      exc = made.get();
    }
  }
  bool done;
  Value r = generator_throw(self.as<Generator>(), exc, &done);
  if (!r || !done) return r;
  if (is_none(r)) {
    restore(exception_new(&exc::StopIteration, nullptr, 0));
    return Value();
  }
  stop_iteration(r);
  decref(r);
  return Value();
}

Value gen_close(Value self, const Value*, size_t, Value) {
  Generator* g = self.as<Generator>();
  if (!g->frame) return newref(none());
  if (!g->started) {
    finish(g);
    return newref(none());
  }
  bool done;
  Value r = generator_throw(g, Value(&exc::GeneratorExit), &done);
  if (r) {
    decref(r);
    if (!done) return raise_fmt(&exc::RuntimeError, "%s ignored GeneratorExit", kind_name(g));
    return newref(none());
  }
  if (matches(&exc::GeneratorExit) || matches(&exc::StopIteration)) {
    clear_error();
    return newref(none());
  }
  return Value();
}

Value gen_iternext(Value self) {
  Generator* g = self.as<Generator>();
  if (!g->frame) return Value();
  bool done;
  Value r = generator_send(g, none(), &done);
  if (!r || !done) return r;
  // Returning: StopIteration(value), or plain exhaustion for None.
  if (!is_none(r)) stop_iteration(r);
  decref(r);
  return Value();
}

Value gen_iter(Value self) { return newref(self); }

Value gen_repr(Value self) {
  Generator* g = self.as<Generator>();
  return format_str("<%s object %U at %p>", kind_name(g), g->qualname, static_cast<void*>(g));
}

void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && g->started && g->type == &generator_type) {
    // Finalize a suspended generator as CPython does: close() it, so that
    // its finally blocks and context managers run now.
    ++g->refcount;
    Value saved = fetch();
    Value r = gen_close(Value(g), nullptr, 0, Value());
    if (r) decref(r);
    else clear_error();
    restore(saved);
    --g->refcount;
  }
  finish(g);
  xdecref(g->name);
  xdecref(g->qualname);
  free_object(o);
}

Value gen_name(Value s) { return newref(s.as<Generator>()->name); }
Value gen_qualname(Value s) { return newref(s.as<Generator>()->qualname); }
Value gen_running(Value s) { return newref(s.as<Generator>()->running ? Value(py_true()) : Value(py_false())); }
Value gen_code(Value s) {
  Generator* g = s.as<Generator>();
  return g->frame ? newref(Value(g->frame->code)) : newref(none());
}
Value gen_frame(Value s) { return newref(none()); }
Value gen_yieldfrom(Value s) {
  Value d = delegate_of(s.as<Generator>());
  return newref(d ? d : none());
}
Value gen_suspended(Value s) {
  Generator* g = s.as<Generator>();
  return newref(g->frame && g->started && !g->running ? Value(py_true()) : Value(py_false()));
}

const MethodDef kGeneratorMethods[] = {
    {"send", gen_send_py, 1, 1},
    {"throw", gen_throw_py, 1, 3},
    {"close", gen_close, 0, 0},
    {nullptr, nullptr, 0, 0},
};

const GetSetDef kGeneratorGetsets[] = {
    {"__name__", gen_name, nullptr},
    {"__qualname__", gen_qualname, nullptr},
    {"gi_running", gen_running, nullptr},
    {"gi_code", gen_code, nullptr},
    {"gi_frame", gen_frame, nullptr},
    {"gi_yieldfrom", gen_yieldfrom, nullptr},
    {"gi_suspended", gen_suspended, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef kCoroutineGetsets[] = {
    {"__name__", gen_name, nullptr},
    {"__qualname__", gen_qualname, nullptr},
    {"cr_running", gen_running, nullptr},
    {"cr_code", gen_code, nullptr},
    {"cr_frame", gen_frame, nullptr},
    {"cr_await", gen_yieldfrom, nullptr},
    {"cr_suspended", gen_suspended, nullptr},
    {nullptr, nullptr, nullptr},
};

// coroutine.__await__() gives an iterator over the coroutine.
struct CoroutineWrapper : Object {
  Value coro;
};

Value coro_await(Value self, const Value*, size_t, Value) {
  CoroutineWrapper* w = alloc<CoroutineWrapper>(&coroutine_wrapper_type);
  if (!w) return Value();
  w->coro = newref(self);
  return Value(w);
}

void wrapper_dealloc(Object* o) {
  decref(static_cast<CoroutineWrapper*>(o)->coro);
  free_object(o);
}
Value wrapper_next(Value self) { return gen_iternext(self.as<CoroutineWrapper>()->coro); }
Value wrapper_send(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_send_py(self.as<CoroutineWrapper>()->coro, args, nargs, kwnames);
}
Value wrapper_throw(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_throw_py(self.as<CoroutineWrapper>()->coro, args, nargs, kwnames);
}
Value wrapper_close(Value self, const Value* args, size_t nargs, Value kwnames) {
  return gen_close(self.as<CoroutineWrapper>()->coro, args, nargs, kwnames);
}

// ---- async generators: __anext__(), asend(), athrow() and aclose() give an
// awaitable that runs the generator to its next plain `yield` (delivered as
// StopIteration(value)) and passes the values its awaits yield through.

struct AsyncGenOp : Object {
  Generator* gen;  // owned
  Value value;     // what to send, or the exception to throw in
  enum Kind : uint8_t { kSend, kThrow, kClose } kind;
  enum State : uint8_t { kInit, kIter, kClosed } state;
};

bool yielded_plain(Generator* g) {
  return g->frame && vm::operand_of(g->frame->ip[-1]) == 0;
}

Value op_unwrap(AsyncGenOp* op, Value r, bool done) {
  if (!r) {
    op->state = AsyncGenOp::kClosed;
    if (op->kind == AsyncGenOp::kClose && (matches(&exc::StopAsyncIteration) || matches(&exc::GeneratorExit))) {
      clear_error();
      restore(exception_new(&exc::StopIteration, nullptr, 0));
    }
    return Value();
  }
  if (done) {
    decref(r);
    op->state = AsyncGenOp::kClosed;
    if (op->kind == AsyncGenOp::kClose) restore(exception_new(&exc::StopIteration, nullptr, 0));
    else restore(exception_new(&exc::StopAsyncIteration, nullptr, 0));
    return Value();
  }
  if (!yielded_plain(op->gen)) return r;  // an await inside: pass it through
  op->state = AsyncGenOp::kClosed;
  if (op->kind == AsyncGenOp::kClose) {
    decref(r);
    return raise_str(&exc::RuntimeError, "async generator ignored GeneratorExit");
  }
  stop_iteration(r);
  decref(r);
  return Value();
}

Value op_send(AsyncGenOp* op, Value arg) {
  if (op->state == AsyncGenOp::kClosed)
    return raise_str(&exc::RuntimeError, op->kind == AsyncGenOp::kSend
                                             ? "cannot reuse already awaited __anext__()/asend()"
                                             : "cannot reuse already awaited aclose()/athrow()");
  bool done;
  Value r;
  if (op->state == AsyncGenOp::kInit) {
    op->state = AsyncGenOp::kIter;
    if (op->kind == AsyncGenOp::kSend) r = generator_send(op->gen, is_none(arg) ? op->value : arg, &done);
    else r = generator_throw(op->gen, op->value, &done);
  } else {
    r = generator_send(op->gen, arg, &done);
  }
  return op_unwrap(op, r, done);
}

Value op_next(Value self) { return op_send(self.as<AsyncGenOp>(), none()); }
Value op_send_py(Value self, const Value* args, size_t, Value) { return op_send(self.as<AsyncGenOp>(), args[0]); }
Value op_throw_py(Value self, const Value* args, size_t, Value) {
  AsyncGenOp* op = self.as<AsyncGenOp>();
  if (op->state == AsyncGenOp::kClosed) return raise_str(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  bool done;
  Value r = generator_throw(op->gen, args[0], &done);
  return op_unwrap(op, r, done);
}
Value op_close_py(Value self, const Value*, size_t, Value) {
  self.as<AsyncGenOp>()->state = AsyncGenOp::kClosed;
  return newref(none());
}
Value op_await(Value self, const Value*, size_t, Value) { return newref(self); }

void op_dealloc(Object* o) {
  AsyncGenOp* op = static_cast<AsyncGenOp*>(o);
  decref(op->gen);
  xdecref(op->value);
  free_object(o);
}

Value op_new(Value gen, AsyncGenOp::Kind kind, Value value) {
  AsyncGenOp* op = alloc<AsyncGenOp>(&async_gen_op_type);
  if (!op) return Value();
  op->gen = gen.as<Generator>();
  incref(gen);
  op->value = newref(value);
  op->kind = kind;
  op->state = AsyncGenOp::kInit;
  return Value(op);
}

Value agen_anext(Value self, const Value*, size_t, Value) { return op_new(self, AsyncGenOp::kSend, none()); }
Value agen_asend(Value self, const Value* args, size_t, Value) { return op_new(self, AsyncGenOp::kSend, args[0]); }
Value agen_athrow(Value self, const Value* args, size_t, Value) { return op_new(self, AsyncGenOp::kThrow, args[0]); }
Value agen_aclose(Value self, const Value*, size_t, Value) {
  return op_new(self, AsyncGenOp::kClose, Value(&exc::GeneratorExit));
}
Value agen_aiter(Value self, const Value*, size_t, Value) { return newref(self); }

const MethodDef kAsyncGenMethods[] = {
    {"__aiter__", agen_aiter, 0, 0},
    {"__anext__", agen_anext, 0, 0},
    {"asend", agen_asend, 1, 1},
    {"athrow", agen_athrow, 1, 3},
    {"aclose", agen_aclose, 0, 0},
    {nullptr, nullptr, 0, 0},
};

const MethodDef kAsyncGenOpMethods[] = {
    {"send", op_send_py, 1, 1},
    {"throw", op_throw_py, 1, 3},
    {"close", op_close_py, 0, 0},
    {"__await__", op_await, 0, 0},
    {nullptr, nullptr, 0, 0},
};

const MethodDef kCoroutineMethods[] = {
    {"send", gen_send_py, 1, 1},
    {"throw", gen_throw_py, 1, 3},
    {"close", gen_close, 0, 0},
    {"__await__", coro_await, 0, 0},
    {nullptr, nullptr, 0, 0},
};

const MethodDef kWrapperMethods[] = {
    {"send", wrapper_send, 1, 1},
    {"throw", wrapper_throw, 1, 3},
    {"close", wrapper_close, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Value generator_new(vm::Frame* frame) {
  uint32_t flags = frame->code->flags;
  Type* type = (flags & compiler::CO_COROUTINE)         ? &coroutine_type
               : (flags & compiler::CO_ASYNC_GENERATOR) ? &async_generator_type
                                                        : &generator_type;
  Generator* g = alloc<Generator>(type);
  if (!g) {
    vm::frame_free(frame);
    return Value();
  }
  g->frame = frame;
  frame->gen = g;
  g->name = newref(frame->func ? frame->func->name : frame->code->name);
  g->qualname = newref(frame->func ? frame->func->qualname : frame->code->qualname);
  return Value(g);
}

Value generator_send(Generator* g, Value sent, bool* done) {
  *done = false;
  if (!check_runnable(g)) return Value();
  if (!g->frame) {
    if (g->type == &coroutine_type) return raise_str(&exc::RuntimeError, "cannot reuse already awaited coroutine");
    *done = true;
    return newref(none());
  }
  if (!g->started && !is_none(sent))
    return raise_fmt(&exc::TypeError, "can't send non-None value to a just-started %s", kind_name(g));
  return resume(g, sent, false, done);
}

Value generator_throw(Generator* g, Value exc, bool* done) {
  *done = false;
  if (!check_runnable(g)) return Value();
  if (Value sub = delegate_of(g)) {
    Ref delegate = Ref::borrow(sub);
    bool is_close = exc == Value(&exc::GeneratorExit) || is_instance_of(exc, &exc::GeneratorExit);
    Value r;
    bool sub_done = false;
    g->running = true;
    if (is_close) {
      // Close the delegate first, then raise GeneratorExit here.
      r = generator_check(sub) ? gen_close(sub, nullptr, 0, Value()) : Value();
      if (!generator_check(sub)) {
        Value close;
        int rc = lookup_attr(sub, names::close, &close);
        r = rc > 0 ? call0(close) : rc == 0 ? newref(none()) : Value();
        if (rc > 0) decref(close);
      }
      g->running = false;
      if (!r) return resume(g, Value(), true, done);
      decref(r);
    } else if (generator_check(sub)) {
      r = generator_throw(sub.as<Generator>(), exc, &sub_done);
      g->running = false;
      if (r && !sub_done) return r;
      if (r) {
        Value v = continue_after_delegate(g, r, done);
        decref(r);
        return v;
      }
      if (matches(&exc::StopIteration)) {
        Value stop = fetch();
        Value v = stop_iteration_value(stop);
        decref(stop);
        Value out = continue_after_delegate(g, v, done);
        decref(v);
        return out;
      }
      return resume(g, Value(), true, done);
    } else {
      Value throw_fn;
      int rc = lookup_attr(sub, str_intern("throw"), &throw_fn);
      g->running = false;
      if (rc < 0) return resume(g, Value(), true, done);
      if (rc > 0) {
        r = call1(throw_fn, exc);
        decref(throw_fn);
        if (r) return r;
        if (matches(&exc::StopIteration)) {
          Value stop = fetch();
          Value v = stop_iteration_value(stop);
          decref(stop);
          Value out = continue_after_delegate(g, v, done);
          decref(v);
          return out;
        }
        return resume(g, Value(), true, done);
      }
    }
  }
  Value instance = exception_instance(exc);
  if (!instance) return Value();
  restore(instance);
  // A finished generator just re-raises what is thrown in.
  if (!g->frame) return Value();
  return resume(g, Value(), true, done);
}

void init_generator_types() {
  Type* types[] = {&generator_type, &coroutine_type, &async_generator_type};
  const char* names_[] = {"generator", "coroutine", "async_generator"};
  for (int i = 0; i < 3; ++i) {
    Type* t = types[i];
    t->name = names_[i];
    t->flags |= Type::kWeakrefable;
    t->basic_size = sizeof(Generator);
    t->dealloc = gen_dealloc;
    t->repr = gen_repr;
    t->methods = t == &coroutine_type ? kCoroutineMethods
                 : t == &async_generator_type ? kAsyncGenMethods
                                              : kGeneratorMethods;
    t->getsets = t == &coroutine_type ? kCoroutineGetsets : kGeneratorGetsets;
    if (t == &generator_type) {
      t->iter = gen_iter;
      t->next = gen_iternext;
    }
  }
  Type* op = &async_gen_op_type;
  op->name = "async_generator_asend";
  op->basic_size = sizeof(AsyncGenOp);
  op->dealloc = op_dealloc;
  op->iter = gen_iter;
  op->next = op_next;
  op->methods = kAsyncGenOpMethods;
  Type* w = &coroutine_wrapper_type;
  w->name = "coroutine_wrapper";
  w->basic_size = sizeof(CoroutineWrapper);
  w->dealloc = wrapper_dealloc;
  w->iter = gen_iter;
  w->next = wrapper_next;
  w->methods = kWrapperMethods;
}

}  // namespace pytier::light
