// collections.defaultdict: a dict whose missing keys get default_factory()
// as their value.

#include <string>

#include "light/modules/collections.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

Type defaultdict_type;

namespace {

struct DefaultDict : Dict {
  Value default_factory;  // owned; null for None
};

DefaultDict* DD(Value v) { return v.as<DefaultDict>(); }

Value factory_of(Value self) {
  Value f = DD(self)->default_factory;
  return f ? f : none();
}

Value missing(Value self, Value key) {
  Value factory = DD(self)->default_factory;
  if (!factory) return key_error(key);
  Ref value(call0(factory));
  if (!value || setitem(self, key, value.get()) < 0) return Value();
  return value.release();
}

// type(self)(self.default_factory, arg): what copy() and | make.
Value remake(Value self, Value arg) { return call2(Value(type_of(self)), factory_of(self), arg); }

Value defaultdict_missing(Value self, const Value* args, size_t, Value) { return missing(self, args[0]); }

Value defaultdict_copy(Value self, const Value*, size_t, Value) { return remake(self, self); }

Value defaultdict_reduce(Value self, const Value*, size_t, Value) {
  Value factory = DD(self)->default_factory;
  Ref args(factory ? tuple_pack({factory}) : newref(empty_tuple()));
  Ref items(args ? call_method(self, str_intern("items"), nullptr, 0) : Value());
  Ref it(items ? iter(items.get()) : Value());
  if (!it) return Value();
  return tuple_pack({Value(type_of(self)), args.get(), none(), none(), it.get()});
}

const MethodDef kDefaultDictMethods[] = {
    {"__missing__", defaultdict_missing, 1, 1},
    {"copy", defaultdict_copy, 0, 0},
    {"__copy__", defaultdict_copy, 0, 0},
    {"__reduce__", defaultdict_reduce, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value get_factory(Value self) { return newref(factory_of(self)); }

int set_factory(Value self, Value v) {
  set_slot(&DD(self)->default_factory, v && !is_none(v) ? newref(v) : Value());
  return 0;
}

const GetSetDef kDefaultDictGetsets[] = {
    {"default_factory", get_factory, set_factory},
    {nullptr, nullptr, nullptr},
};

// ---- slots

void defaultdict_dealloc(Object* o) {
  xdecref(static_cast<DefaultDict*>(o)->default_factory);
  dict_type.dealloc(o);
}

int defaultdict_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value factory = nargs ? args[0] : none();
  if (!is_none(factory) && !is_callable(factory)) {
    type_error("first argument must be callable or None");
    return -1;
  }
  set_slot(&DD(self)->default_factory, is_none(factory) ? Value() : newref(factory));
  return dict_type.init(self, args + (nargs ? 1 : 0), nargs ? nargs - 1 : 0, kwnames);
}

Value defaultdict_getitem(Value self, Value key) {
  // A subclass may override __missing__: dict's lookup calls it.
  if (type_of(self) != &defaultdict_type) return dict_type.getitem(self, key);
  Value v = dict_get(as_dict(self), key);
  if (v) return newref(v);
  if (pending()) return Value();
  return missing(self, key);
}

Value defaultdict_repr(Value self) {
  Ref base(dict_type.repr(self));
  if (!base) return Value();
  Value factory = factory_of(self);
  Ref text;
  if (!repr_enter(factory)) {
    text = Ref(str_from_ascii("..."));
  } else {
    text = Ref(repr(factory));
    repr_leave(factory);
  }
  if (!text) return Value();
  std::string name = type_of(self)->name;
  name = name.substr(name.rfind('.') + 1);
  return format_str("%s(%U, %U)", name.c_str(), text.get(), base.get());
}

// d | other and other | d: a defaultdict of the left operand's items
// updated with the right one's, with the defaultdict's factory and type.
Value defaultdict_or(Value a, Value b) {
  bool left = is_instance_of(a, &defaultdict_type);
  Value self = left ? a : b;
  Value other = left ? b : a;
  if (!dict_check(other)) return newref(not_implemented());
  Ref result(remake(self, a));
  if (!result || dict_update(as_dict(result.get()), b) < 0) return Value();
  return result.release();
}

}  // namespace

void init_defaultdict_type() {
  Type* t = &defaultdict_type;
  t->name = "collections.defaultdict";
  t->base = &dict_type;
  t->flags = Type::kBaseType | Type::kDictSubclass;
  t->basic_size = sizeof(DefaultDict);
  t->dealloc = defaultdict_dealloc;
  t->new_ = dict_type.new_;
  t->init = defaultdict_init;
  t->getitem = defaultdict_getitem;
  t->repr = defaultdict_repr;
  t->number[int(BinaryOp::Or)] = defaultdict_or;
  t->methods = kDefaultDictMethods;
  t->getsets = kDefaultDictGetsets;
}

}  // namespace pytier::light::modules
