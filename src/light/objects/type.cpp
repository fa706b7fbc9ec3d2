#include "light/objects/type.h"

#include <algorithm>
#include <new>
#include <string>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/descriptor.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/mappingproxy.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/super.h"
#include "light/objects/tuple.h"
#include "light/objects/weakref.h"
#include "light/objects/union.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/report.h"
#include "light/vm/frame.h"

namespace pytier::light {

Type type_type;

namespace {

uint32_t next_version = 1;

constexpr uint32_t kInheritedFlags = Type::kIntSubclass | Type::kStrSubclass | Type::kTupleSubclass |
                                     Type::kListSubclass | Type::kDictSubclass | Type::kTypeSubclass |
                                     Type::kExceptionSubclass | Type::kBytesSubclass | Type::kWeakrefable;

Tuple* mro_tuple(Type* t) { return as_tuple(t->mro); }

// Static types inherit every slot they leave empty from their base.
void inherit_slots(Type* t, Type* b) {
#define INHERIT(f) \
  if (!t->f) t->f = b->f;
  INHERIT(dealloc) INHERIT(init) INHERIT(call) INHERIT(repr) INHERIT(str) INHERIT(hash)
  INHERIT(compare) INHERIT(getattr) INHERIT(setattr) INHERIT(iter) INHERIT(next) INHERIT(len)
  INHERIT(getitem) INHERIT(setitem) INHERIT(contains) INHERIT(truth) INHERIT(power3) INHERIT(neg)
  INHERIT(pos) INHERIT(abs) INHERIT(invert) INHERIT(to_int) INHERIT(to_float) INHERIT(index)
  INHERIT(descr_get) INHERIT(descr_set)
#undef INHERIT
  for (int i = 0; i < kBinaryOpCount; ++i) {
    if (!t->number[i]) t->number[i] = b->number[i];
    if (!t->inplace[i]) t->inplace[i] = b->inplace[i];
  }
  if (!t->dict_offset) t->dict_offset = b->dict_offset;
}

bool add_methods(Type* t) {
  for (const MethodDef* m = t->methods; m && m->name; ++m) {
    Ref name(str_intern(m->name));
    if (dict_get_str(t->dict, name.get())) continue;
    Ref descr;
    if (m->flags & MethodDef::kClass) {
      descr = Ref(method_descriptor_new(m, t));
      if (descr) descr.get().object()->type = &classmethod_descriptor_type;
    } else if (m->flags & MethodDef::kStatic) {
      Ref f(builtin_function_new(m, Value(), Value()));
      if (!f) return false;
      descr = Ref(staticmethod_new(f.get()));
    } else {
      descr = Ref(method_descriptor_new(m, t));
    }
    if (!descr || dict_set(t->dict, name.get(), descr.get()) < 0) return false;
  }
  for (const GetSetDef* g = t->getsets; g && g->name; ++g) {
    Ref name(str_intern(g->name));
    if (dict_get_str(t->dict, name.get())) continue;
    Ref descr(getset_descriptor_new(g, t));
    if (!descr || dict_set(t->dict, name.get(), descr.get()) < 0) return false;
  }
  if (t->new_ && (!t->base || t->base->new_ != t->new_) && !dict_get_str(t->dict, names::__new__)) {
    Ref f(builtin_function_new(&tp_new_def, Value(t), Value()));
    if (!f || dict_set(t->dict, names::__new__, f.get()) < 0) return false;
  }
  return true;
}

// ---------------------------------------------------------------- MRO

// CPython's C3 linearization, with its error text.
Value c3_mro(Type* t) {
  Tuple* bases = as_tuple(t->bases);
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->size; ++i) {
    Tuple* m = mro_tuple(as_type(bases->items[i]));
    std::vector<Type*> s;
    for (int64_t j = 0; j < m->size; ++j) s.push_back(as_type(m->items[j]));
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> direct;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = as_type(bases->items[i]);
    if (std::find(direct.begin(), direct.end(), b) != direct.end()) {
      return type_error("duplicate base class %U", Ref(type_name(b)).get());
    }
    direct.push_back(b);
  }
  seqs.push_back(direct);
  std::vector<Type*> result{t};
  std::vector<size_t> heads(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    Type* candidate = nullptr;
    for (size_t i = 0; i < seqs.size() && !candidate; ++i) {
      if (heads[i] >= seqs[i].size()) continue;
      empty = false;
      Type* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j) {
        for (size_t k = heads[j] + 1; k < seqs[j].size(); ++k) {
          if (seqs[j][k] == c) in_tail = true;
        }
      }
      if (!in_tail) candidate = c;
    }
    if (empty) break;
    if (!candidate) {
      std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<Type*> seen;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (heads[i] >= seqs[i].size()) continue;
        Type* c = seqs[i][heads[i]];
        if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
        seen.push_back(c);
      }
      for (size_t i = 0; i < seen.size(); ++i) {
        message += " " + str_to_utf8(Ref(type_name(seen[i])).get());
        if (i + 1 < seen.size()) message += ",";
      }
      return raise_str(&exc::TypeError, message.c_str());
    }
    result.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) ++heads[i];
    }
  }
  Value mro = tuple_new(result.size());
  if (!mro) return Value();
  for (size_t i = 0; i < result.size(); ++i) as_tuple(mro)->items[i] = newref(Value(result[i]));
  return mro;
}

// The type whose layout t's instances start with (CPython's solid_base).
Type* solid_base(Type* t) {
  if (!t->base) return t;
  Type* b = solid_base(t->base);
  bool extends = t->basic_size != t->base->basic_size &&
                 !(t->has(Type::kHeap) && t->dict_offset && t->basic_size == t->base->basic_size + sizeof(Value));
  return extends ? t : b;
}

// __weakref__ reads None: references are kept aside, not in the instance.
Value no_weakref(Value) { return newref(none()); }
const GetSetDef kWeakrefGetset = {"__weakref__", no_weakref, nullptr};

Type* best_base(Value bases) {
  Tuple* b = as_tuple(bases);
  Type* base = nullptr;
  Type* winner = nullptr;
  for (int64_t i = 0; i < b->size; ++i) {
    if (!type_check(b->items[i])) {
      type_error("bases must be types");
      return nullptr;
    }
    Type* candidate = as_type(b->items[i]);
    if (!candidate->has(Type::kBaseType)) {
      type_error("type '%s' is not an acceptable base type", candidate->name.c_str());
      return nullptr;
    }
    Type* solid = solid_base(candidate);
    if (!winner) {
      winner = solid;
      base = candidate;
    } else if (is_subtype(winner, solid)) {
    } else if (is_subtype(solid, winner)) {
      winner = solid;
      base = candidate;
    } else {
      type_error("multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

// ---------------------------------------------------------------- type()

void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  Tuple* bases = t->bases ? as_tuple(t->bases) : nullptr;
  for (int64_t i = 0; bases && i < bases->size; ++i) {
    auto& subs = as_type(bases->items[i])->subclasses;
    subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
  }
  xdecref(t->bases);
  xdecref(t->mro);
  xdecref(t->qualname);
  if (t->dict) decref(t->dict);
  t->~Type();
  free_object(o);
}

// The instance layout added by a heap type: value slots, then the dict.
void subtype_dealloc(Object* o) {
  Type* t = o->type;
  if (t->has(Type::kHasDel)) {
    o->refcount = 1;  // resurrect for the duration of __del__
    bool found;
    Value saved = fetch();
    Value r = call_dunder(Value(o), names::__del__, nullptr, 0, &found);
    if (r) decref(r);
    else if (pending()) vm::write_unraisable(type_lookup(t, names::__del__));
    restore(saved);
    if (--o->refcount != 0) return;
    // Weak references die after __del__ (which may have resurrected o).
    if (weakly_referenced_count) clear_weakrefs(o);
  }
  // __slots__ values first, the most derived class's first, then the dict,
  // as CPython's subtype_dealloc releases them.
  char* p = reinterpret_cast<char*>(o);
  auto release = [p](size_t off) {
    Value* slot = reinterpret_cast<Value*>(p + off);
    Value v = *slot;
    *slot = Value();
    xdecref(v);
  };
  Type* base = t;
  for (; base->has(Type::kHeap); base = base->base) {
    for (size_t off = base->base->basic_size; off < base->basic_size; off += sizeof(Value)) {
      if (off != t->dict_offset) release(off);
    }
  }
  if (t->dict_offset && (t->dict_offset == kPrefixDict || t->dict_offset >= base->basic_size)) {
    release(t->dict_offset);
  }
  incref(t);  // base->dealloc frees the object and drops its reference to t
  base->dealloc(o);
  decref(t);
}

bool valid_identifier(Value s) {
  Str* str = s.as<Str>();
  if (str->length == 0) return false;
  for (int64_t i = 0; i < str->length; ++i) {
    char32_t c = str->at(i);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

Value mangle(Value class_name, Value name) {
  std::string n = str_to_utf8(name);
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.substr(n.size() - 2) == "__")) {
    return newref(name);
  }
  std::string c = str_to_utf8(class_name);
  size_t i = c.find_first_not_of('_');
  if (i == std::string::npos) return newref(name);
  return str_intern_steal(str_from_utf8("_" + c.substr(i) + n));
}

// Calls __set_name__ on every attribute that has one, as type.__new__ does.
bool set_names(Type* t) {
  Ref items(dict_copy(t->dict));
  if (!items) return false;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(items.get()), &pos, &k, &v)) {
    Value f = type_lookup(type_of(v), names::__set_name__);
    if (!f) continue;
    Value args[2] = {Value(t), k};
    bool found;
    Ref r(call_dunder(v, names::__set_name__, args, 2, &found));
    if (!r) {
      Ref cause(fetch());
      raise_fmt(&exc::RuntimeError, "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                type_of(v)->name.c_str(), k, t->name.c_str());
      exception_set_cause(thread.exc, cause.release());
      return false;
    }
  }
  return true;
}

bool init_subclass(Type* t, const Value* kwargs, Value kwnames) {
  Ref sup(super_new(t, Value(t)));
  if (!sup) return false;
  Ref f(getattr(sup.get(), names::__init_subclass__));
  if (!f) return false;
  Ref r(call(f.get(), kwargs, 0, kwnames));
  return bool(r);
}

Value type_new(Type* meta, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 3) {
    if (nargs == 1 && meta == &type_type) return newref(Value(type_of(args[0])));
    return type_error(nargs == 1 ? "type.__new__() takes exactly 3 arguments (1 given)"
                                 : "type.__new__() takes exactly 3 arguments (%zd given)", nargs);
  }
  Value name = args[0], bases = args[1], ns = args[2];
  if (!str_check(name)) return type_error("type.__new__() argument 1 must be str, not %s", type_of(name)->name.c_str());
  if (!tuple_check(bases)) return type_error("type.__new__() argument 2 must be tuple, not %s", type_of(bases)->name.c_str());
  if (!dict_check(ns)) return type_error("type.__new__() argument 3 must be dict, not %s", type_of(ns)->name.c_str());

  // Only the class statement (and types.new_class) resolve __mro_entries__.
  Tuple* base_items = as_tuple(bases);
  for (int64_t i = 0; i < base_items->size; ++i) {
    if (type_check(base_items->items[i])) continue;
    Value entries;
    int found = lookup_attr(base_items->items[i], str_intern("__mro_entries__"), &entries);
    if (found < 0) return Value();
    if (found) {
      decref(entries);
      return type_error("type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  Type* winner = calculate_metaclass(meta, bases);
  if (!winner) return Value();
  if (winner != meta && winner->new_ != meta->new_) return winner->new_(winner, args, nargs, kwnames);
  meta = winner;

  Ref base_tuple(as_tuple(bases)->size ? newref(bases) : tuple_pack({Value(&object_type)}));
  if (!base_tuple) return Value();
  Type* base = best_base(base_tuple.get());
  if (!base) return Value();

  Ref dict(dict_copy(as_dict(ns)));
  if (!dict) return Value();
  Dict* d = as_dict(dict.get());

  // __slots__
  Value slots_value = dict_get_str(d, names::__slots__);
  std::vector<Ref> slot_names;
  bool add_dict = !base->dict_offset && !base->has(Type::kTypeSubclass);
  // int, tuple and bytes are CPython's variable-sized builtins: their
  // subclasses get no slots, weak reference list included.
  bool var_sized = base->has(Type::kIntSubclass) || base->has(Type::kTupleSubclass) || base->has(Type::kBytesSubclass);
  bool may_add_weak = !base->has(Type::kWeakrefable) && !var_sized;
  bool add_weak = may_add_weak;
  if (slots_value) {
    add_dict = false;
    add_weak = false;
    Ref seq(str_check(slots_value) ? tuple_pack({slots_value}) : list_from_iterable(slots_value));
    if (!seq) return Value();
    Ref items(tuple_check(seq.get()) ? newref(seq.get()) : Value());
    int64_t n = tuple_check(seq.get()) ? as_tuple(seq.get())->size : as_list(seq.get())->size;
    Value* vals = tuple_check(seq.get()) ? as_tuple(seq.get())->items : as_list(seq.get())->items;
    if (n > 0 && var_sized) return type_error("nonempty __slots__ not supported for subtype of '%s'", base->name.c_str());
    for (int64_t i = 0; i < n; ++i) {
      Value s = vals[i];
      if (!str_check(s)) return type_error("__slots__ items must be strings, not '%.200s'", type_of(s)->name.c_str());
      if (!valid_identifier(s)) return type_error("__slots__ must be identifiers");
      std::string text = str_to_utf8(s);
      if (text == "__dict__") {
        if (base->dict_offset || add_dict) return type_error("__dict__ slot disallowed: we already got one");
        add_dict = true;
        continue;
      }
      if (text == "__weakref__") {
        if (!may_add_weak || add_weak)
          return type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        add_weak = true;
        continue;
      }
      Ref mangled(mangle(name, s));
      if (dict_get_str(d, mangled.get())) {
        return value_error("%R in __slots__ conflicts with class variable", s);
      }
      slot_names.push_back(std::move(mangled));
    }
    if (!slot_names.empty() && base->item_size) {
      return type_error("nonempty __slots__ not supported for subtype of '%s'", base->name.c_str());
    }
    std::sort(slot_names.begin(), slot_names.end(),
              [](const Ref& a, const Ref& b) { return str_compare(a.get(), b.get()) < 0; });
  }

  // Implicit wrappers and the __qualname__ / __hash__ rules of class bodies.
  Value qualname = dict_get_str(d, names::__qualname__);
  Ref qual;
  if (qualname) {
    if (!str_check(qualname)) return type_error("type __qualname__ must be a str, not %s", type_of(qualname)->name.c_str());
    qual = Ref::borrow(qualname);
    if (dict_del(d, names::__qualname__) < 0) return Value();
  } else {
    qual = Ref::borrow(name);
  }
  // Python functions become a staticmethod (__new__) or classmethods, as in CPython.
  auto is_function = [](Value f) { return type_of(f) == &function_type; };
  if (Value f = dict_get_str(d, names::__new__); f && is_function(f)) {
    Ref sm(staticmethod_new(f));
    if (!sm || dict_set(d, names::__new__, sm.get()) < 0) return Value();
  }
  for (Value* special : {&names::__init_subclass__, &names::__class_getitem__}) {
    Value f = dict_get_str(d, *special);
    if (f && is_function(f)) {
      Ref cm(classmethod_new(f));
      if (!cm || dict_set(d, *special, cm.get()) < 0) return Value();
    }
  }
  // type() called directly takes __module__ from the caller's globals.
  if (!dict_get_str(d, names::__module__)) {
    Dict* globals = vm::current_globals();
    Value module = globals ? dict_get_str(globals, names::__name__) : Value();
    if (module && dict_set(d, names::__module__, module) < 0) return Value();
  }
  // The vm fills the __class__ cell itself once the metaclass returns.
  if (dict_get_str(d, names::__classcell__) && dict_del(d, names::__classcell__) < 0) return Value();

  // The type object itself.
  Object* mem = alloc_object(meta, std::max(meta->basic_size, sizeof(Type)));
  if (!mem) return Value();
  Type* t = new (mem) Type();
  t->refcount = 1;
  t->type = meta;
  Ref result(t);
  t->name = str_to_utf8(name);
  t->qualname = qual.release();
  t->bases = base_tuple.release();
  t->base = base;
  t->dict = as_dict(dict.release());
  t->flags = Type::kHeap | Type::kBaseType | (base->flags & kInheritedFlags);
  t->item_size = base->item_size;
  t->basic_size = base->basic_size;
  for (Ref& s : slot_names) {
    Ref descr(member_descriptor_new(s.get(), t, t->basic_size));
    if (!descr || dict_set(t->dict, s.get(), descr.get()) < 0) return Value();
    t->basic_size += sizeof(Value);
  }
  t->dict_offset = base->dict_offset;
  if (add_dict) {
    if (base->item_size) {
      t->dict_offset = kPrefixDict;
    } else {
      t->dict_offset = t->basic_size;
      t->basic_size += sizeof(Value);
    }
    Ref descr(getset_descriptor_new(&kInstanceDictGetset, t));
    if (!descr || dict_set(t->dict, names::__dict__, descr.get()) < 0) return Value();
  }
  if (add_weak) {
    t->flags |= Type::kWeakrefable;
    Ref descr(getset_descriptor_new(&kWeakrefGetset, t));
    if (!descr || dict_set(t->dict, names::__weakref__, descr.get()) < 0) return Value();
  }
  // After the descriptors, as PyType_Ready adds them: the order shows in __dict__.
  if (!dict_get_str(t->dict, names::__doc__) && dict_set(t->dict, names::__doc__, none()) < 0) return Value();
  if (dict_get_str(t->dict, names::__eq__) && !dict_get_str(t->dict, names::__hash__)) {
    if (dict_set(t->dict, names::__hash__, none()) < 0) return Value();
  }
  inherit_slots(t, base);
  t->dealloc = &subtype_dealloc;
  t->new_ = base->new_;
  Value mro = c3_mro(t);
  if (!mro) return Value();
  t->mro = mro;
  Tuple* bt = as_tuple(t->bases);
  for (int64_t i = 0; i < bt->size; ++i) as_type(bt->items[i])->subclasses.push_back(t);
  fixup_slots(t);

  if (!set_names(t)) return Value();
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  if (!init_subclass(t, args + nargs, nkw ? kwnames : Value())) return Value();
  return result.release();
}

Value type_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  Type* t = as_type(self);
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  if (t == &type_type) {
    if (nargs == 1 && nkw == 0) return newref(Value(type_of(args[0])));
    if (nargs != 1 && nargs != 3) return type_error("type() takes 1 or 3 arguments");
  }
  if (!t->new_) return type_error("cannot create '%s' instances", t->name.c_str());
  // Calling a class counts toward the recursion limit, as CPython's
  // _PyObject_MakeTpCall does; the built-in types have vectorcall entries
  // there, which do not count.
  bool counted = t->has(Type::kHeap);
  if (counted && !enter_recursion(" while calling a Python object")) return Value();
  Value obj = t->new_(t, args, nargs, kwnames);
  if (obj && is_instance_of(obj, t)) {
    Type* ot = type_of(obj);
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
      decref(obj);
      obj = Value();
    }
  }
  if (counted) leave_recursion();
  return obj;
}

int type_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  if (nkw && nargs == 1) {
    type_error("type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    type_error("type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

Value type_getattro(Value self, Value name) {
  Type* t = as_type(self);
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr, self, Value(meta));
  }
  Value attr = type_lookup(t, name);
  if (attr) {
    Ref keep = Ref::borrow(attr);
    if (auto get = type_of(attr)->descr_get) return get(attr, Value(), self);
    return newref(attr);
  }
  if (meta_attr) {
    if (auto get = type_of(meta_attr)->descr_get) return get(meta_attr, self, Value(meta));
    return newref(meta_attr);
  }
  Ref n(type_name(t));
  Value e = raise_fmt(&exc::AttributeError, "type object '%U' has no attribute '%U'", n.get(), name);
  if (thread.exc) {
    auto* ex = as_exception(thread.exc);
    set_slot(&ex->fields[0], newref(name));
    set_slot(&ex->fields[1], newref(self));
  }
  return e;
}

int type_setattro(Value self, Value name, Value v) {
  Type* t = as_type(self);
  if (!t->has(Type::kHeap)) {
    type_error("cannot set '%U' attribute of immutable type '%s'", name, t->name.c_str());
    return -1;
  }
  Value meta_attr = type_lookup(type_of(self), name);
  if (meta_attr && type_of(meta_attr)->descr_set) {
    return type_of(meta_attr)->descr_set(meta_attr, self, v);
  }
  Ref interned(str_intern_steal(newref(name)));
  int r;
  if (v) {
    r = dict_set(t->dict, interned.get(), v);
  } else {
    r = dict_pop(t->dict, interned.get(), nullptr);
    if (r == 0) {
      Ref n(type_name(t));
      raise_fmt(&exc::AttributeError, "type object '%U' has no attribute '%U'", n.get(), name);
      return -1;
    }
    r = r < 0 ? -1 : 0;
  }
  if (r == 0) type_modified(t, interned.get());
  return r;
}

Value type_repr(Value self) {
  Type* t = as_type(self);
  Ref module(type_module(t));
  if (!module) clear_error();
  Ref qual(type_qualname(t));
  if (!qual) return Value();
  if (module && str_check(module.get()) && str_to_utf8(module.get()) != "builtins") {
    return format_str("<class '%U.%U'>", module.get(), qual.get());
  }
  return format_str("<class '%s'>", t->name.c_str());
}

// ---- getsets

Value get_name(Value self) { return type_name(as_type(self)); }
int set_name(Value self, Value v) {
  Type* t = as_type(self);
  if (!t->has(Type::kHeap)) {
    type_error("cannot set '__name__' attribute of immutable type '%s'", t->name.c_str());
    return -1;
  }
  if (!v || !str_check(v)) {
    type_error("can only assign string to %s.__name__, not '%s'", t->name.c_str(),
               v ? type_of(v)->name.c_str() : "NoneType");
    return -1;
  }
  t->name = str_to_utf8(v);
  return 0;
}
Value get_qualname(Value self) { return type_qualname(as_type(self)); }
int set_qualname(Value self, Value v) {
  Type* t = as_type(self);
  if (!v || !str_check(v)) {
    type_error("can only assign string to %s.__qualname__, not '%s'", t->name.c_str(),
               v ? type_of(v)->name.c_str() : "NoneType");
    return -1;
  }
  incref(v);
  set_slot(&t->qualname, v);
  return 0;
}
Value get_module(Value self) { return type_module(as_type(self)); }
int set_module(Value self, Value v) {
  Type* t = as_type(self);
  if (!t->has(Type::kHeap)) {
    type_error("cannot set '__module__' attribute of immutable type '%s'", t->name.c_str());
    return -1;
  }
  int r = v ? dict_set(t->dict, names::__module__, v) : dict_del(t->dict, names::__module__);
  if (r == 0) type_modified(t, names::__module__);
  return r;
}
Value get_bases(Value self) { return newref(as_type(self)->bases); }
Value get_base(Value self) {
  Type* b = as_type(self)->base;
  return newref(b ? Value(b) : none());
}
Value get_mro(Value self) { return newref(as_type(self)->mro); }
Value get_dict(Value self) { return mappingproxy_new(Value(as_type(self)->dict)); }
Value get_doc(Value self) {
  Type* t = as_type(self);
  Value d = dict_get_str(t->dict, names::__doc__);
  // A static type's '__doc__' descriptor documents its instances (property's
  // getset); the type's own text is not kept on this tier.
  if (!d || (!t->has(Type::kHeap) && type_of(d)->descr_get)) return newref(none());
  if (auto get = type_of(d)->descr_get) return get(d, Value(), self);
  return newref(d);
}
int set_doc(Value self, Value v) {
  Type* t = as_type(self);
  if (!t->has(Type::kHeap) || !v) {
    type_error("cannot %s '__doc__' attribute of immutable type '%s'", v ? "set" : "delete", t->name.c_str());
    return -1;
  }
  if (dict_set(t->dict, names::__doc__, v) < 0) return -1;
  type_modified(t, names::__doc__);
  return 0;
}
Value get_abstractmethods(Value self) {
  Type* t = as_type(self);
  Value v = t != &type_type ? dict_get_str(t->dict, names::__abstractmethods__) : Value();
  if (!v) return raise_with(&exc::AttributeError, names::__abstractmethods__);
  return newref(v);
}
int set_abstractmethods(Value self, Value v) {
  Type* t = as_type(self);
  int abstract = 0;
  if (v) {
    abstract = truth(v);
    if (abstract < 0 || dict_set(t->dict, names::__abstractmethods__, v) < 0) return -1;
  } else if (dict_del(t->dict, names::__abstractmethods__) < 0) {
    return -1;
  }
  if (abstract) t->flags |= Type::kAbstract;
  else t->flags &= ~uint32_t(Type::kAbstract);
  type_modified(t, names::__abstractmethods__);
  return 0;
}

const GetSetDef kTypeGetsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__bases__", get_bases, nullptr},
    {"__base__", get_base, nullptr},
    {"__mro__", get_mro, nullptr},
    {"__dict__", get_dict, nullptr},
    {"__doc__", get_doc, set_doc},
    {"__abstractmethods__", get_abstractmethods, set_abstractmethods},
    {nullptr, nullptr, nullptr},
};

// ---- methods

Value type_mro_method(Value self, const Value*, size_t, Value) {
  return list_from_iterable(as_type(self)->mro);
}

Value type_subclasses(Value self, const Value*, size_t, Value) {
  Type* t = as_type(self);
  Value l = list_new(0);
  if (!l) return Value();
  for (Type* s : t->subclasses) {
    if (list_append(l, Value(s)) < 0) {
      decref(l);
      return Value();
    }
  }
  return l;
}

Value type_instancecheck(Value self, const Value* args, size_t, Value) {
  Type* t = as_type(self);
  return newref(py_bool(is_instance_of(args[0], t)));
}

Value type_subclasscheck(Value self, const Value* args, size_t, Value) {
  if (!type_check(args[0])) return type_error("issubclass() arg 1 must be a class");
  return newref(py_bool(is_subtype(as_type(args[0]), as_type(self))));
}

Value type_prepare(Value, const Value*, size_t, Value) { return Value(dict_new()); }

// type.__dir__: the names in the class and its bases (not the metaclass).
bool merge_class_dict(Dict* into, Type* t) {
  if (dict_update(into, Value(t->dict)) < 0) return false;
  Tuple* bases = as_tuple(t->bases);
  for (int64_t i = 0; i < bases->size; ++i) {
    if (!merge_class_dict(into, as_type(bases->items[i]))) return false;
  }
  return true;
}

Value type_dir(Value self, const Value*, size_t, Value) {
  Ref names{Value(dict_new())};
  if (!names || !merge_class_dict(as_dict(names.get()), as_type(self))) return Value();
  return list_from_iterable(names.get());
}

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, 0, 0},
    {"__subclasses__", type_subclasses, 0, 0},
    {"__instancecheck__", type_instancecheck, 1, 1},
    {"__subclasscheck__", type_subclasscheck, 1, 1},
    {"__prepare__", type_prepare, 0, -1, MethodDef::kKeywords | MethodDef::kClass},
    {"__dir__", type_dir, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

// ------------------------------------------------------------------ public

bool type_ready(Type* t) {
  if (t->refcount == 0) init_static(t, &type_type);
  if (!t->base && t != &object_type) t->base = &object_type;
  if (t->base && !t->base->mro && !type_ready(t->base)) return false;
  if (t->base) {
    t->flags |= t->base->flags & kInheritedFlags;
    inherit_slots(t, t->base);
  }
  if (t->bases) return true;  // already ready
  t->bases = t->base ? tuple_pack({Value(t->base)}) : empty_tuple();
  if (!t->bases) return false;
  Tuple* base_mro = t->base ? mro_tuple(t->base) : nullptr;
  int64_t n = base_mro ? base_mro->size : 0;
  Value mro = tuple_new(n + 1);
  if (!mro) return false;
  as_tuple(mro)->items[0] = Value(t);
  for (int64_t i = 0; i < n; ++i) as_tuple(mro)->items[i + 1] = base_mro->items[i];
  t->mro = mro;  // the items are immortal static types: no references taken
  t->dict = dict_new();
  if (!t->dict) return false;
  if (!add_methods(t) || !add_slot_wrappers(t)) return false;
  // Built-in types carry no docstrings; the attribute exists all the same.
  if (!dict_get_str(t->dict, names::__doc__) && dict_set(t->dict, names::__doc__, none()) < 0) return false;
  if (t->base) t->base->subclasses.push_back(t);
  return true;
}

namespace {
std::vector<Type*> static_types;
}  // namespace

void register_static_type(Type* t) { static_types.push_back(t); }

bool ready_static_types() {
  for (Type* t : static_types) {
    if (!type_ready(t)) return false;
  }
  return true;
}

namespace {

Value lookup_mro(Type* t, Value name) {
  Tuple* mro = mro_tuple(t);
  for (int64_t i = 0; i < mro->size; ++i) {
    Value v = dict_get_str(as_type(mro->items[i])->dict, name);
    if (v) return v;
  }
  return Value();
}

// CPython's type attribute cache: (version, interned name) -> the value
// found along the MRO, or null for "no such attribute". Versions are never
// reused, so a modified type simply stops matching its old entries.
struct CacheEntry {
  uint32_t version;
  Object* name;
  Value value;
};
constexpr size_t kCacheSize = 4096;
CacheEntry lookup_cache[kCacheSize];

}  // namespace

Value type_lookup(Type* t, Value name) {
  Str* s = name.as<Str>();
  if (!s->interned) return lookup_mro(t, name);
  uint32_t version = type_version(t);
  size_t slot = (version * 2654435761u ^ (reinterpret_cast<uintptr_t>(s) >> 4)) & (kCacheSize - 1);
  CacheEntry& e = lookup_cache[slot];
  if (e.version == version && e.name == s) return e.value;
  Value v = lookup_mro(t, name);
  e = CacheEntry{version, s, v};
  return v;
}

uint32_t type_version_assign(Type* t) {
  t->version = next_version++;
  return t->version;
}

void type_modified(Type* t, Value name) {
  t->version = 0;
  if (name) update_slots(t, name);
  for (Type* sub : t->subclasses) type_modified(sub, Value());
}

Type* calculate_metaclass(Type* meta, Value bases) {
  Type* winner = meta;
  Tuple* b = as_tuple(bases);
  for (int64_t i = 0; i < b->size; ++i) {
    Type* bt = type_of(b->items[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
               "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Value type_name(Type* t) {
  if (t->has(Type::kHeap)) return str_from_utf8(t->name);
  size_t dot = t->name.rfind('.');
  return str_from_utf8(dot == std::string::npos ? t->name : t->name.substr(dot + 1));
}

Value type_qualname(Type* t) {
  if (t->has(Type::kHeap) && t->qualname) return newref(t->qualname);
  return type_name(t);
}

Value type_module(Type* t) {
  if (t->has(Type::kHeap)) {
    Value m = dict_get_str(t->dict, names::__module__);
    if (!m) return raise_with(&exc::AttributeError, names::__module__);
    return newref(m);
  }
  size_t dot = t->name.rfind('.');
  return str_from_utf8(dot == std::string::npos ? std::string("builtins") : t->name.substr(0, dot));
}

void init_type_types() {
  Type* t = &type_type;
  t->name = "type";
  t->basic_size = sizeof(Type);
  t->flags = Type::kBaseType | Type::kTypeSubclass | Type::kWeakrefable;
  t->dealloc = type_dealloc;
  t->new_ = type_new;
  t->init = type_init;
  t->call = type_call;
  t->getattr = type_getattro;
  t->setattr = type_setattro;
  t->repr = type_repr;
  t->methods = kTypeMethods;
  t->getsets = kTypeGetsets;
  t->number[int(BinaryOp::Or)] = union_or;
  for (Type* t : {&type_type}) register_static_type(t);
}

}  // namespace pytier::light
