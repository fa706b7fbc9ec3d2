// The _weakref module: the reference type itself; weakref.py builds the
// containers on it.

#include "light/modules/registry.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/weakref.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

Value getweakrefcount(Value, const Value* args, size_t, Value) { return int_from_i64(weakref_count(args[0])); }

Value getweakrefs(Value, const Value* args, size_t, Value) { return weakref_list(args[0]); }

Value proxy(Value, const Value*, size_t, Value) {
  return raise_str(&exc::NotImplementedError, "pytier light: weakref.proxy");
}

const MethodDef kWeakrefFunctions[] = {
    {"getweakrefcount", getweakrefcount, 1, 1},
    {"getweakrefs", getweakrefs, 1, 1},
    {"proxy", proxy, 1, 2},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_weakref() {
  Module* m = module_new("_weakref");
  if (!m) return nullptr;
  if (!add_functions(m, kWeakrefFunctions) || !add_value(m, "ref", newref(Value(&weakref_type))) ||
      !add_value(m, "ReferenceType", newref(Value(&weakref_type))) ||
      !add_value(m, "ProxyType", newref(Value(&proxy_type))) ||
      !add_value(m, "CallableProxyType", newref(Value(&callable_proxy_type)))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
