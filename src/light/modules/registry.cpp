#include "light/modules/registry.h"

#include <cstring>

#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/function.h"
#include "light/objects/str.h"
#include "light/vm/compile.h"
#include "light/vm/interpreter.h"

namespace pytier::light::modules {

namespace {

// A module is made by C++ code, or compiled from Python source kept in
// the binary.
struct BuiltinModule {
  const char* name;
  Module* (*make)();
  const char* source;
};

const BuiltinModule kModules[] = {
    {"builtins", make_builtins, nullptr},
    {"sys", make_sys, nullptr},
    {"math", make_math, nullptr},
    {"abc", nullptr, kAbcSource},
    {"types", nullptr, kTypesSource},
};

Module* make_from_source(const char* name, const char* source) {
  Module* m = module_new(name);
  if (!m) return nullptr;
  std::string filename = std::string("<frozen ") + name + ">";
  Code* code = dict_set(m->dict, str_intern("__builtins__"), Value(default_builtins)) < 0
                   ? nullptr
                   : vm::compile_source(source, filename, vm::CompileMode::Exec);
  Value r = code ? vm::run_code(code, m->dict, Value()) : Value();
  if (code) decref(code);
  if (!r) {
    decref(m);
    return nullptr;
  }
  decref(r);
  return m;
}

}  // namespace

const char* const builtin_names[] = {"abc", "builtins", "math", "sys", "types", nullptr};

Module* make_builtin(std::string_view name, bool* found) {
  for (const BuiltinModule& m : kModules) {
    if (name == m.name) {
      *found = true;
      return m.make ? m.make() : make_from_source(m.name, m.source);
    }
  }
  *found = false;
  return nullptr;
}

bool add_functions(Module* m, const MethodDef* defs) {
  Value modname = module_name(m);
  for (const MethodDef* d = defs; d->name; ++d) {
    Ref f(builtin_function_new(d, Value(m), modname));
    if (!f || dict_set(m->dict, str_intern(d->name), f.get()) < 0) return false;
  }
  return true;
}

bool add_value(Module* m, const char* name, Value v) {
  if (!v) return false;
  int rc = dict_set(m->dict, str_intern(name), v);
  decref(v);
  return rc >= 0;
}

}  // namespace pytier::light::modules
