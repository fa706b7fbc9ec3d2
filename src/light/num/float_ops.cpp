#include "light/num/float_ops.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "light/num/float_digits.h"

namespace pytier::light::num {

namespace {

constexpr int HASH_BITS = 61;
constexpr uint64_t HASH_MODULUS = (uint64_t{1} << HASH_BITS) - 1;
constexpr int64_t HASH_INF = 314159;

// Rounds a decimal digit string (value 0.<digits> * 10**decpt) to
// ndigits places after the point, half to even; returns the text strtod reads.
std::string round_decimal(const DecimalDigits& d, int64_t ndigits) {
  std::string digits = d.digits;
  int64_t keep = d.decpt + ndigits;  // digits that stay
  if (keep < 0) return "0";
  if (keep < static_cast<int64_t>(digits.size())) {
    std::string rest = digits.substr(keep);
    digits.resize(keep);
    bool up = rest[0] > '5' || (rest[0] == '5' && (rest.find_first_not_of('0', 1) != std::string::npos ||
                                                   (!digits.empty() && (digits.back() - '0') % 2)));
    if (up) {
      int64_t i = keep - 1;
      while (i >= 0 && digits[i] == '9') digits[i--] = '0';
      if (i >= 0) {
        ++digits[i];
      } else {
        digits.insert(digits.begin(), '1');
        ++keep;
        return "0." + digits + "e" + std::to_string(d.decpt + 1);
      }
    }
  }
  if (digits.empty()) return "0";
  return "0." + digits + "e" + std::to_string(d.decpt);
}

}  // namespace

bool float_round(double x, int64_t ndigits, double* out) {
  // Beyond these, x is already exact to that place, or rounds to zero
  // (0.30103 bounds log10(2) from above, as in CPython).
  constexpr int NDIGITS_MAX = static_cast<int>((53 + 1021) * 0.30103);
  constexpr int NDIGITS_MIN = -static_cast<int>((1024 + 1) * 0.30103);
  if (!std::isfinite(x) || ndigits > NDIGITS_MAX) {
    *out = x;
    return true;
  }
  if (ndigits < NDIGITS_MIN) {
    *out = 0.0 * x;
    return true;
  }
  double rounded;
  if (ndigits >= 0) {
    DecimalDigits d = decimal_digits(x, DigitMode::Fixed, static_cast<int>(ndigits));
    std::string text = d.digits.empty() ? "0" : "0." + d.digits + "e" + std::to_string(d.decpt);
    rounded = std::strtod(text.c_str(), nullptr);
  } else {
    // Rounding to tens or more needs the exact digits, which a double always has.
    DecimalDigits d = decimal_digits(x, DigitMode::Fixed, 1074);
    rounded = std::strtod(round_decimal(d, ndigits).c_str(), nullptr);
  }
  if (std::isinf(rounded)) return false;
  *out = std::signbit(x) ? -rounded : rounded;
  return true;
}

bool float_round_to_int(double x, BigInt* out) {
  if (!std::isfinite(x)) return false;
  double r = std::nearbyint(x);  // the default rounding mode is ties-to-even
  return BigInt::from_double(r, out);
}

double float_mod(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

void float_divmod(double x, double y, double* floordiv, double* mod) {
  double m = std::fmod(x, y);
  // fmod is exact, so x - m is a multiple of y up to the division's rounding.
  double div = (x - m) / y;
  if (m) {
    if ((y < 0) != (m < 0)) {
      m += y;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, y);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, x / y);
  }
  *floordiv = fd;
  *mod = m;
}

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

FloatPowError float_pow(double x, double y, double* out) {
  if (y == 0) {
    *out = 1.0;
    return FloatPowError::None;
  }
  if (std::isnan(x)) {
    *out = x;
    return FloatPowError::None;
  }
  if (std::isnan(y)) {
    *out = x == 1.0 ? 1.0 : y;
    return FloatPowError::None;
  }
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    *out = ax == 1.0 ? 1.0 : (y > 0) == (ax > 1.0) ? std::fabs(y) : 0.0;
    return FloatPowError::None;
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    *out = y > 0 ? (odd ? x : std::fabs(x)) : (odd ? std::copysign(0.0, x) : 0.0);
    return FloatPowError::None;
  }
  if (x == 0) {
    if (y < 0) return FloatPowError::ZeroToNegative;
    *out = is_odd_integer(y) ? x : 0.0;
    return FloatPowError::None;
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) return FloatPowError::Complex;
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) {
    *out = negate ? -1.0 : 1.0;
    return FloatPowError::None;
  }
  double r = std::pow(x, y);
  if (std::isinf(r)) return FloatPowError::Overflow;
  *out = negate ? -r : r;
  return FloatPowError::None;
}

int compare_int_float(const BigInt& a, double x) {
  if (std::isnan(x)) return 2;
  if (std::isinf(x)) return x > 0 ? -1 : 1;
  double whole = std::trunc(x);
  BigInt w;
  (void)BigInt::from_double(whole, &w);
  int c = compare(a, w);
  if (c != 0) return c;
  double frac = x - whole;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

int64_t float_hash(double v) {
  if (std::isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // 28 bits at a time, reducing modulo 2**61 - 1 as we go.
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

void float_as_integer_ratio(double x, BigInt* numerator, BigInt* denominator) {
  int e;
  double m = std::frexp(x, &e);
  // Make the mantissa an integer, then cancel common powers of two.
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  BigInt num;
  (void)BigInt::from_double(m, &num);
  BigInt den(1);
  if (e > 0) num = num << e;
  else den = den << -e;
  BigInt g = BigInt::gcd(num, den);
  (void)BigInt::divmod(num, g, numerator, nullptr);
  (void)BigInt::divmod(den, g, denominator, nullptr);
}

}  // namespace pytier::light::num
