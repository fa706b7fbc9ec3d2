// The builtins module: the object model fills in the frameless functions
// (builtins_fill); these are the ones that need the VM: class creation,
// imports, namespaces and dynamic code.

#include "light/modules/registry.h"
#include "light/modules/sys.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/builtins.h"
#include "light/objects/bytes.h"
#include "light/objects/cell.h"
#include "light/objects/code.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/compile.h"
#include "light/vm/frame.h"
#include "light/vm/import.h"
#include "light/vm/interpreter.h"
#include "light/vm/ops.h"

namespace pytier::light::modules {

namespace {

Module* builtins_module = nullptr;

// PEP 560: bases that are not classes may stand for others (__mro_entries__).
Value update_bases(Value bases, bool* changed) {
  *changed = false;
  Tuple* b = as_tuple(bases);
  Ref out(list_new(0));
  if (!out) return Value();
  for (int64_t i = 0; i < b->size; ++i) {
    Value base = b->items[i];
    Value entries;
    int rc = type_check(base) ? 0 : lookup_attr(base, names::__mro_entries__, &entries);
    if (rc < 0) return Value();
    if (rc == 0) {
      if (list_append(out.get(), base) < 0) return Value();
      continue;
    }
    Ref fn(entries);
    Ref r(call1(entries, bases));
    if (!r) return Value();
    if (!tuple_check(r.get())) return type_error("__mro_entries__ must return a tuple");
    *changed = true;
    if (list_extend(out.get(), r.get()) < 0) return Value();
  }
  if (!*changed) return newref(bases);
  return tuple_from_array(as_list(out.get())->items, as_list(out.get())->size);
}

Value build_class(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 2) return type_error("__build_class__: not enough arguments");
  Value func = args[0], name = args[1];
  if (!function_check(func)) return type_error("__build_class__: func must be a function");
  if (!str_check(name)) return type_error("__build_class__: name is not a string");
  Ref orig_bases(tuple_from_array(args + 2, nargs - 2));
  if (!orig_bases) return Value();
  bool changed;
  Ref bases(update_bases(orig_bases.get(), &changed));
  if (!bases) return Value();

  // Keywords: metaclass=..., the rest go to __prepare__ and the metaclass.
  Value meta;
  Ref kw_names_left;
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    Value k = as_tuple(kwnames)->items[i];
    if (str_equal(k, names::metaclass)) {
      meta = args[nargs + i];
    } else {
      kw_names.push_back(k);
      kw_values.push_back(args[nargs + i]);
    }
  }
  Ref kwtuple(kw_names.empty() ? Value() : tuple_from_array(kw_names.data(), kw_names.size()));
  if (!kw_names.empty() && !kwtuple) return Value();
  bool is_class_meta = false;
  if (!meta) {
    Tuple* b = as_tuple(bases.get());
    meta = b->size ? Value(type_of(b->items[0])) : Value(&type_type);
    is_class_meta = true;
  } else {
    is_class_meta = type_check(meta);
  }
  Ref meta_ref = Ref::borrow(meta);
  if (is_class_meta) {
    Type* winner = calculate_metaclass(as_type(meta), bases.get());
    if (!winner) return Value();
    meta_ref = Ref::borrow(Value(winner));
  }

  // ns = meta.__prepare__(name, bases, **kwds)
  Ref ns;
  Value prepare;
  int rc = lookup_attr(meta_ref.get(), names::__prepare__, &prepare);
  if (rc < 0) return Value();
  if (rc == 0) {
    ns = Ref(Value(dict_new()));
  } else {
    Ref p(prepare);
    std::vector<Value> pargs{name, bases.get()};
    pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
    ns = Ref(call(prepare, pargs.data(), 2, kwtuple.get()));
  }
  if (!ns) return Value();
  if (!dict_check(ns.get()) && !type_of(ns.get())->getitem) {
    return type_error("%s.__prepare__() must return a mapping, not %s",
                      is_class_meta ? as_type(meta_ref.get())->name.c_str() : "<metaclass>",
                      type_of(ns.get())->name.c_str());
  }
  Ref cell(vm::run_class_body(func.as<Function>(), ns.get()));
  if (!cell) return Value();
  if (changed && setitem(ns.get(), names::__orig_bases__, orig_bases.get()) < 0) return Value();
  std::vector<Value> margs{name, bases.get(), ns.get()};
  margs.insert(margs.end(), kw_values.begin(), kw_values.end());
  Ref cls(call(meta_ref.get(), margs.data(), 3, kwtuple.get()));
  if (!cls) return Value();
  if (!cell.get().is_small() && cell.get().object()->type == &cell_type && type_check(cls.get())) {
    Cell* c = cell.as<Cell>();
    if (!c->ref) c->ref = newref(cls.get());
    else if (c->ref != cls.get())
      return type_error("__class__ set to %R defining %R as %R", c->ref, name, cls.get());
  }
  return cls.release();
}

Value builtin_globals(Value, const Value*, size_t, Value) {
  vm::Frame* f = vm::current_frame();
  return newref(Value(f->globals));
}

// The locals of the current frame as a dict: the namespace itself for
// module and class bodies, a fresh snapshot for functions.
Value frame_locals(vm::Frame* f) {
  if (f->locals) return newref(f->locals);
  Dict* d = dict_new();
  if (!d) return Value();
  Code* co = f->code;
  Tuple* names_ = as_tuple(co->localsplus_names);
  for (uint32_t i = 0; i < co->nlocalsplus; ++i) {
    Value v = f->localsplus[i];
    if (!v) continue;
    uint8_t kind = co->localsplus_kinds[i];
    if (kind & (compiler::LOCAL_CELL | compiler::LOCAL_FREE)) {
      if (v.is_small() || v.object()->type != &cell_type) {
        if (kind & compiler::LOCAL_FREE) continue;
      } else {
        v = v.as<Cell>()->ref;
        if (!v) continue;
      }
    }
    if (dict_set(d, names_->items[i], v) < 0) {
      decref(d);
      return Value();
    }
  }
  return Value(d);
}

Value builtin_locals(Value, const Value*, size_t, Value) { return frame_locals(vm::current_frame()); }

// dir(): the sorted names of the current scope; dir(obj): obj.__dir__(),
// sorted.
Value builtin_dir(Value, const Value* args, size_t nargs, Value) {
  Ref names_source;
  if (nargs) {
    // __dir__ is looked up on the type, so a class gets its metaclass's.
    bool found;
    names_source = Ref(call_dunder(args[0], names::__dir__, nullptr, 0, &found));
    if (!found) return type_error("object does not provide __dir__");
  } else {
    names_source = Ref(frame_locals(vm::current_frame()));
  }
  if (!names_source) return Value();
  Ref result(list_from_iterable(names_source.get()));
  if (!result || list_sort(result.get(), Value(), false) < 0) return Value();
  return result.release();
}

Value builtin_vars(Value, const Value* args, size_t nargs, Value) {
  if (nargs == 0) return frame_locals(vm::current_frame());
  Value d;
  int rc = lookup_attr(args[0], names::__dict__, &d);
  if (rc == 0) return type_error("vars() argument must have __dict__ attribute");
  return rc > 0 ? d : Value();
}

// The code object for eval/exec's first argument.
Code* code_for(Value source, vm::CompileMode mode, const char* fname) {
  if (code_check(source)) {
    incref(source);
    return source.as<Code>();
  }
  std::string text;
  if (str_check(source)) {
    text = str_to_utf8(source);
  } else if (std::string_view data; bytes_like(source, &data)) {
    text = std::string(data);
  } else {
    type_error("%s() arg 1 must be a string, bytes or code object", fname);
    return nullptr;
  }
  if (mode == vm::CompileMode::Eval) {
    // eval() ignores leading spaces and tabs.
    size_t skip = text.find_first_not_of(" \t");
    text = skip == std::string::npos ? std::string() : text.substr(skip);
  }
  return vm::compile_source(text, "<string>", mode);
}

// eval and exec: run `source` in explicit or current namespaces.
Value run_dynamic(const Value* args, size_t nargs, Value kwnames, vm::CompileMode mode, const char* fname) {
  if (kwnames) return type_error("%s() takes no keyword arguments", fname);
  if (nargs < 1) return type_error("%s expected at least 1 argument, got 0", fname);
  if (nargs > 3) return type_error("%s expected at most 3 arguments, got %zu", fname, nargs);
  Value globals = nargs > 1 ? args[1] : Value();
  Value locals = nargs > 2 ? args[2] : Value();
  if (globals && is_none(globals)) globals = Value();
  if (locals && is_none(locals)) locals = Value();
  if (globals && !dict_check(globals)) {
    return type_error(mode == vm::CompileMode::Eval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                    : "exec() globals must be a dict, not %s",
                      type_of(globals)->name.c_str());
  }
  if (locals && !dict_check(locals) && !type_of(locals)->getitem)
    return type_error("locals must be a mapping");
  Ref locals_ref;
  if (!globals) {
    vm::Frame* f = vm::current_frame();
    globals = Value(f->globals);
    if (!locals) {
      locals_ref = Ref(frame_locals(f));
      if (!locals_ref) return Value();
      locals = locals_ref.get();
    }
  } else if (!locals) {
    locals = globals;
  }
  if (!dict_get_str(as_dict(globals), names::__builtins__) &&
      dict_set(as_dict(globals), names::__builtins__, Value(builtins_module)) < 0)
    return Value();
  Code* code = code_for(args[0], mode, fname);
  if (!code) return Value();
  Value r = vm::run_code(code, as_dict(globals), locals);
  decref(code);
  if (!r || mode == vm::CompileMode::Eval) return r;
  decref(r);
  return newref(none());
}

Value builtin_eval(Value, const Value* args, size_t nargs, Value kwnames) {
  return run_dynamic(args, nargs, kwnames, vm::CompileMode::Eval, "eval");
}

Value builtin_exec(Value, const Value* args, size_t nargs, Value kwnames) {
  return run_dynamic(args, nargs, kwnames, vm::CompileMode::Exec, "exec");
}

Value builtin_compile(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
  Value bound[6] = {};
  if (!bind_keywords("compile", args, nargs, kwnames, kNames, 6, bound)) return Value();
  if (!bound[0] || !bound[1] || !bound[2]) return type_error("compile() missing required argument 'source' (pos 1)");
  if (!str_check(bound[2])) return type_error("compile() argument 'mode' must be str, not %s", type_of(bound[2])->name.c_str());
  std::string mode = str_to_utf8(bound[2]);
  vm::CompileMode m;
  if (mode == "exec") m = vm::CompileMode::Exec;
  else if (mode == "single") m = vm::CompileMode::Single;
  else if (mode == "eval") m = vm::CompileMode::Eval;
  else return raise_str(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string text;
  if (str_check(bound[0])) text = str_to_utf8(bound[0]);
  else if (bytes_check(bound[0]))
    text = std::string(reinterpret_cast<const char*>(bound[0].as<Bytes>()->data()), bound[0].as<Bytes>()->size);
  else return type_error("compile() arg 1 must be a string, bytes or AST object");
  std::string filename = str_check(bound[1]) ? str_to_utf8(bound[1]) : std::string("<unknown>");
  Code* code = vm::compile_source(text, filename, m);
  return code ? Value(code) : Value();
}

Value builtin_import(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"name", "globals", "locals", "fromlist", "level"};
  Value bound[5] = {};
  if (!bind_keywords("__import__", args, nargs, kwnames, kNames, 5, bound)) return Value();
  if (!bound[0]) return type_error("__import__() missing required argument 'name' (pos 1)");
  if (!str_check(bound[0])) return type_error("__import__() argument 1 must be str, not %s", type_of(bound[0])->name.c_str());
  vm::Frame* f = vm::current_frame();
  Value level = bound[4] ? bound[4] : Value::small(0);
  Value fromlist = bound[3] ? bound[3] : none();
  return vm::import_name(f, bound[0], fromlist, level);
}

// The file objects are written in Python (lib/_files.py), loaded on the first open().
Value builtin_open(Value, const Value* args, size_t nargs, Value kwnames) {
  Ref files(vm::import_module("_files"));
  if (!files) return Value();
  Ref open(getattr(files.get(), str_intern("open")));
  return open ? call(open.get(), args, nargs, kwnames) : Value();
}

// exit() and quit(), which CPython's site module adds: SystemExit(code).
Value builtin_exit(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"code"};
  Value bound[1] = {};
  if (!bind_keywords("__call__", args, nargs, kwnames, kNames, 1, bound)) return Value();
  return raise_with(&exc::SystemExit, bound[0] ? bound[0] : none());
}

const MethodDef kVmBuiltins[] = {
    {"__build_class__", build_class, 0, -1, MethodDef::kKeywords},
    {"globals", builtin_globals, 0, 0},
    {"locals", builtin_locals, 0, 0},
    {"vars", builtin_vars, 0, 1},
    {"dir", builtin_dir, 0, 1},
    {"eval", builtin_eval, 0, -1, MethodDef::kKeywords},
    {"exec", builtin_exec, 0, -1, MethodDef::kKeywords},
    {"compile", builtin_compile, 0, -1, MethodDef::kKeywords},
    {"__import__", builtin_import, 0, -1, MethodDef::kKeywords},
    {"open", builtin_open, 0, -1, MethodDef::kKeywords},
    {"exit", builtin_exit, 0, -1, MethodDef::kKeywords},
    {"quit", builtin_exit, 0, -1, MethodDef::kKeywords},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

bool builtins_init() {
  Module* m = module_new("builtins");
  if (!m) return false;
  builtins_module = m;
  default_builtins = m->dict;
  if (!builtins_fill(m->dict) || !add_functions(m, kVmBuiltins)) return false;
  vm::builtin_import_function = dict_get_str(m->dict, str_intern("__import__"));
  return dict_set(vm::sys_modules, str_intern("builtins"), Value(m)) >= 0;
}

Module* make_builtins() {
  incref(builtins_module);
  return builtins_module;
}

}  // namespace pytier::light::modules
