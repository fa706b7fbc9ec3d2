// The gc module. The Light tier frees objects by reference counting alone
// and has no cycle collector yet: collect() finds nothing and returns 0, and
// the switches and thresholds are kept only to be read back.

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/bytes.h"
#include "light/objects/complex.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

bool enabled = true;
int64_t thresholds[3] = {700, 10, 10};
int64_t debug_flags = 0;

Value none_result() { return newref(none()); }

Value gc_collect(Value, const Value* args, size_t nargs, Value) {
  int64_t generation = 2;
  if (nargs && !index_as_i64(args[0], &generation, &exc::OverflowError)) return Value();
  if (generation < 0 || generation > 2) return raise_str(&exc::ValueError, "invalid generation");
  return Value::small(0);
}

// get_stats(): one dict per generation, all counts zero.
Value gc_get_stats(Value, const Value*, size_t, Value) {
  Ref stats(list_new(0));
  if (!stats) return Value();
  for (int generation = 0; generation < 3; ++generation) {
    Ref d{Value(dict_new())};
    if (!d) return Value();
    for (const char* key : {"collections", "collected", "uncollectable"})
      if (dict_set(as_dict(d.get()), str_intern(key), Value::small(0)) < 0) return Value();
    if (list_append(stats.get(), d.get()) < 0) return Value();
  }
  return stats.release();
}
Value gc_enable(Value, const Value*, size_t, Value) {
  enabled = true;
  return none_result();
}
Value gc_disable(Value, const Value*, size_t, Value) {
  enabled = false;
  return none_result();
}
Value gc_isenabled(Value, const Value*, size_t, Value) { return py_bool(enabled); }

Value gc_get_threshold(Value, const Value*, size_t, Value) {
  return tuple_pack({Value::small(thresholds[0]), Value::small(thresholds[1]), Value::small(thresholds[2])});
}

Value gc_set_threshold(Value, const Value* args, size_t nargs, Value) {
  int64_t values[3];
  for (size_t i = 0; i < nargs; ++i)
    if (!index_as_i64(args[i], &values[i], &exc::OverflowError)) return Value();
  for (size_t i = 0; i < nargs; ++i) thresholds[i] = values[i];
  return none_result();
}

Value gc_get_count(Value, const Value*, size_t, Value) {
  return tuple_pack({Value::small(0), Value::small(0), Value::small(0)});
}

Value gc_get_debug(Value, const Value*, size_t, Value) { return int_from_i64(debug_flags); }
Value gc_set_debug(Value, const Value* args, size_t, Value) {
  if (!index_as_i64(args[0], &debug_flags, &exc::OverflowError)) return Value();
  return none_result();
}

// Whether CPython's collector would track v: the atomic built-in values are
// never tracked, containers and instances are.
Value gc_is_tracked(Value, const Value* args, size_t, Value) {
  Value v = args[0];
  bool atomic = int_check(v) || float_check(v) || str_check(v) || bytes_check(v) || is_none(v) ||
                type_of(v) == &complex_type;
  return py_bool(!atomic);
}

// freeze() and unfreeze(): with no collector there is nothing to exempt.
Value gc_freeze(Value, const Value*, size_t, Value) { return none_result(); }
Value gc_is_finalized(Value, const Value*, size_t, Value) { return newref(py_false()); }
Value gc_get_freeze_count(Value, const Value*, size_t, Value) { return Value::small(0); }

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect, 0, 1},
    {"enable", gc_enable, 0, 0},
    {"disable", gc_disable, 0, 0},
    {"isenabled", gc_isenabled, 0, 0},
    {"get_threshold", gc_get_threshold, 0, 0},
    {"set_threshold", gc_set_threshold, 1, 3},
    {"get_count", gc_get_count, 0, 0},
    {"get_stats", gc_get_stats, 0, 0},
    {"get_debug", gc_get_debug, 0, 0},
    {"set_debug", gc_set_debug, 1, 1},
    {"is_tracked", gc_is_tracked, 1, 1},
    {"is_finalized", gc_is_finalized, 1, 1},
    {"freeze", gc_freeze, 0, 0},
    {"unfreeze", gc_freeze, 0, 0},
    {"get_freeze_count", gc_get_freeze_count, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_gc() {
  Module* m = module_new("gc");
  if (!m) return nullptr;
  if (!add_functions(m, kGcFunctions) || !add_value(m, "garbage", list_new(0)) ||
      !add_value(m, "callbacks", list_new(0)) || !add_value(m, "DEBUG_STATS", Value::small(1)) ||
      !add_value(m, "DEBUG_COLLECTABLE", Value::small(2)) || !add_value(m, "DEBUG_UNCOLLECTABLE", Value::small(4)) ||
      !add_value(m, "DEBUG_SAVEALL", Value::small(32)) || !add_value(m, "DEBUG_LEAK", Value::small(38))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
