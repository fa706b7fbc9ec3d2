#include "light/objects/method.h"

#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type method_type;

namespace {

Value method_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* m = self.as<Method>();
  size_t total = nargs + (kwnames ? as_tuple(kwnames)->size : 0);
  Value small[8];
  std::vector<Value> big;
  Value* all = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    all = big.data();
  }
  all[0] = m->self;
  for (size_t i = 0; i < total; ++i) all[i + 1] = args[i];
  return call(m->func, all, nargs + 1, kwnames);
}

void method_dealloc(Object* o) {
  auto* m = static_cast<Method*>(o);
  decref(m->func);
  decref(m->self);
  free_object(o);
}

Value method_repr(Value self) {
  auto* m = self.as<Method>();
  Value name;
  int r = lookup_attr(m->func, names::__qualname__, &name);
  if (r == 0) r = lookup_attr(m->func, names::__name__, &name);
  if (r < 0) return Value();
  Ref n(r ? name : str_from_ascii("?"));
  return format_str("<bound method %U of %R>", n.get(), m->self);
}

int64_t method_hash(Value self) {
  // self counts by identity, as in the comparison.
  auto* m = self.as<Method>();
  uint64_t s = m->self.bits();
  int64_t a = int64_t((s >> 4) | (s << 60));
  int64_t b = hash(m->func);
  if (b == -1) return -1;
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

Value method_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &method_type) {
    return newref(not_implemented());
  }
  auto* x = a.as<Method>();
  auto* y = b.as<Method>();
  int eq = equal(x->func, y->func);
  if (eq < 0) return Value();
  eq = eq && x->self == y->self;
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

// Unknown attributes come from the function (__name__, __doc__, ...).
Value method_getattr(Value self, Value name) {
  Value r = generic_getattr(self, name);
  if (r || !matches(&exc::AttributeError)) return r;
  clear_error();
  return getattr(self.as<Method>()->func, name);
}

Value method_get(Value self, Value obj, Value type) { return newref(self); }

Value method_func(Value self) { return newref(self.as<Method>()->func); }
Value method_self(Value self) { return newref(self.as<Method>()->self); }
// The function's, not the method type's own (None).
Value method_doc(Value self) { return getattr(self.as<Method>()->func, names::__doc__); }

const GetSetDef kMethodGetsets[] = {
    {"__func__", method_func, nullptr},
    {"__self__", method_self, nullptr},
    {"__doc__", method_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

Value method_new_py(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 2) return type_error("method expected 2 arguments, got %zd", nargs);
  if (!is_callable(args[0])) return type_error("first argument must be callable");
  if (is_none(args[1])) return type_error("instance must not be None");
  return method_new(args[0], args[1]);
}

}  // namespace

Value method_new(Value func, Value self) {
  auto* m = alloc<Method>(&method_type);
  if (!m) return Value();
  m->func = newref(func);
  m->self = newref(self);
  return m;
}

void init_method_type() {
  Type* t = &method_type;
  t->flags |= Type::kWeakrefable;
  t->name = "method";
  t->basic_size = sizeof(Method);
  t->dealloc = method_dealloc;
  t->new_ = method_new_py;
  t->call = method_call;
  t->repr = method_repr;
  t->hash = method_hash;
  t->compare = method_compare;
  t->getattr = method_getattr;
  t->descr_get = method_get;
  t->getsets = kMethodGetsets;
  for (Type* t : {&method_type}) register_static_type(t);
}

}  // namespace pytier::light
