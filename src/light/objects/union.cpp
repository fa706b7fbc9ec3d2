#include "light/objects/union.h"

#include <string>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/set.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type union_type;

namespace {

Union* U(Value v) { return v.as<Union>(); }

bool unionable(Value v) {
  return is_none(v) || type_check(v) || type_of(v) == &generic_alias_type || union_check(v);
}

// Adds v (None as NoneType) to members unless an equal member is there.
bool add_member(std::vector<Ref>* members, Value v) {
  if (is_none(v)) v = Value(&none_type);
  for (const Ref& m : *members) {
    int eq = m.get() == v ? 1 : equal(m.get(), v);
    if (eq < 0) return false;
    if (eq) return true;
  }
  members->push_back(Ref::borrow(v));
  return true;
}

bool add_operand(std::vector<Ref>* members, Value v) {
  if (!union_check(v)) return add_member(members, v);
  Tuple* args = as_tuple(U(v)->args);
  for (int64_t i = 0; i < args->size; ++i)
    if (!add_member(members, args->items[i])) return false;
  return true;
}

// Members print as typing spells them: None, builtin names bare, others
// by module and qualified name.
bool member_repr(Value v, std::string* out) {
  if (v == Value(&none_type)) {
    *out += "None";
    return true;
  }
  if (type_check(v)) {
    Ref module(type_module(as_type(v)));
    Ref qual(type_qualname(as_type(v)));
    if (!module || !qual) return false;
    if (str_check(module.get()) && str_to_utf8(module.get()) != "builtins") *out += str_to_utf8(module.get()) + ".";
    *out += str_to_utf8(qual.get());
    return true;
  }
  Ref r(repr(v));
  if (!r) return false;
  *out += str_to_utf8(r.get());
  return true;
}

Value union_repr(Value self) {
  std::string out;
  Tuple* args = as_tuple(U(self)->args);
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) out += " | ";
    if (!member_repr(args->items[i], &out)) return Value();
  }
  return str_from_utf8(out);
}

// Unions are equal when they have the same members in any order.
Value union_compare(Value a, Value b, CompareOp op) {
  if (!union_check(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return newref(not_implemented());
  Ref x(set_from_iterable(&frozenset_type, U(a)->args));
  Ref y(x ? set_from_iterable(&frozenset_type, U(b)->args) : Value());
  if (!y) return Value();
  int eq = equal(x.get(), y.get());
  if (eq < 0) return Value();
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

int64_t union_hash(Value self) {
  Ref members(set_from_iterable(&frozenset_type, U(self)->args));
  return members ? hash(members.get()) : -1;
}

void union_dealloc(Object* o) {
  decref(static_cast<Union*>(o)->args);
  free_object(o);
}

Value union_args(Value self) { return newref(U(self)->args); }

const GetSetDef kUnionGetsets[] = {
    {"__args__", union_args, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Value union_or(Value a, Value b) {
  if (!unionable(a) || !unionable(b)) return newref(not_implemented());
  std::vector<Ref> members;
  if (!add_operand(&members, a) || !add_operand(&members, b)) return Value();
  if (members.size() == 1) return members[0].release();
  std::vector<Value> items;
  for (const Ref& m : members) items.push_back(m.get());
  Value args = tuple_from_array(items.data(), items.size());
  if (!args) return Value();
  Union* u = alloc<Union>(&union_type);
  if (!u) {
    decref(args);
    return Value();
  }
  u->args = args;
  return Value(u);
}

void init_union_type() {
  Type* t = &union_type;
  t->name = "types.UnionType";
  t->basic_size = sizeof(Union);
  t->dealloc = union_dealloc;
  t->repr = union_repr;
  t->compare = union_compare;
  t->hash = union_hash;
  t->getsets = kUnionGetsets;
  t->number[int(BinaryOp::Or)] = union_or;
  register_static_type(t);
}

}  // namespace pytier::light
