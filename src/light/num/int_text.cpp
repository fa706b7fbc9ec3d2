#include "light/num/int_text.h"

#include "light/num/bigint.h"

namespace pytier::light::num {

std::string int_literal_to_decimal(std::string_view digits, int base) {
  if (base == 10) {
    size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? "0" : std::string(digits.substr(first));
  }
  BigInt value;
  if (!BigInt::from_digits(digits, base, &value)) return "";
  return value.to_string(10);
}

}  // namespace pytier::light::num
