// itertools.count, cycle and repeat: the iterators that never end by themselves.

#include "light/modules/itertools.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/complex.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules::itertools {

Type count_type, cycle_type, repeat_type;

namespace {

// ---- count

struct Count : Object {
  Value next;  // the value to return next
  Value step;
};

// CPython's PyNumber_Check: what count accepts as start and step.
bool is_number(Value v) {
  Type* t = type_of(v);
  return t->index || t->to_int || t->to_float || is_instance_of(v, &complex_type);
}

bool is_one(Value v) { return v == Value::small(1) || (int_check(v) && compare_bool(v, Value::small(1), CompareOp::Eq) == 1); }

Value count_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"start", "step"};
  Value a[2];
  if (!bind_keywords("count", args, nargs, kwnames, kNames, 2, a)) return Value();
  Value start = a[0] ? a[0] : Value::small(0);
  Value step = a[1] ? a[1] : Value::small(1);
  if (!is_number(start) || !is_number(step)) return type_error("a number is required");
  // An int start stepping by one counts in plain ints, as CPython's fast mode does.
  Ref first;
  int64_t i;
  if (int_check(start) && !int_check_exact(start) && int_check(step) && is_one(step) && int_to_i64(start, &i)) {
    first = Ref(int_from_i64(i));
    if (!first) return Value();
  } else {
    first = Ref::borrow(start);
  }
  auto* c = static_cast<Count*>(alloc_object(type, type->basic_size));
  if (!c) return Value();
  c->next = first.release();
  c->step = newref(step);
  return c;
}

Value count_next(Value self) {
  auto* c = self.as<Count>();
  Value result = c->next;
  Value after;
  if (result.is_small() && c->step.is_small() && Value::fits_small(result.small_value() + c->step.small_value())) {
    after = Value::small(result.small_value() + c->step.small_value());
  } else {
    after = binary_op(result, c->step, BinaryOp::Add);
    if (!after) return Value();
  }
  c->next = after;
  return result;  // the reference count held becomes the caller's
}

Value count_repr(Value self) {
  auto* c = self.as<Count>();
  Ref name(type_name(type_of(self)));
  if (!name) return Value();
  if (int_check(c->step) && is_one(c->step)) return format_str("%U(%R)", name.get(), c->next);
  return format_str("%U(%R, %R)", name.get(), c->next, c->step);
}

void count_dealloc(Object* o) {
  auto* c = static_cast<Count*>(o);
  xdecref(c->next);
  xdecref(c->step);
  free_object(o);
}

// ---- cycle

struct Cycle : Object {
  Value it;     // null once exhausted; then the items come from `saved`
  Value saved;  // a list of the items seen on the first pass
  int64_t index;
};

Value cycle_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords(type, &cycle_type, "cycle", kwnames) || !expect_args("cycle", nargs, 1)) return Value();
  Ref it(iter(args[0]));
  if (!it) return Value();
  Ref saved(list_new(0));
  if (!saved) return Value();
  auto* c = static_cast<Cycle*>(alloc_object(type, type->basic_size));
  if (!c) return Value();
  c->it = it.release();
  c->saved = saved.release();
  return c;
}

Value cycle_next(Value self) {
  auto* c = self.as<Cycle>();
  if (c->it) {
    Value item = next(c->it);
    if (item) {
      if (list_append(c->saved, item) < 0) {
        decref(item);
        return Value();
      }
      return item;
    }
    if (pending()) return Value();
    set_slot(&c->it, Value());
  }
  List* saved = as_list(c->saved);
  if (saved->size == 0) return Value();
  Value item = saved->items[c->index];
  if (++c->index >= saved->size) c->index = 0;
  return newref(item);
}

void cycle_dealloc(Object* o) {
  auto* c = static_cast<Cycle*>(o);
  xdecref(c->it);
  xdecref(c->saved);
  free_object(o);
}

// ---- repeat

struct Repeat : Object {
  Value element;
  int64_t left;  // -1: forever
};

Value repeat_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"object", "times"};
  Value a[2];
  if (!bind_keywords("repeat", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("repeat() missing required argument 'object' (pos 1)");
  int64_t left = -1;
  if (a[1]) {
    if (!index_as_ssize(a[1], &left)) return Value();
    if (left < 0) left = 0;
  }
  auto* r = static_cast<Repeat*>(alloc_object(type, type->basic_size));
  if (!r) return Value();
  r->element = newref(a[0]);
  r->left = left;
  return r;
}

Value repeat_next(Value self) {
  auto* r = self.as<Repeat>();
  if (r->left == 0) return Value();
  if (r->left > 0) --r->left;
  return newref(r->element);
}

Value repeat_repr(Value self) {
  auto* r = self.as<Repeat>();
  Ref name(type_name(type_of(self)));
  if (!name) return Value();
  if (r->left < 0) return format_str("%U(%R)", name.get(), r->element);
  return format_str("%U(%R, %lld)", name.get(), r->element, (long long)r->left);
}

Value repeat_length_hint(Value self, const Value*, size_t, Value) {
  auto* r = self.as<Repeat>();
  if (r->left < 0) return type_error("len() of unsized object");
  return int_from_i64(r->left);
}

const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeat_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

void repeat_dealloc(Object* o) {
  xdecref(static_cast<Repeat*>(o)->element);
  free_object(o);
}

}  // namespace

void init_infinite_types() {
  define_type(&count_type, "count", sizeof(Count), count_dealloc, count_new, count_next);
  count_type.repr = count_repr;
  define_type(&cycle_type, "cycle", sizeof(Cycle), cycle_dealloc, cycle_new, cycle_next);
  define_type(&repeat_type, "repeat", sizeof(Repeat), repeat_dealloc, repeat_new, repeat_next);
  repeat_type.repr = repeat_repr;
  repeat_type.methods = kRepeatMethods;
}

}  // namespace pytier::light::modules::itertools
