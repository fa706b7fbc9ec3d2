// The cmath module: CPython's algorithms for finite arguments (rescaling
// against overflow and subnormals, log1p near |z| = 1) and C99 Annex G's
// special values for infinite and NaN ones, which the C library's complex
// functions implement; errors as CPython raises them ("math domain error",
// "math range error").

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/complex.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

// A complex result and what went wrong: 0, EDOM or ERANGE.
struct Z {
  double re, im;
};

constexpr double kLargeDouble = DBL_MAX / 4;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;
constexpr double kInf = HUGE_VAL;

bool finite(Z z) { return std::isfinite(z.re) && std::isfinite(z.im); }

using Complexd = std::complex<double>;

// The C++ library's Annex G value for a non-finite argument. Where Annex G
// leaves a sign unspecified, each function below settles it as CPython does.
Z annex_g(Complexd (*f)(const Complexd&), Z z) {
  Complexd r = f(Complexd(z.re, z.im));
  return {r.real(), r.imag()};
}

Z c_sqrt(Z z) {
  if (!finite(z)) return annex_g(std::sqrt<double>, z);
  if (z.re == 0 && z.im == 0) return {0.0, z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of subnormals loses precision: scale them up first.
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8;
    s = 2 * std::sqrt(ax + std::hypot(ax, ay / 8));
  }
  double d = ay / (2 * s);
  if (z.re >= 0) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

Z c_log(Z z, int* err) {
  if (!finite(z)) return annex_g(std::log<double>, z);
  double ax = std::fabs(z.re), ay = std::fabs(z.im), re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0 && ay == 0) {
      *err = EDOM;
      return {-kInf, std::atan2(z.im, z.re)};
    }
    re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = std::fmax(ax, ay), an = std::fmin(ax, ay);
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = std::log(h);
    }
  }
  return {re, std::atan2(z.im, z.re)};
}

Z c_acos(Z z, int*) {
  if (std::isinf(z.re) && std::isnan(z.im)) return {NAN, kInf};
  if (!finite(z)) return annex_g(std::acos<double>, z);
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    return {std::atan2(std::fabs(z.im), z.re),
            -std::copysign(std::log(std::hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, z.im)};
  }
  Z s1 = c_sqrt({1 - z.re, -z.im}), s2 = c_sqrt({1 + z.re, z.im});
  return {2 * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re)};
}

Z c_acosh(Z z, int*) {
  if (z.re == 0 && std::isnan(z.im)) return {NAN, NAN};
  if (!finite(z)) return annex_g(std::acosh<double>, z);
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble)
    return {std::log(std::hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, std::atan2(z.im, z.re)};
  Z s1 = c_sqrt({z.re - 1, z.im}), s2 = c_sqrt({z.re + 1, z.im});
  return {std::asinh(s1.re * s2.re + s1.im * s2.im), 2 * std::atan2(s1.im, s2.re)};
}

Z c_asinh(Z z, int*) {
  if (std::isnan(z.re) && std::isinf(z.im)) return {kInf, NAN};
  if (!finite(z)) return annex_g(std::asinh<double>, z);
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = std::log(std::hypot(z.re / 2, z.im / 2)) + M_LN2 * 2;
    double re = z.im >= 0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    return {re, std::atan2(z.im, std::fabs(z.re))};
  }
  Z s1 = c_sqrt({1 + z.im, -z.re}), s2 = c_sqrt({1 - z.im, z.re});
  return {std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

Z c_asin(Z z, int* err) {
  Z s = c_asinh({-z.im, z.re}, err);  // asin(z) = -i asinh(iz)
  return {s.im, -s.re};
}

Z c_atanh(Z z, int* err) {
  if (std::isnan(z.re) && std::isinf(z.im)) return {0.0, std::copysign(M_PI / 2, z.im)};
  if (!finite(z)) return annex_g(std::atanh<double>, z);
  if (z.re < 0) {  // atanh(z) = -atanh(-z)
    Z r = c_atanh({-z.re, -z.im}, err);
    return {-r.re, -r.im};
  }
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    // |z| large: atanh(z) ~ 1/z +/- i pi/2.
    double h = std::hypot(z.re / 2, z.im / 2);
    return {z.re / 4 / h / h, std::copysign(M_PI / 2, z.im)};
  }
  if (z.re == 1 && ay < kSqrtDblMin) {
    if (ay == 0) {
      *err = EDOM;
      return {kInf, z.im};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))), std::copysign(std::atan2(2.0, -ay) / 2, z.im)};
  }
  return {std::log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4,
          -std::atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2};
}

Z c_atan(Z z, int* err) {
  Z s = c_atanh({-z.im, z.re}, err);  // atan(z) = -i atanh(iz)
  return {s.im, -s.re};
}

// The overflow check of exp, cosh and sinh.
Z checked(Z r, int* err) {
  if (std::isinf(r.re) || std::isinf(r.im)) *err = ERANGE;
  return r;
}

Z c_cosh(Z z, int* err) {
  if (!finite(z)) {
    if (std::isinf(z.im) && !std::isnan(z.re)) *err = EDOM;
    if (std::isnan(z.re) && z.im == 0) return {NAN, 0.0};
    return annex_g(std::cosh<double>, z);
  }
  if (std::fabs(z.re) > kLogLargeDouble) {
    // cosh(re) overflows where cosh(z) need not.
    double x = z.re - std::copysign(1.0, z.re);
    return checked({std::cos(z.im) * std::cosh(x) * M_E, std::sin(z.im) * std::sinh(x) * M_E}, err);
  }
  return checked({std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re)}, err);
}

Z c_sinh(Z z, int* err) {
  if (!finite(z)) {
    if (std::isinf(z.im) && !std::isnan(z.re)) *err = EDOM;
    if (z.re == 0 && std::isnan(z.im)) return {0.0, NAN};
    return annex_g(std::sinh<double>, z);
  }
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x = z.re - std::copysign(1.0, z.re);
    return checked({std::cos(z.im) * std::sinh(x) * M_E, std::sin(z.im) * std::cosh(x) * M_E}, err);
  }
  return checked({std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re)}, err);
}

Z c_tanh(Z z, int* err) {
  if (!finite(z)) {
    if (std::isinf(z.im) && std::isfinite(z.re)) *err = EDOM;
    if (z.re == 0 && std::isnan(z.im)) return {NAN, NAN};
    if (std::isinf(z.re) && std::isinf(z.im)) return {std::copysign(1.0, z.re), 0.0};
    return annex_g(std::tanh<double>, z);
  }
  if (std::fabs(z.re) > kLogLargeDouble)
    return {std::copysign(1.0, z.re), 4 * std::sin(z.im) * std::cos(z.im) * std::exp(-2 * std::fabs(z.re))};
  // 1 - tanh(x)**2 as 1/cosh(x)**2, for accuracy.
  double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1 / std::cosh(z.re);
  double txty = tx * ty, denom = 1 + txty * txty;
  return {tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

Z c_exp(Z z, int* err) {
  if (!finite(z)) {
    if (std::isinf(z.im) && (std::isfinite(z.re) || (std::isinf(z.re) && z.re > 0))) *err = EDOM;
    if (std::isinf(z.re) && z.re < 0 && !std::isfinite(z.im)) return {0.0, 0.0};
    return annex_g(std::exp<double>, z);
  }
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1);
    return checked({l * std::cos(z.im) * M_E, l * std::sin(z.im) * M_E}, err);
  }
  double l = std::exp(z.re);
  return checked({l * std::cos(z.im), l * std::sin(z.im)}, err);
}

Z c_cos(Z z, int* err) { return c_cosh({-z.im, z.re}, err); }  // cos(z) = cosh(iz)

Z c_sin(Z z, int* err) {
  Z s = c_sinh({-z.im, z.re}, err);  // sin(z) = -i sinh(iz)
  return {s.im, -s.re};
}

Z c_tan(Z z, int* err) {
  Z s = c_tanh({-z.im, z.re}, err);  // tan(z) = -i tanh(iz)
  return {s.im, -s.re};
}

Z c_sqrt_checked(Z z, int*) { return c_sqrt(z); }

Z c_log10(Z z, int* err) {
  Z r = c_log(z, err);
  return {r.re / M_LN10, r.im / M_LN10};
}

// Complex division as CPython's (Smith's method; a zero divisor is a domain
// error).
Z quotient(Z a, Z b, int* err) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0) {
      *err = EDOM;
      return {0, 0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

// abs(z), ERANGE when it overflows.
double c_abs(Z z, int* err) {
  if (!finite(z)) {
    if (std::isinf(z.re) || std::isinf(z.im)) return kInf;
    return NAN;
  }
  double r = std::hypot(z.re, z.im);
  if (std::isinf(r)) *err = ERANGE;
  return r;
}

// An argument as a complex: complex itself, __complex__, else a real number.
bool complex_arg(Value v, Z* out) {
  if (is_instance_of(v, &complex_type)) {
    *out = {v.as<Complex>()->real, v.as<Complex>()->imag};
    return true;
  }
  Value method = type_lookup(type_of(v), str_intern("__complex__"));
  if (method) {
    Ref r(call_method(v, str_intern("__complex__"), nullptr, 0));
    if (!r) return false;
    if (!is_instance_of(r.get(), &complex_type)) {
      type_error("__complex__ returned non-complex (type %s)", type_of(r.get())->name.c_str());
      return false;
    }
    *out = {r.as<Complex>()->real, r.as<Complex>()->imag};
    return true;
  }
  out->im = 0;
  return to_double(v, &out->re);
}

Value math_error(int err) {
  if (err == EDOM) return raise_str(&exc::ValueError, "math domain error");
  return raise_str(&exc::OverflowError, "math range error");
}

Value result(Z r, int err) { return err ? math_error(err) : complex_from(r.re, r.im); }

Value apply(Value arg, Z (*f)(Z, int*)) {
  Z z;
  if (!complex_arg(arg, &z)) return Value();
  int err = 0;
  Z r = f(z, &err);
  return result(r, err);
}

#define CMATH_FUNCTION(name, f) \
  Value cmath_##name(Value, const Value* args, size_t, Value) { return apply(args[0], f); }

CMATH_FUNCTION(sqrt, c_sqrt_checked)
CMATH_FUNCTION(exp, c_exp)
CMATH_FUNCTION(log10, c_log10)
CMATH_FUNCTION(acos, c_acos)
CMATH_FUNCTION(asin, c_asin)
CMATH_FUNCTION(atan, c_atan)
CMATH_FUNCTION(acosh, c_acosh)
CMATH_FUNCTION(asinh, c_asinh)
CMATH_FUNCTION(atanh, c_atanh)
CMATH_FUNCTION(cos, c_cos)
CMATH_FUNCTION(sin, c_sin)
CMATH_FUNCTION(tan, c_tan)
CMATH_FUNCTION(cosh, c_cosh)
CMATH_FUNCTION(sinh, c_sinh)
CMATH_FUNCTION(tanh, c_tanh)

#undef CMATH_FUNCTION

Value cmath_log(Value, const Value* args, size_t nargs, Value) {
  Z x;
  if (!complex_arg(args[0], &x)) return Value();
  int err = 0;
  Z r = c_log(x, &err);
  if (nargs > 1) {
    Z base;
    if (!complex_arg(args[1], &base)) return Value();
    r = quotient(r, c_log(base, &err), &err);
  }
  return result(r, err);
}

Value cmath_phase(Value, const Value* args, size_t, Value) {
  Z z;
  if (!complex_arg(args[0], &z)) return Value();
  return float_from_double(std::atan2(z.im, z.re));
}

Value cmath_polar(Value, const Value* args, size_t, Value) {
  Z z;
  if (!complex_arg(args[0], &z)) return Value();
  int err = 0;
  double r = c_abs(z, &err);
  if (err) return math_error(err);
  Ref modulus(float_from_double(r)), phi(float_from_double(std::atan2(z.im, z.re)));
  if (!modulus || !phi) return Value();
  return tuple_pack({modulus.get(), phi.get()});
}

// rect(r, phi) behaves as exp(log(r) + i phi) for r >= 0 and as its
// negation for r < 0, special values included.
Value cmath_rect(Value, const Value* args, size_t, Value) {
  double r, phi;
  if (!to_double(args[0], &r) || !to_double(args[1], &phi)) return Value();
  if (std::isfinite(r) && std::isfinite(phi)) {
    if (phi == 0) return complex_from(r, r * phi);
    return complex_from(r * std::cos(phi), r * std::sin(phi));
  }
  if (r != 0 && !std::isnan(r) && std::isinf(phi)) return math_error(EDOM);
  if (r == 0) return complex_from(0.0, 0.0);
  if (std::isnan(r) && phi == 0) return complex_from(NAN, 0.0);
  if (std::isinf(r) && std::isnan(phi)) return complex_from(kInf, NAN);
  if (std::isinf(r) && std::isfinite(phi) && phi != 0) {
    double sign = r > 0 ? 1 : -1;
    return complex_from(sign * std::copysign(kInf, std::cos(phi)), sign * std::copysign(kInf, std::sin(phi)));
  }
  Complexd e = std::exp(Complexd(std::isnan(r) ? r : std::log(std::fabs(r)), phi));
  if (r == 0 && std::isfinite(phi)) e = Complexd(0.0 * std::cos(phi), 0.0 * std::sin(phi));
  double sign = std::signbit(r) ? -1 : 1;
  return complex_from(sign * e.real(), sign * e.imag());
}

Value predicate(Value arg, bool (*f)(Z)) {
  Z z;
  if (!complex_arg(arg, &z)) return Value();
  return newref(py_bool(f(z)));
}

Value cmath_isfinite(Value, const Value* args, size_t, Value) { return predicate(args[0], finite); }
Value cmath_isinf(Value, const Value* args, size_t, Value) {
  return predicate(args[0], [](Z z) { return std::isinf(z.re) || std::isinf(z.im); });
}
Value cmath_isnan(Value, const Value* args, size_t, Value) {
  return predicate(args[0], [](Z z) { return std::isnan(z.re) || std::isnan(z.im); });
}

Value cmath_isclose(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 2) return type_error("isclose() takes exactly 2 positional arguments (%zd given)", nargs);
  static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  Value bound[4] = {};
  if (!bind_keywords("isclose", args, nargs, kwnames, kNames, 4, bound)) return Value();
  Z a, b;
  double rel = 1e-9, abs_tol = 0;
  if (!complex_arg(bound[0], &a) || !complex_arg(bound[1], &b)) return Value();
  if ((bound[2] && !to_double(bound[2], &rel)) || (bound[3] && !to_double(bound[3], &abs_tol))) return Value();
  if (rel < 0 || abs_tol < 0) return raise_str(&exc::ValueError, "tolerances must be non-negative");
  if (a.re == b.re && a.im == b.im) return newref(py_true());
  if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) return newref(py_false());
  int err = 0;
  double diff = c_abs({a.re - b.re, a.im - b.im}, &err);
  bool close = diff <= rel * c_abs(b, &err) || diff <= rel * c_abs(a, &err) || diff <= abs_tol;
  return newref(py_bool(close));
}

const MethodDef kCmathFunctions[] = {
    {"sqrt", cmath_sqrt, 1, 1},       {"exp", cmath_exp, 1, 1},
    {"log", cmath_log, 1, 2},         {"log10", cmath_log10, 1, 1},
    {"acos", cmath_acos, 1, 1},       {"asin", cmath_asin, 1, 1},
    {"atan", cmath_atan, 1, 1},       {"acosh", cmath_acosh, 1, 1},
    {"asinh", cmath_asinh, 1, 1},     {"atanh", cmath_atanh, 1, 1},
    {"cos", cmath_cos, 1, 1},         {"sin", cmath_sin, 1, 1},
    {"tan", cmath_tan, 1, 1},         {"cosh", cmath_cosh, 1, 1},
    {"sinh", cmath_sinh, 1, 1},       {"tanh", cmath_tanh, 1, 1},
    {"phase", cmath_phase, 1, 1},     {"polar", cmath_polar, 1, 1},
    {"rect", cmath_rect, 2, 2},       {"isfinite", cmath_isfinite, 1, 1},
    {"isinf", cmath_isinf, 1, 1},     {"isnan", cmath_isnan, 1, 1},
    {"isclose", cmath_isclose, 0, -1, MethodDef::kKeywords},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_cmath() {
  Module* m = module_new("cmath");
  if (!m) return nullptr;
  if (!add_functions(m, kCmathFunctions) || !add_value(m, "pi", float_from_double(M_PI)) ||
      !add_value(m, "e", float_from_double(M_E)) || !add_value(m, "tau", float_from_double(2 * M_PI)) ||
      !add_value(m, "inf", float_from_double(kInf)) || !add_value(m, "infj", complex_from(0, kInf)) ||
      !add_value(m, "nan", float_from_double(NAN)) || !add_value(m, "nanj", complex_from(0, NAN))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
