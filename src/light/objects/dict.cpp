#include "light/objects/dict.h"

#include <cstdlib>
#include <cstring>

#include "light/objects/abstract.h"
#include "light/objects/str.h"
#include "light/runtime/error.h"

namespace pytier::light {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kMinSize = 8;
constexpr int kPerturbShift = 5;

uint64_t next_version = 1;

int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

DictKeys* keys_new(int64_t size) {
  int64_t usable = usable_fraction(size);
  auto* k = static_cast<DictKeys*>(
      std::malloc(sizeof(DictKeys) + size * sizeof(int32_t) + usable * sizeof(DictEntry)));
  if (!k) return nullptr;
  k->size = size;
  k->usable = usable;
  k->nentries = 0;
  std::memset(k->indices(), 0xff, size * sizeof(int32_t));  // all kEmpty
  return k;
}

void touch(Dict* d, bool keys_changed) {
  d->version = next_version++;
  if (keys_changed) d->keys_version = d->version;
}

int64_t hash_of(Value key) {
  if (str_check_exact(key)) return str_hash(key);
  return hash(key);
}

// Finds key: returns its entry index, -1 when missing, -2 on error; *slot
// gets the index-table position of the key or of the first free slot.
int64_t lookup(Dict* d, Value key, int64_t h, int64_t* slot) {
restart:
  DictKeys* k = d->keys;
  uint64_t mask = k->size - 1;
  uint64_t i = uint64_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  int64_t free_slot = -1;
  for (;;) {
    int32_t ix = k->indices()[i];
    if (ix == kEmpty) {
      *slot = free_slot >= 0 ? free_slot : int64_t(i);
      return -1;
    }
    if (ix == kDummy) {
      if (free_slot < 0) free_slot = int64_t(i);
    } else {
      DictEntry* e = &k->entries()[ix];
      if (e->key == key) {
        *slot = int64_t(i);
        return ix;
      }
      if (e->hash == h && !(str_check_exact(key) && str_check_exact(e->key))) {
        Value ekey = e->key;
        incref(ekey);
        int eq = compare_bool(ekey, key, CompareOp::Eq);
        decref(ekey);
        if (eq < 0) return -2;
        if (d->keys != k || k->entries()[ix].key != ekey) goto restart;
        if (eq) {
          *slot = int64_t(i);
          return ix;
        }
      } else if (e->hash == h && str_equal(e->key, key)) {
        *slot = int64_t(i);
        return ix;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool resize(Dict* d, int64_t min_used) {
  int64_t size = kMinSize;
  while (usable_fraction(size) < min_used) size <<= 1;
  DictKeys* old = d->keys;
  DictKeys* k = keys_new(size);
  if (!k) {
    no_memory();
    return false;
  }
  DictEntry* dst = k->entries();
  uint64_t mask = size - 1;
  for (int64_t j = 0; j < old->nentries; ++j) {
    DictEntry& e = old->entries()[j];
    if (!e.key) continue;
    uint64_t i = uint64_t(e.hash) & mask;
    for (uint64_t perturb = uint64_t(e.hash); k->indices()[i] != kEmpty;) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    k->indices()[i] = int32_t(k->nentries);
    dst[k->nentries++] = e;
  }
  k->usable -= k->nentries;
  std::free(old);
  d->keys = k;
  touch(d, true);
  return true;
}

}  // namespace

Dict* dict_new() {
  Dict* d = alloc<Dict>(&dict_type);
  if (!d) return nullptr;
  d->keys = keys_new(kMinSize);
  if (!d->keys) {
    free_object(d);
    no_memory();
    return nullptr;
  }
  touch(d, true);
  return d;
}

Value dict_get(Dict* d, Value key) {
  int64_t h = hash_of(key);
  if (h == -1) return Value();
  int64_t slot;
  int64_t ix = lookup(d, key, h, &slot);
  return ix >= 0 ? d->keys->entries()[ix].value : Value();
}

Value dict_get_str(Dict* d, Value key) {
  int64_t slot;
  int64_t ix = lookup(d, key, str_hash(key), &slot);
  return ix >= 0 ? d->keys->entries()[ix].value : Value();
}

int64_t dict_index_of(Dict* d, Value key) {
  int64_t h = hash_of(key);
  if (h == -1) return -2;
  int64_t slot;
  return lookup(d, key, h, &slot);
}

int dict_set(Dict* d, Value key, Value value) {
  int64_t h = hash_of(key);
  if (h == -1) return -1;
  int64_t slot;
  int64_t ix = lookup(d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix >= 0) {
    incref(value);
    set_slot(&d->keys->entries()[ix].value, value);
    touch(d, false);
    return 0;
  }
  if (d->keys->usable <= 0) {
    if (!resize(d, d->used * 3)) return -1;
    lookup(d, key, h, &slot);  // cannot fail: key is known to be absent
  }
  DictKeys* k = d->keys;
  incref(key);
  incref(value);
  k->indices()[slot] = int32_t(k->nentries);
  k->entries()[k->nentries++] = DictEntry{h, key, value};
  --k->usable;
  ++d->used;
  touch(d, true);
  return 0;
}

int dict_pop(Dict* d, Value key, Value* out) {
  int64_t h = hash_of(key);
  if (h == -1) return -1;
  int64_t slot;
  int64_t ix = lookup(d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix == -1) return 0;
  DictEntry& e = d->keys->entries()[ix];
  d->keys->indices()[slot] = kDummy;
  Value k = e.key, v = e.value;
  e.key = Value();
  e.value = Value();
  --d->used;
  touch(d, true);
  decref(k);
  if (out) *out = v;
  else decref(v);
  return 1;
}

int dict_del(Dict* d, Value key) {
  int r = dict_pop(d, key, nullptr);
  if (r == 0) {
    key_error(key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

void dict_clear(Dict* d) {
  DictKeys* old = d->keys;
  DictKeys* k = keys_new(kMinSize);
  if (!k) return;  // keeps the entries rather than crash; extremely unlikely
  d->keys = k;
  d->used = 0;
  touch(d, true);
  for (int64_t j = 0; j < old->nentries; ++j) {
    DictEntry& e = old->entries()[j];
    if (!e.key) continue;
    decref(e.key);
    decref(e.value);
  }
  std::free(old);
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  DictKeys* k = d->keys;
  for (int64_t j = *pos; j < k->nentries; ++j) {
    DictEntry& e = k->entries()[j];
    if (!e.key) continue;
    *pos = j + 1;
    if (key) *key = e.key;
    if (value) *value = e.value;
    return true;
  }
  *pos = k->nentries;
  return false;
}

Dict* dict_copy(Dict* src) {
  Dict* d = dict_new();
  if (!d) return nullptr;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(src, &pos, &k, &v)) {
    if (dict_set(d, k, v) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  DictKeys* k = d->keys;
  for (int64_t j = 0; j < k->nentries; ++j) {
    DictEntry& e = k->entries()[j];
    if (!e.key) continue;
    decref(e.key);
    decref(e.value);
  }
  std::free(k);
  free_object(o);
}

}  // namespace pytier::light
