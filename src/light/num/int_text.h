// int <-> text: literals, int(str, base), str(int), with CPython 3.11's limit
// on decimal conversions (sys.set_int_max_str_digits, default 4300).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "light/num/bigint.h"

namespace pytier::light::num {

constexpr int DEFAULT_MAX_STR_DIGITS = 4300;

// The interpreter-wide limit (sys.get/set_int_max_str_digits), which
// format() applies; 0 means none.
int int_max_str_digits();
void set_int_max_str_digits(int max_str_digits);

// The decimal spelling of an integer literal's digits (no prefix, no
// underscores, no sign) in `base` (2, 8, 10 or 16; any base 2..36 works).
// Any length: the 4300-digit limit is the caller's concern.
std::string int_literal_to_decimal(std::string_view digits, int base);

enum class IntParseError {
  None,
  Invalid,        // invalid_int_literal_message
  TooManyDigits,  // int_parse_limit_message(*digit_count, limit)
};

// int(text, base) for a str given as UTF-8: surrounding whitespace, a sign,
// a prefix when base is 0 (or matching base 2/8/16), single underscores
// between digits, and decimal digits of any script. base is 0 or 2..36 (the
// caller rejects others with "int() base must be >= 2 and <= 36, or 0").
// max_str_digits <= 0 means no limit. On TooManyDigits, *digit_count holds
// the count of digits.
IntParseError parse_int(std::string_view utf8, int base, int max_str_digits, BigInt* out, size_t* digit_count);
// The same for bytes and bytearray: ASCII only.
IntParseError parse_int_bytes(std::string_view bytes, int base, int max_str_digits, BigInt* out,
                              size_t* digit_count);

// "invalid literal for int() with base 10: 'x'", given repr(text).
std::string invalid_int_literal_message(int base, std::string_view text_repr);
std::string int_parse_limit_message(size_t digit_count, int max_str_digits);

// str(x) in base 2..36; false when base is 10 and the digits (sign not
// counted) exceed max_str_digits (> 0): see int_str_limit_message.
[[nodiscard]] bool int_to_string(const BigInt& x, int base, int max_str_digits, std::string* out);
std::string int_str_limit_message(int max_str_digits);

}  // namespace pytier::light::num
