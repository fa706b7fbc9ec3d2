#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "light/num/float_text.h"

using pytier::light::num::float_repr;

TEST(FloatRepr, Layout) {
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(1.0 / 0.0), "inf");
  EXPECT_EQ(float_repr(-1.0 / 0.0), "-inf");
  EXPECT_EQ(float_repr(0.0 / 0.0), "nan");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(123456789.125), "123456789.125");
  EXPECT_EQ(float_repr(-2.5e-7), "-2.5e-07");
  EXPECT_EQ(float_repr(1234567890123456.7), "1234567890123456.8");
}

TEST(FloatRepr, RandomRoundTrip) {
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 200000; ++i) {
    uint64_t bits = rng();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (x != x) continue;
    std::string r = float_repr(x);
    double back = std::strtod(r.c_str(), nullptr);
    ASSERT_EQ(std::memcmp(&back, &x, sizeof x), 0) << r;
  }
}

#include <cmath>

#include "light/num/float_ops.h"

namespace num = pytier::light::num;

TEST(FloatOps, PowAndCompare) {
  double r = 0;
  EXPECT_EQ(num::float_pow(0.0, -1.0, &r), num::FloatPowError::ZeroToNegative);
  EXPECT_EQ(num::float_pow(-8.0, 1.0 / 3, &r), num::FloatPowError::Complex);
  EXPECT_EQ(num::float_pow(10.0, 400.0, &r), num::FloatPowError::Overflow);
  ASSERT_EQ(num::float_pow(-2.0, 3.0, &r), num::FloatPowError::None);
  EXPECT_EQ(r, -8.0);
  ASSERT_EQ(num::float_pow(-0.0, 3.0, &r), num::FloatPowError::None);
  EXPECT_TRUE(std::signbit(r));
  ASSERT_EQ(num::float_pow(std::nan(""), 0.0, &r), num::FloatPowError::None);
  EXPECT_EQ(r, 1.0);
  ASSERT_EQ(num::float_pow(-1.0, HUGE_VAL, &r), num::FloatPowError::None);
  EXPECT_EQ(r, 1.0);
  ASSERT_EQ(num::float_pow(0.5, -HUGE_VAL, &r), num::FloatPowError::None);
  EXPECT_EQ(r, HUGE_VAL);
  num::BigInt big = num::BigInt::pow(num::BigInt(2), 53) + num::BigInt(1);
  EXPECT_EQ(num::compare_int_float(big, 9007199254740992.0), 1);
  EXPECT_EQ(num::compare_int_float(num::BigInt(3), 3.0), 0);
  EXPECT_EQ(num::compare_int_float(num::BigInt(3), 3.5), -1);
  EXPECT_EQ(num::compare_int_float(num::BigInt(-3), -3.5), 1);
  EXPECT_EQ(num::compare_int_float(num::BigInt(3), HUGE_VAL), -1);
  EXPECT_EQ(num::compare_int_float(num::BigInt(3), std::nan("")), 2);
}

TEST(ComplexRepr, Layout) {
  EXPECT_EQ(num::complex_repr(0.0, 1.0), "1j");
  EXPECT_EQ(num::complex_repr(1.0, 2.0), "(1+2j)");
  EXPECT_EQ(num::complex_repr(-0.0, -1.0), "(-0-1j)");
  EXPECT_EQ(num::complex_repr(std::nan(""), HUGE_VAL), "(nan+infj)");
  EXPECT_EQ(num::complex_repr(0.0, -0.0), "-0j");
  EXPECT_EQ(num::complex_repr(1e16, 1e-5), "(1e+16+1e-05j)");
  EXPECT_EQ(num::complex_repr(-0.0, 0.0), "(-0+0j)");
  EXPECT_EQ(num::complex_repr(2.5, -std::nan("")), "(2.5+nanj)");
}
