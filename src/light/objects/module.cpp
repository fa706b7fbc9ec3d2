#include "light/objects/module.h"

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/runtime/thread.h"

namespace pytier::light {

Type module_type;

bool module_check(Value v) { return !v.is_small() && is_subtype(v.object()->type, &module_type); }

Value module_name(Module* m) { return dict_get_str(m->dict, names::__name__); }

namespace {

void module_dealloc(Object* o) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) decref(m->dict);
  free_object(o);
}

// Names the missing attribute and its module on the pending AttributeError,
// as CPython's PyObject_GetAttr does, for the "Did you mean" suggestion.
Value attribute_error_context(Value module, Value name) {
  if (thread.exc && is_instance_of(thread.exc, &exc::AttributeError)) {
    auto* e = as_exception(thread.exc);
    set_slot(&e->fields[0], newref(name));
    set_slot(&e->fields[1], newref(module));
  }
  return Value();
}

Value module_getattr(Value self, Value name) {
  Value v = generic_getattr(self, name);
  if (v || !matches(&exc::AttributeError)) return v;
  Module* m = self.as<Module>();
  // PEP 562: a module-level __getattr__.
  Value hook = dict_get_str(m->dict, names::__getattr__);
  if (hook) {
    clear_error();
    Value v = call1(hook, name);
    return v ? v : attribute_error_context(self, name);
  }
  Value mod_name = module_name(m);
  if (mod_name && str_check(mod_name)) {
    clear_error();
    raise_fmt(&exc::AttributeError, "module '%U' has no attribute '%U'", mod_name, name);
    return attribute_error_context(self, name);
  }
  return Value();
}

Value module_repr(Value self) {
  Module* m = self.as<Module>();
  Value name = module_name(m);
  Value file = dict_get_str(m->dict, names::__file__);
  if (!name) return format_str("<module '?'>");
  if (file) return format_str("<module %R from %R>", name, file);
  return format_str("<module %R (built-in)>", name);
}

Value module_dict(Value self) { return newref(Value(self.as<Module>()->dict)); }

Value module_new_py(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 1 || nargs > 2 || kwnames) return type_error("module() takes at least 1 argument (0 given)");
  if (!str_check(args[0]))
    return type_error("module.__init__() argument 'name' must be str, not %s", type_of(args[0])->name.c_str());
  Module* m = module_new(args[0]);
  if (!m) return Value();
  if (nargs == 2 && dict_set(m->dict, names::__doc__, args[1]) < 0) {
    decref(m);
    return Value();
  }
  if (type != &module_type) {
    incref(type);
    decref(m->type);
    m->type = type;
  }
  return Value(m);
}

const GetSetDef kModuleGetsets[] = {
    {"__dict__", module_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Module* module_new(Value name) {
  Module* m = alloc<Module>(&module_type);
  if (!m) return nullptr;
  m->dict = dict_new();
  if (!m->dict || dict_set(m->dict, names::__name__, name) < 0 || dict_set(m->dict, names::__doc__, none()) < 0 ||
      dict_set(m->dict, names::__package__, none()) < 0 || dict_set(m->dict, names::__loader__, none()) < 0 ||
      dict_set(m->dict, names::__spec__, none()) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

Module* module_new(const char* name) {
  Ref n(str_from_utf8(name));
  return n ? module_new(n.get()) : nullptr;
}

void init_module_type() {
  Type* t = &module_type;
  t->flags |= Type::kWeakrefable;
  t->name = "module";
  t->flags |= Type::kBaseType;
  t->basic_size = sizeof(Module);
  t->dict_offset = field_offset(&Module::dict);
  t->dealloc = module_dealloc;
  t->new_ = module_new_py;
  t->getattr = module_getattr;
  t->repr = module_repr;
  t->getsets = kModuleGetsets;
}

}  // namespace pytier::light
