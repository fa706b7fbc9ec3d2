#include "harness/verdict.h"

#include <gtest/gtest.h>

#include <csignal>

#include "harness/sha256.h"

namespace {

using namespace pytier::harness;

Outcome exited(int status, std::string out, std::string err = "") {
  Outcome o;
  o.status = status;
  o.stdout_sha256 = pytier::sha256_hex(out);
  o.stdout_bytes = out.size();
  o.stdout_head = out;
  o.stderr_head = err;
  return o;
}

TEST(FirstDifference, PointsAtTheFirstDifferingLine) {
  LineDifference d = first_difference("a\nb\nc\n", "a\nB\nc\n");
  EXPECT_EQ(d.line, 2u);
  EXPECT_EQ(d.expected, "b");
  EXPECT_EQ(d.actual, "B");
  EXPECT_TRUE(d.has_expected && d.has_actual);
}

TEST(FirstDifference, DifferenceInsideTheFirstLine) {
  LineDifference d = first_difference("hello world\n", "hello there\n");
  EXPECT_EQ(d.line, 1u);
  EXPECT_EQ(d.expected, "hello world");
  EXPECT_EQ(d.actual, "hello there");
}

TEST(FirstDifference, OneSideEndsEarly) {
  LineDifference d = first_difference("a\nb\n", "a\n");
  EXPECT_EQ(d.line, 2u);
  EXPECT_TRUE(d.has_expected);
  EXPECT_EQ(d.expected, "b");
  EXPECT_FALSE(d.has_actual);
}

TEST(FirstDifference, EmptyActual) {
  LineDifference d = first_difference("x\n", "");
  EXPECT_EQ(d.line, 1u);
  EXPECT_EQ(d.expected, "x");
  EXPECT_FALSE(d.has_actual);
}

TEST(Judge, IdenticalIsPass) {
  Verdict v = judge(exited(0, "1\n2\n"), exited(0, "1\n2\n", "noise on stderr"));
  EXPECT_EQ(v.grade, Grade::kPass);
  EXPECT_EQ(v.reason, "");
}

TEST(Judge, SameStatusDifferentStdoutIsDiff) {
  Verdict v = judge(exited(1, "1\n2\n"), exited(1, "1\n3\n"));
  EXPECT_EQ(v.grade, Grade::kDiff);
  EXPECT_EQ(v.difference.line, 2u);
  EXPECT_EQ(v.reason, "line 2: expected '2', got '3'");
}

TEST(Judge, DiffShowsMissingLinesAndControlCharacters) {
  EXPECT_EQ(judge(exited(0, "a\nb\n"), exited(0, "a\n")).reason, "line 2: expected 'b', got <end of output>");
  EXPECT_EQ(judge(exited(0, "a\n"), exited(0, "a\r\n")).reason, "line 1: expected 'a', got 'a\\x0d'");
  EXPECT_EQ(judge(exited(0, "a\n"), exited(0, "a")).reason, "line 1: only the newline at its end differs");
}

TEST(Judge, DifferentStatusIsFailWithFirstStderrLine) {
  Verdict v = judge(exited(0, "ok\n"), exited(1, "", "Traceback (most recent call last):\n  File ...\n"));
  EXPECT_EQ(v.grade, Grade::kFail);
  EXPECT_EQ(v.reason, "exit 1, reference exit 0: Traceback (most recent call last):");
}

TEST(Judge, CrashIsFailEvenWithMatchingStdout) {
  Outcome crash = exited(-SIGSEGV, "ok\n");
  Verdict v = judge(exited(-SIGSEGV, "ok\n"), crash);
  EXPECT_EQ(v.grade, Grade::kFail);
  EXPECT_EQ(v.reason, "killed by SIGSEGV, reference killed by SIGSEGV");
}

TEST(Judge, TimeoutIsFail) {
  Outcome slow = exited(-SIGKILL, "");
  slow.timed_out = true;
  slow.wall_ms = 30000;
  Verdict v = judge(exited(0, ""), slow);
  EXPECT_EQ(v.grade, Grade::kFail);
  EXPECT_EQ(v.reason, "timed out after 30 s");
}

TEST(Judge, ReferenceProblemsFailTheTier) {
  Outcome slow = exited(-SIGKILL, "");
  slow.timed_out = true;
  EXPECT_EQ(judge(slow, exited(0, "")).reason, "reference timed out");
  Outcome missing;
  missing.spawn_error = "/nope: No such file or directory";
  EXPECT_EQ(judge(missing, exited(0, "")).reason, "reference did not start: /nope: No such file or directory");
}

TEST(Describe, Statuses) {
  EXPECT_EQ(describe_status(0), "exit 0");
  EXPECT_EQ(describe_status(120), "exit 120");
  EXPECT_EQ(describe_status(-SIGABRT), "killed by SIGABRT");
}

TEST(FirstLine, CutsAtNewlineAndWidth) {
  EXPECT_EQ(first_line("one\ntwo"), "one");
  EXPECT_EQ(first_line("one\r\ntwo"), "one");
  EXPECT_EQ(first_line("abcdef", 3), "abc...");
  EXPECT_EQ(first_line(""), "");
}

TEST(Summary, ExactFormat) {
  Tally t;
  for (int i = 0; i < 18; ++i) t.add(Grade::kPass);
  t.add(Grade::kDiff);
  t.add(Grade::kFail);
  EXPECT_EQ(summary_line("light", t), "light: PASS=18 DIFF=1 FAIL=1 / 20");
  EXPECT_EQ(summary_line("full", Tally{20, 0, 0}), "full: PASS=20 DIFF=0 FAIL=0 / 20");
}

}  // namespace
