#pragma once
// The _json module's pieces, shared by its files: json.cpp (scanstring and
// the string escapers), json_scanner.cpp (make_scanner) and
// json_encoder.cpp (make_encoder).

#include <cstdint>
#include <string>

#include "light/objects/object.h"
#include "light/objects/str.h"

namespace pytier::light::modules::json {

extern Type scanner_type;
extern Type encoder_type;

// Raises json.decoder.JSONDecodeError(message, doc, pos); returns null.
Value decode_error(const char* message, Value doc, int64_t pos);
// The JSON string in doc (a str) whose opening quote is at end - 1 (new
// reference), with *next_end set past its closing quote.
[[nodiscard]] Value scan_string(Value doc, int64_t end, bool strict, int64_t* next_end);

// Appends s as a quoted JSON string literal, escaped as
// encode_basestring_ascii (ascii) or encode_basestring does.
void append_quoted(const Str* s, bool ascii, std::u32string* out);
// 1 when fn is _json.encode_basestring_ascii, 0 for encode_basestring, -1
// for anything else.
int native_escaper(Value fn);

void init_scanner_type();
void init_encoder_type();

}  // namespace pytier::light::modules::json
