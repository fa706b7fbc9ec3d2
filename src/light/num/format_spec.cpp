// Parsing the format spec, following CPython's parse_internal_render_format_spec
// step by step: the order of the checks decides which error a bad spec gets.
#include <cstdio>
#include <iterator>

#include "light/num/format_spec.h"
#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"

namespace pytier::light::num {

namespace {

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }
bool is_sign(char32_t c) { return c == '+' || c == '-' || c == ' '; }

// Reads decimal digits (of any script) at s[pos]; false on overflow.
bool read_integer(std::u32string_view s, size_t& pos, int64_t* value, bool* consumed) {
  int64_t v = 0;
  *consumed = false;
  for (; pos < s.size(); ++pos) {
    char32_t c = s[pos];
    int d = c >= '0' && c <= '9' ? static_cast<int>(c - '0') : c < 0x80 ? -1 : unicode::to_decimal(c);
    if (d < 0) break;
    if (v > (INT64_MAX - d) / 10) return false;
    v = v * 10 + d;
    *consumed = true;
  }
  *value = v;
  return true;
}

// A presentation type in a message: 'x' when printable ASCII, else '\x..'.
std::string quoted_type(char32_t t) {
  char buf[32];
  if (t > 32 && t < 128) std::snprintf(buf, sizeof buf, "'%c'", static_cast<char>(t));
  else std::snprintf(buf, sizeof buf, "'\\x%x'", static_cast<unsigned>(t));
  return buf;
}

bool fail(FormatError* err, std::string message) {
  err->kind = FormatError::Value;
  err->message = std::move(message);
  return false;
}

}  // namespace

bool parse_format_spec(std::string_view spec_utf8, char32_t default_type, char default_align,
                       std::string_view type_name, FormatSpec* out, FormatError* err) {
  // Specs are short: decode into a stack buffer unless this one is not.
  char32_t small[64];
  std::u32string large;
  std::u32string_view s;
  if (spec_utf8.size() <= std::size(small)) {
    size_t n = 0;
    for (size_t i = 0; i < spec_utf8.size();) small[n++] = unicode::next_utf8(spec_utf8, i);
    s = std::u32string_view(small, n);
  } else {
    large = unicode::decode_utf8(spec_utf8);
    s = large;
  }
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0;
  bool fill_given = false, align_given = false;
  if (s.size() >= 2 && is_align(s[1])) {
    f.fill = s[0];
    f.align = static_cast<char>(s[1]);
    fill_given = align_given = true;
    pos = 2;
  } else if (!s.empty() && is_align(s[0])) {
    f.align = static_cast<char>(s[0]);
    align_given = true;
    pos = 1;
  }
  if (pos < s.size() && is_sign(s[pos])) f.sign = static_cast<char>(s[pos++]);
  if (pos < s.size() && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_given && pos < s.size() && s[pos] == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  bool consumed;
  if (!read_integer(s, pos, &f.width, &consumed)) return fail(err, "Too many decimal digits in format string");
  if (!consumed) f.width = -1;
  if (pos < s.size() && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (f.grouping) return fail(err, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && f.grouping == '_') return fail(err, "Cannot specify both ',' and '_'.");
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (!read_integer(s, pos, &f.precision, &consumed)) return fail(err, "Too many decimal digits in format string");
    if (!consumed) return fail(err, "Format specifier missing precision");
  }
  if (s.size() - pos > 1)
    return fail(err, "Invalid format specifier '" + std::string(spec_utf8) + "' for object of type '" +
                         std::string(type_name) + "'");
  if (pos < s.size()) f.type = s[pos];
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') {
          f.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        return fail(err, std::string("Cannot specify '") + f.grouping + "' with " + quoted_type(f.type) + ".");
    }
  }
  *out = f;
  return true;
}

std::string unknown_format_code_message(char32_t type, std::string_view type_name) {
  return "Unknown format code " + quoted_type(type) + " for object of type '" + std::string(type_name) + "'";
}

}  // namespace pytier::light::num
