#include "pytier/engine.h"

#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <thread>

#include "engine/capture.h"
#include "engine/child.h"
#include "engine/warm_full.h"
#include "harness/sha256.h"

// Each run is a fork of a parent that started CPython once. Median per run of
// `pass`, measured back to back on the shared 2-core dev machine:
//   fork of the warm parent, capture included (pytier-engine-bench): 0.76-0.81 ms
//   fresh sub-interpreter, Py_NewInterpreter to Py_EndInterpreter:   2.9-3.2 ms
// (a sub-interpreter imports encodings, io and the rest all over again).
// The fork also isolates what a sub-interpreter cannot: a segfault, os.abort()
// or os._exit() ends only the child, SIGKILL enforces the timeout even inside
// a long C call, and the working directory, environment, fds and daemon
// threads of one run never reach the next.
namespace pytier {
namespace {

struct Waited {
  bool timed_out = false;
  int status = 0;  // as waitpid reports it
};

// Waits until the child ends or the timeout passes, then reaps it; on timeout
// its whole process group is killed first.
Waited wait_for(pid_t pid, std::chrono::milliseconds timeout) {
  Waited w;
  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (timeout.count() > 0) {
    int ready;
    if (pidfd >= 0) {
      struct pollfd p = {pidfd, POLLIN, 0};
      int ms = static_cast<int>(std::min<std::chrono::milliseconds::rep>(timeout.count(), INT_MAX));
      do ready = poll(&p, 1, ms);
      while (ready < 0 && errno == EINTR);
    } else {  // kernels before 5.3 have no pidfd
      auto deadline = std::chrono::steady_clock::now() + timeout;
      while ((ready = waitpid(pid, &w.status, WNOHANG)) == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      if (ready > 0) return w;
    }
    if (ready == 0) {
      w.timed_out = true;
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
    }
  }
  if (pidfd >= 0) close(pidfd);
  while (waitpid(pid, &w.status, 0) < 0 && errno == EINTR) {
  }
  return w;
}

RunResult failure(Tier tier, const char* why) {
  RunResult r;
  r.tier = tier;
  r.exit_status = 1;
  r.stderr_bytes = std::string("pytier: ") + why + "\n";
  r.stdout_sha256 = sha256_hex("");
  return r;
}

void describe_ending(const Waited& w, RunResult* r) {
  if (w.timed_out) {
    r->ending = Ending::TimedOut;
    r->signal = SIGKILL;
    r->exit_status = 128 + SIGKILL;
  } else if (WIFSIGNALED(w.status)) {
    r->ending = Ending::Signaled;
    r->signal = WTERMSIG(w.status);
    r->exit_status = 128 + r->signal;
  } else {
    r->ending = Ending::Exited;
    r->exit_status = WEXITSTATUS(w.status);
  }
}

}  // namespace

void Engine::warm_up() { (void)engine::warm_full_tier(); }

RunResult Engine::run(const Program& program, const RunOptions& options) {
  // The router has not landed yet: auto means full for now.
  Tier tier = options.tier == Tier::Light ? Tier::Light : Tier::Full;
  if (tier == Tier::Full && !engine::warm_full_tier()) return failure(tier, "the Full tier could not start");
  auto start = std::chrono::steady_clock::now();
  engine::Capture in(program.stdin_bytes), out, err;
  if (!in.ok() || !out.ok() || !err.ok()) return failure(tier, "cannot create capture files");

  std::fflush(nullptr);  // or the child would inherit and repeat the host's pending output
  if (tier == Tier::Full) engine::before_fork_full();
  pid_t pid = fork();
  if (pid == 0) engine::run_child(program, tier, options.memory_limit_bytes, {in.fd(), out.fd(), err.fd()});
  if (tier == Tier::Full) engine::after_fork_full_parent();
  if (pid < 0) return failure(tier, "fork failed");
  setpgid(pid, pid);  // the child does it too; whichever runs first wins the race
  Waited waited = wait_for(pid, options.timeout);

  RunResult r;
  r.tier = tier;
  describe_ending(waited, &r);
  r.stdout_bytes = out.contents();
  r.stderr_bytes = err.contents();
  r.stdout_sha256 = sha256_hex(r.stdout_bytes);
  r.wall_time = std::chrono::steady_clock::now() - start;
  return r;
}

}  // namespace pytier
