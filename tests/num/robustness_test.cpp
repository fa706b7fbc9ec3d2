// Arbitrary bytes into every text entry point: errors, never a crash or hang.
#include <gtest/gtest.h>

#include <random>

#include "light/num/float_text.h"
#include "light/num/format_spec.h"
#include "light/num/int_text.h"
#include "light/unicode/unicode.h"

namespace num = pytier::light::num;
namespace u = pytier::light::unicode;

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(5);
  const std::string interesting = "0123456789_.,+- #zxXobeEfFgGn%sdc<>^=*\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\x80";
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    int len = rng() % 12;
    for (int j = 0; j < len; ++j)
      s += rng() % 4 ? interesting[rng() % interesting.size()] : static_cast<char>(rng());
    std::string out;
    num::FormatError err;
    (void)num::format_int(num::BigInt(-1234567), s, "int", &out, &err);
    (void)num::format_float(-1234.5678, s, "float", &out, &err);
    (void)num::format_str("h\xc3\xa9llo", s, "str", &out, &err);
    num::BigInt v;
    size_t digits;
    (void)num::parse_int(s, 0, 4300, &v, &digits);
    (void)num::parse_int(s, 36, 4300, &v, &digits);
    double d;
    (void)num::parse_float(s, &d);
    (void)num::float_fromhex(s, &d);
    char32_t c;
    (void)u::lookup_name(s, &c);
    (void)u::normalize(u::Form::NFKC, s);
    (void)u::normalize(u::Form::NFD, s);
    (void)u::lower(s);
    (void)u::title(s);
    (void)u::is_identifier(s);
  }
}
