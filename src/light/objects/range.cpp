#include "light/objects/range.h"

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type range_type;
Type range_iterator_type;

namespace {

Range* R(Value v) { return v.as<Range>(); }

// The Light tier keeps range bounds in int64 (make_range refuses more).
bool bounds(Value self, int64_t* start, int64_t* stop, int64_t* step) {
  Range* r = R(self);
  return int_to_i64(r->start, start) && int_to_i64(r->stop, stop) && int_to_i64(r->step, step);
}

int64_t count_of(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1) : 0;
  return start > stop ? int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1) : 0;
}

Value make_range(Value start, Value stop, Value step) {
  int64_t a, b, c;
  if (!int_to_i64(start, &a) || !int_to_i64(stop, &b) || !int_to_i64(step, &c)) {
    return raise_str(&exc::NotImplementedError, "pytier light: range bounds beyond 64 bits");
  }
  if (c == 0) return value_error("range() arg 3 must not be zero");
  auto* r = alloc<Range>(&range_type);
  if (!r) return Value();
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = int_from_i64(count_of(a, b, c));
  return r;
}

Value range_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("range() takes no keyword arguments");
  if (nargs == 0) return type_error("range expected at least 1 argument, got 0");
  if (nargs > 3) return type_error("range expected at most 3 arguments, got %zd", nargs);
  Ref v[3];
  for (size_t i = 0; i < nargs; ++i) {
    v[i] = Ref(to_index(args[i]));
    if (!v[i]) return Value();
  }
  if (nargs == 1) return make_range(Value::small(0), v[0].get(), Value::small(1));
  return make_range(v[0].get(), v[1].get(), nargs == 3 ? v[2].get() : Value::small(1));
}

void range_dealloc(Object* o) {
  Range* r = static_cast<Range*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(o);
}

Value range_repr(Value self) {
  Range* r = R(self);
  int64_t step;
  if (int_to_i64(r->step, &step) && step == 1) return format_str("range(%R, %R)", r->start, r->stop);
  return format_str("range(%R, %R, %R)", r->start, r->stop, r->step);
}

int64_t range_len(Value self) {
  int64_t n;
  int_to_i64(R(self)->length, &n);
  return n;
}

int range_truth(Value self) { return range_len(self) != 0; }

Value range_item(Value self, int64_t i) {
  int64_t start, stop, step;
  bounds(self, &start, &stop, &step);
  return int_from_i64(start + i * step);
}

Value range_getitem(Value self, Value key) {
  int64_t n = range_len(self);
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, n, &start, &stop, &step, &count) < 0) return Value();
    int64_t a, b, c;
    bounds(self, &a, &b, &c);
    Ref s(int_from_i64(a + start * c)), e(int_from_i64(a + (start + count * step) * c)), st(int_from_i64(step * c));
    if (count == 0) e = Ref(int_from_i64(a + start * c));
    return make_range(s.get(), e.get(), st.get());
  }
  if (!int_check(key) && !type_of(key)->index) {
    return type_error("range indices must be integers or slices, not %.200s", type_of(key)->name.c_str());
  }
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return Value();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return index_error("range object index out of range");
  return range_item(self, i);
}

int range_contains(Value self, Value item) {
  if (int_check_exact(item) || type_of(item) == &bool_type) {
    int64_t v, start, stop, step;
    if (!int_to_i64(item, &v)) return 0;
    bounds(self, &start, &stop, &step);
    if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return 0;
    return (v - start) % step == 0;
  }
  int64_t n = range_len(self);
  for (int64_t i = 0; i < n; ++i) {
    Ref x(range_item(self, i));
    int eq = equal(x.get(), item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value range_compare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &range_type || (op != CompareOp::Eq && op != CompareOp::Ne)) return newref(not_implemented());
  int64_t n = range_len(a), m = range_len(b);
  bool eq;
  if (n != m) {
    eq = false;
  } else if (n == 0) {
    eq = true;
  } else {
    int64_t s1, e1, st1, s2, e2, st2;
    bounds(a, &s1, &e1, &st1);
    bounds(b, &s2, &e2, &st2);
    eq = s1 == s2 && (n == 1 || st1 == st2);
  }
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

int64_t range_hash(Value self) {
  int64_t n = range_len(self);
  Range* r = R(self);
  Ref t(n == 0   ? tuple_pack({r->length, none(), none()})
        : n == 1 ? tuple_pack({r->length, r->start, none()})
                 : tuple_pack({r->length, r->start, r->step}));
  if (!t) return -1;
  return hash(t.get());
}

Value range_iter(Value self) {
  auto* it = alloc<RangeIterator>(&range_iterator_type);
  if (!it) return Value();
  int64_t start, stop, step;
  bounds(self, &start, &stop, &step);
  it->next = start;
  it->step = step;
  it->remaining = range_len(self);
  return it;
}

Value range_iter_next(Value self) {
  auto* it = self.as<RangeIterator>();
  if (it->remaining <= 0) return Value();
  --it->remaining;
  int64_t v = it->next;
  it->next += it->step;
  return int_from_i64(v);
}

Value self_iter(Value v) { return newref(v); }
void plain_dealloc(Object* o) { free_object(o); }

Value range_iter_length_hint(Value self, const Value*, size_t, Value) {
  return int_from_i64(self.as<RangeIterator>()->remaining);
}

Value range_reversed(Value self, const Value*, size_t, Value) {
  auto* it = alloc<RangeIterator>(&range_iterator_type);
  if (!it) return Value();
  int64_t start, stop, step, n = range_len(self);
  bounds(self, &start, &stop, &step);
  it->next = start + (n - 1) * step;
  it->step = -step;
  it->remaining = n;
  return it;
}

Value range_index(Value self, const Value* args, size_t, Value) {
  int r = range_contains(self, args[0]);
  if (r < 0) return Value();
  if (!r) return value_error("%R is not in range", args[0]);
  int64_t v, start, stop, step;
  if (int_to_i64(args[0], &v)) {
    bounds(self, &start, &stop, &step);
    return int_from_i64((v - start) / step);
  }
  int64_t n = range_len(self);
  for (int64_t i = 0; i < n; ++i) {
    Ref x(range_item(self, i));
    int eq = equal(x.get(), args[0]);
    if (eq < 0) return Value();
    if (eq) return int_from_i64(i);
  }
  return value_error("%R is not in range", args[0]);
}

Value range_count(Value self, const Value* args, size_t, Value) {
  if (int_check_exact(args[0])) {
    int r = range_contains(self, args[0]);
    return r < 0 ? Value() : Value::small(r);
  }
  int64_t n = range_len(self), count = 0;
  for (int64_t i = 0; i < n; ++i) {
    Ref x(range_item(self, i));
    int eq = equal(x.get(), args[0]);
    if (eq < 0) return Value();
    count += eq;
  }
  return Value::small(count);
}

const MethodDef kRangeMethods[] = {
    {"__reversed__", range_reversed, 0, 0},
    {"index", range_index, 1, 1},
    {"count", range_count, 1, 1},
    {nullptr, nullptr, 0, 0},
};

const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", range_iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value range_start(Value self) { return newref(R(self)->start); }
Value range_stop(Value self) { return newref(R(self)->stop); }
Value range_step(Value self) { return newref(R(self)->step); }

const GetSetDef kRangeGetsets[] = {
    {"start", range_start, nullptr},
    {"stop", range_stop, nullptr},
    {"step", range_step, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void init_range_types() {
  Type* t = &range_type;
  t->name = "range";
  t->basic_size = sizeof(Range);
  t->dealloc = range_dealloc;
  t->new_ = range_new;
  t->repr = range_repr;
  t->hash = range_hash;
  t->compare = range_compare;
  t->len = range_len;
  t->truth = range_truth;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->methods = kRangeMethods;
  t->getsets = kRangeGetsets;
  t = &range_iterator_type;
  t->name = "range_iterator";
  t->basic_size = sizeof(RangeIterator);
  t->dealloc = plain_dealloc;
  t->iter = self_iter;
  t->next = range_iter_next;
  t->methods = kRangeIterMethods;
  for (Type* t : {&range_type, &range_iterator_type}) register_static_type(t);
}

}  // namespace pytier::light
