#pragma once
// list: a growable array of values.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type list_type;

struct List : Object {
  int64_t size;
  int64_t capacity;
  Value* items;  // `size` values, owned
};

inline bool list_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kListSubclass); }
inline bool list_check_exact(Value v) { return !v.is_small() && v.object()->type == &list_type; }
inline List* as_list(Value v) { return v.as<List>(); }

// A list of n empty slots for the caller to fill (each takes a new reference).
[[nodiscard]] Value list_new(size_t n);
[[nodiscard]] Value list_from_array(const Value* items, size_t n);  // borrowed items
[[nodiscard]] int list_append(Value list, Value item);  // borrows item; -1 on error
// list.extend(iterable); -1 on error.
[[nodiscard]] int list_extend(Value list, Value iterable);
// list(iterable).
[[nodiscard]] Value list_from_iterable(Value iterable);
// Sorts in place (stable), as list.sort(key=key, reverse=reverse).
[[nodiscard]] int list_sort(Value list, Value key, bool reverse);

}  // namespace pytier::light
