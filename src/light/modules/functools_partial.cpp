// functools.partial: a callable that calls func with its stored arguments
// followed by the call's own. A call passes everything on in one argument
// array, with no tuple or dict built unless both sides have keywords.

#include <algorithm>
#include <vector>

#include "light/modules/functools.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/generic_alias.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light::modules {

Type partial_type;

namespace {

struct Partial : Object {
  Value func;      // owned
  Value args;      // owned tuple
  Value keywords;  // owned dict
  Dict* dict;      // the instance __dict__, created on demand
};

Partial* P(Value v) { return v.as<Partial>(); }

Value partial_call(Value self, const Value* args, size_t nargs, Value kwnames);

Value partial_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 1) return type_error("type 'partial' takes at least one argument");
  Value func = args[0];
  if (!is_callable(func)) return type_error("the first argument must be callable");
  Value inner_args = empty_tuple(), inner_keywords;
  // A partial of a partial (with no attributes of its own) collapses into
  // one, as CPython's does.
  if (type_of(func)->call == partial_call && !P(func)->dict) {
    inner_args = P(func)->args;
    inner_keywords = P(func)->keywords;
    func = P(func)->func;
  }
  int64_t ninner = as_tuple(inner_args)->size;
  Ref all(tuple_new(size_t(ninner) + nargs - 1));
  if (!all) return Value();
  for (int64_t i = 0; i < ninner; ++i) as_tuple(all.get())->items[i] = newref(as_tuple(inner_args)->items[i]);
  for (size_t i = 1; i < nargs; ++i) as_tuple(all.get())->items[ninner + int64_t(i) - 1] = newref(args[i]);
  Ref keywords(inner_keywords ? Value(dict_copy(as_dict(inner_keywords))) : Value(dict_new()));
  if (!keywords) return Value();
  for (int64_t k = 0; kwnames && k < as_tuple(kwnames)->size; ++k) {
    if (dict_set(as_dict(keywords.get()), as_tuple(kwnames)->items[k], args[nargs + size_t(k)]) < 0) return Value();
  }
  auto* p = static_cast<Partial*>(alloc_object(type, type->basic_size));
  if (!p) return Value();
  p->func = newref(func);
  p->args = all.release();
  p->keywords = keywords.release();
  return p;
}

void partial_dealloc(Object* o) {
  Partial* p = static_cast<Partial*>(o);
  xdecref(p->func);
  xdecref(p->args);
  xdecref(p->keywords);
  if (p->dict) decref(p->dict);
  free_object(o);
}

// The stored arguments, then the call's, then the keyword values: the
// stored keywords updated with the call's.
Value call_with_keywords(Partial* p, const Value* args, size_t nargs, Value kwnames) {
  Ref merged(Value(dict_copy(as_dict(p->keywords))));
  if (!merged) return Value();
  Dict* kw = as_dict(merged.get());
  for (int64_t k = 0; kwnames && k < as_tuple(kwnames)->size; ++k) {
    if (dict_set(kw, as_tuple(kwnames)->items[k], args[nargs + size_t(k)]) < 0) return Value();
  }
  Tuple* stored = as_tuple(p->args);
  std::vector<Value> all(stored->items, stored->items + stored->size);
  all.insert(all.end(), args, args + nargs);
  Ref names(tuple_new(size_t(kw->used)));
  if (!names) return Value();
  int64_t pos = 0, i = 0;
  Value key, value;
  while (dict_next(kw, &pos, &key, &value)) {
    as_tuple(names.get())->items[i++] = newref(key);
    all.push_back(value);
  }
  return call(p->func, all.data(), all.size() - size_t(kw->used), names.get());
}

Value partial_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  Partial* p = P(self);
  if (as_dict(p->keywords)->used) return call_with_keywords(p, args, nargs, kwnames);
  Tuple* stored = as_tuple(p->args);
  if (stored->size == 0) return call(p->func, args, nargs, kwnames);
  size_t nkw = kwnames ? size_t(as_tuple(kwnames)->size) : 0;
  size_t total = size_t(stored->size) + nargs + nkw;
  Value local[16];
  std::vector<Value> heap;
  Value* all = local;
  if (total > 16) {
    heap.resize(total);
    all = heap.data();
  }
  std::copy(stored->items, stored->items + stored->size, all);
  std::copy(args, args + nargs + nkw, all + stored->size);
  return call(p->func, all, size_t(stored->size) + nargs, kwnames);
}

Value partial_repr(Value self) {
  if (!repr_enter(self)) return str_from_ascii("...");
  Partial* p = P(self);
  Ref text(repr(p->func));
  Tuple* args = as_tuple(p->args);
  for (int64_t i = 0; text && i < args->size; ++i) {
    Ref item = Ref::borrow(args->items[i]);
    text = Ref(format_str("%U, %R", text.get(), item.get()));
  }
  int64_t pos = 0;
  Value key, value;
  while (text && dict_next(as_dict(p->keywords), &pos, &key, &value)) {
    Ref k = Ref::borrow(key), v = Ref::borrow(value);
    text = Ref(format_str("%U, %S=%R", text.get(), k.get(), v.get()));
  }
  repr_leave(self);
  if (!text) return Value();
  return format_str("%s(%U)", type_of(self)->name.c_str(), text.get());
}

Value partial_reduce(Value self, const Value*, size_t, Value) {
  Partial* p = P(self);
  Value dict = p->dict && p->dict->used ? Value(p->dict) : none();
  Ref func_only(tuple_pack({p->func}));
  Ref state(tuple_pack({p->func, p->args, p->keywords, dict}));
  if (!func_only || !state) return Value();
  return tuple_pack({Value(type_of(self)), func_only.get(), state.get()});
}

Value partial_setstate(Value self, const Value* args, size_t, Value) {
  Value state = args[0];
  if (!tuple_check(state) || as_tuple(state)->size != 4) return type_error("invalid partial state");
  Value* s = as_tuple(state)->items;
  Value func = s[0], fargs = s[1], kw = s[2], dict = s[3];
  if (!is_callable(func) || !tuple_check(fargs) || (!is_none(kw) && !dict_check(kw)))
    return type_error("invalid partial state");
  Ref new_args(tuple_check_exact(fargs) ? newref(fargs) : tuple_from_array(as_tuple(fargs)->items, size_t(as_tuple(fargs)->size)));
  Ref new_kw(is_none(kw) ? Value(dict_new()) : dict_check_exact(kw) ? newref(kw) : Value(dict_copy(as_dict(kw))));
  if (!new_args || !new_kw) return Value();
  if (!is_none(dict) && !dict_check(dict)) return type_error("invalid partial state");
  Partial* p = P(self);
  set_slot(&p->func, newref(func));
  set_slot(&p->args, new_args.release());
  set_slot(&p->keywords, new_kw.release());
  Dict* old = p->dict;
  p->dict = is_none(dict) ? nullptr : static_cast<Dict*>(newref(dict).object());
  if (old) decref(old);
  return newref(none());
}

const MethodDef kPartialMethods[] = {
    {"__reduce__", partial_reduce, 0, 0},
    {"__setstate__", partial_setstate, 1, 1},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

Value get_func(Value self) { return newref(P(self)->func); }
Value get_args(Value self) { return newref(P(self)->args); }
Value get_keywords(Value self) { return newref(P(self)->keywords); }

int readonly(Value, Value) {
  attribute_error("readonly attribute");
  return -1;
}

const GetSetDef kPartialGetsets[] = {
    {"func", get_func, readonly},
    {"args", get_args, readonly},
    {"keywords", get_keywords, readonly},
    kInstanceDictGetset,
    {nullptr, nullptr, nullptr},
};

}  // namespace

void init_partial_type() {
  Type* t = &partial_type;
  t->name = "functools.partial";
  t->flags = Type::kBaseType | Type::kWeakrefable;
  t->basic_size = sizeof(Partial);
  t->dict_offset = field_offset(&Partial::dict);
  t->dealloc = partial_dealloc;
  t->new_ = partial_new;
  t->call = partial_call;
  t->repr = partial_repr;
  t->methods = kPartialMethods;
  t->getsets = kPartialGetsets;
}

}  // namespace pytier::light::modules
