// The _collections module: deque, defaultdict, namedtuple's field getter
// and Counter's counting loop; collections/__init__.py builds the rest.

#include "light/modules/collections.h"
#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light::modules {

namespace {

// Whether mapping stores through dict's own get and __setitem__, so that
// counting may use the dict directly (a Counter does).
bool plain_dict_storage(Value mapping) {
  if (!dict_check(mapping)) return false;
  Type* t = type_of(mapping);
  Value get = str_intern("get");
  return type_lookup(t, get) == type_lookup(&dict_type, get) &&
         type_lookup(t, names::__setitem__) == type_lookup(&dict_type, names::__setitem__);
}

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1
// for each x.
Value count_elements(Value, const Value* args, size_t, Value) {
  Value mapping = args[0];
  Ref it(iter(args[1]));
  if (!it) return Value();
  bool direct = plain_dict_storage(mapping);
  Ref get(direct ? Value() : getattr(mapping, str_intern("get")));
  if (!direct && !get) return Value();
  const Value one = Value::small(1);
  for (;;) {
    Ref item(next(it.get()));
    if (!item) break;
    Ref count;
    if (direct) {
      Value old = dict_get(as_dict(mapping), item.get());
      if (!old && pending()) return Value();
      count = Ref(old ? binary_op(old, one, BinaryOp::Add) : one);
    } else {
      Ref old(call2(get.get(), item.get(), Value::small(0)));
      count = Ref(old ? binary_op(old.get(), one, BinaryOp::Add) : Value());
    }
    if (!count) return Value();
    int rc = direct ? dict_set(as_dict(mapping), item.get(), count.get()) : setitem(mapping, item.get(), count.get());
    if (rc < 0) return Value();
  }
  return pending() ? Value() : newref(none());
}

const MethodDef kCollectionsFunctions[] = {
    {"_count_elements", count_elements, 2, 2},
    {nullptr, nullptr, 0, 0},
};

bool ready_types() {
  static bool ready = false;
  if (ready) return true;
  init_deque_types();
  init_defaultdict_type();
  init_tuplegetter_type();
  for (Type* t : {&deque_type, &deque_iterator_type, &deque_reverse_iterator_type, &defaultdict_type,
                   &tuplegetter_type})
    if (!type_ready(t)) return false;
  ready = true;
  return true;
}

}  // namespace

Module* make_collections() {
  if (!ready_types()) return nullptr;
  Module* m = module_new("_collections");
  if (!m) return nullptr;
  if (!add_functions(m, kCollectionsFunctions) || !add_value(m, "deque", newref(Value(&deque_type))) ||
      !add_value(m, "defaultdict", newref(Value(&defaultdict_type))) ||
      !add_value(m, "_deque_iterator", newref(Value(&deque_iterator_type))) ||
      !add_value(m, "_deque_reverse_iterator", newref(Value(&deque_reverse_iterator_type))) ||
      !add_value(m, "_tuplegetter", newref(Value(&tuplegetter_type)))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
