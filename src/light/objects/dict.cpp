#include "light/objects/dict.h"

#include <cstdlib>
#include <cstring>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/sequence.h"
#include "light/objects/set.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type dict_type;

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kMinSize = 8;
constexpr int kPerturbShift = 5;

uint64_t next_version = 1;

int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

// Most dicts (instance and keyword dicts) never grow past the minimum size,
// so their key tables are recycled, up to CPython's 80.
constexpr int kFreeKeysMax = 80;
DictKeys* free_keys[kFreeKeysMax];
int free_keys_count;

DictKeys* keys_new(int64_t size) {
  int64_t usable = usable_fraction(size);
  DictKeys* k;
  if (size == kMinSize && free_keys_count > 0) {
    k = free_keys[--free_keys_count];
  } else {
    k = static_cast<DictKeys*>(
        std::malloc(sizeof(DictKeys) + size * sizeof(int32_t) + usable * sizeof(DictEntry)));
    if (!k) return nullptr;
  }
  k->size = size;
  k->usable = usable;
  k->nentries = 0;
  std::memset(k->indices(), 0xff, size * sizeof(int32_t));  // all kEmpty
  return k;
}

void keys_free(DictKeys* k) {
  if (k->size == kMinSize && free_keys_count < kFreeKeysMax) {
    free_keys[free_keys_count++] = k;
    return;
  }
  std::free(k);
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
  keys_free(old);
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

Value dict_get_hinted(Dict* d, Value name, uint64_t* hint) {
  DictKeys* k = d->keys;
  if (*hint < uint64_t(k->nentries) && k->entries()[*hint].key.bits() == name.bits())
    return k->entries()[*hint].value;
  int64_t slot;
  int64_t ix = lookup(d, name, str_hash(name), &slot);
  if (ix < 0) return Value();
  *hint = uint64_t(ix);
  return d->keys->entries()[ix].value;
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

int dict_clear(Dict* d) {
  DictKeys* old = d->keys;
  DictKeys* k = keys_new(kMinSize);
  if (!k) {
    no_memory();
    return -1;
  }
  d->keys = k;
  d->used = 0;
  touch(d, true);
  for (int64_t j = 0; j < old->nentries; ++j) {
    DictEntry& e = old->entries()[j];
    if (!e.key) continue;
    decref(e.key);
    decref(e.value);
  }
  keys_free(old);
  return 0;
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

namespace {

void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  DictKeys* k = d->keys;
  for (int64_t j = 0; j < k->nentries; ++j) {
    DictEntry& e = k->entries()[j];
    if (!e.key) continue;
    decref(e.key);
    decref(e.value);
  }
  keys_free(k);
  free_object(o);
}

Dict* D(Value v) { return as_dict(v); }

Value dict_repr(Value self) {
  Dict* d = D(self);
  if (d->used == 0) return str_from_ascii("{}");
  if (!repr_enter(self)) return str_from_ascii("{...}");
  std::string out = "{";
  int64_t pos = 0;
  Value k, v;
  bool first = true, ok = true;
  while (ok && dict_next(d, &pos, &k, &v)) {
    Ref key = Ref::borrow(k), value = Ref::borrow(v);
    Ref kr(repr(k));
    Ref vr(kr ? repr(v) : Value());
    if (!vr) {
      ok = false;
      break;
    }
    if (!first) out += ", ";
    first = false;
    out += str_to_utf8(kr.get()) + ": " + str_to_utf8(vr.get());
  }
  repr_leave(self);
  if (!ok) return Value();
  return str_from_utf8(out + "}");
}

Value dict_getitem(Value self, Value key) {
  Value v = dict_get(D(self), key);
  if (v) return newref(v);
  if (pending()) return Value();
  if (!dict_check_exact(self)) {
    bool found;
    Value r = call_dunder(self, names::__missing__, &key, 1, &found);
    if (found) return r;
  }
  return key_error(key);
}

int dict_setitem(Value self, Value key, Value v) {
  if (v) return dict_set(D(self), key, v);
  return dict_del(D(self), key);
}

int64_t dict_len(Value self) { return D(self)->used; }

int dict_contains(Value self, Value key) {
  int64_t ix = dict_index_of(D(self), key);
  return ix == -2 ? -1 : ix >= 0;
}

Value dict_compare(Value a, Value b, CompareOp op) {
  if (!dict_check(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return newref(not_implemented());
  Dict* x = D(a);
  Dict* y = D(b);
  bool eq = x->used == y->used;
  int64_t pos = 0;
  Value k, v;
  while (eq && dict_next(x, &pos, &k, &v)) {
    Ref key = Ref::borrow(k), value = Ref::borrow(v);
    Value w = dict_get(y, k);
    if (!w) {
      if (pending()) return Value();
      eq = false;
      break;
    }
    Ref other = Ref::borrow(w);
    int r = equal(v, w);
    if (r < 0) return Value();
    eq = r;
  }
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

Value dict_new_slot(Type* type, const Value*, size_t, Value) {
  Dict* d = static_cast<Dict*>(alloc_object(type, type->basic_size));
  if (!d) return Value();
  d->keys = keys_new(kMinSize);
  if (!d->keys) {
    free_object(d);
    return no_memory();
  }
  touch(d, true);
  return d;
}

int update_from_kwargs(Dict* d, const Value* args, size_t nargs, Value kwnames) {
  if (!kwnames) return 0;
  Tuple* kw = as_tuple(kwnames);
  for (int64_t i = 0; i < kw->size; ++i) {
    if (dict_set(d, kw->items[i], args[nargs + i]) < 0) return -1;
  }
  return 0;
}

int dict_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 1) {
    type_error("dict expected at most 1 argument, got %zd", nargs);
    return -1;
  }
  if (nargs == 1 && dict_update(D(self), args[0]) < 0) return -1;
  return update_from_kwargs(D(self), args, nargs, kwnames);
}

Value dict_iter(Value self);

// ---- methods

Value dict_get_method(Value self, const Value* args, size_t nargs, Value) {
  Value v = dict_get(D(self), args[0]);
  if (v) return newref(v);
  if (pending()) return Value();
  return newref(nargs > 1 ? args[1] : none());
}

Value dict_setdefault(Value self, const Value* args, size_t nargs, Value) {
  Value v = dict_get(D(self), args[0]);
  if (v) return newref(v);
  if (pending()) return Value();
  Value dflt = nargs > 1 ? args[1] : none();
  if (dict_set(D(self), args[0], dflt) < 0) return Value();
  return newref(dflt);
}

Value dict_pop_method(Value self, const Value* args, size_t nargs, Value) {
  Value out;
  int r = dict_pop(D(self), args[0], &out);
  if (r < 0) return Value();
  if (r > 0) return out;
  if (nargs > 1) return newref(args[1]);
  return key_error(args[0]);
}

Value dict_popitem(Value self, const Value*, size_t, Value) {
  Dict* d = D(self);
  if (d->used == 0) return raise_str(&exc::KeyError, "popitem(): dictionary is empty");
  DictKeys* k = d->keys;
  int64_t j = k->nentries - 1;
  while (!k->entries()[j].key) --j;
  Ref key = Ref::borrow(k->entries()[j].key);
  Value v;
  if (dict_pop(d, key.get(), &v) <= 0) return Value();
  Ref value(v);
  // Popped entries at the end are reused, as CPython's popitem shrinks nentries.
  while (k == d->keys && k->nentries > 0 && !k->entries()[k->nentries - 1].key) {
    --k->nentries;
    ++k->usable;
  }
  return tuple_pack({key.get(), value.get()});
}

Value dict_update_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 1) return type_error("update expected at most 1 argument, got %zd", nargs);
  if (nargs == 1 && dict_update(D(self), args[0]) < 0) return Value();
  if (update_from_kwargs(D(self), args, nargs, kwnames) < 0) return Value();
  return newref(none());
}

Value dict_copy_method(Value self, const Value*, size_t, Value) { return Value(dict_copy(D(self))); }

Value dict_clear_method(Value self, const Value*, size_t, Value) {
  if (dict_clear(D(self)) < 0) return Value();
  return newref(none());
}

Value dict_fromkeys(Value cls, const Value* args, size_t nargs, Value) {
  Ref d(call0(cls));
  if (!d) return Value();
  Value v = nargs > 1 ? args[1] : none();
  Ref it(iter(args[0]));
  if (!it) return Value();
  for (;;) {
    Ref k(next(it.get()));
    if (!k) {
      if (pending()) return Value();
      break;
    }
    if (setitem(d.get(), k.get(), v) < 0) return Value();
  }
  return d.release();
}

Value dict_or(Value a, Value b) {
  if (!dict_check(a) || !dict_check(b)) return newref(not_implemented());
  Ref d(Value(dict_copy(D(a))));
  if (!d || dict_update(D(d.get()), b) < 0) return Value();
  return d.release();
}

Value dict_ior(Value a, Value b) {
  if (dict_update(D(a), b) < 0) return Value();
  return newref(a);
}

Value dict_keys(Value self, const Value*, size_t, Value);
Value dict_values(Value self, const Value*, size_t, Value);
Value dict_items(Value self, const Value*, size_t, Value);
Value dict_reversed(Value self, const Value*, size_t, Value);

const MethodDef kDictMethods[] = {
    {"get", dict_get_method, 1, 2},
    {"setdefault", dict_setdefault, 1, 2},
    {"pop", dict_pop_method, 1, 2},
    {"popitem", dict_popitem, 0, 0},
    {"keys", dict_keys, 0, 0},
    {"values", dict_values, 0, 0},
    {"items", dict_items, 0, 0},
    {"update", dict_update_method, 0, -1, MethodDef::kKeywords},
    {"copy", dict_copy_method, 0, 0},
    {"clear", dict_clear_method, 0, 0},
    {"fromkeys", dict_fromkeys, 1, 2, MethodDef::kClass},
    {"__reversed__", dict_reversed, 0, 0},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

// ---- views and iterators

enum class ViewKind : uint8_t { Keys, Values, Items };

struct DictView : Object {
  Value dict;
};

struct DictIter : Object {
  Value dict;  // null once exhausted
  int64_t pos;
  int64_t used;  // the size when iteration started
  int64_t remaining;
  bool reversed;
};

Type* view_types[3];
Type* iter_types[3];
Type* reversed_iter_types[3];

ViewKind kind_of(Type* t, Type* const* table) {
  for (int i = 0; i < 3; ++i) {
    if (table[i] == t) return ViewKind(i);
  }
  return ViewKind::Keys;
}

Value new_iter(Value dict, ViewKind kind, bool reversed) {
  Type* t = (reversed ? reversed_iter_types : iter_types)[int(kind)];
  auto* it = alloc<DictIter>(t);
  if (!it) return Value();
  it->dict = newref(dict);
  it->used = D(dict)->used;
  it->remaining = D(dict)->used;
  it->reversed = reversed;
  it->pos = reversed ? D(dict)->keys->nentries - 1 : 0;
  return it;
}

Value dict_iter(Value self) { return new_iter(self, ViewKind::Keys, false); }

Value dict_iter_next(Value self) {
  auto* it = self.as<DictIter>();
  if (!it->dict) return Value();
  Dict* d = D(it->dict);
  if (d->used != it->used) {
    it->used = -1;
    return raise_str(&exc::RuntimeError, "dictionary changed size during iteration");
  }
  DictKeys* k = d->keys;
  DictEntry* e = nullptr;
  if (it->reversed) {
    while (it->pos >= 0 && !k->entries()[it->pos].key) --it->pos;
    if (it->pos >= 0) e = &k->entries()[it->pos--];
  } else {
    while (it->pos < k->nentries && !k->entries()[it->pos].key) ++it->pos;
    if (it->pos < k->nentries) e = &k->entries()[it->pos++];
  }
  if (!e) {
    set_slot(&it->dict, Value());
    return Value();
  }
  --it->remaining;
  switch (kind_of(it->type, it->reversed ? reversed_iter_types : iter_types)) {
    case ViewKind::Keys: return newref(e->key);
    case ViewKind::Values: return newref(e->value);
    case ViewKind::Items: return tuple_pack({e->key, e->value});
  }
  return Value();
}

Value dict_iter_length_hint(Value self, const Value*, size_t, Value) {
  auto* it = self.as<DictIter>();
  return Value::small(it->dict ? it->remaining : 0);
}

const MethodDef kDictIterMethods[] = {
    {"__length_hint__", dict_iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

void dict_iter_dealloc(Object* o) {
  xdecref(static_cast<DictIter*>(o)->dict);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

Value make_view(Value dict, ViewKind kind) {
  auto* v = alloc<DictView>(view_types[int(kind)]);
  if (!v) return Value();
  v->dict = newref(dict);
  return v;
}

Value dict_keys(Value self, const Value*, size_t, Value) { return make_view(self, ViewKind::Keys); }
Value dict_values(Value self, const Value*, size_t, Value) { return make_view(self, ViewKind::Values); }
Value dict_items(Value self, const Value*, size_t, Value) { return make_view(self, ViewKind::Items); }
Value dict_reversed(Value self, const Value*, size_t, Value) { return new_iter(self, ViewKind::Keys, true); }

ViewKind view_kind(Value v) { return kind_of(type_of(v), view_types); }
Value view_dict(Value v) { return v.as<DictView>()->dict; }

void view_dealloc(Object* o) {
  decref(static_cast<DictView*>(o)->dict);
  free_object(o);
}

int64_t view_len(Value self) { return D(view_dict(self))->used; }

Value view_iter(Value self) { return new_iter(view_dict(self), view_kind(self), false); }

Value view_reversed(Value self, const Value*, size_t, Value) { return new_iter(view_dict(self), view_kind(self), true); }

int view_contains(Value self, Value item) {
  Dict* d = D(view_dict(self));
  switch (view_kind(self)) {
    case ViewKind::Keys: return dict_contains(view_dict(self), item);
    case ViewKind::Values: {
      int64_t pos = 0;
      Value k, v;
      while (dict_next(d, &pos, &k, &v)) {
        int eq = equal(v, item);
        if (eq != 0) return eq;
      }
      return 0;
    }
    case ViewKind::Items: {
      if (!tuple_check(item) || as_tuple(item)->size != 2) return 0;
      Value v = dict_get(d, as_tuple(item)->items[0]);
      if (!v) return pending() ? -1 : 0;
      return equal(v, as_tuple(item)->items[1]);
    }
  }
  return 0;
}

Value view_repr(Value self) {
  if (!repr_enter(self)) return str_from_ascii("...");
  Ref items(list_from_iterable(self));
  Value r;
  if (items) {
    Ref inner(repr(items.get()));
    if (inner) r = format_str("%s(%U)", type_of(self)->name.c_str(), inner.get());
  }
  repr_leave(self);
  return r;
}

// Set operations on keys and items views produce sets. The view may be either
// operand (the other side's slot returned NotImplemented); as CPython's
// dictviews_sub/or/xor, the result is set(left) updated in place from right.
Value view_update_op(Value a, Value b, const char* method) {
  Ref result(set_from_iterable(&set_type, a));
  if (!result) return Value();
  Ref done(call_method(result.get(), str_intern(method), &b, 1));
  if (!done) return Value();
  return result.release();
}
Value view_or(Value a, Value b) { return view_update_op(a, b, "update"); }
Value view_sub(Value a, Value b) { return view_update_op(a, b, "difference_update"); }
Value view_xor(Value a, Value b) { return view_update_op(a, b, "symmetric_difference_update"); }

bool is_set_view(Value v) {
  return type_of(v) == view_types[int(ViewKind::Keys)] || type_of(v) == view_types[int(ViewKind::Items)];
}

// As CPython's _PyDictView_Intersect: the iteration order of the smaller
// operand decides the result's insertion order, which shows in its repr.
Value view_and(Value a, Value b) {
  if (!is_set_view(a)) std::swap(a, b);
  int64_t len_a = view_len(a);
  if (type_of(b) == &set_type) {
    int64_t len_b = length(b);
    if (len_b < 0) return Value();
    if (len_a <= len_b) return call_method(b, str_intern("intersection"), &a, 1);
  }
  if (is_set_view(b) && view_len(b) > len_a) std::swap(a, b);
  Ref result(set_new(&set_type));
  Ref it(iter(b));
  if (!result || !it) return Value();
  for (;;) {
    Ref key(next(it.get()));
    if (!key) return pending() ? Value() : result.release();
    int found = view_contains(a, key.get());
    if (found < 0 || (found && set_add(result.get(), key.get()) < 0)) return Value();
  }
}

Value view_compare(Value a, Value b, CompareOp op) {
  if (view_kind(a) == ViewKind::Values) return newref(not_implemented());
  Ref left(call1(Value(&set_type), a));
  if (!left) return Value();
  Ref right(call1(Value(&set_type), b));
  if (!right) {
    clear_error();
    return newref(not_implemented());
  }
  return compare(left.get(), right.get(), op);
}

const MethodDef kViewMethods[] = {
    {"__reversed__", view_reversed, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Type dict_keys_type, dict_values_type, dict_items_type;
Type dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type;
Type dict_reversekeyiterator_type, dict_reversevalueiterator_type, dict_reverseitemiterator_type;

}  // namespace

int dict_update(Dict* d, Value other) {
  if (dict_check(other)) {
    Dict* src = D(other);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) {
      if (dict_set(d, k, v) < 0) return -1;
    }
    return 0;
  }
  Value keys_fn;
  int has = lookup_attr(other, names::keys, &keys_fn);
  if (has < 0) return -1;
  if (has) {
    Ref f(keys_fn);
    Ref keys(call0(f.get()));
    if (!keys) return -1;
    Ref it(iter(keys.get()));
    if (!it) return -1;
    for (;;) {
      Ref k(next(it.get()));
      if (!k) return pending() ? -1 : 0;
      Ref v(getitem(other, k.get()));
      if (!v || dict_set(d, k.get(), v.get()) < 0) return -1;
    }
  }
  Ref it(iter(other));
  if (!it) return -1;
  for (int64_t n = 0;; ++n) {
    Ref item(next(it.get()));
    if (!item) return pending() ? -1 : 0;
    Ref pair(list_from_iterable(item.get()));
    if (!pair) {
      if (matches(&exc::TypeError)) {
        clear_error();
        type_error("cannot convert dictionary update sequence element #%zd to a sequence", size_t(n));
      }
      return -1;
    }
    List* p = as_list(pair.get());
    if (p->size != 2) {
      value_error("dictionary update sequence element #%zd has length %zd; 2 is required", size_t(n), size_t(p->size));
      return -1;
    }
    if (dict_set(d, p->items[0], p->items[1]) < 0) return -1;
  }
}

void init_dict_types() {
  Type* t = &dict_type;
  t->name = "dict";
  t->basic_size = sizeof(Dict);
  t->flags = Type::kBaseType | Type::kDictSubclass;
  t->dealloc = dict_dealloc;
  t->new_ = dict_new_slot;
  t->init = dict_init;
  t->repr = dict_repr;
  t->hash = hash_unhashable;
  t->compare = dict_compare;
  t->len = dict_len;
  t->contains = dict_contains;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->iter = dict_iter;
  t->number[int(BinaryOp::Or)] = dict_or;
  t->inplace[int(BinaryOp::Or)] = dict_ior;
  t->methods = kDictMethods;

  Type* views[3] = {&dict_keys_type, &dict_values_type, &dict_items_type};
  const char* view_names[3] = {"dict_keys", "dict_values", "dict_items"};
  Type* iters[3] = {&dict_keyiterator_type, &dict_valueiterator_type, &dict_itemiterator_type};
  const char* iter_names[3] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
  Type* riters[3] = {&dict_reversekeyiterator_type, &dict_reversevalueiterator_type, &dict_reverseitemiterator_type};
  const char* riter_names[3] = {"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"};
  for (int i = 0; i < 3; ++i) {
    view_types[i] = views[i];
    iter_types[i] = iters[i];
    reversed_iter_types[i] = riters[i];
    Type* v = views[i];
    v->name = view_names[i];
    v->basic_size = sizeof(DictView);
    v->dealloc = view_dealloc;
    v->len = view_len;
    v->iter = view_iter;
    v->contains = view_contains;
    v->repr = view_repr;
    v->methods = kViewMethods;
    if (i != 1) {
      v->hash = hash_unhashable;
      v->compare = view_compare;
      v->number[int(BinaryOp::And)] = view_and;
      v->number[int(BinaryOp::Or)] = view_or;
      v->number[int(BinaryOp::Subtract)] = view_sub;
      v->number[int(BinaryOp::Xor)] = view_xor;
    }
    for (Type* it : {iters[i], riters[i]}) {
      it->basic_size = sizeof(DictIter);
      it->dealloc = dict_iter_dealloc;
      it->iter = self_iter;
      it->next = dict_iter_next;
      it->methods = kDictIterMethods;
    }
    iters[i]->name = iter_names[i];
    riters[i]->name = riter_names[i];
  }
  for (Type* t : {&dict_type,
                   &dict_keys_type,
                   &dict_values_type,
                   &dict_items_type,
                   &dict_keyiterator_type,
                   &dict_valueiterator_type,
                   &dict_itemiterator_type,
                   &dict_reversekeyiterator_type,
                   &dict_reversevalueiterator_type,
                   &dict_reverseitemiterator_type}) {
    register_static_type(t);
  }
}

}  // namespace pytier::light
