// The _operator module: each operator as a function (operator.add(a, b) is
// a + b), straight onto the abstract protocols, and the getter types of
// operator_getters.cpp. operator.py adds the dunder aliases.

#include "light/modules/operator.h"
#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

template <BinaryOp kOp>
Value binary(Value, const Value* args, size_t, Value) { return binary_op(args[0], args[1], kOp); }

template <BinaryOp kOp>
Value inplace(Value, const Value* args, size_t, Value) { return inplace_op(args[0], args[1], kOp); }

template <CompareOp kOp>
Value comparison(Value, const Value* args, size_t, Value) { return compare(args[0], args[1], kOp); }

template <Value (*kFn)(Value)>
Value unary(Value, const Value* args, size_t, Value) { return kFn(args[0]); }

Value truth_of(Value, const Value* args, size_t, Value) {
  int t = truth(args[0]);
  return t < 0 ? Value() : newref(py_bool(t));
}

Value not_(Value, const Value* args, size_t, Value) {
  int t = truth(args[0]);
  return t < 0 ? Value() : newref(py_bool(!t));
}

Value is_(Value, const Value* args, size_t, Value) { return newref(py_bool(args[0] == args[1])); }
Value is_not(Value, const Value* args, size_t, Value) { return newref(py_bool(args[0] != args[1])); }

// concat and iconcat take sequences only (what has items and is no dict).
bool check_sequence(Value a) {
  if (type_of(a)->getitem && !dict_check(a)) return true;
  type_error("'%T' object can't be concatenated", a);
  return false;
}

Value concat(Value, const Value* args, size_t, Value) {
  return check_sequence(args[0]) ? binary_op(args[0], args[1], BinaryOp::Add) : Value();
}

Value iconcat(Value, const Value* args, size_t, Value) {
  return check_sequence(args[0]) ? inplace_op(args[0], args[1], BinaryOp::Add) : Value();
}

Value contains_(Value, const Value* args, size_t, Value) {
  int r = contains(args[0], args[1]);
  return r < 0 ? Value() : newref(py_bool(r));
}

Value getitem_(Value, const Value* args, size_t, Value) { return getitem(args[0], args[1]); }

Value setitem_(Value, const Value* args, size_t, Value) {
  return setitem(args[0], args[1], args[2]) < 0 ? Value() : newref(none());
}

Value delitem_(Value, const Value* args, size_t, Value) {
  return delitem(args[0], args[1]) < 0 ? Value() : newref(none());
}

// Walks a's items comparing each with b: the count of equal ones, or the
// index of the first (ValueError when none).
Value search(Value a, Value b, bool count) {
  Ref it(iter(a));
  if (!it) return Value();
  int64_t n = 0;
  for (int64_t i = 0;; ++i) {
    Ref item(next(it.get()));
    if (!item) break;
    int eq = equal(item.get(), b);
    if (eq < 0) return Value();
    if (eq && !count) return int_from_i64(i);
    n += eq;
  }
  if (pending()) return Value();
  if (!count) return value_error("sequence.index(x): x not in sequence");
  return int_from_i64(n);
}

Value count_of(Value, const Value* args, size_t, Value) { return search(args[0], args[1], true); }
Value index_of(Value, const Value* args, size_t, Value) { return search(args[0], args[1], false); }

Value length_hint_(Value, const Value* args, size_t nargs, Value) {
  int64_t fallback = 0;
  if (nargs > 1) {
    if (!int_check(args[1]))
      return type_error("'%T' object cannot be interpreted as an integer", args[1]);
    if (!index_as_i64(args[1], &fallback, &exc::OverflowError)) return Value();
  }
  int64_t n = length_hint(args[0], fallback);
  return n < 0 && pending() ? Value() : int_from_i64(n);
}

Value call_(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0) return type_error("call() missing required argument 'obj' (pos 1)");
  return call(args[0], args + 1, nargs - 1, kwnames);
}

const MethodDef kOperatorFunctions[] = {
    {"lt", comparison<CompareOp::Lt>, 2, 2},
    {"le", comparison<CompareOp::Le>, 2, 2},
    {"eq", comparison<CompareOp::Eq>, 2, 2},
    {"ne", comparison<CompareOp::Ne>, 2, 2},
    {"ge", comparison<CompareOp::Ge>, 2, 2},
    {"gt", comparison<CompareOp::Gt>, 2, 2},
    {"not_", not_, 1, 1},
    {"truth", truth_of, 1, 1},
    {"is_", is_, 2, 2},
    {"is_not", is_not, 2, 2},
    {"abs", unary<absolute>, 1, 1},
    {"index", unary<to_index>, 1, 1},
    {"inv", unary<invert>, 1, 1},
    {"invert", unary<invert>, 1, 1},
    {"neg", unary<negative>, 1, 1},
    {"pos", unary<positive>, 1, 1},
    {"add", binary<BinaryOp::Add>, 2, 2},
    {"and_", binary<BinaryOp::And>, 2, 2},
    {"floordiv", binary<BinaryOp::FloorDivide>, 2, 2},
    {"lshift", binary<BinaryOp::Lshift>, 2, 2},
    {"mod", binary<BinaryOp::Remainder>, 2, 2},
    {"mul", binary<BinaryOp::Multiply>, 2, 2},
    {"matmul", binary<BinaryOp::MatrixMultiply>, 2, 2},
    {"or_", binary<BinaryOp::Or>, 2, 2},
    {"pow", binary<BinaryOp::Power>, 2, 2},
    {"rshift", binary<BinaryOp::Rshift>, 2, 2},
    {"sub", binary<BinaryOp::Subtract>, 2, 2},
    {"truediv", binary<BinaryOp::TrueDivide>, 2, 2},
    {"xor", binary<BinaryOp::Xor>, 2, 2},
    {"iadd", inplace<BinaryOp::Add>, 2, 2},
    {"iand", inplace<BinaryOp::And>, 2, 2},
    {"ifloordiv", inplace<BinaryOp::FloorDivide>, 2, 2},
    {"ilshift", inplace<BinaryOp::Lshift>, 2, 2},
    {"imod", inplace<BinaryOp::Remainder>, 2, 2},
    {"imul", inplace<BinaryOp::Multiply>, 2, 2},
    {"imatmul", inplace<BinaryOp::MatrixMultiply>, 2, 2},
    {"ior", inplace<BinaryOp::Or>, 2, 2},
    {"ipow", inplace<BinaryOp::Power>, 2, 2},
    {"irshift", inplace<BinaryOp::Rshift>, 2, 2},
    {"isub", inplace<BinaryOp::Subtract>, 2, 2},
    {"itruediv", inplace<BinaryOp::TrueDivide>, 2, 2},
    {"ixor", inplace<BinaryOp::Xor>, 2, 2},
    {"concat", concat, 2, 2},
    {"iconcat", iconcat, 2, 2},
    {"contains", contains_, 2, 2},
    {"countOf", count_of, 2, 2},
    {"indexOf", index_of, 2, 2},
    {"getitem", getitem_, 2, 2},
    {"setitem", setitem_, 3, 3},
    {"delitem", delitem_, 2, 2},
    {"length_hint", length_hint_, 1, 2},
    {"call", call_, 0, -1, MethodDef::kKeywords},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_operator() {
  if (!ready_getter_types()) return nullptr;
  Module* m = module_new("_operator");
  if (!m) return nullptr;
  if (!add_functions(m, kOperatorFunctions) || !add_value(m, "itemgetter", newref(Value(&itemgetter_type))) ||
      !add_value(m, "attrgetter", newref(Value(&attrgetter_type))) ||
      !add_value(m, "methodcaller", newref(Value(&methodcaller_type)))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
