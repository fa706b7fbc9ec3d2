#include "light/objects/super.h"

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type super_type;
bool (*super_find_args)(Type** type, Value* obj) = nullptr;

namespace {

// The type whose MRO super() searches, or null with TypeError.
Type* supercheck(Type* type, Value obj) {
  if (type_check(obj) && is_subtype(as_type(obj), type)) return as_type(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  Value cls;
  int r = lookup_attr(obj, names::__class__, &cls);
  if (r < 0) return nullptr;
  if (r > 0) {
    Ref keep(cls);
    if (type_check(cls) && cls != Value(type_of(obj)) && is_subtype(as_type(cls), type)) return as_type(cls);
  }
  type_error("super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

bool super_fill(Super* s, Type* type, Value obj) {
  Type* obj_type = nullptr;
  if (obj && !is_none(obj)) {
    obj_type = supercheck(type, obj);
    if (!obj_type) return false;
  } else {
    obj = Value();
  }
  incref(type);
  xincref(obj);
  if (obj_type) incref(obj_type);
  Type* old_type = s->type;
  Value old_obj = s->obj;
  Type* old_obj_type = s->obj_type;
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
  if (old_type) decref(old_type);
  xdecref(old_obj);
  if (old_obj_type) decref(old_obj_type);
  return true;
}

Value super_getattro(Value self, Value name) {
  auto* s = self.as<Super>();
  Type* start = s->obj_type;
  if (start && !(str_check(name) && str_to_utf8(name) == "__class__")) {
    Tuple* mro = as_tuple(start->mro);
    int64_t i = 0;
    while (i < mro->size && mro->items[i] != Value(s->type)) ++i;
    for (++i; i < mro->size; ++i) {
      Value res = dict_get_str(as_type(mro->items[i])->dict, name);
      if (!res) continue;
      if (auto get = type_of(res)->descr_get) {
        Ref keep = Ref::borrow(res);
        return get(res, s->obj == Value(start) ? Value() : s->obj, Value(start));
      }
      return newref(res);
    }
  }
  return generic_getattr(self, name);
}

Value super_new_py(Type* type, const Value* args, size_t nargs, Value kwnames) {
  return alloc_object(type, type->basic_size);
}

int super_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) {
    type_error("super() takes no keyword arguments");
    return -1;
  }
  if (nargs > 2) {
    type_error("super() takes at most 2 arguments (%zd given)", nargs);
    return -1;
  }
  Type* type;
  Value obj;
  if (nargs == 0) {
    if (!super_find_args) {
      raise_str(&exc::RuntimeError, "super(): no arguments");
      return -1;
    }
    if (!super_find_args(&type, &obj)) return -1;
  } else {
    if (!type_check(args[0])) {
      type_error("super() argument 1 must be a type, not %s", type_of(args[0])->name.c_str());
      return -1;
    }
    type = as_type(args[0]);
    obj = nargs > 1 ? args[1] : Value();
  }
  return super_fill(self.as<Super>(), type, obj) ? 0 : -1;
}

Value super_get(Value self, Value obj, Value type) {
  auto* s = self.as<Super>();
  if (!obj || is_none(obj) || s->obj) return newref(self);
  return super_new(s->type, obj);
}

Value super_repr(Value self) {
  auto* s = self.as<Super>();
  Ref name(type_name(s->type));
  if (s->obj_type) return format_str("<super: <class '%U'>, <%s object>>", name.get(), s->obj_type->name.c_str());
  return format_str("<super: <class '%U'>, NULL>", name.get());
}

void super_dealloc(Object* o) {
  auto* s = static_cast<Super*>(o);
  if (s->type) decref(s->type);
  xdecref(s->obj);
  if (s->obj_type) decref(s->obj_type);
  free_object(o);
}

Value super_thisclass(Value self) { return newref(Value(self.as<Super>()->type)); }
Value super_self(Value self) {
  auto* s = self.as<Super>();
  return newref(s->obj ? s->obj : none());
}
Value super_self_class(Value self) {
  auto* s = self.as<Super>();
  return newref(s->obj_type ? Value(s->obj_type) : none());
}

const GetSetDef kSuperGetsets[] = {
    {"__thisclass__", super_thisclass, nullptr},
    {"__self__", super_self, nullptr},
    {"__self_class__", super_self_class, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Value super_new(Type* type, Value obj) {
  auto* s = alloc<Super>(&super_type);
  if (!s) return Value();
  Ref keep(s);
  if (!super_fill(s, type, obj)) return Value();
  return keep.release();
}

void init_super_type() {
  Type* t = &super_type;
  t->name = "super";
  t->basic_size = sizeof(Super);
  t->flags = Type::kBaseType;
  t->dealloc = super_dealloc;
  t->new_ = super_new_py;
  t->init = super_init;
  t->getattr = super_getattro;
  t->descr_get = super_get;
  t->repr = super_repr;
  t->getsets = kSuperGetsets;
  for (Type* t : {&super_type}) register_static_type(t);
}

}  // namespace pytier::light
