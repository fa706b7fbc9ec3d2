#pragma once
// float: an IEEE double.

#include <string_view>

#include "light/objects/object.h"

namespace pytier::light {

extern Type float_type;

struct Float : Object {
  double value;
};

bool float_check(Value v);  // float or a subclass
inline bool float_check_exact(Value v) { return !v.is_small() && v.object()->type == &float_type; }
inline double float_value(Value v) { return v.as<Float>()->value; }

[[nodiscard]] Value float_from_double(double d);
// float(x)'s conversion of a number: float, int, __float__, __index__.
[[nodiscard]] bool to_double(Value v, double* out);
// float(text) with Python's syntax and CPython's ValueError text.
[[nodiscard]] Value float_from_text(std::string_view text);
// hash(x) for a double (nan hashes by the identity of `owner`).
int64_t hash_double(Value owner, double v);

}  // namespace pytier::light
