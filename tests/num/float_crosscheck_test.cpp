// Float text and arithmetic against python3.11 on random and edge values.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

#include "light/num/float_ops.h"
#include "light/num/float_text.h"
#include "reference.h"

namespace num = pytier::light::num;

namespace {

std::vector<double> sample_doubles() {
  std::vector<double> xs = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1e16, 1e15, 123456.789, 1e-5, 1e-4,
                            5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.1, 1.0 / 3, 250.0,
                            150.0000001, 1e22, 1e23, 9.5, 99.5, 0.05, 0.15, 0.25, 0.35, 12345678901234567890.0};
  std::mt19937_64 rng(7);
  for (int i = 0; i < 300; ++i) {
    uint64_t bits = rng();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (std::isfinite(x)) xs.push_back(x);
    // Values of everyday magnitudes too.
    xs.push_back(std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 80) - 60) *
                 (rng() % 2 ? 1 : -1));
    xs.push_back(static_cast<double>(rng() % 100000) / 100 * (rng() % 2 ? 1 : -1));
  }
  return xs;
}

std::string ours(double x) {
  std::ostringstream os;
  os << num::float_repr(x);
  for (const char* spec : {"e", "f", "g", "E", "G"}) {
    for (int prec : {0, 1, 2, 5, 17}) {
      num::DoubleFormat f;
      f.code = spec[0];
      f.precision = prec;
      os << ' ' << num::double_to_string(x, f);
      f.alternate = true;
      os << ' ' << num::double_to_string(x, f);
    }
  }
  for (int nd : {0, 1, 2, 3, -1, -2, 5, 300, -300}) {
    double r;
    os << ' ' << (num::float_round(x, nd, &r) ? num::float_repr(r) : "ovf");
  }
  num::BigInt n, d;
  num::float_as_integer_ratio(x, &n, &d);
  os << ' ' << num::float_hash(x) << ' ' << n.to_string() << '/' << d.to_string() << ' ' << num::float_hex(x);
  double back;
  os << ' ' << (num::float_fromhex(num::float_hex(x), &back) == num::FromHexError::None ? num::float_repr(back) : "err");
  for (double y : {3.0, -3.0, 0.7, -1e-300}) {
    double q, m;
    num::float_divmod(x, y, &q, &m);
    os << ' ' << num::float_repr(q) << ',' << num::float_repr(m) << ',' << num::float_repr(num::float_mod(x, y));
  }
  return os.str();
}

const char* PY = R"PY(
import sys
def go(x):
    out = [repr(x)]
    for spec in 'efgEG':
        for prec in (0, 1, 2, 5, 17):
            out.append(format(x, '.%d%s' % (prec, spec)))
            out.append(format(x, '#.%d%s' % (prec, spec)))
    for nd in (0, 1, 2, 3, -1, -2, 5, 300, -300):
        try: out.append(repr(round(x, nd)))
        except OverflowError: out.append('ovf')
    n, d = x.as_integer_ratio()
    out += [str(hash(x)), '%d/%d' % (n, d), x.hex(), repr(float.fromhex(x.hex()))]
    for y in (3.0, -3.0, 0.7, -1e-300):
        q, m = divmod(x, y)
        out.append('%r,%r,%r' % (q, m, x % y))
    print(' '.join(out))
)PY";

}  // namespace

TEST(FloatCrossCheck, FormatsRoundHashHex) {
  std::string script = PY;
  std::vector<std::string> expected;
  for (double x : sample_doubles()) {
    script += "go(float.fromhex('" + num::float_hex(x) + "'))\n";
    expected.push_back(ours(x));
  }
  std::istringstream ref(run_reference(script));
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(ref, line)) {
    ASSERT_LT(n, expected.size());
    if (expected[n] != line && ++bad <= 10) ADD_FAILURE() << "\nref:  " << line << "\nours: " << expected[n];
    ++n;
  }
  EXPECT_EQ(n, expected.size());
}
