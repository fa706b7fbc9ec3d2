#pragma once
// Single-byte source encodings (PEP 263) besides UTF-8 and Latin-1, such as
// koi8-r or cp1252. Their tables are generated at build time from
// python3.11's encodings package (gen_codecs.py).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pytier::light::syntax {

struct CodecName {
  const char* name;  // normalized as encodings.normalize_encoding does
  int table;
};

extern const uint16_t kCodecTables[][256];  // byte -> code point; 0xFFFE: undefined
extern const CodecName kCodecNames[];      // sorted by name
extern const size_t kCodecNameCount;

// The table for a declared encoding name, or null.
const uint16_t* find_codec(std::string_view declared);

}  // namespace pytier::light::syntax
