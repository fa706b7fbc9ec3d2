#include "light/objects/singletons.h"

#include "light/objects/int.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type none_type;
Type notimplemented_type;
Type ellipsis_type;
Object none_object;
Object notimplemented_object;
Object ellipsis_object;

namespace {

Value none_repr(Value) { return str_intern("None"); }
Value notimplemented_repr(Value) { return str_intern("NotImplemented"); }
Value ellipsis_repr(Value) { return str_intern("Ellipsis"); }
int none_truth(Value) { return 0; }

int notimplemented_truth(Value) {
  // CPython 3.11 warns (DeprecationWarning, silent by default) and says True.
  return 1;
}

// NoneType() and friends return the singleton.
template <Object* kSingleton>
Value singleton_new(Type* type, const Value*, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && as_tuple(kwnames)->size)) return type_error("%s takes no arguments", type->name.c_str());
  return Value(kSingleton);
}

void no_dealloc(Object*) {}

}  // namespace

void init_singleton_types() {
  struct Spec {
    Type* type;
    Object* object;
    const char* name;
    UnaryFn repr;
    NewFn new_;
  };
  Spec specs[] = {
      {&none_type, &none_object, "NoneType", none_repr, singleton_new<&none_object>},
      {&notimplemented_type, &notimplemented_object, "NotImplementedType", notimplemented_repr,
       singleton_new<&notimplemented_object>},
      {&ellipsis_type, &ellipsis_object, "ellipsis", ellipsis_repr, singleton_new<&ellipsis_object>},
  };
  for (Spec& s : specs) {
    s.type->name = s.name;
    s.type->dealloc = no_dealloc;
    s.type->repr = s.repr;
    s.type->new_ = s.new_;
    init_static(s.object, s.type);
  }
  none_type.truth = none_truth;
  notimplemented_type.truth = notimplemented_truth;
  for (Type* t : {&none_type, &notimplemented_type, &ellipsis_type}) register_static_type(t);
}

}  // namespace pytier::light
