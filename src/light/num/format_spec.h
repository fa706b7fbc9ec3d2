// The format-spec mini-language (format(), str.format, f-strings) for int,
// float and str, with CPython 3.11's rules and error texts.
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// Text is UTF-8; widths and precisions count code points.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "light/num/bigint.h"

namespace pytier::light::num {

struct FormatSpec {
  char32_t fill = ' ';
  char align = '>';          // '<', '>', '^' or '='
  char sign = 0;             // '+', '-', ' ' or 0 when not given
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;        // -1 when not given
  char grouping = 0;         // ',' or '_', 0 when not given
  int group_size = 3;        // 4 for '_' with b, o, x, X
  int64_t precision = -1;    // -1 when not given
  char32_t type = 0;         // 0 when not given
};

// Results longer than this are refused with MemoryError rather than tried.
constexpr int64_t MAX_FORMAT_WIDTH = int64_t{1} << 30;

struct FormatError {
  enum Kind { Value, Overflow, Memory } kind = Value;  // ValueError, OverflowError, MemoryError
  std::string message;
};

// Parses spec for an object of type type_name (used in messages), with the
// type's default presentation type and alignment.
[[nodiscard]] bool parse_format_spec(std::string_view spec, char32_t default_type, char default_align,
                                     std::string_view type_name, FormatSpec* out, FormatError* err);

// "Unknown format code 'd' for object of type 'float'".
std::string unknown_format_code_message(char32_t type, std::string_view type_name);

// format(value, spec). type_name is the value's type for messages ("int",
// "bool", ...). An empty spec gives str(value) for int and float; callers
// whose str() differs (bool, subclasses) handle that case themselves.
[[nodiscard]] bool format_int(const BigInt& value, std::string_view spec, std::string_view type_name,
                              std::string* out, FormatError* err);
[[nodiscard]] bool format_float(double value, std::string_view spec, std::string_view type_name,
                                std::string* out, FormatError* err);
[[nodiscard]] bool format_str(std::string_view utf8, std::string_view spec, std::string_view type_name,
                              std::string* out, FormatError* err);
[[nodiscard]] bool format_complex(double re, double im, std::string_view spec, std::string_view type_name,
                                  std::string* out, FormatError* err);

// The same with a parsed spec, for printf-style formatting and callers that
// parse once.
[[nodiscard]] bool format_int(const BigInt& value, const FormatSpec& spec, std::string_view type_name,
                              std::string* out, FormatError* err);
[[nodiscard]] bool format_float(double value, const FormatSpec& spec, std::string_view type_name,
                                std::string* out, FormatError* err);
void format_str(std::string_view utf8, const FormatSpec& spec, std::string* out);

}  // namespace pytier::light::num
