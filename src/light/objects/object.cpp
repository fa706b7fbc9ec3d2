#include "light/objects/object.h"

#include <cstdlib>

#include "light/runtime/error.h"

namespace pytier::light {

void destroy(Object* o) { o->type->dealloc(o); }

Object* alloc_object(Type* type, size_t size) {
  auto* o = static_cast<Object*>(std::calloc(1, size));
  if (!o) {
    no_memory();
    return nullptr;
  }
  o->refcount = 1;
  o->type = type;
  if (type->has(Type::kHeap)) incref(type);
  return o;
}

void free_object(Object* o) {
  Type* type = o->type;
  std::free(o);
  if (type->has(Type::kHeap)) decref(type);
}

void init_static(Object* o, Type* type) {
  o->refcount = kImmortal;
  o->type = type;
}

}  // namespace pytier::light
