// The _functools module: reduce, cmp_to_key with its KeyWrapper type, and
// the partial and _lru_cache_wrapper types; functools.py builds the rest.

#include "light/modules/functools.h"
#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

Type key_wrapper_type;

// What cmp_to_key(mycmp) returns, and what calling that returns: a key
// holding mycmp and one object, ordered by mycmp(a, b) against 0.
struct KeyWrapper : Object {
  Value cmp;  // owned
  Value obj;  // owned; null in the wrapper cmp_to_key returns
};

KeyWrapper* K(Value v) { return v.as<KeyWrapper>(); }

Value key_wrapper_new(Value cmp, Value obj) {
  auto* k = alloc<KeyWrapper>(&key_wrapper_type);
  if (!k) return Value();
  k->cmp = newref(cmp);
  k->obj = obj ? newref(obj) : Value();
  return k;
}

void key_wrapper_dealloc(Object* o) {
  xdecref(static_cast<KeyWrapper*>(o)->cmp);
  xdecref(static_cast<KeyWrapper*>(o)->obj);
  free_object(o);
}

Value key_wrapper_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"obj"};
  Value obj;
  if (!bind_keywords("K", args, nargs, kwnames, kNames, 1, &obj)) return Value();
  if (!obj) return type_error("K() missing required argument 'obj' (pos 1)");
  return key_wrapper_new(K(self)->cmp, obj);
}

Value key_wrapper_compare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &key_wrapper_type) return type_error("other argument must be K instance");
  Value x = K(a)->obj ? K(a)->obj : none();
  Value y = K(b)->obj ? K(b)->obj : none();
  Ref result(call2(K(a)->cmp, x, y));
  if (!result) return Value();
  return compare(result.get(), Value::small(0), op);
}

Value key_wrapper_obj(Value self) { return newref(K(self)->obj ? K(self)->obj : none()); }

int key_wrapper_set_obj(Value self, Value v) {
  set_slot(&K(self)->obj, v ? newref(v) : Value());
  return 0;
}

const GetSetDef kKeyWrapperGetsets[] = {
    {"obj", key_wrapper_obj, key_wrapper_set_obj},
    {nullptr, nullptr, nullptr},
};

Value cmp_to_key(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"mycmp"};
  Value cmp;
  if (!bind_keywords("cmp_to_key", args, nargs, kwnames, kNames, 1, &cmp)) return Value();
  if (!cmp) return type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)");
  return key_wrapper_new(cmp, Value());
}

Value reduce(Value, const Value* args, size_t nargs, Value) {
  Value function = args[0];
  Ref it(iter(args[1]));
  if (!it) {
    if (matches(&exc::TypeError)) {
      clear_error();
      return type_error("reduce() arg 2 must support iteration");
    }
    return Value();
  }
  Ref result = Ref::borrow(nargs > 2 ? args[2] : Value());
  for (;;) {
    Ref item(next(it.get()));
    if (!item) break;
    if (!result) {
      result = std::move(item);
      continue;
    }
    result = Ref(call2(function, result.get(), item.get()));
    if (!result) return Value();
  }
  if (pending()) return Value();
  if (!result) return type_error("reduce() of empty iterable with no initial value");
  return result.release();
}

const MethodDef kFunctoolsFunctions[] = {
    {"reduce", reduce, 2, 3},
    {"cmp_to_key", cmp_to_key, 0, -1, MethodDef::kKeywords},
    {nullptr, nullptr, 0, 0},
};

bool ready_types() {
  static bool ready = false;
  if (ready) return true;
  Type* t = &key_wrapper_type;
  t->name = "functools.KeyWrapper";
  t->basic_size = sizeof(KeyWrapper);
  t->dealloc = key_wrapper_dealloc;
  t->call = key_wrapper_call;
  t->compare = key_wrapper_compare;
  t->hash = hash_unhashable;
  t->getsets = kKeyWrapperGetsets;
  init_partial_type();
  init_lru_cache_wrapper_type();
  for (Type* type : {&key_wrapper_type, &partial_type, &lru_cache_wrapper_type})
    if (!type_ready(type)) return false;
  ready = true;
  return true;
}

}  // namespace

Module* make_functools() {
  if (!ready_types()) return nullptr;
  Module* m = module_new("_functools");
  if (!m) return nullptr;
  if (!add_functions(m, kFunctoolsFunctions) || !add_value(m, "partial", newref(Value(&partial_type))) ||
     
      !add_value(m, "_lru_cache_wrapper", newref(Value(&lru_cache_wrapper_type)))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
