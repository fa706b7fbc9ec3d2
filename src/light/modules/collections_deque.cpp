// collections.deque: a ring buffer of values with a power-of-two capacity,
// so that both ends grow and shrink in constant time.
//
// `state` counts the changes of length, as CPython's does: iterators and the
// searching methods compare it after each step (a comparison may run Python
// code) and raise "deque mutated during iteration".

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "light/modules/collections.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

Type deque_type;
Type deque_iterator_type;
Type deque_reverse_iterator_type;

namespace {

struct Deque : Object {
  Value* ring;       // `capacity` slots, owned; null until the first item
  int64_t capacity;  // 0 or a power of two
  int64_t head;      // the slot of item 0
  int64_t size;
  int64_t maxlen;    // -1: unbounded
  uint64_t state;
};

struct DequeIter : Object {
  Value deque;     // owned
  int64_t index;   // the next item's position
  int64_t remaining;
  uint64_t state;  // the deque's state when the iterator was made
};

Deque* Q(Value v) { return v.as<Deque>(); }
bool deque_check(Value v) { return is_instance_of(v, &deque_type); }

Value& at(Deque* d, int64_t i) { return d->ring[(d->head + i) & (d->capacity - 1)]; }

// Makes room for one more item, doubling the ring.
bool grow(Deque* d) {
  if (d->size < d->capacity) return true;
  int64_t capacity = d->capacity ? d->capacity * 2 : 8;
  if (!fits_allocation(uint64_t(capacity), sizeof(Value))) {
    no_memory();
    return false;
  }
  auto* ring = static_cast<Value*>(std::malloc(size_t(capacity) * sizeof(Value)));
  if (!ring) {
    no_memory();
    return false;
  }
  for (int64_t i = 0; i < d->size; ++i) ring[i] = at(d, i);
  std::free(d->ring);
  d->ring = ring;
  d->capacity = capacity;
  d->head = 0;
  return true;
}

// The pushes steal `v`.
bool push_back(Deque* d, Value v) {
  if (!grow(d)) {
    decref(v);
    return false;
  }
  at(d, d->size++) = v;
  ++d->state;
  return true;
}

bool push_front(Deque* d, Value v) {
  if (!grow(d)) {
    decref(v);
    return false;
  }
  d->head = (d->head - 1) & (d->capacity - 1);
  d->ring[d->head] = v;
  ++d->size;
  ++d->state;
  return true;
}

// The pops return the item's reference; the deque must not be empty.
Value take_back(Deque* d) {
  ++d->state;
  return at(d, --d->size);
}

Value take_front(Deque* d) {
  Value v = d->ring[d->head];
  d->head = (d->head + 1) & (d->capacity - 1);
  --d->size;
  ++d->state;
  return v;
}

// append/appendleft with maxlen: the item goes in, then the one pushed out
// at the other end is released.
bool append(Deque* d, Value v) {
  if (d->maxlen == 0) return true;
  if (!push_back(d, newref(v))) return false;
  if (d->maxlen >= 0 && d->size > d->maxlen) decref(take_front(d));
  return true;
}

bool appendleft(Deque* d, Value v) {
  if (d->maxlen == 0) return true;
  if (!push_front(d, newref(v))) return false;
  if (d->maxlen >= 0 && d->size > d->maxlen) decref(take_back(d));
  return true;
}

void clear(Deque* d) {
  Value* ring = d->ring;
  int64_t capacity = d->capacity, head = d->head, size = d->size;
  d->ring = nullptr;
  d->capacity = d->head = d->size = 0;
  ++d->state;
  for (int64_t i = 0; i < size; ++i) decref(ring[(head + i) & (capacity - 1)]);
  std::free(ring);
}

// Moves the last n items to the front (n in [0, size)).
void rotate_right(Deque* d, int64_t n) {
  if (d->size == d->capacity) {
    d->head = (d->head - n) & (d->capacity - 1);
    return;
  }
  if (n <= d->size / 2) {
    for (int64_t k = 0; k < n; ++k) {
      Value v = at(d, d->size - 1);
      d->head = (d->head - 1) & (d->capacity - 1);
      d->ring[d->head] = v;
    }
  } else {
    for (int64_t k = n; k < d->size; ++k) {
      Value v = d->ring[d->head];
      d->head = (d->head + 1) & (d->capacity - 1);
      at(d, d->size - 1) = v;
    }
  }
}

// extend/extendleft: items of iterable (a copy first when it is the deque).
bool extend(Deque* d, Value iterable, bool left) {
  Ref source = Ref::borrow(iterable);
  if (iterable == Value(d)) source = Ref(list_from_iterable(iterable));
  if (!source) return false;
  Ref it(iter(source.get()));
  if (!it) return false;
  for (;;) {
    Ref item(next(it.get()));
    if (!item) return !pending();
    if (!(left ? appendleft(d, item.get()) : append(d, item.get()))) return false;
  }
}

// A position argument: an int, negative counting from the end; IndexError
// "deque index out of range" outside.
bool position(Deque* d, Value key, int64_t* out) {
  if (!is_index(key)) {
    type_error("sequence index must be integer, not '%T'", key);
    return false;
  }
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return false;
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) {
    index_error("deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

// Removes item i, shifting the shorter side, and returns its reference.
Value remove_at(Deque* d, int64_t i) {
  Value v = at(d, i);
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; --k) at(d, k) = at(d, k - 1);
    d->head = (d->head + 1) & (d->capacity - 1);
  } else {
    for (int64_t k = i; k + 1 < d->size; ++k) at(d, k) = at(d, k + 1);
  }
  --d->size;
  ++d->state;
  return v;
}

// Puts v before item i (0 <= i <= size), moving the shorter side.
bool insert_at(Deque* d, int64_t i, Value v) {
  if (i < d->size / 2) {
    if (!push_front(d, newref(v))) return false;
    for (int64_t k = 0; k < i; ++k) std::swap(at(d, k), at(d, k + 1));
  } else {
    if (!push_back(d, newref(v))) return false;
    for (int64_t k = d->size - 1; k > i; --k) std::swap(at(d, k), at(d, k - 1));
  }
  return true;
}

// The first position in [start, stop) whose item equals v: -1 not found,
// -2 error.
int64_t find(Deque* d, Value v, int64_t start, int64_t stop) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; ++i) {
    Ref item = Ref::borrow(at(d, i));
    int eq = equal(item.get(), v);
    if (eq < 0) return -2;
    if (eq) return i;
    if (state != d->state) {
      raise_str(&exc::RuntimeError, "deque mutated during iteration");
      return -2;
    }
  }
  return -1;
}

Value none_result(bool ok) { return ok ? newref(none()) : Value(); }

// ---- methods

Value deque_append(Value self, const Value* args, size_t, Value) { return none_result(append(Q(self), args[0])); }
Value deque_appendleft(Value self, const Value* args, size_t, Value) {
  return none_result(appendleft(Q(self), args[0]));
}

Value deque_pop(Value self, const Value*, size_t, Value) {
  if (Q(self)->size == 0) return index_error("pop from an empty deque");
  return take_back(Q(self));
}

Value deque_popleft(Value self, const Value*, size_t, Value) {
  if (Q(self)->size == 0) return index_error("pop from an empty deque");
  return take_front(Q(self));
}

Value deque_extend(Value self, const Value* args, size_t, Value) {
  return none_result(extend(Q(self), args[0], false));
}

Value deque_extendleft(Value self, const Value* args, size_t, Value) {
  return none_result(extend(Q(self), args[0], true));
}

Value deque_clear(Value self, const Value*, size_t, Value) {
  clear(Q(self));
  return newref(none());
}

Value deque_rotate(Value self, const Value* args, size_t nargs, Value) {
  Deque* d = Q(self);
  int64_t n = 1;
  if (nargs && !index_as_ssize(args[0], &n)) return Value();
  if (d->size > 1) {
    n %= d->size;
    if (n < 0) n += d->size;
    rotate_right(d, n);
  }
  return newref(none());
}

Value deque_reverse(Value self, const Value*, size_t, Value) {
  Deque* d = Q(self);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(at(d, i), at(d, j));
  return newref(none());
}

Value deque_count(Value self, const Value* args, size_t, Value) {
  Deque* d = Q(self);
  uint64_t state = d->state;
  int64_t n = 0;
  for (int64_t i = 0; i < d->size; ++i) {
    Ref item = Ref::borrow(at(d, i));
    int eq = equal(item.get(), args[0]);
    if (eq < 0) return Value();
    n += eq;
    if (state != d->state) return raise_str(&exc::RuntimeError, "deque mutated during iteration");
  }
  return int_from_i64(n);
}

// A start/stop bound of index(): clamped, negative counting from the end.
bool bound(Value v, int64_t size, int64_t* out) {
  if (!is_index(v)) {
    type_error("slice indices must be integers or have an __index__ method");
    return false;
  }
  if (!index_as_i64(v, out, nullptr)) return false;
  if (*out < 0) *out = std::max<int64_t>(*out + size, 0);
  return true;
}

Value deque_index(Value self, const Value* args, size_t nargs, Value) {
  Deque* d = Q(self);
  int64_t start = 0, stop = d->size;
  if (nargs > 1 && !bound(args[1], d->size, &start)) return Value();
  if (nargs > 2 && !bound(args[2], d->size, &stop)) return Value();
  stop = std::min(stop, d->size);
  int64_t i = find(d, args[0], std::min(start, stop), stop);
  if (i == -2) return Value();
  if (i == -1) return value_error("%R is not in deque", args[0]);
  return int_from_i64(i);
}

Value deque_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
  // Checked here for CPython's wording, which differs from the usual one.
  if (kwnames) return type_error("insert() takes no keyword arguments");
  if (nargs != 2) return type_error("insert() takes exactly 2 arguments (%zd given)", nargs);
  Deque* d = Q(self);
  int64_t i;
  if (!index_as_ssize(args[0], &i)) return Value();
  if (d->maxlen == d->size) return index_error("deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(i + d->size, 0);
  i = std::min(i, d->size);
  return none_result(insert_at(d, i, args[1]));
}

Value deque_remove(Value self, const Value* args, size_t, Value) {
  Deque* d = Q(self);
  int64_t i = find(d, args[0], 0, d->size);
  if (i == -2) return Value();
  if (i == -1) return value_error("%R is not in deque", args[0]);
  decref(remove_at(d, i));
  return newref(none());
}

Value deque_copy(Value self, const Value*, size_t, Value) {
  Deque* d = Q(self);
  Type* t = type_of(self);
  if (t != &deque_type) {
    if (d->maxlen < 0) return call1(Value(t), self);
    Ref maxlen(int_from_i64(d->maxlen));
    return maxlen ? call2(Value(t), self, maxlen.get()) : Value();
  }
  Ref copy(alloc_object(&deque_type, sizeof(Deque)));
  if (!copy) return Value();
  Q(copy.get())->maxlen = d->maxlen;
  return extend(Q(copy.get()), self, false) ? copy.release() : Value();
}

Value make_iterator(Value self, Type* type) {
  Deque* d = Q(self);
  auto* it = alloc<DequeIter>(type);
  if (!it) return Value();
  it->deque = newref(self);
  it->index = type == &deque_iterator_type ? 0 : d->size - 1;
  it->remaining = d->size;
  it->state = d->state;
  return it;
}

Value deque_reversed(Value self, const Value*, size_t, Value) {
  return make_iterator(self, &deque_reverse_iterator_type);
}

Value deque_reduce(Value self, const Value*, size_t, Value) {
  Deque* d = Q(self);
  Ref args(d->maxlen < 0 ? newref(empty_tuple()) : Value());
  if (d->maxlen >= 0) {
    Ref maxlen(int_from_i64(d->maxlen));
    if (!maxlen) return Value();
    args = Ref(tuple_pack({empty_tuple(), maxlen.get()}));
  }
  Dict* dict = instance_dict(self, false);
  Value state = dict && dict->used ? Value(dict) : none();
  Ref it(make_iterator(self, &deque_iterator_type));
  if (!args || !it) return Value();
  return tuple_pack({Value(type_of(self)), args.get(), state, it.get()});
}

Value deque_maxlen(Value self) {
  int64_t maxlen = Q(self)->maxlen;
  return maxlen < 0 ? newref(none()) : int_from_i64(maxlen);
}

const MethodDef kDequeMethods[] = {
    {"append", deque_append, 1, 1},
    {"appendleft", deque_appendleft, 1, 1},
    {"pop", deque_pop, 0, 0},
    {"popleft", deque_popleft, 0, 0},
    {"extend", deque_extend, 1, 1},
    {"extendleft", deque_extendleft, 1, 1},
    {"clear", deque_clear, 0, 0},
    {"rotate", deque_rotate, 0, 1},
    {"reverse", deque_reverse, 0, 0},
    {"count", deque_count, 1, 1},
    {"index", deque_index, 1, 3},
    {"insert", deque_insert, 0, -1, MethodDef::kKeywords},
    {"remove", deque_remove, 1, 1},
    {"copy", deque_copy, 0, 0},
    {"__copy__", deque_copy, 0, 0},
    {"__reversed__", deque_reversed, 0, 0},
    {"__reduce__", deque_reduce, 0, 0},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

const GetSetDef kDequeGetsets[] = {
    {"maxlen", deque_maxlen, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- slots

Value deque_new(Type* type, const Value*, size_t, Value) {
  Deque* d = static_cast<Deque*>(alloc_object(type, type->basic_size));
  if (d) d->maxlen = -1;
  return d;
}

int deque_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"iterable", "maxlen"};
  Value bound[2];
  if (!bind_keywords("deque", args, nargs, kwnames, kNames, 2, bound)) return -1;
  Deque* d = Q(self);
  int64_t maxlen = -1;
  if (bound[1] && !is_none(bound[1])) {
    if (!int_check(bound[1])) {
      type_error("an integer is required");
      return -1;
    }
    if (!int_to_i64(bound[1], &maxlen)) {
      overflow_error("Python int too large to convert to C ssize_t");
      return -1;
    }
    if (maxlen < 0) {
      value_error("maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = maxlen;
  if (d->size) clear(d);
  return bound[0] && !extend(d, bound[0], false) ? -1 : 0;
}

void deque_dealloc(Object* o) {
  clear(static_cast<Deque*>(o));
  free_object(o);
}

Value deque_repr(Value self) {
  if (!repr_enter(self)) return str_from_ascii("[...]");
  Deque* d = Q(self);
  Ref items(list_new(size_t(d->size)));
  if (items) {
    for (int64_t i = 0; i < d->size; ++i) as_list(items.get())->items[i] = newref(at(d, i));
  }
  Ref text(items ? repr(items.get()) : Value());
  repr_leave(self);
  if (!text) return Value();
  std::string name = type_of(self)->name;
  name = name.substr(name.rfind('.') + 1);
  if (d->maxlen < 0) return format_str("%s(%U)", name.c_str(), text.get());
  return format_str("%s(%U, maxlen=%lld)", name.c_str(), text.get(), (long long)d->maxlen);
}

int64_t deque_len(Value self) { return Q(self)->size; }

Value deque_getitem(Value self, Value key) {
  int64_t i;
  if (!position(Q(self), key, &i)) return Value();
  return newref(at(Q(self), i));
}

int deque_setitem(Value self, Value key, Value v) {
  Deque* d = Q(self);
  int64_t i;
  if (!position(d, key, &i)) return -1;
  if (!v) {
    decref(remove_at(d, i));
    return 0;
  }
  set_slot(&at(d, i), newref(v));
  return 0;
}

int deque_contains(Value self, Value item) {
  int64_t i = find(Q(self), item, 0, Q(self)->size);
  return i == -2 ? -1 : i >= 0;
}

Value deque_iter(Value self) { return make_iterator(self, &deque_iterator_type); }

// Lexicographic, as lists compare; only deques compare with deques.
Value deque_compare(Value a, Value b, CompareOp op) {
  if (!deque_check(b)) return newref(not_implemented());
  Deque* x = Q(a);
  Deque* y = Q(b);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x->size != y->size) return newref(py_bool(op == CompareOp::Ne));
  int64_t i = 0;
  for (; i < x->size && i < y->size; ++i) {
    Ref p = Ref::borrow(at(x, i)), q = Ref::borrow(at(y, i));
    int eq = equal(p.get(), q.get());
    if (eq < 0) return Value();
    if (!eq) {
      if (op == CompareOp::Eq) return newref(py_false());
      if (op == CompareOp::Ne) return newref(py_true());
      return compare(p.get(), q.get(), op);
    }
  }
  int64_t m = x->size, n = y->size;
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = m < n; break;
    case CompareOp::Le: r = m <= n; break;
    case CompareOp::Eq: r = m == n; break;
    case CompareOp::Ne: r = m != n; break;
    case CompareOp::Gt: r = m > n; break;
    case CompareOp::Ge: r = m >= n; break;
  }
  return newref(py_bool(r));
}

// A deque concatenates and repeats only after the other operand's class
// declined (CPython tries sq_concat and sq_repeat last); the built-in types
// decline anyway, so their errors are the deque's own.
bool defers(Value other, BinaryOp op) {
  Type* t = type_of(other);
  return t->has(Type::kHeap) && t->number[int(op)];
}

Value deque_add(Value a, Value b) {
  if (!deque_check(a)) return newref(not_implemented());
  if (!deque_check(b)) {
    if (defers(b, BinaryOp::Add)) return newref(not_implemented());
    return type_error("can only concatenate deque (not \"%T\") to deque", b);
  }
  Ref copy(deque_copy(a, nullptr, 0, Value()));
  if (!copy || !extend(Q(copy.get()), b, false)) return Value();
  return copy.release();
}

Value deque_iadd(Value a, Value b) {
  if (!extend(Q(a), b, false)) return Value();
  return newref(a);
}

// d *= n: the items n times over, keeping only the last maxlen of them.
bool repeat(Deque* d, Value count) {
  if (!is_index(count)) {
    type_error("can't multiply sequence by non-int of type '%T'", count);
    return false;
  }
  int64_t n;
  if (!index_as_i64(count, &n, &exc::OverflowError)) return false;
  int64_t size = d->size;
  if (n <= 0 || size == 0) {
    if (n <= 0) clear(d);
    return true;
  }
  // The result is periodic: once maxlen items were pushed through, further
  // whole copies change nothing.
  int64_t copies = n - 1;
  if (d->maxlen >= 0) copies = std::min(copies, d->maxlen / size + 1);
  else if (!fits_allocation(uint64_t(n), uint64_t(size) * sizeof(Value))) {
    no_memory();
    return false;
  }
  std::vector<Ref> items;
  for (int64_t i = 0; i < size; ++i) items.push_back(Ref::borrow(at(d, i)));
  for (int64_t c = 0; c < copies; ++c)
    for (const Ref& item : items)
      if (!append(d, item.get())) return false;
  return true;
}

Value deque_mul(Value a, Value b) {
  Value self = deque_check(a) ? a : b;
  Value count = deque_check(a) ? b : a;
  if (!is_index(count) && defers(count, BinaryOp::Multiply)) return newref(not_implemented());
  Ref copy(deque_copy(self, nullptr, 0, Value()));
  if (!copy || !repeat(Q(copy.get()), count)) return Value();
  return copy.release();
}

Value deque_imul(Value a, Value b) {
  if (!repeat(Q(a), b)) return Value();
  return newref(a);
}

// ---- iterators

void iter_dealloc(Object* o) {
  xdecref(static_cast<DequeIter*>(o)->deque);
  free_object(o);
}

Value iter_next(Value self) {
  auto* it = self.as<DequeIter>();
  Deque* d = Q(it->deque);
  if (d->state != it->state) {
    it->remaining = 0;
    return raise_str(&exc::RuntimeError, "deque mutated during iteration");
  }
  if (it->remaining == 0) return Value();
  --it->remaining;
  Value v = at(d, it->index);
  it->index += it->type == &deque_iterator_type ? 1 : -1;
  return newref(v);
}

Value iter_self(Value self) { return newref(self); }

Value iter_length_hint(Value self, const Value*, size_t, Value) {
  return int_from_i64(self.as<DequeIter>()->remaining);
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_deque_types() {
  Type* t = &deque_type;
  t->name = "collections.deque";
  t->flags = Type::kBaseType | Type::kWeakrefable;
  t->basic_size = sizeof(Deque);
  t->dealloc = deque_dealloc;
  t->new_ = deque_new;
  t->init = deque_init;
  t->repr = deque_repr;
  t->hash = hash_unhashable;
  t->compare = deque_compare;
  t->len = deque_len;
  t->getitem = deque_getitem;
  t->setitem = deque_setitem;
  t->contains = deque_contains;
  t->iter = deque_iter;
  t->number[int(BinaryOp::Add)] = deque_add;
  t->number[int(BinaryOp::Multiply)] = deque_mul;
  t->inplace[int(BinaryOp::Add)] = deque_iadd;
  t->inplace[int(BinaryOp::Multiply)] = deque_imul;
  t->methods = kDequeMethods;
  t->getsets = kDequeGetsets;
  deque_iterator_type.name = "_collections._deque_iterator";
  deque_reverse_iterator_type.name = "_collections._deque_reverse_iterator";
  for (Type* it : {&deque_iterator_type, &deque_reverse_iterator_type}) {
    it->basic_size = sizeof(DequeIter);
    it->dealloc = iter_dealloc;
    it->iter = iter_self;
    it->next = iter_next;
    it->methods = kIterMethods;
  }
}

}  // namespace pytier::light::modules
