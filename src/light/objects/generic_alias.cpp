#include "light/objects/generic_alias.h"

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/objects/union.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type generic_alias_type;

namespace {

GenericAlias* GA(Value v) { return v.as<GenericAlias>(); }

// How typing spells an argument: classes by qualified name, ... as "...".
bool arg_repr(Value v, std::string* out) {
  if (v == ellipsis()) {
    *out += "...";
    return true;
  }
  if (type_check(v)) {
    Ref module(type_module(as_type(v)));
    Ref qual(type_qualname(as_type(v)));
    if (!qual) return false;
    if (!module) clear_error();
    if (module && str_check(module.get()) && str_to_utf8(module.get()) != "builtins") {
      *out += str_to_utf8(module.get()) + ".";
    }
    *out += str_to_utf8(qual.get());
    return true;
  }
  Ref r(repr(v));
  if (!r) return false;
  *out += str_to_utf8(r.get());
  return true;
}

Value ga_repr(Value self) {
  std::string out;
  if (!arg_repr(GA(self)->origin, &out)) return Value();
  out += "[";
  Tuple* args = as_tuple(GA(self)->args);
  if (args->size == 0) out += "()";
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) out += ", ";
    if (!arg_repr(args->items[i], &out)) return Value();
  }
  return str_from_utf8(out + "]");
}

Value ga_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  return call(GA(self)->origin, args, nargs, kwnames);
}

Value ga_getattr(Value self, Value name) {
  Value r = generic_getattr(self, name);
  if (r || !matches(&exc::AttributeError)) return r;
  clear_error();
  return getattr(GA(self)->origin, name);
}

Value ga_compare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &generic_alias_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return newref(not_implemented());
  }
  int eq = equal(GA(a)->origin, GA(b)->origin);
  if (eq > 0) eq = equal(GA(a)->args, GA(b)->args);
  if (eq < 0) return Value();
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

int64_t ga_hash(Value self) {
  int64_t a = hash(GA(self)->origin);
  if (a == -1) return -1;
  int64_t b = hash(GA(self)->args);
  if (b == -1) return -1;
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

void ga_dealloc(Object* o) {
  decref(static_cast<GenericAlias*>(o)->origin);
  decref(static_cast<GenericAlias*>(o)->args);
  free_object(o);
}

Value ga_origin(Value self) { return newref(GA(self)->origin); }
Value ga_args(Value self) { return newref(GA(self)->args); }

// list[int] names a type for annotations only: isinstance and issubclass refuse it.
Value ga_instancecheck(Value, const Value*, size_t, Value) {
  return type_error("isinstance() argument 2 cannot be a parameterized generic");
}
Value ga_subclasscheck(Value, const Value*, size_t, Value) {
  return type_error("issubclass() argument 2 cannot be a parameterized generic");
}

// class L(list[int]) derives from list.
Value ga_mro_entries(Value self, const Value*, size_t, Value) { return tuple_pack({GA(self)->origin}); }

const MethodDef kGenericAliasMethods[] = {
    {"__mro_entries__", ga_mro_entries, 1, 1},
    {"__instancecheck__", ga_instancecheck, 1, 1},
    {"__subclasscheck__", ga_subclasscheck, 1, 1},
    {nullptr, nullptr, 0, 0},
};

const GetSetDef kGenericAliasGetsets[] = {
    {"__origin__", ga_origin, nullptr},
    {"__args__", ga_args, nullptr},
    {nullptr, nullptr, nullptr},
};

Value make_alias(Type* type, Value origin, Value args) {
  auto* ga = static_cast<GenericAlias*>(alloc_object(type, type->basic_size));
  if (!ga) return Value();
  ga->origin = newref(origin);
  ga->args = tuple_check_exact(args) ? newref(args) : tuple_pack({args});
  if (!ga->args) {
    decref(ga);
    return Value();
  }
  return ga;
}

// GenericAlias(origin, args), and subclasses (collections.abc's Callable alias).
Value ga_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames) return type_error("GenericAlias() takes no keyword arguments");
  if (nargs != 2) return type_error("GenericAlias expected 2 arguments, got %zu", nargs);
  return make_alias(type, args[0], args[1]);
}

}  // namespace

Value generic_alias(Value cls, const Value* args, size_t, Value) {
  return make_alias(&generic_alias_type, cls, args[0]);
}

void init_generic_alias_type() {
  Type* t = &generic_alias_type;
  t->flags |= Type::kWeakrefable;
  t->name = "types.GenericAlias";
  t->flags |= Type::kBaseType;
  t->basic_size = sizeof(GenericAlias);
  t->dealloc = ga_dealloc;
  t->new_ = ga_new;
  t->repr = ga_repr;
  t->call = ga_call;
  t->getattr = ga_getattr;
  t->compare = ga_compare;
  t->hash = ga_hash;
  t->getsets = kGenericAliasGetsets;
  t->methods = kGenericAliasMethods;
  t->number[int(BinaryOp::Or)] = union_or;
  for (Type* t : {&generic_alias_type}) register_static_type(t);
}

}  // namespace pytier::light
