// functools._lru_cache_wrapper: the callable lru_cache returns.
//
// The key of a call is built as CPython builds it (a lone int or str
// argument is its own key; otherwise a tuple of the arguments, a marker and
// the keyword pairs, then the types when typed), so that hits and misses
// count the same. A bounded cache maps each key to a slot of a doubly linked
// list, most recently used first, so a hit moves its slot to the front and
// a miss on a full cache reuses the last one.

#include <vector>

#include "light/modules/functools.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/int.h"
#include "light/objects/method.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/runtime/thread.h"

namespace pytier::light::modules {

Type lru_cache_wrapper_type;

namespace {

// Separates the positional arguments from the keyword pairs in a key.
Object keyword_mark;

struct Link {
  Value key;     // owned
  Value result;  // owned
  int64_t prev, next;
};

struct LruCache : Object {
  Value func;                // owned
  Value cache_info_type;     // owned: called as cache_info_type(hits, misses, maxsize, currsize)
  Dict* cache;               // key -> result (unbounded) or key -> slot number (bounded)
  Dict* dict;                // the instance __dict__
  std::vector<Link>* links;  // bounded caches only
  int64_t head;              // the most recently used slot, -1 when empty
  int64_t maxsize;           // -1: unbounded
  int64_t hits, misses;
  bool typed;
};

LruCache* C(Value v) { return v.as<LruCache>(); }

Value make_key(const Value* args, size_t nargs, Value kwnames, bool typed) {
  size_t nkw = kwnames ? size_t(as_tuple(kwnames)->size) : 0;
  if (!typed && nkw == 0) {
    if (nargs == 1 && (str_check_exact(args[0]) || int_check_exact(args[0]))) return newref(args[0]);
    return tuple_from_array(args, nargs);
  }
  size_t size = nargs + (nkw ? 1 + 2 * nkw : 0) + (typed ? nargs + nkw : 0);
  Value key = tuple_new(size);
  if (!key) return Value();
  Value* items = as_tuple(key)->items;
  size_t k = 0;
  for (size_t i = 0; i < nargs; ++i) items[k++] = newref(args[i]);
  if (nkw) {
    items[k++] = newref(Value(&keyword_mark));
    for (size_t i = 0; i < nkw; ++i) {
      items[k++] = newref(as_tuple(kwnames)->items[i]);
      items[k++] = newref(args[nargs + i]);
    }
  }
  if (typed) {
    for (size_t i = 0; i < nargs + nkw; ++i) items[k++] = newref(Value(type_of(args[i])));
  }
  return key;
}

// ---- the bounded cache's list: circular, so the head's prev is the tail

int64_t tail(LruCache* c) { return (*c->links)[size_t(c->head)].prev; }

void push_front(LruCache* c, int64_t slot) {
  std::vector<Link>& links = *c->links;
  Link& l = links[size_t(slot)];
  if (c->head < 0) {
    l.prev = l.next = slot;
  } else {
    int64_t last = tail(c);
    l.prev = last;
    l.next = c->head;
    links[size_t(last)].next = slot;
    links[size_t(c->head)].prev = slot;
  }
  c->head = slot;
}

void move_to_front(LruCache* c, int64_t slot) {
  if (slot == c->head) return;
  if (slot != tail(c)) {
    std::vector<Link>& links = *c->links;
    Link& l = links[size_t(slot)];
    links[size_t(l.prev)].next = l.next;
    links[size_t(l.next)].prev = l.prev;
    push_front(c, slot);
    return;
  }
  c->head = slot;  // the tail becomes the head by turning the circle
}

// Records result under key, reusing the least recently used slot when the
// cache is full.
bool store_bounded(LruCache* c, Value key, Value result) {
  std::vector<Link>& links = *c->links;
  if (int64_t(links.size()) < c->maxsize) {
    int64_t slot = int64_t(links.size());
    if (dict_set(c->cache, key, Value::small(slot)) < 0) return false;
    links.push_back({newref(key), newref(result), -1, -1});
    push_front(c, slot);
    return true;
  }
  int64_t slot = tail(c);
  c->head = slot;
  Link& l = links[size_t(slot)];
  Ref old_key(l.key), old_result(l.result);
  l.key = newref(key);
  l.result = newref(result);
  if (dict_pop(c->cache, old_key.get(), nullptr) < 0) return false;
  return dict_set(c->cache, key, Value::small(slot)) >= 0;
}

Value cached_call(LruCache* c, const Value* args, size_t nargs, Value kwnames) {
  if (c->maxsize == 0) {
    ++c->misses;
    return call(c->func, args, nargs, kwnames);
  }
  Ref key(make_key(args, nargs, kwnames, c->typed));
  if (!key) return Value();
  Value found = dict_get(c->cache, key.get());
  // A key's __eq__ may have cleared the cache during the lookup: a slot
  // number from before counts as a miss.
  if (found && c->maxsize > 0 && found.small_value() >= int64_t(c->links->size())) found = Value();
  if (found) {
    ++c->hits;
    if (c->maxsize < 0) return newref(found);
    int64_t slot = found.small_value();
    move_to_front(c, slot);
    return newref((*c->links)[size_t(slot)].result);
  }
  if (pending()) return Value();
  ++c->misses;
  Ref result(call(c->func, args, nargs, kwnames));
  if (!result) return Value();
  if (c->maxsize < 0) {
    if (dict_set(c->cache, key.get(), result.get()) < 0) return Value();
    return result.release();
  }
  // The call may have cached this key itself (recursion): keep that entry.
  if (dict_get(c->cache, key.get())) return result.release();
  if (pending() || !store_bounded(c, key.get(), result.get())) return Value();
  return result.release();
}

// CPython calls the wrapper through tp_call, which counts a level of
// recursion: a cached recursive function reaches the limit at half depth.
Value lru_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!enter_recursion(" while calling a Python object")) return Value();
  Value r = cached_call(C(self), args, nargs, kwnames);
  leave_recursion();
  return r;
}

// Empties the list, releasing its keys and results from the least recently
// used on, in the order CPython's entries die.
void release_links(LruCache* c) {
  if (!c->links || c->links->empty()) return;
  std::vector<Link> links;
  links.swap(*c->links);
  int64_t slot = links[size_t(c->head)].prev;
  c->head = -1;
  for (size_t n = 0; n < links.size(); ++n) {
    Link& l = links[size_t(slot)];
    slot = l.prev;
    decref(l.key);
    decref(l.result);
  }
}

Value lru_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"user_function", "maxsize", "typed", "cache_info_type"};
  Value bound[4];
  if (!bind_keywords("_lru_cache_wrapper", args, nargs, kwnames, kNames, 4, bound)) return Value();
  for (int i = 0; i < 4; ++i) {
    if (!bound[i]) return type_error("_lru_cache_wrapper() missing required argument '%s' (pos %d)", kNames[i], i + 1);
  }
  if (!is_callable(bound[0])) return type_error("the first argument must be callable");
  int64_t maxsize = -1;
  if (!is_none(bound[1])) {
    if (!int_check(bound[1])) return type_error("maxsize should be integer or None");
    if (!index_as_i64(bound[1], &maxsize, &exc::OverflowError)) return Value();
    if (maxsize < 0) maxsize = 0;
  }
  int typed = truth(bound[2]);
  if (typed < 0) return Value();
  auto* c = static_cast<LruCache*>(alloc_object(type, type->basic_size));
  if (!c) return Value();
  c->func = newref(bound[0]);
  c->cache_info_type = newref(bound[3]);
  c->cache = dict_new();
  c->links = maxsize > 0 ? new std::vector<Link>() : nullptr;
  c->head = -1;
  c->maxsize = maxsize;
  c->typed = typed;
  if (!c->cache) {
    decref(c);
    return Value();
  }
  return c;
}

void lru_dealloc(Object* o) {
  LruCache* c = static_cast<LruCache*>(o);
  if (c->cache) decref(c->cache);
  release_links(c);
  delete c->links;
  xdecref(c->func);
  xdecref(c->cache_info_type);
  if (c->dict) decref(c->dict);
  free_object(o);
}

Value lru_descr_get(Value self, Value obj, Value) {
  if (!obj || is_none(obj)) return newref(self);
  return method_new(self, obj);
}

Value cache_info(Value self, const Value*, size_t, Value) {
  LruCache* c = C(self);
  Ref hits(int_from_i64(c->hits)), misses(int_from_i64(c->misses));
  Ref maxsize(c->maxsize < 0 ? newref(none()) : int_from_i64(c->maxsize));
  Ref size(int_from_i64(c->cache->used));
  if (!hits || !misses || !maxsize || !size) return Value();
  Value args[] = {hits.get(), misses.get(), maxsize.get(), size.get()};
  return call(c->cache_info_type, args, 4);
}

Value cache_clear(Value self, const Value*, size_t, Value) {
  LruCache* c = C(self);
  // Cleared in place: a lookup running a key's __eq__ may hold the dict.
  if (dict_clear(c->cache) < 0) return Value();
  c->hits = c->misses = 0;
  release_links(c);
  return newref(none());
}

Value lru_reduce(Value self, const Value*, size_t, Value) { return getattr(self, names::__qualname__); }

Value lru_self(Value self, const Value*, size_t, Value) { return newref(self); }

const MethodDef kLruMethods[] = {
    {"cache_info", cache_info, 0, 0},
    {"cache_clear", cache_clear, 0, 0},
    {"__reduce__", lru_reduce, 0, 0},
    {"__copy__", lru_self, 0, 0},
    {"__deepcopy__", lru_self, 1, 1},
    {nullptr, nullptr, 0, 0},
};

const GetSetDef kLruGetsets[] = {
    kInstanceDictGetset,
    {nullptr, nullptr, nullptr},
};

}  // namespace

void init_lru_cache_wrapper_type() {
  init_static(&keyword_mark, &object_type);
  Type* t = &lru_cache_wrapper_type;
  t->name = "functools._lru_cache_wrapper";
  t->flags = Type::kBaseType | Type::kMethodDescriptor | Type::kWeakrefable;
  t->basic_size = sizeof(LruCache);
  t->dict_offset = field_offset(&LruCache::dict);
  t->dealloc = lru_dealloc;
  t->new_ = lru_new;
  t->call = lru_call;
  t->descr_get = lru_descr_get;
  t->methods = kLruMethods;
  t->getsets = kLruGetsets;
}

}  // namespace pytier::light::modules
