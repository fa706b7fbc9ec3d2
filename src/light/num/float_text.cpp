#include "light/num/float_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace pytier::light::num {

bool shortest_digits(double x, std::string* digits, int* decpt) {
  // std::to_chars gives the shortest round-trip digits (Ryu); we only need
  // them and the decimal exponent, not its layout.
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  *res.ptr = '\0';
  char* e = std::strchr(buf, 'e');
  digits->clear();
  for (char* p = buf; p < e; ++p)
    if (*p != '.') *digits += *p;
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  *decpt = std::atoi(e + 1) + 1;
  return true;
}

std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::string out = std::signbit(x) ? "-" : "";
  if (x == 0) return out + "0.0";
  std::string digits;
  int decpt;
  shortest_digits(x, &digits, &decpt);
  int n = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out.append(digits, 1);
    }
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", decpt - 1 < 0 ? '-' : '+', std::abs(decpt - 1));
    return out + exp;
  }
  if (decpt <= 0) {
    out += "0.";
    out.append(-decpt, '0');
    return out + digits;
  }
  if (decpt >= n) {
    out += digits;
    out.append(decpt - n, '0');
    return out + ".0";
  }
  out.append(digits, 0, decpt);
  out += '.';
  out.append(digits, decpt);
  return out;
}

}  // namespace pytier::light::num
