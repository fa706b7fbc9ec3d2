#pragma once
// The few Unicode facts the tokenizer needs about identifiers.

#include <string>
#include <string_view>

namespace pytier::light::syntax {

// Decodes the UTF-8 character at the start of `s` (U+FFFD if malformed).
char32_t decode_utf8_char(std::string_view s);
void append_utf8(std::string* out, char32_t cp);  // WTF-8: lone surrogates allowed

// PEP 3131: XID_Start followed by XID_Continue characters.
bool check_identifier(std::string_view name);
// The first character of `name` that breaks PEP 3131, as a UTF-8 slice.
std::string_view first_invalid_identifier_char(std::string_view name);
bool is_printable_char(char32_t cp);
// \N{name}: a character name, alias or algorithmic name.
bool lookup_unicode_name(std::string_view name, char32_t* out);

}  // namespace pytier::light::syntax
