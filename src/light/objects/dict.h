#pragma once
// dict: CPython's compact ordered layout. An index table of 2**k slots,
// probed with CPython's perturbation, points into a dense entry array kept
// in insertion order; deletion leaves a hole that the next resize squeezes
// out.
//
// For inline caches: `version` changes on every mutation; `keys_version`
// changes only when the set of keys or their entry positions change, so a
// cache holding (keys_version, entry index) stays valid while values change.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type dict_type;

struct DictEntry {
  int64_t hash;
  Value key;    // null: a deleted entry
  Value value;
};

struct DictKeys {
  int64_t size;      // index slots, a power of two
  int64_t usable;    // entries that can still be appended before a resize
  int64_t nentries;  // entries appended so far, deleted ones included
  // int32_t indices[size], then DictEntry entries[usable + nentries].
  int32_t* indices() { return reinterpret_cast<int32_t*>(this + 1); }
  DictEntry* entries() { return reinterpret_cast<DictEntry*>(indices() + size); }
};

struct Dict : Object {
  int64_t used;  // live entries
  uint64_t version;
  uint64_t keys_version;
  DictKeys* keys;
};

inline bool dict_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kDictSubclass); }
inline bool dict_check_exact(Value v) { return !v.is_small() && v.object()->type == &dict_type; }
inline Dict* as_dict(Value v) { return v.as<Dict>(); }

[[nodiscard]] Dict* dict_new();
// The value for key (borrowed), or null: missing (no exception) or an error
// while hashing/comparing (exception pending; check pending()).
Value dict_get(Dict* d, Value key);
// Same for a str key, whose hash cannot fail.
Value dict_get_str(Dict* d, Value key);
// dict_get_str for an interned name, trying the entry at *hint first and
// updating it: instances of a class fill their dicts in the same order, so an
// attribute cache's hint makes most instance-attribute loads one comparison.
Value dict_get_hinted(Dict* d, Value name, uint64_t* hint);
[[nodiscard]] int dict_set(Dict* d, Value key, Value value);  // borrows both
// Removes key: 1 removed (*out gets the value, new reference, if out), 0
// missing (no exception), -1 error.
[[nodiscard]] int dict_pop(Dict* d, Value key, Value* out);
// del d[key]: KeyError when missing.
[[nodiscard]] int dict_del(Dict* d, Value key);
[[nodiscard]] int dict_clear(Dict* d);  // -1: out of memory (d unchanged)
// Iterates live entries in order: start with *pos = 0; borrowed key/value.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
// The entry index of key, or -1 when missing (or -2 on error).
int64_t dict_index_of(Dict* d, Value key);
// d.update(other) for a mapping or an iterable of pairs.
[[nodiscard]] int dict_update(Dict* d, Value other);
[[nodiscard]] Dict* dict_copy(Dict* d);

}  // namespace pytier::light
