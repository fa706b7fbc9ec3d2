#include "light/objects/tuple.h"

#include <string>
#include <vector>

#include "light/num/hash.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type tuple_type;
Type tuple_iterator_type;

namespace {

Tuple* the_empty_tuple;
std::vector<Object*> repr_stack;

Tuple* tuple_alloc(Type* type, size_t n) {
  return static_cast<Tuple*>(alloc_object(type, std::max(type->basic_size, sizeof(Tuple)) + n * sizeof(Value)));
}

}  // namespace

Value empty_tuple() { return Value(the_empty_tuple); }

Value tuple_new(size_t n) {
  if (n == 0) return Value(the_empty_tuple);
  if (!fits_allocation(n, sizeof(Value))) return no_memory();
  Tuple* t = tuple_alloc(&tuple_type, n);
  if (!t) return Value();
  t->size = int64_t(n);
  return t;
}

Value tuple_from_array(const Value* items, size_t n) {
  Value t = tuple_new(n);
  if (!t) return Value();
  for (size_t i = 0; i < n; ++i) as_tuple(t)->items[i] = newref(items[i]);
  return t;
}

Value tuple_pack(std::initializer_list<Value> items) { return tuple_from_array(items.begin(), items.size()); }

bool repr_enter(Value v) {
  for (Object* o : repr_stack) {
    if (o == v.object()) return false;
  }
  repr_stack.push_back(v.object());
  return true;
}

void repr_leave(Value v) {
  for (size_t i = repr_stack.size(); i-- > 0;) {
    if (repr_stack[i] == v.object()) {
      repr_stack.erase(repr_stack.begin() + int64_t(i));
      return;
    }
  }
}

Value compare_arrays(const Value* a, int64_t n, const Value* b, int64_t m, CompareOp op) {
  int64_t i = 0;
  for (; i < n && i < m; ++i) {
    int eq = equal(a[i], b[i]);
    if (eq < 0) return Value();
    if (!eq) break;
  }
  if (i >= n || i >= m) {
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = n < m; break;
      case CompareOp::Le: r = n <= m; break;
      case CompareOp::Eq: r = n == m; break;
      case CompareOp::Ne: r = n != m; break;
      case CompareOp::Gt: r = n > m; break;
      case CompareOp::Ge: r = n >= m; break;
    }
    return newref(py_bool(r));
  }
  if (op == CompareOp::Eq) return newref(py_false());
  if (op == CompareOp::Ne) return newref(py_true());
  return compare(a[i], b[i], op);
}

Value repr_array(const Value* items, int64_t n, const char* open, const char* close) {
  std::string out = open;
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    Ref r(repr(items[i]));
    if (!r) return Value();
    out += str_to_utf8(r.get());
  }
  out += close;
  return str_from_utf8(out);
}

namespace {

Tuple* T(Value v) { return v.as<Tuple>(); }

void tuple_dealloc(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = t->size; i-- > 0;) xdecref(t->items[i]);
  free_object(o);
}

Value tuple_repr(Value self) {
  Tuple* t = T(self);
  if (t->size == 0) return str_from_ascii("()");
  if (!repr_enter(self)) return str_from_ascii("(...)");
  Value r = t->size == 1 ? repr_array(t->items, 1, "(", ",)") : repr_array(t->items, t->size, "(", ")");
  repr_leave(self);
  return r;
}

int64_t tuple_hash(Value self) {
  Tuple* t = T(self);
  num::TupleHasher hasher;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t h = hash(t->items[i]);
    if (h == -1) return -1;
    hasher.add(h);
  }
  return hasher.finish(size_t(t->size));
}

Value tuple_compare(Value a, Value b, CompareOp op) {
  if (!tuple_check(b)) return newref(not_implemented());
  return compare_arrays(T(a)->items, T(a)->size, T(b)->items, T(b)->size, op);
}

int64_t tuple_len(Value self) { return T(self)->size; }

int tuple_contains(Value self, Value item) {
  Tuple* t = T(self);
  for (int64_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value tuple_getitem(Value self, Value key) {
  Tuple* t = T(self);
  if (key.is_small()) {
    int64_t i = key.small_value();
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) return index_error("tuple index out of range");
    return newref(t->items[i]);
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, t->size, &start, &stop, &step, &count) < 0) return Value();
    if (count == t->size && step == 1 && tuple_check_exact(self)) return newref(self);
    Value r = tuple_new(size_t(count));
    if (!r) return Value();
    for (int64_t i = 0, j = start; i < count; ++i, j += step) T(r)->items[i] = newref(t->items[j]);
    return r;
  }
  if (!type_of(key)->index) {
    return type_error("tuple indices must be integers or slices, not %.200s", type_of(key)->name.c_str());
  }
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return Value();
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return index_error("tuple index out of range");
  return newref(t->items[i]);
}

Value tuple_add(Value a, Value b) {
  if (!tuple_check(a)) return newref(not_implemented());
  if (!tuple_check(b)) return newref(not_implemented());  // b's __radd__ may take it
  Tuple* x = T(a);
  Tuple* y = T(b);
  if (y->size == 0 && tuple_check_exact(a)) return newref(a);
  if (x->size == 0 && tuple_check_exact(b)) return newref(b);
  Value r = tuple_new(size_t(x->size + y->size));
  if (!r) return Value();
  for (int64_t i = 0; i < x->size; ++i) T(r)->items[i] = newref(x->items[i]);
  for (int64_t i = 0; i < y->size; ++i) T(r)->items[x->size + i] = newref(y->items[i]);
  return r;
}

Value tuple_repeat(Value t, Value n) {
  if (!int_check(n) && !type_of(n)->index) {
    return type_error("can't multiply sequence by non-int of type '%.200s'", type_of(n)->name.c_str());
  }
  int64_t count;
  if (!index_as_i64(n, &count, &exc::OverflowError)) return Value();
  Tuple* src = T(t);
  if (count <= 0 || src->size == 0) return tuple_new(0);
  if (count == 1 && tuple_check_exact(t)) return newref(t);
  if (!fits_allocation(uint64_t(count), uint64_t(src->size) * sizeof(Value))) return no_memory();
  Value r = tuple_new(size_t(src->size * count));
  if (!r) return Value();
  for (int64_t c = 0, k = 0; c < count; ++c) {
    for (int64_t i = 0; i < src->size; ++i) T(r)->items[k++] = newref(src->items[i]);
  }
  return r;
}

Value tuple_mul(Value a, Value b) {
  if (tuple_check(a) && is_index(b)) return tuple_repeat(a, b);
  if (tuple_check(b) && is_index(a)) return tuple_repeat(b, a);
  return newref(not_implemented());
}

Value tuple_new_slot(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size && type == &tuple_type) return type_error("tuple() takes no keyword arguments");
  if (nargs > 1) return type_error("tuple expected at most 1 argument, got %zd", nargs);
  Ref items;
  if (nargs == 0) {
    items = Ref(tuple_new(0));
  } else if (tuple_check_exact(args[0])) {
    items = Ref::borrow(args[0]);
  } else {
    Ref l(list_from_iterable(args[0]));
    if (!l) return Value();
    items = Ref(tuple_from_array(as_list(l.get())->items, size_t(as_list(l.get())->size)));
  }
  if (!items || type == &tuple_type) return items.release();
  Tuple* src = T(items.get());
  Tuple* t = tuple_alloc(type, size_t(src->size));
  if (!t) return Value();
  t->size = src->size;
  for (int64_t i = 0; i < src->size; ++i) t->items[i] = newref(src->items[i]);
  return t;
}

// ---- iterator

struct TupleIter : Object {
  Value seq;
  int64_t index;
};

Value tuple_iter(Value self) {
  auto* it = alloc<TupleIter>(&tuple_iterator_type);
  if (!it) return Value();
  it->seq = newref(self);
  return it;
}

Value tuple_iter_next(Value self) {
  auto* it = self.as<TupleIter>();
  if (!it->seq) return Value();
  Tuple* t = T(it->seq);
  if (it->index < t->size) return newref(t->items[it->index++]);
  set_slot(&it->seq, Value());
  return Value();
}

Value tuple_iter_length_hint(Value self, const Value*, size_t, Value) {
  auto* it = self.as<TupleIter>();
  return int_from_i64(it->seq ? T(it->seq)->size - it->index : 0);
}

void tuple_iter_dealloc(Object* o) {
  xdecref(static_cast<TupleIter*>(o)->seq);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

const MethodDef kTupleIterMethods[] = {
    {"__length_hint__", tuple_iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

// ---- methods

Value tuple_index(Value self, const Value* args, size_t nargs, Value) {
  Tuple* t = T(self);
  int64_t start = 0, stop = t->size;
  if (nargs > 1 && !index_as_i64(args[1], &start, nullptr)) return Value();
  if (nargs > 2 && !index_as_i64(args[2], &stop, nullptr)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + t->size);
  if (stop < 0) stop += t->size;
  for (int64_t i = start; i < std::min(stop, t->size); ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return Value();
    if (eq) return Value::small(i);
  }
  return value_error("tuple.index(x): x not in tuple");
}

Value tuple_count(Value self, const Value* args, size_t, Value) {
  Tuple* t = T(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return Value();
    n += eq;
  }
  return Value::small(n);
}

Value tuple_getnewargs(Value self, const Value*, size_t, Value) {
  Ref copy(tuple_from_array(T(self)->items, size_t(T(self)->size)));
  if (!copy) return Value();
  return tuple_pack({copy.get()});
}


const MethodDef kTupleMethods[] = {
    {"index", tuple_index, 1, 3},
    {"count", tuple_count, 1, 1},
    {"__getnewargs__", tuple_getnewargs, 0, 0},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_tuple_types() {
  Type* t = &tuple_type;
  t->name = "tuple";
  t->basic_size = sizeof(Tuple);
  t->item_size = sizeof(Value);
  t->flags = Type::kBaseType | Type::kTupleSubclass;
  t->dealloc = tuple_dealloc;
  t->new_ = tuple_new_slot;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->compare = tuple_compare;
  t->len = tuple_len;
  t->contains = tuple_contains;
  t->getitem = tuple_getitem;
  t->iter = tuple_iter;
  t->number[int(BinaryOp::Add)] = tuple_add;
  t->number[int(BinaryOp::Multiply)] = tuple_mul;
  t->methods = kTupleMethods;
  t = &tuple_iterator_type;
  t->name = "tuple_iterator";
  t->basic_size = sizeof(TupleIter);
  t->dealloc = tuple_iter_dealloc;
  t->iter = self_iter;
  t->next = tuple_iter_next;
  t->methods = kTupleIterMethods;
  the_empty_tuple = tuple_alloc(&tuple_type, 0);
  the_empty_tuple->refcount = kImmortal;
  for (Type* t : {&tuple_type, &tuple_iterator_type}) register_static_type(t);
}

}  // namespace pytier::light
