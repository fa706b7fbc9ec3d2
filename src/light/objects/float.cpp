#include "light/objects/float.h"

#include <cmath>
#include <string>

#include "light/num/bigint.h"
#include "light/num/float_ops.h"
#include "light/num/float_text.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/complex.h"
#include "light/objects/exceptions.h"
#include "light/objects/format.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type float_type;

bool float_check(Value v) { return !v.is_small() && is_subtype(v.object()->type, &float_type); }

FloatPool float_pool;

Value float_alloc_slow(double d) {
  auto* f = alloc<Float>(&float_type);
  if (!f) return Value();
  f->value = d;
  return f;
}

bool to_double(Value v, double* out) {
  if (float_check(v)) {
    *out = float_value(v);
    return true;
  }
  if (int_check(v)) return int_to_double(v, out);
  Type* t = type_of(v);
  if (t->to_float) {
    Ref r(t->to_float(v));
    if (!r) return false;
    if (!float_check(r.get())) {
      type_error("%s.__float__ returned non-float (type %s)", t->name.c_str(), type_of(r.get())->name.c_str());
      return false;
    }
    *out = float_value(r.get());
    return true;
  }
  if (t->index) {
    Ref i(to_index(v));
    return i && int_to_double(i.get(), out);
  }
  type_error("must be real number, not %s", t->name.c_str());
  return false;
}

Value float_from_text(std::string_view text) {
  double d;
  if (num::parse_float(text, &d)) return float_from_double(d);
  Ref str(str_from_utf8(text));
  if (!str) return Value();
  return raise_fmt(&exc::ValueError, "could not convert string to float: %R", str.get());
}

namespace {

// Both operands as doubles: a float, or an int converted (NotImplemented
// for anything else).
#define CONVERT(v, out)                                       \
  double out;                                                 \
  if (float_check(v)) out = float_value(v);                   \
  else if (int_check(v)) {                                    \
    if (!int_to_double(v, &out)) return Value();              \
  } else                                                      \
    return newref(not_implemented())

Value float_add(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  return float_from_double(x + y);
}
Value float_sub(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  return float_from_double(x - y);
}
Value float_mul(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  return float_from_double(x * y);
}
Value float_div(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  if (y == 0.0) return zero_division_error("float division by zero");
  return float_from_double(x / y);
}

Value float_mod(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  if (y == 0.0) return zero_division_error("float modulo");
  return float_from_double(num::float_mod(x, y));
}

Value float_floordiv(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  if (y == 0.0) return zero_division_error("float floor division by zero");
  double d, m;
  num::float_divmod(x, y, &d, &m);
  return float_from_double(d);
}

Value float_divmod(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  if (y == 0.0) return zero_division_error("float divmod()");
  double d, m;
  num::float_divmod(x, y, &d, &m);
  Ref dv(float_from_double(d)), mv(float_from_double(m));
  if (!dv || !mv) return Value();
  return tuple_pack({dv.get(), mv.get()});
}

Value float_pow(Value a, Value b) {
  CONVERT(a, x);
  CONVERT(b, y);
  double out;
  switch (num::float_pow(x, y, &out)) {
    case num::FloatPowError::None: return float_from_double(out);
    case num::FloatPowError::ZeroToNegative: return zero_division_error("0.0 cannot be raised to a negative power");
    case num::FloatPowError::Complex: {
      Ref ca(complex_from(x, 0.0)), cb(complex_from(y, 0.0));
      if (!ca || !cb) return Value();
      return binary_op(ca.get(), cb.get(), BinaryOp::Power);
    }
    case num::FloatPowError::Overflow: {
      Ref msg(str_from_ascii("Numerical result out of range"));
      if (!msg) return Value();
      Value args[2] = {Value::small(34), msg.get()};
      Ref e(exception_new(&exc::OverflowError, args, 2));
      if (!e) return Value();
      return raise(e.get());
    }
  }
  return Value();
}

Value float_pow3(Value a, Value b, Value m) {
  return type_error("pow() 3rd argument not allowed unless all arguments are integers");
}

Value float_neg(Value v) { return float_from_double(-float_value(v)); }
Value float_pos(Value v) { return float_check_exact(v) ? newref(v) : float_from_double(float_value(v)); }
Value float_abs(Value v) { return float_from_double(std::fabs(float_value(v))); }
int float_truth(Value v) { return float_value(v) != 0.0; }

Value float_to_int(Value v) { return int_from_double(float_value(v)); }

}  // namespace

int64_t hash_double(Value owner, double v) {
  if (!std::isnan(v)) return num::float_hash(v);
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(owner.object()));
  int64_t h = int64_t((y >> 4) | (y << 60));
  return h == -1 ? -2 : h;
}

namespace {

int64_t float_hash(Value v) { return hash_double(v, float_value(v)); }

// Compares a double with an int exactly: -1, 0, 1 (2 for nan: unordered).
int compare_with_int(double x, Value i) {
  int64_t n;
  if (int_to_i64(i, &n) && n > -(int64_t{1} << 53) && n < (int64_t{1} << 53)) {
    if (std::isnan(x)) return 2;
    double y = double(n);
    return x < y ? -1 : x > y;
  }
  int c = num::compare_int_float(int_to_big(i), x);
  return c == 2 ? 2 : -c;
}

Value float_compare(Value a, Value b, CompareOp op) {
  double x = float_value(a);
  int c;
  if (float_check(b)) {
    double y = float_value(b);
    c = std::isnan(x) || std::isnan(y) ? 2 : x < y ? -1 : x > y;
  } else if (int_check(b)) {
    c = compare_with_int(x, b);
  } else {
    return newref(not_implemented());
  }
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c == -1; break;
    case CompareOp::Le: r = c == -1 || c == 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c == 1; break;
    case CompareOp::Ge: r = c == 1 || c == 0; break;
  }
  return newref(py_bool(r));
}

Value float_repr(Value v) { return str_from_ascii(num::float_repr(float_value(v))); }

Value float_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("float() takes no keyword arguments");
  if (nargs > 1) return type_error("float expected at most 1 argument, got %zd", nargs);
  Ref result;
  if (nargs == 0) {
    result = Ref(float_from_double(0.0));
  } else {
    Value x = args[0];
    if (float_check_exact(x)) {
      result = Ref::borrow(x);
    } else if (str_check(x)) {
      result = Ref(float_from_text(str_to_utf8(x)));
    } else if (float_check(x) || int_check(x) || type_of(x)->to_float || type_of(x)->index) {
      double d;
      if (!to_double(x, &d)) return Value();
      result = Ref(float_from_double(d));
    } else if (std::string_view text; bytes_like(x, &text)) {
      double d;
      if (!num::parse_float(text, &d)) return raise_fmt(&exc::ValueError, "could not convert string to float: %R", x);
      result = Ref(float_from_double(d));
    } else {
      return type_error("float() argument must be a string or a real number, not '%s'", type_of(x)->name.c_str());
    }
  }
  if (!result || type == &float_type) return result.release();
  auto* f = static_cast<Float*>(alloc_object(type, type->basic_size));
  if (!f) return Value();
  f->value = float_value(result.get());
  return f;
}

// CPython keeps up to 100 free floats; a larger pool only holds memory a
// burst of temporaries already returned.
constexpr int kFloatPoolMax = 100;

void float_dealloc(Object* o) {
  if (o->type != &float_type || float_pool.size >= kFloatPoolMax) return free_object(o);
  auto* f = static_cast<Float*>(o);
  std::memcpy(&f->value, &float_pool.head, sizeof(Float*));
  float_pool.head = f;
  ++float_pool.size;
}

// ---- methods

Value float_is_integer(Value self, const Value*, size_t, Value) {
  double x = float_value(self);
  return newref(py_bool(std::isfinite(x) && x == std::floor(x)));
}

Value float_trunc(Value self, const Value*, size_t, Value) { return int_from_double(float_value(self)); }
Value float_floor(Value self, const Value*, size_t, Value) { return int_from_double(std::floor(float_value(self))); }
Value float_ceil(Value self, const Value*, size_t, Value) { return int_from_double(std::ceil(float_value(self))); }

Value float_round(Value self, const Value* args, size_t nargs, Value) {
  double x = float_value(self);
  if (nargs == 0 || is_none(args[0])) {
    num::BigInt r;
    if (!num::float_round_to_int(x, &r)) return int_from_double(x);  // raises the inf/nan error
    return int_from_big(std::move(r));
  }
  int64_t nd;
  if (!index_as_i64(args[0], &nd, nullptr)) return Value();
  double out;
  if (!num::float_round(x, nd, &out)) return overflow_error("rounded value too large to represent");
  return float_from_double(out);
}

Value float_as_integer_ratio(Value self, const Value*, size_t, Value) {
  double x = float_value(self);
  if (std::isinf(x)) return overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return value_error("cannot convert NaN to integer ratio");
  num::BigInt n, d;
  num::float_as_integer_ratio(x, &n, &d);
  Ref nv(int_from_big(std::move(n))), dv(int_from_big(std::move(d)));
  if (!nv || !dv) return Value();
  return tuple_pack({nv.get(), dv.get()});
}

Value float_conjugate(Value self, const Value*, size_t, Value) { return float_pos(self); }

Value float_hex(Value self, const Value*, size_t, Value) { return str_from_ascii(num::float_hex(float_value(self))); }

Value float_fromhex(Value cls, const Value* args, size_t, Value) {
  if (!str_check(args[0])) return type_error("fromhex() argument must be str, not %s", type_of(args[0])->name.c_str());
  double d;
  switch (num::float_fromhex(str_to_utf8(args[0]), &d)) {
    case num::FromHexError::Invalid: return value_error("invalid hexadecimal floating-point string");
    case num::FromHexError::Overflow: return overflow_error("hexadecimal value too large to represent as a float");
    case num::FromHexError::None: break;
  }
  Ref f(float_from_double(d));
  if (!f || as_type(cls) == &float_type) return f.release();
  return call1(cls, f.get());
}

Value float_getnewargs(Value self, const Value*, size_t, Value) {
  Ref v(float_pos(self));
  if (!v) return Value();
  return tuple_pack({v.get()});
}


Value float_divmod_method(Value self, const Value* args, size_t, Value) { return float_divmod(self, args[0]); }
Value float_rdivmod_method(Value self, const Value* args, size_t, Value) { return float_divmod(args[0], self); }

const MethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer, 0, 0},
    {"__trunc__", float_trunc, 0, 0},
    {"__floor__", float_floor, 0, 0},
    {"__ceil__", float_ceil, 0, 0},
    {"__round__", float_round, 0, 1},
    {"as_integer_ratio", float_as_integer_ratio, 0, 0},
    {"conjugate", float_conjugate, 0, 0},
    {"hex", float_hex, 0, 0},
    {"fromhex", float_fromhex, 1, 1, MethodDef::kClass},
    {"__getnewargs__", float_getnewargs, 0, 0},
    {"__format__", float_format, 1, 1},
    {"__divmod__", float_divmod_method, 1, 1},
    {"__rdivmod__", float_rdivmod_method, 1, 1},
    {nullptr, nullptr, 0, 0},
};

Value float_real(Value self) { return float_pos(self); }
Value float_imag(Value) { return float_from_double(0.0); }

const GetSetDef kFloatGetsets[] = {
    {"real", float_real, nullptr},
    {"imag", float_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void init_float_type() {
  Type* t = &float_type;
  t->name = "float";
  t->basic_size = sizeof(Float);
  t->flags = Type::kBaseType;
  t->dealloc = float_dealloc;
  t->new_ = float_new;
  t->repr = float_repr;
  t->hash = float_hash;
  t->compare = float_compare;
  t->truth = float_truth;
  t->number[int(BinaryOp::Add)] = float_add;
  t->number[int(BinaryOp::Subtract)] = float_sub;
  t->number[int(BinaryOp::Multiply)] = float_mul;
  t->number[int(BinaryOp::TrueDivide)] = float_div;
  t->number[int(BinaryOp::FloorDivide)] = float_floordiv;
  t->number[int(BinaryOp::Remainder)] = float_mod;
  t->number[int(BinaryOp::Power)] = float_pow;
  t->power3 = float_pow3;
  t->neg = float_neg;
  t->pos = float_pos;
  t->abs = float_abs;
  t->to_int = float_to_int;
  t->to_float = float_pos;
  t->methods = kFloatMethods;
  t->getsets = kFloatGetsets;
  for (Type* t : {&float_type}) register_static_type(t);
}

}  // namespace pytier::light
