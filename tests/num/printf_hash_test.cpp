// printf-style formatting and the tuple/frozenset hashes against python3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "light/num/hash.h"
#include "light/num/printf_format.h"
#include "reference.h"

namespace num = pytier::light::num;

namespace {

num::PrintfSpec parse_flags(const std::string& flags, char conversion) {
  num::PrintfSpec s;
  s.conversion = conversion;
  size_t i = 0;
  for (; i < flags.size() && std::string("-+ #0").find(flags[i]) != std::string::npos; ++i) {
    switch (flags[i]) {
      case '-': s.left = true; break;
      case '+': s.plus = true; break;
      case ' ': s.space = true; break;
      case '#': s.alternate = true; break;
      case '0': s.zero = true; break;
    }
  }
  if (i < flags.size() && isdigit(flags[i])) s.width = std::stoll(flags.substr(i));
  while (i < flags.size() && isdigit(flags[i])) ++i;
  if (i < flags.size() && flags[i] == '.') s.precision = i + 1 < flags.size() ? std::stoll(flags.substr(i + 1)) : 0;
  return s;
}

std::string in_quotes(const std::string& s) {
  std::string out(1, '\'');
  out.append(s);
  out.push_back('\'');
  return out;
}

}  // namespace

TEST(Printf, AgainstPython) {
  const std::vector<std::string> flags = {"", "5", "-5", "05", "+", " ", "#", "#08", "-#8", "+08", "+-8",
                                          ".3", "8.3", "08.3", "-08.3", "#.0", " 07", ".0"};
  const std::vector<std::pair<std::string, int64_t>> ints = {{"0", 0}, {"42", 42}, {"-42", -42}, {"255", 255}};
  const std::vector<std::pair<std::string, double>> floats = {
      {"0.0", 0.0}, {"-1.5", -1.5}, {"1234.5", 1234.5}, {"1e-7", 1e-7}, {"float('inf')", HUGE_VAL},
      {"-float('inf')", -HUGE_VAL}, {"float('nan')", std::nan("")}};
  std::string script;
  std::vector<std::string> expected;
  for (const std::string& fl : flags) {
    for (char conv : std::string("diuoxX")) {
      for (auto& [text, v] : ints) {
        script += "print(repr('%" + fl + conv + "' % " + text + "))\n";
        std::string out;
        EXPECT_TRUE(num::printf_int(num::BigInt(v), parse_flags(fl, conv), &out));
        expected.push_back(in_quotes(out));
      }
    }
    for (char conv : std::string("eEfFgG")) {
      for (auto& [text, v] : floats) {
        script += "print(repr('%" + fl + conv + "' % " + text + "))\n";
        expected.push_back(in_quotes(num::printf_float(v, parse_flags(fl, conv))));
      }
    }
    script += "print(repr('%" + fl + "s' % 'hello'))\n";
    expected.push_back(in_quotes(num::printf_text("hello", parse_flags(fl, 's'))));
    script += "print(repr('%" + fl + "c' % 'x'))\n";
    expected.push_back(in_quotes(num::printf_text("x", parse_flags(fl, 'c'))));
  }
  std::istringstream ref(run_reference(script));
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(ref, line)) {
    ASSERT_LT(n, expected.size());
    if (expected[n] != line && ++bad <= 20) ADD_FAILURE() << "case " << n << "\nref:  " << line << "\nours: " << expected[n];
    ++n;
  }
  EXPECT_EQ(n, expected.size());
}

TEST(Hash, TuplesAndFrozensets) {
  EXPECT_EQ(num::tuple_hash(nullptr, 0), 5740354900026072187LL);
  int64_t h123[] = {1, 2, 3};
  EXPECT_EQ(num::tuple_hash(h123, 3), 529344067295497451LL);
  int64_t hm1[] = {num::int64_hash(-1)};
  EXPECT_EQ(num::tuple_hash(hm1, 1), 8078679518589016365LL);
  int64_t h12[] = {1, 2}, h3[] = {3};
  int64_t nested[] = {num::tuple_hash(h12, 2), num::tuple_hash(h3, 1)};
  EXPECT_EQ(num::tuple_hash(nested, 2), -8303551883679707139LL);
  EXPECT_EQ(num::frozenset_hash(nullptr, 0), 133146708735736LL);
  int64_t h321[] = {3, 2, 1};
  EXPECT_EQ(num::frozenset_hash(h321, 3), -272375401224217160LL);
  int64_t h1[] = {1};
  int64_t inner[] = {num::frozenset_hash(h1, 1)};
  EXPECT_EQ(num::frozenset_hash(inner, 1), 5515263749738256364LL);
  EXPECT_EQ(num::int64_hash(-(int64_t{1} << 61) + 1), 0);
  EXPECT_EQ(num::int64_hash(INT64_MIN), -4);
  EXPECT_EQ(num::int64_hash(-1), -2);
  EXPECT_NE(num::bytes_hash("abc"), num::bytes_hash("abd"));
  EXPECT_EQ(num::bytes_hash("abc"), num::bytes_hash(std::string("abc")));
}
