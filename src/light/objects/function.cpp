#include "light/objects/function.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/cell.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/method.h"
#include "light/objects/module.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/interpreter.h"

namespace pytier::light {

Type function_type;

// The interpreter's builtins namespace, set up by the VM at start.
Dict* default_builtins = nullptr;

Dict* builtins_for(Dict* globals) {
  Value b = dict_get_str(globals, names::__builtins__);
  if (b && module_check(b)) return b.as<Module>()->dict;
  if (b && dict_check(b)) return as_dict(b);
  return default_builtins;
}

namespace {

void function_dealloc(Object* o) {
  Function* f = static_cast<Function*>(o);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  xdecref(f->name);
  xdecref(f->qualname);
  xdecref(f->doc);
  xdecref(f->module);
  xdecref(f->defaults);
  xdecref(f->kwdefaults);
  xdecref(f->closure);
  xdecref(f->annotations);
  if (f->dict) decref(f->dict);
  free_object(o);
}

Value function_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  return vm::call_function(self.as<Function>(), args, nargs, kwnames);
}

Value function_get(Value self, Value obj, Value type) {
  if (!obj || is_none(obj)) return newref(self);
  return method_new(self, obj);
}

Value function_repr(Value self) {
  return format_str("<function %U at %p>", self.as<Function>()->qualname, static_cast<void*>(self.object()));
}

Value or_none(Value v) { return newref(v ? v : none()); }

Value get_code(Value s) { return newref(Value(s.as<Function>()->code)); }

// The closure slots are the code's free variables: a new code must have as many.
int set_code(Value s, Value v) {
  if (!v || !code_check(v)) {
    type_error("__code__ must be set to a code object");
    return -1;
  }
  Function* f = s.as<Function>();
  Code* code = v.as<Code>();
  if (code->nfreevars != f->code->nfreevars) {
    raise_fmt(&exc::ValueError, "%U() requires a code object with %zd free vars, not %zd", f->name,
              size_t(f->code->nfreevars), size_t(code->nfreevars));
    return -1;
  }
  incref(code);
  Code* old = f->code;
  f->code = code;
  decref(old);
  return 0;
}
Value get_globals(Value s) { return newref(Value(s.as<Function>()->globals)); }
Value get_builtins(Value s) { return newref(Value(s.as<Function>()->builtins)); }
Value get_name(Value s) { return newref(s.as<Function>()->name); }
Value get_qualname(Value s) { return newref(s.as<Function>()->qualname); }
Value get_doc(Value s) { return or_none(s.as<Function>()->doc); }
Value get_module(Value s) { return or_none(s.as<Function>()->module); }
Value get_defaults(Value s) { return or_none(s.as<Function>()->defaults); }
Value get_kwdefaults(Value s) { return or_none(s.as<Function>()->kwdefaults); }
Value get_closure(Value s) { return or_none(s.as<Function>()->closure); }

Value get_annotations(Value s) {
  Function* f = s.as<Function>();
  if (!f->annotations) {
    Dict* d = dict_new();
    if (!d) return Value();
    f->annotations = Value(d);
  }
  return newref(f->annotations);
}

Value get_dict(Value s) {
  Function* f = s.as<Function>();
  if (!f->dict && !(f->dict = dict_new())) return Value();
  return newref(Value(f->dict));
}

int set_str_field(Value* field, Value v, const char* what) {
  if (!v || !str_check(v)) {
    type_error("__%s__ must be set to a string object", what);
    return -1;
  }
  set_slot(field, newref(v));
  return 0;
}

int set_name(Value s, Value v) { return set_str_field(&s.as<Function>()->name, v, "name"); }
int set_qualname(Value s, Value v) { return set_str_field(&s.as<Function>()->qualname, v, "qualname"); }
int set_doc(Value s, Value v) {
  set_slot(&s.as<Function>()->doc, v ? newref(v) : Value());
  return 0;
}
int set_module(Value s, Value v) {
  set_slot(&s.as<Function>()->module, v ? newref(v) : Value());
  return 0;
}

int set_defaults(Value s, Value v) {
  if (v && is_none(v)) v = Value();
  if (v && !tuple_check(v)) {
    type_error("__defaults__ must be set to a tuple object");
    return -1;
  }
  set_slot(&s.as<Function>()->defaults, v ? newref(v) : Value());
  return 0;
}

int set_kwdefaults(Value s, Value v) {
  if (v && is_none(v)) v = Value();
  if (v && !dict_check(v)) {
    type_error("__kwdefaults__ must be set to a dict object");
    return -1;
  }
  set_slot(&s.as<Function>()->kwdefaults, v ? newref(v) : Value());
  return 0;
}

int set_annotations(Value s, Value v) {
  if (v && is_none(v)) v = Value();
  if (v && !dict_check(v)) {
    type_error("__annotations__ must be set to a dict object");
    return -1;
  }
  set_slot(&s.as<Function>()->annotations, v ? newref(v) : Value());
  return 0;
}

int set_dict(Value s, Value v) {
  if (!v || !dict_check(v)) {
    type_error("__dict__ must be set to a dictionary, not a '%s'", v ? type_of(v)->name.c_str() : "NULL");
    return -1;
  }
  Function* f = s.as<Function>();
  Dict* old = f->dict;
  incref(v);
  f->dict = as_dict(v);
  if (old) decref(old);
  return 0;
}

const GetSetDef kFunctionGetsets[] = {
    {"__code__", get_code, set_code},
    {"__globals__", get_globals, nullptr},
    {"__builtins__", get_builtins, nullptr},
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__closure__", get_closure, nullptr},
    {"__annotations__", get_annotations, set_annotations},
    {"__dict__", get_dict, set_dict},
    {nullptr, nullptr, nullptr},
};

// function(code, globals, name=None, argdefs=None, closure=None)
Value function_construct(Type*, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"code", "globals", "name", "argdefs", "closure"};
  Value a[5];
  if (!bind_keywords("function", args, nargs, kwnames, kNames, 5, a)) return Value();
  if (!a[0] || !a[1]) {
    return type_error("function() missing required argument '%s' (pos %d)", a[0] ? "globals" : "code", a[0] ? 2 : 1);
  }
  // CPython's argument clinic names None itself, any other value by its type.
  auto given = [](Value v) { return is_none(v) ? "None" : type_of(v)->name.c_str(); };
  if (!code_check(a[0])) return type_error("function() argument 'code' must be code, not %s", given(a[0]));
  if (!dict_check(a[1])) return type_error("function() argument 'globals' must be dict, not %s", given(a[1]));
  Value name = a[2] && !is_none(a[2]) ? a[2] : Value();
  Value defaults = a[3] && !is_none(a[3]) ? a[3] : Value();
  Value closure = a[4] && !is_none(a[4]) ? a[4] : Value();
  if (name && !str_check(name)) return type_error("arg 3 (name) must be None or string");
  if (defaults && !tuple_check(defaults)) return type_error("arg 4 (defaults) must be None or tuple");
  Code* code = a[0].as<Code>();
  size_t nfree = code->nfreevars;
  if (nfree && !closure) return type_error("arg 5 (closure) must be tuple");
  if (closure && !tuple_check(closure)) return type_error("arg 5 (closure) must be None or tuple");
  size_t nclosure = closure ? size_t(as_tuple(closure)->size) : 0;
  if (nclosure != nfree) {
    return raise_fmt(&exc::ValueError, "%U requires closure of length %zd, not %zd", code->name, nfree, nclosure);
  }
  for (size_t i = 0; i < nclosure; ++i) {
    Value cell = as_tuple(closure)->items[i];
    if (type_of(cell) != &cell_type) return type_error("arg 5 (closure) expected cell, found %s", type_of(cell)->name.c_str());
  }
  Function* f = function_new(code, as_dict(a[1]));
  if (!f) return Value();
  if (name) set_slot(&f->name, newref(name));
  if (defaults) f->defaults = newref(defaults);
  if (nclosure) f->closure = newref(closure);
  return f;
}

}  // namespace

Function* function_new(Code* code, Dict* globals) {
  Function* f = alloc<Function>(&function_type);
  if (!f) return nullptr;
  incref(code);
  incref(globals);
  f->code = code;
  f->globals = globals;
  f->builtins = builtins_for(globals);
  incref(f->builtins);
  f->name = newref(code->name);
  f->qualname = newref(code->qualname);
  Tuple* consts = as_tuple(code->consts);
  // The first constant of a function's code is its docstring or None.
  f->doc = consts->size && str_check(consts->items[0]) ? newref(consts->items[0]) : newref(none());
  Value module = dict_get_str(globals, names::__name__);
  f->module = module ? newref(module) : Value();
  return f;
}

void init_function_type() {
  Type* t = &function_type;
  t->flags |= Type::kWeakrefable;
  t->name = "function";
  t->basic_size = sizeof(Function);
  t->flags |= Type::kMethodDescriptor;
  t->dict_offset = field_offset(&Function::dict);
  t->dealloc = function_dealloc;
  t->new_ = function_construct;
  t->call = function_call;
  t->descr_get = function_get;
  t->repr = function_repr;
  t->getsets = kFunctionGetsets;
}

}  // namespace pytier::light
