#include "harness/process.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "harness/sha256.h"

namespace pytier::harness {
namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
  int read = -1, write = -1;
  bool open() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    read = fds[0], write = fds[1];
    return true;
  }
};

// In the child, between fork and exec: only async-signal-safe calls.
[[noreturn]] void exec_child(char* const* argv, char* const* envp, int out, int err, int status_pipe) {
  setpgid(0, 0);
  int null = open("/dev/null", O_RDONLY);
  if (null < 0 || dup2(null, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(127);
  // The program should find only fds 0, 1 and 2, whatever this process inherited.
  close_range(3, ~0u, CLOSE_RANGE_CLOEXEC);
  signal(SIGPIPE, SIG_DFL);
  execve(argv[0], argv, envp);
  int e = errno;
  (void)!write(status_pipe, &e, sizeof e);
  _exit(127);
}

// Collects one output stream: hashed whole, kept up to a limit.
struct Sink {
  int fd;
  Sha256* hash;
  std::string* kept;
  size_t* total;

  // False once the stream has ended.
  bool drain() {
    char buf[65536];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
    if (n <= 0) return false;
    if (hash) hash->update({buf, size_t(n)});
    if (total) *total += n;
    if (kept->size() < Outcome::kKeptBytes)
      kept->append(buf, std::min(size_t(n), Outcome::kKeptBytes - kept->size()));
    return true;
  }
};

// After exit: whatever is still buffered in the pipes. A descendant that left
// the group may hold them open, so this waits briefly rather than for EOF.
void drain_rest(Sink (&sinks)[2], bool (&open)[2]) {
  auto until = Clock::now() + std::chrono::milliseconds(200);
  while ((open[0] || open[1]) && Clock::now() < until) {
    pollfd fds[2] = {{open[0] ? sinks[0].fd : -1, POLLIN, 0}, {open[1] ? sinks[1].fd : -1, POLLIN, 0}};
    if (poll(fds, 2, 50) <= 0) continue;
    for (int i = 0; i < 2; ++i)
      if (open[i] && fds[i].revents) open[i] = sinks[i].drain();
  }
}

}  // namespace

std::vector<std::string> clean_environment() { return {"LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin"}; }

Outcome run(const Command& cmd) {
  Outcome result;
  std::vector<char*> argv, envp;
  for (const std::string& a : cmd.argv) argv.push_back(const_cast<char*>(a.c_str()));
  for (const std::string& e : cmd.env) envp.push_back(const_cast<char*>(e.c_str()));
  argv.push_back(nullptr);
  envp.push_back(nullptr);

  Pipe out, err, exec_status;
  if (!out.open() || !err.open() || !exec_status.open()) {
    result.spawn_error = std::strerror(errno);
    return result;
  }
  auto start = Clock::now();
  pid_t pid = fork();
  if (pid == 0) exec_child(argv.data(), envp.data(), out.write, err.write, exec_status.write);
  close(out.write), close(err.write), close(exec_status.write);
  if (pid < 0) {
    result.spawn_error = std::strerror(errno);
    close(out.read), close(err.read), close(exec_status.read);
    return result;
  }
  // Set it from this side too, so the group exists before any kill below.
  setpgid(pid, pid);

  int exec_errno = 0;
  if (read(exec_status.read, &exec_errno, sizeof exec_errno) == sizeof exec_errno) {
    result.spawn_error = cmd.argv[0] + ": " + std::strerror(exec_errno);
    waitpid(pid, nullptr, 0);
    close(out.read), close(err.read), close(exec_status.read);
    return result;
  }
  close(exec_status.read);

  // The pidfd turns readable when the child exits, so its exit is noticed at
  // once rather than on the next tick; without one (old kernels) poll ticks.
  // (glibc 2.36's <sys/pidfd.h> lacks extern "C", hence the raw syscall.)
  int exited_fd = int(syscall(SYS_pidfd_open, pid, 0));
  Sha256 stdout_hash;
  Sink sinks[2] = {{out.read, &stdout_hash, &result.stdout_head, &result.stdout_bytes},
                   {err.read, nullptr, &result.stderr_head, nullptr}};
  bool open[2] = {true, true};
  auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(cmd.timeout_s));
  bool exited = false;
  while (!exited && !result.timed_out) {
    pollfd fds[3] = {{open[0] ? out.read : -1, POLLIN, 0}, {open[1] ? err.read : -1, POLLIN, 0}, {exited_fd, POLLIN, 0}};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    int tick = exited_fd >= 0 ? int(std::max<long>(left, 0)) : int(std::clamp<long>(left, 0, 1));
    poll(fds, 3, tick);
    for (int i = 0; i < 2; ++i)
      if (open[i] && fds[i].revents) open[i] = sinks[i].drain();
    siginfo_t info{};
    exited = waitid(P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
    if (!exited && Clock::now() >= deadline) result.timed_out = true;
  }
  result.wall_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();

  // The child is a zombie still holding its group id, so this reaches only its
  // own leftovers (or, on timeout, the child itself).
  kill(-pid, SIGKILL);
  drain_rest(sinks, open);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  result.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -WTERMSIG(wstatus);
  result.stdout_sha256 = stdout_hash.hex_digest();
  if (exited_fd >= 0) close(exited_fd);
  close(out.read), close(err.read);
  return result;
}

}  // namespace pytier::harness
