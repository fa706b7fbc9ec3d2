#pragma once
// Struct sequences: tuples whose items also have names (sys.float_info,
// time.struct_time, os.stat_result in CPython). The first `visible` fields
// are the tuple; the rest are attributes only (struct_time's tm_zone).

#include "light/objects/object.h"

namespace pytier::light {

struct StructSeqType : Type {
  const char* const* fields = nullptr;  // `total` names
  int visible = 0;
  int total = 0;
};

// Readies `t` as the struct sequence `name` (dotted, e.g. "sys.float_info")
// with the given field names; the first `visible` of them are its items.
[[nodiscard]] bool struct_seq_ready(StructSeqType* t, const char* name, const char* const* fields, int visible,
                                    int total);
// A new instance taking all `total` values (stolen; a null one fails the
// whole call after releasing the others).
[[nodiscard]] Value struct_seq_new(StructSeqType* t, const Value* values);

}  // namespace pytier::light
