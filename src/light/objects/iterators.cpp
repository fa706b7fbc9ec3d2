#include "light/objects/iterators.h"

#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type enumerate_type;
Type zip_type;
Type map_type;
Type filter_type;
Type reversed_type;

namespace {

Value self_iter(Value v) { return newref(v); }

bool no_keywords(const char* name, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) {
    type_error("%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

// ---- enumerate

struct Enumerate : Object {
  Value it;
  Value index;  // an int
};

Value enumerate_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"iterable", "start"};
  Value a[2];
  if (!bind_keywords("enumerate", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("enumerate() missing required argument 'iterable' (pos 1)");
  Ref start(a[1] ? to_index(a[1]) : Value::small(0));
  if (!start) return Value();
  Ref it(iter(a[0]));
  if (!it) return Value();
  auto* e = static_cast<Enumerate*>(alloc_object(type, type->basic_size));
  if (!e) return Value();
  e->it = it.release();
  e->index = start.release();
  return e;
}

Value enumerate_next(Value self) {
  auto* e = self.as<Enumerate>();
  Ref item(iter_next(e->it));
  if (!item) return Value();
  Value index = e->index;
  Ref next_index(binary_op(index, Value::small(1), BinaryOp::Add));
  if (!next_index) return Value();
  e->index = next_index.release();
  Ref i(index);
  return tuple_pack({i.get(), item.get()});
}

void enumerate_dealloc(Object* o) {
  auto* e = static_cast<Enumerate*>(o);
  xdecref(e->it);
  xdecref(e->index);
  free_object(o);
}

// ---- zip

struct Zip : Object {
  Value iters;  // a tuple of iterators
  bool strict;
};

Value zip_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  bool strict = false;
  if (kwnames) {
    Tuple* kw = as_tuple(kwnames);
    for (int64_t i = 0; i < kw->size; ++i) {
      if (str_to_utf8(kw->items[i]) != "strict") {
        return type_error("zip() got an unexpected keyword argument '%U'", kw->items[i]);
      }
      int t = truth(args[nargs + i]);
      if (t < 0) return Value();
      strict = t;
    }
  }
  Ref iters(tuple_new(nargs));
  if (!iters) return Value();
  for (size_t i = 0; i < nargs; ++i) {
    Value it = iter(args[i]);
    if (!it) return Value();
    as_tuple(iters.get())->items[i] = it;
  }
  auto* z = static_cast<Zip*>(alloc_object(type, type->basic_size));
  if (!z) return Value();
  z->iters = iters.release();
  z->strict = strict;
  return z;
}

Value zip_next(Value self) {
  auto* z = self.as<Zip>();
  Tuple* its = as_tuple(z->iters);
  if (its->size == 0) return Value();
  Ref result(tuple_new(size_t(its->size)));
  if (!result) return Value();
  for (int64_t i = 0; i < its->size; ++i) {
    Value item = iter_next(its->items[i]);
    if (!item) {
      if (!z->strict) return Value();
      if (pending()) {
        if (!matches(&exc::StopIteration)) return Value();
        clear_error();
      }
      if (i > 0) {
        return value_error("zip() argument %zd is shorter than argument%s%zd", size_t(i + 1), i == 1 ? " " : "s 1-",
                           size_t(i));
      }
      for (int64_t j = 1; j < its->size; ++j) {
        Ref extra(next(its->items[j]));
        if (extra) {
          return value_error("zip() argument %zd is longer than argument%s%zd", size_t(j + 1), j == 1 ? " " : "s 1-",
                             size_t(j));
        }
        if (pending()) return Value();
      }
      return Value();
    }
    as_tuple(result.get())->items[i] = item;
  }
  return result.release();
}

void zip_dealloc(Object* o) {
  xdecref(static_cast<Zip*>(o)->iters);
  free_object(o);
}

// ---- map

struct Map : Object {
  Value func;
  Value iters;  // a tuple of iterators
};

Value map_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords("map", kwnames)) return Value();
  if (nargs < 2) return type_error("map() must have at least two arguments.");
  Ref iters(tuple_new(nargs - 1));
  if (!iters) return Value();
  for (size_t i = 1; i < nargs; ++i) {
    Value it = iter(args[i]);
    if (!it) return Value();
    as_tuple(iters.get())->items[i - 1] = it;
  }
  auto* m = static_cast<Map*>(alloc_object(type, type->basic_size));
  if (!m) return Value();
  m->func = newref(args[0]);
  m->iters = iters.release();
  return m;
}

Value map_next(Value self) {
  auto* m = self.as<Map>();
  Tuple* its = as_tuple(m->iters);
  Value small[4];
  std::vector<Value> big;
  Value* items = small;
  if (its->size > 4) {
    big.resize(size_t(its->size));
    items = big.data();
  }
  int64_t got = 0;
  for (; got < its->size; ++got) {
    items[got] = iter_next(its->items[got]);
    if (!items[got]) break;
  }
  Value r = got == its->size ? call(m->func, items, size_t(got)) : Value();
  for (int64_t i = 0; i < got; ++i) decref(items[i]);
  return r;
}

void map_dealloc(Object* o) {
  auto* m = static_cast<Map*>(o);
  xdecref(m->func);
  xdecref(m->iters);
  free_object(o);
}

// ---- filter

struct Filter : Object {
  Value func;  // None: truthiness of the item itself
  Value it;
};

Value filter_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords("filter", kwnames)) return Value();
  if (nargs != 2) return type_error("filter expected 2 arguments, got %zd", nargs);
  Ref it(iter(args[1]));
  if (!it) return Value();
  auto* f = static_cast<Filter*>(alloc_object(type, type->basic_size));
  if (!f) return Value();
  f->func = newref(args[0]);
  f->it = it.release();
  return f;
}

Value filter_next(Value self) {
  auto* f = self.as<Filter>();
  for (;;) {
    Ref item(iter_next(f->it));
    if (!item) return Value();
    int ok;
    if (is_none(f->func) || f->func == Value(&bool_type)) {
      ok = truth(item.get());
    } else {
      Ref r(call1(f->func, item.get()));
      if (!r) return Value();
      ok = truth(r.get());
    }
    if (ok < 0) return Value();
    if (ok) return item.release();
  }
}

void filter_dealloc(Object* o) {
  auto* f = static_cast<Filter*>(o);
  xdecref(f->func);
  xdecref(f->it);
  free_object(o);
}

// ---- reversed

struct Reversed : Object {
  Value seq;  // null once exhausted
  int64_t index;
};

Value reversed_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (!no_keywords("reversed", kwnames)) return Value();
  if (nargs != 1) return type_error("reversed expected 1 argument, got %zd", nargs);
  Value seq = args[0];
  Value rev = type_lookup(type_of(seq), names::__reversed__);
  if (rev && is_none(rev)) return type_error("'%s' object is not reversible", type_of(seq)->name.c_str());
  if (rev) {
    bool found;
    return call_dunder(seq, names::__reversed__, nullptr, 0, &found);
  }
  if (!type_of(seq)->getitem || !type_of(seq)->len || type_of(seq)->has(Type::kDictSubclass)) {
    return type_error("'%s' object is not reversible", type_of(seq)->name.c_str());
  }
  int64_t n = length(seq);
  if (n < 0) return Value();
  auto* r = static_cast<Reversed*>(alloc_object(type, type->basic_size));
  if (!r) return Value();
  r->seq = newref(seq);
  r->index = n - 1;
  return r;
}

Value reversed_next(Value self) {
  auto* r = self.as<Reversed>();
  if (!r->seq || r->index < 0) {
    set_slot(&r->seq, Value());
    return Value();
  }
  Ref key(int_from_i64(r->index--));
  Value item = getitem(r->seq, key.get());
  if (!item && (matches(&exc::IndexError) || matches(&exc::StopIteration))) {
    clear_error();
    set_slot(&r->seq, Value());
  }
  return item;
}

Value reversed_length_hint(Value self, const Value*, size_t, Value) {
  auto* r = self.as<Reversed>();
  return Value::small(r->seq ? r->index + 1 : 0);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

void reversed_dealloc(Object* o) {
  xdecref(static_cast<Reversed*>(o)->seq);
  free_object(o);
}

}  // namespace

void init_iterator_types() {
  struct Spec {
    Type* type;
    const char* name;
    size_t size;
    void (*dealloc)(Object*);
    NewFn new_;
    UnaryFn next;
  };
  Spec specs[] = {
      {&enumerate_type, "enumerate", sizeof(Enumerate), enumerate_dealloc, enumerate_new, enumerate_next},
      {&zip_type, "zip", sizeof(Zip), zip_dealloc, zip_new, zip_next},
      {&map_type, "map", sizeof(Map), map_dealloc, map_new, map_next},
      {&filter_type, "filter", sizeof(Filter), filter_dealloc, filter_new, filter_next},
      {&reversed_type, "reversed", sizeof(Reversed), reversed_dealloc, reversed_new, reversed_next},
  };
  for (Spec& s : specs) {
    s.type->name = s.name;
    s.type->basic_size = s.size;
    s.type->flags = Type::kBaseType;
    s.type->dealloc = s.dealloc;
    s.type->new_ = s.new_;
    s.type->iter = self_iter;
    s.type->next = s.next;
  }
  reversed_type.methods = kReversedMethods;
  for (Type* t : {&enumerate_type, &zip_type, &map_type, &filter_type, &reversed_type}) register_static_type(t);
}

}  // namespace pytier::light
