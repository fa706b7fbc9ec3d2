#include "light/objects/object.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/descriptor.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/objects/weakref.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/import.h"

namespace pytier::light {

void destroy(Object* o) {
  // An instance with __del__ clears its weak references after it (in
  // subtype_dealloc), as CPython does.
  if (weakly_referenced_count && !o->type->has(Type::kHasDel)) clear_weakrefs(o);
  o->type->dealloc(o);
}

namespace {

// Small objects are recycled through per-size free lists (malloc and free
// dominated attribute-heavy code otherwise). Every block starts with a 64-bit
// word holding its size class (0: not recycled), which also keeps objects
// 8-byte aligned on wasm32.
constexpr size_t kGrain = 16;
constexpr size_t kClasses = 17;  // objects up to 256 bytes
struct FreeBlock {
  FreeBlock* next;
};
FreeBlock* free_lists[kClasses];

}  // namespace

// An object with its dict word in front: [dict][header = 0][object].
Object* alloc_prefixed(Type* type, size_t size) {
  auto* block = static_cast<uint64_t*>(std::calloc(1, 2 * sizeof(uint64_t) + size));
  if (!block) {
    no_memory();
    return nullptr;
  }
  auto* o = reinterpret_cast<Object*>(block + 2);
  o->refcount = 1;
  o->type = type;
  incref(type);  // only heap types have prefixed instances
  return o;
}

Object* alloc_object(Type* type, size_t size) {
  if (type->dict_offset == kPrefixDict) return alloc_prefixed(type, size);
  size_t size_class = (size + kGrain - 1) / kGrain;
  void* block;
  if (size_class < kClasses && free_lists[size_class]) {
    block = free_lists[size_class];
    free_lists[size_class] = free_lists[size_class]->next;
    *static_cast<uint64_t*>(block) = size_class;  // the link overwrote it
  } else {
    size_t bytes = size_class < kClasses ? size_class * kGrain : size;
    block = std::malloc(sizeof(uint64_t) + bytes);
    if (!block) {
      no_memory();
      return nullptr;
    }
    *static_cast<uint64_t*>(block) = size_class < kClasses ? size_class : 0;
  }
  auto* o = reinterpret_cast<Object*>(static_cast<uint64_t*>(block) + 1);
  std::memset(static_cast<void*>(o), 0, size);
  o->refcount = 1;
  o->type = type;
  if (type->has(Type::kHeap)) incref(type);
  return o;
}

void free_object(Object* o) {
  Type* type = o->type;
  uint64_t* block = reinterpret_cast<uint64_t*>(o) - 1;
  if (uint64_t size_class = *block) {
    auto* f = reinterpret_cast<FreeBlock*>(block);
    f->next = free_lists[size_class];
    free_lists[size_class] = f;
  } else {
    std::free(type->dict_offset == kPrefixDict ? block - 1 : block);
  }
  if (type->has(Type::kHeap)) decref(type);
}

void init_static(Object* o, Type* type) {
  o->refcount = kImmortal;
  o->type = type;
}

// ------------------------------------------------------------------ object


Type object_type;

namespace {

bool excess_args(size_t nargs, Value kwnames) {
  return nargs > 0 || (kwnames && as_tuple(kwnames)->size > 0);
}

void object_dealloc(Object* o) { free_object(o); }

Value object_repr(Value self) {
  Type* t = type_of(self);
  Ref module(type_module(t));
  if (!module) clear_error();
  Ref qual(type_qualname(t));
  if (!qual) return Value();
  void* p = self.is_small() ? nullptr : static_cast<void*>(self.object());
  if (module && str_check(module.get()) && str_to_utf8(module.get()) != "builtins") {
    return format_str("<%U.%U object at %p>", module.get(), qual.get(), p);
  }
  return format_str("<%s object at %p>", t->name.c_str(), p);
}

Value object_str(Value self) {
  UnaryFn f = type_of(self)->repr;
  return f ? f(self) : object_repr(self);
}

int64_t object_hash(Value self) {
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(self.object()));
  y = (y >> 4) | (y << 60);
  int64_t h = int64_t(y);
  return h == -1 ? -2 : h;
}

Value object_compare(Value a, Value b, CompareOp op) {
  switch (op) {
    case CompareOp::Eq:
      return newref(a == b ? py_true() : not_implemented());
    case CompareOp::Ne: {
      // By default __ne__ delegates to __eq__ and inverts its result.
      if (!type_of(a)->compare) return newref(not_implemented());
      Value r = type_of(a)->compare(a, b, CompareOp::Eq);
      if (!r || r == not_implemented()) return r;
      int t = truth(r);
      decref(r);
      if (t < 0) return Value();
      return newref(py_bool(!t));
    }
    default:
      return newref(not_implemented());
  }
}

Value abstract_methods_error(Type* type) {
  Ref methods(getattr(Value(type), names::__abstractmethods__));
  if (!methods) return Value();
  Ref sorted(list_from_iterable(methods.get()));
  if (!sorted || list_sort(sorted.get(), Value(), false) < 0) return Value();
  std::string joined;
  List* l = as_list(sorted.get());
  for (int64_t i = 0; i < l->size; ++i) {
    Ref s(str(l->items[i]));
    if (!s) return Value();
    if (i) joined += ", ";
    joined += str_to_utf8(s.get());
  }
  return type_error("Can't instantiate abstract class %s with abstract method%s %s", type->name.c_str(),
                    l->size > 1 ? "s" : "", joined.c_str());
}

Value get_class(Value self) { return newref(Value(type_of(self))); }

int set_class(Value self, Value v) {
  if (!v) {
    type_error("can't delete __class__ attribute");
    return -1;
  }
  if (!type_check(v)) {
    type_error("__class__ must be set to a class, not '%s' object", type_of(v)->name.c_str());
    return -1;
  }
  Type* old = type_of(self);
  Type* nt = as_type(v);
  if (!old->has(Type::kHeap) || !nt->has(Type::kHeap) || old->basic_size != nt->basic_size ||
      old->dict_offset != nt->dict_offset) {
    type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  incref(nt);
  self.object()->type = nt;
  decref(old);
  return 0;
}

Value get_instance_dict(Value self) {
  Dict* d = instance_dict(self, true);
  if (!d) {
    return raise_fmt(&exc::AttributeError, "'%s' object has no attribute '__dict__'", type_of(self)->name.c_str());
  }
  return newref(Value(d));
}

int set_instance_dict(Value self, Value v) {
  Type* t = type_of(self);
  if (!t->dict_offset || type_check(self)) {
    attribute_error("'%s' object has no attribute '__dict__'", t->name.c_str());
    return -1;
  }
  if (!v || !dict_check(v)) {
    type_error("__dict__ must be set to a dictionary, not a '%s'", v ? type_of(v)->name.c_str() : "NoneType");
    return -1;
  }
  Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(self.object()) + t->dict_offset);
  set_slot(slot, newref(v));
  return 0;
}

const GetSetDef kObjectGetsets[] = {
    {"__class__", get_class, set_class},
    {nullptr, nullptr, nullptr},
};

Value object_init_subclass(Value, const Value*, size_t, Value) { return newref(none()); }

Value object_subclasshook(Value, const Value*, size_t, Value) { return newref(not_implemented()); }

Value object_format(Value self, const Value* args, size_t, Value) {
  if (!str_check(args[0])) {
    return type_error("__format__() argument must be str, not %s", type_of(args[0])->name.c_str());
  }
  if (args[0].as<Str>()->length > 0) {
    return type_error("unsupported format string passed to %s.__format__", type_of(self)->name.c_str());
  }
  return str(self);
}

Value object_dir(Value self, const Value*, size_t, Value) {
  Ref result{Value(dict_new())};
  if (!result) return Value();
  if (Dict* d = instance_dict(self, false)) {
    if (dict_update(as_dict(result.get()), Value(d)) < 0) return Value();
  }
  Tuple* mro = as_tuple(type_of(self)->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    if (dict_update(as_dict(result.get()), Value(as_type(mro->items[i])->dict)) < 0) return Value();
  }
  return list_from_iterable(result.get());
}

// The names of the __slots__ along the MRO that hold a value in obj.
bool slot_state(Value obj, Dict* into) {
  Tuple* mro = as_tuple(type_of(obj)->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    Dict* d = as_type(mro->items[i])->dict;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (type_of(v) != &member_descriptor_type) continue;
      Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.object()) + v.as<MemberDescriptor>()->offset);
      if (*slot && dict_set(into, k, *slot) < 0) return false;
    }
  }
  return true;
}

// object.__getstate__ (3.11): the instance dict (None when empty), paired
// with the set __slots__ values when there are any.
Value object_getstate(Value self, const Value*, size_t, Value) {
  Dict* d = instance_dict(self, false);
  Ref state(d && d->used ? Value(dict_copy(d)) : newref(none()));
  if (!state) return Value();
  Ref slots{Value(dict_new())};
  if (!slots || !slot_state(self, as_dict(slots.get()))) return Value();
  if (as_dict(slots.get())->used == 0) return state.release();
  return tuple_pack({state.get(), slots.get()});
}

// object.__reduce_ex__(protocol): a class's own __reduce__ if it has one
// (called as found on the instance, as CPython does), else copyreg's
// _reduce_ex below protocol 2 and its __newobj__ protocol from 2 up.
Value object_reduce_ex(Value self, const Value* args, size_t nargs, Value) {
  int64_t protocol = 0;
  if (nargs && !index_as_i64(args[0], &protocol, &exc::OverflowError)) return Value();
  Value reduce_value;
  if (lookup_attr(self, names::__reduce__, &reduce_value) < 0) return Value();
  Ref reduce(reduce_value);
  if (reduce) {
    Ref class_reduce(getattr(Value(type_of(self)), names::__reduce__));
    if (!class_reduce) return Value();
    if (class_reduce.get() != dict_get_str(object_type.dict, names::__reduce__)) return call(reduce.get(), nullptr, 0);
  }
  Ref copyreg(vm::import_module("copyreg"));
  if (!copyreg) return Value();
  if (protocol < 2) {
    Ref fn(getattr(copyreg.get(), str_intern("_reduce_ex")));
    if (!fn) return Value();
    Value call_args[2] = {self, nargs ? args[0] : Value::small(0)};
    return call(fn.get(), call_args, 2);
  }
  Ref newobj(getattr(copyreg.get(), str_intern("__newobj__")));
  if (!newobj) return Value();
  Ref extra;
  if (type_lookup(type_of(self), str_intern("__getnewargs__"))) {
    extra = Ref(call_method(self, str_intern("__getnewargs__"), nullptr, 0));
    if (!extra) return Value();
    if (!tuple_check(extra.get())) {
      return type_error("__getnewargs__ should return a tuple, not '%s'", type_of(extra.get())->name.c_str());
    }
  } else {
    extra = Ref(newref(empty_tuple()));
  }
  Tuple* e = as_tuple(extra.get());
  Ref newargs(tuple_new(size_t(e->size) + 1));
  if (!newargs) return Value();
  as_tuple(newargs.get())->items[0] = newref(Value(type_of(self)));
  for (int64_t i = 0; i < e->size; ++i) as_tuple(newargs.get())->items[i + 1] = newref(e->items[i]);
  Ref state(call_method(self, str_intern("__getstate__"), nullptr, 0));
  if (!state) return Value();
  Ref items(list_check(self) ? iter(self) : newref(none()));
  Ref pairs(dict_check(self) ? call_method(self, names::items, nullptr, 0) : newref(none()));
  if (!items || !pairs) return Value();
  if (dict_check(self)) pairs = Ref(iter(pairs.get()));
  if (!pairs) return Value();
  return tuple_pack({newobj.get(), newargs.get(), state.get(), items.get(), pairs.get()});
}

Value object_reduce(Value self, const Value*, size_t, Value) {
  Value zero = Value::small(0);
  return object_reduce_ex(self, &zero, 1, Value());
}

Value object_sizeof(Value self, const Value*, size_t, Value) {
  return int_from_i64(int64_t(type_of(self)->basic_size));
}

const MethodDef kObjectMethods[] = {
    {"__init_subclass__", object_init_subclass, 0, 0, MethodDef::kClass},
    {"__subclasshook__", object_subclasshook, 0, -1, MethodDef::kClass},
    {"__format__", object_format, 1, 1},
    {"__dir__", object_dir, 0, 0},
    {"__sizeof__", object_sizeof, 0, 0},
    {"__getstate__", object_getstate, 0, 0},
    {"__reduce_ex__", object_reduce_ex, 1, 1},
    {"__reduce__", object_reduce, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

const GetSetDef kInstanceDictGetset = {"__dict__", get_instance_dict, set_instance_dict};

Value object_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->new_ != object_new) {
      return type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) return type_error("%s() takes no arguments", type->name.c_str());
  }
  if (type->has(Type::kAbstract)) return abstract_methods_error(type);
  return alloc_object(type, type->basic_size);
}

int object_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (excess_args(nargs, kwnames)) {
    Type* type = type_of(self);
    if (type->init != object_init) {
      type_error("object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      type_error("%s.__init__() takes exactly one argument (the instance to initialize)", type->name.c_str());
      return -1;
    }
  }
  return 0;
}

int64_t hash_unhashable(Value v) {
  type_error("unhashable type: '%s'", type_of(v)->name.c_str());
  return -1;
}

void init_object_type() {
  Type* t = &object_type;
  t->name = "object";
  t->flags = Type::kBaseType;
  t->basic_size = sizeof(Object);
  t->dealloc = object_dealloc;
  t->new_ = object_new;
  t->init = object_init;
  t->repr = object_repr;
  t->str = object_str;
  t->hash = object_hash;
  t->compare = object_compare;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->methods = kObjectMethods;
  t->getsets = kObjectGetsets;
  for (Type* t : {&object_type}) register_static_type(t);
}

}  // namespace pytier::light
