#include "light/num/special.h"

#include <cfloat>
#include <cmath>
#include <limits>

namespace pytier::light::num {

namespace {

// a + b as an unevaluated pair hi + lo, exactly; requires |a| >= |b|.
struct Pair {
  double hi, lo;
};
Pair exact_sum(double a, double b) {
  double hi = a + b;
  return {hi, (a - hi) + b};
}

// x * y exactly, by Dekker's splitting of each factor into 26-bit halves
// (portable where fma is slow or missing, such as wasm32).
Pair exact_product(double x, double y) {
  auto split = [](double v, double* high, double* low) {
    double c = 134217729.0 * v;  // 2**27 + 1
    *high = c - (c - v);
    *low = v - *high;
  };
  double xh, xl, yh, yl;
  split(x, &xh, &xl);
  split(y, &yh, &yl);
  double p = x * y;
  return {p, ((xh * yh - p) + xh * yl + xl * yh) + xl * yl};
}

}  // namespace

// The magnitudes are scaled by a power of two into [0.5, 1), squared exactly,
// and summed onto a running total that starts at 1.0 so that it always
// dominates the term added (the rounding errors then need no branch); the
// square root is refined by one Newton step against that accurate sum.
double vector_norm(double* magnitudes, size_t n, double max, bool nan) {
  if (std::isinf(max)) return max;
  if (nan) return std::numeric_limits<double>::quiet_NaN();
  if (max == 0.0 || n <= 1) return max;
  int exponent;
  std::frexp(max, &exponent);
  if (exponent < -1023) {  // subnormal: 2**-exponent would overflow
    for (size_t i = 0; i < n; ++i) magnitudes[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(magnitudes, n, max / DBL_MIN, false);
  }
  double scale = std::ldexp(1.0, -exponent);
  double total = 1.0, square_errors = 0.0, sum_errors = 0.0;
  auto add = [&](Pair square) {
    Pair s = exact_sum(total, square.hi);
    total = s.hi;
    square_errors += square.lo;
    sum_errors += s.lo;
  };
  for (size_t i = 0; i < n; ++i) {
    double x = magnitudes[i] * scale;
    add(exact_product(x, x));
  }
  double root = std::sqrt(total - 1.0 + (square_errors + sum_errors));
  add(exact_product(-root, root));
  double residual = total - 1.0 + (square_errors + sum_errors);
  root += residual / (2.0 * root);
  return root / scale;
}

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// sin(pi * x) exact at the integers and half-integers, for the reflection
// formula.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r;
  switch (int(std::round(2.0 * y))) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): keeps +0.0
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375,
// as a rational function: these parameters are the ones CPython uses (from
// Boost), so the results agree with python3.11's.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// x * (x+1) * ... * (x+11), by coefficient.
constexpr double kLanczosDenominator[kLanczosN] = {
    0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,  32670.0,     1925.0,      66.0,        1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNumerator[i];
      den = den * x + kLanczosDenominator[i];
    }
  } else {
    // In 1/x, against overflow for large x.
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNumerator[i];
      den = den / x + kLanczosDenominator[i];
    }
  }
  return num / den;
}

// (n-1)! for n = 1 .. 23, all exact doubles.
constexpr int kExactFactorials = 23;
double exact_gamma(int n) {
  double r = 1.0;
  for (int i = 2; i < n; ++i) r *= i;
  return r;
}

}  // namespace

double gamma(double x) {
  if (x == std::floor(x) && x > 0 && x <= kExactFactorials) return exact_gamma(int(x));
  double ax = std::fabs(x);
  if (ax < 1e-20) return 1.0 / x;
  if (ax > 200.0) return x < 0.0 ? 0.0 / sin_pi(x) : std::numeric_limits<double>::infinity();
  // y = ax + g - 1/2 is rounded; `error` is the rounding error, and
  // pow(y, ax - 1/2) / exp(y) is corrected to first order by error * g / y.
  double y = ax + kLanczosGMinusHalf;
  double error = ax > kLanczosGMinusHalf ? (y - ax) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - ax;
  double correction = error * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(ax) / ax * std::exp(y) / lanczos_sum(ax);
    r -= correction * r;
    if (ax < 140.0) {
      r /= std::pow(y, ax - 0.5);
    } else {
      double half = std::pow(y, ax / 2.0 - 0.25);  // the full power would overflow
      r = r / half / half;
    }
  } else {
    r = lanczos_sum(ax) / std::exp(y);
    r += correction * r;
    if (ax < 140.0) {
      r *= std::pow(y, ax - 0.5);
    } else {
      double half = std::pow(y, ax / 2.0 - 0.25);
      r = r * half * half;
    }
  }
  return r;
}

double lgamma(double x) {
  if (x == std::floor(x) && x <= 2.0) return 0.0;  // 1 and 2; poles are the caller's
  double ax = std::fabs(x);
  if (ax < 1e-20) return -std::log(ax);
  double r = std::log(lanczos_sum(ax)) - kLanczosG;
  r += (ax - 0.5) * (std::log(ax + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r;
  return r;
}

}  // namespace pytier::light::num
