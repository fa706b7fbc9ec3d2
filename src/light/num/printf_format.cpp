// Follows CPython's unicode_format_arg_output: the sign and the 0x/0o prefix
// go before zero padding and after space padding.
#include "light/num/printf_format.h"

#include <cctype>

#include "light/num/float_text.h"
#include "light/num/int_text.h"
#include "light/unicode/utf8.h"

namespace pytier::light::num {

namespace {

// body is the number without sign or prefix.
std::string pad_number(const PrintfSpec& spec, bool negative, std::string_view prefix, std::string_view body) {
  char sign = negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : 0;
  bool zero_fill = spec.zero && !spec.left;
  int64_t len = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + body.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string out;
  if (!spec.left && !zero_fill) out.append(pad, ' ');
  if (sign) out += sign;
  out += prefix;
  if (zero_fill) out.append(pad, '0');
  out += body;
  if (spec.left) out.append(pad, ' ');
  return out;
}

}  // namespace

bool printf_int(const BigInt& value, const PrintfSpec& spec, std::string* out) {
  char c = spec.conversion;
  int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
  std::string digits;
  if (!int_to_string(value.abs(), base, int_max_str_digits(), &digits)) return false;
  if (spec.precision > static_cast<int64_t>(digits.size())) digits.insert(0, spec.precision - digits.size(), '0');
  if (c == 'X')
    for (char& d : digits) d = static_cast<char>(std::toupper(static_cast<unsigned char>(d)));
  std::string_view prefix;
  if (spec.alternate && base != 10) prefix = c == 'o' ? "0o" : c == 'x' ? "0x" : "0X";
  *out = pad_number(spec, value.is_negative(), prefix, digits);
  return true;
}

std::string printf_float(double value, const PrintfSpec& spec) {
  DoubleFormat f;
  f.code = spec.conversion;
  f.precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  f.alternate = spec.alternate;
  std::string text = double_to_string(value, f);
  bool negative = text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  return pad_number(spec, negative, "", body);
}

std::string printf_text(std::string_view utf8, const PrintfSpec& spec) {
  if (spec.conversion != 'c' && spec.precision >= 0 && static_cast<int64_t>(unicode::count_code_points(utf8)) > spec.precision) {
    size_t end = 0;
    for (int64_t k = 0; k < spec.precision; ++k) unicode::next_utf8(utf8, end);
    utf8 = utf8.substr(0, end);
  }
  int64_t len = static_cast<int64_t>(unicode::count_code_points(utf8));
  int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string out;
  if (!spec.left) out.append(pad, ' ');
  out += utf8;
  if (spec.left) out.append(pad, ' ');
  return out;
}

}  // namespace pytier::light::num
