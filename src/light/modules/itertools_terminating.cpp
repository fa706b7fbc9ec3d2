// The itertools iterators that end when their input does: accumulate, chain,
// compress, dropwhile, takewhile, filterfalse, islice, pairwise, starmap and
// zip_longest.

#include "light/modules/itertools.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules::itertools {

Type accumulate_type, chain_type, compress_type, dropwhile_type, takewhile_type, filterfalse_type, islice_type,
    pairwise_type, starmap_type, zip_longest_type;

namespace {

// The items of a type that holds a predicate or function and one iterator:
// dropwhile, takewhile, filterfalse and starmap.
struct FuncIter : Object {
  Value func;
  Value it;
  bool done;  // dropwhile: dropping is over; takewhile: taking is over
};

Value func_iter_new(Type* type, Type* base, const char* name, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords(type, base, name, kwnames) || !expect_args(name, nargs, 2)) return Value();
  Ref it(iter(args[1]));
  if (!it) return Value();
  auto* f = static_cast<FuncIter*>(alloc_object(type, type->basic_size));
  if (!f) return Value();
  f->func = newref(args[0]);
  f->it = it.release();
  return f;
}

void func_iter_dealloc(Object* o) {
  auto* f = static_cast<FuncIter*>(o);
  xdecref(f->func);
  xdecref(f->it);
  free_object(o);
}

// -1 error, 0 false, 1 true: the predicate's verdict on item (None and bool
// test the item itself).
int verdict(Value func, Value item) {
  if (is_none(func) || func == Value(&bool_type)) return truth(item);
  Ref r(call1(func, item));
  return r ? truth(r.get()) : -1;
}

// ---- dropwhile, takewhile, filterfalse, starmap

Value dropwhile_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  return func_iter_new(type, &dropwhile_type, "dropwhile", args, nargs, kwnames);
}

Value dropwhile_next(Value self) {
  auto* f = self.as<FuncIter>();
  for (;;) {
    Value item = next(f->it);
    if (!item || f->done) return item;
    Ref r(call1(f->func, item));
    int ok = r ? truth(r.get()) : -1;
    if (ok == 0) {
      f->done = true;
      return item;
    }
    decref(item);
    if (ok < 0) return Value();
  }
}

Value takewhile_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  return func_iter_new(type, &takewhile_type, "takewhile", args, nargs, kwnames);
}

Value takewhile_next(Value self) {
  auto* f = self.as<FuncIter>();
  if (f->done) return Value();
  Value item = next(f->it);
  if (!item) return Value();
  Ref r(call1(f->func, item));
  int ok = r ? truth(r.get()) : -1;
  if (ok > 0) return item;
  decref(item);
  if (ok == 0) f->done = true;
  return Value();
}

Value filterfalse_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  return func_iter_new(type, &filterfalse_type, "filterfalse", args, nargs, kwnames);
}

Value filterfalse_next(Value self) {
  auto* f = self.as<FuncIter>();
  for (;;) {
    Value item = next(f->it);
    if (!item) return Value();
    int ok = verdict(f->func, item);
    if (ok == 0) return item;
    decref(item);
    if (ok < 0) return Value();
  }
}

Value starmap_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  return func_iter_new(type, &starmap_type, "starmap", args, nargs, kwnames);
}

Value starmap_next(Value self) {
  auto* f = self.as<FuncIter>();
  Ref item(next(f->it));
  if (!item) return Value();
  if (!tuple_check_exact(item.get())) {
    item = Ref(call1(Value(&tuple_type), item.get()));
    if (!item) return Value();
  }
  Tuple* t = as_tuple(item.get());
  return call(f->func, t->items, size_t(t->size));
}

// ---- accumulate

struct Accumulate : Object {
  Value it;
  Value func;     // null: addition
  Value initial;  // returned first, then dropped
  Value total;    // null before the first item
};

Value accumulate_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"iterable", "func", "initial"};
  Value a[3];
  if (nargs > 2) return type_error("accumulate() takes at most 2 positional arguments (%zd given)", nargs);
  if (!bind_keywords("accumulate", args, nargs, kwnames, kNames, 3, a)) return Value();
  if (!a[0]) return type_error("accumulate() missing required argument 'iterable' (pos 1)");
  Ref it(iter(a[0]));
  if (!it) return Value();
  auto* acc = static_cast<Accumulate*>(alloc_object(type, type->basic_size));
  if (!acc) return Value();
  acc->it = it.release();
  acc->func = a[1] && !is_none(a[1]) ? newref(a[1]) : Value();
  acc->initial = a[2] && !is_none(a[2]) ? newref(a[2]) : Value();
  return acc;
}

Value accumulate_next(Value self) {
  auto* acc = self.as<Accumulate>();
  if (acc->initial) {
    acc->total = acc->initial;
    acc->initial = Value();
    return newref(acc->total);
  }
  Ref item(next(acc->it));
  if (!item) return Value();
  if (!acc->total) {
    acc->total = newref(item.get());
    return item.release();
  }
  Value total = acc->func ? call2(acc->func, acc->total, item.get()) : binary_op(acc->total, item.get(), BinaryOp::Add);
  if (!total) return Value();
  set_slot(&acc->total, total);
  return newref(total);
}

void accumulate_dealloc(Object* o) {
  auto* acc = static_cast<Accumulate*>(o);
  xdecref(acc->it);
  xdecref(acc->func);
  xdecref(acc->initial);
  xdecref(acc->total);
  free_object(o);
}

// ---- chain

struct Chain : Object {
  Value source;  // iterator over the iterables; null once exhausted
  Value active;  // iterator over the current one, or null
};

Value chain_of(Type* type, Value source) {
  auto* c = static_cast<Chain*>(alloc_object(type, type->basic_size));
  if (!c) {
    decref(source);
    return Value();
  }
  c->source = source;
  return c;
}

Value chain_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords(type, &chain_type, "chain", kwnames)) return Value();
  Ref iterables(tuple_from_array(args, nargs));
  if (!iterables) return Value();
  Value source = iter(iterables.get());
  return source ? chain_of(type, source) : Value();
}

Value chain_from_iterable(Value cls, const Value* args, size_t, Value) {
  Value source = iter(args[0]);
  return source ? chain_of(as_type(cls), source) : Value();
}

Value chain_next(Value self) {
  auto* c = self.as<Chain>();
  while (c->source) {
    if (!c->active) {
      Ref iterable(next(c->source));
      c->active = iterable ? iter(iterable.get()) : Value();
      if (!c->active) {
        set_slot(&c->source, Value());
        return Value();
      }
    }
    Value item = next(c->active);
    if (item || pending()) return item;
    set_slot(&c->active, Value());
  }
  return Value();
}

const MethodDef kChainMethods[] = {
    {"from_iterable", chain_from_iterable, 1, 1, MethodDef::kClass},
    {"__class_getitem__", generic_alias, 1, 1, MethodDef::kClass},
    {nullptr, nullptr, 0, 0},
};

void chain_dealloc(Object* o) {
  auto* c = static_cast<Chain*>(o);
  xdecref(c->source);
  xdecref(c->active);
  free_object(o);
}

// ---- compress

struct Compress : Object {
  Value data;
  Value selectors;
};

Value compress_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"data", "selectors"};
  Value a[2];
  if (!bind_keywords("compress", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("compress() missing required argument 'data' (pos 1)");
  if (!a[1]) return type_error("compress() missing required argument 'selectors' (pos 2)");
  Ref data(iter(a[0]));
  if (!data) return Value();
  Ref selectors(iter(a[1]));
  if (!selectors) return Value();
  auto* c = static_cast<Compress*>(alloc_object(type, type->basic_size));
  if (!c) return Value();
  c->data = data.release();
  c->selectors = selectors.release();
  return c;
}

Value compress_next(Value self) {
  auto* c = self.as<Compress>();
  for (;;) {
    Ref datum(next(c->data));
    if (!datum) return Value();
    Ref selector(next(c->selectors));
    if (!selector) return Value();
    int ok = truth(selector.get());
    if (ok < 0) return Value();
    if (ok) return datum.release();
  }
}

void compress_dealloc(Object* o) {
  auto* c = static_cast<Compress*>(o);
  xdecref(c->data);
  xdecref(c->selectors);
  free_object(o);
}

// ---- islice

struct Islice : Object {
  Value it;  // null once exhausted
  int64_t next_index;  // the index of the next item to return
  int64_t stop;        // -1: no end
  int64_t step;
  int64_t count;       // items read so far
};

constexpr const char* kStopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// islice's reading of an index argument: None gives `none`; anything that
// is not an integer, or does not fit, gives -1 (so the caller's range check
// rejects it).
int64_t islice_index(Value v, int64_t none) {
  if (is_none(v)) return none;
  int64_t n;
  if (!index_as_i64(v, &n, &exc::OverflowError)) {
    clear_error();
    return -1;
  }
  return n;
}

Value islice_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords(type, &islice_type, "islice", kwnames)) return Value();
  if (nargs < 2) return type_error("islice expected at least 2 arguments, got %zd", nargs);
  if (nargs > 4) return type_error("islice expected at most 4 arguments, got %zd", nargs);
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!is_none(args[1]) && (stop = islice_index(args[1], -1)) == -1) return value_error(kStopMessage);
  } else {
    start = islice_index(args[1], 0);
    if (!is_none(args[2]) && (stop = islice_index(args[2], -1)) == -1) return value_error(kStopMessage);
  }
  if (start < 0 || stop < -1) {
    return value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (nargs == 4) step = islice_index(args[3], 1);
  if (step < 1) return value_error("Step for islice() must be a positive integer or None.");
  Ref it(iter(args[0]));
  if (!it) return Value();
  auto* s = static_cast<Islice*>(alloc_object(type, type->basic_size));
  if (!s) return Value();
  s->it = it.release();
  s->next_index = start;
  s->stop = stop;
  s->step = step;
  return s;
}

Value islice_next(Value self) {
  auto* s = self.as<Islice>();
  if (!s->it) return Value();
  while (s->count < s->next_index) {
    Value skipped = next(s->it);
    if (!skipped) {
      set_slot(&s->it, Value());
      return Value();
    }
    decref(skipped);
    ++s->count;
  }
  if (s->stop != -1 && s->count >= s->stop) {
    set_slot(&s->it, Value());
    return Value();
  }
  Value item = next(s->it);
  if (!item) {
    set_slot(&s->it, Value());
    return Value();
  }
  ++s->count;
  int64_t old = s->next_index;
  s->next_index = int64_t(uint64_t(old) + uint64_t(s->step));
  if (s->next_index < old || (s->stop != -1 && s->next_index > s->stop)) s->next_index = s->stop;
  return item;
}

void islice_dealloc(Object* o) {
  xdecref(static_cast<Islice*>(o)->it);
  free_object(o);
}

// ---- pairwise

struct Pairwise : Object {
  Value it;   // null once exhausted
  Value old;  // the previous item, or null
};

Value pairwise_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords(type, &pairwise_type, "pairwise", kwnames) || !expect_args("pairwise", nargs, 1)) return Value();
  Ref it(iter(args[0]));
  if (!it) return Value();
  auto* p = static_cast<Pairwise*>(alloc_object(type, type->basic_size));
  if (!p) return Value();
  p->it = it.release();
  return p;
}

Value pairwise_next(Value self) {
  auto* p = self.as<Pairwise>();
  if (!p->it) return Value();
  if (!p->old) {
    p->old = next(p->it);
    if (!p->old) {
      set_slot(&p->it, Value());
      return Value();
    }
  }
  Value item = next(p->it);
  if (!item) {
    set_slot(&p->it, Value());
    set_slot(&p->old, Value());
    return Value();
  }
  Value result = tuple_pack({p->old, item});
  set_slot(&p->old, item);
  return result;
}

void pairwise_dealloc(Object* o) {
  auto* p = static_cast<Pairwise*>(o);
  xdecref(p->it);
  xdecref(p->old);
  free_object(o);
}

// ---- zip_longest

struct ZipLongest : Object {
  Value iters;  // a tuple of iterators; an exhausted one is replaced by None
  int64_t active;
  Value fillvalue;
};

Value zip_longest_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  Value fillvalue = none();
  if (kwnames && as_tuple(kwnames)->size) {
    Tuple* kw = as_tuple(kwnames);
    if (kw->size != 1 || str_to_utf8(kw->items[0]) != "fillvalue") {
      return type_error("zip_longest() got an unexpected keyword argument");
    }
    fillvalue = args[nargs];
  }
  Ref iters(tuple_new(nargs));
  if (!iters) return Value();
  for (size_t i = 0; i < nargs; ++i) {
    Value it = iter(args[i]);
    if (!it) return Value();
    as_tuple(iters.get())->items[i] = it;
  }
  auto* z = static_cast<ZipLongest*>(alloc_object(type, type->basic_size));
  if (!z) return Value();
  z->iters = iters.release();
  z->active = int64_t(nargs);
  z->fillvalue = newref(fillvalue);
  return z;
}

Value zip_longest_next(Value self) {
  auto* z = self.as<ZipLongest>();
  Tuple* its = as_tuple(z->iters);
  if (its->size == 0 || z->active == 0) return Value();
  Ref result(tuple_new(size_t(its->size)));
  if (!result) return Value();
  for (int64_t i = 0; i < its->size; ++i) {
    Value item;
    if (is_none(its->items[i])) {
      item = newref(z->fillvalue);
    } else {
      item = next(its->items[i]);
      if (!item) {
        if (--z->active == 0 || pending()) {
          z->active = 0;
          return Value();
        }
        set_slot(&its->items[i], none());
        item = newref(z->fillvalue);
      }
    }
    as_tuple(result.get())->items[i] = item;
  }
  return result.release();
}

void zip_longest_dealloc(Object* o) {
  auto* z = static_cast<ZipLongest*>(o);
  xdecref(z->iters);
  xdecref(z->fillvalue);
  free_object(o);
}

}  // namespace

void init_terminating_types() {
  define_type(&accumulate_type, "accumulate", sizeof(Accumulate), accumulate_dealloc, accumulate_new, accumulate_next);
  define_type(&chain_type, "chain", sizeof(Chain), chain_dealloc, chain_new, chain_next);
  chain_type.methods = kChainMethods;
  define_type(&compress_type, "compress", sizeof(Compress), compress_dealloc, compress_new, compress_next);
  define_type(&dropwhile_type, "dropwhile", sizeof(FuncIter), func_iter_dealloc, dropwhile_new, dropwhile_next);
  define_type(&takewhile_type, "takewhile", sizeof(FuncIter), func_iter_dealloc, takewhile_new, takewhile_next);
  define_type(&filterfalse_type, "filterfalse", sizeof(FuncIter), func_iter_dealloc, filterfalse_new,
              filterfalse_next);
  define_type(&starmap_type, "starmap", sizeof(FuncIter), func_iter_dealloc, starmap_new, starmap_next);
  define_type(&islice_type, "islice", sizeof(Islice), islice_dealloc, islice_new, islice_next);
  define_type(&pairwise_type, "pairwise", sizeof(Pairwise), pairwise_dealloc, pairwise_new, pairwise_next);
  define_type(&zip_longest_type, "zip_longest", sizeof(ZipLongest), zip_longest_dealloc, zip_longest_new,
              zip_longest_next);
}

}  // namespace pytier::light::modules::itertools
