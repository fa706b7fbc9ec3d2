#pragma once
// float: an IEEE double.

#include <cstring>
#include <string_view>

#include "light/objects/object.h"

namespace pytier::light {

extern Type float_type;

struct Float : Object {
  double value;
};

bool float_check(Value v);  // float or a subclass
inline bool float_check_exact(Value v) { return !v.is_small() && v.object()->type == &float_type; }
inline double float_value(Value v) { return v.as<Float>()->value; }

// Exact floats are recycled through their own free list, since float
// arithmetic allocates one object per operation: popping a block that still
// says "float" skips the general allocator's size lookup and clearing.
struct FloatPool {
  Float* head;  // linked through `value`'s storage
  int size;
};
extern FloatPool float_pool;
[[nodiscard]] Value float_alloc_slow(double d);

[[nodiscard]] inline Value float_from_double(double d) {
  Float* f = float_pool.head;
  if (!f) [[unlikely]] return float_alloc_slow(d);
  std::memcpy(&float_pool.head, &f->value, sizeof(Float*));
  --float_pool.size;
  f->refcount = 1;
  f->value = d;
  return f;
}
// float(x)'s conversion of a number: float, int, __float__, __index__.
[[nodiscard]] bool to_double(Value v, double* out);
// float(text) with Python's syntax and CPython's ValueError text.
[[nodiscard]] Value float_from_text(std::string_view text);
// hash(x) for a double (nan hashes by the identity of `owner`).
int64_t hash_double(Value owner, double v);

}  // namespace pytier::light
