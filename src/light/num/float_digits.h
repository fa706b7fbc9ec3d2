// Correctly rounded decimal digits of a double, in the shape of David Gay's
// dtoa: the digit string without trailing zeros and the decimal point's place.
#pragma once
#include <string>

namespace pytier::light::num {

enum class DigitMode {
  Shortest,     // the fewest digits that read back as the same double
  Significant,  // ndigits significant digits (ndigits >= 1)
  Fixed,        // ndigits digits after the decimal point (ndigits >= 0)
};

struct DecimalDigits {
  std::string digits;  // value == 0.<digits> * 10**decpt; "" when it rounds to 0
  int decpt = 0;
  bool negative = false;
};

DecimalDigits decimal_digits(double x, DigitMode mode, int ndigits);

}  // namespace pytier::light::num
