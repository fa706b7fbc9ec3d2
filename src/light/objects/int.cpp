#include "light/objects/int.h"

#include <cmath>
#include <new>
#include <string>

#include "light/num/hash.h"
#include "light/num/int_text.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/format.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type int_type;
Type bool_type;
BoolObject true_object;
BoolObject false_object;

namespace {

using num::BigInt;

// A heap int of `type` (int or a subclass) holding v.
Value heap_int(Type* type, BigInt v) {
  Object* o = alloc_object(type, type->basic_size);
  if (!o) return Value();
  new (&static_cast<IntObject*>(o)->value) BigInt(std::move(v));
  return o;
}

const BigInt& heap_value(Value v) { return v.as<IntObject>()->value; }

bool is_bool(Value v) { return !v.is_small() && v.object()->type == &bool_type; }

}  // namespace

int64_t hash_small_int(int64_t i) { return num::int64_hash(i); }

Value int_from_i64(int64_t i) {
  if (Value::fits_small(i)) return Value::small(i);
  return heap_int(&int_type, BigInt(i));
}

Value int_from_u64(uint64_t u) {
  if (u <= uint64_t(Value::kSmallMax)) return Value::small(int64_t(u));
  return heap_int(&int_type, BigInt::from_u64(u));
}

Value int_from_big(BigInt v) {
  int64_t i;
  if (v.to_int64(&i) && Value::fits_small(i)) return Value::small(i);
  return heap_int(&int_type, std::move(v));
}

BigInt int_to_big(Value v) {
  if (v.is_small()) return BigInt(v.small_value());
  if (is_bool(v)) return BigInt(v == py_true() ? 1 : 0);
  return heap_value(v);
}

bool int_to_i64(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (is_bool(v)) {
    *out = v == py_true();
    return true;
  }
  return heap_value(v).to_int64(out);
}

bool int_to_double(Value v, double* out) {
  int64_t i;
  if (int_to_i64(v, &i) && i > -(int64_t{1} << 53) && i < (int64_t{1} << 53)) {
    *out = double(i);
    return true;
  }
  if (!int_to_big(v).to_double(out)) {
    overflow_error("int too large to convert to float");
    return false;
  }
  return true;
}

int int_sign(Value v) {
  int64_t i;
  if (int_to_i64(v, &i)) return i < 0 ? -1 : i > 0;
  return heap_value(v).sign();
}

std::string int_to_decimal(Value v) {
  int64_t i;
  if (int_to_i64(v, &i)) return std::to_string(i);
  return heap_value(v).to_string(10);
}

Value int_from_decimal(std::string_view digits) {
  BigInt v;
  if (!BigInt::from_digits(digits, 10, &v)) return value_error("invalid int literal");
  return int_from_big(std::move(v));
}

Value int_from_text(std::string_view text, int base) {
  BigInt v;
  size_t count = 0;
  switch (num::parse_int(text, base, num::int_max_str_digits(), &v, &count)) {
    case num::IntParseError::None: return int_from_big(std::move(v));
    case num::IntParseError::Invalid: {
      Ref s(str_from_utf8(text));
      Ref r(s ? repr(s.get()) : Value());
      if (!r) return Value();
      return raise_str(&exc::ValueError, num::invalid_int_literal_message(base, str_to_utf8(r.get())).c_str());
    }
    case num::IntParseError::TooManyDigits:
      return raise_str(&exc::ValueError, num::int_parse_limit_message(count, num::int_max_str_digits()).c_str());
  }
  return Value();
}

Value int_from_double(double d) {
  if (std::isinf(d)) return overflow_error("cannot convert float infinity to integer");
  if (std::isnan(d)) return value_error("cannot convert float NaN to integer");
  if (d > -4e18 && d < 4e18) return int_from_i64(int64_t(d));
  BigInt v;
  if (!BigInt::from_double(d, &v)) return overflow_error("cannot convert float infinity to integer");
  return int_from_big(std::move(v));
}

namespace {

#define BOTH_INTS(a, b) \
  if (!int_check(a) || !int_check(b)) return newref(not_implemented())

Value int_add(Value a, Value b) {
  if (a.is_small() && b.is_small()) return int_from_i64(a.small_value() + b.small_value());
  BOTH_INTS(a, b);
  return int_from_big(int_to_big(a) + int_to_big(b));
}

Value int_sub(Value a, Value b) {
  if (a.is_small() && b.is_small()) return int_from_i64(a.small_value() - b.small_value());
  BOTH_INTS(a, b);
  return int_from_big(int_to_big(a) - int_to_big(b));
}

Value int_mul(Value a, Value b) {
  if (a.is_small() && b.is_small()) {
    int64_t r;
    if (!__builtin_mul_overflow(a.small_value(), b.small_value(), &r)) return int_from_i64(r);
  }
  BOTH_INTS(a, b);
  return int_from_big(int_to_big(a) * int_to_big(b));
}

// Floor division and modulo of small ints, Python-style.
int64_t floor_div(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return q;
}
int64_t floor_mod(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

Value int_floordiv(Value a, Value b) {
  if (a.is_small() && b.is_small() && b.small_value() != 0) {
    return int_from_i64(floor_div(a.small_value(), b.small_value()));
  }
  BOTH_INTS(a, b);
  BigInt q;
  if (!BigInt::divmod(int_to_big(a), int_to_big(b), &q, nullptr)) {
    return zero_division_error("integer division or modulo by zero");
  }
  return int_from_big(std::move(q));
}

Value int_mod(Value a, Value b) {
  if (a.is_small() && b.is_small() && b.small_value() != 0) {
    return Value::small(floor_mod(a.small_value(), b.small_value()));
  }
  BOTH_INTS(a, b);
  BigInt r;
  if (!BigInt::divmod(int_to_big(a), int_to_big(b), nullptr, &r)) return zero_division_error("integer modulo by zero");
  return int_from_big(std::move(r));
}

Value int_divmod(Value a, Value b) {
  BOTH_INTS(a, b);
  BigInt q, r;
  if (!BigInt::divmod(int_to_big(a), int_to_big(b), &q, &r)) {
    return zero_division_error("integer division or modulo by zero");
  }
  Ref qv(int_from_big(std::move(q)));
  Ref rv(int_from_big(std::move(r)));
  if (!qv || !rv) return Value();
  return tuple_pack({qv.get(), rv.get()});
}

Value int_truediv(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x, y;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (int_to_i64(a, &x) && int_to_i64(b, &y) && x > -kExact && x < kExact && y > -kExact && y < kExact) {
    if (y == 0) return zero_division_error("division by zero");
    return float_from_double(double(x) / double(y));
  }
  double out;
  switch (BigInt::true_divide(int_to_big(a), int_to_big(b), &out)) {
    case BigInt::DivError::ZeroDivision: return zero_division_error("division by zero");
    case BigInt::DivError::Overflow: return overflow_error("integer division result too large for a float");
    case BigInt::DivError::None: break;
  }
  return float_from_double(out);
}

Value int_pow(Value a, Value b) {
  BOTH_INTS(a, b);
  if (int_sign(b) < 0) {
    double x, y;
    if (!int_to_double(a, &x) || !int_to_double(b, &y)) return Value();
    Ref fa(float_from_double(x)), fb(float_from_double(y));
    if (!fa || !fb) return Value();
    return float_type.number[int(BinaryOp::Power)](fa.get(), fb.get());
  }
  int64_t e;
  if (!int_to_i64(b, &e)) {
    BigInt base = int_to_big(a);
    if (base.is_zero() || base == BigInt(1)) return newref(a.is_small() ? a : int_from_big(base));
    if (base == BigInt(-1)) return Value::small(int_to_big(b).is_odd() ? -1 : 1);
    return no_memory();
  }
  int64_t x;
  if (int_to_i64(a, &x)) {
    // Square-and-multiply while the result stays in int64.
    int64_t result = 1, base = x;
    uint64_t n = uint64_t(e);
    bool overflow = false;
    while (n && !overflow) {
      if (n & 1) overflow = __builtin_mul_overflow(result, base, &result);
      n >>= 1;
      if (n && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return int_from_i64(result);
  }
  return int_from_big(BigInt::pow(int_to_big(a), uint64_t(e)));
}

Value int_pow3(Value a, Value b, Value m) {
  if (!int_check(a) || !int_check(b) || !int_check(m)) {
    if (float_check(a) || float_check(b) || float_check(m)) {
      return type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return newref(not_implemented());
  }
  BigInt out;
  switch (BigInt::pow_mod(int_to_big(a), int_to_big(b), int_to_big(m), &out)) {
    case BigInt::PowModError::ZeroModulus: return value_error("pow() 3rd argument cannot be 0");
    case BigInt::PowModError::NotInvertible: return value_error("base is not invertible for the given modulus");
    case BigInt::PowModError::None: break;
  }
  return int_from_big(std::move(out));
}

Value int_lshift(Value a, Value b) {
  BOTH_INTS(a, b);
  if (int_sign(b) < 0) return value_error("negative shift count");
  int64_t n;
  if (!int_to_i64(b, &n)) return overflow_error("too many digits in integer");
  if (a.is_small() && n < 62) {
    int64_t x = a.small_value();
    int64_t r = int64_t(uint64_t(x) << n);
    if ((r >> n) == x) return int_from_i64(r);
  }
  if (int_sign(a) == 0) return Value::small(0);
  return int_from_big(int_to_big(a) << uint64_t(n));
}

Value int_rshift(Value a, Value b) {
  BOTH_INTS(a, b);
  if (int_sign(b) < 0) return value_error("negative shift count");
  int64_t n;
  if (!int_to_i64(b, &n)) return Value::small(int_sign(a) < 0 ? -1 : 0);
  if (a.is_small()) return Value::small(n >= 63 ? (a.small_value() < 0 ? -1 : 0) : a.small_value() >> n);
  return int_from_big(int_to_big(a) >> uint64_t(n));
}

#define BITWISE(fn, op)                                                                  \
  Value fn(Value a, Value b) {                                                           \
    if (a.is_small() && b.is_small()) return Value::small(a.small_value() op b.small_value()); \
    BOTH_INTS(a, b);                                                                     \
    int64_t x, y;                                                                        \
    if (int_to_i64(a, &x) && int_to_i64(b, &y)) return int_from_i64(x op y);             \
    return int_from_big(int_to_big(a) op int_to_big(b));                                 \
  }
BITWISE(int_and, &)
BITWISE(int_or, |)
BITWISE(int_xor, ^)
#undef BITWISE

Value int_neg(Value v) {
  int64_t i;
  if (int_to_i64(v, &i) && i != INT64_MIN) return int_from_i64(-i);
  return int_from_big(-int_to_big(v));
}

Value int_pos(Value v) {
  if (int_check_exact(v)) return newref(v);
  return int_from_big(int_to_big(v));
}

Value int_abs(Value v) { return int_sign(v) < 0 ? int_neg(v) : int_pos(v); }

Value int_invert(Value v) {
  int64_t i;
  if (int_to_i64(v, &i)) return int_from_i64(~i);
  return int_from_big(~int_to_big(v));
}

int int_truth(Value v) { return int_sign(v) != 0; }

int64_t int_hash(Value v) {
  int64_t i;
  if (int_to_i64(v, &i)) return hash_small_int(i);
  return heap_value(v).hash();
}

Value int_compare(Value a, Value b, CompareOp op) {
  BOTH_INTS(a, b);
  int64_t x, y;
  int c;
  if (int_to_i64(a, &x) && int_to_i64(b, &y)) c = x < y ? -1 : x > y;
  else c = compare(int_to_big(a), int_to_big(b));
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return newref(py_bool(r));
}

Value int_repr(Value v) {
  int64_t i;
  if (int_to_i64(v, &i)) return str_from_ascii(std::to_string(i));
  std::string text;
  if (!num::int_to_string(heap_value(v), 10, num::int_max_str_digits(), &text)) {
    return raise_str(&exc::ValueError, num::int_str_limit_message(num::int_max_str_digits()).c_str());
  }
  return str_from_ascii(text);
}

Value int_to_float_slot(Value v) {
  double d;
  if (!int_to_double(v, &d)) return Value();
  return float_from_double(d);
}

// int(b'...', base): the message shows the digits as a bytes literal, whatever
// the bytes-like argument was (as CPython's _PyLong_FromBytes).
Value int_from_bytes_text(std::string_view data, int base) {
  BigInt v;
  size_t count;
  if (num::parse_int_bytes(data, base, num::int_max_str_digits(), &v, &count) == num::IntParseError::None) {
    return int_from_big(std::move(v));
  }
  Ref literal(bytes_from(data));
  if (!literal) return Value();
  Ref r(repr(literal.get()));
  if (!r) return Value();
  return raise_str(&exc::ValueError, num::invalid_int_literal_message(base, str_to_utf8(r.get())).c_str());
}

Value int_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"", "base"};
  Value a[2];
  if (!bind_keywords("int", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (nargs > 2) return type_error("int() takes at most 2 arguments (%zd given)", nargs);
  Ref result;
  Value x = a[0], base = a[1];
  if (!x) {
    if (base) return type_error("int() missing string argument");
    result = Ref(Value::small(0));
  } else if (base) {
    int64_t b;
    if (!index_as_i64(base, &b, nullptr)) return Value();
    if (b != 0 && (b < 2 || b > 36)) return value_error("int() base must be >= 2 and <= 36, or 0");
    if (str_check(x)) {
      result = Ref(int_from_text(str_to_utf8(x), int(b)));
    } else if (std::string_view data; bytes_like(x, &data)) {
      result = Ref(int_from_bytes_text(data, int(b)));
    } else {
      return type_error("int() can't convert non-string with explicit base");
    }
  } else if (int_check(x)) {
    result = Ref(int_check_exact(x) ? newref(x) : int_from_big(int_to_big(x)));
  } else if (float_check(x)) {
    result = Ref(int_from_double(float_value(x)));
  } else if (str_check(x)) {
    result = Ref(int_from_text(str_to_utf8(x), 10));
  } else if (std::string_view data; bytes_like(x, &data)) {
    result = Ref(int_from_bytes_text(data, 10));
  } else if (auto f = type_of(x)->to_int) {
    result = Ref(f(x));
    if (result && !int_check(result.get())) {
      return type_error("__int__ returned non-int (type %s)", type_of(result.get())->name.c_str());
    }
  } else if (type_of(x)->index) {
    result = Ref(to_index(x));
  } else if (type_lookup(type_of(x), names::__trunc__)) {
    bool found;
    result = Ref(call_dunder(x, names::__trunc__, nullptr, 0, &found));
    if (result && !int_check(result.get())) {
      Ref again(to_index(result.get()));
      if (!again) {
        clear_error();
        return type_error("__trunc__ returned non-Integral (type %s)", type_of(result.get())->name.c_str());
      }
      result = std::move(again);
    }
  } else {
    return type_error("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      type_of(x)->name.c_str());
  }
  if (!result || type == &int_type) return result.release();
  return heap_int(type, int_to_big(result.get()));
}

void int_dealloc(Object* o) {
  static_cast<IntObject*>(o)->value.~BigInt();
  free_object(o);
}

// ---- methods

Value int_bit_length(Value self, const Value*, size_t, Value) {
  int64_t i;
  if (int_to_i64(self, &i)) {
    uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    return Value::small(u ? 64 - __builtin_clzll(u) : 0);
  }
  return int_from_u64(int_to_big(self).bit_length());
}

Value int_bit_count(Value self, const Value*, size_t, Value) {
  return int_from_u64(int_to_big(self).bit_count());
}

Value int_conjugate(Value self, const Value*, size_t, Value) { return int_pos(self); }

Value int_as_integer_ratio(Value self, const Value*, size_t, Value) {
  Ref n(int_pos(self));
  if (!n) return Value();
  return tuple_pack({n.get(), Value::small(1)});
}

Value int_to_bytes(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"length", "byteorder", "signed"};
  Value a[3];
  if (!bind_keywords("to_bytes", args, nargs, kwnames, kNames, 3, a)) return Value();
  int64_t length = 1;
  if (a[0] && !index_as_ssize(a[0], &length)) return Value();
  if (length < 0) return value_error("length argument must be non-negative");
  bool little = false;
  if (a[1]) {
    if (!str_check(a[1])) return type_error("to_bytes() argument 'byteorder' must be str, not %s", type_of(a[1])->name.c_str());
    std::string order = str_to_utf8(a[1]);
    if (order == "little") little = true;
    else if (order != "big") return value_error("byteorder must be either 'little' or 'big'");
  }
  int is_signed = a[2] ? truth(a[2]) : 0;
  if (is_signed < 0) return Value();
  std::string out;
  if (!int_to_big(self).to_bytes(size_t(length), little, is_signed, &out)) {
    if (!is_signed && int_sign(self) < 0) return overflow_error("can't convert negative int to unsigned");
    return overflow_error("int too big to convert");
  }
  return bytes_from(out);
}

Value int_from_bytes(Value cls, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"bytes", "byteorder", "signed"};
  Value a[3];
  if (!bind_keywords("from_bytes", args, nargs, kwnames, kNames, 3, a)) return Value();
  if (!a[0]) return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
  bool little = false;
  if (a[1]) {
    std::string order = str_check(a[1]) ? str_to_utf8(a[1]) : "";
    if (order == "little") little = true;
    else if (order != "big") return value_error("byteorder must be either 'little' or 'big'");
  }
  int is_signed = a[2] ? truth(a[2]) : 0;
  if (is_signed < 0) return Value();
  std::string data;
  if (bytes_check(a[0])) {
    data = std::string(a[0].as<Bytes>()->view());
  } else {
    Ref it(iter(a[0]));
    if (!it) return Value();
    for (;;) {
      Ref x(next(it.get()));
      if (!x) {
        if (pending()) return Value();
        break;
      }
      int64_t byte;
      if (!index_as_i64(x.get(), &byte, &exc::OverflowError)) return Value();
      if (byte < 0 || byte > 255) return value_error("bytes must be in range(0, 256)");
      data.push_back(char(byte));
    }
  }
  Ref v(int_from_big(BigInt::from_bytes(data, little, is_signed)));
  if (!v || as_type(cls) == &int_type) return v.release();
  return call1(cls, v.get());
}

Value int_divmod_method(Value self, const Value* args, size_t, Value) { return int_divmod(self, args[0]); }
Value int_rdivmod_method(Value self, const Value* args, size_t, Value) { return int_divmod(args[0], self); }


Value int_round(Value self, const Value* args, size_t nargs, Value) {
  if (nargs == 0 || is_none(args[0])) return int_pos(self);
  int64_t nd;
  if (!index_as_i64(args[0], &nd, nullptr)) return Value();
  if (nd >= 0) return int_pos(self);
  // Round half to even at 10**-nd.
  Ref pow10(int_pow(Value::small(10), int_from_i64(-nd)));
  if (!pow10) return Value();
  BigInt p = int_to_big(pow10.get()), q, r;
  if (!BigInt::divmod(int_to_big(self), p, &q, &r)) return Value();
  BigInt twice = r + r;
  int c = compare(twice, p);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  return int_from_big(q * p);
}

Value int_trunc(Value self, const Value*, size_t, Value) { return int_pos(self); }
Value int_getnewargs(Value self, const Value*, size_t, Value) {
  Ref v(int_pos(self));
  if (!v) return Value();
  return tuple_pack({v.get()});
}
Value int_index_slot(Value v) { return int_pos(v); }

const MethodDef kIntMethods[] = {
    {"bit_length", int_bit_length, 0, 0},
    {"bit_count", int_bit_count, 0, 0},
    {"conjugate", int_conjugate, 0, 0},
    {"as_integer_ratio", int_as_integer_ratio, 0, 0},
    {"to_bytes", int_to_bytes, 0, 3, MethodDef::kKeywords},
    {"from_bytes", int_from_bytes, 1, 3, MethodDef::kKeywords | MethodDef::kClass},
    {"__format__", int_format, 1, 1},
    {"__divmod__", int_divmod_method, 1, 1},
    {"__rdivmod__", int_rdivmod_method, 1, 1},
    {"__round__", int_round, 0, 1},
    {"__trunc__", int_trunc, 0, 0},
    {"__floor__", int_trunc, 0, 0},
    {"__ceil__", int_trunc, 0, 0},
    {"__getnewargs__", int_getnewargs, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value int_real(Value self) { return int_pos(self); }
Value int_imag(Value) { return Value::small(0); }
Value int_one(Value) { return Value::small(1); }

const GetSetDef kIntGetsets[] = {
    {"real", int_real, nullptr},
    {"imag", int_imag, nullptr},
    {"numerator", int_real, nullptr},
    {"denominator", int_one, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- bool

Value bool_repr(Value v) { return str_intern(v == py_true() ? "True" : "False"); }

Value bool_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && as_tuple(kwnames)->size) return type_error("bool() takes no keyword arguments");
  if (nargs > 1) return type_error("bool expected at most 1 argument, got %zd", nargs);
  if (nargs == 0) return py_false();
  int t = truth(args[0]);
  return t < 0 ? Value() : py_bool(t);
}

#define BOOL_BITWISE(fn, op, int_fn)                                      \
  Value fn(Value a, Value b) {                                            \
    if (is_bool(a) && is_bool(b)) return py_bool((a == py_true()) op (b == py_true())); \
    return int_fn(a, b);                                                  \
  }
BOOL_BITWISE(bool_and, &, int_and)
BOOL_BITWISE(bool_or, |, int_or)
BOOL_BITWISE(bool_xor, ^, int_xor)
#undef BOOL_BITWISE

void no_dealloc(Object*) {}

}  // namespace

void init_int_types() {
  Type* t = &int_type;
  t->name = "int";
  t->basic_size = sizeof(IntObject);
  t->flags = Type::kBaseType | Type::kIntSubclass;
  t->dealloc = int_dealloc;
  t->new_ = int_new;
  t->repr = int_repr;
  t->hash = int_hash;
  t->compare = int_compare;
  t->truth = int_truth;
  t->number[int(BinaryOp::Add)] = int_add;
  t->number[int(BinaryOp::Subtract)] = int_sub;
  t->number[int(BinaryOp::Multiply)] = int_mul;
  t->number[int(BinaryOp::FloorDivide)] = int_floordiv;
  t->number[int(BinaryOp::Remainder)] = int_mod;
  t->number[int(BinaryOp::TrueDivide)] = int_truediv;
  t->number[int(BinaryOp::Power)] = int_pow;
  t->number[int(BinaryOp::Lshift)] = int_lshift;
  t->number[int(BinaryOp::Rshift)] = int_rshift;
  t->number[int(BinaryOp::And)] = int_and;
  t->number[int(BinaryOp::Or)] = int_or;
  t->number[int(BinaryOp::Xor)] = int_xor;
  t->power3 = int_pow3;
  t->neg = int_neg;
  t->pos = int_pos;
  t->abs = int_abs;
  t->invert = int_invert;
  t->to_int = int_pos;
  t->to_float = int_to_float_slot;
  t->index = int_index_slot;
  t->methods = kIntMethods;
  t->getsets = kIntGetsets;

  t = &bool_type;
  t->name = "bool";
  t->base = &int_type;
  t->basic_size = sizeof(BoolObject);
  t->dealloc = no_dealloc;
  t->new_ = bool_new;
  t->repr = bool_repr;
  t->number[int(BinaryOp::And)] = bool_and;
  t->number[int(BinaryOp::Or)] = bool_or;
  t->number[int(BinaryOp::Xor)] = bool_xor;
  init_static(&true_object, &bool_type);
  init_static(&false_object, &bool_type);
  for (Type* t : {&int_type, &bool_type}) register_static_type(t);
}

}  // namespace pytier::light
