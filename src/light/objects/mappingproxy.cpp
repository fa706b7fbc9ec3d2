#include "light/objects/mappingproxy.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/list.h"
#include "light/objects/tuple.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type mappingproxy_type;

Value mappingproxy_new(Value mapping) {
  auto* p = alloc<MappingProxy>(&mappingproxy_type);
  if (!p) return Value();
  p->mapping = newref(mapping);
  return p;
}

namespace {

Value M(Value self) { return self.as<MappingProxy>()->mapping; }

void proxy_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  free_object(o);
}

Value proxy_repr(Value self) { return format_str("mappingproxy(%R)", M(self)); }
Value proxy_str(Value self) { return str(M(self)); }
Value proxy_getitem(Value self, Value key) { return getitem(M(self), key); }
int64_t proxy_len(Value self) { return length(M(self)); }
int proxy_contains(Value self, Value key) { return contains(M(self), key); }
Value proxy_iter(Value self) { return iter(M(self)); }
Value proxy_compare(Value a, Value b, CompareOp op) { return compare(M(a), b, op); }

Value forward(Value self, const char* name, const Value* args, size_t nargs) {
  Ref n(str_intern(name));
  return call_method(M(self), n.get(), args, nargs);
}
Value proxy_get(Value self, const Value* args, size_t nargs, Value) { return forward(self, "get", args, nargs); }
Value proxy_keys(Value self, const Value*, size_t, Value) { return forward(self, "keys", nullptr, 0); }
Value proxy_values(Value self, const Value*, size_t, Value) { return forward(self, "values", nullptr, 0); }
Value proxy_items(Value self, const Value*, size_t, Value) { return forward(self, "items", nullptr, 0); }
Value proxy_copy(Value self, const Value*, size_t, Value) { return forward(self, "copy", nullptr, 0); }

const MethodDef kProxyMethods[] = {
    {"get", proxy_get, 1, 2},
    {"keys", proxy_keys, 0, 0},
    {"values", proxy_values, 0, 0},
    {"items", proxy_items, 0, 0},
    {"copy", proxy_copy, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value proxy_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 1 || (kwnames && as_tuple(kwnames)->size)) return type_error("mappingproxy() takes exactly one argument");
  if (!type_of(args[0])->getitem || list_check(args[0]) || tuple_check(args[0])) {
    return type_error("mappingproxy() argument must be a mapping, not %s", type_of(args[0])->name.c_str());
  }
  return mappingproxy_new(args[0]);
}

}  // namespace

void init_mappingproxy_type() {
  Type* t = &mappingproxy_type;
  t->name = "mappingproxy";
  t->basic_size = sizeof(MappingProxy);
  t->dealloc = proxy_dealloc;
  t->new_ = proxy_new;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->getitem = proxy_getitem;
  t->len = proxy_len;
  t->contains = proxy_contains;
  t->iter = proxy_iter;
  t->compare = proxy_compare;
  t->methods = kProxyMethods;
  register_static_type(t);
}

}  // namespace pytier::light
