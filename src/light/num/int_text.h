// Integer literals and int <-> text in bases 2..36.
#pragma once
#include <string>
#include <string_view>

namespace pytier::light::num {

// The decimal spelling of an integer literal's digits (no prefix, no
// underscores, no sign) in `base` (2, 8, 10 or 16; any base 2..36 works).
// Any length: the 4300-digit limit is the caller's concern.
std::string int_literal_to_decimal(std::string_view digits, int base);

}  // namespace pytier::light::num
