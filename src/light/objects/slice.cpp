#include "light/objects/slice.h"

#include <algorithm>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type slice_type;

Value slice_new(Value start, Value stop, Value step) {
  auto* s = alloc<Slice>(&slice_type);
  if (!s) return Value();
  s->start = newref(start ? start : none());
  s->stop = newref(stop ? stop : none());
  s->step = newref(step ? step : none());
  return s;
}

namespace {

// A slice bound as an index clamped to int64 (CPython's _PyEval_SliceIndex).
bool bound(Value v, int64_t* out) {
  if (!int_check(v) && !type_of(v)->index) {
    type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_i64(v, out, nullptr);
}

}  // namespace

int slice_unpack(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* count) {
  Slice* s = slice.as<Slice>();
  *step = 1;
  if (!is_none(s->step)) {
    if (!bound(s->step, step)) return -1;
    if (*step == 0) {
      value_error("slice step cannot be zero");
      return -1;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;
  }
  bool back = *step < 0;
  if (is_none(s->start)) {
    *start = back ? INT64_MAX : 0;
  } else if (!bound(s->start, start)) {
    return -1;
  }
  if (is_none(s->stop)) {
    *stop = back ? INT64_MIN : INT64_MAX;
  } else if (!bound(s->stop, stop)) {
    return -1;
  }
  // CPython's PySlice_AdjustIndices.
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = back ? -1 : 0;
  } else if (*start >= length) {
    *start = back ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = back ? -1 : 0;
  } else if (*stop >= length) {
    *stop = back ? length - 1 : length;
  }
  if (back) {
    *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  } else {
    *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  }
  return 0;
}

namespace {

Slice* SL(Value v) { return v.as<Slice>(); }

void slice_dealloc(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(o);
}

Value slice_repr(Value self) {
  return format_str("slice(%R, %R, %R)", SL(self)->start, SL(self)->stop, SL(self)->step);
}

Value slice_new_slot(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("slice() takes no keyword arguments");
  if (nargs == 0) return type_error("slice expected at least 1 argument, got 0");
  if (nargs > 3) return type_error("slice expected at most 3 arguments, got %zd", nargs);
  if (nargs == 1) return slice_new(none(), args[0], none());
  return slice_new(args[0], args[1], nargs > 2 ? args[2] : none());
}

Value slice_compare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &slice_type) return newref(not_implemented());
  Value x[3] = {SL(a)->start, SL(a)->stop, SL(a)->step};
  Value y[3] = {SL(b)->start, SL(b)->stop, SL(b)->step};
  return compare_arrays(x, 3, y, 3, op);
}

Value slice_indices(Value self, const Value* args, size_t, Value) {
  int64_t length;
  if (!index_as_i64(args[0], &length, &exc::OverflowError)) return Value();
  if (length < 0) return value_error("length should not be negative");
  int64_t start, stop, step, count;
  if (slice_unpack(self, length, &start, &stop, &step, &count) < 0) return Value();
  Ref a(int_from_i64(start)), b(int_from_i64(stop)), c(int_from_i64(step));
  return tuple_pack({a.get(), b.get(), c.get()});
}

Value slice_start(Value self) { return newref(SL(self)->start); }
Value slice_stop(Value self) { return newref(SL(self)->stop); }
Value slice_step(Value self) { return newref(SL(self)->step); }

const GetSetDef kSliceGetsets[] = {
    {"start", slice_start, nullptr},
    {"stop", slice_stop, nullptr},
    {"step", slice_step, nullptr},
    {nullptr, nullptr, nullptr},
};

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_slice_type() {
  Type* t = &slice_type;
  t->name = "slice";
  t->basic_size = sizeof(Slice);
  t->dealloc = slice_dealloc;
  t->new_ = slice_new_slot;
  t->repr = slice_repr;
  t->hash = hash_unhashable;
  t->compare = slice_compare;
  t->getsets = kSliceGetsets;
  t->methods = kSliceMethods;
  for (Type* t : {&slice_type}) register_static_type(t);
}

bool search_bounds(const Value* args, size_t nargs, size_t first, int64_t length, int64_t* start,
                   int64_t* end) {
  *start = 0;
  *end = length;
  for (size_t i = first; i < nargs && i < first + 2; ++i) {
    if (is_none(args[i])) continue;
    if (!is_index(args[i])) {
      type_error("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!index_as_i64(args[i], i == first ? start : end, nullptr)) return false;
  }
  if (*start < 0) *start = std::max<int64_t>(0, *start + length);
  if (*end < 0) *end = std::max<int64_t>(0, *end + length);
  *end = std::min(*end, length);
  return true;
}

}  // namespace pytier::light
