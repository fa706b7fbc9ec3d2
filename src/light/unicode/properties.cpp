// Character properties: one two-level table lookup gives a shared record.
#include <cstdlib>

#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"
#include "unicode_tables.h"

namespace pytier::light::unicode {

using namespace tables;

namespace {

const Record& record(char32_t c) {
  if (c >= 0x110000) return RECORDS[0];
  unsigned block = RECORD_INDEX1[c >> RECORD_SHIFT];
  return RECORDS[RECORD_INDEX2[(block << RECORD_SHIFT) + (c & ((1u << RECORD_SHIFT) - 1))]];
}

bool has(char32_t c, uint16_t mask) { return (record(c).flags & mask) != 0; }

}  // namespace

bool is_printable(char32_t c) { return has(c, PRINTABLE_MASK); }
bool is_xid_start(char32_t c) { return has(c, XID_START_MASK); }
bool is_xid_continue(char32_t c) { return has(c, XID_CONTINUE_MASK); }
bool is_alpha(char32_t c) { return has(c, ALPHA_MASK); }
bool is_decimal(char32_t c) { return has(c, DECIMAL_MASK); }
bool is_digit(char32_t c) { return has(c, DIGIT_MASK); }
bool is_numeric(char32_t c) { return has(c, NUMERIC_MASK); }
bool is_alnum(char32_t c) { return has(c, ALPHA_MASK | DECIMAL_MASK | DIGIT_MASK | NUMERIC_MASK); }
bool is_space(char32_t c) { return has(c, SPACE_MASK); }
// The table's breaks (Zl, bidi B) plus the vertical tab and form feed, which
// str.splitlines also ends a line at.
bool is_linebreak(char32_t c) { return c == 0x0B || c == 0x0C || has(c, LINEBREAK_MASK); }
bool is_lower(char32_t c) { return has(c, LOWER_MASK); }
bool is_upper(char32_t c) { return has(c, UPPER_MASK); }
bool is_title(char32_t c) { return has(c, TITLE_MASK); }
bool is_cased(char32_t c) { return has(c, CASED_MASK); }
bool is_case_ignorable(char32_t c) { return has(c, CASE_IGNORABLE_MASK); }

int to_decimal(char32_t c) { return record(c).decimal; }
int to_digit(char32_t c) { return record(c).digit; }

const char* numeric_text(char32_t c) {
  uint16_t i = record(c).numeric;
  return i ? NUMERIC_VALUES[i] : nullptr;
}

bool numeric_value(char32_t c, double* out) {
  const char* text = numeric_text(c);
  if (!text) return false;
  char* end;
  double value = std::strtod(text, &end);
  if (*end == '/') value /= std::strtod(end + 1, nullptr);
  *out = value;
  return true;
}

namespace {

// Full mapping for one of the four case slots of a record.
int full_case(char32_t c, int32_t Record::*slot, char32_t out[3]) {
  const Record& r = record(c);
  if (!(r.flags & EXTENDED_CASE_MASK)) {
    out[0] = static_cast<char32_t>(static_cast<int32_t>(c) + r.*slot);
    return 1;
  }
  int32_t packed = r.*slot;
  int start = packed >> 8, count = packed & 0xFF;
  for (int k = 0; k < count; ++k) out[k] = EXT_CASE[start + k];
  return count;
}

}  // namespace

int to_lower_full(char32_t c, char32_t out[3]) { return full_case(c, &Record::lower, out); }
int to_upper_full(char32_t c, char32_t out[3]) { return full_case(c, &Record::upper, out); }
int to_title_full(char32_t c, char32_t out[3]) { return full_case(c, &Record::title, out); }

int to_fold_full(char32_t c, char32_t out[3]) {
  const Record& r = record(c);
  return full_case(c, (r.flags & EXTENDED_CASE_MASK) ? &Record::fold : &Record::lower, out);
}

std::string decimal_and_space_to_ascii(std::string_view utf8) {
  std::string ascii;
  ascii.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = next_utf8(utf8, i);
    if (c < 0x80) ascii += static_cast<char>(c);
    else if (is_space(c)) ascii += ' ';
    else if (to_decimal(c) >= 0) ascii += static_cast<char>('0' + to_decimal(c));
    else ascii += '?';
  }
  return ascii;
}

bool is_identifier(std::string_view utf8) {
  if (utf8.empty()) return false;
  size_t i = 0;
  char32_t first = next_utf8(utf8, i);
  if (!is_xid_start(first) && first != '_') return false;
  while (i < utf8.size())
    if (!is_xid_continue(next_utf8(utf8, i))) return false;
  return true;
}

const char* unidata_version() { return UNIDATA_VERSION; }
const char* category(char32_t c) { return CATEGORY_NAMES[record(c).category]; }
const char* bidirectional(char32_t c) { return BIDI_NAMES[record(c).bidi]; }
int combining(char32_t c) { return record(c).combining; }
bool mirrored(char32_t c) { return has(c, MIRRORED_MASK); }
const char* east_asian_width(char32_t c) { return EAW_NAMES[record(c).east_asian_width]; }

}  // namespace pytier::light::unicode
