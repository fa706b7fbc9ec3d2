#pragma once
// memoryview: a view of the bytes of a bytes or bytearray object, format 'B'
// (one unsigned byte per item), one dimension, possibly strided by slicing.

#include <cstdint>

#include "light/objects/object.h"

namespace pytier::light {

extern Type memoryview_type;

struct MemoryView : Object {
  Value exporter;   // the bytes or bytearray viewed; null once released
  int64_t start;    // byte offset of item 0 in the exporter
  int64_t step;     // byte distance between items (negative after [::-1])
  int64_t length;   // number of items
  bool readonly;
};

void init_memoryview_type();

}  // namespace pytier::light
