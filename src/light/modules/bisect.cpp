// The _bisect module: binary search in a sorted sequence, and insertion
// there, with CPython's argument handling (a, x, lo=0, hi=None, *, key=None;
// an explicit hi of -1 means "the length", as in CPython).

#include <cstring>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

struct Search {
  Value a, x, key;  // borrowed; key: None for none
  int64_t lo = 0, hi = -1;
};

bool parse(const char* fname, const Value* args, size_t nargs, Value kwnames, Search* s) {
  static const char* const kNames[] = {"a", "x", "lo", "hi", "key"};
  if (nargs > 4) {
    type_error("%s() takes at most 4 positional arguments (%zd given)", fname, nargs);
    return false;
  }
  Value bound[5];
  if (!bind_keywords(fname, args, nargs, kwnames, kNames, 5, bound)) return false;
  for (int i = 0; i < 2; ++i) {
    if (!bound[i]) {
      type_error("%s() missing required argument '%s' (pos %d)", fname, kNames[i], i + 1);
      return false;
    }
  }
  s->a = bound[0];
  s->x = bound[1];
  s->key = bound[4] ? bound[4] : none();
  if (bound[2] && !index_as_ssize(bound[2], &s->lo)) return false;
  if (bound[3] && !is_none(bound[3])) {
    if (!is_index(bound[3])) {
      type_error("argument should be integer or None, not '%T'", bound[3]);
      return false;
    }
    if (!index_as_i64(bound[3], &s->hi, &exc::OverflowError)) return false;
  }
  if (s->lo < 0) {
    value_error("lo must be non-negative");
    return false;
  }
  return true;
}

// a[i], through key when there is one (new reference).
Value probe(const Search& s, int64_t i) {
  Value item;
  if (list_check_exact(s.a)) {
    List* l = as_list(s.a);
    if (i >= l->size) return index_error("list index out of range");
    item = newref(l->items[i]);
  } else {
    Ref index(int_from_i64(i));
    item = index ? getitem(s.a, index.get()) : Value();
  }
  if (!item || is_none(s.key)) return item;
  Ref held(item);
  return call1(s.key, item);
}

// The insertion point of x (already through key); -1 on error. `right`: after
// the items equal to x.
int64_t search(const Search& s, Value x, bool right) {
  int64_t lo = s.lo, hi = s.hi;
  if (hi == -1) {
    hi = length(s.a);
    if (hi < 0) return -1;
  }
  while (lo < hi) {
    int64_t mid = int64_t((uint64_t(lo) + uint64_t(hi)) / 2);
    Ref item(probe(s, mid));
    if (!item) return -1;
    int below = right ? compare_bool(x, item.get(), CompareOp::Lt) : compare_bool(item.get(), x, CompareOp::Lt);
    if (below < 0) return -1;
    if (below != right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

Value bisect(const char* fname, bool right, const Value* args, size_t nargs, Value kwnames) {
  Search s;
  if (!parse(fname, args, nargs, kwnames, &s)) return Value();
  int64_t i = search(s, s.x, right);
  return i < 0 ? Value() : int_from_i64(i);
}

Value insort(const char* fname, bool right, const Value* args, size_t nargs, Value kwnames) {
  Search s;
  if (!parse(fname, args, nargs, kwnames, &s)) return Value();
  Ref keyed = Ref::borrow(s.x);
  if (!is_none(s.key)) keyed = Ref(call1(s.key, s.x));
  if (!keyed) return Value();
  int64_t i = search(s, keyed.get(), right);
  if (i < 0) return Value();
  if (list_check_exact(s.a)) {
    List* l = as_list(s.a);
    if (list_append(s.a, s.x) < 0) return Value();
    if (i > l->size - 1) i = l->size - 1;
    std::memmove(l->items + i + 1, l->items + i, sizeof(Value) * size_t(l->size - 1 - i));
    l->items[i] = s.x;  // the reference list_append took
    return newref(none());
  }
  Ref index(int_from_i64(i));
  if (!index) return Value();
  Value call_args[] = {index.get(), s.x};
  return call_method(s.a, str_intern("insert"), call_args, 2);
}

Value bisect_left(Value, const Value* a, size_t n, Value k) { return bisect("bisect_left", false, a, n, k); }
Value bisect_right(Value, const Value* a, size_t n, Value k) { return bisect("bisect_right", true, a, n, k); }
Value insort_left(Value, const Value* a, size_t n, Value k) { return insort("insort_left", false, a, n, k); }
Value insort_right(Value, const Value* a, size_t n, Value k) { return insort("insort_right", true, a, n, k); }

const MethodDef kBisectFunctions[] = {
    {"bisect_left", bisect_left, 0, -1, MethodDef::kKeywords},
    {"bisect_right", bisect_right, 0, -1, MethodDef::kKeywords},
    {"insort_left", insort_left, 0, -1, MethodDef::kKeywords},
    {"insort_right", insort_right, 0, -1, MethodDef::kKeywords},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_bisect() {
  Module* m = module_new("_bisect");
  if (m && !add_functions(m, kBisectFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
