// float arithmetic whose exact semantics CPython fixes: round, %, //, hash.
#pragma once
#include <cstdint>

#include "light/num/bigint.h"

namespace pytier::light::num {

// round(x, ndigits), correctly rounded (half to even on the exact value).
// False on overflow: "rounded value too large to represent".
[[nodiscard]] bool float_round(double x, int64_t ndigits, double* out);
// round(x) to an int, half to even; false for inf ("cannot convert float
// infinity to integer", OverflowError) or nan ("cannot convert float NaN to
// integer", ValueError).
[[nodiscard]] bool float_round_to_int(double x, BigInt* out);

// x % y and x // y with Python's signs; y must be non-zero (the caller
// raises ZeroDivisionError "float modulo" / "float floor division by zero" /
// "float divmod()").
double float_mod(double x, double y);
void float_divmod(double x, double y, double* floordiv, double* mod);

// x ** y, as CPython's float_pow decides the special cases.
enum class FloatPowError {
  None,
  ZeroToNegative,  // ZeroDivisionError "0.0 cannot be raised to a negative power"
  Complex,         // a negative base to a fractional power: the caller goes complex
  Overflow,        // OverflowError (34, 'Numerical result out of range')
};
FloatPowError float_pow(double x, double y, double* out);

// int <=> float compared exactly: -1, 0 or 1, or 2 when x is a nan.
int compare_int_float(const BigInt& a, double x);

// hash(x) for a float that is not a nan (a nan hashes by identity).
int64_t float_hash(double x);

// x.as_integer_ratio() for finite x: the fraction in lowest terms.
void float_as_integer_ratio(double x, BigInt* numerator, BigInt* denominator);

}  // namespace pytier::light::num
