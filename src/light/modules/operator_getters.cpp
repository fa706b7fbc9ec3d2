// operator.itemgetter, attrgetter and methodcaller: callables made once
// (typically as a sort key) and called for every item.

#include <string>
#include <string_view>
#include <vector>

#include "light/modules/operator.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/vm/import.h"

namespace pytier::light::modules {

Type itemgetter_type;
Type attrgetter_type;
Type methodcaller_type;

namespace {

// Both getters: the arguments they were made with (a tuple, for repr and
// pickling), and for attrgetter each name split at its dots.
struct Getter : Object {
  Value items;  // owned tuple
  Value paths;  // owned tuple of tuples of interned strs (attrgetter only)
};

struct MethodCaller : Object {
  Value name;    // owned str
  Value args;    // owned tuple
  Value kwargs;  // owned dict
};

Getter* G(Value v) { return v.as<Getter>(); }
MethodCaller* M(Value v) { return v.as<MethodCaller>(); }

// A getter's call: exactly one positional argument.
bool one_argument(const char* name, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) {
    type_error("%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    type_error("%s expected 1 argument, got %zd", name, nargs);
    return false;
  }
  return true;
}

// "operator.itemgetter(1, 'a')": the type's name and the arguments' reprs.
Value getter_repr(Value self, Value args) {
  if (!repr_enter(self)) return format_str("%s(...)", type_of(self)->name.c_str());
  Ref text(as_tuple(args)->size == 1 ? repr(as_tuple(args)->items[0]) : repr(args));
  repr_leave(self);
  if (!text) return Value();
  if (as_tuple(args)->size == 1) return format_str("%s(%U)", type_of(self)->name.c_str(), text.get());
  return format_str("%s%U", type_of(self)->name.c_str(), text.get());
}

void getter_dealloc(Object* o) {
  xdecref(static_cast<Getter*>(o)->items);
  xdecref(static_cast<Getter*>(o)->paths);
  free_object(o);
}

Value getter_reduce(Value self, const Value*, size_t, Value) { return tuple_pack({Value(type_of(self)), G(self)->items}); }

const MethodDef kGetterMethods[] = {
    {"__reduce__", getter_reduce, 0, 0},
    {nullptr, nullptr, 0, 0},
};

// ---- itemgetter

Value itemgetter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("itemgetter() takes no keyword arguments");
  if (nargs == 0) return type_error("itemgetter expected 1 argument, got 0");
  Ref items(tuple_from_array(args, nargs));
  if (!items) return Value();
  Getter* g = static_cast<Getter*>(alloc_object(type, type->basic_size));
  if (!g) return Value();
  g->items = items.release();
  return g;
}

Value itemgetter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_argument("itemgetter", nargs, kwnames)) return Value();
  Tuple* items = as_tuple(G(self)->items);
  if (items->size == 1) return getitem(args[0], items->items[0]);
  Ref result(tuple_new(size_t(items->size)));
  if (!result) return Value();
  for (int64_t i = 0; i < items->size; ++i) {
    Value item = getitem(args[0], items->items[i]);
    if (!item) return Value();
    as_tuple(result.get())->items[i] = item;
  }
  return result.release();
}

Value itemgetter_repr(Value self) { return getter_repr(self, G(self)->items); }

// ---- attrgetter

// name split at its dots, each part interned.
Value split_path(Value name) {
  std::string text = str_to_utf8(name);
  std::vector<Value> parts;
  size_t start = 0;
  for (;;) {
    size_t dot = text.find('.', start);
    parts.push_back(str_intern(std::string_view(text).substr(start, dot - start)));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return tuple_from_array(parts.data(), parts.size());
}

Value attrgetter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("attrgetter() takes no keyword arguments");
  if (nargs == 0) return type_error("attrgetter expected 1 argument, got 0");
  Ref items(tuple_from_array(args, nargs));
  Ref paths(items ? tuple_new(nargs) : Value());
  if (!paths) return Value();
  for (size_t i = 0; i < nargs; ++i) {
    if (!str_check(args[i])) return type_error("attribute name must be a string");
    Value path = split_path(args[i]);
    if (!path) return Value();
    as_tuple(paths.get())->items[i] = path;
  }
  Getter* g = static_cast<Getter*>(alloc_object(type, type->basic_size));
  if (!g) return Value();
  g->items = items.release();
  g->paths = paths.release();
  return g;
}

Value resolve(Value obj, Value path) {
  Ref v = Ref::borrow(obj);
  Tuple* parts = as_tuple(path);
  for (int64_t i = 0; v && i < parts->size; ++i) v = Ref(getattr(v.get(), parts->items[i]));
  return v.release();
}

Value attrgetter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_argument("attrgetter", nargs, kwnames)) return Value();
  Tuple* paths = as_tuple(G(self)->paths);
  if (paths->size == 1) return resolve(args[0], paths->items[0]);
  Ref result(tuple_new(size_t(paths->size)));
  if (!result) return Value();
  for (int64_t i = 0; i < paths->size; ++i) {
    Value v = resolve(args[0], paths->items[i]);
    if (!v) return Value();
    as_tuple(result.get())->items[i] = v;
  }
  return result.release();
}

Value attrgetter_repr(Value self) { return getter_repr(self, G(self)->items); }

// ---- methodcaller

Value methodcaller_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0) return type_error("methodcaller needs at least one argument, the method name");
  if (!str_check(args[0])) return type_error("method name must be a string");
  Ref name(str_intern_steal(newref(args[0])));
  Ref rest(tuple_from_array(args + 1, nargs - 1));
  Ref kwargs{Value(dict_new())};
  if (!name || !rest || !kwargs) return Value();
  for (int64_t k = 0; kwnames && k < as_tuple(kwnames)->size; ++k) {
    if (dict_set(as_dict(kwargs.get()), as_tuple(kwnames)->items[k], args[nargs + size_t(k)]) < 0) return Value();
  }
  MethodCaller* m = static_cast<MethodCaller*>(alloc_object(type, type->basic_size));
  if (!m) return Value();
  m->name = name.release();
  m->args = rest.release();
  m->kwargs = kwargs.release();
  return m;
}

void methodcaller_dealloc(Object* o) {
  MethodCaller* m = static_cast<MethodCaller*>(o);
  xdecref(m->name);
  xdecref(m->args);
  xdecref(m->kwargs);
  free_object(o);
}

Value methodcaller_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!one_argument("methodcaller", nargs, kwnames)) return Value();
  MethodCaller* m = M(self);
  Ref method(getattr(args[0], m->name));
  if (!method) return Value();
  Tuple* rest = as_tuple(m->args);
  if (as_dict(m->kwargs)->used == 0) return call(method.get(), rest->items, size_t(rest->size));
  return call_tuple_dict(method.get(), m->args, m->kwargs);
}

Value methodcaller_repr(Value self) {
  if (!repr_enter(self)) return format_str("%s(...)", type_of(self)->name.c_str());
  MethodCaller* m = M(self);
  Ref text(repr(m->name));
  Tuple* rest = as_tuple(m->args);
  for (int64_t i = 0; text && i < rest->size; ++i) {
    Ref item = Ref::borrow(rest->items[i]);
    text = Ref(format_str("%U, %R", text.get(), item.get()));
  }
  int64_t pos = 0;
  Value key, value;
  while (text && dict_next(as_dict(m->kwargs), &pos, &key, &value)) {
    Ref k = Ref::borrow(key), v = Ref::borrow(value);
    text = Ref(format_str("%U, %U=%R", text.get(), k.get(), v.get()));
  }
  repr_leave(self);
  if (!text) return Value();
  return format_str("%s(%U)", type_of(self)->name.c_str(), text.get());
}

// (type, (name, *args)), or with keywords (partial(type, name, **kwargs), args).
Value methodcaller_reduce(Value self, const Value*, size_t, Value) {
  MethodCaller* m = M(self);
  Tuple* rest = as_tuple(m->args);
  if (as_dict(m->kwargs)->used == 0) {
    Ref all(tuple_new(size_t(rest->size) + 1));
    if (!all) return Value();
    as_tuple(all.get())->items[0] = newref(m->name);
    for (int64_t i = 0; i < rest->size; ++i) as_tuple(all.get())->items[i + 1] = newref(rest->items[i]);
    return tuple_pack({Value(type_of(self)), all.get()});
  }
  Ref functools(vm::import_module("functools"));
  Ref partial(functools ? getattr(functools.get(), str_intern("partial")) : Value());
  Ref partial_args(partial ? tuple_pack({Value(type_of(self)), m->name}) : Value());
  Ref constructor(partial_args ? call_tuple_dict(partial.get(), partial_args.get(), m->kwargs) : Value());
  if (!constructor) return Value();
  return tuple_pack({constructor.get(), m->args});
}

const MethodDef kMethodCallerMethods[] = {
    {"__reduce__", methodcaller_reduce, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

bool ready_getter_types() {
  static bool ready = false;
  if (ready) return true;
  Type* t = &itemgetter_type;
  t->name = "operator.itemgetter";
  t->new_ = itemgetter_new;
  t->call = itemgetter_call;
  t->repr = itemgetter_repr;
  t = &attrgetter_type;
  t->name = "operator.attrgetter";
  t->new_ = attrgetter_new;
  t->call = attrgetter_call;
  t->repr = attrgetter_repr;
  for (Type* g : {&itemgetter_type, &attrgetter_type}) {
    g->basic_size = sizeof(Getter);
    g->dealloc = getter_dealloc;
    g->methods = kGetterMethods;
  }
  t = &methodcaller_type;
  t->name = "operator.methodcaller";
  t->basic_size = sizeof(MethodCaller);
  t->dealloc = methodcaller_dealloc;
  t->new_ = methodcaller_new;
  t->call = methodcaller_call;
  t->repr = methodcaller_repr;
  t->methods = kMethodCallerMethods;
  for (Type* type : {&itemgetter_type, &attrgetter_type, &methodcaller_type})
    if (!type_ready(type)) return false;
  ready = true;
  return true;
}

}  // namespace pytier::light::modules
