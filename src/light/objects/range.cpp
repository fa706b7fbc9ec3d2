#include "light/objects/range.h"

#include "light/num/bigint.h"
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

// The bounds as int64s, when they fit.
bool bounds(Value self, int64_t* start, int64_t* stop, int64_t* step) {
  Range* r = R(self);
  return int_to_i64(r->start, start) && int_to_i64(r->stop, stop) && int_to_i64(r->step, step);
}

int64_t count_of(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1) : 0;
  return start > stop ? int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1) : 0;
}

// The number of items, as CPython's compute_range_length (any size).
num::BigInt length_of(const num::BigInt& start, const num::BigInt& stop, const num::BigInt& step) {
  num::BigInt lo = start, hi = stop, st = step;
  if (step.is_negative()) {
    lo = stop;
    hi = start;
    st = -step;
  }
  if (lo >= hi) return num::BigInt(0);
  num::BigInt q;
  (void)num::BigInt::divmod(hi - lo - num::BigInt(1), st, &q, nullptr);
  return q + num::BigInt(1);
}

Value make_range(Value start, Value stop, Value step) {
  if (int_sign(step) == 0) return value_error("range() arg 3 must not be zero");
  int64_t a, b, c;
  Ref length;
  if (int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c)) {
    length = Ref(int_from_i64(count_of(a, b, c)));
  } else {
    length = Ref(int_from_big(length_of(int_to_big(start), int_to_big(stop), int_to_big(step))));
  }
  if (!length) return Value();
  auto* r = alloc<Range>(&range_type);
  if (!r) return Value();
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = length.release();
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
  if (!int_to_i64(R(self)->length, &n)) {
    overflow_error("Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int range_truth(Value self) { return int_sign(R(self)->length) != 0; }

// start + i * step, with int64 arithmetic when everything fits.
Value range_item(Value self, int64_t i) {
  int64_t start, stop, step, product, sum;
  if (bounds(self, &start, &stop, &step) && !__builtin_mul_overflow(i, step, &product) &&
      !__builtin_add_overflow(start, product, &sum)) {
    return int_from_i64(sum);
  }
  Range* r = R(self);
  return int_from_big(int_to_big(r->start) + num::BigInt(i) * int_to_big(r->step));
}

Value range_getitem(Value self, Value key) {
  Range* r = R(self);
  if (type_of(key) != &slice_type && (int_check(key) || type_of(key)->index)) {
    Ref index(to_index(key));
    if (!index) return Value();
    num::BigInt i = int_to_big(index.get()), n = int_to_big(r->length);
    if (i.is_negative()) i = i + n;
    if (i.is_negative() || i >= n) return index_error("range object index out of range");
    return int_from_big(int_to_big(r->start) + i * int_to_big(r->step));
  }
  int64_t n = range_len(self);
  if (n < 0) return Value();
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, n, &start, &stop, &step, &count) < 0) return Value();
    num::BigInt a = int_to_big(R(self)->start), c = int_to_big(R(self)->step);
    num::BigInt first = a + num::BigInt(start) * c;
    Ref s(int_from_big(first));
    Ref e(int_from_big(a + num::BigInt(stop) * c));
    Ref st(int_from_big(num::BigInt(step) * c));
    if (!s || !e || !st) return Value();
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
    Range* r = R(self);
    num::BigInt v = int_to_big(item), start = int_to_big(r->start), stop = int_to_big(r->stop);
    num::BigInt step = int_to_big(r->step);
    bool inside = step.is_negative() ? (v <= start && v > stop) : (v >= start && v < stop);
    if (!inside) return 0;
    num::BigInt rem;
    (void)num::BigInt::divmod(v - start, step, nullptr, &rem);
    return rem.is_zero();
  }
  int64_t n = range_len(self);
  if (n < 0) return -1;
  for (int64_t i = 0; i < n; ++i) {
    Ref x(range_item(self, i));
    int eq = equal(x.get(), item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value range_compare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &range_type || (op != CompareOp::Eq && op != CompareOp::Ne)) return newref(not_implemented());
  Range* x = R(a);
  Range* y = R(b);
  num::BigInt n = int_to_big(x->length);
  bool eq;
  if (n != int_to_big(y->length)) {
    eq = false;
  } else if (n.is_zero()) {
    eq = true;
  } else {
    eq = int_to_big(x->start) == int_to_big(y->start) && (n == num::BigInt(1) || int_to_big(x->step) == int_to_big(y->step));
  }
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

int64_t range_hash(Value self) {
  Range* r = R(self);
  int sign = int_sign(r->length);
  bool one = int_check_exact(r->length) && r->length == Value::small(1);
  Ref t(sign == 0 ? tuple_pack({r->length, none(), none()})
        : one     ? tuple_pack({r->length, r->start, none()})
                  : tuple_pack({r->length, r->start, r->step}));
  if (!t) return -1;
  return hash(t.get());
}

// Iterates a range whose items leave int64: plain int arithmetic.
struct LongRangeIterator : Object {
  Value next, step, remaining;
};
Type longrange_iterator_type;

Value long_iter(Value start, Value step, Value length) {
  auto* it = alloc<LongRangeIterator>(&longrange_iterator_type);
  if (!it) return Value();
  it->next = newref(start);
  it->step = newref(step);
  it->remaining = newref(length);
  return it;
}

Value long_iter_next(Value self) {
  auto* it = self.as<LongRangeIterator>();
  if (int_sign(it->remaining) <= 0) return Value();
  Value v = it->next;
  Value next = binary_op(v, it->step, BinaryOp::Add);
  Value remaining = binary_op(it->remaining, Value::small(1), BinaryOp::Subtract);
  if (!next || !remaining) {
    xdecref(next);
    xdecref(remaining);
    return Value();
  }
  it->next = next;
  set_slot(&it->remaining, remaining);
  return v;
}

void long_iter_dealloc(Object* o) {
  auto* it = static_cast<LongRangeIterator*>(o);
  decref(it->next);
  decref(it->step);
  decref(it->remaining);
  free_object(o);
}

// Fits when start, step, length and the last item all fit int64.
bool fits_fast(Value self) {
  int64_t start, stop, step, n, last, product;
  return bounds(self, &start, &stop, &step) && int_to_i64(R(self)->length, &n) &&
         !__builtin_mul_overflow(n, step, &product) && !__builtin_add_overflow(start, product, &last);
}

Value range_iter(Value self) {
  Range* r = R(self);
  if (!fits_fast(self)) return long_iter(r->start, r->step, r->length);
  auto* it = alloc<RangeIterator>(&range_iterator_type);
  if (!it) return Value();
  int64_t start, stop, step;
  bounds(self, &start, &stop, &step);
  it->next = start;
  it->step = step;
  int_to_i64(r->length, &it->remaining);
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
  Range* r = R(self);
  if (!fits_fast(self)) {
    Ref last(binary_op(r->length, Value::small(1), BinaryOp::Subtract));
    Ref offset(last ? binary_op(last.get(), r->step, BinaryOp::Multiply) : Value());
    Ref first(offset ? binary_op(r->start, offset.get(), BinaryOp::Add) : Value());
    Ref step(first ? negative(r->step) : Value());
    if (!step) return Value();
    return long_iter(first.get(), step.get(), r->length);
  }
  auto* it = alloc<RangeIterator>(&range_iterator_type);
  if (!it) return Value();
  int64_t start, stop, step, n;
  bounds(self, &start, &stop, &step);
  int_to_i64(r->length, &n);
  it->next = start + (n - 1) * step;
  it->step = -step;
  it->remaining = n;
  return it;
}

Value range_index(Value self, const Value* args, size_t, Value) {
  int r = range_contains(self, args[0]);
  if (r < 0) return Value();
  if (!r) return value_error("%R is not in range", args[0]);
  if (int_check_exact(args[0]) || type_of(args[0]) == &bool_type) {
    num::BigInt q;
    (void)num::BigInt::divmod(int_to_big(args[0]) - int_to_big(R(self)->start), int_to_big(R(self)->step), &q, nullptr);
    return int_from_big(q);
  }
  int64_t n = range_len(self);
  if (n < 0) return Value();
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
  if (n < 0) return Value();
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
  t = &longrange_iterator_type;
  t->name = "longrange_iterator";
  t->basic_size = sizeof(LongRangeIterator);
  t->dealloc = long_iter_dealloc;
  t->iter = self_iter;
  t->next = long_iter_next;
  register_static_type(t);
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
