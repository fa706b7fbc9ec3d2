#include "light/objects/slots.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/descriptor.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

namespace {

enum class Kind : uint8_t {
  Repr, Str, Hash, Call, GetAttribute, GetAttr, SetAttr, DelAttr, Compare, Iter, Next, Len,
  GetItem, SetItem, DelItem, Contains, Bool, Binary, RBinary, Inplace, Neg, Pos, Abs, Invert,
  Int, Float, Index, Get, Set, Delete, Init, Del,
};

struct SlotDef {
  Value* name;
  Kind kind;
  uint8_t op;  // the CompareOp or BinaryOp
};

#define B(op, name, rname, iname)                                           \
  {&names::name, Kind::Binary, uint8_t(BinaryOp::op)},                      \
      {&names::rname, Kind::RBinary, uint8_t(BinaryOp::op)},                \
      {&names::iname, Kind::Inplace, uint8_t(BinaryOp::op)},
const SlotDef kSlots[] = {
    {&names::__repr__, Kind::Repr, 0},
    {&names::__str__, Kind::Str, 0},
    {&names::__hash__, Kind::Hash, 0},
    {&names::__call__, Kind::Call, 0},
    {&names::__getattribute__, Kind::GetAttribute, 0},
    {&names::__getattr__, Kind::GetAttr, 0},
    {&names::__setattr__, Kind::SetAttr, 0},
    {&names::__delattr__, Kind::DelAttr, 0},
    {&names::__lt__, Kind::Compare, uint8_t(CompareOp::Lt)},
    {&names::__le__, Kind::Compare, uint8_t(CompareOp::Le)},
    {&names::__eq__, Kind::Compare, uint8_t(CompareOp::Eq)},
    {&names::__ne__, Kind::Compare, uint8_t(CompareOp::Ne)},
    {&names::__gt__, Kind::Compare, uint8_t(CompareOp::Gt)},
    {&names::__ge__, Kind::Compare, uint8_t(CompareOp::Ge)},
    {&names::__iter__, Kind::Iter, 0},
    {&names::__next__, Kind::Next, 0},
    {&names::__len__, Kind::Len, 0},
    {&names::__getitem__, Kind::GetItem, 0},
    {&names::__setitem__, Kind::SetItem, 0},
    {&names::__delitem__, Kind::DelItem, 0},
    {&names::__contains__, Kind::Contains, 0},
    {&names::__bool__, Kind::Bool, 0},
    B(Add, __add__, __radd__, __iadd__)
    B(And, __and__, __rand__, __iand__)
    B(FloorDivide, __floordiv__, __rfloordiv__, __ifloordiv__)
    B(Lshift, __lshift__, __rlshift__, __ilshift__)
    B(MatrixMultiply, __matmul__, __rmatmul__, __imatmul__)
    B(Multiply, __mul__, __rmul__, __imul__)
    B(Remainder, __mod__, __rmod__, __imod__)
    B(Or, __or__, __ror__, __ior__)
    B(Power, __pow__, __rpow__, __ipow__)
    B(Rshift, __rshift__, __rrshift__, __irshift__)
    B(Subtract, __sub__, __rsub__, __isub__)
    B(TrueDivide, __truediv__, __rtruediv__, __itruediv__)
    B(Xor, __xor__, __rxor__, __ixor__)
    {&names::__neg__, Kind::Neg, 0},
    {&names::__pos__, Kind::Pos, 0},
    {&names::__abs__, Kind::Abs, 0},
    {&names::__invert__, Kind::Invert, 0},
    {&names::__int__, Kind::Int, 0},
    {&names::__float__, Kind::Float, 0},
    {&names::__index__, Kind::Index, 0},
    {&names::__get__, Kind::Get, 0},
    {&names::__set__, Kind::Set, 0},
    {&names::__delete__, Kind::Delete, 0},
    {&names::__init__, Kind::Init, 0},
    {&names::__del__, Kind::Del, 0},
};
#undef B

// ------------------------------------------------------------ dunder calls

// Calls attr (found on type(self)) with self prepended.
// f(self, *args, **kw), where f is `self`'s type's attribute: a method
// descriptor is called with self in front (on the stack for the usual few
// arguments), anything else is bound first.
Value call_with_self(Value f, Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!type_of(f)->has(Type::kMethodDescriptor)) {
    auto get = type_of(f)->descr_get;
    Ref bound(get ? get(f, self, type_of(self)) : newref(f));
    if (!bound) return Value();
    return call(bound.get(), args, nargs, kwnames);
  }
  size_t total = nargs + (kwnames ? as_tuple(kwnames)->size : 0);
  Value small[8];
  std::vector<Value> big;
  Value* all = small;
  if (total + 1 > std::size(small)) {
    big.resize(total + 1);
    all = big.data();
  }
  all[0] = self;
  std::copy(args, args + total, all + 1);
  return call(f, all, nargs + 1, kwnames);
}

Value call_found(Value attr, Value self, const Value* args, size_t nargs) {
  return call_with_self(attr, self, args, nargs, Value());
}

Value dunder(Value self, Value name, const Value* args, size_t nargs) {
  bool found;
  Value r = call_dunder(self, name, args, nargs, &found);
  if (!found) {
    return raise_fmt(&exc::AttributeError, "'%.50s' object has no attribute '%U'",
                     type_of(self)->name.c_str(), name);
  }
  return r;
}

// The dunder's result, or NotImplemented when the type lacks it.
Value dunder_maybe(Value self, Value name, const Value* args, size_t nargs) {
  bool found;
  Value r = call_dunder(self, name, args, nargs, &found);
  return found ? r : newref(not_implemented());
}

// ------------------------------------------------------------ dispatchers

Value slot_call_unchecked(Value self, const Value* args, size_t nargs, Value kwnames);

Value slot_repr(Value self) { return dunder(self, names::__repr__, nullptr, 0); }
Value slot_str(Value self) { return dunder(self, names::__str__, nullptr, 0); }

int64_t slot_hash(Value self) {
  Value f = type_lookup(type_of(self), names::__hash__);
  if (!f || is_none(f)) return hash_unhashable(self);
  Ref r(dunder(self, names::__hash__, nullptr, 0));
  if (!r) return -1;
  if (!int_check(r.get())) {
    type_error("__hash__ method should return an integer");
    return -1;
  }
  int64_t h;
  if (!int_to_i64(r.get(), &h)) return hash(r.get());  // a big int hashes to its own hash
  return h == -1 ? -2 : h;
}

Value slot_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!enter_recursion(" while calling a Python object")) return Value();
  Value r = slot_call_unchecked(self, args, nargs, kwnames);
  leave_recursion();
  return r;
}

Value slot_call_unchecked(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value f = type_lookup(type_of(self), names::__call__);
  if (!f) return type_error("'%.200s' object is not callable", type_of(self)->name.c_str());
  return call_with_self(f, self, args, nargs, kwnames);
}

Value slot_getattr_hook(Value self, Value name) {
  Type* t = type_of(self);
  Value getattribute = type_lookup(t, names::__getattribute__);
  Ref r;
  if (!getattribute || type_of(getattribute) == &wrapper_descriptor_type) {
    // The built-in __getattribute__ of the nearest built-in base: type's for
    // a metaclass, so a class's own MRO is searched before its metaclass.
    Type* native = t;
    while (native->has(Type::kHeap)) native = native->base;
    r = Ref(native->getattr ? native->getattr(self, name) : generic_getattr(self, name));
  } else {
    r = Ref(call_found(getattribute, self, &name, 1));
  }
  if (r || !matches(&exc::AttributeError)) return r.release();
  Value getattr_fn = type_lookup(t, names::__getattr__);
  if (!getattr_fn) return Value();
  clear_error();
  return call_found(getattr_fn, self, &name, 1);
}

int slot_setattr(Value self, Value name, Value v) {
  Value args[2] = {name, v};
  Ref r(v ? dunder(self, names::__setattr__, args, 2) : dunder(self, names::__delattr__, args, 1));
  return r ? 0 : -1;
}

const Value* const kCompareNames[] = {&names::__lt__, &names::__le__, &names::__eq__,
                                      &names::__ne__, &names::__gt__, &names::__ge__};

Value slot_compare(Value a, Value b, CompareOp op) {
  return dunder_maybe(a, *kCompareNames[int(op)], &b, 1);
}

Value slot_iter(Value self) {
  Value f = type_lookup(type_of(self), names::__iter__);
  if (f && is_none(f)) return type_error("'%.200s' object is not iterable", type_of(self)->name.c_str());
  return dunder(self, names::__iter__, nullptr, 0);
}

// A StopIteration stays pending: yield from and next() see its value.
Value slot_next(Value self) { return dunder(self, names::__next__, nullptr, 0); }

int64_t slot_len(Value self) {
  Ref r(dunder(self, names::__len__, nullptr, 0));
  if (!r) return -1;
  Ref i(to_index(r.get()));
  if (!i) return -1;
  int64_t n;
  if (!int_to_i64(i.get(), &n)) {
    overflow_error("cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    value_error("__len__() should return >= 0");
    return -1;
  }
  return n;
}

Value slot_getitem(Value self, Value key) { return dunder(self, names::__getitem__, &key, 1); }

int slot_setitem(Value self, Value key, Value v) {
  Value args[2] = {key, v};
  Ref r(v ? dunder(self, names::__setitem__, args, 2) : dunder(self, names::__delitem__, args, 1));
  return r ? 0 : -1;
}

int slot_contains(Value self, Value item) {
  Value f = type_lookup(type_of(self), names::__contains__);
  if (f && is_none(f)) {
    type_error("'%.200s' object is not a container", type_of(self)->name.c_str());
    return -1;
  }
  if (!f) {
    // Only __iter__ / __getitem__: contains() falls back to iterating.
    Ref it(iter(self));
    if (!it) return -1;
    for (;;) {
      Ref x(next(it.get()));
      if (!x) return pending() ? -1 : 0;
      int eq = equal(x.get(), item);
      if (eq != 0) return eq;
    }
  }
  Ref r(call_found(f, self, &item, 1));
  if (!r) return -1;
  return truth(r.get());
}

int slot_truth(Value self) {
  Type* t = type_of(self);
  if (type_lookup(t, names::__bool__)) {
    Ref r(dunder(self, names::__bool__, nullptr, 0));
    if (!r) return -1;
    if (type_of(r.get()) != &bool_type) {
      type_error("__bool__ should return bool, returned %s", type_of(r.get())->name.c_str());
      return -1;
    }
    return r.get() == py_true();
  }
  if (type_lookup(t, names::__len__)) {
    int64_t n = slot_len(self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

const Value* kBinaryNames[kBinaryOpCount][3];  // name, reflected name, in-place name

template <int Op>
Value slot_binary(Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn self_fn = &slot_binary<Op>;
  bool do_other = ta != tb && tb->number[Op] == self_fn;
  if (ta->number[Op] == self_fn) {
    if (do_other && is_subtype(tb, ta)) {
      Value r = dunder_maybe(b, *kBinaryNames[Op][1], &a, 1);
      if (r != not_implemented()) return r;
      decref(r);
      do_other = false;
    }
    Value r = dunder_maybe(a, *kBinaryNames[Op][0], &b, 1);
    if (!r || r != not_implemented() || ta == tb) return r;
    decref(r);
  }
  if (do_other) return dunder_maybe(b, *kBinaryNames[Op][1], &a, 1);
  return newref(not_implemented());
}

template <int Op>
Value slot_inplace(Value a, Value b) {
  return dunder_maybe(a, *kBinaryNames[Op][2], &b, 1);
}

template <size_t... I>
constexpr auto make_binary_table(std::index_sequence<I...>) {
  struct T { BinaryFn binary[kBinaryOpCount]; BinaryFn inplace[kBinaryOpCount]; };
  return T{{&slot_binary<int(I)>...}, {&slot_inplace<int(I)>...}};
}
constexpr auto kBinaryDispatch = make_binary_table(std::make_index_sequence<kBinaryOpCount>());

Value slot_neg(Value v) { return dunder(v, names::__neg__, nullptr, 0); }
Value slot_pos(Value v) { return dunder(v, names::__pos__, nullptr, 0); }
Value slot_abs(Value v) { return dunder(v, names::__abs__, nullptr, 0); }
Value slot_invert(Value v) { return dunder(v, names::__invert__, nullptr, 0); }
Value slot_int(Value v) { return dunder(v, names::__int__, nullptr, 0); }
Value slot_float(Value v) { return dunder(v, names::__float__, nullptr, 0); }
Value slot_index(Value v) { return dunder(v, names::__index__, nullptr, 0); }

Value slot_descr_get(Value descr, Value obj, Value type) {
  Value args[2] = {obj ? obj : none(), type ? type : none()};
  return dunder(descr, names::__get__, args, 2);
}

int slot_descr_set(Value descr, Value obj, Value v) {
  Value args[2] = {obj, v};
  Ref r(v ? dunder(descr, names::__set__, args, 2) : dunder(descr, names::__delete__, args, 1));
  return r ? 0 : -1;
}

int slot_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value f = type_lookup(type_of(self), names::__init__);
  Ref r(call_with_self(f, self, args, nargs, kwnames));
  if (!r) return -1;
  if (!is_none(r.get())) {
    type_error("__init__() should return None, not '%.200s'", type_of(r.get())->name.c_str());
    return -1;
  }
  return 0;
}

Value slot_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  Ref f(getattr(Value(type), names::__new__));
  if (!f) return Value();
  size_t total = nargs + (kwnames ? as_tuple(kwnames)->size : 0);
  std::vector<Value> all(total + 1);
  all[0] = Value(type);
  std::copy(args, args + total, all.begin() + 1);
  return call(f.get(), all.data(), nargs + 1, kwnames);
}

// ------------------------------------------------------------ wrappers

struct WrapperDescriptor : Object {
  const SlotDef* def;
  Type* owner;
};

struct MethodWrapper : Object {
  WrapperDescriptor* descr;
  Value self;
};

Value wrapper_invoke(const SlotDef* def, Type* owner, Value self, const Value* args, size_t nargs,
                     Value kwnames) {
  auto want = [&](size_t n) {
    if (kwnames && as_tuple(kwnames)->size) {
      type_error("wrapper %U() takes no keyword arguments", *def->name);
      return false;
    }
    if (nargs != n) {
      type_error("expected %d argument%s, got %zd", int(n), n == 1 ? "" : "s", nargs);
      return false;
    }
    return true;
  };
  // The slots assume a str name: the attribute wrappers are the one way in
  // that skips getattr()'s check.
  auto want_name = [&](size_t n) {
    if (!want(n)) return false;
    if (str_check(args[0])) return true;
    type_error("attribute name must be string, not '%.200s'", type_of(args[0])->name.c_str());
    return false;
  };
  auto as_bool_result = [](int r) { return r < 0 ? Value() : newref(py_bool(r)); };
  auto none_result = [](int r) { return r < 0 ? Value() : newref(none()); };
  switch (def->kind) {
    case Kind::Repr: return want(0) ? owner->repr(self) : Value();
    case Kind::Str: return want(0) ? owner->str(self) : Value();
    case Kind::Hash: {
      if (!want(0)) return Value();
      int64_t h = owner->hash(self);
      return h == -1 ? Value() : int_from_i64(h);
    }
    case Kind::Call: return owner->call(self, args, nargs, kwnames);
    case Kind::GetAttribute: return want_name(1) ? owner->getattr(self, args[0]) : Value();
    case Kind::GetAttr: return Value();
    case Kind::SetAttr: return want_name(2) ? none_result(owner->setattr(self, args[0], args[1])) : Value();
    case Kind::DelAttr: return want_name(1) ? none_result(owner->setattr(self, args[0], Value())) : Value();
    case Kind::Compare: return want(1) ? owner->compare(self, args[0], CompareOp(def->op)) : Value();
    case Kind::Iter: return want(0) ? owner->iter(self) : Value();
    case Kind::Next: {
      if (!want(0)) return Value();
      Value r = owner->next(self);
      if (!r && !pending()) stop_iteration(Value());
      return r;
    }
    case Kind::Len: {
      if (!want(0)) return Value();
      int64_t n = owner->len(self);
      return n < 0 ? Value() : int_from_i64(n);
    }
    case Kind::GetItem: return want(1) ? owner->getitem(self, args[0]) : Value();
    case Kind::SetItem: return want(2) ? none_result(owner->setitem(self, args[0], args[1])) : Value();
    case Kind::DelItem: return want(1) ? none_result(owner->setitem(self, args[0], Value())) : Value();
    case Kind::Contains: return want(1) ? as_bool_result(owner->contains(self, args[0])) : Value();
    case Kind::Bool: return want(0) ? as_bool_result(owner->truth(self)) : Value();
    case Kind::Binary: return want(1) ? owner->number[def->op](self, args[0]) : Value();
    case Kind::RBinary: return want(1) ? owner->number[def->op](args[0], self) : Value();
    case Kind::Inplace: return want(1) ? owner->inplace[def->op](self, args[0]) : Value();
    case Kind::Neg: return want(0) ? owner->neg(self) : Value();
    case Kind::Pos: return want(0) ? owner->pos(self) : Value();
    case Kind::Abs: return want(0) ? owner->abs(self) : Value();
    case Kind::Invert: return want(0) ? owner->invert(self) : Value();
    case Kind::Int: return want(0) ? owner->to_int(self) : Value();
    case Kind::Float: return want(0) ? owner->to_float(self) : Value();
    case Kind::Index: return want(0) ? owner->index(self) : Value();
    case Kind::Get: {
      if (nargs < 1 || nargs > 2) return type_error("expected 1 or 2 arguments, got %zd", nargs);
      Value obj = is_none(args[0]) ? Value() : args[0];
      Value type = nargs > 1 && !is_none(args[1]) ? args[1] : Value();
      if (!obj && !type) return type_error("__get__(None, None) is invalid");
      return owner->descr_get(self, obj, type);
    }
    case Kind::Set: return want(2) ? none_result(owner->descr_set(self, args[0], args[1])) : Value();
    case Kind::Delete: return want(1) ? none_result(owner->descr_set(self, args[0], Value())) : Value();
    case Kind::Init: return none_result(owner->init(self, args, nargs, kwnames));
    case Kind::Del: return Value();
  }
  return Value();
}

Value wrapper_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* w = self.as<WrapperDescriptor>();
  if (nargs < 1) {
    return type_error("descriptor '%U' of '%s' object needs an argument", *w->def->name,
                      w->owner->name.c_str());
  }
  if (!is_instance_of(args[0], w->owner)) {
    return type_error("descriptor '%U' requires a '%s' object but received a '%s'", *w->def->name,
                      w->owner->name.c_str(), type_of(args[0])->name.c_str());
  }
  return wrapper_invoke(w->def, w->owner, args[0], args + 1, nargs - 1, kwnames);
}

Value wrapper_get(Value descr, Value obj, Value type) {
  if (!obj) return newref(descr);
  auto* w = descr.as<WrapperDescriptor>();
  if (!is_instance_of(obj, w->owner)) {
    return type_error("descriptor '%U' for '%s' objects doesn't apply to a '%s' object", *w->def->name,
                      w->owner->name.c_str(), type_of(obj)->name.c_str());
  }
  auto* m = alloc<MethodWrapper>(&method_wrapper_type);
  if (!m) return Value();
  m->descr = w;
  incref(w);
  m->self = newref(obj);
  return m;
}

Value wrapper_repr(Value self) {
  auto* w = self.as<WrapperDescriptor>();
  return format_str("<slot wrapper '%U' of '%s' objects>", *w->def->name, w->owner->name.c_str());
}

void wrapper_dealloc(Object* o) { free_object(o); }

Value method_wrapper_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* m = self.as<MethodWrapper>();
  return wrapper_invoke(m->descr->def, m->descr->owner, m->self, args, nargs, kwnames);
}

Value method_wrapper_repr(Value self) {
  auto* m = self.as<MethodWrapper>();
  return format_str("<method-wrapper '%U' of %s object at %p>", *m->descr->def->name,
                    type_of(m->self)->name.c_str(), static_cast<void*>(m->self.object()));
}

void method_wrapper_dealloc(Object* o) {
  auto* m = static_cast<MethodWrapper*>(o);
  decref(m->descr);
  decref(m->self);
  free_object(o);
}

Value wrapper_name(Value self) { return newref(*self.as<WrapperDescriptor>()->def->name); }
Value wrapper_qualname(Value self) {
  auto* w = self.as<WrapperDescriptor>();
  Ref owner(type_qualname(w->owner));
  return owner ? format_str("%U.%U", owner.get(), *w->def->name) : Value();
}
Value wrapper_objclass(Value self) { return newref(Value(self.as<WrapperDescriptor>()->owner)); }
Value method_wrapper_self(Value self) { return newref(self.as<MethodWrapper>()->self); }
Value method_wrapper_name(Value self) { return newref(*self.as<MethodWrapper>()->descr->def->name); }

const GetSetDef kWrapperGetsets[] = {
    {"__name__", wrapper_name, nullptr},
    {"__qualname__", wrapper_qualname, nullptr},
    {"__objclass__", wrapper_objclass, nullptr},
    {nullptr, nullptr, nullptr},
};
const GetSetDef kMethodWrapperGetsets[] = {
    {"__name__", method_wrapper_name, nullptr},
    {"__self__", method_wrapper_self, nullptr},
    {nullptr, nullptr, nullptr},
};

// The slot field a SlotDef stands for, compared by address.
void* slot_field(Type* t, const SlotDef& d) {
  switch (d.kind) {
    case Kind::Repr: return &t->repr;
    case Kind::Str: return &t->str;
    case Kind::Hash: return &t->hash;
    case Kind::Call: return &t->call;
    case Kind::GetAttribute: case Kind::GetAttr: return &t->getattr;
    case Kind::SetAttr: case Kind::DelAttr: return &t->setattr;
    case Kind::Compare: return &t->compare;
    case Kind::Iter: return &t->iter;
    case Kind::Next: return &t->next;
    case Kind::Len: return &t->len;
    case Kind::GetItem: return &t->getitem;
    case Kind::SetItem: case Kind::DelItem: return &t->setitem;
    case Kind::Contains: return &t->contains;
    case Kind::Bool: return &t->truth;
    case Kind::Binary: case Kind::RBinary: return &t->number[d.op];
    case Kind::Inplace: return &t->inplace[d.op];
    case Kind::Neg: return &t->neg;
    case Kind::Pos: return &t->pos;
    case Kind::Abs: return &t->abs;
    case Kind::Invert: return &t->invert;
    case Kind::Int: return &t->to_int;
    case Kind::Float: return &t->to_float;
    case Kind::Index: return &t->index;
    case Kind::Get: return &t->descr_get;
    case Kind::Set: case Kind::Delete: return &t->descr_set;
    case Kind::Init: return &t->init;
    case Kind::Del: return nullptr;
  }
  return nullptr;
}

// All slot fields are function pointers of one size; compare them as such.
using AnyFn = void (*)();
AnyFn& field_ref(Type* t, const SlotDef& d) { return *static_cast<AnyFn*>(slot_field(t, d)); }

AnyFn dispatcher(const SlotDef& d) {
  switch (d.kind) {
    case Kind::Repr: return AnyFn(&slot_repr);
    case Kind::Str: return AnyFn(&slot_str);
    case Kind::Hash: return AnyFn(&slot_hash);
    case Kind::Call: return AnyFn(&slot_call);
    case Kind::GetAttribute: case Kind::GetAttr: return AnyFn(&slot_getattr_hook);
    case Kind::SetAttr: case Kind::DelAttr: return AnyFn(&slot_setattr);
    case Kind::Compare: return AnyFn(&slot_compare);
    case Kind::Iter: return AnyFn(&slot_iter);
    case Kind::Next: return AnyFn(&slot_next);
    case Kind::Len: return AnyFn(&slot_len);
    case Kind::GetItem: return AnyFn(&slot_getitem);
    case Kind::SetItem: case Kind::DelItem: return AnyFn(&slot_setitem);
    case Kind::Contains: return AnyFn(&slot_contains);
    case Kind::Bool: return AnyFn(&slot_truth);
    case Kind::Binary: case Kind::RBinary: return AnyFn(kBinaryDispatch.binary[d.op]);
    case Kind::Inplace: return AnyFn(kBinaryDispatch.inplace[d.op]);
    case Kind::Neg: return AnyFn(&slot_neg);
    case Kind::Pos: return AnyFn(&slot_pos);
    case Kind::Abs: return AnyFn(&slot_abs);
    case Kind::Invert: return AnyFn(&slot_invert);
    case Kind::Int: return AnyFn(&slot_int);
    case Kind::Float: return AnyFn(&slot_float);
    case Kind::Index: return AnyFn(&slot_index);
    case Kind::Get: return AnyFn(&slot_descr_get);
    case Kind::Set: case Kind::Delete: return AnyFn(&slot_descr_set);
    case Kind::Init: return AnyFn(&slot_init);
    case Kind::Del: return nullptr;
  }
  return nullptr;
}

// The slot defs ordered by the type field they feed (__del__ feeds none and
// comes last), and for each def the run of that order sharing its field. Found
// once at startup: every class creation re-derives each field, and scanning
// all defs for each was quadratic.
constexpr size_t kSlotCount = std::size(kSlots);
static_assert(kSlotCount <= 256, "slot def indices are bytes");
uint8_t by_field[kSlotCount];
uint8_t field_run[kSlotCount][2];  // [begin, end) in by_field

void order_by_field() {
  Type probe;
  uintptr_t key[kSlotCount];
  for (size_t i = 0; i < kSlotCount; ++i) {
    by_field[i] = uint8_t(i);
    key[i] = kSlots[i].kind == Kind::Del ? UINTPTR_MAX : reinterpret_cast<uintptr_t>(slot_field(&probe, kSlots[i]));
  }
  std::stable_sort(by_field, by_field + kSlotCount, [&](uint8_t x, uint8_t y) { return key[x] < key[y]; });
  for (size_t begin = 0, end; begin < kSlotCount; begin = end) {
    for (end = begin + 1; end < kSlotCount && key[by_field[end]] == key[by_field[begin]];) ++end;
    for (size_t k = begin; k < end; ++k) {
      field_run[by_field[k]][0] = uint8_t(begin);
      field_run[by_field[k]][1] = uint8_t(end);
    }
  }
}

// Re-derives the slot field `d` stands for (together with the other names
// sharing that field) from t's MRO.
void fixup_field(Type* t, const SlotDef& d) {
  if (d.kind == Kind::Del) {
    if (type_lookup(t, names::__del__)) t->flags |= Type::kHasDel;
    else t->flags &= ~uint32_t(Type::kHasDel);
    return;
  }
  void* field = slot_field(t, d);
  AnyFn specific = nullptr;
  bool use_dispatcher = false, found_any = false;
  const uint8_t* run = field_run[&d - kSlots];
  for (const uint8_t* i = by_field + run[0]; i != by_field + run[1]; ++i) {
    const SlotDef& other = kSlots[*i];
    Value v = type_lookup(t, *other.name);
    if (!v) continue;
    found_any = true;
    // A wrapper of this very slot (say int.__repr__ as __repr__) puts its
    // function back; one of another slot (int.__repr__ as __str__) dispatches.
    if (type_of(v) == &wrapper_descriptor_type && v.as<WrapperDescriptor>()->def->name == other.name) {
      auto* w = v.as<WrapperDescriptor>();
      AnyFn f = field_ref(w->owner, other);
      if (specific && specific != f) use_dispatcher = true;
      specific = f;
    } else if (other.kind == Kind::Hash && is_none(v)) {
      specific = AnyFn(&hash_unhashable);
    } else {
      use_dispatcher = true;
    }
  }
  AnyFn& slot = *static_cast<AnyFn*>(field);
  if (use_dispatcher) slot = dispatcher(d);
  else if (found_any) slot = specific;
  else slot = t->base ? field_ref(t->base, d) : nullptr;
}

void fixup_new(Type* t) {
  Value v = type_lookup(t, names::__new__);
  if (v && type_of(v) == &builtin_function_type && v.as<BuiltinFunction>()->def == &tp_new_def) {
    t->new_ = as_type(v.as<BuiltinFunction>()->self)->new_;
  } else if (v) {
    t->new_ = &slot_new;
  }
}

}  // namespace

Type wrapper_descriptor_type;
Type method_wrapper_type;

Value call_dunder(Value self, Value name, const Value* args, size_t nargs, bool* found) {
  Value f = type_lookup(type_of(self), name);
  *found = bool(f);
  if (!f) return Value();
  incref(f);
  Value r = call_found(f, self, args, nargs);
  decref(f);
  return r;
}

bool add_slot_wrappers(Type* t) {
  for (const SlotDef& d : kSlots) {
    if (d.kind == Kind::Del || d.kind == Kind::GetAttr) continue;
    AnyFn f = field_ref(t, d);
    if (!f || (t->base && field_ref(t->base, d) == f)) continue;
    if (dict_get_str(t->dict, *d.name)) continue;
    // Sequence concatenation has no reflected form in CPython (sq_concat).
    if (d.kind == Kind::RBinary && d.op == uint8_t(BinaryOp::Add) && t->len && t->getitem) continue;
    if (d.kind == Kind::Hash && f == AnyFn(&hash_unhashable)) {
      if (dict_set(t->dict, *d.name, none()) < 0) return false;
      continue;
    }
    auto* w = alloc<WrapperDescriptor>(&wrapper_descriptor_type);
    if (!w) return false;
    w->def = &d;
    w->owner = t;
    int r = dict_set(t->dict, *d.name, w);
    decref(w);
    if (r < 0) return false;
  }
  return true;
}

void fixup_slots(Type* t) {
  for (const SlotDef& d : kSlots) fixup_field(t, d);
  fixup_new(t);
}

void update_slots(Type* t, Value name) {
  const SlotDef* hit = nullptr;
  for (const SlotDef& d : kSlots) {
    if (*d.name == name) hit = &d;
  }
  bool is_new = name == names::__new__;
  if (!hit && !is_new) return;
  if (t->has(Type::kHeap)) {
    if (hit) fixup_field(t, *hit);
    if (is_new) fixup_new(t);
  }
  for (Type* sub : t->subclasses) update_slots(sub, name);
}

void init_slot_names() {
  order_by_field();
  for (const SlotDef& d : kSlots) {
    if (d.kind == Kind::Binary) kBinaryNames[d.op][0] = d.name;
    if (d.kind == Kind::RBinary) kBinaryNames[d.op][1] = d.name;
    if (d.kind == Kind::Inplace) kBinaryNames[d.op][2] = d.name;
  }
}

void init_wrapper_types() {
  init_slot_names();
  Type* t = &wrapper_descriptor_type;
  t->name = "wrapper_descriptor";
  t->basic_size = sizeof(WrapperDescriptor);
  t->flags = Type::kMethodDescriptor;
  t->dealloc = wrapper_dealloc;
  t->call = wrapper_call;
  t->descr_get = wrapper_get;
  t->repr = wrapper_repr;
  t->getsets = kWrapperGetsets;
  t = &method_wrapper_type;
  t->name = "method-wrapper";
  t->basic_size = sizeof(MethodWrapper);
  t->dealloc = method_wrapper_dealloc;
  t->call = method_wrapper_call;
  t->repr = method_wrapper_repr;
  t->getsets = kMethodWrapperGetsets;
  for (Type* t : {&wrapper_descriptor_type, &method_wrapper_type}) register_static_type(t);
}

}  // namespace pytier::light
