#pragma once
// int and bool. A small int lives in the value word (see value.h); a larger
// one is a heap IntObject holding a num::BigInt. Every int operation first
// tries the small form and promotes on overflow.

#include <cstdint>
#include <string_view>

#include "light/num/bigint.h"
#include "light/objects/object.h"

namespace pytier::light {

extern Type int_type;
extern Type bool_type;

// A heap int: a value outside the small range, or an instance of a subclass
// of int (whose value may be anything).
struct IntObject : Object {
  num::BigInt value;
};

struct BoolObject : Object {};
extern BoolObject true_object;
extern BoolObject false_object;

inline Value py_true() { return Value(&true_object); }
inline Value py_false() { return Value(&false_object); }
inline Value py_bool(bool b) { return b ? py_true() : py_false(); }

inline bool int_check(Value v) { return v.is_small() || v.object()->type->has(Type::kIntSubclass); }
inline bool int_check_exact(Value v) { return v.is_small() || v.object()->type == &int_type; }

[[nodiscard]] Value int_from_i64(int64_t i);
[[nodiscard]] Value int_from_u64(uint64_t u);
// The value of an int literal: decimal digits (no sign, no underscores).
[[nodiscard]] Value int_from_decimal(std::string_view digits);
// int(text, base) with Python's syntax (sign, whitespace, underscores, base
// prefixes when base is 0) and CPython's ValueError text.
[[nodiscard]] Value int_from_text(std::string_view text, int base);
// int(d): truncates toward zero (OverflowError for inf, ValueError for nan).
[[nodiscard]] Value int_from_double(double d);

// An int (or bool) that fits int64: true and *out set; false otherwise
// (no exception).
bool int_to_i64(Value v, int64_t* out);
// The int's value as a double, correctly rounded (OverflowError "int too
// large to convert to float" when it does not fit).
[[nodiscard]] bool int_to_double(Value v, double* out);
// The int's sign: -1, 0 or 1.
int int_sign(Value v);
// Decimal text of an int (base 10; no digit limit check).
std::string int_to_decimal(Value v);
[[nodiscard]] Value int_from_big(num::BigInt value);
// Any int (small, heap, bool, subclass) as a BigInt.
num::BigInt int_to_big(Value v);
// hash(i) for a small int: modulo 2**61 - 1 with the sign, -1 -> -2.
int64_t hash_small_int(int64_t i);

}  // namespace pytier::light
