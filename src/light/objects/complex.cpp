#include "light/objects/complex.h"

#include <cctype>
#include <cmath>
#include <string_view>
#include <string>

#include "light/num/float_text.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
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

// The length of the float literal at the start of `s` ("-10.5e3", "inf",
// "nan"), 0 when there is none; parse_float then checks it whole.
size_t float_prefix(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto word = [&](std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if ((s[i + k] | 0x20) != w[k]) return false;
    }
    return true;
  };
  for (std::string_view w : {"infinity", "inf", "nan"}) {
    if (word(w)) return i + w.size();
  }
  auto digits = [&] {
    size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i > start;
  };
  bool any = digits();
  if (i < s.size() && s[i] == '.') {
    ++i;
    any |= digits();
  }
  if (!any) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t mark = i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) i = mark;
  }
  return i;
}

// As CPython's _Py_string_to_number_with_underscores: each underscore must
// sit between two digits; the text is then read without them.
bool without_underscores(std::string_view s, std::string* out) {
  auto digit = [&](size_t i) { return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '_') {
      out->push_back(s[i]);
    } else if (i == 0 || !digit(i - 1) || !digit(i + 1)) {
      return false;
    }
  }
  return true;
}

// complex(str) as CPython's complex_from_string_ref: "1", "2j", "1+2j",
// "-j", "1-j", each optionally in parentheses, whitespace around.
bool parse_complex(std::string_view s, double* re, double* im) {
  auto skip_space = [&] {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  };
  auto number = [&](double* out) {
    size_t n = float_prefix(s);
    if (n == 0 || !num::parse_float(s.substr(0, n), out)) return false;
    s.remove_prefix(n);
    return true;
  };
  auto imaginary_unit = [&] {
    if (s.empty() || (s.front() != 'j' && s.front() != 'J')) return false;
    s.remove_prefix(1);
    return true;
  };
  *re = *im = 0.0;
  skip_space();
  bool bracket = !s.empty() && s.front() == '(';
  if (bracket) {
    s.remove_prefix(1);
    skip_space();
  }
  double x;
  if (number(&x)) {
    if (imaginary_unit()) {
      *im = x;
    } else if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
      *re = x;
      double y = s.front() == '-' ? -1.0 : 1.0;
      if (float_prefix(s) == 0) s.remove_prefix(1);
      else if (!number(&y)) return false;
      if (!imaginary_unit()) return false;
      *im = y;
    } else {
      *re = x;
    }
  } else {
    double sign = 1.0;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
      sign = s.front() == '-' ? -1.0 : 1.0;
      s.remove_prefix(1);
    }
    if (!imaginary_unit()) return false;
    *im = sign;
  }
  skip_space();
  if (bracket) {
    if (s.empty() || s.front() != ')') return false;
    s.remove_prefix(1);
    skip_space();
  }
  return s.empty();
}

bool is_number(Value v) {
  Type* t = type_of(v);
  return is_complex(v) || float_check(v) || int_check(v) || t->to_float || t->index;
}

// complex's first argument as (re, im), through __complex__ first; *is_complex
// tells whether it counts as complex (CPython adds its imaginary part).
bool complex_parts(Value v, double* re, double* im, bool* as_complex) {
  bool found;
  Ref special(call_dunder(v, str_intern("__complex__"), nullptr, 0, &found));
  if (found) {
    if (!special) return false;
    if (!is_complex(special.get())) {
      type_error("__complex__ returned non-complex (type %s)", type_of(special.get())->name.c_str());
      return false;
    }
    v = special.get();
  }
  *as_complex = is_complex(v);
  if (*as_complex) {
    *re = v.as<Complex>()->real;
    *im = v.as<Complex>()->imag;
    return true;
  }
  *im = 0.0;
  return to_double(v, re);
}

Value c_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"real", "imag"};
  Value a[2];
  if (!bind_keywords("complex", args, nargs, kwnames, kNames, 2, a)) return Value();
  Value r = a[0], i = a[1];
  double re = 0.0, im = 0.0;
  if (r && str_check(r)) {
    if (i) return type_error("complex() can't take second arg if first is a string");
    std::string text;
    if (!without_underscores(str_to_utf8(r), &text)) return raise_fmt(&exc::ValueError, "could not convert string to complex: %R", r);
    if (!parse_complex(text, &re, &im)) return value_error("complex() arg is a malformed string");
  } else {
    if (i && str_check(i)) return type_error("complex() second arg can't be a string");
    if (r && type == &complex_type && !i && type_of(r) == &complex_type) return newref(r);
    double r_im = 0.0, i_re = 0.0, i_im = 0.0;
    bool r_complex = false, i_complex = false;
    if (r) {
      bool has_special = bool(type_lookup(type_of(r), str_intern("__complex__")));
      if (!has_special && !is_number(r)) {
        return type_error("complex() first argument must be a string or a number, not '%s'", type_of(r)->name.c_str());
      }
      if (!complex_parts(r, &re, &r_im, &r_complex)) return Value();
    }
    if (i) {
      if (!is_number(i)) {
        return type_error("complex() second argument must be a number, not '%s'", type_of(i)->name.c_str());
      }
      i_complex = is_complex(i);
      if (i_complex) {
        i_re = i.as<Complex>()->real;
        i_im = i.as<Complex>()->imag;
      } else if (!to_double(i, &i_re)) {
        return Value();
      }
    }
    im = i ? i_re : r_im;
    if (i_complex) re -= i_im;
    if (r_complex && i) im += r_im;
  }
  if (type == &complex_type) return complex_from(re, im);
  auto* c = static_cast<Complex*>(alloc_object(type, type->basic_size));
  if (!c) return Value();
  c->real = re;
  c->imag = im;
  return c;
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
