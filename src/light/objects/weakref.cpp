#include "light/objects/weakref.h"

#include <unordered_map>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/bytes.h"
#include "light/objects/complex.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/range.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/vm/report.h"

namespace pytier::light {

Type weakref_type;
Type proxy_type;
Type callable_proxy_type;
size_t weakly_referenced_count = 0;

namespace {

// Each weakly referenced object's references, oldest first.
std::unordered_map<Object*, std::vector<WeakRef*>> weakrefs_of;

WeakRef* W(Value v) { return v.as<WeakRef>(); }

// Only the types CPython gives a weak reference list (see Type::kWeakrefable).
bool weakly_referenceable(Value v) { return !v.is_small() && type_of(v)->has(Type::kWeakrefable); }

void unlink(WeakRef* r) {
  if (!r->referent) return;
  auto it = weakrefs_of.find(r->referent);
  r->referent = nullptr;
  if (it == weakrefs_of.end()) return;
  std::vector<WeakRef*>& refs = it->second;
  std::erase(refs, r);
  if (refs.empty()) {
    weakrefs_of.erase(it);
    --weakly_referenced_count;
  }
}

void weakref_dealloc(Object* o) {
  WeakRef* r = static_cast<WeakRef*>(o);
  unlink(r);
  xdecref(r->callback);
  free_object(o);
}

Value weakref_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames) return type_error("ref() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return type_error(nargs < 1 ? "__new__ expected at least 1 argument, got %zu"
                                : "__new__ expected at most 2 arguments, got %zu",
                      nargs);
  Value target = args[0];
  Value callback = nargs == 2 ? args[1] : none();
  if (!weakly_referenceable(target))
    return type_error("cannot create weak reference to '%s' object", type_of(target)->name.c_str());
  std::vector<WeakRef*>& refs = weakrefs_of[target.object()];
  // Plain references without a callback are shared, as in CPython.
  if (type == &weakref_type && is_none(callback)) {
    for (WeakRef* r : refs)
      if (type_of(Value(r)) == &weakref_type && is_none(r->callback)) return newref(Value(r));
  }
  auto* r = static_cast<WeakRef*>(alloc_object(type, type->basic_size));
  if (!r) {
    if (refs.empty()) weakrefs_of.erase(target.object());
    return Value();
  }
  r->referent = target.object();
  r->callback = newref(callback);
  r->hash = -1;
  if (refs.empty()) ++weakly_referenced_count;
  refs.push_back(r);
  return Value(r);
}

int weakref_init(Value, const Value*, size_t nargs, Value) {
  if (nargs > 2) {
    type_error("__init__ expected at most 2 arguments, got %zu", nargs);
    return -1;
  }
  return 0;
}

Value weakref_call(Value self, const Value*, size_t nargs, Value kwnames) {
  if (nargs || kwnames) return type_error("weakref() takes no arguments");
  Object* o = W(self)->referent;
  return newref(o ? Value(o) : none());
}

Value weakref_repr(Value self) {
  Object* o = W(self)->referent;
  void* p = static_cast<void*>(self.object());
  if (!o) return format_str("<weakref at %p; dead>", p);
  return format_str("<weakref at %p; to '%s' at %p>", p, o->type->name.c_str(), static_cast<void*>(o));
}

int64_t weakref_hash(Value self) {
  WeakRef* r = W(self);
  if (r->hash != -1) return r->hash;
  if (!r->referent) {
    type_error("weak object has gone away");
    return -1;
  }
  r->hash = hash(Value(r->referent));
  return r->hash;
}

Value weakref_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_of(b, &weakref_type))
    return newref(not_implemented());
  Object* x = W(a)->referent;
  Object* y = W(b)->referent;
  if (!x || !y) {
    bool same = a == b;
    return newref(py_bool(op == CompareOp::Eq ? same : !same));
  }
  return compare(Value(x), Value(y), op);
}

Value weakref_callback(Value self) { return newref(W(self)->callback); }

const GetSetDef kWeakRefGetsets[] = {
    {"__callback__", weakref_callback, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void clear_weakrefs(Object* o) {
  auto it = weakrefs_of.find(o);
  if (it == weakrefs_of.end()) return;
  std::vector<WeakRef*> refs = std::move(it->second);
  weakrefs_of.erase(it);
  --weakly_referenced_count;
  // Every reference is dead before any callback runs; the newest's runs first.
  std::vector<Ref> pending_callbacks;
  for (WeakRef* r : refs) {
    r->referent = nullptr;
    if (!is_none(r->callback)) pending_callbacks.push_back(Ref::borrow(Value(r)));
  }
  Value saved = fetch();
  for (auto r = pending_callbacks.rbegin(); r != pending_callbacks.rend(); ++r) {
    Value ref = r->get();
    Value callback = W(ref)->callback;
    Value result = call1(callback, ref);
    if (result) decref(result);
    else vm::write_unraisable(callback);
  }
  restore(saved);
}

int64_t weakref_count(Value v) {
  if (v.is_small()) return 0;
  auto it = weakrefs_of.find(v.object());
  return it == weakrefs_of.end() ? 0 : int64_t(it->second.size());
}

Value weakref_list(Value v) {
  std::vector<Value> refs;
  if (!v.is_small()) {
    auto it = weakrefs_of.find(v.object());
    if (it != weakrefs_of.end())
      for (WeakRef* r : it->second) refs.push_back(Value(r));
  }
  return list_from_array(refs.data(), refs.size());
}

void init_weakref_type() {
  Type* t = &weakref_type;
  t->name = "weakref.ReferenceType";
  t->flags |= Type::kBaseType;
  t->basic_size = sizeof(WeakRef);
  t->dealloc = weakref_dealloc;
  t->new_ = weakref_new;
  t->init = weakref_init;
  t->call = weakref_call;
  t->repr = weakref_repr;
  t->hash = weakref_hash;
  t->compare = weakref_compare;
  t->getsets = kWeakRefGetsets;
  proxy_type.name = "weakref.ProxyType";
  callable_proxy_type.name = "weakref.CallableProxyType";
  for (Type* t : {&weakref_type, &proxy_type, &callable_proxy_type}) register_static_type(t);
}

}  // namespace pytier::light
