// What BaseExceptionGroup does beyond holding its exceptions: split,
// subgroup and derive, and the two steps of `except*` (matching one clause,
// then gathering what the clauses raised into the exception to re-raise).

#include <unordered_set>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

namespace {

bool is_group(Value v) { return exception_check(v) && is_instance_of(v, &exc::BaseExceptionGroup); }
BaseExceptionObject* E(Value v) { return as_exception(v); }
Value exceptions_of(Value group) { return E(group)->fields[1]; }

bool is_exception_class(Value v) { return type_check(v) && is_subtype(as_type(v), &exc::BaseException); }

// How split() and subgroup() pick leaves: by exception type, by a predicate,
// or (for except*) by identity with the leaves some handler re-raised.
struct Matcher {
  enum Kind { Type, Predicate, Identity } kind;
  Value value;
  const std::unordered_set<Object*>* ids = nullptr;
};

bool matcher_of(Value v, Matcher* m) {
  m->value = v;
  if (is_callable(v) && !type_check(v)) {
    m->kind = Matcher::Predicate;
    return true;
  }
  bool ok = is_exception_class(v);
  if (!ok && tuple_check(v)) {
    ok = true;
    for (int64_t i = 0; i < as_tuple(v)->size; ++i) ok = ok && is_exception_class(as_tuple(v)->items[i]);
  }
  if (!ok) {
    type_error("expected a function, exception type or tuple of exception types");
    return false;
  }
  m->kind = Matcher::Type;
  return true;
}

// -1 error, 0 no, 1 yes.
int matches(Value exc, const Matcher& m) {
  switch (m.kind) {
    case Matcher::Type:
      return exception_matches(exc, m.value);
    case Matcher::Predicate: {
      Ref r(call1(m.value, exc));
      return r ? truth(r.get()) : -1;
    }
    case Matcher::Identity:
      return !is_group(exc) && m.ids->count(exc.object()) ? 1 : 0;
  }
  return 0;
}

// The group made by orig.derive(excs), carrying orig's traceback, cause,
// context and notes; None for no exceptions.
Value subset(Value orig, Value excs) {
  if (as_list(excs)->size == 0) return newref(none());
  Value arg = excs;
  Ref group(call_method(orig, str_intern("derive"), &arg, 1));
  if (!group) return Value();
  if (!is_group(group.get())) return type_error("derive must return an instance of BaseExceptionGroup");
  BaseExceptionObject* from = E(orig);
  BaseExceptionObject* to = E(group.get());
  set_slot(&to->traceback, newref(from->traceback ? from->traceback : none()));
  set_slot(&to->context, newref(from->context ? from->context : none()));
  set_slot(&to->cause, newref(from->cause ? from->cause : none()));
  to->suppress_context = true;  // as setting __cause__ does
  // The parts get copies of the notes, so that each can add its own.
  Value notes;
  int found = lookup_attr(orig, names::__notes__, &notes);
  if (found < 0) return Value();
  Ref held(found ? notes : Value());
  if (found && (list_check(notes) || tuple_check(notes))) {
    Ref copy(call1(Value(&list_type), notes));
    if (!copy || setattr(group.get(), names::__notes__, copy.get()) < 0) return Value();
  }
  return group.release();
}

// Splits exc into what matches and the rest (each null for nothing),
// keeping the nesting of groups.
bool split(Value exc, const Matcher& m, bool want_rest, Ref* match, Ref* rest) {
  int is_match = matches(exc, m);
  if (is_match < 0) return false;
  if (is_match) {
    *match = Ref::borrow(exc);
    return true;
  }
  if (!is_group(exc)) {
    if (want_rest) *rest = Ref::borrow(exc);
    return true;
  }
  Ref matched(list_new(0)), others(want_rest ? list_new(0) : Value());
  if (!matched || (want_rest && !others)) return false;
  Tuple* items = as_tuple(exceptions_of(exc));
  for (int64_t i = 0; i < items->size; ++i) {
    Ref part_match, part_rest;
    if (!split(items->items[i], m, want_rest, &part_match, &part_rest)) return false;
    if (part_match && list_append(matched.get(), part_match.get()) < 0) return false;
    if (part_rest && list_append(others.get(), part_rest.get()) < 0) return false;
  }
  Ref match_group(subset(exc, matched.get()));
  if (!match_group) return false;
  if (!is_none(match_group.get())) *match = std::move(match_group);
  if (want_rest) {
    Ref rest_group(subset(exc, others.get()));
    if (!rest_group) return false;
    if (!is_none(rest_group.get())) *rest = std::move(rest_group);
  }
  return true;
}

Value or_none(Ref& r) { return r ? r.release() : newref(none()); }

Value m_split(Value self, const Value* args, size_t, Value) {
  Matcher m;
  if (!matcher_of(args[0], &m)) return Value();
  Ref match, rest;
  if (!split(self, m, true, &match, &rest)) return Value();
  Ref a(or_none(match)), b(or_none(rest));
  return tuple_pack({a.get(), b.get()});
}

Value m_subgroup(Value self, const Value* args, size_t, Value) {
  Matcher m;
  if (!matcher_of(args[0], &m)) return Value();
  Ref match, rest;
  if (!split(self, m, false, &match, &rest)) return Value();
  return or_none(match);
}

Value m_derive(Value self, const Value* args, size_t, Value) {
  return call2(Value(&exc::BaseExceptionGroup), E(self)->fields[0], args[0]);
}

// A new group with message "" around the exceptions of `list` (a sequence).
Value create_group(Value list) {
  Ref message(str_from_ascii(""));
  if (!message) return Value();
  return call2(Value(&exc::BaseExceptionGroup), message.get(), list);
}

void collect_leaves(Value exc, std::unordered_set<Object*>* ids) {
  if (!is_group(exc)) {
    ids->insert(exc.object());
    return;
  }
  Tuple* items = as_tuple(exceptions_of(exc));
  for (int64_t i = 0; i < items->size; ++i) collect_leaves(items->items[i], ids);
}

// Did a handler re-raise (part of) the original rather than raise anew?
// A split part shares the original's traceback, cause and context.
bool same_metadata(Value a, Value b) {
  BaseExceptionObject* x = E(a);
  BaseExceptionObject* y = E(b);
  return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

}  // namespace

const MethodDef kExceptionGroupMethods[] = {
    {"split", m_split, 1, 1},
    {"subgroup", m_subgroup, 1, 1},
    {"derive", m_derive, 1, 1},
    {nullptr, nullptr, 0, 0},
};

bool exception_group_match(Value exc, Value type, Value* match, Value* rest) {
  Value types = type;
  for (int64_t i = 0, n = tuple_check(type) ? as_tuple(type)->size : 1; i < n; ++i) {
    Value t = tuple_check(types) ? as_tuple(types)->items[i] : types;
    if (!is_exception_class(t)) {
      type_error("catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (is_subtype(as_type(t), &exc::BaseExceptionGroup)) {
      type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  }
  int whole = exception_matches(exc, type);
  if (whole < 0) return false;
  if (whole) {
    *rest = newref(none());
    if (is_group(exc)) {
      *match = newref(exc);
      return true;
    }
    // A naked exception matches as a group of one, with its traceback.
    Ref one(tuple_pack({exc}));
    if (!one) return false;
    Value wrapped = create_group(one.get());
    if (!wrapped) return false;
    Value tb = E(exc)->traceback;
    set_slot(&E(wrapped)->traceback, newref(tb ? tb : none()));
    *match = wrapped;
    return true;
  }
  if (is_group(exc)) {
    Matcher m{Matcher::Type, type};
    Ref a, b;
    if (!split(exc, m, true, &a, &b)) return false;
    *match = or_none(a);
    *rest = or_none(b);
    return true;
  }
  *match = newref(none());
  *rest = newref(none());
  return true;
}

Value prep_reraise_star(Value orig, Value excs) {
  List* all = as_list(excs);
  if (all->size == 0) return newref(none());
  // A naked exception was wrapped: one clause at most ran.
  if (!is_group(orig)) return newref(all->items[0]);
  Ref raised(list_new(0)), reraised(list_new(0));
  if (!raised || !reraised) return Value();
  for (int64_t i = 0; i < all->size; ++i) {
    Value e = all->items[i];
    if (is_none(e)) continue;
    if (list_append(same_metadata(e, orig) ? reraised.get() : raised.get(), e) < 0) return Value();
  }
  // The re-raised leaves, in the original's nesting.
  std::unordered_set<Object*> ids;
  for (int64_t i = 0; i < as_list(reraised.get())->size; ++i) collect_leaves(as_list(reraised.get())->items[i], &ids);
  Matcher m{Matcher::Identity, Value(), &ids};
  Ref kept, unused;
  if (!split(orig, m, false, &kept, &unused)) return Value();
  if (as_list(raised.get())->size == 0) return or_none(kept);
  if (kept && list_append(raised.get(), kept.get()) < 0) return Value();
  if (as_list(raised.get())->size == 1) return newref(as_list(raised.get())->items[0]);
  return create_group(raised.get());
}

}  // namespace pytier::light
