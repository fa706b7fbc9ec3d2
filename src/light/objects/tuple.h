#pragma once
// tuple: a fixed array of values. The empty tuple is one static object.

#include <cstdint>
#include <initializer_list>

#include "light/objects/object.h"

namespace pytier::light {

extern Type tuple_type;

struct Tuple : Object {
  int64_t size;
  Value items[];  // `size` values, owned
};

inline bool tuple_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kTupleSubclass); }
inline bool tuple_check_exact(Value v) { return !v.is_small() && v.object()->type == &tuple_type; }
inline Tuple* as_tuple(Value v) { return v.as<Tuple>(); }

// A tuple of n empty slots for the caller to fill (each slot takes a new
// reference); n == 0 gives the shared empty tuple.
[[nodiscard]] Value tuple_new(size_t n);
// A tuple of the given values (borrowed: each is incref'd).
[[nodiscard]] Value tuple_pack(std::initializer_list<Value> items);
[[nodiscard]] Value tuple_from_array(const Value* items, size_t n);
Value empty_tuple();  // borrowed, immortal

}  // namespace pytier::light
