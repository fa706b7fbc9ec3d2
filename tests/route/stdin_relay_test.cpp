#include "route/stdin_relay.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "route/fallback.h"

namespace pytier::route {
namespace {

// Points this process's stdin at a pipe for the life of the object; the write
// end stays open until close_writer(), as with a producer that has not ended.
class PipedStdin {
 public:
  explicit PipedStdin(std::string_view data) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    saved_ = ::dup(0);
    ::dup2(fds[0], 0);
    ::close(fds[0]);
    writer_ = fds[1];
    EXPECT_TRUE(write_all(writer_, data));
  }
  ~PipedStdin() {
    close_writer();
    ::dup2(saved_, 0);
    ::close(saved_);
  }
  PipedStdin(const PipedStdin&) = delete;
  PipedStdin& operator=(const PipedStdin&) = delete;

  void close_writer() {
    if (writer_ >= 0) ::close(writer_);
    writer_ = -1;
  }

 private:
  int saved_ = -1;
  int writer_ = -1;
};

Attempt full_run(const char* code, StdinCopy& copy) {
  const char* argv[] = {"python3.11", "-c", code, nullptr};
  return run_captured(Tier::Full, 3, const_cast<char**>(argv), &copy);
}

TEST(StdinRelay, ARunThatNeverReadsStdinDoesNotWaitForItsEnd) {
  PipedStdin in("endless producer ");
  StdinCopy copy;
  Attempt a = full_run("print(1)", copy);
  EXPECT_EQ(a.status, 0);
  EXPECT_EQ(a.out, "1\n");
  EXPECT_FALSE(copy.at_end);
}

TEST(StdinRelay, WhatTheFirstRunReadIsReplayedToTheRetry) {
  PipedStdin in("hello\nworld\n");
  StdinCopy copy;
  EXPECT_EQ(full_run("print(input().upper())", copy).out, "HELLO\n");
  EXPECT_EQ(copy.seen.substr(0, 6), "hello\n");
  Attempt retry = full_run("print(input(), input())", copy);
  EXPECT_EQ(retry.out, "hello world\n");
}

TEST(StdinRelay, EndOfStdinReachesTheRun) {
  PipedStdin in("a\nb\n");
  in.close_writer();
  StdinCopy copy;
  EXPECT_EQ(full_run("import sys; print(sys.stdin.read().split())", copy).out, "['a', 'b']\n");
  EXPECT_TRUE(copy.at_end);
  EXPECT_EQ(copy.seen, "a\nb\n");
}

TEST(StdinRelay, ReplayInThisProcessGivesTheCopyThenTheRest) {
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    PipedStdin in("rest");
    in.close_writer();
    StdinCopy copy;
    copy.seen = "first ";
    if (!replay_stdin(copy)) ::_exit(2);
    std::string all;
    char buf[64];
    for (ssize_t n; (n = ::read(0, buf, sizeof buf)) > 0;) all.append(buf, n);
    ::_exit(all == "first rest" ? 0 : 1);
  }
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  EXPECT_TRUE(WIFEXITED(raw) && WEXITSTATUS(raw) == 0) << raw;
}

}  // namespace
}  // namespace pytier::route
