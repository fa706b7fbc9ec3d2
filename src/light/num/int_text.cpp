#include "light/num/int_text.h"

#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"

namespace pytier::light::num {

namespace {
int max_str_digits_setting = DEFAULT_MAX_STR_DIGITS;
}  // namespace

int int_max_str_digits() { return max_str_digits_setting; }
void set_int_max_str_digits(int max_str_digits) { max_str_digits_setting = max_str_digits; }

std::string int_literal_to_decimal(std::string_view digits, int base) {
  if (base == 10) {
    size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? "0" : std::string(digits.substr(first));
  }
  BigInt value;
  if (!BigInt::from_digits(digits, base, &value)) return "";
  return value.to_string(10);
}

namespace {

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_of(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool has_prefix(std::string_view s, int base) {
  if (s.size() < 2 || s[0] != '0') return false;
  char p = static_cast<char>(s[1] | 0x20);
  return (base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b');
}

}  // namespace

// Follows the steps of CPython's PyLong_FromString, which fix which error wins.
IntParseError parse_int_bytes(std::string_view s, int base, int max_str_digits, BigInt* out,
                              size_t* digit_count) {
  size_t i = 0;
  while (i < s.size() && is_ascii_space(s[i])) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  bool old_octal = false;  // "0..." in base 0: valid only when the value is zero
  if (base == 0) {
    std::string_view rest = s.substr(i);
    if (has_prefix(rest, 16)) base = 16;
    else if (has_prefix(rest, 8)) base = 8;
    else if (has_prefix(rest, 2)) base = 2;
    else {
      base = 10;
      old_octal = !rest.empty() && rest[0] == '0';
    }
  }
  if (has_prefix(s.substr(i), base)) {
    i += 2;
    if (i < s.size() && s[i] == '_') ++i;  // one underscore may follow the prefix
  }
  if (i < s.size() && s[i] == '_') return IntParseError::Invalid;
  std::string digits;
  bool binary = (base & (base - 1)) == 0;
  for (char prev = 0; i < s.size() && (digit_of(s[i]) < base || s[i] == '_'); prev = s[i++]) {
    if (s[i] != '_') digits += s[i];
    else if (prev == '_') return IntParseError::Invalid;
  }
  if (i > 0 && s[i - 1] == '_') return IntParseError::Invalid;
  if (!binary && max_str_digits > 0 && digits.size() > static_cast<size_t>(max_str_digits)) {
    *digit_count = digits.size();
    return IntParseError::TooManyDigits;
  }
  if (digits.empty()) return IntParseError::Invalid;
  while (i < s.size() && is_ascii_space(s[i])) ++i;
  if (i != s.size()) return IntParseError::Invalid;
  BigInt value;
  if (!BigInt::from_digits(digits, base, &value)) return IntParseError::Invalid;
  if (old_octal && !value.is_zero()) return IntParseError::Invalid;
  *out = negative ? -value : value;
  return IntParseError::None;
}

IntParseError parse_int(std::string_view utf8, int base, int max_str_digits, BigInt* out, size_t* digit_count) {
  if (unicode::is_ascii(utf8)) return parse_int_bytes(utf8, base, max_str_digits, out, digit_count);
  return parse_int_bytes(unicode::decimal_and_space_to_ascii(utf8), base, max_str_digits, out, digit_count);
}

std::string invalid_int_literal_message(int base, std::string_view text_repr) {
  // CPython formats the repr with %.200R: cut at 200 characters.
  size_t end = 0;
  for (int n = 0; end < text_repr.size() && n < 200; ++n) unicode::next_utf8(text_repr, end);
  return "invalid literal for int() with base " + std::to_string(base) + ": " + std::string(text_repr.substr(0, end));
}

std::string int_parse_limit_message(size_t digit_count, int max_str_digits) {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion: value has " + std::to_string(digit_count) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

bool int_to_string(const BigInt& x, int base, int max_str_digits, std::string* out) {
  // log10(2) < 0.30103: a bit count this large always exceeds the limit.
  if (base == 10 && max_str_digits > 0 && x.bit_length() / 3.3219280948873626 > max_str_digits + 1) return false;
  *out = x.to_string(base);
  if (base == 10 && max_str_digits > 0 && out->size() - (x.is_negative() ? 1 : 0) > static_cast<size_t>(max_str_digits))
    return false;
  return true;
}

std::string int_str_limit_message(int max_str_digits) {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

}  // namespace pytier::light::num
