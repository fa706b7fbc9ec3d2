// _collections._tuplegetter: the descriptor behind each namedtuple field,
// reading item `index` of the tuple it is fetched from.

#include <string>

#include "light/modules/collections.h"
#include "light/objects/abstract.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

Type tuplegetter_type;

namespace {

struct TupleGetter : Object {
  int64_t index;
  Value doc;  // owned
};

TupleGetter* T(Value v) { return v.as<TupleGetter>(); }

Value tuplegetter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("_tuplegetter() takes no keyword arguments");
  if (nargs != 2) return type_error("_tuplegetter expected 2 arguments, got %zd", nargs);
  int64_t index;
  if (!index_as_i64(args[0], &index, &exc::OverflowError)) return Value();
  auto* g = static_cast<TupleGetter*>(alloc_object(type, type->basic_size));
  if (!g) return Value();
  g->index = index;
  g->doc = newref(args[1]);
  return g;
}

void tuplegetter_dealloc(Object* o) {
  xdecref(static_cast<TupleGetter*>(o)->doc);
  free_object(o);
}

Value tuplegetter_get(Value self, Value obj, Value) {
  if (!obj || is_none(obj)) return newref(self);
  int64_t index = T(self)->index;
  if (!tuple_check(obj)) {
    return type_error("descriptor for index '%lld' for tuple subclasses doesn't apply to '%T' object",
                      (long long)index, obj);
  }
  Tuple* t = as_tuple(obj);
  if (index < 0 || index >= t->size) return index_error("tuple index out of range");
  return newref(t->items[index]);
}

int tuplegetter_set(Value, Value, Value v) {
  attribute_error(v ? "can't set attribute" : "can't delete attribute");
  return -1;
}

Value tuplegetter_repr(Value self) {
  std::string name = type_of(self)->name;
  name = name.substr(name.rfind('.') + 1);
  return format_str("%s(%lld, %R)", name.c_str(), (long long)T(self)->index, T(self)->doc);
}

Value tuplegetter_reduce(Value self, const Value*, size_t, Value) {
  Ref index(int_from_i64(T(self)->index));
  Ref args(index ? tuple_pack({index.get(), T(self)->doc}) : Value());
  if (!args) return Value();
  return tuple_pack({Value(type_of(self)), args.get()});
}

const MethodDef kTupleGetterMethods[] = {
    {"__reduce__", tuplegetter_reduce, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value get_doc(Value self) { return newref(T(self)->doc); }

int set_doc(Value self, Value v) {
  set_slot(&T(self)->doc, newref(v ? v : none()));
  return 0;
}

const GetSetDef kTupleGetterGetsets[] = {
    {"__doc__", get_doc, set_doc},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void init_tuplegetter_type() {
  Type* t = &tuplegetter_type;
  t->name = "_collections._tuplegetter";
  t->basic_size = sizeof(TupleGetter);
  t->dealloc = tuplegetter_dealloc;
  t->new_ = tuplegetter_new;
  t->repr = tuplegetter_repr;
  t->descr_get = tuplegetter_get;
  t->descr_set = tuplegetter_set;
  t->methods = kTupleGetterMethods;
  t->getsets = kTupleGetterGetsets;
}

}  // namespace pytier::light::modules
