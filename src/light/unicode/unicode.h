// Unicode character properties, names, case mapping and normalization.
//
// Definitions follow CPython 3.11 (Objects/unicodectype.c, Modules/unicodedata.c)
// so str methods and unicodedata agree with it. The data is Debian's Unicode
// 15.0 with the characters added after 14.0 (CPython 3.11's version) left
// unassigned; a few properties 15.0 changed on older characters differ.
#pragma once
#include <string>
#include <string_view>

namespace pytier::light::unicode {

// ---- character properties (str methods, the tokenizer) ----
bool is_printable(char32_t c);      // str.isprintable, repr(): not C* or Z*, except ' '
bool is_xid_start(char32_t c);      // identifier start ('_' is the caller's business)
bool is_xid_continue(char32_t c);
bool is_alpha(char32_t c);          // categories Lm Lt Lu Ll Lo
bool is_decimal(char32_t c);
bool is_digit(char32_t c);
bool is_numeric(char32_t c);
bool is_alnum(char32_t c);          // alpha, decimal, digit or numeric
bool is_space(char32_t c);          // Zs, or bidi WS/B/S
bool is_linebreak(char32_t c);      // str.splitlines boundaries
bool is_lower(char32_t c);
bool is_upper(char32_t c);
bool is_title(char32_t c);
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);

int to_decimal(char32_t c);  // -1 when not a decimal digit
int to_digit(char32_t c);    // -1 when not a digit
// The numeric value as UnicodeData writes it ("1/4", "-1/2", "100000000");
// null when the character has none.
const char* numeric_text(char32_t c);
bool numeric_value(char32_t c, double* out);  // false when the character has none

// ---- case mapping: full mappings write up to 3 code points, return the count ----
int to_lower_full(char32_t c, char32_t out[3]);
int to_upper_full(char32_t c, char32_t out[3]);
int to_title_full(char32_t c, char32_t out[3]);
int to_fold_full(char32_t c, char32_t out[3]);

// str methods on UTF-8 text, including the final-sigma rule of str.lower.
std::string lower(std::string_view utf8);
std::string upper(std::string_view utf8);
std::string casefold(std::string_view utf8);
std::string swapcase(std::string_view utf8);
std::string title(std::string_view utf8);
std::string capitalize(std::string_view utf8);

// What int() and float() parse (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII):
// ASCII stays, other whitespace becomes ' ', other decimal digits their
// ASCII digit, anything else '?', which no number syntax accepts.
std::string decimal_and_space_to_ascii(std::string_view utf8);

// str.isidentifier: XID_Start or '_', then XID_Continue.
bool is_identifier(std::string_view utf8);

// ---- unicodedata ----
const char* unidata_version();              // "14.0.0", as CPython 3.11
const char* category(char32_t c);           // two letters, "Cn" when unassigned
const char* bidirectional(char32_t c);      // "" when unassigned
int combining(char32_t c);
bool mirrored(char32_t c);
const char* east_asian_width(char32_t c);
std::string decomposition(char32_t c);      // "<compat> 0020 0308", "" when none

// ---- names ----
// \N{...}: character names, NameAliases and the algorithmic CJK/Hangul names,
// matched case-insensitively. False when there is no such name.
bool lookup_name(std::string_view name, char32_t* out);
// unicodedata.lookup also accepts named sequences; out receives UTF-8.
bool lookup_name_or_sequence(std::string_view name, std::string* out_utf8);
// unicodedata.name; false when the character has no name.
bool name_of(char32_t c, std::string* out);

// ---- normalization (UTF-8 in, UTF-8 out) ----
enum class Form { NFC, NFD, NFKC, NFKD };
std::string normalize(Form form, std::string_view utf8);
bool is_normalized(Form form, std::string_view utf8);
std::string nfkc(std::string_view utf8);  // identifiers (PEP 3131)

}  // namespace pytier::light::unicode
