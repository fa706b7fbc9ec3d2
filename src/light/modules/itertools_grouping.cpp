// itertools.groupby with its _grouper, and tee with the _tee iterators that
// share one buffer of the source's items.

#include "light/modules/itertools.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light::modules::itertools {

Type groupby_type, grouper_type, tee_type, tee_data_type;

namespace {

// ---- groupby

struct Groupby : Object {
  Value it;
  Value keyfunc;  // None: the item is its own key
  Value target_key;  // the key of the group handed out last, or null
  Value current_key;  // the key of current_value, or null
  Value current_value;  // the item read ahead, or null
  // The one _grouper that may still read from `it` (borrowed; only compared).
  const void* current_grouper;
};

struct Grouper : Object {
  Value parent;  // the groupby
  Value target_key;
};

Value groupby_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"iterable", "key"};
  Value a[2];
  if (!bind_keywords("groupby", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("groupby() missing required argument 'iterable' (pos 1)");
  Ref it(iter(a[0]));
  if (!it) return Value();
  auto* g = static_cast<Groupby*>(alloc_object(type, type->basic_size));
  if (!g) return Value();
  g->it = it.release();
  g->keyfunc = newref(a[1] ? a[1] : none());
  return g;
}

// Reads the next item and its key into current_value/current_key; false when
// exhausted or on error.
bool groupby_step(Groupby* g) {
  Value value = next(g->it);
  if (!value) return false;
  Value key = is_none(g->keyfunc) ? newref(value) : call1(g->keyfunc, value);
  if (!key) {
    decref(value);
    return false;
  }
  set_slot(&g->current_value, value);
  set_slot(&g->current_key, key);
  return true;
}

Value new_grouper(Value parent, Value target_key) {
  auto* grouper = static_cast<Grouper*>(alloc_object(&grouper_type, sizeof(Grouper)));
  if (!grouper) return Value();
  grouper->parent = newref(parent);
  grouper->target_key = newref(target_key);
  parent.as<Groupby>()->current_grouper = grouper;
  return grouper;
}

Value grouper_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("_grouper() takes no keyword arguments");
  if (!expect_args("_grouper", nargs, 2)) return Value();
  if (!is_instance_of(args[0], &groupby_type)) {
    return type_error("_grouper() argument 1 must be itertools.groupby, not %T", args[0]);
  }
  return new_grouper(args[0], args[1]);
}

Value groupby_next(Value self) {
  auto* g = self.as<Groupby>();
  g->current_grouper = nullptr;
  // Skip what is left of the previous group.
  for (;;) {
    if (g->current_key) {
      if (!g->target_key) break;
      int same = compare_bool(g->target_key, g->current_key, CompareOp::Eq);
      if (same < 0) return Value();
      if (!same) break;
    }
    if (!groupby_step(g)) return Value();
  }
  set_slot(&g->target_key, newref(g->current_key));
  Ref grouper(new_grouper(self, g->target_key));
  return grouper ? tuple_pack({g->current_key, grouper.get()}) : Value();
}

void groupby_dealloc(Object* o) {
  auto* g = static_cast<Groupby*>(o);
  xdecref(g->it);
  xdecref(g->keyfunc);
  xdecref(g->target_key);
  xdecref(g->current_key);
  xdecref(g->current_value);
  free_object(o);
}

Value grouper_next(Value self) {
  auto* grouper = self.as<Grouper>();
  auto* g = grouper->parent.as<Groupby>();
  if (g->current_grouper != grouper) return Value();
  if (!g->current_value && !groupby_step(g)) return Value();
  int same = compare_bool(grouper->target_key, g->current_key, CompareOp::Eq);
  if (same <= 0) return Value();
  Value item = g->current_value;
  g->current_value = Value();
  set_slot(&g->current_key, Value());
  return item;
}

void grouper_dealloc(Object* o) {
  auto* grouper = static_cast<Grouper*>(o);
  xdecref(grouper->parent);
  xdecref(grouper->target_key);
  free_object(o);
}

// ---- tee

// The items read from the source, kLinkCells to a link; the tees walk the
// chain, and a link no tee still needs is freed.
constexpr int kLinkCells = 57;

struct TeeData : Object {
  Value it;
  int read;  // cells filled so far
  bool running;
  Value next_link;  // a TeeData, or null
  Value values[kLinkCells];
};

struct Tee : Object {
  Value data;  // a TeeData
  int index;   // the next cell of data to hand out
};

Value tee_data_new_internal(Value it) {
  auto* d = static_cast<TeeData*>(alloc_object(&tee_data_type, sizeof(TeeData)));
  if (!d) return Value();
  d->it = newref(it);
  return d;
}

// The item in cell i of d, reading it from the source when the lead tee gets
// there first (new reference; null when exhausted or on error).
Value tee_data_item(TeeData* d, int i) {
  if (i < d->read) return newref(d->values[i]);
  if (d->running) return raise_str(&exc::RuntimeError, "cannot re-enter the tee iterator");
  d->running = true;
  Value value = next(d->it);
  d->running = false;
  if (!value) return Value();
  d->values[d->read++] = value;
  return newref(value);
}

void tee_data_dealloc(Object* o) {
  auto* d = static_cast<TeeData*>(o);
  for (int i = 0; i < d->read; ++i) decref(d->values[i]);
  xdecref(d->it);
  Value link = d->next_link;
  free_object(o);
  // Release the chain a link at a time rather than by recursion: a long one
  // would otherwise run the native stack out.
  while (link && link.object()->refcount == 1) {
    auto* n = link.as<TeeData>();
    Value after = n->next_link;
    n->next_link = Value();
    decref(link);
    link = after;
  }
  xdecref(link);
}

Value tee_of(Value data, int index) {
  auto* t = static_cast<Tee*>(alloc_object(&tee_type, sizeof(Tee)));
  if (!t) return Value();
  t->data = newref(data);
  t->index = index;
  return t;
}

// A tee over iterable: a copy when its iterator is a tee already.
Value tee_from_iterable(Value iterable) {
  Ref it(iter(iterable));
  if (!it) return Value();
  if (type_of(it.get()) == &tee_type) {
    auto* t = it.as<Tee>();
    return tee_of(t->data, t->index);
  }
  Ref data(tee_data_new_internal(it.get()));
  return data ? tee_of(data.get(), 0) : Value();
}

Value tee_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("_tee() takes no keyword arguments");
  if (!expect_args("_tee", nargs, 1)) return Value();
  return tee_from_iterable(args[0]);
}

Value tee_next(Value self) {
  auto* t = self.as<Tee>();
  auto* d = t->data.as<TeeData>();
  if (t->index >= kLinkCells) {
    if (!d->next_link) {
      d->next_link = tee_data_new_internal(d->it);
      if (!d->next_link) return Value();
    }
    Value link = newref(d->next_link);
    set_slot(&t->data, link);
    t->index = 0;
    d = link.as<TeeData>();
  }
  Value value = tee_data_item(d, t->index);
  if (value) ++t->index;
  return value;
}

Value tee_copy(Value self, const Value*, size_t, Value) {
  auto* t = self.as<Tee>();
  return tee_of(t->data, t->index);
}

const MethodDef kTeeMethods[] = {
    {"__copy__", tee_copy, 0, 0},
    {nullptr, nullptr, 0, 0},
};

void tee_dealloc(Object* o) {
  xdecref(static_cast<Tee*>(o)->data);
  free_object(o);
}

}  // namespace

Value tee(Value, const Value* args, size_t nargs, Value) {
  int64_t n = 2;
  if (nargs == 2 && !index_as_ssize(args[1], &n)) return Value();
  if (n < 0) return value_error("n must be >= 0");
  Ref result(tuple_new(size_t(n)));
  if (!result || n == 0) return result.release();
  Ref it(iter(args[0]));
  if (!it) return Value();
  Ref copier;
  Value copy_method;
  int found = lookup_attr(it.get(), names::__copy__, &copy_method);
  if (found < 0) return Value();
  Ref first;
  if (found) {
    copier = Ref(copy_method);
    first = std::move(it);
  } else {
    first = Ref(tee_from_iterable(it.get()));
    if (!first) return Value();
    copier = Ref(getattr(first.get(), names::__copy__));
    if (!copier) return Value();
  }
  Tuple* items = as_tuple(result.get());
  items->items[0] = first.release();
  for (int64_t i = 1; i < n; ++i) {
    items->items[i] = call0(copier.get());
    if (!items->items[i]) return Value();
  }
  return result.release();
}

void init_grouping_types() {
  define_type(&groupby_type, "groupby", sizeof(Groupby), groupby_dealloc, groupby_new, groupby_next);
  define_type(&grouper_type, "_grouper", sizeof(Grouper), grouper_dealloc, grouper_new, grouper_next, false);
  define_type(&tee_type, "_tee", sizeof(Tee), tee_dealloc, tee_new, tee_next, false);
  tee_type.methods = kTeeMethods;
  define_type(&tee_data_type, "_tee_dataobject", sizeof(TeeData), tee_data_dealloc, nullptr, nullptr, false);
  tee_data_type.iter = nullptr;
}

}  // namespace pytier::light::modules::itertools
