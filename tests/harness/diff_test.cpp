// `pytier diff` end to end against stand-ins: the "programs" are shell
// scripts, the reference runs them with sh, and a fake pytier misbehaves in a
// different way per tier.
#include "harness/diff.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>

namespace {

using namespace pytier::harness;

class DiffTest : public testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/pytier-diff-test-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    write("progs/b.py", "echo one; echo two\n", false);
    write("progs/a.py", "echo alpha\n", false);
    write("progs/notes.txt", "not a program\n", false);
    write("reference", "#!/bin/sh\nexec /bin/sh \"$1\"\n", true);
    // full: faithful. light (its own binary beside pytier): changes "two" to
    // "2". auto: fails on b.py.
    write("pytier",
          "#!/bin/sh\n"
          "[ \"$1 $2\" = 'run --tier' ] || exit 99\n"
          "case $3 in\n"
          "  full) exec /bin/sh \"$4\" ;;\n"
          "  auto) case $4 in *b.py) echo 'boom' >&2; exit 1 ;; *) exec /bin/sh \"$4\" ;; esac ;;\n"
          "esac\n",
          true);
    write("pytier-light", "#!/bin/sh\n/bin/sh \"$1\" | sed s/two/2/\n", true);
    options_.reference = dir_ + "/reference";
    options_.pytier = dir_ + "/pytier";
    options_.timeout_s = 10;
    options_.jobs = 2;
    options_.paths = {dir_ + "/progs"};
  }

  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  void write(const std::string& name, const std::string& text, bool executable) {
    std::string path = dir_ + "/" + name;
    mkdir(path.substr(0, path.rfind('/')).c_str(), 0755);
    std::ofstream(path) << text;
    if (executable) chmod(path.c_str(), 0755);
  }

  std::string dir_;
  DiffOptions options_;
};

TEST_F(DiffTest, CollectsPyFilesSortedByName) {
  std::vector<std::string> programs;
  ASSERT_TRUE(collect_programs({dir_ + "/progs", dir_ + "/progs/a.py"}, programs));
  EXPECT_EQ(programs, (std::vector<std::string>{dir_ + "/progs/a.py", dir_ + "/progs/b.py", dir_ + "/progs/a.py"}));
  EXPECT_FALSE(collect_programs({dir_ + "/missing"}, programs));
}

TEST_F(DiffTest, ReportGradesEachTier) {
  std::vector<std::string> programs;
  ASSERT_TRUE(collect_programs(options_.paths, programs));
  std::vector<ProgramResult> results = compare_tiers(options_, programs);
  std::string a = dir_ + "/progs/a.py", b = dir_ + "/progs/b.py";
  std::string pad(a.size() - 7, ' ');
  EXPECT_EQ(format_report(options_, results),
            "program" + pad + "  full   light  auto\n" +
            a + "  PASS   PASS   PASS\n" +
            b + "  PASS   DIFF   FAIL\n"
            "    light: line 2: expected 'two', got '2'\n"
            "    auto: exit 1, reference exit 0: boom\n"
            "full: PASS=2 DIFF=0 FAIL=0 / 2\n"
            "light: PASS=1 DIFF=1 FAIL=0 / 2\n"
            "auto: PASS=1 DIFF=0 FAIL=1 / 2\n"
            "4 passed, 2 failed\n");
  EXPECT_FALSE(all_passed(results));
}

TEST_F(DiffTest, JsonRecordsHashesAndDifferences) {
  options_.tiers = {"light"};
  std::vector<std::string> programs = {dir_ + "/progs/b.py"};
  std::string json = format_json(options_, compare_tiers(options_, programs));
  EXPECT_NE(json.find("\"grade\":\"DIFF\""), std::string::npos);
  EXPECT_NE(json.find("\"first_difference\":{\"line\":2,\"expected\":\"two\",\"actual\":\"2\"}"), std::string::npos);
  // sha256 of "one\ntwo\n", as sha256sum prints it.
  EXPECT_NE(json.find("\"stdout_sha256\":\"c3f9c8c283a2b1f2f1896f27a01cbe3cddc0c9d93f752e4639035a0f5b36f6e8\""),
            std::string::npos);
  EXPECT_NE(json.find("\"passed\":0,\"failed\":1"), std::string::npos);
}

TEST_F(DiffTest, AllPassExitsZero) {
  options_.tiers = {"full"};
  testing::internal::CaptureStdout();
  int status = run_diff(options_);
  std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("full: PASS=2 DIFF=0 FAIL=0 / 2\n2 passed, 0 failed\n"), std::string::npos);
}

}  // namespace
