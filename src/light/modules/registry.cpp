#include "light/modules/registry.h"

#include <cstring>

#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/str.h"

namespace pytier::light::modules {

namespace {

struct BuiltinModule {
  const char* name;
  Module* (*make)();
};

const BuiltinModule kModules[] = {
    {"builtins", make_builtins},
    {"sys", make_sys},
};

}  // namespace

const char* const builtin_names[] = {"builtins", "sys", nullptr};

Module* make_builtin(std::string_view name, bool* found) {
  for (const BuiltinModule& m : kModules) {
    if (name == m.name) {
      *found = true;
      return m.make();
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
