// format() against python3.11: many specs on ints, floats and strs,
// including the error messages of bad specs.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "light/num/float_text.h"
#include "light/num/format_spec.h"
#include "reference.h"

namespace num = pytier::light::num;

namespace {

const std::vector<std::string> SPECS = {
    "", "d", "5", "<5", ">5", "^6", "=8", "*^9", "0", "08", "+08", "-8", " 8", "+", " ", ",", "_", "010,",
    "012_", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "_x", "_b", "#012_x", "n", "c", "e", "E", "f", "F",
    "g", "G", "%", ".2", ".0", ".3f", ".0f", "#.0f", ".10e", "#g", "#.3g", ".3g", ".1g", ".17g", "10.4",
    "z", "z.2f", "z.0f", "+.2e", ",.2f", "_.3f", "020,.2f", "0=12.3", "x<+12.3e", "é>10", "^", ".2%",
    "s", ".3s", "10.2s", "#", "=", "+s", " s", "zs", "#s", "=s", ",s", ".", "xx", "5,_", "5_,", ",x",
    ",c", ".2d", "zd", "+c", "#c", "q", "\x01", ",\x01", "99999999999999999999999", "ñ^+#015,.4f", "\xe2\x82\xac<7",
    ",d", "_d", "_o", ",%", "_g", ",e", "=+09", "0<6", "0^7", "^#09x", "z+.1f", ".200f", ".30e", ".25g"};

std::string ours_int(const num::BigInt& v, const std::string& spec, const char* type) {
  std::string out;
  num::FormatError err;
  if (num::format_int(v, spec, type, &out, &err)) return "'" + out + "'";
  return (err.kind == num::FormatError::Value ? "ValueError: " : "OverflowError: ") + err.message;
}

std::string ours_float(double v, const std::string& spec) {
  std::string out;
  num::FormatError err;
  if (num::format_float(v, spec, "float", &out, &err)) return "'" + out + "'";
  return (err.kind == num::FormatError::Value ? "ValueError: " : "OverflowError: ") + err.message;
}

std::string ours_str(const std::string& v, const std::string& spec) {
  std::string out;
  num::FormatError err;
  if (num::format_str(v, spec, "str", &out, &err)) return "'" + out + "'";
  return (err.kind == num::FormatError::Value ? "ValueError: " : "OverflowError: ") + err.message;
}

std::string ours_complex(double re, double im, const std::string& spec) {
  std::string out;
  num::FormatError err;
  if (num::format_complex(re, im, spec, "complex", &out, &err)) return "'" + out + "'";
  return (err.kind == num::FormatError::Value ? "ValueError: " : "OverflowError: ") + err.message;
}

std::string py_literal(const std::string& s) {
  std::string out = "'";
  for (unsigned char c : s) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
  }
  return out + "'.encode('latin-1').decode('utf-8')";
}

}  // namespace

TEST(FormatCrossCheck, IntFloatStr) {
  std::string script =
      "def f(v, s):\n"
      "    try: print(\"'\" + format(v, s) + \"'\")\n"
      "    except (ValueError, OverflowError) as e: print(type(e).__name__ + ': ' + str(e))\n";
  std::vector<std::string> expected;
  const std::vector<std::pair<std::string, num::BigInt>> ints = {
      {"0", num::BigInt(0)}, {"7", num::BigInt(7)}, {"-42", num::BigInt(-42)}, {"1234567", num::BigInt(1234567)},
      {"-987654321", num::BigInt(-987654321)}, {"65", num::BigInt(65)}, {"10**30", num::BigInt::pow(10, 30)},
      {"-2**70", -num::BigInt::pow(2, 70)}, {"10**400", num::BigInt::pow(10, 400)}, {"0x110000", num::BigInt(0x110000)}};
  const std::vector<std::pair<std::string, double>> floats = {
      {"0.0", 0.0}, {"-0.0", -0.0}, {"1.5", 1.5}, {"-1234567.891", -1234567.891}, {"1e16", 1e16},
      {"1e-7", 1e-7}, {"123.456", 123.456}, {"float('inf')", HUGE_VAL}, {"-float('inf')", -HUGE_VAL},
      {"float('nan')", std::nan("")}, {"-0.0001", -0.0001}, {"0.5", 0.5}, {"2.5", 2.5}, {"1e300", 1e300},
      {"5e-324", 5e-324}};
  const std::vector<std::pair<double, double>> complexes = {
      {0.0, 1.0}, {1.0, 2.0}, {-0.0, -1.5}, {1e16, -1e-5}, {0.0, -0.0}, {-2.5, HUGE_VAL}, {1234.5, 0.0}};
  std::vector<std::string> labels;
  const std::vector<std::string> strs = {"", "abc", "héllo wörld", "\xe2\x82\xac\xf0\x9f\x98\x80x"};
  for (const std::string& spec : SPECS) {
    std::string lit = py_literal(spec);
    for (auto& [text, v] : ints) {
      script += "f(" + text + ", " + lit + ")\n";
      expected.push_back(ours_int(v, spec, "int"));
    }
    for (auto& [text, v] : floats) {
      script += "f(" + text + ", " + lit + ")\n";
      expected.push_back(ours_float(v, spec));
    }
    for (auto& s : strs) {
      script += "f(" + py_literal(s) + ", " + lit + ")\n";
      expected.push_back(ours_str(s, spec));
    }
    for (auto& [re, im] : complexes) {
      script += "f(complex(float('" + num::float_repr(re) + "'), float('" + num::float_repr(im) + "')), " + lit + ")\n";
      expected.push_back(ours_complex(re, im, spec));
    }
    labels.resize(expected.size(), spec);
  }
  std::istringstream ref(run_reference(script));
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(ref, line)) {
    ASSERT_LT(n, expected.size());
    if (expected[n] != line && ++bad <= 30)
      ADD_FAILURE() << "case " << n << " spec '" << labels[n] << "'\nref:  " << line << "\nours: " << expected[n];
    ++n;
  }
  EXPECT_EQ(n, expected.size());
  EXPECT_EQ(bad, 0u);
}
