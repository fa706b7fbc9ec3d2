#include "light/objects/struct_seq.h"

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/descriptor.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

namespace {

StructSeqType* seq_type(Value v) { return static_cast<StructSeqType*>(type_of(v)); }

Tuple* alloc_seq(StructSeqType* t) {
  auto* seq = static_cast<Tuple*>(alloc_object(t, sizeof(Tuple) + size_t(t->total) * sizeof(Value)));
  if (seq) seq->size = t->visible;
  return seq;
}

void struct_seq_dealloc(Object* o) {
  auto* seq = static_cast<Tuple*>(o);
  for (int i = static_cast<StructSeqType*>(o->type)->total; i-- > 0;) xdecref(seq->items[i]);
  free_object(o);
}

Value struct_seq_repr(Value self) {
  StructSeqType* t = seq_type(self);
  Tuple* seq = self.as<Tuple>();
  std::string out = t->name + "(";
  for (int i = 0; i < t->visible; ++i) {
    if (i) out += ", ";
    Ref r(repr(seq->items[i]));
    if (!r) return Value();
    out += t->fields[i];
    out += "=" + str_to_utf8(r.get());
  }
  return str_from_utf8(out + ")");
}

int struct_seq_setattr(Value self, Value name, Value) {
  StructSeqType* t = seq_type(self);
  std::string n = str_check(name) ? str_to_utf8(name) : std::string();
  for (int i = 0; i < t->total; ++i) {
    if (n == t->fields[i]) {
      raise_str(&exc::AttributeError, "readonly attribute");
      return -1;
    }
  }
  raise_fmt(&exc::AttributeError, "'%s' object has no attribute '%U'", t->name.c_str(), name);
  return -1;
}

// type(sequence, dict=None): the visible fields from the sequence, the
// others from it too when long enough, else from dict, else None.
Value struct_seq_new_slot(Type* type, const Value* args, size_t nargs, Value kwnames) {
  auto* t = static_cast<StructSeqType*>(type);
  static const char* const kNames[] = {"sequence", "dict"};
  Value a[2];
  if (!bind_keywords(t->name.c_str(), args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("%s() missing required argument 'sequence' (pos 1)", t->name.c_str());
  Ref items(list_from_iterable(a[0]));
  if (!items) return Value();
  if (a[1] && !is_none(a[1]) && !dict_check(a[1]))
    return type_error("%s() takes a dict as second arg, if any", t->name.c_str());
  int64_t n = as_list(items.get())->size;
  if (n < t->visible) {
    const char* form = t->visible == t->total ? "%s() takes a %d-sequence (%lld-sequence given)"
                                              : "%s() takes an at least %d-sequence (%lld-sequence given)";
    return type_error(form, t->name.c_str(), t->visible, static_cast<long long>(n));
  }
  if (n > t->total) {
    const char* form = t->visible == t->total ? "%s() takes a %d-sequence (%lld-sequence given)"
                                              : "%s() takes an at most %d-sequence (%lld-sequence given)";
    return type_error(form, t->name.c_str(), t->total, static_cast<long long>(n));
  }
  Tuple* seq = alloc_seq(t);
  if (!seq) return Value();
  for (int i = 0; i < t->total; ++i) {
    Value v;
    if (i < n) v = as_list(items.get())->items[i];
    else if (a[1] && dict_check(a[1])) v = dict_get_str(as_dict(a[1]), str_intern(t->fields[i]));
    seq->items[i] = newref(v ? v : none());
  }
  return seq;
}

// (type, (visible items,), {hidden fields}), as CPython pickles them.
Value struct_seq_reduce(Value self, const Value*, size_t, Value) {
  StructSeqType* t = seq_type(self);
  Tuple* seq = self.as<Tuple>();
  Ref items(tuple_from_array(seq->items, size_t(t->visible)));
  Ref extra{Value(dict_new())};
  if (!items || !extra) return Value();
  for (int i = t->visible; i < t->total; ++i)
    if (dict_set(as_dict(extra.get()), str_intern(t->fields[i]), seq->items[i]) < 0) return Value();
  Ref args(tuple_pack({items.get(), extra.get()}));
  if (!args) return Value();
  return tuple_pack({Value(t), args.get()});
}

const MethodDef kStructSeqMethods[] = {
    {"__reduce__", struct_seq_reduce, 0, 0},
    {nullptr, nullptr, 0, 0},
};

bool set_class_int(Type* t, const char* name, int64_t v) {
  Ref i(int_from_i64(v));
  return i && dict_set(t->dict, str_intern(name), i.get()) >= 0;
}

}  // namespace

bool struct_seq_ready(StructSeqType* t, const char* name, const char* const* fields, int visible, int total) {
  t->name = name;
  t->base = &tuple_type;
  t->basic_size = sizeof(Tuple);
  t->dealloc = struct_seq_dealloc;
  t->new_ = struct_seq_new_slot;
  t->repr = struct_seq_repr;
  t->setattr = struct_seq_setattr;
  t->methods = kStructSeqMethods;
  t->fields = fields;
  t->visible = visible;
  t->total = total;
  if (!type_ready(t)) return false;
  Ref match_args(tuple_new(size_t(visible)));
  if (!match_args) return false;
  for (int i = 0; i < total; ++i) {
    Value field = str_intern(fields[i]);
    if (i < visible) as_tuple(match_args.get())->items[i] = newref(field);
    Ref member(member_descriptor_new(field, t, sizeof(Tuple) + size_t(i) * sizeof(Value)));
    if (!member || dict_set(t->dict, field, member.get()) < 0) return false;
  }
  return set_class_int(t, "n_sequence_fields", visible) && set_class_int(t, "n_fields", total) &&
         set_class_int(t, "n_unnamed_fields", 0) &&
         dict_set(t->dict, str_intern("__match_args__"), match_args.get()) >= 0;
}

Value struct_seq_new(StructSeqType* t, const Value* values) {
  for (int i = 0; i < t->total; ++i) {
    if (!values[i]) {
      for (int j = 0; j < t->total; ++j) xdecref(values[j]);
      return Value();
    }
  }
  Tuple* seq = alloc_seq(t);
  if (!seq) {
    for (int j = 0; j < t->total; ++j) decref(values[j]);
    return Value();
  }
  for (int i = 0; i < t->total; ++i) seq->items[i] = values[i];
  return seq;
}

}  // namespace pytier::light
