#include <gtest/gtest.h>

#include "light/num/int_text.h"

namespace num = pytier::light::num;
using num::IntParseError;

namespace {

// The value as decimal text, or "E:<kind>".
std::string parse(std::string_view s, int base = 10) {
  num::BigInt v;
  size_t digits = 0;
  switch (num::parse_int(s, base, num::DEFAULT_MAX_STR_DIGITS, &v, &digits)) {
    case IntParseError::None: return v.to_string();
    case IntParseError::Invalid: return "E:invalid";
    case IntParseError::TooManyDigits: return "E:limit" + std::to_string(digits);
  }
  return "";
}

}  // namespace

TEST(ParseInt, PythonSyntax) {
  EXPECT_EQ(parse(" 12 "), "12");
  EXPECT_EQ(parse("0x1f", 0), "31");
  EXPECT_EQ(parse("0x_1f", 0), "31");
  EXPECT_EQ(parse("0X1F", 16), "31");
  EXPECT_EQ(parse("0_7", 0), "E:invalid");
  EXPECT_EQ(parse("0_0", 0), "0");
  EXPECT_EQ(parse("00", 0), "0");
  EXPECT_EQ(parse("07", 0), "E:invalid");
  EXPECT_EQ(parse("1__2"), "E:invalid");
  EXPECT_EQ(parse("_1"), "E:invalid");
  EXPECT_EQ(parse("1_"), "E:invalid");
  EXPECT_EQ(parse("1_000"), "1000");
  EXPECT_EQ(parse("0b101", 0), "5");
  EXPECT_EQ(parse("0b101", 2), "5");
  EXPECT_EQ(parse("0b", 0), "E:invalid");
  EXPECT_EQ(parse("\u0661\u0662"), "12");
  EXPECT_EQ(parse("\u2003 12\u2003"), "12");
  EXPECT_EQ(parse("1 2"), "E:invalid");
  EXPECT_EQ(parse(""), "E:invalid");
  EXPECT_EQ(parse("+"), "E:invalid");
  EXPECT_EQ(parse("-0"), "0");
  EXPECT_EQ(parse("+5"), "5");
  EXPECT_EQ(parse("-z", 36), "-35");
  EXPECT_EQ(parse(std::string_view("1\0", 2)), "E:invalid");
  EXPECT_EQ(parse("0x", 16), "E:invalid");
  EXPECT_EQ(parse("0xg", 16), "E:invalid");
  EXPECT_EQ(parse("1e5"), "E:invalid");
  EXPECT_EQ(parse("-123456789012345678901234567890"), "-123456789012345678901234567890");
}

TEST(ParseInt, DigitLimit) {
  EXPECT_EQ(parse(std::string(4301, '1')), "E:limit4301");
  EXPECT_EQ(parse(std::string(4300, '1')), std::string(4300, '1'));
  EXPECT_EQ(parse(std::string(4301, '1') + "x"), "E:limit4301");
  EXPECT_EQ(parse(std::string(4301, '1') + "__1"), "E:invalid");
  EXPECT_EQ(parse("x" + std::string(4301, '1')), "E:invalid");
  EXPECT_NE(parse(std::string(4301, '1'), 16).substr(0, 2), "E:");  // no limit for base 16
  EXPECT_EQ(num::int_parse_limit_message(4301, 4300),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(num::invalid_int_literal_message(10, "'" + std::string(300, 'a') + "'"),
            "invalid literal for int() with base 10: '" + std::string(199, 'a'));
}

TEST(IntToString, Limit) {
  std::string out;
  num::BigInt big = num::BigInt::pow(num::BigInt(10), 4300);
  EXPECT_FALSE(num::int_to_string(big, 10, 4300, &out));
  EXPECT_TRUE(num::int_to_string(-(big - num::BigInt(1)), 10, 4300, &out));
  EXPECT_EQ(out.size(), 4301u);
  EXPECT_TRUE(num::int_to_string(big, 16, 4300, &out));
  EXPECT_EQ(num::int_str_limit_message(4300),
            "Exceeds the limit (4300 digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit");
}
