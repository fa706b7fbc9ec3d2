// The atexit module: functions to call when the interpreter exits, after
// the uncaught exception's report and before stdout's final flush.

#include "light/modules/atexit.h"

#include <vector>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/runtime/stdio.h"
#include "light/vm/report.h"

namespace pytier::light::modules {

namespace {

struct Callback {
  Value func, args, kwargs;  // owned; kwargs may be null; all null once unregistered
};

// Unregistering empties a slot without shrinking the list, so that
// _ncallbacks() counts as CPython 3.11's does.
std::vector<Callback> callbacks;

void release(Callback* cb) {
  xdecref(cb->func);
  xdecref(cb->args);
  xdecref(cb->kwargs);
  *cb = Callback{};
}

void clear_callbacks() {
  std::vector<Callback> old;
  old.swap(callbacks);
  for (Callback& cb : old) release(&cb);
}

Value atexit_register(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0) return type_error("register() takes at least 1 argument (0 given)");
  if (!is_callable(args[0])) return type_error("the first argument must be callable");
  Ref rest(tuple_from_array(args + 1, nargs - 1));
  if (!rest) return Value();
  Ref kwargs;
  if (kwnames && as_tuple(kwnames)->size) {
    kwargs = Ref(Value(dict_new()));
    if (!kwargs) return Value();
    Tuple* names = as_tuple(kwnames);
    for (int64_t i = 0; i < names->size; ++i)
      if (dict_set(as_dict(kwargs.get()), names->items[i], args[nargs + size_t(i)]) < 0) return Value();
  }
  callbacks.push_back({newref(args[0]), rest.release(), kwargs.release()});
  return newref(args[0]);
}

Value atexit_unregister(Value, const Value* args, size_t, Value) {
  for (size_t i = 0; i < callbacks.size(); ++i) {
    if (!callbacks[i].func) continue;
    int eq = equal(callbacks[i].func, args[0]);
    if (eq < 0) return Value();
    if (eq) release(&callbacks[i]);
  }
  return newref(none());
}

Value atexit_run_exitfuncs(Value, const Value*, size_t, Value) {
  atexit_run();
  return newref(none());
}

Value atexit_clear(Value, const Value*, size_t, Value) {
  clear_callbacks();
  return newref(none());
}

Value atexit_ncallbacks(Value, const Value*, size_t, Value) { return int_from_i64(int64_t(callbacks.size())); }

const MethodDef kAtexitFunctions[] = {
    {"register", atexit_register, 0, -1, MethodDef::kKeywords},
    {"unregister", atexit_unregister, 1, 1},
    {"_run_exitfuncs", atexit_run_exitfuncs, 0, 0},
    {"_clear", atexit_clear, 0, 0},
    {"_ncallbacks", atexit_ncallbacks, 0, 0},
    {nullptr, nullptr, 0, 0},
};

void report_failure(Value func) {
  Ref exc(fetch());
  Ref text(repr(func));
  if (!text) clear_error();
  std::string line = "Exception ignored in atexit callback: ";
  line += text ? str_to_utf8(text.get()) : "<object repr() failed>";
  (void)stdout_flush();
  (void)stderr_write(line + "\n");
  vm::print_exception(exc.get());
}

}  // namespace

void atexit_run() {
  // A function registered while these run is not called (as in CPython).
  for (size_t i = callbacks.size(); i-- > 0;) {
    if (i >= callbacks.size() || !callbacks[i].func) continue;
    Ref func = Ref::borrow(callbacks[i].func), args = Ref::borrow(callbacks[i].args),
        kwargs = Ref::borrow(callbacks[i].kwargs);
    Ref r(call_tuple_dict(func.get(), args.get(), kwargs ? kwargs.get() : Value()));
    if (!r) report_failure(func.get());
  }
  clear_callbacks();
}

Module* make_atexit() {
  Module* m = module_new("atexit");
  if (!m) return nullptr;
  if (!add_functions(m, kAtexitFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
