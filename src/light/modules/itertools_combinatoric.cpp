// itertools.product, permutations, combinations and
// combinations_with_replacement: index vectors walked over tuples of the
// input, in CPython's order. The result tuple is reused when the caller has
// let go of the previous one, as CPython does.

#include <cstdlib>

#include "light/modules/itertools.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules::itertools {

Type product_type, permutations_type, combinations_type, cwr_type;

namespace {

struct Combinatoric : Object {
  Value pool;        // a tuple (product: a tuple of tuples, one per position)
  int64_t r;         // the length of each result
  int64_t* indices;  // malloc'd: r entries (permutations: len(pool))
  int64_t* cycles;   // malloc'd, permutations only: r entries
  Value result;      // the last tuple handed out, or null before the first
  bool stopped;
};

Value as_tuple_value(Value v) { return tuple_check_exact(v) ? newref(v) : call1(Value(&tuple_type), v); }

int64_t* new_indices(int64_t n) {
  auto* p = static_cast<int64_t*>(std::calloc(size_t(n > 0 ? n : 1), sizeof(int64_t)));
  if (!p) no_memory();
  return p;
}

Value combinatoric_new(Type* type, Value pool, int64_t r, int64_t nindices) {
  if (!fits_allocation(uint64_t(nindices), sizeof(int64_t))) return no_memory();
  auto* c = static_cast<Combinatoric*>(alloc_object(type, type->basic_size));
  if (!c) return Value();
  c->pool = newref(pool);
  c->r = r;
  c->indices = new_indices(nindices);
  if (!c->indices) {
    decref(c);
    return Value();
  }
  return c;
}

void combinatoric_dealloc(Object* o) {
  auto* c = static_cast<Combinatoric*>(o);
  xdecref(c->pool);
  xdecref(c->result);
  std::free(c->indices);
  std::free(c->cycles);
  free_object(o);
}

// The result tuple to update in place: the previous one if nobody else holds
// it, else a copy. Null on error.
Tuple* writable_result(Combinatoric* c) {
  if (c->result.object()->refcount > 1) {
    Tuple* old = as_tuple(c->result);
    Value copy = tuple_from_array(old->items, size_t(old->size));
    if (!copy) return nullptr;
    set_slot(&c->result, copy);
  }
  return as_tuple(c->result);
}

void put(Tuple* t, int64_t i, Value item) { set_slot(&t->items[i], newref(item)); }

// Hands out the result (the iterator keeps its own reference).
Value hand_out(Combinatoric* c) { return newref(c->result); }

Value stop(Combinatoric* c) {
  c->stopped = true;
  return Value();
}

// ---- product

Value product_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  int64_t repeat = 1;
  if (kwnames && as_tuple(kwnames)->size) {
    static const char* const kNames[] = {"repeat"};
    Value a[1];
    if (!bind_keywords("product", args + nargs, 0, kwnames, kNames, 1, a)) return Value();
    if (a[0] && !index_as_ssize(a[0], &repeat)) return Value();
    if (repeat < 0) return value_error("repeat argument cannot be negative");
  }
  if (repeat && nargs > size_t(INT64_MAX / 8 / repeat)) return overflow_error("repeat argument too large");
  int64_t npools = int64_t(nargs) * repeat;
  Ref pools(tuple_new(size_t(npools)));
  if (!pools) return Value();
  Tuple* p = as_tuple(pools.get());
  for (size_t i = 0; i < nargs; ++i) {
    p->items[i] = as_tuple_value(args[i]);
    if (!p->items[i]) return Value();
  }
  for (int64_t i = int64_t(nargs); i < npools; ++i) p->items[i] = newref(p->items[i - int64_t(nargs)]);
  return combinatoric_new(type, pools.get(), npools, npools);
}

Value product_next(Value self) {
  auto* c = self.as<Combinatoric>();
  if (c->stopped) return Value();
  Tuple* pools = as_tuple(c->pool);
  if (!c->result) {
    c->result = tuple_new(size_t(c->r));
    if (!c->result) return Value();
    Tuple* t = as_tuple(c->result);
    for (int64_t i = 0; i < c->r; ++i) {
      Tuple* pool = as_tuple(pools->items[i]);
      if (pool->size == 0) return stop(c);
      t->items[i] = newref(pool->items[0]);
    }
    return hand_out(c);
  }
  Tuple* t = writable_result(c);
  if (!t) return Value();
  // An odometer: the rightmost wheel turns fastest.
  int64_t i = c->r - 1;
  for (; i >= 0; --i) {
    Tuple* pool = as_tuple(pools->items[i]);
    if (++c->indices[i] < pool->size) {
      put(t, i, pool->items[c->indices[i]]);
      break;
    }
    c->indices[i] = 0;
    put(t, i, pool->items[0]);
  }
  return i < 0 ? stop(c) : hand_out(c);
}

// ---- permutations

Value permutations_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"iterable", "r"};
  Value a[2];
  if (!bind_keywords("permutations", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("permutations() missing required argument 'iterable' (pos 1)");
  Ref pool(as_tuple_value(a[0]));
  if (!pool) return Value();
  int64_t n = as_tuple(pool.get())->size, r = n;
  if (a[1] && !is_none(a[1])) {
    if (!int_check(a[1])) return type_error("Expected int as r");
    if (!index_as_ssize(a[1], &r)) return Value();
  }
  if (r < 0) return value_error("r must be non-negative");
  Ref p(combinatoric_new(type, pool.get(), r, n));
  if (!p) return Value();
  auto* c = p.as<Combinatoric>();
  c->cycles = new_indices(r);
  if (!c->cycles) return Value();
  for (int64_t i = 0; i < n; ++i) c->indices[i] = i;
  for (int64_t i = 0; i < r; ++i) c->cycles[i] = n - i;
  c->stopped = r > n;
  return p.release();
}

Value permutations_next(Value self) {
  auto* c = self.as<Combinatoric>();
  if (c->stopped) return Value();
  Tuple* pool = as_tuple(c->pool);
  int64_t n = pool->size, r = c->r;
  if (!c->result) {
    c->result = tuple_new(size_t(r));
    if (!c->result) return Value();
    for (int64_t i = 0; i < r; ++i) as_tuple(c->result)->items[i] = newref(pool->items[c->indices[i]]);
    return hand_out(c);
  }
  if (n == 0) return stop(c);
  Tuple* t = writable_result(c);
  if (!t) return Value();
  int64_t* indices = c->indices;
  int64_t i = r - 1;
  for (; i >= 0; --i) {
    if (--c->cycles[i] == 0) {
      // Rotate indices[i:] left by one.
      int64_t first = indices[i];
      for (int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
      indices[n - 1] = first;
      c->cycles[i] = n - i;
    } else {
      int64_t j = c->cycles[i];
      std::swap(indices[i], indices[n - j]);
      for (int64_t k = i; k < r; ++k) put(t, k, pool->items[indices[k]]);
      break;
    }
  }
  return i < 0 ? stop(c) : hand_out(c);
}

// ---- combinations, combinations_with_replacement

// The (iterable, r) arguments both take; false on error.
bool combination_args(const char* name, const Value* args, size_t nargs, Value kwnames, Ref* pool, int64_t* r) {
  static const char* const kNames[] = {"iterable", "r"};
  Value a[2];
  if (!bind_keywords(name, args, nargs, kwnames, kNames, 2, a)) return false;
  if (!a[0] || !a[1]) {
    type_error("%s() missing required argument '%s' (pos %d)", name, a[0] ? "r" : "iterable", a[0] ? 2 : 1);
    return false;
  }
  *pool = Ref(as_tuple_value(a[0]));
  if (!*pool) return false;
  *r = non_negative(a[1], "r");
  return *r >= 0;
}

Value combinations_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  Ref pool;
  int64_t r;
  if (!combination_args("combinations", args, nargs, kwnames, &pool, &r)) return Value();
  Value v = combinatoric_new(type, pool.get(), r, r);
  if (!v) return Value();
  auto* c = v.as<Combinatoric>();
  for (int64_t i = 0; i < r; ++i) c->indices[i] = i;
  c->stopped = r > as_tuple(pool.get())->size;
  return v;
}

Value combinations_next(Value self) {
  auto* c = self.as<Combinatoric>();
  if (c->stopped) return Value();
  Tuple* pool = as_tuple(c->pool);
  int64_t n = pool->size, r = c->r;
  int64_t* indices = c->indices;
  if (!c->result) {
    c->result = tuple_new(size_t(r));
    if (!c->result) return Value();
    for (int64_t i = 0; i < r; ++i) as_tuple(c->result)->items[i] = newref(pool->items[i]);
    return hand_out(c);
  }
  Tuple* t = writable_result(c);
  if (!t) return Value();
  // The rightmost index not yet at its maximum moves up; those after it follow.
  int64_t i = r - 1;
  while (i >= 0 && indices[i] == i + n - r) --i;
  if (i < 0) return stop(c);
  ++indices[i];
  for (int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
  for (; i < r; ++i) put(t, i, pool->items[indices[i]]);
  return hand_out(c);
}

Value cwr_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  Ref pool;
  int64_t r;
  if (!combination_args("combinations_with_replacement", args, nargs, kwnames, &pool, &r)) return Value();
  Value v = combinatoric_new(type, pool.get(), r, r);
  if (!v) return Value();
  v.as<Combinatoric>()->stopped = as_tuple(pool.get())->size == 0 && r > 0;
  return v;
}

Value cwr_next(Value self) {
  auto* c = self.as<Combinatoric>();
  if (c->stopped) return Value();
  Tuple* pool = as_tuple(c->pool);
  int64_t n = pool->size, r = c->r;
  int64_t* indices = c->indices;
  if (!c->result) {
    c->result = tuple_new(size_t(r));
    if (!c->result) return Value();
    for (int64_t i = 0; i < r; ++i) as_tuple(c->result)->items[i] = newref(pool->items[0]);
    return hand_out(c);
  }
  Tuple* t = writable_result(c);
  if (!t) return Value();
  int64_t i = r - 1;
  while (i >= 0 && indices[i] == n - 1) --i;
  if (i < 0) return stop(c);
  int64_t index = indices[i] + 1;
  for (; i < r; ++i) {
    indices[i] = index;
    put(t, i, pool->items[index]);
  }
  return hand_out(c);
}

}  // namespace

void init_combinatoric_types() {
  define_type(&product_type, "product", sizeof(Combinatoric), combinatoric_dealloc, product_new, product_next);
  define_type(&permutations_type, "permutations", sizeof(Combinatoric), combinatoric_dealloc, permutations_new,
              permutations_next);
  define_type(&combinations_type, "combinations", sizeof(Combinatoric), combinatoric_dealloc, combinations_new,
              combinations_next);
  define_type(&cwr_type, "combinations_with_replacement", sizeof(Combinatoric), combinatoric_dealloc, cwr_new,
              cwr_next);
}

}  // namespace pytier::light::modules::itertools
