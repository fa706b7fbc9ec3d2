#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "engine/warm_full.h"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "full/runtime.h"
#include "full/teardown.h"

namespace pytier::engine {
namespace {

// The signals CPython takes over at start-up (SIGINT for KeyboardInterrupt;
// SIGPIPE and SIGXFSZ ignored). The host keeps its own; children get CPython's.
constexpr int kPythonSignals[] = {SIGINT, SIGPIPE, SIGXFSZ};
struct sigaction python_actions[std::size(kPythonSignals)];

enum class State { Cold, Warm, Failed } state = State::Cold;
PyGILState_STATE gil_state;

// CPython sets its standard streams up from fds 0-2 as they are at start-up:
// line buffering on a tty, no sys.stdin if fd 0 is closed. Children write to
// captured files, so start it with fds 0-2 on /dev/null, which looks like that.
template <typename Fn>
void with_stdio_on_dev_null(Fn start) {
  std::fflush(nullptr);  // the host's pending output is the host's
  int saved[3];
  int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  for (int fd = 0; fd < 3; ++fd) {
    saved[fd] = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    dup2(null_fd, fd);
  }
  start();
  std::fflush(nullptr);
  for (int fd = 0; fd < 3; ++fd) {
    if (saved[fd] < 0) {
      close(fd);
      continue;
    }
    dup2(saved[fd], fd);
    close(saved[fd]);
  }
  close(null_fd);
}

}  // namespace

// CPython starts once per process: after a failure it is not tried again.
bool warm_full_tier() {
  if (state != State::Cold) return state == State::Warm;
  state = State::Failed;
  struct sigaction host_actions[std::size(kPythonSignals)];
  for (size_t i = 0; i < std::size(kPythonSignals); ++i) sigaction(kPythonSignals[i], nullptr, &host_actions[i]);
  bool started = false;
  with_stdio_on_dev_null([&] { started = pytier::full::start_interpreter(); });
  for (size_t i = 0; i < std::size(kPythonSignals); ++i) {
    sigaction(kPythonSignals[i], nullptr, &python_actions[i]);
    sigaction(kPythonSignals[i], &host_actions[i], nullptr);
  }
  // Children then copy none of start-up's pages for the GC's sake; only
  // gc.get_objects() and gc.get_freeze_count() in a program can tell.
  if (!started || !pytier::full::freeze_startup_objects()) return false;
  PyEval_SaveThread();  // runs may come from another thread
  state = State::Warm;
  return true;
}

void before_fork_full() {
  gil_state = PyGILState_Ensure();
  PyOS_BeforeFork();
}

void after_fork_full_parent() {
  PyOS_AfterFork_Parent();
  PyGILState_Release(gil_state);
}

void after_fork_full_child() {
  PyOS_AfterFork_Child();
  for (size_t i = 0; i < std::size(kPythonSignals); ++i) sigaction(kPythonSignals[i], &python_actions[i], nullptr);
}

}  // namespace pytier::engine
