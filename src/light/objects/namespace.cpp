#include "light/objects/namespace.h"

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/list.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type namespace_type;

namespace {

Namespace* N(Value v) { return v.as<Namespace>(); }

bool namespace_check(Value v) { return !v.is_small() && is_subtype(v.object()->type, &namespace_type); }

void namespace_dealloc(Object* o) {
  Namespace* n = static_cast<Namespace*>(o);
  if (n->dict) decref(n->dict);
  free_object(o);
}

Value namespace_new_py(Type* type, const Value*, size_t, Value) {
  auto* n = static_cast<Namespace*>(alloc_object(type, type->basic_size));
  if (!n) return Value();
  n->dict = dict_new();
  if (!n->dict) {
    decref(n);
    return Value();
  }
  return Value(n);
}

int namespace_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 0) {
    type_error("no positional arguments expected");
    return -1;
  }
  if (!kwnames) return 0;
  Tuple* kw = as_tuple(kwnames);
  for (int64_t i = 0; i < kw->size; ++i) {
    if (!str_check(kw->items[i])) {
      type_error("keywords must be strings");
      return -1;
    }
    if (dict_set(N(self)->dict, kw->items[i], args[i]) < 0) return -1;
  }
  return 0;
}

// namespace(a=1, b=2), or the subclass's name; "namespace(...)" when the
// namespace contains itself.
Value namespace_repr(Value self) {
  const char* name = type_of(self) == &namespace_type ? "namespace" : type_of(self)->name.c_str();
  if (!repr_enter(self)) return format_str("%s(...)", name);
  std::string text = std::string(name) + "(";
  int64_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(N(self)->dict, &pos, &k, &v)) {
    if (!str_check(k)) continue;
    Ref item(format_str("%U=%R", k, v));
    if (!item) {
      repr_leave(self);
      return Value();
    }
    text += first ? "" : ", ";
    text += str_to_utf8(item.get());
    first = false;
  }
  repr_leave(self);
  return str_from_utf8(text + ")");
}

Value namespace_compare(Value a, Value b, CompareOp op) {
  if (!namespace_check(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return newref(not_implemented());
  return compare(Value(N(a)->dict), Value(N(b)->dict), op);
}

Value namespace_dict(Value self) { return newref(Value(N(self)->dict)); }

const GetSetDef kNamespaceGetsets[] = {
    {"__dict__", namespace_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Value namespace_new(std::initializer_list<std::pair<const char*, Value>> attrs) {
  Ref n(namespace_new_py(&namespace_type, nullptr, 0, Value()));
  if (!n) return Value();
  for (const auto& [name, value] : attrs)
    if (!value || dict_set(N(n.get())->dict, str_intern(name), value) < 0) return Value();
  return n.release();
}

void init_namespace_type() {
  Type* t = &namespace_type;
  t->name = "types.SimpleNamespace";
  t->flags |= Type::kBaseType;
  t->basic_size = sizeof(Namespace);
  t->dict_offset = field_offset(&Namespace::dict);
  t->dealloc = namespace_dealloc;
  t->new_ = namespace_new_py;
  t->init = namespace_init;
  t->repr = namespace_repr;
  t->compare = namespace_compare;
  t->getsets = kNamespaceGetsets;
}

}  // namespace pytier::light
