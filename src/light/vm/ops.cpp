#include "light/vm/ops.h"

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/range.h"
#include "light/objects/set.h"
#include "light/objects/cell.h"
#include "light/objects/code.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/generator.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/frame.h"
#include "light/vm/import.h"
#include "light/vm/opcodes.h"

namespace pytier::light::vm {

// ------------------------------------------------------------------ names

Value raise_name_error(Value name) {
  Ref msg(format_str("name '%U' is not defined", name));
  if (!msg) return Value();
  Value arg = msg.get();
  Ref e(exception_new(&exc::NameError, &arg, 1));
  if (!e) return Value();
  if (setattr(e.get(), names::name, name) < 0) return Value();
  return raise(e.get());
}

Value load_global(Dict* globals, Dict* builtins, Value name) {
  Value v = dict_get_str(globals, name);
  if (!v) v = dict_get_str(builtins, name);
  if (!v) return raise_name_error(name);
  return newref(v);
}

// A lookup in a namespace that may be any mapping: 1 found, 0 missing, -1 error.
static int mapping_lookup(Value ns, Value name, Value* out) {
  if (dict_check_exact(ns)) {
    Value v = dict_get_str(as_dict(ns), name);
    if (!v) return 0;
    *out = newref(v);
    return 1;
  }
  Value v = getitem(ns, name);
  if (v) {
    *out = v;
    return 1;
  }
  if (!matches(&exc::KeyError)) return -1;
  clear_error();
  return 0;
}

Value load_name(Frame* f, Value name) {
  Value v;
  int rc = mapping_lookup(f->locals, name, &v);
  if (rc) return rc > 0 ? v : Value();
  return load_global(f->globals, f->builtins, name);
}

Value load_class_deref(Frame* f, uint32_t slot) {
  Value name = as_tuple(f->code->localsplus_names)->items[slot];
  Value v;
  int rc = mapping_lookup(f->locals, name, &v);
  if (rc) return rc > 0 ? v : Value();
  Value ref = f->localsplus[slot].as<Cell>()->ref;
  if (!ref)
    return raise_fmt(&exc::NameError,
                     "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                     name);
  return newref(ref);
}

Value load_method(Value obj, Value name, Value* self_out) {
  *self_out = Value();
  Type* t = type_of(obj);
  if (t->getattr == generic_getattr) {
    Value descr = type_lookup(t, name);
    if (descr && (function_check(descr) || type_of(descr) == &method_descriptor_type)) {
      // A plain method, unless the instance dict shadows it.
      Dict* d = instance_dict(obj, false);
      Value shadow = d ? dict_get_str(d, name) : Value();
      if (!shadow) {
        *self_out = newref(obj);
        return newref(descr);
      }
    }
  }
  return getattr(obj, name);
}

// --------------------------------------------------------------- unpacking

bool unpack_sequence(Value seq, uint32_t n, Value* out) {
  Ref it(iter(seq));
  if (!it) {
    if (matches(&exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->getitem) {
      clear_error();
      type_error("cannot unpack non-iterable %s object", type_of(seq)->name.c_str());
    }
    return false;
  }
  for (uint32_t i = 0; i < n; ++i) {
    Value v = next(it.get());
    if (!v) {
      for (uint32_t j = 0; j < i; ++j) decref(out[n - 1 - j]);
      if (pending()) return false;
      value_error("not enough values to unpack (expected %u, got %u)", n, i);
      return false;
    }
    out[n - 1 - i] = v;
  }
  Value extra = next(it.get());
  if (extra || pending()) {
    xdecref(extra);
    for (uint32_t j = 0; j < n; ++j) decref(out[j]);
    if (pending()) return false;
    value_error("too many values to unpack (expected %u)", n);
    return false;
  }
  return true;
}

bool unpack_ex(Value seq, uint32_t before, uint32_t after, Value* out) {
  Ref it(iter(seq));
  if (!it) {
    if (matches(&exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->getitem) {
      clear_error();
      type_error("cannot unpack non-iterable %s object", type_of(seq)->name.c_str());
    }
    return false;
  }
  uint32_t total = before + 1 + after;
  for (uint32_t i = 0; i < before; ++i) {
    Value v = next(it.get());
    if (!v) {
      for (uint32_t j = 0; j < i; ++j) decref(out[total - 1 - j]);
      if (pending()) return false;
      value_error("not enough values to unpack (expected at least %u, got %u)", before + after, i);
      return false;
    }
    out[total - 1 - i] = v;
  }
  Value rest = list_from_iterable(it.get());
  if (!rest) {
    for (uint32_t j = 0; j < before; ++j) decref(out[total - 1 - j]);
    return false;
  }
  List* l = as_list(rest);
  if (static_cast<uint64_t>(l->size) < after) {
    for (uint32_t j = 0; j < before; ++j) decref(out[total - 1 - j]);
    value_error("not enough values to unpack (expected at least %u, got %u)", before + after,
                static_cast<uint32_t>(before + l->size));
    decref(rest);
    return false;
  }
  // The last `after` items move from the list to their own slots.
  for (uint32_t j = 0; j < after; ++j) out[after - 1 - j] = l->items[l->size - after + j];
  l->size -= after;
  out[after] = rest;
  return true;
}

// ------------------------------------------------------------- formatting

Value format_value(Value v, uint32_t conversion, Value spec) {
  Ref converted;
  switch (conversion) {
    case 1: converted = Ref(str(v)); break;
    case 2: converted = Ref(repr(v)); break;
    case 3: converted = Ref(ascii(v)); break;
    default: converted = Ref::borrow(v); break;
  }
  if (!converted) return Value();
  if (!spec && str_check_exact(converted.get())) return converted.release();
  return format(converted.get(), spec);
}

// ------------------------------------------------------------- exceptions

void do_raise(Value exc, Value cause) {
  if (!exc) {
    Value handled = thread.handled;
    if (!handled || is_none(handled)) {
      raise_str(&exc::RuntimeError, "No active exception to reraise");
      return;
    }
    restore(newref(handled));
    return;
  }
  if (!cause) {
    (void)raise(exc);
    return;
  }
  // Make the instance first, so the cause attaches to it.
  Ref instance;
  if (type_check(exc) && is_subtype(as_type(exc), &exc::BaseException)) {
    instance = Ref(call0(exc));
    if (!instance) return;
    if (!exception_check(instance.get())) {
      raise_fmt(&exc::TypeError, "calling %R should have returned an instance of BaseException, not %R", exc,
                Value(type_of(instance.get())));
      return;
    }
  } else if (exception_check(exc)) {
    instance = Ref::borrow(exc);
  } else {
    raise_str(&exc::TypeError, "exceptions must derive from BaseException");
    return;
  }
  Ref cause_value;
  if (type_check(cause) && is_subtype(as_type(cause), &exc::BaseException)) {
    cause_value = Ref(call0(cause));
    if (!cause_value) return;
  } else if (exception_check(cause)) {
    cause_value = Ref::borrow(cause);
  } else if (!is_none(cause)) {
    raise_str(&exc::TypeError, "exception causes must derive from BaseException");
    return;
  }
  exception_set_cause(instance.get(), cause_value.release());
  (void)raise(instance.get());
}

Value enter_context(Value mgr, Value* exit_out, bool is_async) {
  Type* t = type_of(mgr);
  Value enter_name = is_async ? names::__aenter__ : names::__enter__;
  Value exit_name = is_async ? names::__aexit__ : names::__exit__;
  Value enter = type_lookup(t, enter_name);
  if (!enter) {
    return type_error(is_async ? "'%s' object does not support the asynchronous context manager protocol"
                               : "'%s' object does not support the context manager protocol",
                      t->name.c_str());
  }
  Value exit = type_lookup(t, exit_name);
  if (!exit) {
    return type_error(is_async ? "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                               : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                      t->name.c_str());
  }
  Value bound_exit = getattr(mgr, exit_name);
  if (!bound_exit) return Value();
  Value res = call_method(mgr, enter_name, nullptr, 0);
  if (!res) {
    decref(bound_exit);
    return Value();
  }
  *exit_out = bound_exit;
  return res;
}

// --------------------------------------------------------------- functions

Value make_function(Frame* f, Value code_obj, uint32_t flags, Value* parts) {
  Function* fn = function_new(code_obj.as<Code>(), f->globals);
  if (!fn) return Value();
  Value* part = parts;
  if (flags & MF_DEFAULTS) fn->defaults = newref(*part++);
  if (flags & MF_KWDEFAULTS) fn->kwdefaults = newref(*part++);
  if (flags & MF_ANNOTATIONS) {
    Tuple* pairs = as_tuple(*part++);
    Dict* d = dict_new();
    if (!d) {
      decref(fn);
      return Value();
    }
    fn->annotations = Value(d);
    for (int64_t i = 0; i + 1 < pairs->size; i += 2) {
      if (dict_set(d, pairs->items[i], pairs->items[i + 1]) < 0) {
        decref(fn);
        return Value();
      }
    }
  }
  if (flags & MF_CLOSURE) fn->closure = newref(*part++);
  return Value(fn);
}

bool setup_annotations(Frame* f) {
  Value ns = f->locals;
  if (dict_check_exact(ns)) {
    if (dict_get_str(as_dict(ns), names::__annotations__)) return true;
    Dict* d = dict_new();
    if (!d) return false;
    int rc = dict_set(as_dict(ns), names::__annotations__, Value(d));
    decref(d);
    return rc >= 0;
  }
  Value v = getitem(ns, names::__annotations__);
  if (v) {
    decref(v);
    return true;
  }
  if (!matches(&exc::KeyError)) return false;
  clear_error();
  Dict* d = dict_new();
  if (!d) return false;
  int rc = setitem(ns, names::__annotations__, Value(d));
  decref(d);
  return rc >= 0;
}

bool display_value(Value v) {
  Ref sys(import_module("sys"));
  if (!sys) return false;
  Ref hook(getattr(sys.get(), str_intern("displayhook")));
  if (!hook) {
    if (matches(&exc::AttributeError)) {
      clear_error();
      raise_str(&exc::RuntimeError, "lost sys.displayhook");
    }
    return false;
  }
  Ref r(call1(hook.get(), v));
  return bool(r);
}

// The name a call's error messages use for `callable`: "f()", or "C object".
// How call errors name the callable, as CPython's _PyObject_FunctionStr:
// "module.qualname()" (just "qualname()" for builtins), else str(callable).
static std::string callable_description(Value callable) {
  auto text_of = [](Value v) {
    Ref s(str(v));
    if (s) return str_to_utf8(s.get());
    clear_error();
    return std::string();
  };
  Value qual, module;
  if (lookup_attr(callable, names::__qualname__, &qual) <= 0) {
    clear_error();
    return text_of(callable);
  }
  Ref owned_qual(qual);
  std::string name = text_of(qual) + "()";
  if (lookup_attr(callable, names::__module__, &module) <= 0) {
    clear_error();
    return name;
  }
  Ref owned_module(module);
  if (is_none(module)) return name;
  std::string module_name = text_of(module);
  return module_name == "builtins" ? name : module_name + "." + name;
}

Value star_args_tuple(Value callable, Value it) {
  if (!type_of(it)->iter && !type_of(it)->getitem)
    return type_error("%s argument after * must be an iterable, not %s", callable_description(callable).c_str(),
                      type_of(it)->name.c_str());
  Ref l(list_from_iterable(it));
  if (!l) return Value();
  return tuple_from_array(as_list(l.get())->items, as_list(l.get())->size);
}

bool dict_merge(Value callable, Value dict, Value other) {
  if (!dict_check(other)) {
    Value keys;
    int rc = lookup_attr(other, names::keys, &keys);
    if (rc <= 0) {
      if (rc == 0) {
        type_error("%s argument after ** must be a mapping, not %s", callable_description(callable).c_str(),
                   type_of(other)->name.c_str());
      }
      return false;
    }
    decref(keys);
  }
  Ref copy{Value(dict_new())};
  if (!copy || dict_update(copy.as<Dict>(), other) < 0) return false;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(copy.as<Dict>(), &pos, &k, &v)) {
    if (!str_check(k)) {
      type_error("keywords must be strings");
      return false;
    }
    if (dict_get_str(as_dict(dict), k)) {
      raise_fmt(&exc::TypeError, "%s got multiple values for keyword argument '%U'",
                callable_description(callable).c_str(), k);
      return false;
    }
    if (dict_set(as_dict(dict), k, v) < 0) return false;
  }
  return true;
}

// A generator from a function marked by types.coroutine: await takes it as is.
static bool is_iterable_coroutine(Value v) {
  if (type_of(v) != &generator_type) return false;
  Frame* frame = v.as<Generator>()->frame;
  return frame && (frame->code->flags & compiler::CO_ITERABLE_COROUTINE);
}

Value get_awaitable(Value v, uint32_t where) {
  if (type_of(v) == &coroutine_type || is_iterable_coroutine(v)) return newref(v);
  Value await_fn = type_lookup(type_of(v), names::__await__);
  if (!await_fn) {
    if (where == 1)
      return type_error("'async with' received an object from __aenter__ that does not implement __await__: %s",
                        type_of(v)->name.c_str());
    if (where == 2)
      return type_error("'async with' received an object from __aexit__ that does not implement __await__: %s",
                        type_of(v)->name.c_str());
    return type_error("object %s can't be used in 'await' expression", type_of(v)->name.c_str());
  }
  Value it = call_method(v, names::__await__, nullptr, 0);
  if (!it) return Value();
  if (generator_check(it) && type_of(it) == &coroutine_type) {
    decref(it);
    return type_error("__await__() returned a coroutine");
  }
  if (!type_of(it)->next) {
    Value r = type_error("__await__() returned non-iterator of type '%s'", type_of(it)->name.c_str());
    decref(it);
    return r;
  }
  return it;
}

// ------------------------------------------------------- pattern matching

// Whether t or a base is named one of the collections.abc classes given
// (what CPython tracks with Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING).
static bool has_abc_base(Type* t, const char* a, const char* b) {
  Tuple* mro = as_tuple(t->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    const std::string& name = as_type(mro->items[i])->name;
    if (name == a || name == b) return true;
  }
  return false;
}

bool match_sequence(Value subject) {
  if (str_check(subject) || bytes_check(subject) || type_of(subject) == &bytearray_type) return false;
  Type* t = type_of(subject);
  return list_check(subject) || tuple_check(subject) || t == &range_type ||
         has_abc_base(t, "Sequence", "MutableSequence") || has_abc_base(t, "collections.deque", "deque");
}

bool match_mapping(Value subject) {
  return dict_check(subject) || has_abc_base(type_of(subject), "Mapping", "MutableMapping");
}

Value match_keys(Value subject, Value keys) {
  Tuple* k = as_tuple(keys);
  if (k->size == 0) return tuple_new(0);
  Ref get(getattr(subject, str_intern("get")));
  if (!get) return Value();
  Ref values(tuple_new(k->size));
  Ref seen(set_new(&set_type));
  Ref dummy(Value(alloc_object(&object_type, sizeof(Object))));
  if (!values || !seen || !dummy) return Value();
  for (int64_t i = 0; i < k->size; ++i) {
    Value key = k->items[i];
    int dup = set_contains(seen.get(), key);
    if (dup < 0) return Value();
    if (dup) return raise_fmt(&exc::ValueError, "mapping pattern checks duplicate key (%R)", key);
    if (set_add(seen.get(), key) < 0) return Value();
    Value args[2] = {key, dummy.get()};
    Value v = call(get.get(), args, 2);
    if (!v) return Value();
    if (v == dummy.get()) {
      decref(v);
      return newref(none());
    }
    as_tuple(values.get())->items[i] = v;
  }
  return values.release();
}

Value copy_dict_without_keys(Value subject, Value keys) {
  Ref copy{Value(dict_new())};
  if (!copy || dict_update(copy.as<Dict>(), subject) < 0) return Value();
  Tuple* k = as_tuple(keys);
  for (int64_t i = 0; i < k->size; ++i)
    if (dict_del(copy.as<Dict>(), k->items[i]) < 0) return Value();
  return copy.release();
}

// The built-in types whose single positional sub-pattern matches the
// subject itself (CPython's _Py_TPFLAGS_MATCH_SELF).
static bool matches_self(Type* t) {
  for (Type* self_type : {&bool_type, &bytearray_type, &bytes_type, &dict_type, &float_type, &frozenset_type,
                          &int_type, &list_type, &set_type, &str_type, &tuple_type})
    if (is_subtype(t, self_type)) return true;
  return false;
}

Value match_class(Value subject, Value cls, uint32_t npositional, Value kwd_names) {
  if (!type_check(cls)) return type_error("called match pattern must be a class");
  int is = isinstance(subject, cls);
  if (is < 0) return Value();
  if (!is) return newref(none());
  Type* type = as_type(cls);
  Tuple* kw = as_tuple(kwd_names);
  Ref attrs(list_new(0));
  Ref seen(set_new(&set_type));
  if (!attrs || !seen) return Value();
  // One lookup per attribute; None ends the match.
  auto add_attr = [&](Value name) -> int {
    int dup = set_contains(seen.get(), name);
    if (dup < 0) return -1;
    if (dup) {
      raise_fmt(&exc::TypeError, "%s() got multiple sub-patterns for attribute %R", type->name.c_str(), name);
      return -1;
    }
    if (set_add(seen.get(), name) < 0) return -1;
    Value v;
    int rc = lookup_attr(subject, name, &v);
    if (rc <= 0) return rc;
    int ok = list_append(attrs.get(), v);
    decref(v);
    return ok < 0 ? -1 : 1;
  };
  if (npositional) {
    Value match_args;
    int rc = lookup_attr(cls, names::__match_args__, &match_args);
    if (rc < 0) return Value();
    Ref ma(rc ? match_args : Value());
    if (rc == 0 && matches_self(type)) {
      if (npositional > 1)
        return type_error("%s() accepts 1 positional sub-pattern (%u given)", type->name.c_str(), npositional);
      if (list_append(attrs.get(), subject) < 0) return Value();
    } else {
      if (rc && !tuple_check(match_args))
        return type_error("%s.__match_args__ must be a tuple (got %s)", type->name.c_str(),
                          type_of(match_args)->name.c_str());
      int64_t allowed = rc ? as_tuple(match_args)->size : 0;
      if (npositional > allowed)
        return type_error("%s() accepts %d positional sub-pattern%s (%u given)", type->name.c_str(),
                          static_cast<int>(allowed), allowed == 1 ? "" : "s", npositional);
      for (uint32_t i = 0; i < npositional; ++i) {
        Value name = as_tuple(match_args)->items[i];
        if (!str_check(name))
          return type_error("__match_args__ elements must be strings (got %s)", type_of(name)->name.c_str());
        int got = add_attr(name);
        if (got < 0) return Value();
        if (got == 0) return newref(none());
      }
    }
  }
  for (int64_t i = 0; i < kw->size; ++i) {
    int got = add_attr(kw->items[i]);
    if (got < 0) return Value();
    if (got == 0) return newref(none());
  }
  return tuple_from_array(as_list(attrs.get())->items, as_list(attrs.get())->size);
}

}  // namespace pytier::light::vm
