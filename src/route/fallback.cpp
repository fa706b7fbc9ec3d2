#include "route/fallback.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>

#include "full/full_main.h"
#include "light/light_main.h"
#include "route/modules.h"

namespace pytier::route {
namespace {

// An anonymous in-memory file for one captured stream; -1 on failure.
int capture_fd() { return ::memfd_create("pytier-route", MFD_CLOEXEC); }

std::string read_from_start(int fd) {
  std::string data;
  ::lseek(fd, 0, SEEK_SET);
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return data;
    data.append(buf, n);
  }
}

// Killed by its own fault, not by someone else's signal (Ctrl-C, kill).
bool crashed(const Attempt& a) {
  for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS})
    if (a.signal == sig) return true;
  return false;
}

std::string_view last_line(std::string_view text) {
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  std::size_t nl = text.rfind('\n');
  return nl == std::string_view::npos ? text : text.substr(nl + 1);
}

// `in` is the read end of the stdin pipe (-1: keep ours), `feed` its write end.
[[noreturn]] void run_child(Tier tier, int argc, char** argv, int in, int feed, int out, int err) {
  if (in >= 0) ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  for (int fd : {in, feed, out, err})
    if (fd > 2) ::close(fd);  // the program sees the fds python3.11 would give it
  int status = tier == Tier::Light ? light::main(argc, argv) : full::main(argc, argv);
  std::fflush(nullptr);
  ::_exit(status);
}

// While the child runs, a Ctrl-C is the child's to handle, as with system(3),
// and a child that stops reading its stdin must not kill us with SIGPIPE.
class ChildSignals {
 public:
  ChildSignals() {
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &ignore, &saved_[i]);
  }
  ~ChildSignals() {
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &saved_[i], nullptr);
  }
  ChildSignals(const ChildSignals&) = delete;
  ChildSignals& operator=(const ChildSignals&) = delete;

 private:
  static constexpr int kSignals[3] = {SIGINT, SIGQUIT, SIGPIPE};
  struct sigaction saved_[3];
};

void wait_for(pid_t pid, Attempt& a) {
  int raw = 0;
  while (::waitpid(pid, &raw, 0) < 0 && errno == EINTR) {
  }
  a.signal = WIFSIGNALED(raw) ? WTERMSIG(raw) : 0;
  a.status = a.signal ? 128 + a.signal : WEXITSTATUS(raw);
}

}  // namespace

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(n);
  }
  return true;
}

Attempt run_captured(Tier tier, int argc, char** argv, StdinCopy* input) {
  Attempt a;
  a.tier = tier;
  auto start = std::chrono::steady_clock::now();
  int pipe_fds[2] = {-1, -1};
  int out = capture_fd();
  int err = capture_fd();
  bool ready = out >= 0 && err >= 0 && (!input || ::pipe2(pipe_fds, O_CLOEXEC) == 0);
  std::fflush(nullptr);
  pid_t pid = ready ? ::fork() : -1;
  if (pid == 0) run_child(tier, argc, argv, pipe_fds[0], pipe_fds[1], out, err);
  if (pid < 0) {
    a.status = 2;
    a.err = "pytier: cannot start the " + std::string(tier_name(tier)) + " tier's process\n";
    if (pipe_fds[1] >= 0) ::close(pipe_fds[1]);
  } else {
    ChildSignals signals;
    if (input) feed_until_exit(*input, pipe_fds[1], pid);
    wait_for(pid, a);
    a.out = read_from_start(out);
    a.err = read_from_start(err);
  }
  for (int fd : {pipe_fds[0], out, err})
    if (fd >= 0) ::close(fd);
  a.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return a;
}

std::string retry_reason(const Attempt& light) {
  if (crashed(light)) return "the Light tier crashed (signal " + std::to_string(light.signal) + ")";
  if (light.status != 1) return "";
  std::string_view line = last_line(light.err);
  constexpr std::string_view kMissing = "ModuleNotFoundError: No module named '";
  constexpr std::string_view kUnsupported = "NotImplementedError: pytier light:";
  if (line.substr(0, kUnsupported.size()) == kUnsupported) return std::string(line);
  if (line.substr(0, kMissing.size()) == kMissing && line.back() == '\'') {
    std::string_view name = line.substr(kMissing.size(), line.size() - kMissing.size() - 1);
    if (in_stdlib(name)) return std::string(line);
  }
  if (light.err.find("Traceback (most recent call last):\n") != std::string::npos)
    return "the Light tier raised " + std::string(line);
  return "";
}

}  // namespace pytier::route
