#include "light/modules/registry.h"

#include <algorithm>
#include <string>
#include <vector>

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
    {"_bisect", make_bisect},
    {"_collections", make_collections},
    {"_entropy", make_entropy},
    {"_functools", make_functools},
    {"_hashcore", make_hashcore},
    {"_heapq", make_heapq},
    {"_json", make_json},
    {"_operator", make_operator},
    {"_random", make_random},
    {"_reengine", make_reengine},
    {"_structcore", make_structcore},
    {"_weakref", make_weakref},
    {"atexit", make_atexit},
    {"builtins", make_builtins},
    {"cmath", make_cmath},
    {"errno", make_errno},
    {"gc", make_gc},
    {"io", make_io},
    {"itertools", make_itertools},
    {"math", make_math},
    {"posix", make_posix},
    {"sys", make_sys},
    {"time", make_time},
    {"unicodedata", make_unicodedata},
};

}  // namespace

std::vector<std::string> builtin_module_names() {
  std::vector<std::string> names;
  for (const NativeModule& m : kModules) names.emplace_back(m.name);
  std::sort(names.begin(), names.end());
  return names;
}

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
  for (const NativeModule& m : kModules)
    if (name == m.name) return true;
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
