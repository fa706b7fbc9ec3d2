#include "light/objects/descriptor.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/method.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type property_type;
Type classmethod_type;
Type staticmethod_type;
Type getset_descriptor_type;
Type member_descriptor_type;

namespace {

// ---------------------------------------------------------------- property

Value property_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  auto* p = static_cast<Property*>(alloc_object(type, type->basic_size));
  if (!p) return Value();
  p->fget = newref(none());
  p->fset = newref(none());
  p->fdel = newref(none());
  p->doc = newref(none());
  return p;
}

int property_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Value a[4];
  if (!bind_keywords("property", args, nargs, kwnames, kNames, 4, a)) return -1;
  auto* p = self.as<Property>();
  Value* fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  for (int i = 0; i < 4; ++i) set_slot(fields[i], newref(a[i] ? a[i] : none()));
  if (is_none(p->doc) && !is_none(p->fget)) {
    Value doc;
    int r = lookup_attr(p->fget, names::__doc__, &doc);
    if (r < 0) return -1;
    if (r > 0) set_slot(&p->doc, doc);
  }
  return 0;
}

void property_dealloc(Object* o) {
  auto* p = static_cast<Property*>(o);
  xdecref(p->fget);
  xdecref(p->fset);
  xdecref(p->fdel);
  xdecref(p->doc);
  xdecref(p->name);
  free_object(o);
}

Value property_error(Property* p, Value obj, const char* what) {
  if (p->name) {
    Ref qual(type_qualname(type_of(obj)));
    return raise_fmt(&exc::AttributeError, "property %R of %R object has no %s", p->name, qual.get(), what);
  }
  return raise_fmt(&exc::AttributeError, what[0] == 'g' ? "unreadable attribute" : "can't %s attribute",
                   what[0] == 's' ? "set" : "delete");
}

Value property_get(Value self, Value obj, Value type) {
  auto* p = self.as<Property>();
  if (!obj) return newref(self);
  if (is_none(p->fget)) return property_error(p, obj, "getter");
  return call1(p->fget, obj);
}

int property_set(Value self, Value obj, Value v) {
  auto* p = self.as<Property>();
  Value f = v ? p->fset : p->fdel;
  if (is_none(f)) {
    property_error(p, obj, v ? "setter" : "deleter");
    return -1;
  }
  Ref r(v ? call2(f, obj, v) : call1(f, obj));
  return r ? 0 : -1;
}

// getter/setter/deleter: a copy with one accessor replaced.
Value property_copy(Value self, int which, Value f) {
  auto* p = self.as<Property>();
  Value a[4] = {p->fget, p->fset, p->fdel, p->doc};
  a[which] = f;
  Type* t = type_of(self);
  Ref copy(call(Value(t), a, 4));
  if (!copy) return Value();
  if (p->name && type_of(copy.get()) == &property_type) {
    auto* c = copy.as<Property>();
    set_slot(&c->name, newref(p->name));
  }
  return copy.release();
}

Value property_getter(Value self, const Value* args, size_t, Value) { return property_copy(self, 0, args[0]); }
Value property_setter(Value self, const Value* args, size_t, Value) { return property_copy(self, 1, args[0]); }
Value property_deleter(Value self, const Value* args, size_t, Value) { return property_copy(self, 2, args[0]); }
Value property_set_name(Value self, const Value* args, size_t, Value) {
  set_slot(&self.as<Property>()->name, newref(args[1]));
  return newref(none());
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter, 1, 1},
    {"setter", property_setter, 1, 1},
    {"deleter", property_deleter, 1, 1},
    {"__set_name__", property_set_name, 2, 2},
    {nullptr, nullptr, 0, 0},
};

Value property_fget(Value self) { return newref(self.as<Property>()->fget); }
Value property_fset(Value self) { return newref(self.as<Property>()->fset); }
Value property_fdel(Value self) { return newref(self.as<Property>()->fdel); }
Value property_doc(Value self) { return newref(self.as<Property>()->doc); }
int property_set_doc(Value self, Value v) {
  set_slot(&self.as<Property>()->doc, newref(v ? v : none()));
  return 0;
}
Value property_isabstract(Value self) {
  auto* p = self.as<Property>();
  for (Value f : {p->fget, p->fset, p->fdel}) {
    Value r;
    int found = lookup_attr(f, names::__isabstractmethod__, &r);
    if (found < 0) return Value();
    if (found) {
      int t = truth(r);
      decref(r);
      if (t < 0) return Value();
      if (t) return newref(py_true());
    }
  }
  return newref(py_false());
}

const GetSetDef kPropertyGetsets[] = {
    {"fget", property_fget, nullptr},
    {"fset", property_fset, nullptr},
    {"fdel", property_fdel, nullptr},
    {"__doc__", property_doc, property_set_doc},
    {"__isabstractmethod__", property_isabstract, nullptr},
    {nullptr, nullptr, nullptr},
};

// ------------------------------------------------- classmethod, staticmethod

Value wrapper_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("%s() takes no keyword arguments", type->name.c_str());
  if (nargs != 1) return type_error("%s expected 1 argument, got %zd", type->name.c_str(), nargs);
  auto* w = static_cast<FunctionWrapper*>(alloc_object(type, type->basic_size));
  if (!w) return Value();
  w->callable = newref(args[0]);
  return w;
}

int wrapper_init(Value, const Value*, size_t, Value) { return 0; }

void wrapper_dealloc(Object* o) {
  auto* w = static_cast<FunctionWrapper*>(o);
  xdecref(w->callable);
  if (w->dict) decref(w->dict);
  free_object(o);
}

Value classmethod_get(Value self, Value obj, Value type) {
  Value cls = type ? type : Value(type_of(obj));
  return method_new(self.as<FunctionWrapper>()->callable, cls);
}

Value staticmethod_get(Value self, Value obj, Value type) { return newref(self.as<FunctionWrapper>()->callable); }

Value staticmethod_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  return call(self.as<FunctionWrapper>()->callable, args, nargs, kwnames);
}

Value wrapper_func(Value self) { return newref(self.as<FunctionWrapper>()->callable); }
Value wrapper_isabstract(Value self) {
  Value r;
  int found = lookup_attr(self.as<FunctionWrapper>()->callable, names::__isabstractmethod__, &r);
  if (found < 0) return Value();
  if (!found) return newref(py_false());
  return r;
}
Value wrapper_dict(Value self) {
  auto* w = self.as<FunctionWrapper>();
  if (!w->dict && !(w->dict = dict_new())) return Value();
  return newref(Value(w->dict));
}

// Attributes of the wrapped callable show through (__name__, __doc__, ...),
// as functools.update_wrapper makes them in CPython 3.10+.
Value wrapper_getattr(Value self, Value name) {
  Value r = generic_getattr(self, name);
  if (r || !matches(&exc::AttributeError)) return r;
  std::string n = str_to_utf8(name);
  if (n != "__name__" && n != "__qualname__" && n != "__doc__" && n != "__module__" && n != "__annotations__") return r;
  clear_error();
  return getattr(self.as<FunctionWrapper>()->callable, name);
}

const GetSetDef kWrapperGetsets[] = {
    {"__func__", wrapper_func, nullptr},
    {"__wrapped__", wrapper_func, nullptr},
    {"__isabstractmethod__", wrapper_isabstract, nullptr},
    {"__dict__", wrapper_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

Value classmethod_repr(Value self) {
  return format_str("<classmethod(%R)>", self.as<FunctionWrapper>()->callable);
}
Value staticmethod_repr(Value self) {
  return format_str("<staticmethod(%R)>", self.as<FunctionWrapper>()->callable);
}

// ---------------------------------------------------------------- getset

Value getset_get(Value self, Value obj, Value type) {
  if (!obj) return newref(self);
  auto* g = self.as<GetSetDescriptor>();
  if (!is_instance_of(obj, g->owner)) {
    return type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g->def->name,
                      g->owner->name.c_str(), type_of(obj)->name.c_str());
  }
  return g->def->get(obj);
}

int getset_set(Value self, Value obj, Value v) {
  auto* g = self.as<GetSetDescriptor>();
  if (!is_instance_of(obj, g->owner)) {
    type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g->def->name,
               g->owner->name.c_str(), type_of(obj)->name.c_str());
    return -1;
  }
  if (!g->def->set) {
    attribute_error("attribute '%s' of '%s' objects is not writable", g->def->name, g->owner->name.c_str());
    return -1;
  }
  return g->def->set(obj, v);
}

Value getset_repr(Value self) {
  auto* g = self.as<GetSetDescriptor>();
  return format_str("<attribute '%s' of '%s' objects>", g->def->name, g->owner->name.c_str());
}

void plain_dealloc(Object* o) { free_object(o); }

Value getset_name(Value self) { return str_from_utf8(self.as<GetSetDescriptor>()->def->name); }
Value getset_objclass(Value self) { return newref(Value(self.as<GetSetDescriptor>()->owner)); }
const GetSetDef kGetsetGetsets[] = {
    {"__name__", getset_name, nullptr},
    {"__objclass__", getset_objclass, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- member

Value* member_slot(Value self, Value obj) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.object()) + self.as<MemberDescriptor>()->offset);
}

bool member_check(Value self, Value obj) {
  auto* m = self.as<MemberDescriptor>();
  if (is_instance_of(obj, m->owner)) return true;
  type_error("descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name, m->owner->name.c_str(),
             type_of(obj)->name.c_str());
  return false;
}

Value member_get(Value self, Value obj, Value type) {
  if (!obj) return newref(self);
  if (!member_check(self, obj)) return Value();
  Value v = *member_slot(self, obj);
  if (!v) {
    return raise_fmt(&exc::AttributeError, "'%s' object has no attribute '%U'", type_of(obj)->name.c_str(),
                     self.as<MemberDescriptor>()->name);
  }
  return newref(v);
}

int member_set(Value self, Value obj, Value v) {
  if (!member_check(self, obj)) return -1;
  Value* slot = member_slot(self, obj);
  if (!v && !*slot) {
    raise_with(&exc::AttributeError, self.as<MemberDescriptor>()->name);
    return -1;
  }
  xincref(v);
  set_slot(slot, v);
  return 0;
}

Value member_repr(Value self) {
  auto* m = self.as<MemberDescriptor>();
  return format_str("<member '%U' of '%s' objects>", m->name, m->owner->name.c_str());
}

void member_dealloc(Object* o) {
  decref(static_cast<MemberDescriptor*>(o)->name);
  free_object(o);
}

Value member_name(Value self) { return newref(self.as<MemberDescriptor>()->name); }
Value member_objclass(Value self) { return newref(Value(self.as<MemberDescriptor>()->owner)); }
const GetSetDef kMemberGetsets[] = {
    {"__name__", member_name, nullptr},
    {"__qualname__", member_name, nullptr},
    {"__objclass__", member_objclass, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Value staticmethod_new(Value callable) { return wrapper_new(&staticmethod_type, &callable, 1, Value()); }
Value classmethod_new(Value callable) { return wrapper_new(&classmethod_type, &callable, 1, Value()); }

Value getset_descriptor_new(const GetSetDef* def, Type* owner) {
  auto* g = alloc<GetSetDescriptor>(&getset_descriptor_type);
  if (!g) return Value();
  g->def = def;
  g->owner = owner;
  return g;
}

Value member_descriptor_new(Value name, Type* owner, size_t offset) {
  auto* m = alloc<MemberDescriptor>(&member_descriptor_type);
  if (!m) return Value();
  m->name = newref(name);
  m->owner = owner;
  m->offset = offset;
  return m;
}

void init_descriptor_types() {
  Type* t = &property_type;
  t->name = "property";
  t->basic_size = sizeof(Property);
  t->flags = Type::kBaseType;
  t->dealloc = property_dealloc;
  t->new_ = property_new;
  t->init = property_init;
  t->descr_get = property_get;
  t->descr_set = property_set;
  t->methods = kPropertyMethods;
  t->getsets = kPropertyGetsets;
  for (Type* w : {&classmethod_type, &staticmethod_type}) {
    w->basic_size = sizeof(FunctionWrapper);
    w->flags = Type::kBaseType;
    w->dealloc = wrapper_dealloc;
    w->new_ = wrapper_new;
    w->init = wrapper_init;
    w->getattr = wrapper_getattr;
    w->getsets = kWrapperGetsets;
  }
  classmethod_type.name = "classmethod";
  classmethod_type.descr_get = classmethod_get;
  classmethod_type.repr = classmethod_repr;
  staticmethod_type.name = "staticmethod";
  staticmethod_type.descr_get = staticmethod_get;
  staticmethod_type.call = staticmethod_call;
  staticmethod_type.repr = staticmethod_repr;
  t = &getset_descriptor_type;
  t->name = "getset_descriptor";
  t->basic_size = sizeof(GetSetDescriptor);
  t->dealloc = plain_dealloc;
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->repr = getset_repr;
  t->getsets = kGetsetGetsets;
  t = &member_descriptor_type;
  t->name = "member_descriptor";
  t->basic_size = sizeof(MemberDescriptor);
  t->dealloc = member_dealloc;
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->repr = member_repr;
  t->getsets = kMemberGetsets;
  for (Type* t : {&property_type,
                   &classmethod_type,
                   &staticmethod_type,
                   &getset_descriptor_type,
                   &member_descriptor_type}) {
    register_static_type(t);
  }
}

}  // namespace pytier::light
