// printf-style formatting (str % args) of numbers and text: the
// conversions after the caller has picked the argument and converted it
// (int(x) for %d, float(x) for %f, str/repr/ascii for %s/%r/%a). The caller
// also refuses a width or precision over MAX_FORMAT_WIDTH with MemoryError.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "light/num/bigint.h"
#include "light/num/format_spec.h"

namespace pytier::light::num {

struct PrintfSpec {
  bool left = false;       // '-'
  bool plus = false;       // '+'
  bool space = false;      // ' '
  bool alternate = false;  // '#'
  bool zero = false;       // '0'
  int64_t width = -1;
  int64_t precision = -1;
  char conversion = 's';
};

// %d %i %u %o %x %X; false when a decimal result exceeds the digit limit
// (int_str_limit_message).
[[nodiscard]] bool printf_int(const BigInt& value, const PrintfSpec& spec, std::string* out);
// %e %E %f %F %g %G
std::string printf_float(double value, const PrintfSpec& spec);
// %s %r %a (precision truncates) and %c (the character as UTF-8).
std::string printf_text(std::string_view utf8, const PrintfSpec& spec);

}  // namespace pytier::light::num
