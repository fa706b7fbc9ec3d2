#include "light/objects/reduce.h"

#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/import.h"

namespace pytier::light {

namespace {

// copyreg.<name>: the reduction helpers live in Python, as in CPython.
Value copyreg(const char* name) {
  Ref m(vm::import_module("copyreg"));
  return m ? getattr(m.get(), str_intern(name)) : Value();
}

// The values of the slots named by copyreg._slotnames(type(self)) that are
// set, as a dict; null when there are none.
bool slot_state(Value self, Ref* out) {
  Ref slotnames(copyreg("_slotnames"));
  Value cls = Value(type_of(self));
  Ref names(slotnames ? call(slotnames.get(), &cls, 1) : Value());
  if (!names) return false;
  Ref it(iter(names.get()));
  if (!it) return false;
  Ref slots;
  while (Value name = next(it.get())) {
    Ref n(name);
    Value v;
    int rc = lookup_attr(self, name, &v);
    if (rc < 0) return false;
    if (rc == 0) continue;
    Ref value(v);
    if (!slots) slots = Ref(Value(dict_new()));
    if (!slots || dict_set(as_dict(slots.get()), name, v) < 0) return false;
  }
  if (pending()) return false;
  *out = std::move(slots);
  return true;
}

// The arguments __new__ needs again: from __getnewargs_ex__ or
// __getnewargs__, else none.
bool new_arguments(Value self, Ref* args, Ref* kwargs) {
  Value fn;
  int rc = lookup_attr(self, str_intern("__getnewargs_ex__"), &fn);
  if (rc < 0) return false;
  if (rc > 0) {
    Ref f(fn);
    Ref r(call0(fn));
    if (!r) return false;
    if (!tuple_check(r.get()) || as_tuple(r.get())->size != 2) {
      type_error("__getnewargs_ex__ should return a tuple of length 2, not '%s'", type_of(r.get())->name.c_str());
      return false;
    }
    *args = Ref::borrow(as_tuple(r.get())->items[0]);
    *kwargs = Ref::borrow(as_tuple(r.get())->items[1]);
    return true;
  }
  rc = lookup_attr(self, str_intern("__getnewargs__"), &fn);
  if (rc < 0) return false;
  if (rc > 0) {
    Ref f(fn);
    *args = Ref(call0(fn));
    if (!*args) return false;
    if (!tuple_check(args->get())) {
      type_error("__getnewargs__ should return a tuple, not '%s'", type_of(args->get())->name.c_str());
      return false;
    }
    return true;
  }
  *args = Ref(tuple_pack({}));
  return bool(*args);
}

// Protocol 2 and later: (copyreg.__newobj__, (cls, *args), state,
// list items, dict items).
Value reduce_newobj(Value self) {
  Ref args, kwargs;
  if (!new_arguments(self, &args, &kwargs)) return Value();
  Value cls = Value(type_of(self));
  int64_t nkw = 0;
  if (kwargs) {
    nkw = length(kwargs.get());
    if (nkw < 0) return Value();
  }
  Ref creator, creator_args;
  if (nkw == 0) {
    creator = Ref(copyreg("__newobj__"));
    Tuple* a = as_tuple(args.get());
    std::vector<Value> items{cls};
    items.insert(items.end(), a->items, a->items + a->size);
    creator_args = Ref(creator ? tuple_from_array(items.data(), items.size()) : Value());
  } else {
    creator = Ref(copyreg("__newobj_ex__"));
    creator_args = Ref(creator ? tuple_pack({cls, args.get(), kwargs.get()}) : Value());
  }
  if (!creator_args) return Value();
  Ref state(call_method(self, names::__getstate__, nullptr, 0));
  if (!state) return Value();
  Ref list_items(list_check(self) ? iter(self) : newref(none()));
  if (!list_items) return Value();
  Ref dict_items;
  if (dict_check(self)) {
    Ref items(call_method(self, str_intern("items"), nullptr, 0));
    dict_items = Ref(items ? iter(items.get()) : Value());
  } else {
    dict_items = Ref(newref(none()));
  }
  if (!dict_items) return Value();
  return tuple_pack({creator.get(), creator_args.get(), state.get(), list_items.get(), dict_items.get()});
}

Value common_reduce(Value self, int64_t protocol) {
  if (protocol >= 2) return reduce_newobj(self);
  Ref reduce_ex(copyreg("_reduce_ex"));
  if (!reduce_ex) return Value();
  Value args[] = {self, Value::small(protocol)};
  return call(reduce_ex.get(), args, 2);
}

}  // namespace

Value object_getstate(Value self, const Value*, size_t, Value) {
  Dict* d = instance_dict(self, false);
  Ref state(d && d->used ? Value(dict_copy(d)) : newref(none()));
  if (!state) return Value();
  Ref slots;
  if (!slot_state(self, &slots)) return Value();
  if (!slots) return state.release();
  return tuple_pack({state.get(), slots.get()});
}

Value object_reduce(Value self, const Value*, size_t, Value) { return common_reduce(self, 0); }

Value object_reduce_ex(Value self, const Value* args, size_t, Value) {
  int64_t protocol;
  if (!int_check(args[0])) return type_error("'%s' object cannot be interpreted as an integer", type_of(args[0])->name.c_str());
  if (!int_to_i64(args[0], &protocol)) return Value();
  // A class that defines __reduce__ is reduced by it.
  Value own = type_lookup(type_of(self), names::__reduce__);
  Value base = type_lookup(&object_type, names::__reduce__);
  if (own && own != base) return call_method(self, names::__reduce__, nullptr, 0);
  return common_reduce(self, protocol);
}

}  // namespace pytier::light
