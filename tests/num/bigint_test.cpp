#include <gtest/gtest.h>

#include "light/num/bigint.h"
#include "light/num/int_text.h"

using pytier::light::num::BigInt;
using pytier::light::num::int_literal_to_decimal;

TEST(IntLiteral, ToDecimal) {
  EXPECT_EQ(int_literal_to_decimal("ff", 16), "255");
  EXPECT_EQ(int_literal_to_decimal("0", 16), "0");
  EXPECT_EQ(int_literal_to_decimal("000", 10), "0");
  EXPECT_EQ(int_literal_to_decimal("007", 10), "7");
  EXPECT_EQ(int_literal_to_decimal("777", 8), "511");
  EXPECT_EQ(int_literal_to_decimal("1010", 2), "10");
  EXPECT_EQ(int_literal_to_decimal("ffffffffffffffffffffffffffffffff", 16),
            "340282366920938463463374607431768211455");
  EXPECT_EQ(int_literal_to_decimal("DEADBEEF", 16), "3735928559");
}

TEST(BigInt, IsqrtAndRound) {
  EXPECT_EQ(BigInt::isqrt(BigInt(0)).to_string(), "0");
  EXPECT_EQ(BigInt::isqrt(BigInt(15)).to_string(), "3");
  EXPECT_EQ(BigInt::isqrt(BigInt(16)).to_string(), "4");
  BigInt big = BigInt::pow(BigInt(10), 100);
  EXPECT_EQ(BigInt::isqrt(big * big + BigInt(5)), big);
  EXPECT_EQ(BigInt::isqrt(big * big - BigInt(1)), big - BigInt(1));
  EXPECT_EQ(BigInt::round_to_pow10(BigInt(12345), 2).to_string(), "12300");
  EXPECT_EQ(BigInt::round_to_pow10(BigInt(250), 2).to_string(), "200");
  EXPECT_EQ(BigInt::round_to_pow10(BigInt(350), 2).to_string(), "400");
  EXPECT_EQ(BigInt::round_to_pow10(BigInt(-250), 2).to_string(), "-200");
  EXPECT_EQ(BigInt::round_to_pow10(BigInt(-251), 2).to_string(), "-300");
  EXPECT_EQ(BigInt::round_to_pow10(BigInt(49), 2).to_string(), "0");
}

TEST(BigInt, DecimalConversionPadsInnerZeros) {
  for (int k : {1, 8, 9, 10, 300, 360, 1000, 2999, 5000}) {
    BigInt v = BigInt::pow(BigInt(10), k) + BigInt(7);
    std::string expected(k + 1, '0');
    expected.front() = '1';
    expected.back() = '7';
    EXPECT_EQ(v.to_string(), expected) << k;
    EXPECT_EQ((-v).to_string(), std::string(1, '-').append(expected)) << k;
    BigInt back;
    ASSERT_TRUE(BigInt::from_digits(expected, 10, &back));
    EXPECT_EQ(back, v);
  }
}
