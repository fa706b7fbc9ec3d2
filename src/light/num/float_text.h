// float <-> text: repr, str, parsing.
#pragma once
#include <string>
#include <string_view>

namespace pytier::light::num {

// repr(x) (and str(x)): the shortest digits that read back as x, laid out as
// CPython does: "1e+16", "1e-05", "0.0001", "inf", "nan", "-0.0", "1.0".
std::string float_repr(double x);

}  // namespace pytier::light::num
