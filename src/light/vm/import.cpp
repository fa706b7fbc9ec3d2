#include "light/vm/import.h"

#include <cstdio>
#include <string>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/module.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/compile.h"
#include "light/vm/frame.h"
#include "light/vm/interpreter.h"
#include "light/vm/ops.h"

namespace pytier::light::vm {

Dict* sys_modules = nullptr;
Value sys_path;

bool read_file(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::fclose(f);
  return true;
}

namespace {

bool file_exists(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  std::fclose(f);
  return true;
}

Value module_not_found(std::string_view name) {
  Ref msg(format_str("No module named '%s'", std::string(name).c_str()));
  if (!msg) return Value();
  Value arg = msg.get();
  Ref e(exception_new(&exc::ModuleNotFoundError, &arg, 1));
  if (!e) return Value();
  Ref n(str_from_utf8(name));
  if (n) {
    // ImportError.name
    (void)setattr(e.get(), names::name, n.get());
  }
  return raise(e.get());
}

// Looks for `last` (a plain name) as a module file or package in the
// directories of `search` (a list); *is_package tells which was found.
bool find_source(Value search, std::string_view last, std::string* path, std::string* dir, bool* is_package) {
  if (!search || !list_check(search)) return false;
  List* l = as_list(search);
  for (int64_t i = 0; i < l->size; ++i) {
    if (!str_check(l->items[i])) continue;
    std::string base = str_to_utf8(l->items[i]);
    std::string prefix = base.empty() ? std::string() : base + "/";
    std::string pkg_init = prefix + std::string(last) + "/__init__.py";
    if (file_exists(pkg_init)) {
      *path = pkg_init;
      *dir = prefix + std::string(last);
      *is_package = true;
      return true;
    }
    std::string file = prefix + std::string(last) + ".py";
    if (file_exists(file)) {
      *path = file;
      *is_package = false;
      return true;
    }
  }
  return false;
}

// Runs `source` in module's namespace.
bool exec_source(Value module, std::string_view source, std::string_view filename) {
  Dict* d = module.as<Module>()->dict;
  if (!dict_get_str(d, names::__builtins__) && dict_set(d, names::__builtins__, Value(default_builtins)) < 0)
    return false;
  Code* code = compile_source(source, filename, CompileMode::Exec);
  if (!code) return false;
  Value r = run_code(code, d, Value());
  decref(code);
  if (!r) return false;
  decref(r);
  return true;
}

// Imports exactly `name` whose parent (if any) is already imported.
Value import_one(std::string_view name) {
  Ref key(str_from_utf8(name));
  if (!key) return Value();
  if (Value m = dict_get_str(sys_modules, key.get())) return newref(m);

  size_t dot = name.rfind('.');
  std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
  Value search = sys_path;
  Ref parent_path;
  if (dot != std::string_view::npos) {
    Ref parent_key(str_from_utf8(name.substr(0, dot)));
    Value parent = dict_get_str(sys_modules, parent_key.get());
    if (!parent) return module_not_found(name);
    Value p;
    int rc = lookup_attr(parent, names::__path__, &p);
    if (rc < 0) return Value();
    if (rc == 0) {
      Ref msg(format_str("No module named '%s'; '%s' is not a package", std::string(name).c_str(),
                         std::string(name.substr(0, dot)).c_str()));
      if (!msg) return Value();
      return raise_with(&exc::ModuleNotFoundError, msg.get());
    }
    parent_path = Ref(p);
    search = p;
  } else {
    bool found = false;
    Module* builtin = modules::make_builtin(name, &found);
    if (found) {
      if (!builtin) return Value();
      if (dict_set(sys_modules, key.get(), Value(builtin)) < 0) {
        decref(builtin);
        return Value();
      }
      return Value(builtin);
    }
  }

  // Like CPython's meta path: built-in, then frozen, then the path.
  const FrozenModule* frozen = modules::find_frozen(name);
  std::string path, dir;
  bool is_package = frozen && frozen->is_package;
  if (!frozen && !find_source(search, last, &path, &dir, &is_package)) return module_not_found(name);
  Ref module(Value(module_new(key.get())));
  if (!module) return Value();
  Dict* d = module.as<Module>()->dict;
  if (!frozen) {
    Ref file(str_from_utf8(path));
    if (!file || dict_set(d, names::__file__, file.get()) < 0) return Value();
  }
  if (is_package) {
    // A frozen package's submodules are frozen too: its path is empty.
    Value dir_str = frozen ? Value() : str_from_utf8(dir);
    if (!frozen && !dir_str) return Value();
    Ref list(list_from_array(&dir_str, frozen ? 0 : 1));
    xdecref(dir_str);
    if (!list || dict_set(d, names::__path__, list.get()) < 0) return Value();
    if (dict_set(d, names::__package__, key.get()) < 0) return Value();
  } else {
    Ref pkg(str_from_utf8(dot == std::string_view::npos ? std::string_view() : name.substr(0, dot)));
    if (!pkg || dict_set(d, names::__package__, pkg.get()) < 0) return Value();
  }
  if (dict_set(sys_modules, key.get(), module.get()) < 0) return Value();
  bool ran = frozen ? exec_source(module.get(), frozen->source, "<frozen " + std::string(name) + ">")
                    : exec_module_file(module.get(), path);
  if (!ran) {
    if (dict_pop(sys_modules, key.get(), nullptr) < 0) clear_error();
    return Value();
  }
  // The module may have replaced itself in sys.modules.
  Value final_module = dict_get_str(sys_modules, key.get());
  if (!final_module) return module_not_found(name);
  if (dot != std::string_view::npos) {
    // Bind the submodule as an attribute of its parent package.
    Ref parent_key(str_from_utf8(name.substr(0, dot)));
    Value parent = dict_get_str(sys_modules, parent_key.get());
    Ref attr(str_from_utf8(last));
    if (parent && attr && setattr(parent, attr.get(), final_module) < 0) return Value();
  }
  return newref(final_module);
}

// The package a relative import in `globals` starts from.
bool resolve_relative(Dict* globals, int64_t level, std::string_view name, std::string* out) {
  Value package = dict_get_str(globals, names::__package__);
  std::string base;
  if (package && str_check(package)) {
    base = str_to_utf8(package);
  } else {
    Value modname = dict_get_str(globals, names::__name__);
    if (modname && str_check(modname)) {
      base = str_to_utf8(modname);
      if (!dict_get_str(globals, names::__path__)) {
        size_t dot = base.rfind('.');
        base = dot == std::string::npos ? std::string() : base.substr(0, dot);
      }
    }
  }
  if (base.empty()) {
    raise_str(&exc::ImportError, "attempted relative import with no known parent package");
    return false;
  }
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise_str(&exc::ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  *out = name.empty() ? base : base + "." + std::string(name);
  return true;
}

}  // namespace

bool exec_module_file(Value module, std::string_view path) {
  std::string source;
  if (!read_file(std::string(path), &source)) {
    raise_fmt(&exc::FileNotFoundError, "[Errno 2] No such file or directory: '%s'", std::string(path).c_str());
    return false;
  }
  return exec_source(module, source, path);
}

Value import_module(std::string_view name) {
  size_t at = 0;
  while (true) {
    size_t dot = name.find('.', at);
    std::string_view prefix = name.substr(0, dot);
    Ref m(import_one(prefix));
    if (!m) return Value();
    if (dot == std::string_view::npos) return m.release();
    at = dot + 1;
  }
}

Value import_name(Frame* f, Value name, Value fromlist, Value level_value) {
  int64_t level = 0;
  if (!int_to_i64(level_value, &level)) level = 0;
  std::string full = str_to_utf8(name);
  if (level > 0 && !resolve_relative(f->globals, level, full, &full)) return Value();
  if (full.empty()) return raise_str(&exc::ValueError, "Empty module name");
  Ref module(import_module(full));
  if (!module) return Value();
  bool has_fromlist = fromlist && !is_none(fromlist) && (!tuple_check(fromlist) || as_tuple(fromlist)->size > 0);
  if (!has_fromlist) {
    if (level > 0 || full.find('.') == std::string::npos) return module.release();
    // `import a.b` binds `a`.
    return import_module(std::string_view(full).substr(0, full.find('.')));
  }
  // `from pkg import sub` imports submodules named in the fromlist.
  Value path;
  int rc = lookup_attr(module.get(), names::__path__, &path);
  if (rc < 0) return Value();
  if (rc > 0) {
    decref(path);
    Tuple* items = as_tuple(fromlist);
    for (int64_t i = 0; i < items->size; ++i) {
      Value item = items->items[i];
      if (!str_check(item) || str_to_utf8(item) == "*") continue;
      Value existing;
      int has = lookup_attr(module.get(), item, &existing);
      if (has < 0) return Value();
      if (has > 0) {
        decref(existing);
        continue;
      }
      Ref sub(import_module(full + "." + str_to_utf8(item)));
      if (!sub) {
        if (!matches(&exc::ModuleNotFoundError)) return Value();
        clear_error();
      }
    }
  }
  return module.release();
}

Value import_from(Value module, Value name) {
  Value v;
  int rc = lookup_attr(module, name, &v);
  if (rc > 0) return v;
  if (rc < 0) return Value();
  // A submodule imported since, under its full name.
  Value modname;
  if (lookup_attr(module, names::__name__, &modname) > 0 && str_check(modname)) {
    Ref full(format_str("%U.%U", modname, name));
    decref(modname);
    if (full) {
      if (Value sub = dict_get_str(sys_modules, full.get())) return newref(sub);
    }
    if (lookup_attr(module, names::__name__, &modname) <= 0) modname = Value();
  } else {
    clear_error();
    modname = Value();
  }
  Ref mod_name(modname ? modname : str_from_ascii("<unknown module name>"));
  Value file;
  Ref location;
  if (lookup_attr(module, names::__file__, &file) > 0) location = Ref(file);
  else clear_error();
  if (location)
    return raise_fmt(&exc::ImportError, "cannot import name '%U' from '%U' (%U)", name, mod_name.get(), location.get());
  return raise_fmt(&exc::ImportError, "cannot import name '%U' from '%U' (unknown location)", name, mod_name.get());
}

Value builtin_import_function;

Value import_name_op(Frame* f, Value name, Value fromlist, Value level) {
  Value hook = dict_get_str(f->builtins, str_intern("__import__"));
  if (!hook) return pending() ? Value() : raise_str(&exc::ImportError, "__import__ not found");
  if (hook == builtin_import_function) return import_name(f, name, fromlist, level);
  Value args[] = {name, Value(f->globals), f->locals ? f->locals : none(), fromlist, level};
  return call(hook, args, 5);
}

bool import_star(Frame* f, Value module) {
  Value ns = f->locals;
  Value all;
  int rc = lookup_attr(module, str_intern("__all__"), &all);
  if (rc < 0) return false;
  Ref names_list;
  bool skip_private = false;
  if (rc > 0) {
    names_list = Ref(all);
  } else {
    Value d;
    rc = lookup_attr(module, names::__dict__, &d);
    if (rc < 0) return false;
    if (rc == 0) {
      raise_fmt(&exc::ImportError, "from-import-* object has no __dict__ and no __all__");
      return false;
    }
    Ref dict(d);
    names_list = Ref(list_from_iterable(d));
    if (!names_list) return false;
    skip_private = true;
  }
  Ref it(iter(names_list.get()));
  if (!it) return false;
  while (Value name = next(it.get())) {
    Ref n(name);
    if (skip_private && str_check(name) && str_to_utf8(name).starts_with("_")) continue;
    Ref v(getattr(module, name));
    if (!v) return false;
    int set = dict_check_exact(ns) ? dict_set(as_dict(ns), name, v.get()) : setitem(ns, name, v.get());
    if (set < 0) return false;
  }
  return !pending();
}

}  // namespace pytier::light::vm
