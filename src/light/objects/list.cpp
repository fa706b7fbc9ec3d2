#include "light/objects/list.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type list_type;
Type list_iterator_type;
Type list_reverse_iterator_type;

namespace {

List* L(Value v) { return v.as<List>(); }

// Makes room for `n` items, growing as CPython's list_resize does.
bool reserve(List* l, int64_t n) {
  if (n <= l->capacity) return true;
  if (!fits_allocation(uint64_t(n) + (uint64_t(n) >> 3) + 6, sizeof(Value))) {
    no_memory();
    return false;
  }
  int64_t cap = n + (n >> 3) + (n < 9 ? 3 : 6);
  auto* items = static_cast<Value*>(std::realloc(l->items, size_t(cap) * sizeof(Value)));
  if (!items) {
    no_memory();
    return false;
  }
  l->items = items;
  l->capacity = cap;
  return true;
}

}  // namespace

Value list_new(size_t n) {
  if (!fits_allocation(n, sizeof(Value))) return no_memory();
  List* l = alloc<List>(&list_type);
  if (!l) return Value();
  if (n) {
    l->items = static_cast<Value*>(std::calloc(n, sizeof(Value)));
    if (!l->items) {
      decref(l);
      return no_memory();
    }
    l->capacity = int64_t(n);
    l->size = int64_t(n);
  }
  return l;
}

Value list_from_array(const Value* items, size_t n) {
  Value l = list_new(n);
  if (!l) return Value();
  for (size_t i = 0; i < n; ++i) L(l)->items[i] = newref(items[i]);
  return l;
}

int list_append(Value list, Value item) {
  List* l = L(list);
  if (l->size == l->capacity && !reserve(l, l->size + 1)) return -1;
  l->items[l->size++] = newref(item);
  return 0;
}

int list_extend(Value list, Value iterable) {
  if (list_check(iterable) || tuple_check(iterable)) {
    int64_t n = list_check(iterable) ? L(iterable)->size : as_tuple(iterable)->size;
    Value* src = list_check(iterable) ? L(iterable)->items : as_tuple(iterable)->items;
    List* l = L(list);
    if (!reserve(l, l->size + n)) return -1;
    for (int64_t i = 0; i < n; ++i) l->items[l->size + i] = newref(src[i]);
    l->size += n;
    return 0;
  }
  Ref it(iter(iterable));
  if (!it) return -1;
  // Room for what the iterable says it holds, as CPython's list_extend.
  int64_t hint = length_hint(iterable, 0);
  if (hint < 0) return -1;
  if (hint > 0) {
    List* l = L(list);
    if (uint64_t(hint) > kMaxAllocation / sizeof(Value)) {
      no_memory();
      return -1;
    }
    if (!reserve(l, l->size + hint)) return -1;
  }
  for (;;) {
    Ref x(next(it.get()));
    if (!x) return pending() ? -1 : 0;
    if (list_append(list, x.get()) < 0) return -1;
  }
}

Value list_from_iterable(Value iterable) {
  Ref l(list_new(0));
  if (!l || list_extend(l.get(), iterable) < 0) return Value();
  return l.release();
}

namespace {

Value list_clear(Value self, const Value*, size_t, Value);

void list_dealloc(Object* o) {
  List* l = static_cast<List*>(o);
  // Last to first, as CPython releases a list's items.
  for (int64_t i = l->size; i-- > 0;) decref(l->items[i]);
  std::free(l->items);
  free_object(o);
}

Value list_repr(Value self) {
  List* l = L(self);
  if (l->size == 0) return str_from_ascii("[]");
  if (!repr_enter(self)) return str_from_ascii("[...]");
  Ref copy(list_from_array(l->items, size_t(l->size)));  // a __repr__ may mutate the list
  Value r = copy ? repr_array(L(copy.get())->items, L(copy.get())->size, "[", "]") : Value();
  repr_leave(self);
  return r;
}

Value list_compare(Value a, Value b, CompareOp op) {
  if (!list_check(b)) return newref(not_implemented());
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && L(a)->size != L(b)->size) {
    return newref(py_bool(op == CompareOp::Ne));
  }
  Ref x(list_from_array(L(a)->items, size_t(L(a)->size)));
  Ref y(list_from_array(L(b)->items, size_t(L(b)->size)));
  if (!x || !y) return Value();
  return compare_arrays(L(x.get())->items, L(x.get())->size, L(y.get())->items, L(y.get())->size, op);
}

int64_t list_len(Value self) { return L(self)->size; }

int list_contains(Value self, Value item) {
  List* l = L(self);
  for (int64_t i = 0; i < l->size; ++i) {
    Value x = newref(l->items[i]);
    int eq = equal(x, item);
    decref(x);
    if (eq != 0) return eq;
  }
  return 0;
}

bool list_index_arg(Value key, int64_t size, int64_t* out) {
  if (!int_check(key) && !type_of(key)->index) {
    type_error("list indices must be integers or slices, not %.200s", type_of(key)->name.c_str());
    return false;
  }
  if (!index_as_i64(key, out, &exc::IndexError)) return false;
  if (*out < 0) *out += size;
  return true;
}

Value list_getitem(Value self, Value key) {
  List* l = L(self);
  if (key.is_small()) {
    int64_t i = key.small_value();
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return index_error("list index out of range");
    return newref(l->items[i]);
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, l->size, &start, &stop, &step, &count) < 0) return Value();
    Value r = list_new(size_t(count));
    if (!r) return Value();
    for (int64_t i = 0, j = start; i < count; ++i, j += step) L(r)->items[i] = newref(l->items[j]);
    return r;
  }
  int64_t i;
  if (!list_index_arg(key, l->size, &i)) return Value();
  if (i < 0 || i >= l->size) return index_error("list index out of range");
  return newref(l->items[i]);
}

int list_ass_slice(Value self, Value key, Value v) {
  List* l = L(self);
  int64_t start, stop, step, count;
  if (slice_unpack(key, l->size, &start, &stop, &step, &count) < 0) return -1;
  if (!v) {
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    std::vector<Value> removed;
    int64_t w = 0;
    for (int64_t i = 0; i < l->size; ++i) {
      bool hit = count > 0 && i >= start && (i - start) % step == 0 && (i - start) / step < count;
      if (hit) removed.push_back(l->items[i]);
      else l->items[w++] = l->items[i];
    }
    l->size = w;
    for (size_t i = removed.size(); i-- > 0;) decref(removed[i]);
    return 0;
  }
  Ref seq(v == self || !(list_check(v) || tuple_check(v)) ? list_from_iterable(v) : newref(v));
  if (!seq) {
    if (matches(&exc::TypeError)) {
      clear_error();
      type_error(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    return -1;
  }
  int64_t n = list_check(seq.get()) ? L(seq.get())->size : as_tuple(seq.get())->size;
  Value* src = list_check(seq.get()) ? L(seq.get())->items : as_tuple(seq.get())->items;
  if (step == 1) {
    if (stop < start) stop = start;
    int64_t old = stop - start;
    std::vector<Value> removed(l->items + start, l->items + stop);
    int64_t delta = n - old;
    if (delta > 0 && !reserve(l, l->size + delta)) return -1;
    std::memmove(l->items + start + n, l->items + stop, size_t(l->size - stop) * sizeof(Value));
    for (int64_t i = 0; i < n; ++i) l->items[start + i] = newref(src[i]);
    l->size += delta;
    for (size_t i = removed.size(); i-- > 0;) decref(removed[i]);
    return 0;
  }
  if (n != count) {
    value_error("attempt to assign sequence of size %zd to extended slice of size %zd", size_t(n), size_t(count));
    return -1;
  }
  for (int64_t i = 0, j = start; i < count; ++i, j += step) {
    Value old = l->items[j];
    l->items[j] = newref(src[i]);
    decref(old);
  }
  return 0;
}

int list_setitem(Value self, Value key, Value v) {
  if (type_of(key) == &slice_type) return list_ass_slice(self, key, v);
  List* l = L(self);
  int64_t i;
  if (!list_index_arg(key, l->size, &i)) return -1;
  if (i < 0 || i >= l->size) {
    index_error(v ? "list assignment index out of range" : "list assignment index out of range");
    return -1;
  }
  Value old = l->items[i];
  if (v) {
    l->items[i] = newref(v);
  } else {
    std::memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
    --l->size;
  }
  decref(old);
  return 0;
}

Value list_add(Value a, Value b) {
  if (!list_check(a)) return newref(not_implemented());
  if (!list_check(b)) return newref(not_implemented());  // b's __radd__ may take it
  Value r = list_new(size_t(L(a)->size + L(b)->size));
  if (!r) return Value();
  for (int64_t i = 0; i < L(a)->size; ++i) L(r)->items[i] = newref(L(a)->items[i]);
  for (int64_t i = 0; i < L(b)->size; ++i) L(r)->items[L(a)->size + i] = newref(L(b)->items[i]);
  return r;
}

bool repeat_count(Value n, int64_t* count) {
  if (!int_check(n) && !type_of(n)->index) {
    type_error("can't multiply sequence by non-int of type '%.200s'", type_of(n)->name.c_str());
    return false;
  }
  return index_as_i64(n, count, &exc::OverflowError);
}

Value list_mul(Value a, Value b) {
  Value seq = list_check(a) ? a : b;
  Value n = list_check(a) ? b : a;
  if (!list_check(seq) || !is_index(n)) return newref(not_implemented());
  int64_t count;
  if (!repeat_count(n, &count)) return Value();
  List* src = L(seq);
  if (count <= 0) return list_new(0);
  if (!fits_allocation(uint64_t(count), uint64_t(src->size) * sizeof(Value))) return no_memory();
  Value r = list_new(size_t(src->size * count));
  if (!r) return Value();
  for (int64_t c = 0, k = 0; c < count; ++c) {
    for (int64_t i = 0; i < src->size; ++i) L(r)->items[k++] = newref(src->items[i]);
  }
  return r;
}

Value list_iadd(Value a, Value b) {
  if (list_extend(a, b) < 0) return Value();
  return newref(a);
}

Value list_imul(Value a, Value b) {
  int64_t count;
  if (!repeat_count(b, &count)) return Value();
  List* l = L(a);
  if (count <= 0) {
    Ref cleared(list_clear(a, nullptr, 0, Value()));
    return newref(a);
  }
  int64_t n = l->size;
  if (!fits_allocation(uint64_t(count), uint64_t(n) * sizeof(Value))) return no_memory();
  if (!reserve(l, n * count)) return Value();
  for (int64_t c = 1; c < count; ++c) {
    for (int64_t i = 0; i < n; ++i) l->items[c * n + i] = newref(l->items[i]);
  }
  l->size = n * count;
  return newref(a);
}

int list_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) {
    type_error("list() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    type_error("list expected at most 1 argument, got %zd", nargs);
    return -1;
  }
  Ref cleared(list_clear(self, nullptr, 0, Value()));
  return nargs ? list_extend(self, args[0]) : 0;
}

Value list_new_slot(Type* type, const Value*, size_t, Value) { return alloc_object(type, type->basic_size); }

// ---- iterators

struct ListIter : Object {
  Value seq;
  int64_t index;
};

Value list_iter(Value self) {
  auto* it = alloc<ListIter>(&list_iterator_type);
  if (!it) return Value();
  it->seq = newref(self);
  return it;
}

Value list_iter_next(Value self) {
  auto* it = self.as<ListIter>();
  if (!it->seq) return Value();
  List* l = L(it->seq);
  if (it->index < l->size) return newref(l->items[it->index++]);
  set_slot(&it->seq, Value());
  return Value();
}

Value list_reversed_iter_next(Value self) {
  auto* it = self.as<ListIter>();
  if (!it->seq) return Value();
  List* l = L(it->seq);
  if (it->index >= 0 && it->index < l->size) return newref(l->items[it->index--]);
  set_slot(&it->seq, Value());
  return Value();
}

void list_iter_dealloc(Object* o) {
  xdecref(static_cast<ListIter*>(o)->seq);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

Value list_iter_length_hint(Value self, const Value*, size_t, Value) {
  auto* it = self.as<ListIter>();
  if (!it->seq) return Value::small(0);
  int64_t n = it->type == &list_iterator_type ? L(it->seq)->size - it->index : it->index + 1;
  return Value::small(std::max<int64_t>(n, 0));
}

const MethodDef kListIterMethods[] = {
    {"__length_hint__", list_iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

// ---- methods

Value list_append_method(Value self, const Value* args, size_t, Value) {
  if (list_append(self, args[0]) < 0) return Value();
  return newref(none());
}

Value list_extend_method(Value self, const Value* args, size_t, Value) {
  if (list_extend(self, args[0]) < 0) return Value();
  return newref(none());
}

Value list_insert(Value self, const Value* args, size_t, Value) {
  int64_t i;
  if (!index_as_ssize(args[0], &i)) return Value();
  List* l = L(self);
  if (i < 0) i = std::max<int64_t>(0, i + l->size);
  if (i > l->size) i = l->size;
  if (!reserve(l, l->size + 1)) return Value();
  std::memmove(l->items + i + 1, l->items + i, size_t(l->size - i) * sizeof(Value));
  l->items[i] = newref(args[1]);
  ++l->size;
  return newref(none());
}

Value list_pop(Value self, const Value* args, size_t nargs, Value) {
  List* l = L(self);
  int64_t i = -1;
  if (nargs && !index_as_ssize(args[0], &i)) return Value();
  if (l->size == 0) return index_error("pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return index_error("pop index out of range");
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
  --l->size;
  return v;
}

Value list_remove(Value self, const Value* args, size_t, Value) {
  List* l = L(self);
  for (int64_t i = 0; i < l->size; ++i) {
    int eq = equal(l->items[i], args[0]);
    if (eq < 0) return Value();
    if (eq) {
      Value old = l->items[i];
      std::memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
      --l->size;
      decref(old);
      return newref(none());
    }
  }
  return value_error("list.remove(x): x not in list");
}

Value list_index(Value self, const Value* args, size_t nargs, Value) {
  List* l = L(self);
  int64_t start = 0, stop = l->size;
  if (nargs > 1 && !index_as_i64(args[1], &start, nullptr)) return Value();
  if (nargs > 2 && !index_as_i64(args[2], &stop, nullptr)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + l->size);
  if (stop < 0) stop += l->size;
  for (int64_t i = start; i < std::min(stop, l->size); ++i) {
    int eq = equal(l->items[i], args[0]);
    if (eq < 0) return Value();
    if (eq) return Value::small(i);
  }
  return value_error("%R is not in list", args[0]);
}

Value list_count(Value self, const Value* args, size_t, Value) {
  List* l = L(self);
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    int eq = equal(l->items[i], args[0]);
    if (eq < 0) return Value();
    n += eq;
  }
  return Value::small(n);
}

Value list_clear(Value self, const Value*, size_t, Value) {
  List* l = L(self);
  std::vector<Value> old(l->items, l->items + l->size);
  l->size = 0;
  for (size_t i = old.size(); i-- > 0;) decref(old[i]);
  return newref(none());
}

Value list_copy(Value self, const Value*, size_t, Value) { return list_from_array(L(self)->items, size_t(L(self)->size)); }

Value list_reverse(Value self, const Value*, size_t, Value) {
  List* l = L(self);
  std::reverse(l->items, l->items + l->size);
  return newref(none());
}

Value list_sort_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs) return type_error("sort() takes no positional arguments");
  static const char* const kNames[] = {"key", "reverse"};
  Value a[2];
  if (!bind_keywords("sort", args, 0, kwnames, kNames, 2, a)) return Value();
  int reverse = a[1] ? truth(a[1]) : 0;
  if (reverse < 0) return Value();
  if (list_sort(self, a[0], reverse) < 0) return Value();
  return newref(none());
}

Value list_reversed(Value self, const Value*, size_t, Value) {
  auto* it = alloc<ListIter>(&list_reverse_iterator_type);
  if (!it) return Value();
  it->seq = newref(self);
  it->index = L(self)->size - 1;
  return it;
}

Value list_sizeof(Value self, const Value*, size_t, Value) {
  return int_from_i64(int64_t(sizeof(List) + size_t(L(self)->capacity) * sizeof(Value)));
}

const MethodDef kListMethods[] = {
    {"append", list_append_method, 1, 1},
    {"extend", list_extend_method, 1, 1},
    {"insert", list_insert, 2, 2},
    {"pop", list_pop, 0, 1},
    {"remove", list_remove, 1, 1},
    {"index", list_index, 1, 3},
    {"count", list_count, 1, 1},
    {"clear", list_clear, 0, 0},
    {"copy", list_copy, 0, 0},
    {"reverse", list_reverse, 0, 0},
    {"sort", list_sort_method, 0, -1, MethodDef::kKeywords},
    {"__reversed__", list_reversed, 0, 0},
    {"__sizeof__", list_sizeof, 0, 0},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_list_types() {
  Type* t = &list_type;
  t->name = "list";
  t->basic_size = sizeof(List);
  t->flags = Type::kBaseType | Type::kListSubclass;
  t->dealloc = list_dealloc;
  t->new_ = list_new_slot;
  t->init = list_init;
  t->repr = list_repr;
  t->hash = hash_unhashable;
  t->compare = list_compare;
  t->len = list_len;
  t->contains = list_contains;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->iter = list_iter;
  t->number[int(BinaryOp::Add)] = list_add;
  t->number[int(BinaryOp::Multiply)] = list_mul;
  t->inplace[int(BinaryOp::Add)] = list_iadd;
  t->inplace[int(BinaryOp::Multiply)] = list_imul;
  t->methods = kListMethods;
  for (Type* it : {&list_iterator_type, &list_reverse_iterator_type}) {
    it->basic_size = sizeof(ListIter);
    it->dealloc = list_iter_dealloc;
    it->iter = self_iter;
    it->methods = kListIterMethods;
  }
  list_iterator_type.name = "list_iterator";
  list_iterator_type.next = list_iter_next;
  list_reverse_iterator_type.name = "list_reverseiterator";
  list_reverse_iterator_type.next = list_reversed_iter_next;
  for (Type* t : {&list_type, &list_iterator_type, &list_reverse_iterator_type}) register_static_type(t);
}

}  // namespace pytier::light
