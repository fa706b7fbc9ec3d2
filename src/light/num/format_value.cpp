// The formatters behind format(): CPython's format_long_internal,
// format_float_internal and format_string_internal, with its number layout
// (calc_number_widths, fill_number) and digit grouping.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "light/num/float_text.h"
#include "light/num/format_spec.h"
#include "light/num/int_text.h"
#include "light/unicode/utf8.h"

namespace pytier::light::num {

namespace {

bool fail(FormatError* err, std::string message, FormatError::Kind kind = FormatError::Value) {
  err->kind = kind;
  err->message = std::move(message);
  return false;
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
  for (int64_t i = 0; i < n; ++i) unicode::append_utf8(out, fill);
}

// Inserts separators every `group` digits from the right, first padding
// with zeros to min_width characters (separators included).
std::string group_digits(std::string_view digits, int64_t min_width, char sep, int group) {
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t pos = digits.size();
  bool use_sep = false;
  auto emit = [&](int64_t l) {
    int64_t zeros = std::max<int64_t>(0, l - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < chars; ++k) rev += digits[--pos];
    rev.append(zeros, '0');
    remaining -= chars;
  };
  bool done = false;
  if (sep) {
    for (;;) {
      int64_t l = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
      emit(l);
      use_sep = true;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!done) emit(std::max<int64_t>({remaining, min_width, 1}));
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]
std::string layout_number(const FormatSpec& f, bool negative, std::string_view prefix, std::string_view digits,
                          bool has_decimal, std::string_view remainder) {
  char sign = negative ? '-' : (f.sign == '+' || f.sign == ' ') ? f.sign : 0;
  int64_t non_digit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) +
                      static_cast<int64_t>(unicode::count_code_points(remainder));
  int64_t min_width = f.fill == '0' && f.align == '=' ? f.width - non_digit : 0;
  std::string grouped_storage;
  std::string_view grouped = digits;
  if (!digits.empty() && (f.grouping || min_width > static_cast<int64_t>(digits.size()))) {
    grouped_storage = group_digits(digits, min_width, f.grouping, f.group_size);
    grouped = grouped_storage;
  }
  int64_t padding = f.width - (non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string out;
  out.reserve(grouped.size() + remainder.size() + 8 + (padding > 0 ? padding : 0));
  append_fill(out, f.fill, lpad);
  if (sign) out += sign;
  out += prefix;
  append_fill(out, f.fill, spad);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  append_fill(out, f.fill, rpad);
  return out;
}

// Splits a formatted float into [-]digits[.]remainder and lays it out.
std::string layout_float_text(const FormatSpec& f, std::string_view text) {
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  size_t n = 0;
  while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
  bool has_decimal = n < text.size() && text[n] == '.';
  return layout_number(f, negative, "", text.substr(0, n), has_decimal, text.substr(n + (has_decimal ? 1 : 0)));
}

bool too_wide(const FormatSpec& f, bool count_precision, FormatError* err) {
  if (f.width <= MAX_FORMAT_WIDTH && (!count_precision || f.precision <= MAX_FORMAT_WIDTH)) return false;
  err->kind = FormatError::Memory;
  err->message.clear();
  return true;
}

}  // namespace

bool format_int(const BigInt& value, const FormatSpec& f, std::string_view type_name, std::string* out,
                FormatError* err) {
  if (too_wide(f, false, err)) return false;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!value.to_double(&d)) return fail(err, "int too large to convert to float", FormatError::Overflow);
      return format_float(d, f, "float", out, err);
    }
    default:
      return fail(err, unknown_format_code_message(f.type, type_name));
  }
  if (f.precision != -1) return fail(err, "Precision not allowed in integer format specifier");
  if (f.no_neg_zero) return fail(err, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign) return fail(err, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) return fail(err, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t c;
    if (!value.to_int64(&c)) return fail(err, "Python int too large to convert to C long", FormatError::Overflow);
    if (c < 0 || c > 0x10FFFF) return fail(err, "%c arg not in range(0x110000)", FormatError::Overflow);
    std::string ch;
    unicode::append_utf8(ch, static_cast<char32_t>(c));
    *out = layout_number(f, false, "", "", false, ch);
    return true;
  }
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  std::string digits;
  if (!int_to_string(value.abs(), base, int_max_str_digits(), &digits))
    return fail(err, int_str_limit_message(int_max_str_digits()));
  std::string_view prefix;
  if (f.alternate && base != 10) prefix = f.type == 'X' ? "0X" : base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (f.type == 'X')
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  *out = layout_number(f, value.is_negative(), prefix, digits, false, "");
  return true;
}

bool format_float(double value, const FormatSpec& f, std::string_view type_name, std::string* out,
                  FormatError* err) {
  char32_t type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return fail(err, unknown_format_code_message(type, type_name));
  }
  if (f.precision > INT32_MAX) return fail(err, "precision too big");
  if (too_wide(f, true, err)) return false;
  DoubleFormat df;
  df.alternate = f.alternate;
  df.no_negative_zero = f.no_neg_zero;
  int default_precision = 6;
  if (type == 0) {
    df.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    value *= 100;
  }
  df.precision = f.precision < 0 ? default_precision : static_cast<int>(f.precision);
  if (f.precision >= 0 && type == 'r') type = 'g';
  df.code = static_cast<char>(type);
  std::string text = double_to_string(value, df);
  if (percent) text += '%';
  *out = layout_float_text(f, text);
  return true;
}

void format_str(std::string_view utf8, const FormatSpec& f, std::string* out) {
  int64_t len = static_cast<int64_t>(unicode::count_code_points(utf8));
  if (f.precision >= 0 && len > f.precision) {
    size_t end = 0;
    for (int64_t k = 0; k < f.precision; ++k) unicode::next_utf8(utf8, end);
    utf8 = utf8.substr(0, end);
    len = f.precision;
  }
  int64_t total = f.width > len ? f.width : len;
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  out->clear();
  append_fill(*out, f.fill, lpad);
  *out += utf8;
  append_fill(*out, f.fill, total - len - lpad);
}

// CPython's format_complex_internal: each part is formatted as a float
// without padding, the imaginary one signed, then the whole is padded.
bool format_complex(double re, double im, std::string_view spec, std::string_view type_name, std::string* out,
                    FormatError* err) {
  FormatSpec f;
  if (!parse_format_spec(spec, 0, '>', type_name, &f, err)) return false;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      return fail(err, unknown_format_code_message(f.type, type_name));
  }
  if (f.fill == '0') return fail(err, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=') return fail(err, "'=' alignment flag is not allowed in complex format specifier");
  if (f.precision > INT32_MAX) return fail(err, "precision too big");
  if (too_wide(f, true, err)) return false;
  DoubleFormat df;
  df.alternate = f.alternate;
  df.no_negative_zero = f.no_neg_zero;
  char type = static_cast<char>(f.type);
  int default_precision = 6;
  bool skip_re = false, parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    skip_re = re == 0 && !std::signbit(re);
    parens = !skip_re;
  }
  if (type == 'n') type = 'g';
  df.precision = f.precision < 0 ? default_precision : static_cast<int>(f.precision);
  if (f.precision >= 0 && type == 'r') type = 'g';
  df.code = type;
  FormatSpec part = f;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  std::string body;
  if (parens) body += '(';
  if (!skip_re) {
    body += layout_float_text(part, double_to_string(re, df));
    part.sign = '+';
  }
  body += layout_float_text(part, double_to_string(im, df));
  body += 'j';
  if (parens) body += ')';
  FormatSpec whole;
  whole.fill = f.fill;
  whole.align = f.align;
  whole.width = f.width;
  format_str(body, whole, out);
  return true;
}

bool format_int(const BigInt& value, std::string_view spec, std::string_view type_name, std::string* out,
                FormatError* err) {
  if (spec.empty()) {
    if (!int_to_string(value, 10, int_max_str_digits(), out)) return fail(err, int_str_limit_message(int_max_str_digits()));
    return true;
  }
  FormatSpec f;
  return parse_format_spec(spec, 'd', '>', type_name, &f, err) && format_int(value, f, type_name, out, err);
}

bool format_float(double value, std::string_view spec, std::string_view type_name, std::string* out,
                  FormatError* err) {
  if (spec.empty()) {
    *out = float_repr(value);
    return true;
  }
  FormatSpec f;
  return parse_format_spec(spec, 0, '>', type_name, &f, err) && format_float(value, f, type_name, out, err);
}

bool format_str(std::string_view utf8, std::string_view spec, std::string_view type_name, std::string* out,
                FormatError* err) {
  if (spec.empty()) {
    *out = utf8;
    return true;
  }
  FormatSpec f;
  if (!parse_format_spec(spec, 's', '<', type_name, &f, err)) return false;
  if (f.type != 's') return fail(err, unknown_format_code_message(f.type, type_name));
  if (f.sign == ' ') return fail(err, "Space not allowed in string format specifier");
  if (f.sign) return fail(err, "Sign not allowed in string format specifier");
  if (f.no_neg_zero) return fail(err, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return fail(err, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return fail(err, "'=' alignment not allowed in string format specifier");
  if (too_wide(f, false, err)) return false;
  format_str(utf8, f, out);
  return true;
}

}  // namespace pytier::light::num
