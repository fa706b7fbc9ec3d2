#pragma once
// set and frozenset: CPython's open-addressed table (minimum 8 slots,
// linear probing of 9 slots, then perturbation), with its fill and resize
// rules, so that iteration order matches CPython's.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type set_type;
extern Type frozenset_type;

struct SetEntry {
  Value key;  // null: never used; the dummy object: deleted
  int64_t hash;
};

struct Set : Object {
  int64_t fill;  // active + dummy slots
  int64_t used;  // active slots
  int64_t mask;  // table size - 1
  SetEntry* table;
  int64_t hash;    // frozenset's cached hash, -1 until computed
  int64_t finger;  // where set.pop() resumes
  SetEntry small[8];
};

bool set_check(Value v);  // set, frozenset or a subclass of either
bool frozenset_check(Value v);

// An empty set of the given type (set, frozenset or a subclass).
[[nodiscard]] Value set_new(Type* type);
// set(iterable) / frozenset(iterable) (iterable may be null: empty).
[[nodiscard]] Value set_from_iterable(Type* type, Value iterable);
[[nodiscard]] int set_add(Value set, Value key);       // borrows key
[[nodiscard]] int set_contains(Value set, Value key);  // -1/0/1
[[nodiscard]] int set_discard(Value set, Value key);   // 1 removed, 0 missing, -1 error
// Iterates live keys in table order: start with *pos = 0; borrowed key.
bool set_next(Value set, int64_t* pos, Value* key);

}  // namespace pytier::light
