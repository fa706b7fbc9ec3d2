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
