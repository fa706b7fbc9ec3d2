// int(s, base), float(s) and float.fromhex(s) against python3.11 on random
// strings over the characters their grammars care about.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "light/num/float_text.h"
#include "light/num/int_text.h"
#include "reference.h"

namespace num = pytier::light::num;

TEST(ParseCrossCheck, RandomStrings) {
  const std::string alphabet = "0123456789_.eE+-xXoObBaAfFpPnNiI \t";
  std::mt19937 rng(99);
  std::string script =
      "import sys\n"
      "def i(s, b):\n"
      "    try: return str(int(s, b))\n"
      "    except ValueError: return 'E'\n"
      "def f(s):\n"
      "    try: return repr(float(s))\n"
      "    except ValueError: return 'E'\n"
      "def h(s):\n"
      "    try: return repr(float.fromhex(s))\n"
      "    except (ValueError, OverflowError) as e: return type(e).__name__\n"
      "def go(s): print(' '.join([i(s, 0), i(s, 10), i(s, 16), i(s, 2), f(s), h(s)]))\n";
  std::vector<std::string> expected;
  std::vector<std::string> samples = {"1_000", "0x_ff", "1e5_0", "-0", "+.5", "5.", "1_2.3_4e+1_0", "  inf ",
                                      "-nAn", "InFiNiTy", "0x1.8p3", "0x.8", "1p-1074", "0x1p-1075", "0xfp1020"};
  for (int k = 0; k < 6000; ++k) {
    std::string s;
    int len = rng() % 9;
    for (int j = 0; j < len; ++j) s += alphabet[rng() % alphabet.size()];
    samples.push_back(s);
  }
  for (const std::string& s : samples) {
    script += "go('" + s + "'.replace('\\t', '\\t'))\n";
    std::ostringstream os;
    for (int base : {0, 10, 16, 2}) {
      num::BigInt v;
      size_t digits;
      os << (num::parse_int(s, base, 4300, &v, &digits) == num::IntParseError::None ? v.to_string() : "E") << ' ';
    }
    double d;
    os << (num::parse_float(s, &d) ? num::float_repr(d) : "E") << ' ';
    switch (num::float_fromhex(s, &d)) {
      case num::FromHexError::None: os << num::float_repr(d); break;
      case num::FromHexError::Invalid: os << "ValueError"; break;
      case num::FromHexError::Overflow: os << "OverflowError"; break;
    }
    expected.push_back(os.str());
  }
  std::istringstream ref(run_reference(script));
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(ref, line)) {
    ASSERT_LT(n, expected.size());
    if (expected[n] != line && ++bad <= 20)
      ADD_FAILURE() << "input '" << samples[n] << "'\nref:  " << line << "\nours: " << expected[n];
    ++n;
  }
  EXPECT_EQ(n, expected.size());
}
