#include "route/run_auto.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "harness/sha256.h"
#include "scratch_dir.h"

namespace pytier::route {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct AutoRun {
  int status;
  std::string out, record;
};

// run_auto in a child process, as `pytier run --tier auto -c CODE` would call it.
AutoRun run_auto_on(const std::string& code, const std::string& auto_options) {
  ScratchDir dir;
  std::string out = dir / "stdout", record = dir / "record.jsonl";
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    std::freopen(out.c_str(), "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    std::freopen("/dev/null", "r", stdin);
    ::setenv("PYTIER_AUTO", (auto_options + " --record " + record).c_str(), 1);
    const char* argv[] = {"/usr/bin/python3.11", "-c", code.c_str(), nullptr};
    ::_exit(run_auto(3, const_cast<char**>(argv)));
  }
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read(out), read(record)};
}

TEST(RunAuto, CExtensionProgramRunsOnFullAndIsRecorded) {
  std::string code = "import numpy\n";
  AutoRun r = run_auto_on(code, "");
  EXPECT_NE(r.record.find("\"program_sha256\": \"" + sha256_hex(code) + "\""), std::string::npos) << r.record;
  EXPECT_NE(r.record.find("\"routed\": \"full\", \"tier\": \"full\""), std::string::npos) << r.record;
  EXPECT_NE(r.record.find("\"status\": " + std::to_string(r.status) + ", \"stdout_sha256\""), std::string::npos)
      << r.record;
}

TEST(RunAuto, FullTierOutputReachesStdout) {
  AutoRun r = run_auto_on("import json\nprint(json.dumps([1, 2]))\n", "");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "[1, 2]\n");
  EXPECT_NE(r.record.find("\"stdout_sha256\": \"" + sha256_hex("[1, 2]\n") + "\", \"timings_ms\""), std::string::npos)
      << r.record;
}

TEST(RunAuto, PureProgramIsRoutedToLight) {
  AutoRun r = run_auto_on("print(6 * 7)\n", "");
  EXPECT_NE(r.record.find("\"routed\": \"light\""), std::string::npos) << r.record;
  EXPECT_NE(r.record.find("\"attempts\": [{\"tier\": \"light\""), std::string::npos) << r.record;
}

TEST(RunAuto, SandboxRefusesOsAccess) {
  AutoRun r = run_auto_on("import os\nprint(os.getcwd())\n", "--sandbox");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.record.find("\"refused\": \""), std::string::npos) << r.record;
  EXPECT_NE(r.record.find("\"attempts\": []"), std::string::npos) << r.record;
}

TEST(RunAuto, BadOptionsAreAnError) {
  AutoRun r = run_auto_on("pass\n", "--prefer medium");
  EXPECT_EQ(r.status, 2);
}

}  // namespace
}  // namespace pytier::route
