#include "light/objects/abstract.h"

#include <vector>

#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/generic_alias.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/objects/union.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

// ------------------------------------------------------------------ calls

Value call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  NativeFn f = type_of(callable)->call;
  if (!f) return type_error("'%s' object is not callable", type_of(callable)->name.c_str());
  // No depth check here: Python frames count themselves in the vm, and the
  // protocols that recurse natively (repr, comparison) count their own.
  return f(callable, args, nargs, kwnames);
}

Value call0(Value callable) { return call(callable, nullptr, 0); }
Value call1(Value callable, Value a) { return call(callable, &a, 1); }
Value call2(Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(callable, args, 2);
}

Value call_tuple_dict(Value callable, Value args_tuple, Value kwargs_dict) {
  Tuple* t = as_tuple(args_tuple);
  if (!kwargs_dict || as_dict(kwargs_dict)->used == 0) return call(callable, t->items, t->size);
  Dict* d = as_dict(kwargs_dict);
  std::vector<Value> all(t->items, t->items + t->size);
  Ref names(tuple_new(d->used));
  if (!names) return Value();
  int64_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (!str_check(k)) return type_error("keywords must be strings");
    as_tuple(names.get())->items[i++] = newref(k);
    all.push_back(v);
  }
  return call(callable, all.data(), t->size, names.get());
}

Value call_method(Value self, Value name, const Value* args, size_t nargs) {
  bool found;
  Value r = call_dunder(self, name, args, nargs, &found);
  if (found) return r;
  Ref f(getattr(self, name));
  if (!f) return Value();
  return call(f.get(), args, nargs);
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

// ------------------------------------------------------------------ attributes

Dict* instance_dict(Value obj, bool create) {
  if (obj.is_small()) return nullptr;
  if (type_check(obj)) return as_type(obj)->dict;
  size_t off = type_of(obj)->dict_offset;
  if (!off) return nullptr;
  auto* slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.object()) + off);
  if (!*slot && create) *slot = dict_new();
  return *slot;
}

namespace {

Value no_attribute(Value obj, Value name) {
  raise_fmt(&exc::AttributeError, "'%.50s' object has no attribute '%U'", type_of(obj)->name.c_str(), name);
  if (thread.exc && exception_check(thread.exc)) {
    auto* e = as_exception(thread.exc);
    set_slot(&e->fields[0], newref(name));
    set_slot(&e->fields[1], newref(obj));
  }
  return Value();
}

}  // namespace

Value generic_getattr(Value obj, Value name) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  Ref keep = Ref::borrow(descr);
  auto get = descr ? type_of(descr)->descr_get : nullptr;
  if (get && type_of(descr)->descr_set) return get(descr, obj, Value(t));
  if (Dict* d = instance_dict(obj, false)) {
    Value v = str_check_exact(name) ? dict_get_str(d, name) : dict_get(d, name);
    if (v) return newref(v);
    if (pending()) return Value();
  }
  if (get) return get(descr, obj, Value(t));
  if (descr) return newref(descr);
  return no_attribute(obj, name);
}

int generic_setattr(Value obj, Value name, Value v) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  Ref keep = Ref::borrow(descr);
  if (descr && type_of(descr)->descr_set) return type_of(descr)->descr_set(descr, obj, v);
  Dict* d = instance_dict(obj, true);
  if (!d) {
    if (!t->dict_offset && pending()) return -1;
    if (descr) {
      attribute_error("'%.50s' object attribute '%U' is read-only", t->name.c_str(), name);
    } else {
      no_attribute(obj, name);
    }
    return -1;
  }
  if (v) return dict_set(d, name, v);
  int r = dict_pop(d, name, nullptr);
  if (r == 0) {
    no_attribute(obj, name);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

Value getattr(Value obj, Value name) {
  if (!str_check(name)) return type_error("attribute name must be string, not '%.200s'", type_of(name)->name.c_str());
  return type_of(obj)->getattr(obj, name);
}

int lookup_attr(Value obj, Value name, Value* out) {
  *out = getattr(obj, name);
  if (*out) return 1;
  if (!matches(&exc::AttributeError)) return -1;
  clear_error();
  return 0;
}

int setattr(Value obj, Value name, Value v) {
  if (!str_check(name)) {
    type_error("attribute name must be string, not '%.200s'", type_of(name)->name.c_str());
    return -1;
  }
  auto f = type_of(obj)->setattr;
  if (!f) {
    type_error("'%s' object has no attributes (%s .%U)", type_of(obj)->name.c_str(), "assign to", name);
    return -1;
  }
  Ref interned(str_intern_steal(newref(name)));
  return f(obj, interned.get(), v);
}

int delattr(Value obj, Value name) { return setattr(obj, name, Value()); }

// ------------------------------------------------------------------ text

Value repr(Value v) {
  UnaryFn f = type_of(v)->repr;
  if (!enter_recursion(" while getting the repr of an object")) return Value();
  Value r = f(v);
  leave_recursion();
  if (r && !str_check(r)) {
    Value e = type_error("__repr__ returned non-string (type %s)", type_of(r)->name.c_str());
    decref(r);
    return e;
  }
  return r;
}

Value str(Value v) {
  if (str_check_exact(v)) return newref(v);
  UnaryFn f = type_of(v)->str;
  if (!enter_recursion(" while getting the str of an object")) return Value();
  Value r = f(v);
  leave_recursion();
  if (r && !str_check(r)) {
    Value e = type_error("__str__ returned non-string (type %s)", type_of(r)->name.c_str());
    decref(r);
    return e;
  }
  return r;
}

Value ascii(Value v) {
  Ref r(repr(v));
  if (!r) return Value();
  Str* s = r.as<Str>();
  if (s->ascii) return r.release();
  std::string out;
  char buf[16];
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (c < 128) out.push_back(char(c));
    else if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c)), out += buf;
    else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c)), out += buf;
    else std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(c)), out += buf;
  }
  return str_from_ascii(out);
}

Value format(Value v, Value spec) {
  Ref empty;
  if (!spec) {
    empty = Ref(str_from_ascii(""));
    spec = empty.get();
  }
  if (str_check_exact(v) && spec.as<Str>()->length == 0) return newref(v);
  Ref r(call_method(v, names::__format__, &spec, 1));
  if (!r) return Value();
  if (!str_check(r.get())) {
    return type_error("__format__ must return a str, not %s", type_of(r.get())->name.c_str());
  }
  return r.release();
}

// ------------------------------------------------------------------ hash, compare

int64_t hash(Value v) {
  if (v.is_small()) return hash_small_int(v.small_value());
  auto f = type_of(v)->hash;
  if (!f) return hash_unhashable(v);
  return f(v);
}

namespace {

const char* const kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                  CompareOp::Ne, CompareOp::Lt, CompareOp::Le};

Value do_compare(Value a, Value b, CompareOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->compare && is_subtype(tb, ta)) {
    checked_reverse = true;
    Value r = tb->compare(b, a, kSwapped[int(op)]);
    if (r != not_implemented()) return r;
    decref(r);
  }
  if (ta->compare) {
    Value r = ta->compare(a, b, op);
    if (r != not_implemented()) return r;
    decref(r);
  }
  if (!checked_reverse && tb->compare) {
    Value r = tb->compare(b, a, kSwapped[int(op)]);
    if (r != not_implemented()) return r;
    decref(r);
  }
  switch (op) {
    case CompareOp::Eq: return newref(py_bool(a == b));
    case CompareOp::Ne: return newref(py_bool(a != b));
    default:
      return type_error("'%s' not supported between instances of '%.100s' and '%.100s'", kCompareSymbols[int(op)],
                        ta->name.c_str(), tb->name.c_str());
  }
}

}  // namespace

Value compare(Value a, Value b, CompareOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = x < y; break;
      case CompareOp::Le: r = x <= y; break;
      case CompareOp::Eq: r = x == y; break;
      case CompareOp::Ne: r = x != y; break;
      case CompareOp::Gt: r = x > y; break;
      case CompareOp::Ge: r = x >= y; break;
    }
    return py_bool(r);
  }
  if (!enter_recursion(" in comparison")) return Value();
  Value r = do_compare(a, b, op);
  leave_recursion();
  return r;
}

int compare_bool(Value a, Value b, CompareOp op) {
  Value r = compare(a, b, op);
  if (!r) return -1;
  if (r == py_true()) return 1;
  if (r == py_false()) return 0;
  int t = truth(r);
  decref(r);
  return t;
}

int equal(Value a, Value b) {
  if (a == b) return 1;
  return compare_bool(a, b, CompareOp::Eq);
}

// ------------------------------------------------------------------ numbers

const char* binary_op_symbol(BinaryOp op) {
  static const char* const kSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  return kSymbols[int(op)];
}

namespace {

Value binary_op1(Value a, Value b, int op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn fa = ta->number[op];
  BinaryFn fb = tb != ta ? tb->number[op] : nullptr;
  if (fb == fa) fb = nullptr;
  if (fa) {
    if (fb && is_subtype(tb, ta)) {
      Value r = fb(a, b);
      if (r != not_implemented()) return r;
      decref(r);
      fb = nullptr;
    }
    Value r = fa(a, b);
    if (r != not_implemented()) return r;
    decref(r);
  }
  if (fb) return fb(a, b);
  return newref(not_implemented());
}

Value binary_error(Value a, Value b, const char* symbol) {
  if (BinaryOp(0) == BinaryOp::Add && std::string_view(symbol) == "<<" ) {}
  return type_error("unsupported operand type(s) for %s: '%.100s' and '%.100s'", symbol, type_of(a)->name.c_str(),
                    type_of(b)->name.c_str());
}

bool bytearray_check(Value v) { return !v.is_small() && is_subtype(type_of(v), &bytearray_type); }

bool is_sequence(Value v) { return str_check(v) || list_check(v) || tuple_check(v) || bytes_check(v) || bytearray_check(v); }

// Sequences concatenate and repeat only after both operands' number slots
// declined (CPython's sq_concat and sq_repeat), so the error is theirs.
// `symbol` is "+" or "+=" and so on.
Value operand_error(Value a, Value b, BinaryOp op, const char* symbol) {
  const char* concat = str_check(a) ? "str" : list_check(a) ? "list" : tuple_check(a) ? "tuple" : nullptr;
  if (op == BinaryOp::Add && concat) {
    return type_error("can only concatenate %s (not \"%.200s\") to %s", concat, type_of(b)->name.c_str(), concat);
  }
  if (op == BinaryOp::Add && (bytes_check(a) || bytearray_check(a))) {
    return type_error("can't concat %.100s to %.100s", type_of(b)->name.c_str(), type_of(a)->name.c_str());
  }
  if (op == BinaryOp::Multiply && (is_sequence(a) || is_sequence(b))) {
    return type_error("can't multiply sequence by non-int of type '%.200s'", type_of(is_sequence(a) ? b : a)->name.c_str());
  }
  return binary_error(a, b, symbol);
}

}  // namespace

Value binary_op(Value a, Value b, BinaryOp op) {
  Value r = binary_op1(a, b, int(op));
  if (r != not_implemented()) return r;
  decref(r);
  if (op == BinaryOp::Rshift && type_of(a)->name == "builtin_function_or_method" && is_callable(a)) {
    Ref n(getattr(a, names::__name__));
    if (n && str_to_utf8(n.get()) == "print") {
      return type_error("unsupported operand type(s) for >>: '%.100s' and '%.100s'. Did you mean \"print(<message>, "
                        "file=<output_stream>)\"?",
                        type_of(a)->name.c_str(), type_of(b)->name.c_str());
    }
    clear_error();
  }
  if (op == BinaryOp::Power) {
    return type_error("unsupported operand type(s) for ** or pow(): '%.100s' and '%.100s'", type_of(a)->name.c_str(),
                      type_of(b)->name.c_str());
  }
  return operand_error(a, b, op, binary_op_symbol(op));
}

Value inplace_op(Value a, Value b, BinaryOp op) {
  if (BinaryFn f = type_of(a)->inplace[int(op)]) {
    Value r = f(a, b);
    if (r != not_implemented()) return r;
    decref(r);
  }
  Value r = binary_op1(a, b, int(op));
  if (r != not_implemented()) return r;
  decref(r);
  std::string symbol = std::string(binary_op_symbol(op)) + "=";
  if (op == BinaryOp::Power) {
    return type_error("unsupported operand type(s) for ** or pow(): '%.100s' and '%.100s'", type_of(a)->name.c_str(),
                      type_of(b)->name.c_str());
  }
  return operand_error(a, b, op, symbol.c_str());
}

Value power(Value a, Value b, Value mod) {
  if (!mod || is_none(mod)) return binary_op(a, b, BinaryOp::Power);
  auto f = type_of(a)->power3;
  if (f) {
    Value r = f(a, b, mod);
    if (r != not_implemented()) return r;
    decref(r);
  } else {
    // A class's __pow__ takes the modulus as its second argument, as CPython's slot_nb_power
    // passes it; pow() with a modulus never tries the reflected __rpow__.
    bool found;
    Value args[2] = {b, mod};
    Value r = call_dunder(a, names::__pow__, args, 2, &found);
    if (found) {
      if (!r || r != not_implemented()) return r;
      decref(r);
    }
  }
  return type_error("unsupported operand type(s) for ** or pow(): '%.100s', '%.100s', '%.100s'",
                    type_of(a)->name.c_str(), type_of(b)->name.c_str(), type_of(mod)->name.c_str());
}

#define UNARY(fn, slot, message)                                                   \
  Value fn(Value v) {                                                              \
    if (auto f = type_of(v)->slot) return f(v);                                    \
    return type_error(message, type_of(v)->name.c_str());                          \
  }
UNARY(negative, neg, "bad operand type for unary -: '%.200s'")
UNARY(positive, pos, "bad operand type for unary +: '%.200s'")
UNARY(invert, invert, "bad operand type for unary ~: '%.200s'")
UNARY(absolute, abs, "bad operand type for abs(): '%.200s'")
#undef UNARY

Value to_index(Value v) {
  if (int_check_exact(v)) return newref(v);
  auto f = type_of(v)->index;
  if (!f) {
    return type_error("'%.200s' object cannot be interpreted as an integer", type_of(v)->name.c_str());
  }
  Value r = f(v);
  if (!r || int_check_exact(r)) return r;
  if (!int_check(r)) {
    Value e = type_error("__index__ returned non-int (type %.200s)", type_of(r)->name.c_str());
    decref(r);
    return e;
  }
  return r;
}

bool index_as_i64(Value v, int64_t* out, Type* overflow) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Ref i(to_index(v));
  if (!i) return false;
  if (int_to_i64(i.get(), out)) return true;
  if (!overflow) {
    *out = int_sign(i.get()) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  raise_fmt(overflow, "cannot fit '%.200s' into an index-sized integer", type_of(v)->name.c_str());
  return false;
}

bool index_as_ssize(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Ref i(to_index(v));
  if (!i) return false;
  if (int_to_i64(i.get(), out)) return true;
  overflow_error("Python int too large to convert to C ssize_t");
  return false;
}

bool index_as_c_int(Value v, int64_t* out) {
  Ref i(to_index(v));
  if (!i) return false;
  if (int_to_i64(i.get(), out) && *out >= INT32_MIN && *out <= INT32_MAX) return true;
  overflow_error("Python int too large to convert to C int");
  return false;
}

// ------------------------------------------------------------------ truth

int truth(Value v) {
  if (v == py_true()) return 1;
  if (v == py_false() || is_none(v)) return 0;
  if (v.is_small()) return v.small_value() != 0;
  Type* t = type_of(v);
  if (t->truth) return t->truth(v);
  if (t->len) {
    int64_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ------------------------------------------------------------------ iteration

namespace {

// iter() over an object with only __getitem__: indexes 0, 1, ... until
// IndexError or StopIteration.
struct SeqIter : Object {
  Value seq;  // null once exhausted
  int64_t index;
};
Type seq_iterator_type;

Value seqiter_next(Value self) {
  auto* it = self.as<SeqIter>();
  if (!it->seq) return Value();
  Ref key(int_from_i64(it->index));
  Value r = getitem(it->seq, key.get());
  if (r) {
    ++it->index;
    return r;
  }
  if (matches(&exc::IndexError) || matches(&exc::StopIteration)) {
    clear_error();
    set_slot(&it->seq, Value());
  }
  return Value();
}

void seqiter_dealloc(Object* o) {
  xdecref(static_cast<SeqIter*>(o)->seq);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

}  // namespace

void init_seq_iterator_type() {
  Type* t = &seq_iterator_type;
  t->name = "iterator";
  t->basic_size = sizeof(SeqIter);
  t->dealloc = seqiter_dealloc;
  t->iter = self_iter;
  t->next = seqiter_next;
  for (Type* t : {&seq_iterator_type}) register_static_type(t);
}

Value iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) {
    Value r = t->iter(v);
    if (r && !type_of(r)->next) {
      Value e = type_error("iter() returned non-iterator of type '%.100s'", type_of(r)->name.c_str());
      decref(r);
      return e;
    }
    return r;
  }
  if (t->getitem && !t->has(Type::kDictSubclass)) {
    auto* it = alloc<SeqIter>(&seq_iterator_type);
    if (!it) return Value();
    it->seq = newref(v);
    return it;
  }
  return type_error("'%.200s' object is not iterable", t->name.c_str());
}

Value iter_next(Value it) {
  auto f = type_of(it)->next;
  if (!f) return type_error("'%.200s' object is not an iterator", type_of(it)->name.c_str());
  return f(it);
}

Value next(Value it) {
  Value r = iter_next(it);
  if (!r && matches(&exc::StopIteration)) clear_error();
  return r;
}

int64_t length(Value v) {
  auto f = type_of(v)->len;
  if (!f) {
    type_error("object of type '%.200s' has no len()", type_of(v)->name.c_str());
    return -1;
  }
  return f(v);
}

int64_t length_hint(Value v, int64_t fallback) {
  if (type_of(v)->len) {
    int64_t n = type_of(v)->len(v);
    if (n >= 0) return n;
    if (!matches(&exc::TypeError)) return -1;
    clear_error();
  }
  Value hint = type_lookup(type_of(v), names::__length_hint__);
  if (!hint) return fallback;
  bool found;
  Ref r(call_dunder(v, names::__length_hint__, nullptr, 0, &found));
  if (!r) {
    if (!matches(&exc::TypeError)) return -1;
    clear_error();
    return fallback;
  }
  if (r.get() == not_implemented()) return fallback;
  int64_t n;
  if (!int_check(r.get())) {
    type_error("__length_hint__ must be an integer, not %.100s", type_of(r.get())->name.c_str());
    return -1;
  }
  if (!int_to_i64(r.get(), &n)) {
    overflow_error("cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    value_error("__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

Value getitem(Value container, Value key) {
  Type* t = type_of(container);
  if (t->getitem) return t->getitem(container, key);
  if (type_check(container)) {
    if (container == Value(&type_type)) return generic_alias(container, &key, 1, Value());
    Value f = type_lookup(as_type(container), names::__class_getitem__);
    if (f) {
      Ref bound(getattr(container, names::__class_getitem__));
      if (!bound) return Value();
      return call1(bound.get(), key);
    }
    Ref n(type_name(as_type(container)));
    return type_error("type '%U' is not subscriptable", n.get());
  }
  return type_error("'%.200s' object is not subscriptable", t->name.c_str());
}

int setitem(Value container, Value key, Value v) {
  auto f = type_of(container)->setitem;
  if (!f) {
    type_error("'%.200s' object does not support item assignment", type_of(container)->name.c_str());
    return -1;
  }
  return f(container, key, v);
}

int delitem(Value container, Value key) {
  auto f = type_of(container)->setitem;
  if (!f) {
    type_error("'%.200s' object does not support item deletion", type_of(container)->name.c_str());
    return -1;
  }
  return f(container, key, Value());
}

int contains(Value container, Value item) {
  if (auto f = type_of(container)->contains) return f(container, item);
  Ref it(iter(container));
  if (!it) {
    if (matches(&exc::TypeError)) {
      clear_error();
      type_error("argument of type '%.200s' is not iterable", type_of(container)->name.c_str());
    }
    return -1;
  }
  for (;;) {
    Ref x(next(it.get()));
    if (!x) return pending() ? -1 : 0;
    int eq = equal(x.get(), item);
    if (eq != 0) return eq;
  }
}

// ------------------------------------------------------------------ types

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  if (Tuple* mro = a->mro ? as_tuple(a->mro) : nullptr) {
    for (int64_t i = 0; i < mro->size; ++i) {
      if (mro->items[i] == Value(b)) return true;
    }
    return false;
  }
  for (Type* t = a->base; t; t = t->base) {
    if (t == b) return true;
  }
  return b == &object_type;
}

bool is_instance_of(Value v, Type* t) { return is_subtype(type_of(v), t); }

namespace {

// A class whose metaclass is exactly type: no __instancecheck__ to consult.
bool plain_class(Value cls) { return type_check(cls) && type_of(cls) == &type_type; }

}  // namespace

int isinstance(Value v, Value cls) {
  if (type_of(v) == cls.object()) return 1;
  if (plain_class(cls)) return is_instance_of(v, as_type(cls));
  if (tuple_check(cls) || union_check(cls)) {
    Tuple* t = as_tuple(union_check(cls) ? cls.as<Union>()->args : cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = isinstance(v, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  Value checker = type_check(cls) || !cls.is_small() ? type_lookup(type_of(cls), names::__instancecheck__) : Value();
  if (checker) {
    bool found;
    Ref r(call_dunder(cls, names::__instancecheck__, &v, 1, &found));
    if (!r) return -1;
    return truth(r.get());
  }
  type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int issubclass(Value derived, Value cls) {
  if (plain_class(cls) && type_check(derived)) return is_subtype(as_type(derived), as_type(cls));
  if (tuple_check(cls) || union_check(cls)) {
    Tuple* t = as_tuple(union_check(cls) ? cls.as<Union>()->args : cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = issubclass(derived, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  Value checker = !cls.is_small() ? type_lookup(type_of(cls), names::__subclasscheck__) : Value();
  if (checker) {
    bool found;
    Ref r(call_dunder(cls, names::__subclasscheck__, &derived, 1, &found));
    if (!r) return -1;
    return truth(r.get());
  }
  if (!type_check(derived)) {
    type_error("issubclass() arg 1 must be a class");
    return -1;
  }
  type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

}  // namespace pytier::light
