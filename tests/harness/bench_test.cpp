// `pytier bench` against stand-ins: the workload is a shell script, the
// reference runs it with sh, and a fake pytier answers right, wrong, or fails.
#include "harness/bench.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>

namespace {

using namespace pytier::harness;

class BenchTest : public testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/pytier-bench-test-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    write("corpus/bench/w.py", "echo \"w M=$1\"\n", false);
    write("reference", "#!/bin/sh\nexec /bin/sh \"$@\"\n", true);
    write("pytier",
          "#!/bin/sh\n"
          "tier=$3; shift 3\n"
          "case $tier in\n"
          "  full) exec /bin/sh \"$@\" ;;\n"
          "  auto) echo 'no such thing' >&2; exit 3 ;;\n"
          "esac\n",
          true);
    write("pytier-light", "#!/bin/sh\n/bin/sh \"$@\" | tr w W\n", true);
    options_.reference = dir_ + "/reference";
    options_.pytier = dir_ + "/pytier";
    options_.corpus = dir_ + "/corpus";
    options_.runs = 3;
    options_.timeout_s = 10;
  }

  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  void write(const std::string& name, const std::string& text, bool executable) {
    std::string path = dir_ + "/" + name;
    std::system(("mkdir -p '" + path.substr(0, path.rfind('/')) + "'").c_str());
    std::ofstream(path) << text;
    if (executable) chmod(path.c_str(), 0755);
  }

  std::string dir_;
  BenchOptions options_;
};

TEST(SideTimes, Median) {
  EXPECT_EQ((SideTimes{"x", {5, 1, 3}, ""}).median_ms(), 3);
  EXPECT_EQ((SideTimes{"x", {4, 1, 3, 2}, ""}).median_ms(), 2.5);
}

TEST_F(BenchTest, TimesRightAnswersAndReportsTheRest) {
  WorkloadResult r = time_workload(options_, {"w.py", 5});
  ASSERT_EQ(r.sides.size(), 4u);
  EXPECT_EQ(r.sides[0].wall_ms.size(), 3u);
  EXPECT_EQ(r.sides[1].name, "full");
  EXPECT_EQ(r.sides[1].problem, "");
  EXPECT_EQ(r.sides[1].wall_ms.size(), 3u);
  EXPECT_EQ(r.sides[2].problem, "wrong output: line 1: expected 'w M=5', got 'W M=5'");
  EXPECT_TRUE(r.sides[2].wall_ms.empty());
  EXPECT_EQ(r.sides[3].problem, "exit 3: no such thing");

  std::string table = format_table(options_, {r});
  EXPECT_EQ(table.substr(0, table.find('\n')),
            "| workload | M | python3.11 ms | full ms | full ratio | light ms | light ratio | auto ms | auto ratio |");
  EXPECT_NE(table.find("| w.py | 5 | "), std::string::npos);
  EXPECT_NE(table.find(" | n/a | n/a | n/a | n/a |\n"), std::string::npos);
  EXPECT_NE(table.find("- light on w.py M=5: wrong output"), std::string::npos);
  EXPECT_NE(table.find("- auto on w.py M=5: exit 3: no such thing"), std::string::npos);

  std::string json = format_json(options_, {r});
  EXPECT_NE(json.find("\"name\":\"full\",\"median_ms\":"), std::string::npos);
  EXPECT_NE(json.find("\"ratio\":"), std::string::npos);
  EXPECT_NE(json.find("\"name\":\"auto\",\"problem\":\"exit 3: no such thing\""), std::string::npos);
}

TEST_F(BenchTest, BrokenReferenceTimesNothing) {
  options_.reference = "/nonexistent/python3.11";
  WorkloadResult r = time_workload(options_, {"w.py", 5});
  EXPECT_EQ(r.sides[0].problem, "did not start: /nonexistent/python3.11: No such file or directory");
  EXPECT_EQ(r.sides[1].problem, "python3.11 failed");
  std::string table = format_table(options_, {r});
  EXPECT_NE(table.find("| w.py | 5 | n/a | n/a | n/a | n/a | n/a | n/a | n/a |"), std::string::npos);
}

TEST_F(BenchTest, FindsTheCorpusBesideTheBuildTree) {
  EXPECT_EQ(find_corpus(dir_ + "/build/bin/pytier"), dir_ + "/corpus");
}

}  // namespace
