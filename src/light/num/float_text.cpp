#include "light/num/float_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "light/num/float_digits.h"
#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"

namespace pytier::light::num {

// std::to_chars gives correctly rounded digits (the shortest round-trip ones
// when no precision is asked); we only take the digits and the exponent.
DecimalDigits decimal_digits(double x, DigitMode mode, int ndigits) {
  DecimalDigits d;
  d.negative = std::signbit(x);
  x = std::fabs(x);
  if (x == 0) {
    d.digits.push_back('0');
    d.decpt = 1;
    return d;
  }
  char buf[1600];  // room for 1074 fractional digits after 309 integer ones
  std::to_chars_result res;
  // A double's exact decimal expansion ends within these: further digits
  // are zeros, which the digit string drops anyway.
  ndigits = std::min(ndigits, mode == DigitMode::Fixed ? 1100 : 800);
  // Gather the digits in buf without the point, then take them at once.
  char* end;
  if (mode == DigitMode::Fixed) {
    res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, ndigits);
    end = res.ptr;
    char* point = std::find(buf, end, '.');
    int int_digits = static_cast<int>(point - buf);
    if (point != end) end = std::copy(point + 1, end, point);
    char* first = std::find_if(buf, end, [](char c) { return c != '0'; });
    if (first == end) {
      d.decpt = -ndigits;  // rounds to zero: no digits, as dtoa's mode 3
      return d;
    }
    d.decpt = int_digits - static_cast<int>(first - buf);
    while (end[-1] == '0') --end;
    d.digits.assign(first, end);
    return d;
  }
  res = mode == DigitMode::Shortest
            ? std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific)
            : std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific, ndigits - 1);
  char* e = std::find(buf, res.ptr, 'e');
  int exp = 0;
  for (char* p = e + 2; p < res.ptr; ++p) exp = exp * 10 + (*p - '0');
  d.decpt = (e[1] == '-' ? -exp : exp) + 1;
  end = e;
  if (end - buf > 1) end = std::copy(buf + 2, end, buf + 1);  // drop the point after the first digit
  while (end - buf > 1 && end[-1] == '0') --end;
  d.digits.assign(buf, end);
  return d;
}

std::string float_repr(double x) {
  DoubleFormat f;
  f.add_dot_0 = true;
  return double_to_string(x, f);
}

std::string complex_repr(double re, double im) {
  DoubleFormat part;  // repr digits without the ".0"
  if (re == 0 && !std::signbit(re)) return double_to_string(im, part) + "j";
  DoubleFormat signed_part;
  signed_part.always_sign = true;
  std::string out(1, '(');
  out += double_to_string(re, part);
  out += double_to_string(im, signed_part);
  out += "j)";
  return out;
}

// Follows CPython's format_float_short: pad the digit string with zeros on
// either side, place the point, then add the exponent.
std::string double_to_string(double x, const DoubleFormat& f) {
  bool upper = f.code == 'E' || f.code == 'F' || f.code == 'G';
  char code = upper ? static_cast<char>(f.code - 'A' + 'a') : f.code;
  std::string out;
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isinf(x) && x < 0) out += '-';
    else if (f.always_sign) out += '+';
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  int precision = f.precision;
  DecimalDigits d;
  switch (code) {
    case 'e': d = decimal_digits(x, DigitMode::Significant, ++precision); break;
    case 'f': d = decimal_digits(x, DigitMode::Fixed, precision); break;
    case 'g': d = decimal_digits(x, DigitMode::Significant, precision ? precision : (precision = 1)); break;
    default: d = decimal_digits(x, DigitMode::Shortest, 0); break;
  }
  const std::string& digits = d.digits;
  int ndig = static_cast<int>(digits.size());
  if (f.no_negative_zero && d.negative && (ndig == 0 || digits == "0")) d.negative = false;
  int decpt = d.decpt;
  int vend = ndig;
  bool use_exp = false;
  switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (f.add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (f.alternate) vend = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && f.add_dot_0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  if (d.negative) out += '-';
  else if (f.always_sign) out += '+';
  if (decpt <= 0) {
    out.append(decpt - vstart, '0');
    out += '.';
    out.append(-decpt, '0');
  } else {
    out.append(-vstart, '0');
  }
  if (0 < decpt && decpt <= ndig) {
    out.append(digits, 0, decpt);
    out += '.';
    out.append(digits, decpt);
  } else {
    out += digits;
  }
  if (ndig < decpt) {
    out.append(decpt - ndig, '0');
    out += '.';
    out.append(vend - decpt, '0');
  } else {
    out.append(vend - ndig, '0');
  }
  if (out.back() == '.' && !f.alternate) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    int a = std::abs(exp);
    if (a >= 100) out += static_cast<char>('0' + a / 100);
    out += static_cast<char>('0' + a / 10 % 10);
    out += static_cast<char>('0' + a % 10);
  }
  return out;
}

namespace {

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_nocase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if ((s[i] | 0x20) != lower[i]) return false;
  return true;
}

}  // namespace

bool parse_float_bytes(std::string_view s, double* out) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  // Underscores are allowed only between two digits; drop them after checking.
  std::string text;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (i == 0 || i + 1 == s.size() || !is_digit(s[i - 1]) || !is_digit(s[i + 1])) return false;
      continue;
    }
    text += s[i];
  }
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::string_view body = std::string_view(text).substr(i);
  if (equals_nocase(body, "inf") || equals_nocase(body, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_nocase(body, "nan")) {
    *out = std::nan("");  // the sign of a nan is not kept, as in CPython
    return true;
  }
  // digits [. digits] [e [sign] digits], with at least one mantissa digit.
  size_t j = 0, mantissa_digits = 0;
  while (j < body.size() && is_digit(body[j])) ++j, ++mantissa_digits;
  if (j < body.size() && body[j] == '.') {
    ++j;
    while (j < body.size() && is_digit(body[j])) ++j, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (j < body.size() && (body[j] | 0x20) == 'e') {
    ++j;
    if (j < body.size() && (body[j] == '+' || body[j] == '-')) ++j;
    size_t exp_start = j;
    while (j < body.size() && is_digit(body[j])) ++j;
    if (j == exp_start) return false;
  }
  if (j != body.size()) return false;
  // The text is now plain C syntax; strtod rounds correctly (glibc, musl).
  *out = std::strtod(text.c_str(), nullptr);
  return true;
}

bool parse_float(std::string_view utf8, double* out) {
  if (unicode::is_ascii(utf8)) return parse_float_bytes(utf8, out);
  return parse_float_bytes(unicode::decimal_and_space_to_ascii(utf8), out);
}

std::string float_parse_error_message(std::string_view text_repr) {
  return "could not convert string to float: " + std::string(text_repr);
}

std::string float_hex(double x) {
  if (std::isnan(x) || std::isinf(x)) return float_repr(x);
  if (x == 0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char HEX[] = "0123456789abcdef";
  std::string out = x < 0 ? "-0x" : "0x";
  out += HEX[static_cast<int>(m)];
  m -= static_cast<int>(m);
  out += '.';
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    out += HEX[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "p%c%d", e < 0 ? '-' : '+', std::abs(e));
  return out + buf;
}

FromHexError float_fromhex(std::string_view s, double* out) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (equals_nocase(s, "inf") || equals_nocase(s, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return FromHexError::None;
  }
  if (equals_nocase(s, "nan")) {
    *out = std::nan("");
    return FromHexError::None;
  }
  if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') s.remove_prefix(2);
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  // Keep the first 64 significant bits exactly; the rest only as "sticky".
  uint64_t mant = 0;
  int64_t exp2 = 0;  // value == mant * 2**exp2 (plus the sticky part)
  bool sticky = false, any_digit = false, seen_point = false;
  size_t i = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    int v = hexval(s[i]);
    if (v < 0) break;
    any_digit = true;
    if (mant >> 60) {
      sticky |= v != 0;
      if (!seen_point) exp2 += 4;
    } else {
      mant = mant * 16 + v;
      if (seen_point) exp2 -= 4;
    }
  }
  if (!any_digit) return FromHexError::Invalid;
  if (i < s.size() && (s[i] | 0x20) == 'p') {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    size_t start = i;
    int64_t e = 0;
    for (; i < s.size() && is_digit(s[i]); ++i)
      if (e < 1000000000) e = e * 10 + (s[i] - '0');
    if (i == start) return FromHexError::Invalid;
    exp2 += exp_negative ? -e : e;
  }
  // As CPython, overflow is reported before text after the number.
  bool trailing = i != s.size();
  if (mant == 0) {
    if (trailing) return FromHexError::Invalid;
    *out = negative ? -0.0 : 0.0;
    return FromHexError::None;
  }
  // Round mant * 2**exp2 to 53 bits (fewer when subnormal), ties to even.
  int bits = 64 - __builtin_clzll(mant);
  int64_t top = exp2 + bits;  // value in [2**(top-1), 2**top)
  if (top > 1024) return FromHexError::Overflow;
  int64_t keep = std::min<int64_t>(53, top + 1074);
  if (keep < 0) {
    if (trailing) return FromHexError::Invalid;
    *out = negative ? -0.0 : 0.0;
    return FromHexError::None;
  }
  int drop = bits - static_cast<int>(keep);  // at most 64
  if (drop > 0) {
    uint64_t low = drop == 64 ? mant : mant & ((uint64_t{1} << drop) - 1);
    uint64_t half = uint64_t{1} << (drop - 1);
    mant = drop == 64 ? 0 : mant >> drop;
    exp2 += drop;
    if (low > half || (low == half && (sticky || (mant & 1)))) ++mant;
  }
  double value = std::ldexp(static_cast<double>(mant), static_cast<int>(exp2));
  if (std::isinf(value)) return FromHexError::Overflow;
  if (trailing) return FromHexError::Invalid;
  *out = negative ? -value : value;
  return FromHexError::None;
}

}  // namespace pytier::light::num
