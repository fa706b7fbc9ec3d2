#include "light/objects/complex.h"

#include <cmath>
#include <string>

#include "light/num/float_text.h"
#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type complex_type;

Value complex_from(double real, double imag) {
  auto* c = alloc<Complex>(&complex_type);
  if (!c) return Value();
  c->real = real;
  c->imag = imag;
  return c;
}

namespace {

bool is_complex(Value v) { return !v.is_small() && is_subtype(type_of(v), &complex_type); }

// An operand as (re, im): complex, float or int; false for anything else.
bool operand(Value v, double* re, double* im, bool* ok) {
  *ok = true;
  if (is_complex(v)) {
    *re = v.as<Complex>()->real;
    *im = v.as<Complex>()->imag;
    return true;
  }
  *im = 0.0;
  if (float_check(v)) {
    *re = float_value(v);
    return true;
  }
  if (int_check(v)) {
    *ok = int_to_double(v, re);
    return true;
  }
  return false;
}

#define OPERANDS(a, b)                                          \
  double ar, ai, br, bi;                                        \
  bool ok_a, ok_b;                                              \
  if (!operand(a, &ar, &ai, &ok_a) || !operand(b, &br, &bi, &ok_b)) \
    return newref(not_implemented());                           \
  if (!ok_a || !ok_b) return Value()

Value c_add(Value a, Value b) {
  OPERANDS(a, b);
  return complex_from(ar + br, ai + bi);
}
Value c_sub(Value a, Value b) {
  OPERANDS(a, b);
  return complex_from(ar - br, ai - bi);
}
Value c_mul(Value a, Value b) {
  OPERANDS(a, b);
  return complex_from(ar * br - ai * bi, ar * bi + ai * br);
}

// CPython's _Py_c_quot: scaled to avoid overflow.
bool quotient(double ar, double ai, double br, double bi, double* qr, double* qi) {
  double abs_br = std::fabs(br), abs_bi = std::fabs(bi);
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) return false;
    double ratio = bi / br, denom = br + bi * ratio;
    *qr = (ar + ai * ratio) / denom;
    *qi = (ai - ar * ratio) / denom;
  } else if (abs_bi >= abs_br) {
    double ratio = br / bi, denom = br * ratio + bi;
    *qr = (ar * ratio + ai) / denom;
    *qi = (ai * ratio - ar) / denom;
  } else {
    *qr = *qi = NAN;
  }
  return true;
}

Value c_div(Value a, Value b) {
  OPERANDS(a, b);
  double qr, qi;
  if (!quotient(ar, ai, br, bi, &qr, &qi)) return zero_division_error("complex division by zero");
  return complex_from(qr, qi);
}

// x ** n for a small integer n by repeated squaring, as CPython's c_powu.
void power_int(double xr, double xi, int64_t n, double* rr, double* ri) {
  double pr = xr, pi = xi, accr = 1.0, acci = 0.0;
  for (uint64_t mask = 1; mask > 0 && mask <= uint64_t(n); mask <<= 1) {
    if (uint64_t(n) & mask) {
      double t = accr * pr - acci * pi;
      acci = accr * pi + acci * pr;
      accr = t;
    }
    double t = pr * pr - pi * pi;
    pi = 2 * pr * pi;
    pr = t;
  }
  *rr = accr;
  *ri = acci;
}

Value c_pow(Value a, Value b) {
  OPERANDS(a, b);
  if (br == 0.0 && bi == 0.0) return complex_from(1.0, 0.0);
  if (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0) {
    int64_t n = int64_t(br);
    double rr, ri;
    power_int(ar, ai, n < 0 ? -n : n, &rr, &ri);
    if (n < 0) {
      double qr, qi;
      if (!quotient(1.0, 0.0, rr, ri, &qr, &qi)) return zero_division_error("0.0 to a negative or complex power");
      rr = qr;
      ri = qi;
    }
    return complex_from(rr, ri);
  }
  if (ar == 0.0 && ai == 0.0) {
    if (bi != 0.0 || br < 0.0) return zero_division_error("0.0 to a negative or complex power");
    return complex_from(0.0, 0.0);
  }
  double vabs = std::hypot(ar, ai), len = std::pow(vabs, br), at = std::atan2(ai, ar), phase = at * br;
  if (bi != 0.0) {
    len /= std::exp(at * bi);
    phase += bi * std::log(vabs);
  }
  double r = len * std::cos(phase), i = len * std::sin(phase);
  if (std::isinf(r) || std::isinf(i)) return overflow_error("complex exponentiation");
  return complex_from(r, i);
}

Value c_neg(Value v) { return complex_from(-v.as<Complex>()->real, -v.as<Complex>()->imag); }
Value c_pos(Value v) { return complex_from(v.as<Complex>()->real, v.as<Complex>()->imag); }
Value c_abs(Value v) {
  double r = std::hypot(v.as<Complex>()->real, v.as<Complex>()->imag);
  if (std::isinf(r) && std::isfinite(v.as<Complex>()->real) && std::isfinite(v.as<Complex>()->imag)) {
    return overflow_error("absolute value too large");
  }
  return float_from_double(r);
}
int c_truth(Value v) { return v.as<Complex>()->real != 0.0 || v.as<Complex>()->imag != 0.0; }

Value c_compare(Value a, Value b, CompareOp op) {
  double ar, ai, br, bi;
  bool ok_a, ok_b;
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !operand(a, &ar, &ai, &ok_a) || !operand(b, &br, &bi, &ok_b) ||
      !ok_a || !ok_b) {
    if (pending()) clear_error();
    return newref(not_implemented());
  }
  bool eq = ar == br && ai == bi;
  return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
}

int64_t c_hash(Value v) {
  int64_t hr = hash_double(v, v.as<Complex>()->real), hi = hash_double(v, v.as<Complex>()->imag);
  uint64_t h = uint64_t(hr) + 1000003ull * uint64_t(hi);
  return int64_t(h) == -1 ? -2 : int64_t(h);
}

// repr: "(1+2j)", "2j", "(-0-1j)", with repr-style digits.
Value c_repr(Value v) {
  double re = v.as<Complex>()->real, im = v.as<Complex>()->imag;
  auto part = [](double x) {
    std::string s = num::float_repr(x);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  };
  std::string imag = part(im);
  if (re == 0.0 && !std::signbit(re)) return str_from_ascii(imag + "j");
  std::string real = part(re);
  std::string sign = std::signbit(im) || std::isnan(im) ? "" : "+";
  if (std::isnan(im)) sign = "+";
  return str_from_ascii("(" + real + sign + imag + "j)");
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view strip(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A number with no space in it (parse_float would allow some around it).
bool parse_part(std::string_view s, double* out) {
  for (char c : s)
    if (is_space(c)) return false;
  return !s.empty() && num::parse_float(s, out);
}

// complex('1+2j') and its kin: an optional real part, an optional imaginary
// part ending in j (a bare sign means 1), all optionally in parentheses.
bool parse_complex(std::string_view text, double* re, double* im) {
  std::string_view s = strip(text);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = strip(s.substr(1, s.size() - 2));
  *re = *im = 0.0;
  if (s.empty()) return false;
  if (s.back() != 'j' && s.back() != 'J') return parse_part(s, re);
  std::string_view body = s.substr(0, s.size() - 1);
  size_t split = 0;
  for (size_t i = body.size(); i-- > 1;) {
    if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E') {
      split = i;
      break;
    }
  }
  if (split && !parse_part(body.substr(0, split), re)) return false;
  std::string_view imag = body.substr(split);
  if (imag.empty() || imag == "+" || imag == "-") {
    *im = imag == "-" ? -1.0 : 1.0;
    return true;
  }
  return parse_part(imag, im);
}

Value c_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 2) return type_error("complex() takes at most 2 arguments (%zd given)", nargs);
  // CPython's arithmetic, step by step, so that signed zeros survive:
  // complex(1.0, -0.0) is (1-0j), not 1.0 + (-0.0 + 0j).
  double part[2][2] = {};  // [argument][real, imag]
  bool complex_arg[2] = {};
  for (size_t i = 0; i < nargs; ++i) {
    if (i == 0 && str_check(args[0])) {
      if (nargs > 1) return type_error("complex() can't take second arg if first is a string");
      if (!parse_complex(str_to_utf8(args[0]), &part[0][0], &part[0][1]))
        return value_error("complex() arg is a malformed string");
      complex_arg[0] = true;
      continue;
    }
    if (is_complex(args[i])) {
      part[i][0] = args[i].as<Complex>()->real;
      part[i][1] = args[i].as<Complex>()->imag;
      complex_arg[i] = true;
    } else if (!to_double(args[i], &part[i][0])) {
      return Value();
    }
  }
  double re = part[0][0], im = nargs < 2 ? part[0][1] : part[1][0];
  if (complex_arg[1]) re -= part[1][1];
  if (complex_arg[0] && nargs == 2) im += part[0][1];
  return complex_from(re, im);
}

void c_dealloc(Object* o) { free_object(o); }

Value c_real(Value v) { return float_from_double(v.as<Complex>()->real); }
Value c_imag(Value v) { return float_from_double(v.as<Complex>()->imag); }
Value c_conjugate(Value v, const Value*, size_t, Value) {
  return complex_from(v.as<Complex>()->real, -v.as<Complex>()->imag);
}

const GetSetDef kComplexGetsets[] = {
    {"real", c_real, nullptr},
    {"imag", c_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

const MethodDef kComplexMethods[] = {
    {"conjugate", c_conjugate, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_complex_type() {
  Type* t = &complex_type;
  t->name = "complex";
  t->basic_size = sizeof(Complex);
  t->flags = Type::kBaseType;
  t->dealloc = c_dealloc;
  t->new_ = c_new;
  t->repr = c_repr;
  t->hash = c_hash;
  t->compare = c_compare;
  t->truth = c_truth;
  t->number[int(BinaryOp::Add)] = c_add;
  t->number[int(BinaryOp::Subtract)] = c_sub;
  t->number[int(BinaryOp::Multiply)] = c_mul;
  t->number[int(BinaryOp::TrueDivide)] = c_div;
  t->number[int(BinaryOp::Power)] = c_pow;
  t->neg = c_neg;
  t->pos = c_pos;
  t->abs = c_abs;
  t->getsets = kComplexGetsets;
  t->methods = kComplexMethods;
  for (Type* t : {&complex_type}) register_static_type(t);
}

}  // namespace pytier::light
