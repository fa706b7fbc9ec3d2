#include "harness/process.h"

#include <gtest/gtest.h>

#include <csignal>

#include "harness/sha256.h"

namespace {

using namespace pytier::harness;

Outcome shell(const std::string& script, double timeout_s = 10) {
  return run({{"/bin/sh", "-c", script}, clean_environment(), timeout_s});
}

TEST(Process, CapturesStdoutStderrAndStatus) {
  Outcome o = shell("echo out; echo err >&2; exit 3");
  EXPECT_EQ(o.status, 3);
  EXPECT_FALSE(o.timed_out);
  EXPECT_EQ(o.stdout_head, "out\n");
  EXPECT_EQ(o.stdout_sha256, pytier::sha256_hex("out\n"));
  EXPECT_EQ(o.stdout_bytes, 4u);
  EXPECT_EQ(o.stderr_head, "err\n");
}

TEST(Process, EnvironmentIsExactlyTheCleanOne) {
  Outcome o = run({{"/usr/bin/env"}, clean_environment(), 10});
  EXPECT_EQ(o.stdout_head, "LANG=C.UTF-8\nPATH=/usr/local/bin:/usr/bin:/bin\n");
}

TEST(Process, StdinIsEmpty) {
  Outcome o = shell("cat; echo done");
  EXPECT_EQ(o.stdout_head, "done\n");
}

TEST(Process, OnlyStandardDescriptorsAreOpen) {
  Outcome o = run({{"/bin/ls", "/proc/self/fd"}, clean_environment(), 10});
  EXPECT_EQ(o.stdout_head, "0\n1\n2\n3\n");  // 3 is ls's own handle on the directory
}

TEST(Process, SignalDeathIsNegativeStatus) {
  Outcome o = shell("kill -SEGV $$");
  EXPECT_EQ(o.status, -SIGSEGV);
  EXPECT_TRUE(o.crashed());
}

TEST(Process, TimeoutKillsTheWholeGroup) {
  Outcome o = shell("sleep 30 & sleep 30", 0.3);
  EXPECT_TRUE(o.timed_out);
  EXPECT_LT(o.wall_ms, 5000);
}

TEST(Process, LeftoverChildDoesNotHoldUpTheResult) {
  Outcome o = shell("(sleep 30 &); echo parent", 10);
  EXPECT_FALSE(o.timed_out);
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.stdout_head, "parent\n");
  EXPECT_LT(o.wall_ms, 5000);
}

TEST(Process, LargeOutputIsHashedWholeButKeptInPart) {
  Outcome o = shell("head -c 3000000 /dev/zero");
  EXPECT_EQ(o.status, 0);
  EXPECT_EQ(o.stdout_bytes, 3000000u);
  EXPECT_EQ(o.stdout_head.size(), Outcome::kKeptBytes);
  EXPECT_EQ(o.stdout_sha256, pytier::sha256_hex(std::string(3000000, '\0')));
}

TEST(Process, MissingProgramIsASpawnError) {
  Outcome o = run({{"/nonexistent/python"}, clean_environment(), 10});
  EXPECT_EQ(o.spawn_error, "/nonexistent/python: No such file or directory");
}

}  // namespace
