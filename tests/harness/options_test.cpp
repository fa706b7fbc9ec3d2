#include "harness/options.h"

#include <gtest/gtest.h>

#include "harness/sides.h"

namespace {

using namespace pytier::harness;

struct Argv {
  std::vector<std::string> words;
  std::vector<char*> ptrs;
  explicit Argv(std::vector<std::string> w) : words(std::move(w)) {
    for (std::string& s : words) ptrs.push_back(s.data());
  }
};

TEST(ArgReader, BothOptionSpellings) {
  Argv a({"--jobs", "3", "--tiers=full,auto", "dir"});
  ArgReader args("t", int(a.ptrs.size()), a.ptrs.data());
  std::string value;
  ASSERT_TRUE(args.option("--jobs", value));
  EXPECT_EQ(value, "3");
  EXPECT_FALSE(args.option("--jobs", value));
  ASSERT_TRUE(args.option("--tiers", value));
  std::vector<std::string> tiers;
  args.tiers(value, tiers);
  EXPECT_EQ(tiers, (std::vector<std::string>{"full", "auto"}));
  EXPECT_EQ(args.next(), "dir");
  EXPECT_TRUE(args.done());
  EXPECT_FALSE(args.failed());
}

TEST(ArgReader, PrefixOfAnotherOptionDoesNotMatch) {
  Argv a({"--jobsx", "3"});
  ArgReader args("t", int(a.ptrs.size()), a.ptrs.data());
  std::string value;
  EXPECT_FALSE(args.option("--jobs", value));
}

TEST(ArgReader, BadValuesFail) {
  Argv a({"--timeout"});
  ArgReader args("t", int(a.ptrs.size()), a.ptrs.data());
  std::string value;
  EXPECT_TRUE(args.option("--timeout", value));
  EXPECT_TRUE(args.failed());

  ArgReader values("t", 0, nullptr);
  std::vector<std::string> tiers;
  values.tiers("full,,light", tiers);
  EXPECT_TRUE(values.failed());
  int n = 7;
  ArgReader counts("t", 0, nullptr);
  counts.count("0", 1, n);
  EXPECT_TRUE(counts.failed());
  EXPECT_EQ(n, 7);
  double d = 0;
  ArgReader numbers("t", 0, nullptr);
  numbers.number("2.5", 0.001, d);
  EXPECT_FALSE(numbers.failed());
  EXPECT_EQ(d, 2.5);
}

TEST(FindOnPath, LooksUpBareNamesOnly) {
  std::string sh = find_on_path("sh");
  EXPECT_EQ(sh.substr(sh.size() - 3), "/sh");
  EXPECT_EQ(find_on_path("./python3.11"), "./python3.11");
  EXPECT_EQ(find_on_path("no-such-program-here"), "no-such-program-here");
}

}  // namespace
