// Random format specs, built from the mini-language's characters, against
// python3.11: results and error messages must match.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "light/num/format_spec.h"
#include "reference.h"

namespace num = pytier::light::num;

namespace {

std::string describe(bool ok, const std::string& out, const num::FormatError& err) {
  if (ok) return "'" + out + "'";
  const char* kind = err.kind == num::FormatError::Value ? "ValueError: " : err.kind == num::FormatError::Overflow ? "OverflowError: " : "MemoryError: ";
  return kind + err.message;
}

}  // namespace

TEST(FormatFuzz, RandomSpecs) {
  const std::string pieces[] = {"<", ">", "^", "=", "*", "0", "+", "-", " ", "z", "#", "1", "2", "7", "12", ",",
                                "_", ".", ".0", ".3", "d", "x", "X", "o", "b", "c", "e", "E", "f", "F", "g", "G",
                                "n", "%", "s", "r", "a"};
  std::mt19937 rng(3);
  std::string script =
      "def f(v, s):\n"
      "    try: print(\"'\" + format(v, s) + \"'\")\n"
      "    except (ValueError, OverflowError) as e: print(type(e).__name__ + ': ' + str(e))\n";
  std::vector<std::string> expected, specs;
  for (int k = 0; k < 3000; ++k) {
    std::string spec;
    int n = 1 + rng() % 5;
    for (int j = 0; j < n; ++j) spec += pieces[rng() % std::size(pieces)];
    std::string out;
    num::FormatError err;
    script += "f(-1234567, '" + spec + "')\n";
    bool ok = num::format_int(num::BigInt(-1234567), spec, "int", &out, &err);
    expected.push_back(describe(ok, out, err));
    script += "f(-0.000123456, '" + spec + "')\n";
    ok = num::format_float(-0.000123456, spec, "float", &out, &err);
    expected.push_back(describe(ok, out, err));
    script += "f('abc', '" + spec + "')\n";
    ok = num::format_str("abc", spec, "str", &out, &err);
    expected.push_back(describe(ok, out, err));
    script += "f(complex(-1.5, 2), '" + spec + "')\n";
    ok = num::format_complex(-1.5, 2, spec, "complex", &out, &err);
    expected.push_back(describe(ok, out, err));
    specs.insert(specs.end(), 4, spec);
  }
  std::istringstream ref(run_reference(script));
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(ref, line)) {
    ASSERT_LT(n, expected.size());
    if (expected[n] != line && ++bad <= 25)
      ADD_FAILURE() << "spec '" << specs[n] << "' case " << n % 4 << "\nref:  " << line << "\nours: " << expected[n];
    ++n;
  }
  EXPECT_EQ(n, expected.size());
}
