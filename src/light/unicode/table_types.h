// The shapes of the generated Unicode tables (see gen_tables.py).
#pragma once
#include <cstdint>

namespace pytier::light::unicode::tables {

// One distinct combination of character properties; code points share records.
struct Record {
  uint8_t category;   // index into CATEGORY_NAMES
  uint8_t bidi;       // index into BIDI_NAMES
  uint8_t combining;  // canonical combining class
  uint16_t flags;     // *_MASK bits
  int8_t decimal;     // -1 when the character has no decimal value
  int8_t digit;
  uint16_t numeric;   // index into NUMERIC_VALUES, 0 when not numeric
  // Without EXTENDED_CASE these are deltas from the code point (fold = lower).
  // With it, each packs (start << 8 | length) into EXT_CASE.
  int32_t upper, lower, title, fold;
  uint8_t east_asian_width;  // index into EAW_NAMES
  bool decomposed;
};

struct ComposePair {
  uint32_t first, second, composite;
};

struct NameAlias {
  const char* name;
  uint32_t code;
};

struct NamedSequence {
  const char* name;
  uint16_t start, length;  // slice of NAMED_SEQUENCE_DATA
};

struct CodeRange {
  uint32_t first, last;
};

}  // namespace pytier::light::unicode::tables
