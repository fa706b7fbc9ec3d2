// The math module: the constants and the common functions, with CPython's
// errors ("math domain error", "math range error").

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cmath>
#include <limits>
#include <vector>

#include "light/modules/registry.h"
#include "light/num/special.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light::modules {

namespace {

Value domain_error() { return raise_str(&exc::ValueError, "math domain error"); }

// f(x) for a real function of one argument, checking the result as
// CPython's math_1 does: NaN from a non-NaN is a domain error, an infinity
// from a finite argument a range error (or a domain error for `can_overflow`
// false).
Value real_function(Value x, double (*f)(double), bool can_overflow) {
  double d;
  if (!to_double(x, &d)) return Value();
  errno = 0;
  double r = f(d);
  if (std::isnan(r) && !std::isnan(d)) return domain_error();
  if (std::isinf(r) && std::isfinite(d)) {
    if (can_overflow) return raise_str(&exc::OverflowError, "math range error");
    return domain_error();
  }
  return float_from_double(r);
}

#define REAL_FUNCTION(name, expr, overflow)                                   \
  Value math_##name(Value, const Value* args, size_t, Value) {               \
    return real_function(args[0], [](double v) { return expr; }, overflow); \
  }

REAL_FUNCTION(sqrt, std::sqrt(v), false)
REAL_FUNCTION(exp, std::exp(v), true)
REAL_FUNCTION(sin, std::sin(v), false)
REAL_FUNCTION(cos, std::cos(v), false)
REAL_FUNCTION(tan, std::tan(v), false)
REAL_FUNCTION(asin, std::asin(v), false)
REAL_FUNCTION(acos, std::acos(v), false)
REAL_FUNCTION(atan, std::atan(v), false)
REAL_FUNCTION(sinh, std::sinh(v), true)
REAL_FUNCTION(cosh, std::cosh(v), true)
REAL_FUNCTION(tanh, std::tanh(v), false)
REAL_FUNCTION(fabs, std::fabs(v), false)
REAL_FUNCTION(degrees, v * (180.0 / M_PI), true)
REAL_FUNCTION(radians, v * (M_PI / 180.0), false)
REAL_FUNCTION(acosh, std::acosh(v), false)
REAL_FUNCTION(asinh, std::asinh(v), false)
REAL_FUNCTION(atanh, std::atanh(v), false)
REAL_FUNCTION(expm1, std::expm1(v), true)
REAL_FUNCTION(exp2, std::exp2(v), true)
REAL_FUNCTION(cbrt, std::cbrt(v), false)
REAL_FUNCTION(erf, std::erf(v), false)
REAL_FUNCTION(erfc, std::erfc(v), false)

#undef REAL_FUNCTION

// log of a positive real; ints of any size go through their float value or,
// when too large, their bit length.
bool log_of(Value x, double (*f)(double), double* out) {
  double d;
  if (!to_double(x, &d)) {
    if (!int_check(x) || !matches(&exc::OverflowError)) return false;
    clear_error();
    // A huge int: log(x) = log(x / 2**k) + k log(2).
    Ref bits(call_method(x, str_intern("bit_length"), nullptr, 0));
    int64_t k;
    if (!bits || !int_to_i64(bits.get(), &k)) return false;
    Ref shift(int_from_i64(k - 60));
    Ref top(shift ? binary_op(x, shift.get(), BinaryOp::Rshift) : Value());
    if (!top || !to_double(top.get(), &d)) return false;
    *out = f(d) + f(2.0) * static_cast<double>(k - 60);
    return true;
  }
  if (d <= 0 || std::isnan(d)) {
    if (!std::isnan(d)) {
      domain_error();
      return false;
    }
  }
  *out = f(d);
  return true;
}

Value math_log(Value, const Value* args, size_t nargs, Value) {
  double num;
  if (!log_of(args[0], [](double v) { return std::log(v); }, &num)) return Value();
  if (nargs == 1) return float_from_double(num);
  double den;
  if (!log_of(args[1], [](double v) { return std::log(v); }, &den)) return Value();
  if (den == 0) return raise_str(&exc::ZeroDivisionError, "float division by zero");
  return float_from_double(num / den);
}

Value math_log1p(Value, const Value* args, size_t, Value) {
  double d;
  if (!to_double(args[0], &d)) return Value();
  if (d <= -1) return domain_error();
  return float_from_double(std::log1p(d));
}

Value math_log2(Value, const Value* args, size_t, Value) {
  double r;
  return log_of(args[0], [](double v) { return std::log2(v); }, &r) ? float_from_double(r) : Value();
}

Value math_log10(Value, const Value* args, size_t, Value) {
  double r;
  return log_of(args[0], [](double v) { return std::log10(v); }, &r) ? float_from_double(r) : Value();
}

// floor/ceil/trunc: ints as they are, floats rounded, else the dunder.
Value rounding(Value x, double (*f)(double), Value dunder) {
  if (int_check_exact(x)) return newref(x);
  if (float_check(x)) return int_from_double(f(float_value(x)));
  if (type_lookup(type_of(x), dunder)) return call_method(x, dunder, nullptr, 0);
  double d;
  if (!to_double(x, &d)) return Value();
  return int_from_double(f(d));
}

Value math_floor(Value, const Value* args, size_t, Value) {
  return rounding(args[0], [](double v) { return std::floor(v); }, names::__floor__);
}
Value math_ceil(Value, const Value* args, size_t, Value) {
  return rounding(args[0], [](double v) { return std::ceil(v); }, names::__ceil__);
}
Value math_trunc(Value, const Value* args, size_t, Value) {
  if (float_check(args[0])) return int_from_double(std::trunc(float_value(args[0])));
  if (type_lookup(type_of(args[0]), names::__trunc__)) return call_method(args[0], names::__trunc__, nullptr, 0);
  return type_error("type %s doesn't define __trunc__ method", type_of(args[0])->name.c_str());
}

// C99's pow special values as CPython's math.pow applies them: the
// non-finite cases are decided here, a finite pair by libm with a NaN a
// domain error and an infinity a range error (or a domain error for 0**-y).
double pow_special(double x, double y) {
  if (std::isnan(x)) return y == 0 ? 1.0 : x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0) return odd_y ? x : std::fabs(x);
    if (y == 0) return 1.0;
    return odd_y ? std::copysign(0.0, x) : 0.0;
  }
  if (std::fabs(x) == 1.0) return 1.0;
  if (y > 0 && std::fabs(x) > 1.0) return y;
  if (y < 0 && std::fabs(x) < 1.0) return -y;
  return 0.0;
}

Value math_pow(Value, const Value* args, size_t, Value) {
  double x, y;
  if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value();
  if (!std::isfinite(x) || !std::isfinite(y)) return float_from_double(pow_special(x, y));
  double r = std::pow(x, y);
  if (std::isnan(r) || (std::isinf(r) && x == 0)) return domain_error();
  if (std::isinf(r)) return raise_str(&exc::OverflowError, "math range error");
  return float_from_double(r);
}

Value math_atan2(Value, const Value* args, size_t, Value) {
  double y, x;
  if (!to_double(args[0], &y) || !to_double(args[1], &x)) return Value();
  return float_from_double(std::atan2(y, x));
}

Value math_fmod(Value, const Value* args, size_t, Value) {
  double x, y;
  if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return float_from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return float_from_double(r);
}

Value math_modf(Value, const Value* args, size_t, Value) {
  double x, whole;
  if (!to_double(args[0], &x)) return Value();
  // modf(inf) is (0.0, inf) with the sign kept; C's agrees, but say it.
  double frac = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &whole);
  if (std::isinf(x)) whole = x;
  Ref f(float_from_double(frac)), w(float_from_double(whole));
  if (!f || !w) return Value();
  return tuple_pack({f.get(), w.get()});
}

Value math_frexp(Value, const Value* args, size_t, Value) {
  double x;
  if (!to_double(args[0], &x)) return Value();
  int e = 0;
  double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
  Ref mant(float_from_double(m));
  if (!mant) return Value();
  return tuple_pack({mant.get(), Value::small(e)});
}

Value math_ldexp(Value, const Value* args, size_t, Value) {
  double x;
  if (!to_double(args[0], &x)) return Value();
  if (!int_check(args[1])) return type_error("Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_i64(args[1], &e)) e = int_sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
  if (x == 0 || !std::isfinite(x)) return float_from_double(x);
  e = std::clamp<int64_t>(e, INT32_MIN, INT32_MAX);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return raise_str(&exc::OverflowError, "math range error");
  return float_from_double(r);
}

Value math_copysign(Value, const Value* args, size_t, Value) {
  double x, y;
  if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value();
  return float_from_double(std::copysign(x, y));
}

Value math_hypot(Value, const Value* args, size_t nargs, Value) {
  std::vector<double> magnitudes(nargs);
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    if (!to_double(args[i], &magnitudes[i])) return Value();
    magnitudes[i] = std::fabs(magnitudes[i]);
    nan |= std::isnan(magnitudes[i]);
    max = std::max(max, magnitudes[i]);
  }
  return float_from_double(num::vector_norm(magnitudes.data(), nargs, max, nan));
}

Value predicate(Value x, bool (*f)(double)) {
  double d;
  if (!to_double(x, &d)) return Value();
  return newref(py_bool(f(d)));
}

Value math_isnan(Value, const Value* args, size_t, Value) {
  return predicate(args[0], [](double v) { return std::isnan(v); });
}
Value math_isinf(Value, const Value* args, size_t, Value) {
  return predicate(args[0], [](double v) { return std::isinf(v); });
}
Value math_isfinite(Value, const Value* args, size_t, Value) {
  return predicate(args[0], [](double v) { return std::isfinite(v); });
}

Value math_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  Value bound[4] = {};
  if (!bind_keywords("isclose", args, nargs, kwnames, kNames, 4, bound)) return Value();
  double a, b, rel = 1e-9, abs_tol = 0;
  if (!to_double(bound[0], &a) || !to_double(bound[1], &b)) return Value();
  if (bound[2] && !to_double(bound[2], &rel)) return Value();
  if (bound[3] && !to_double(bound[3], &abs_tol)) return Value();
  if (rel < 0 || abs_tol < 0) return raise_str(&exc::ValueError, "tolerances must be non-negative");
  if (a == b) return newref(py_true());
  if (std::isinf(a) || std::isinf(b)) return newref(py_false());
  double diff = std::fabs(b - a);
  bool close = diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol;
  return newref(py_bool(close));
}

// An int, or anything with __index__ (PyNumber_Index).
Value require_int(Value v) {
  if (int_check(v) || type_of(v)->index) return to_index(v);
  return type_error("'%s' object cannot be interpreted as an integer", type_of(v)->name.c_str());
}

Value math_gcd(Value, const Value* args, size_t nargs, Value) {
  Ref result(Value::small(0));
  for (size_t i = 0; i < nargs; ++i) {
    Ref b(require_int(args[i]));
    if (!b) return Value();
    Ref a(absolute(result.get()));
    Ref y(absolute(b.get()));
    if (!a || !y) return Value();
    while (int_sign(y.get()) != 0) {
      Ref r(binary_op(a.get(), y.get(), BinaryOp::Remainder));
      if (!r) return Value();
      a = std::move(y);
      y = std::move(r);
    }
    result = std::move(a);
  }
  return result.release();
}

Value math_factorial(Value, const Value* args, size_t, Value) {
  if (float_check(args[0])) return type_error("'float' object cannot be interpreted as an integer");
  Ref n(require_int(args[0]));
  if (!n) return Value();
  int64_t count;
  if (int_sign(n.get()) < 0) return raise_str(&exc::ValueError, "factorial() not defined for negative values");
  if (!int_to_i64(n.get(), &count)) return raise_str(&exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  Ref r(Value::small(1));
  for (int64_t i = 2; i <= count; ++i) {
    Ref k(int_from_i64(i));
    r = Ref(binary_op(r.get(), k.get(), BinaryOp::Multiply));
    if (!r) return Value();
  }
  return r.release();
}

Value math_isqrt(Value, const Value* args, size_t, Value) {
  Ref n(require_int(args[0]));
  if (!n) return Value();
  if (int_sign(n.get()) < 0) return raise_str(&exc::ValueError, "isqrt() argument must be nonnegative");
  if (int_sign(n.get()) == 0) return Value::small(0);
  // Newton's iteration from above, on ints of any size.
  Ref bits(call_method(n.get(), str_intern("bit_length"), nullptr, 0));
  int64_t k;
  if (!bits || !int_to_i64(bits.get(), &k)) return Value();
  Ref shift(int_from_i64((k + 1) / 2));
  Ref x(binary_op(Value::small(1), shift.get(), BinaryOp::Lshift));
  if (!x) return Value();
  while (true) {
    Ref q(binary_op(n.get(), x.get(), BinaryOp::FloorDivide));
    Ref s(q ? binary_op(x.get(), q.get(), BinaryOp::Add) : Value());
    Ref y(s ? binary_op(s.get(), Value::small(1), BinaryOp::Rshift) : Value());
    if (!y) return Value();
    int ge = compare_bool(y.get(), x.get(), CompareOp::Ge);
    if (ge < 0) return Value();
    if (ge) return x.release();
    x = std::move(y);
  }
}

Value math_prod(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"iterable", "start"};
  Value bound[2] = {};
  if (!bind_keywords("prod", args, nargs, kwnames, kNames, 2, bound)) return Value();
  Ref it(iter(bound[0]));
  if (!it) return Value();
  Ref acc(newref(bound[1] ? bound[1] : Value::small(1)));
  while (Value item = next(it.get())) {
    Ref i(item);
    acc = Ref(binary_op(acc.get(), item, BinaryOp::Multiply));
    if (!acc) return Value();
  }
  return pending() ? Value() : acc.release();
}

// Shewchuk's exact summation: the partial sums never overlap, so the result
// is the correctly rounded sum, as CPython's.
Value math_fsum(Value, const Value* args, size_t, Value) {
  Ref it(iter(args[0]));
  if (!it) return Value();
  std::vector<double> partials;
  double special = 0, inf_sum = 0;
  while (Value item = next(it.get())) {
    Ref i(item);
    double x;
    if (!to_double(item, &x)) return Value();
    if (!std::isfinite(x)) {
      if (std::isinf(x)) inf_sum += x;
      special += x;
      continue;
    }
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (std::isinf(x)) return raise_str(&exc::OverflowError, "intermediate overflow in fsum");
    partials.push_back(x);
  }
  if (pending()) return Value();
  if (special != 0) {
    if (std::isnan(inf_sum)) return raise_str(&exc::ValueError, "-inf + inf in fsum");
    return float_from_double(special);
  }
  double hi = 0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0) break;
    }
    // Round half-even across the partials left over.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return float_from_double(hi);
}

Value math_lcm(Value, const Value* args, size_t nargs, Value) {
  Ref result(Value::small(1));
  for (size_t i = 0; i < nargs; ++i) {
    Ref b(require_int(args[i]));
    if (!b) return Value();
    if (int_sign(b.get()) == 0) {
      // The rest must still be ints.
      for (size_t j = i + 1; j < nargs; ++j)
        if (!Ref(require_int(args[j]))) return Value();
      return Value::small(0);
    }
    Value pair[2] = {result.get(), b.get()};
    Ref g(math_gcd(Value(), pair, 2, Value()));
    Ref q(g ? binary_op(result.get(), g.get(), BinaryOp::FloorDivide) : Value());
    Ref m(q ? binary_op(q.get(), b.get(), BinaryOp::Multiply) : Value());
    if (!m) return Value();
    result = Ref(absolute(m.get()));
    if (!result) return Value();
  }
  return result.release();
}

// n and k of comb() and perm(): non-negative ints; k as a C integer. False
// with the exception pending; *k_out = -1 when k > n (the result is 0).
bool n_and_k(Value n_arg, Value k_arg, Ref* n, int64_t* k_out) {
  *n = Ref(require_int(n_arg));
  Ref k(*n ? require_int(k_arg) : Value());
  if (!k) return false;
  if (int_sign(n->get()) < 0) return raise_str(&exc::ValueError, "n must be a non-negative integer"), false;
  if (int_sign(k.get()) < 0) return raise_str(&exc::ValueError, "k must be a non-negative integer"), false;
  int gt = compare_bool(k.get(), n->get(), CompareOp::Gt);
  if (gt < 0) return false;
  if (gt) {
    *k_out = -1;
    return true;
  }
  if (!int_to_i64(k.get(), k_out))
    return raise_str(&exc::OverflowError, "k must not exceed 9223372036854775807"), false;
  return true;
}

// n * (n-1) * ... * (n-k+1), divided step by step by 1..k when `choose`
// (each partial quotient is itself a binomial coefficient, so exact).
Value falling_product(Value n, int64_t k, bool choose) {
  Ref acc(Value::small(1));
  for (int64_t i = 0; i < k; ++i) {
    Ref step(int_from_i64(i));
    Ref factor(step ? binary_op(n, step.get(), BinaryOp::Subtract) : Value());
    acc = Ref(factor ? binary_op(acc.get(), factor.get(), BinaryOp::Multiply) : Value());
    if (acc && choose) {
      Ref divisor(int_from_i64(i + 1));
      acc = Ref(divisor ? binary_op(acc.get(), divisor.get(), BinaryOp::FloorDivide) : Value());
    }
    if (!acc) return Value();
  }
  return acc.release();
}

Value math_comb(Value, const Value* args, size_t, Value) {
  Ref n;
  int64_t k;
  if (!n_and_k(args[0], args[1], &n, &k)) return Value();
  if (k < 0) return Value::small(0);
  // C(n, k) = C(n, n-k): take the shorter product.
  Ref k_value(int_from_i64(k));
  Ref rest(k_value ? binary_op(n.get(), k_value.get(), BinaryOp::Subtract) : Value());
  if (!rest) return Value();
  int64_t other;
  if (int_to_i64(rest.get(), &other) && other < k) k = other;
  return falling_product(n.get(), k, true);
}

Value math_perm(Value, const Value* args, size_t nargs, Value) {
  if (nargs == 1 || is_none(args[1])) return math_factorial(Value(), args, 1, Value());
  Ref n;
  int64_t k;
  if (!n_and_k(args[0], args[1], &n, &k)) return Value();
  if (k < 0) return Value::small(0);
  return falling_product(n.get(), k, false);
}

// A point's coordinates as doubles.
bool coordinates(Value point, std::vector<double>* out) {
  Ref it(iter(point));
  if (!it) return false;
  while (Value item = next(it.get())) {
    Ref i(item);
    double d;
    if (!to_double(item, &d)) return false;
    out->push_back(d);
  }
  return !pending();
}

Value math_dist(Value, const Value* args, size_t, Value) {
  std::vector<double> p, q;
  if (!coordinates(args[0], &p) || !coordinates(args[1], &q)) return Value();
  if (p.size() != q.size()) return raise_str(&exc::ValueError, "both points must have the same number of dimensions");
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    p[i] = std::fabs(p[i] - q[i]);
    nan |= std::isnan(p[i]);
    max = std::max(max, p[i]);
  }
  return float_from_double(num::vector_norm(p.data(), p.size(), max, nan));
}

// gamma and lgamma: CPython's own algorithms; the poles (zero and the
// negative integers) are domain errors, an overflow a range error.
Value math_gamma(Value, const Value* args, size_t, Value) {
  double x;
  if (!to_double(args[0], &x)) return Value();
  if (std::isnan(x) || x == std::numeric_limits<double>::infinity()) return float_from_double(x);
  if (std::isinf(x) || (x <= 0 && x == std::floor(x))) return domain_error();
  double r = num::gamma(x);
  if (std::isinf(r)) return raise_str(&exc::OverflowError, "math range error");
  return float_from_double(r);
}

Value math_lgamma(Value, const Value* args, size_t, Value) {
  double x;
  if (!to_double(args[0], &x)) return Value();
  if (!std::isfinite(x)) return float_from_double(std::fabs(x));
  if (x <= 0 && x == std::floor(x)) return domain_error();
  double r = num::lgamma(x);
  if (std::isinf(r)) return raise_str(&exc::OverflowError, "math range error");
  return float_from_double(r);
}

Value math_remainder(Value, const Value* args, size_t, Value) {
  double x, y;
  if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value();
  if (std::isnan(x) || std::isnan(y)) return float_from_double(std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0) return domain_error();
  return float_from_double(std::remainder(x, y));
}

Value math_nextafter(Value, const Value* args, size_t, Value) {
  double x, y;
  if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value();
  return float_from_double(std::nextafter(x, y));
}

Value math_ulp(Value, const Value* args, size_t, Value) {
  double x;
  if (!to_double(args[0], &x)) return Value();
  x = std::fabs(x);
  if (!std::isfinite(x)) return float_from_double(x);
  double up = std::nextafter(x, std::numeric_limits<double>::infinity());
  if (std::isinf(up)) return float_from_double(x - std::nextafter(x, 0.0));
  return float_from_double(up - x);
}

const MethodDef kMathFunctions[] = {
    {"sqrt", math_sqrt, 1, 1},         {"exp", math_exp, 1, 1},
    {"sin", math_sin, 1, 1},           {"cos", math_cos, 1, 1},
    {"tan", math_tan, 1, 1},           {"asin", math_asin, 1, 1},
    {"acos", math_acos, 1, 1},         {"atan", math_atan, 1, 1},
    {"sinh", math_sinh, 1, 1},         {"cosh", math_cosh, 1, 1},
    {"tanh", math_tanh, 1, 1},         {"fabs", math_fabs, 1, 1},
    {"degrees", math_degrees, 1, 1},   {"radians", math_radians, 1, 1},
    {"log", math_log, 1, 2},           {"log2", math_log2, 1, 1},
    {"log10", math_log10, 1, 1},       {"floor", math_floor, 1, 1},
    {"ceil", math_ceil, 1, 1},         {"trunc", math_trunc, 1, 1},
    {"pow", math_pow, 2, 2},           {"atan2", math_atan2, 2, 2},
    {"fmod", math_fmod, 2, 2},         {"copysign", math_copysign, 2, 2},
    {"hypot", math_hypot, 0, -1},      {"isnan", math_isnan, 1, 1},
    {"isinf", math_isinf, 1, 1},       {"isfinite", math_isfinite, 1, 1},
    {"isclose", math_isclose, 0, -1, MethodDef::kKeywords},
    {"gcd", math_gcd, 0, -1},          {"factorial", math_factorial, 1, 1},
    {"isqrt", math_isqrt, 1, 1},       {"prod", math_prod, 0, -1, MethodDef::kKeywords},
    {"fsum", math_fsum, 1, 1},
    {"acosh", math_acosh, 1, 1},       {"asinh", math_asinh, 1, 1},
    {"atanh", math_atanh, 1, 1},       {"expm1", math_expm1, 1, 1},
    {"exp2", math_exp2, 1, 1},         {"cbrt", math_cbrt, 1, 1},
    {"erf", math_erf, 1, 1},           {"erfc", math_erfc, 1, 1},
    {"log1p", math_log1p, 1, 1},       {"modf", math_modf, 1, 1},
    {"frexp", math_frexp, 1, 1},       {"ldexp", math_ldexp, 2, 2},
    {"lcm", math_lcm, 0, -1},          {"comb", math_comb, 2, 2},
    {"perm", math_perm, 1, 2},         {"dist", math_dist, 2, 2},
    {"gamma", math_gamma, 1, 1},       {"lgamma", math_lgamma, 1, 1},
    {"remainder", math_remainder, 2, 2}, {"nextafter", math_nextafter, 2, 2},
    {"ulp", math_ulp, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_math() {
  Module* m = module_new("math");
  if (!m) return nullptr;
  double inf = std::numeric_limits<double>::infinity();
  if (!add_functions(m, kMathFunctions) || !add_value(m, "pi", float_from_double(M_PI)) ||
      !add_value(m, "e", float_from_double(M_E)) || !add_value(m, "tau", float_from_double(2 * M_PI)) ||
      !add_value(m, "inf", float_from_double(inf)) ||
      !add_value(m, "nan", float_from_double(std::numeric_limits<double>::quiet_NaN()))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
