// Real functions whose results CPython computes with its own algorithms
// rather than the C library's, so that ours agree to the last bit.
#pragma once
#include <cstddef>

namespace pytier::light::num {

// sqrt(sum of squares) of `n` magnitudes, `max` being the largest (inf when
// one is infinite) and `nan` whether one is a nan: math.hypot and math.dist.
double vector_norm(double* magnitudes, size_t n, double max, bool nan);

// Gamma(x) and log|Gamma(x)| for finite x that is not a pole (zero or a
// negative integer); an infinite result means overflow.
double gamma(double x);
double lgamma(double x);

}  // namespace pytier::light::num
