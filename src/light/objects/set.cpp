#include "light/objects/set.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/sequence.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type set_type;
Type frozenset_type;
Type set_iterator_type;

namespace {

constexpr int64_t kMinSize = 8;
constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

Object dummy;  // marks a deleted slot
Value Dummy() { return Value(&dummy); }

Set* SS(Value v) { return v.as<Set>(); }

int64_t key_hash(Value key) {
  if (str_check_exact(key)) return str_hash(key);
  return hash(key);
}

// CPython's set_insert_clean: the key is known to be absent and the table to
// have no dummies.
void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t h) {
  uint64_t perturb = uint64_t(h);
  uint64_t i = uint64_t(h) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = h;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (!entry->key) {
          entry->key = key;
          entry->hash = h;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool table_resize(Set* so, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* oldtable = so->table;
  int64_t oldmask = so->mask;
  SetEntry* newtable;
  if (newsize == kMinSize) {
    if (oldtable == so->small) {
      // Re-inserting into the small table in place needs a copy of it.
      SetEntry copy[kMinSize];
      std::memcpy(static_cast<void*>(copy), so->small, sizeof copy);
      std::memset(static_cast<void*>(so->small), 0, sizeof so->small);
      so->mask = kMinSize - 1;
      int64_t used = 0;
      for (auto& e : copy) {
        if (e.key && e.key != Dummy()) {
          insert_clean(so->small, uint64_t(so->mask), e.key, e.hash);
          ++used;
        }
      }
      so->fill = so->used = used;
      return true;
    }
    newtable = so->small;
  } else {
    newtable = static_cast<SetEntry*>(std::calloc(size_t(newsize), sizeof(SetEntry)));
    if (!newtable) {
      no_memory();
      return false;
    }
  }
  if (newtable == so->small) std::memset(static_cast<void*>(so->small), 0, sizeof so->small);
  so->mask = newsize - 1;
  so->table = newtable;
  so->fill = so->used;
  for (int64_t i = 0; i <= oldmask; ++i) {
    SetEntry& e = oldtable[i];
    if (e.key && e.key != Dummy()) insert_clean(newtable, uint64_t(so->mask), e.key, e.hash);
  }
  if (oldtable != so->small) std::free(oldtable);
  return true;
}

// CPython's set_add_entry; steals nothing (increfs key when stored).
int add_entry(Set* so, Value key, int64_t h) {
restart:
  uint64_t mask = uint64_t(so->mask);
  uint64_t i = uint64_t(h) & mask;
  SetEntry* freeslot = nullptr;
  uint64_t perturb = uint64_t(h);
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && !entry->key) goto found_unused_or_dummy;
      if (entry->hash == h) {
        Value startkey = entry->key;
        if (startkey == key) return 0;
        if (str_check_exact(startkey) && str_check_exact(key)) {
          if (str_equal(startkey, key)) return 0;
        } else {
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = compare_bool(startkey, key, CompareOp::Eq);
          decref(startkey);
          if (cmp > 0) return 0;
          if (cmp < 0) return -1;
          if (table != so->table || entry->key != startkey) goto restart;
          mask = uint64_t(so->mask);
        }
      } else if (entry->hash == -1) {  // the last dummy on the probe path, as CPython 3.11
        freeslot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  incref(key);
  if (freeslot) {
    ++so->used;
    freeslot->key = key;
    freeslot->hash = h;
    return 0;
  }
  ++so->fill;
  ++so->used;
  entry->key = key;
  entry->hash = h;
  if (uint64_t(so->fill) * 5 < mask * 3) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

// CPython's set_lookkey: the entry holding key, or null (error: *err set).
SetEntry* lookkey(Set* so, Value key, int64_t h, bool* err) {
  *err = false;
restart:
  uint64_t mask = uint64_t(so->mask);
  uint64_t i = uint64_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  for (;;) {
    SetEntry* entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && !entry->key) return nullptr;
      if (entry->hash == h) {
        Value startkey = entry->key;
        if (startkey == key) return entry;
        if (str_check_exact(startkey) && str_check_exact(key)) {
          if (str_equal(startkey, key)) return entry;
        } else {
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = compare_bool(startkey, key, CompareOp::Eq);
          decref(startkey);
          if (cmp < 0) {
            *err = true;
            return nullptr;
          }
          if (table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return entry;
          mask = uint64_t(so->mask);
        }
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int contains_entry(Set* so, Value key, int64_t h) {
  bool err;
  SetEntry* e = lookkey(so, key, h, &err);
  return err ? -1 : e != nullptr;
}

// 1 discarded, 0 not found, -1 error.
int discard_entry(Set* so, Value key, int64_t h) {
  bool err;
  SetEntry* e = lookkey(so, key, h, &err);
  if (err) return -1;
  if (!e) return 0;
  Value old = e->key;
  e->key = Dummy();
  e->hash = -1;
  --so->used;
  decref(old);
  return 1;
}

bool is_set(Value v) { return !v.is_small() && (is_subtype(type_of(v), &set_type) || is_subtype(type_of(v), &frozenset_type)); }

int merge(Set* so, Set* other) {
  if (other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (!table_resize(so, (so->used + other->used) * 2)) return -1;
  }
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      Value key = other->table[i].key;
      if (key) {
        so->table[i].key = newref(key);
        so->table[i].hash = other->table[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      Value key = other->table[i].key;
      if (key && key != Dummy()) insert_clean(so->table, uint64_t(so->mask), newref(key), other->table[i].hash);
    }
    return 0;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    Value key = other->table[i].key;
    if (key && key != Dummy() && add_entry(so, key, other->table[i].hash) < 0) return -1;
  }
  return 0;
}

int update_internal(Set* so, Value other) {
  if (is_set(other)) return merge(so, SS(other));
  if (dict_check_exact(other)) {
    Dict* d = as_dict(other);
    if ((so->fill + d->used) * 5 >= so->mask * 3) {
      if (!table_resize(so, (so->used + d->used) * 2)) return -1;
    }
    DictKeys* k = d->keys;
    for (int64_t j = 0; j < k->nentries; ++j) {
      DictEntry& e = k->entries()[j];
      if (e.key && add_entry(so, e.key, e.hash) < 0) return -1;
    }
    return 0;
  }
  Ref it(iter(other));
  if (!it) return -1;
  for (;;) {
    Ref key(next(it.get()));
    if (!key) return pending() ? -1 : 0;
    int64_t h = key_hash(key.get());
    if (h == -1 || add_entry(so, key.get(), h) < 0) return -1;
  }
}

Set* make_set(Type* type) {
  Set* s = static_cast<Set*>(alloc_object(type, type->basic_size));
  if (!s) return nullptr;
  s->mask = kMinSize - 1;
  s->table = s->small;
  s->hash = -1;
  return s;
}

// A new set of the exact base type (set or frozenset) of `like`.
Value new_like(Value like, Value iterable) {
  Type* t = is_subtype(type_of(like), &frozenset_type) ? &frozenset_type : &set_type;
  return set_from_iterable(t, iterable);
}

// A hashable stand-in for a set used as a key (`{1} in {frozenset({1})}`).
Value key_for_lookup(Value key) {
  if (!is_set(key) || is_subtype(type_of(key), &frozenset_type)) return newref(key);
  return set_from_iterable(&frozenset_type, key);
}

void set_dealloc(Object* o) {
  Set* s = static_cast<Set*>(o);
  for (int64_t i = 0; i <= s->mask; ++i) {
    Value k = s->table[i].key;
    if (k && k != Dummy()) decref(k);
  }
  if (s->table != s->small) std::free(s->table);
  free_object(o);
}

Value set_repr(Value self) {
  Set* s = SS(self);
  Type* t = type_of(self);
  if (s->used == 0) return format_str("%s()", t->name.c_str());
  if (!repr_enter(self)) return format_str("%s(...)", t->name.c_str());
  Ref items(list_new(0));
  int64_t pos = 0;
  Value k;
  while (items && set_next(self, &pos, &k)) {
    if (list_append(items.get(), k) < 0) items = Ref();
  }
  Value r;
  if (items) {
    Ref inner(repr_array(as_list(items.get())->items, as_list(items.get())->size, "{", "}"));
    if (inner) {
      r = t == &set_type ? inner.release() : format_str("%s(%U)", t->name.c_str(), inner.get());
    }
  }
  repr_leave(self);
  return r;
}

int64_t set_len(Value self) { return SS(self)->used; }

int set_contains_slot(Value self, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) {
    if (!is_set(key) || !matches(&exc::TypeError)) return -1;
    clear_error();
    Ref frozen(key_for_lookup(key));
    if (!frozen) return -1;
    h = key_hash(frozen.get());
    if (h == -1) return -1;
    return contains_entry(SS(self), frozen.get(), h);
  }
  return contains_entry(SS(self), key, h);
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

int64_t frozenset_hash(Value self) {
  Set* so = SS(self);
  if (so->hash != -1) return so->hash;
  uint64_t h = 0;
  for (int64_t i = 0; i <= so->mask; ++i) h ^= shuffle_bits(uint64_t(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) h ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) h ^= shuffle_bits(uint64_t(-1));
  h ^= (uint64_t(so->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == uint64_t(-1)) h = 590923713ull;
  so->hash = int64_t(h);
  return so->hash;
}

// Is every key of a in b?
int subset(Value a, Value b) {
  if (SS(a)->used > SS(b)->used) return 0;
  int64_t pos = 0;
  Value k;
  while (set_next(a, &pos, &k)) {
    int r = contains_entry(SS(b), k, key_hash(k));
    if (r <= 0) return r;
  }
  return 1;
}

Value set_compare(Value a, Value b, CompareOp op) {
  if (!is_set(b)) return newref(not_implemented());
  int64_t n = SS(a)->used, m = SS(b)->used;
  int r;
  switch (op) {
    case CompareOp::Eq: r = n == m ? subset(a, b) : 0; break;
    case CompareOp::Ne: r = n == m ? subset(a, b) : 0; if (r >= 0) r = !r; break;
    case CompareOp::Le: r = subset(a, b); break;
    case CompareOp::Ge: r = subset(b, a); break;
    case CompareOp::Lt: r = n < m ? subset(a, b) : 0; break;
    case CompareOp::Gt: r = n > m ? subset(b, a) : 0; break;
    default: r = 0;
  }
  if (r < 0) return Value();
  return newref(py_bool(r));
}

// ---- algebra

Value copy_of(Value so) { return new_like(so, so); }

Value intersection(Value so, Value other) {
  Ref result(new_like(so, Value()));
  if (!result) return Value();
  if (is_set(other)) {
    Value a = so, b = other;
    if (SS(b)->used > SS(a)->used) std::swap(a, b);
    int64_t pos = 0;
    Value k;
    while (set_next(b, &pos, &k)) {
      int64_t h = key_hash(k);
      int r = contains_entry(SS(a), k, h);
      if (r < 0) return Value();
      if (r && add_entry(SS(result.get()), k, h) < 0) return Value();
    }
    return result.release();
  }
  Ref it(iter(other));
  if (!it) return Value();
  for (;;) {
    Ref key(next(it.get()));
    if (!key) return pending() ? Value() : result.release();
    int64_t h = key_hash(key.get());
    if (h == -1) return Value();
    int r = contains_entry(SS(so), key.get(), h);
    if (r < 0) return Value();
    if (r && add_entry(SS(result.get()), key.get(), h) < 0) return Value();
  }
}

int difference_update(Value so, Value other) {
  if (so == other) {
    int64_t pos = 0;
    Value k;
    Ref keys(list_new(0));
    while (set_next(so, &pos, &k)) {
      if (list_append(keys.get(), k) < 0) return -1;
    }
    for (int64_t i = 0; i < as_list(keys.get())->size; ++i) {
      if (set_discard(so, as_list(keys.get())->items[i]) < 0) return -1;
    }
    return 0;
  }
  if (is_set(other)) {
    int64_t pos = 0;
    Value k;
    while (set_next(other, &pos, &k)) {
      if (discard_entry(SS(so), k, key_hash(k)) < 0) return -1;
    }
    return 0;
  }
  Ref it(iter(other));
  if (!it) return -1;
  for (;;) {
    Ref key(next(it.get()));
    if (!key) return pending() ? -1 : 0;
    if (set_discard(so, key.get()) < 0) return -1;
  }
}

Value difference(Value so, Value other) {
  int64_t other_size;
  if (is_set(other)) other_size = SS(other)->used;
  else if (dict_check_exact(other)) other_size = as_dict(other)->used;
  else other_size = -1;
  if (other_size < 0 || (SS(so)->used >> 2) > other_size) {
    Ref result(copy_of(so));
    if (!result || difference_update(result.get(), other) < 0) return Value();
    return result.release();
  }
  Ref result(new_like(so, Value()));
  if (!result) return Value();
  int64_t pos = 0;
  Value k;
  while (set_next(so, &pos, &k)) {
    int64_t h = key_hash(k);
    int r = is_set(other) ? contains_entry(SS(other), k, h) : (dict_index_of(as_dict(other), k) >= 0);
    if (r < 0) return Value();
    if (!r && add_entry(SS(result.get()), k, h) < 0) return Value();
  }
  return result.release();
}

int symmetric_difference_update(Value so, Value other) {
  Ref o(is_set(other) ? newref(other) : set_from_iterable(&set_type, other));
  if (!o) return -1;
  if (so == o.get()) {
    Ref keys(list_from_iterable(so));
    if (!keys) return -1;
    for (int64_t i = 0; i < as_list(keys.get())->size; ++i) {
      if (set_discard(so, as_list(keys.get())->items[i]) < 0) return -1;
    }
    return 0;
  }
  int64_t pos = 0;
  Value k;
  while (set_next(o.get(), &pos, &k)) {
    int64_t h = key_hash(k);
    int r = discard_entry(SS(so), k, h);
    if (r < 0) return -1;
    if (r == 0 && add_entry(SS(so), k, h) < 0) return -1;
  }
  return 0;
}

Value symmetric_difference(Value so, Value other) {
  Type* t = is_subtype(type_of(so), &frozenset_type) ? &frozenset_type : &set_type;
  Ref result(set_from_iterable(&set_type, other));
  if (!result || symmetric_difference_update(result.get(), so) < 0) return Value();
  if (t == &set_type) return result.release();
  return set_from_iterable(t, result.get());
}

Value set_or(Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return newref(not_implemented());
  Ref r(copy_of(a));
  if (!r || update_internal(SS(r.get()), b) < 0) return Value();
  return r.release();
}
Value set_and(Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return newref(not_implemented());
  return intersection(a, b);
}
Value set_sub(Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return newref(not_implemented());
  return difference(a, b);
}
Value set_xor(Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return newref(not_implemented());
  return symmetric_difference(a, b);
}
Value set_ior(Value a, Value b) {
  if (!is_set(b)) return newref(not_implemented());
  if (update_internal(SS(a), b) < 0) return Value();
  return newref(a);
}
// Exchanges the tables of two sets, as CPython's set_swap_bodies.
void swap_bodies(Set* a, Set* b) {
  SetEntry* ta = a->table == a->small ? b->small : a->table;
  SetEntry* tb = b->table == b->small ? a->small : b->table;
  SetEntry tmp[kMinSize];
  std::memcpy(tmp, a->small, sizeof tmp);
  std::memcpy(a->small, b->small, sizeof tmp);
  std::memcpy(b->small, tmp, sizeof tmp);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  a->table = tb;
  b->table = ta;
  a->hash = b->hash = -1;
}

Value set_iand(Value a, Value b) {
  if (!is_set(b)) return newref(not_implemented());
  Ref r(intersection(a, b));
  if (!r) return Value();
  swap_bodies(SS(a), SS(r.get()));
  return newref(a);
}
Value set_isub(Value a, Value b) {
  if (!is_set(b)) return newref(not_implemented());
  if (difference_update(a, b) < 0) return Value();
  return newref(a);
}
Value set_ixor(Value a, Value b) {
  if (!is_set(b)) return newref(not_implemented());
  if (symmetric_difference_update(a, b) < 0) return Value();
  return newref(a);
}

// ---- iterator

struct SetIter : Object {
  Value set;
  int64_t pos;
  int64_t used;
  int64_t remaining;
};

Value set_iter(Value self) {
  auto* it = alloc<SetIter>(&set_iterator_type);
  if (!it) return Value();
  it->set = newref(self);
  it->used = SS(self)->used;
  it->remaining = SS(self)->used;
  return it;
}

Value set_iter_next(Value self) {
  auto* it = self.as<SetIter>();
  if (!it->set) return Value();
  if (SS(it->set)->used != it->used) {
    it->used = -1;
    return raise_str(&exc::RuntimeError, "Set changed size during iteration");
  }
  Value k;
  if (!set_next(it->set, &it->pos, &k)) {
    set_slot(&it->set, Value());
    return Value();
  }
  --it->remaining;
  return newref(k);
}

void set_iter_dealloc(Object* o) {
  xdecref(static_cast<SetIter*>(o)->set);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

Value set_iter_length_hint(Value self, const Value*, size_t, Value) {
  auto* it = self.as<SetIter>();
  return Value::small(it->set ? it->remaining : 0);
}

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", set_iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

// ---- construction

Value set_new_slot(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size && (type == &set_type || type == &frozenset_type)) {
    return type_error("%s() takes no keyword arguments", type->name.c_str());
  }
  if (nargs > 1) return type_error("%s expected at most 1 argument, got %zd", type->name.c_str(), nargs);
  if (is_subtype(type, &frozenset_type)) {
    if (type == &frozenset_type && nargs == 1 && type_of(args[0]) == &frozenset_type) return newref(args[0]);
    return set_from_iterable(type, nargs ? args[0] : Value());
  }
  return make_set(type);
}

int set_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size && type_of(self) == &set_type) {
    type_error("set() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    type_error("set expected at most 1 argument, got %zd", nargs);
    return -1;
  }
  if (SS(self)->used) {
    Ref keys(list_from_iterable(self));
    if (!keys) return -1;
    for (int64_t i = 0; i < as_list(keys.get())->size; ++i) {
      if (set_discard(self, as_list(keys.get())->items[i]) < 0) return -1;
    }
  }
  return nargs ? update_internal(SS(self), args[0]) : 0;
}

// ---- methods

Value m_add(Value self, const Value* args, size_t, Value) {
  if (set_add(self, args[0]) < 0) return Value();
  return newref(none());
}

Value m_remove(Value self, const Value* args, size_t, Value) {
  int r = set_discard(self, args[0]);
  if (r < 0) return Value();
  if (r == 0) return key_error(args[0]);
  return newref(none());
}

Value m_discard(Value self, const Value* args, size_t, Value) {
  if (set_discard(self, args[0]) < 0) return Value();
  return newref(none());
}

Value m_pop(Value self, const Value*, size_t, Value) {
  Set* so = SS(self);
  if (so->used == 0) return raise_str(&exc::KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!entry->key || entry->key == Dummy()) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = Dummy();
  entry->hash = -1;
  --so->used;
  so->finger = entry - so->table + 1;
  return key;
}

Value m_clear(Value self, const Value*, size_t, Value) {
  Set* so = SS(self);
  SetEntry* table = so->table;
  int64_t mask = so->mask;
  bool small = table == so->small;
  SetEntry copy[kMinSize];
  if (small) std::memcpy(static_cast<void*>(copy), so->small, sizeof copy);
  std::memset(static_cast<void*>(so->small), 0, sizeof so->small);
  so->table = so->small;
  so->mask = kMinSize - 1;
  so->fill = so->used = 0;
  SetEntry* old = small ? copy : table;
  for (int64_t i = 0; i <= mask; ++i) {
    if (old[i].key && old[i].key != Dummy()) decref(old[i].key);
  }
  if (!small) std::free(table);
  return newref(none());
}

Value m_copy(Value self, const Value*, size_t, Value) {
  if (type_of(self) == &frozenset_type) return newref(self);
  return copy_of(self);
}

Value m_update(Value self, const Value* args, size_t nargs, Value) {
  for (size_t i = 0; i < nargs; ++i) {
    if (update_internal(SS(self), args[i]) < 0) return Value();
  }
  return newref(none());
}

Value m_union(Value self, const Value* args, size_t nargs, Value) {
  Ref r(copy_of(self));
  for (size_t i = 0; r && i < nargs; ++i) {
    if (update_internal(SS(r.get()), args[i]) < 0) return Value();
  }
  return r.release();
}

Value m_intersection(Value self, const Value* args, size_t nargs, Value) {
  if (nargs == 0) return copy_of(self);
  Ref r = Ref::borrow(self);
  for (size_t i = 0; i < nargs; ++i) {
    r = Ref(intersection(r.get(), args[i]));
    if (!r) return Value();
  }
  return r.release();
}

Value m_intersection_update(Value self, const Value* args, size_t nargs, Value kw) {
  Ref r(m_intersection(self, args, nargs, kw));
  if (!r) return Value();
  swap_bodies(SS(self), SS(r.get()));
  return newref(none());
}

Value m_difference(Value self, const Value* args, size_t nargs, Value) {
  if (nargs == 0) return copy_of(self);
  Ref r(difference(self, args[0]));
  for (size_t i = 1; r && i < nargs; ++i) {
    if (difference_update(r.get(), args[i]) < 0) return Value();
  }
  return r.release();
}

Value m_difference_update(Value self, const Value* args, size_t nargs, Value) {
  for (size_t i = 0; i < nargs; ++i) {
    if (difference_update(self, args[i]) < 0) return Value();
  }
  return newref(none());
}

Value m_symmetric_difference(Value self, const Value* args, size_t, Value) {
  return symmetric_difference(self, args[0]);
}

Value m_symmetric_difference_update(Value self, const Value* args, size_t, Value) {
  if (symmetric_difference_update(self, args[0]) < 0) return Value();
  return newref(none());
}

Value as_set(Value v) { return is_set(v) ? newref(v) : set_from_iterable(&set_type, v); }

// As CPython's set_reduce: (type, (list of the keys,), __getstate__()), so
// copy and pickle rebuild the set from its keys.
Value m_reduce(Value self, const Value*, size_t, Value) {
  Ref keys(list_from_iterable(self));
  if (!keys) return Value();
  Ref args(tuple_pack({keys.get()}));
  Ref state(call_method(self, str_intern("__getstate__"), nullptr, 0));
  if (!args || !state) return Value();
  return tuple_pack({Value(type_of(self)), args.get(), state.get()});
}

Value m_issubset(Value self, const Value* args, size_t, Value) {
  Ref o(as_set(args[0]));
  if (!o) return Value();
  int r = subset(self, o.get());
  return r < 0 ? Value() : newref(py_bool(r));
}

Value m_issuperset(Value self, const Value* args, size_t, Value) {
  Ref o(as_set(args[0]));
  if (!o) return Value();
  int r = subset(o.get(), self);
  return r < 0 ? Value() : newref(py_bool(r));
}

Value m_isdisjoint(Value self, const Value* args, size_t, Value) {
  Ref o(as_set(args[0]));
  if (!o) return Value();
  int64_t pos = 0;
  Value k;
  while (set_next(o.get(), &pos, &k)) {
    int r = contains_entry(SS(self), k, key_hash(k));
    if (r < 0) return Value();
    if (r) return newref(py_false());
  }
  return newref(py_true());
}

const MethodDef kSetMethods[] = {
    {"add", m_add, 1, 1},
    {"remove", m_remove, 1, 1},
    {"discard", m_discard, 1, 1},
    {"pop", m_pop, 0, 0},
    {"clear", m_clear, 0, 0},
    {"copy", m_copy, 0, 0},
    {"update", m_update, 0, -1},
    {"union", m_union, 0, -1},
    {"intersection", m_intersection, 0, -1},
    {"intersection_update", m_intersection_update, 0, -1},
    {"difference", m_difference, 0, -1},
    {"difference_update", m_difference_update, 0, -1},
    {"symmetric_difference", m_symmetric_difference, 1, 1},
    {"symmetric_difference_update", m_symmetric_difference_update, 1, 1},
    {"issubset", m_issubset, 1, 1},
    {"issuperset", m_issuperset, 1, 1},
    {"isdisjoint", m_isdisjoint, 1, 1},
    {"__reduce__", m_reduce, 0, 0},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", m_copy, 0, 0},
    {"union", m_union, 0, -1},
    {"intersection", m_intersection, 0, -1},
    {"difference", m_difference, 0, -1},
    {"symmetric_difference", m_symmetric_difference, 1, 1},
    {"issubset", m_issubset, 1, 1},
    {"issuperset", m_issuperset, 1, 1},
    {"isdisjoint", m_isdisjoint, 1, 1},
    {"__reduce__", m_reduce, 0, 0},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

bool set_check(Value v) { return is_set(v); }
bool frozenset_check(Value v) { return !v.is_small() && is_subtype(type_of(v), &frozenset_type); }

Value set_new(Type* type) { return make_set(type); }

Value set_from_iterable(Type* type, Value iterable) {
  Ref s(make_set(type));
  if (!s) return Value();
  if (iterable && update_internal(SS(s.get()), iterable) < 0) return Value();
  return s.release();
}

int set_add(Value set, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) return -1;
  return add_entry(SS(set), key, h);
}

int set_contains(Value set, Value key) { return set_contains_slot(set, key); }

int set_discard(Value set, Value key) {
  int64_t h = key_hash(key);
  if (h == -1) {
    if (!is_set(key) || !matches(&exc::TypeError)) return -1;
    clear_error();
    Ref frozen(key_for_lookup(key));
    if (!frozen) return -1;
    return discard_entry(SS(set), frozen.get(), key_hash(frozen.get()));
  }
  return discard_entry(SS(set), key, h);
}

bool set_next(Value set, int64_t* pos, Value* key) {
  Set* so = SS(set);
  while (*pos <= so->mask) {
    SetEntry& e = so->table[(*pos)++];
    if (e.key && e.key != Dummy()) {
      *key = e.key;
      return true;
    }
  }
  return false;
}

void init_set_types() {
  init_static(&dummy, &object_type);
  for (Type* t : {&set_type, &frozenset_type}) {
    t->basic_size = sizeof(Set);
    t->flags = Type::kBaseType | Type::kWeakrefable;
    t->dealloc = set_dealloc;
    t->new_ = set_new_slot;
    t->repr = set_repr;
    t->compare = set_compare;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    t->number[int(BinaryOp::Or)] = set_or;
    t->number[int(BinaryOp::And)] = set_and;
    t->number[int(BinaryOp::Subtract)] = set_sub;
    t->number[int(BinaryOp::Xor)] = set_xor;
  }
  set_type.name = "set";
  set_type.init = set_init;
  set_type.hash = hash_unhashable;
  set_type.inplace[int(BinaryOp::Or)] = set_ior;
  set_type.inplace[int(BinaryOp::And)] = set_iand;
  set_type.inplace[int(BinaryOp::Subtract)] = set_isub;
  set_type.inplace[int(BinaryOp::Xor)] = set_ixor;
  set_type.methods = kSetMethods;
  frozenset_type.name = "frozenset";
  frozenset_type.hash = frozenset_hash;
  frozenset_type.methods = kFrozenSetMethods;
  Type* t = &set_iterator_type;
  t->name = "set_iterator";
  t->basic_size = sizeof(SetIter);
  t->dealloc = set_iter_dealloc;
  t->iter = self_iter;
  t->next = set_iter_next;
  t->methods = kSetIterMethods;
  for (Type* t : {&set_type, &frozenset_type, &set_iterator_type}) register_static_type(t);
}

}  // namespace pytier::light
