// float <-> text: repr, fixed/exponent/general layouts, parsing, hex.
#pragma once
#include <string>
#include <string_view>

namespace pytier::light::num {

// repr(x) (and str(x)): the shortest digits that read back as x, laid out as
// CPython does: "1e+16", "1e-05", "0.0001", "inf", "nan", "-0.0", "1.0".
std::string float_repr(double x);

// CPython's PyOS_double_to_string: code is 'e', 'f', 'g' (upper case for
// "E"/"INF"/"NAN"), or 'r' for repr digits (precision ignored).
struct DoubleFormat {
  char code = 'r';
  int precision = 0;
  bool always_sign = false;   // '+' before non-negative values
  bool add_dot_0 = false;     // "1.0" rather than "1" when no exponent
  bool alternate = false;     // '#': keep the point and trailing zeros
  bool no_negative_zero = false;  // 'z': "-0.00" becomes "0.00"
};
std::string double_to_string(double x, const DoubleFormat& f);

// repr(complex(re, im)): "1j", "(1+2j)", "(-0-1j)", "(nan+infj)".
std::string complex_repr(double re, double im);

// float(text) for a str given as UTF-8: whitespace around, a sign, digits
// with single underscores between them, '.', an exponent, "inf",
// "infinity" or "nan" in any case; non-ASCII decimal digits count. False
// when invalid: the message is "could not convert string to float: " + repr.
[[nodiscard]] bool parse_float(std::string_view utf8, double* out);
// The same for bytes: ASCII only.
[[nodiscard]] bool parse_float_bytes(std::string_view bytes, double* out);
// Both read the digits with strtod, so LC_NUMERIC must stay "C".
// "could not convert string to float: 'x'", given repr(text).
std::string float_parse_error_message(std::string_view text_repr);

// float.hex() and float.fromhex().
std::string float_hex(double x);
enum class FromHexError { None, Invalid, Overflow };
// Invalid: ValueError "invalid hexadecimal floating-point string";
// Overflow: OverflowError "hexadecimal value too large to represent as a float".
FromHexError float_fromhex(std::string_view text, double* out);

}  // namespace pytier::light::num
