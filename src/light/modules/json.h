#pragma once
// The _json module's pieces, shared by its files: json.cpp (scanstring and
// the string escapers) and json_scanner.cpp (make_scanner).

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light::modules::json {

extern Type scanner_type;

// Raises json.decoder.JSONDecodeError(message, doc, pos); returns null.
Value decode_error(const char* message, Value doc, int64_t pos);
// The JSON string in doc (a str) whose opening quote is at end - 1 (new
// reference), with *next_end set past its closing quote.
[[nodiscard]] Value scan_string(Value doc, int64_t end, bool strict, int64_t* next_end);

void init_scanner_type();

}  // namespace pytier::light::modules::json
