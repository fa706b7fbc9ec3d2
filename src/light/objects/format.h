#pragma once
// Formatting (objects/ internal): the __format__ methods of int, float and
// str over the format-spec mini-language, str.format / format_map, and
// printf-style `str % args`.

#include "light/objects/object.h"

namespace pytier::light {

Value int_format(Value self, const Value* args, size_t nargs, Value kwnames);
Value float_format(Value self, const Value* args, size_t nargs, Value kwnames);
Value str_format_spec(Value self, const Value* args, size_t nargs, Value kwnames);
Value str_format_method(Value self, const Value* args, size_t nargs, Value kwnames);
Value str_format_map(Value self, const Value* args, size_t nargs, Value kwnames);
Value str_mod_slot(Value a, Value b);

}  // namespace pytier::light
