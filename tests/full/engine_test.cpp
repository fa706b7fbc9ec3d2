// pytier::Engine: capture, stdin and argv, timeouts, crashes contained in the
// child, and many runs in a row without state leaking between them.
#include "pytier/engine.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <csignal>

#include "harness/sha256.h"

namespace pytier {
namespace {

using namespace std::chrono_literals;

RunResult run_code(const std::string& code, RunOptions options = {Tier::Full, 10s}, std::string input = "",
                   std::vector<std::string> args = {}) {
  static Engine engine;
  Program p;
  p.code = code;
  p.stdin_bytes = std::move(input);
  p.args = std::move(args);
  return engine.run(p, options);
}

TEST(Engine, CapturesStdoutAndStderrSeparately) {
  RunResult r = run_code("import sys, os\nprint('out')\nprint('err', file=sys.stderr)\nos.write(1, b'raw\\n')\n");
  EXPECT_EQ(r.ending, Ending::Exited);
  EXPECT_EQ(r.exit_status, 0);
  EXPECT_EQ(r.tier, Tier::Full);
  // As python3.11 into a pipe: sys.stdout is block-buffered, os.write is not.
  EXPECT_EQ(r.stdout_bytes, "raw\nout\n");
  EXPECT_EQ(r.stderr_bytes, "err\n");
  EXPECT_EQ(r.stdout_sha256, sha256_hex("raw\nout\n"));
  EXPECT_GT(r.wall_time.count(), 0);
}

TEST(Engine, AutoRunsOnTheFullTierForNow) { EXPECT_EQ(run_code("pass", {Tier::Auto, 10s}).tier, Tier::Full); }

TEST(Engine, UncaughtExceptionExitsOne) {
  RunResult r = run_code("raise ValueError('boom')");
  EXPECT_EQ(r.ending, Ending::Exited);
  EXPECT_EQ(r.exit_status, 1);
  EXPECT_EQ(r.stderr_bytes,
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nValueError: boom\n");
}

TEST(Engine, StdinArgvAndSystemExit) {
  RunResult r = run_code("import sys\nprint(sys.argv, sys.stdin.read().split())\nsys.exit(7)", {Tier::Full, 10s},
                         "a b\nc", {"x", "y"});
  EXPECT_EQ(r.stdout_bytes, "['-c', 'x', 'y'] ['a', 'b', 'c']\n");
  EXPECT_EQ(r.exit_status, 7);
}

TEST(Engine, RunsAScriptFile) {
  char path[] = "/tmp/pytier-engine-XXXXXX.py";
  int fd = mkstemps(path, 3);
  ASSERT_GE(fd, 0);
  const char source[] = "import sys\nprint(sys.argv[1:], __file__ == sys.argv[0])\n";
  ASSERT_EQ(write(fd, source, sizeof source - 1), static_cast<ssize_t>(sizeof source - 1));
  close(fd);
  Engine engine;
  RunResult r = engine.run({path, "", {"arg"}, ""}, {Tier::Full, 10s});
  unlink(path);
  EXPECT_EQ(r.stdout_bytes, "['arg'] True\n");
}

TEST(Engine, TimeoutKillsABusyLoop) {
  RunResult r = run_code("print('started', flush=True)\nwhile True:\n    pass\n", {Tier::Full, 1s});
  EXPECT_EQ(r.ending, Ending::TimedOut);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_EQ(r.stdout_bytes, "started\n");
  EXPECT_LT(r.wall_time, 5s);
}

TEST(Engine, TimeoutKillsALongCCallThatCatchesEverything) {
  RunResult r = run_code("try:\n    sum(range(10**12))\nexcept BaseException:\n    pass\n", {Tier::Full, 300ms});
  EXPECT_EQ(r.ending, Ending::TimedOut);
}

TEST(Engine, MemoryLimitGivesACleanMemoryError) {
  RunOptions options{Tier::Full, 10s};
  options.memory_limit_bytes = size_t{1} << 30;
  RunResult r = run_code("try:\n    x = bytearray(4 * 10**9)\nexcept MemoryError:\n    print('MemoryError')\n", options);
  EXPECT_EQ(r.ending, Ending::Exited);
  EXPECT_EQ(r.stdout_bytes, "MemoryError\n");
}

TEST(Engine, AbortIsContainedInTheChild) {
  RunResult r = run_code("import os\nprint('before', flush=True)\nos.abort()\n");
  EXPECT_EQ(r.ending, Ending::Signaled);
  EXPECT_EQ(r.signal, SIGABRT);
  EXPECT_EQ(r.exit_status, 128 + SIGABRT);
  EXPECT_EQ(r.stdout_bytes, "before\n");
}

TEST(Engine, SegfaultIsContainedInTheChild) {
  RunResult r = run_code("import ctypes\nctypes.string_at(0)\n");
  EXPECT_EQ(r.ending, Ending::Signaled);
  EXPECT_EQ(r.signal, SIGSEGV);
}

TEST(Engine, OsExitSkipsCleanup) {
  RunResult r = run_code("import os, atexit\natexit.register(print, 'never')\nos._exit(3)\n");
  EXPECT_EQ(r.ending, Ending::Exited);
  EXPECT_EQ(r.exit_status, 3);
  EXPECT_EQ(r.stdout_bytes, "");
}

TEST(Engine, KeyboardInterruptEndsBySigint) {
  RunResult r = run_code("raise KeyboardInterrupt");
  EXPECT_EQ(r.ending, Ending::Signaled);
  EXPECT_EQ(r.signal, SIGINT);
  EXPECT_EQ(r.exit_status, 130);
}

TEST(Engine, SigintReachesThePythonHandler) {
  RunResult r = run_code(
      "import os, signal, time\ntry:\n    os.kill(os.getpid(), signal.SIGINT)\n    time.sleep(5)\n"
      "except KeyboardInterrupt:\n    print('caught')\n");
  EXPECT_EQ(r.stdout_bytes, "caught\n");
  EXPECT_EQ(r.exit_status, 0);
}

TEST(Engine, FinalizersAtExitStillRun) {
  RunResult r = run_code("class D:\n    def __del__(self):\n        print('del')\nd = D()\nprint('end')\n");
  EXPECT_EQ(r.stdout_bytes, "end\ndel\n");
}

TEST(Engine, ManyRunsInARowShareNoState) {
  for (int i = 0; i < 100; ++i) {
    RunResult r = run_code("import builtins, os\nprint(hasattr(builtins, 'mark'))\nbuiltins.mark = 1\nos.chdir('/')\n");
    ASSERT_EQ(r.stdout_bytes, "False\n") << "run " << i;
    ASSERT_EQ(r.exit_status, 0);
  }
}

TEST(Engine, LeavesTheHostStdioAlone) {
  struct stat before[3], after[3];
  for (int fd = 0; fd < 3; ++fd) ASSERT_EQ(fstat(fd, &before[fd]), 0);
  RunResult r = run_code("import os\nos.close(1)\nos.close(0)\n");
  EXPECT_EQ(r.ending, Ending::Exited);
  for (int fd = 0; fd < 3; ++fd) {
    ASSERT_EQ(fstat(fd, &after[fd]), 0);
    EXPECT_EQ(before[fd].st_ino, after[fd].st_ino);
    EXPECT_EQ(before[fd].st_dev, after[fd].st_dev);
  }
}

TEST(Engine, LightTierRunsInAChildToo) {
  RunResult r = run_code("print('hi')", {Tier::Light, 10s});
  EXPECT_EQ(r.tier, Tier::Light);
  EXPECT_EQ(r.ending, Ending::Exited);
}

}  // namespace
}  // namespace pytier
