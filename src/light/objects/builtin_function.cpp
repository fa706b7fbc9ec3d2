#include "light/objects/builtin_function.h"

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/module.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type builtin_function_type;
Type method_descriptor_type;
Type classmethod_descriptor_type;

namespace {

// How CPython names a C function in arity errors: "list.append" (the
// qualified name of the type it was looked up on), "math.sqrt" (its
// module's name, unless that is builtins), or just the name.
std::string qualified(const MethodDef* def, Value self) {
  if (!self || (def->flags & MethodDef::kStatic)) return def->name;
  std::string buf;
  if (type_of(self) == &module_type) {
    Value module = module_name(self.as<Module>());
    if (!module || !str_check(module)) return def->name;
    std::string prefix(str_utf8_view(module, &buf));
    return prefix == "builtins" ? def->name : prefix + "." + def->name;
  }
  Type* t = (def->flags & MethodDef::kClass) && type_check(self) ? as_type(self) : type_of(self);
  Ref qualname(type_qualname(t));
  if (!qualname || !str_check(qualname.get())) {
    clear_error();
    return def->name;
  }
  return std::string(str_utf8_view(qualname.get(), &buf)) + "." + def->name;
}

bool check_arity(const MethodDef* def, Value self, size_t nargs, Value kwnames) {
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  if (nkw && !(def->flags & MethodDef::kKeywords)) {
    type_error("%s() takes no keyword arguments", qualified(def, self).c_str());
    return false;
  }
  if (def->flags & MethodDef::kKeywords) return true;  // the function binds and checks
  int64_t n = int64_t(nargs);
  if (n >= def->min_args && (def->max_args < 0 || n <= def->max_args)) return true;
  if (def->max_args == 0) {
    type_error("%s() takes no arguments (%zd given)", qualified(def, self).c_str(), nargs);
  } else if (def->min_args == 1 && def->max_args == 1) {
    type_error("%s() takes exactly one argument (%zd given)", qualified(def, self).c_str(), nargs);
  } else if (def->min_args == def->max_args) {
    type_error("%s expected %d argument%s, got %zd", def->name, int(def->min_args),
               def->min_args == 1 ? "" : "s", nargs);
  } else if (n < def->min_args) {
    type_error("%s expected at least %d argument%s, got %zd", def->name, int(def->min_args),
               def->min_args == 1 ? "" : "s", nargs);
  } else {
    type_error("%s expected at most %d argument%s, got %zd", def->name, int(def->max_args),
               def->max_args == 1 ? "" : "s", nargs);
  }
  return false;
}

// CPython counts every call of a C function toward the recursion limit.
constexpr const char* kCallingSuffix = " while calling a Python object";

Value builtin_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* f = self.as<BuiltinFunction>();
  if (!enter_recursion(kCallingSuffix)) return Value();
  Value r = call_method_def(f->def, f->self, args, nargs, kwnames);
  leave_recursion();
  return r;
}

Value builtin_repr(Value self) {
  auto* f = self.as<BuiltinFunction>();
  if (!f->self || type_of(f->self)->name == "module") {
    return format_str("<built-in function %s>", f->def->name);
  }
  if (f->def == &tp_new_def) {
    return format_str("<built-in method __new__ of type object at %p>", static_cast<void*>(f->self.object()));
  }
  void* p = f->self.is_small() ? nullptr : static_cast<void*>(f->self.object());
  return format_str("<built-in method %s of %s object at %p>", f->def->name, type_of(f->self)->name.c_str(), p);
}

void builtin_dealloc(Object* o) {
  auto* f = static_cast<BuiltinFunction*>(o);
  xdecref(f->self);
  xdecref(f->module);
  free_object(o);
}

int64_t builtin_hash(Value self) {
  // The bound self counts by identity, as in the comparison: [].pop hashes.
  auto* f = self.as<BuiltinFunction>();
  uint64_t s = f->self ? f->self.bits() : 0;
  int64_t h = int64_t((s >> 4) | (s << 60)) ^ int64_t(reinterpret_cast<uintptr_t>(f->def) >> 3);
  return h == -1 ? -2 : h;
}

Value builtin_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &builtin_function_type) {
    return newref(not_implemented());
  }
  auto* x = a.as<BuiltinFunction>();
  auto* y = b.as<BuiltinFunction>();
  bool eq = x->def == y->def && x->self == y->self;
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

Value builtin_name(Value self) { return str_from_utf8(self.as<BuiltinFunction>()->def->name); }
Value builtin_qualname(Value self) {
  auto* f = self.as<BuiltinFunction>();
  if (!f->self || type_of(f->self)->name == "module") return builtin_name(self);
  Type* t = type_check(f->self) ? as_type(f->self) : type_of(f->self);
  return format_str("%s.%s", t->name.c_str(), f->def->name);
}
Value builtin_self(Value self) {
  auto* f = self.as<BuiltinFunction>();
  return newref(f->self ? f->self : none());
}
Value builtin_module(Value self) {
  auto* f = self.as<BuiltinFunction>();
  return newref(f->module ? f->module : none());
}
Value no_doc(Value) { return newref(none()); }

const GetSetDef kBuiltinGetsets[] = {
    {"__name__", builtin_name, nullptr},
    {"__qualname__", builtin_qualname, nullptr},
    {"__self__", builtin_self, nullptr},
    {"__module__", builtin_module, nullptr},
    {"__doc__", no_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

Value descr_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* d = self.as<MethodDescriptor>();
  if (nargs < 1) {
    return type_error("unbound method %s.%s() needs an argument", d->owner->name.c_str(), d->def->name);
  }
  if (!is_instance_of(args[0], d->owner)) {
    return type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                      d->owner->name.c_str(), type_of(args[0])->name.c_str());
  }
  if (!enter_recursion(kCallingSuffix)) return Value();
  Value r = call_method_def(d->def, args[0], args + 1, nargs - 1, kwnames);
  leave_recursion();
  return r;
}

Value descr_get(Value descr, Value obj, Value type) {
  if (!obj) return newref(descr);
  auto* d = descr.as<MethodDescriptor>();
  if (!is_instance_of(obj, d->owner)) {
    return type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                      d->owner->name.c_str(), type_of(obj)->name.c_str());
  }
  return builtin_function_new(d->def, obj, Value());
}

Value classdescr_get(Value descr, Value obj, Value type) {
  auto* d = descr.as<MethodDescriptor>();
  Value cls = type ? type : Value(type_of(obj));
  return builtin_function_new(d->def, cls, Value());
}

Value classdescr_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* d = self.as<MethodDescriptor>();
  if (nargs < 1 || !type_check(args[0])) {
    return type_error("descriptor '%s' of '%s' object needs a type", d->def->name, d->owner->name.c_str());
  }
  return call_method_def(d->def, args[0], args + 1, nargs - 1, kwnames);
}

Value descr_repr(Value self) {
  auto* d = self.as<MethodDescriptor>();
  return format_str("<method '%s' of '%s' objects>", d->def->name, d->owner->name.c_str());
}

void descr_dealloc(Object* o) { free_object(o); }

Value descr_name(Value self) { return str_from_utf8(self.as<MethodDescriptor>()->def->name); }
Value descr_qualname(Value self) {
  auto* d = self.as<MethodDescriptor>();
  return format_str("%s.%s", d->owner->name.c_str(), d->def->name);
}
Value descr_objclass(Value self) { return newref(Value(self.as<MethodDescriptor>()->owner)); }

const GetSetDef kDescrGetsets[] = {
    {"__name__", descr_name, nullptr},
    {"__qualname__", descr_qualname, nullptr},
    {"__objclass__", descr_objclass, nullptr},
    {"__doc__", no_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

// T.__new__(S, ...): checks S and calls T's tp_new with it.
Value tp_new_wrapper(Value self, const Value* args, size_t nargs, Value kwnames) {
  Type* t = as_type(self);
  if (nargs < 1) return type_error("%s.__new__(): not enough arguments", t->name.c_str());
  if (!type_check(args[0])) {
    return type_error("%s.__new__(X): X is not a type object (%s)", t->name.c_str(), type_of(args[0])->name.c_str());
  }
  Type* sub = as_type(args[0]);
  if (!is_subtype(sub, t)) {
    return type_error("%s.__new__(%s): %s is not a subtype of %s", t->name.c_str(), sub->name.c_str(),
                      sub->name.c_str(), t->name.c_str());
  }
  // The nearest built-in base of S must build its instances with T's
  // __new__: object.__new__(int) would make an int without its value.
  Type* static_base = sub;
  while (static_base && static_base->has(Type::kHeap)) static_base = static_base->base;
  if (static_base && static_base->new_ != t->new_) {
    return type_error("%s.__new__(%s) is not safe, use %s.__new__()", t->name.c_str(), sub->name.c_str(),
                      sub->name.c_str());
  }
  return t->new_(sub, args + 1, nargs - 1, kwnames);
}

}  // namespace

const MethodDef tp_new_def = {"__new__", tp_new_wrapper, 0, -1, MethodDef::kKeywords};

Value call_method_def(const MethodDef* def, Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_arity(def, self, nargs, kwnames)) return Value();
  if (kwnames && as_tuple(kwnames)->size == 0) kwnames = Value();
  return def->fn(self, args, nargs, kwnames);
}

Value builtin_function_new(const MethodDef* def, Value self, Value module) {
  auto* f = alloc<BuiltinFunction>(&builtin_function_type);
  if (!f) return Value();
  f->def = def;
  xincref(self);
  f->self = self;
  xincref(module);
  f->module = module;
  return f;
}

Value method_descriptor_new(const MethodDef* def, Type* owner) {
  auto* d = alloc<MethodDescriptor>(&method_descriptor_type);
  if (!d) return Value();
  d->def = def;
  d->owner = owner;
  return d;
}

bool bind_keywords(const char* fname, const Value* args, size_t nargs, Value kwnames,
                   const char* const* names, size_t count, Value* out) {
  for (size_t i = 0; i < count; ++i) out[i] = i < nargs ? args[i] : Value();
  size_t given = nargs + (kwnames ? size_t(as_tuple(kwnames)->size) : 0);
  // Counted before any name is checked, as CPython's _PyArg_UnpackKeywords.
  if (given > count) {
    type_error("%s() takes at most %zd %sargument%s (%zd given)", fname, count, nargs == 0 ? "keyword " : "",
               count == 1 ? "" : "s", given);
    return false;
  }
  if (!kwnames) return true;
  Tuple* kw = as_tuple(kwnames);
  for (int64_t k = 0; k < kw->size; ++k) {
    std::string key = str_to_utf8(kw->items[k]);
    size_t i = 0;
    while (i < count && key != names[i]) ++i;
    if (i == count) {
      type_error("'%U' is an invalid keyword argument for %s()", kw->items[k], fname);
      return false;
    }
    if (out[i]) {
      type_error("argument for %s() given by name ('%s') and position (%zd)", fname, names[i], i + 1);
      return false;
    }
    out[i] = args[nargs + k];
  }
  return true;
}

void init_builtin_function_types() {
  Type* t = &builtin_function_type;
  t->name = "builtin_function_or_method";
  t->flags |= Type::kWeakrefable;
  t->basic_size = sizeof(BuiltinFunction);
  t->dealloc = builtin_dealloc;
  t->call = builtin_call;
  t->repr = builtin_repr;
  t->hash = builtin_hash;
  t->compare = builtin_compare;
  t->getsets = kBuiltinGetsets;
  t = &method_descriptor_type;
  t->name = "method_descriptor";
  t->basic_size = sizeof(MethodDescriptor);
  t->flags = Type::kMethodDescriptor;
  t->dealloc = descr_dealloc;
  t->call = descr_call;
  t->descr_get = descr_get;
  t->repr = descr_repr;
  t->getsets = kDescrGetsets;
  t = &classmethod_descriptor_type;
  t->name = "classmethod_descriptor";
  t->basic_size = sizeof(MethodDescriptor);
  t->dealloc = descr_dealloc;
  t->call = classdescr_call;
  t->descr_get = classdescr_get;
  t->repr = descr_repr;
  t->getsets = kDescrGetsets;
  for (Type* t : {&builtin_function_type,
                   &method_descriptor_type,
                   &classmethod_descriptor_type}) {
    register_static_type(t);
  }
}

}  // namespace pytier::light
