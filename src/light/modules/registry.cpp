#include "light/modules/registry.h"

#include <algorithm>

#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/str.h"

namespace pytier::light::modules {

namespace {

struct NativeModule {
  const char* name;
  Module* (*make)();
};

const NativeModule kModules[] = {
    {"time", make_time},
    {"_entropy", make_entropy},
    {"atexit", make_atexit},
    {"gc", make_gc},
    {"io", make_io},
    {"cmath", make_cmath},
    {"builtins", make_builtins},
    {"sys", make_sys},
    {"math", make_math},
    {"_weakref", make_weakref},
    {"_hashcore", make_hashcore},
    {"_structcore", make_structcore},
};

}  // namespace

const char* const builtin_names[] = {"_entropy", "_hashcore", "_structcore", "_weakref", "atexit", "builtins", "cmath", "gc", "io", "math", "sys", "time", nullptr};

Module* make_builtin(std::string_view name, bool* found) {
  for (const NativeModule& m : kModules) {
    if (name == m.name) {
      *found = true;
      return m.make();
    }
  }
  *found = false;
  return nullptr;
}

const FrozenModule* find_frozen(std::string_view name) {
  std::span<const FrozenModule> all = frozen_modules();
  auto it = std::lower_bound(all.begin(), all.end(), name,
                             [](const FrozenModule& m, std::string_view n) { return m.name < n; });
  return it != all.end() && it->name == name ? &*it : nullptr;
}

bool provides(std::string_view name) {
  if (find_frozen(name)) return true;
  for (const char* const* n = builtin_names; *n; ++n)
    if (name == *n) return true;
  return false;
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
