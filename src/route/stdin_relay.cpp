#include "route/stdin_relay.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

#include "route/fallback.h"

namespace pytier::route {
namespace {

constexpr std::size_t kChunk = 65536;

// Appends what one read of `fd` gives to `copy`, or marks its end.
void read_more(int fd, StdinCopy& copy) {
  char buf[kChunk];
  ssize_t n;
  do n = ::read(fd, buf, sizeof buf);
  while (n < 0 && errno == EINTR);
  if (n > 0) copy.seen.append(buf, n);
  if (n <= 0) copy.at_end = true;
}

bool exited(pid_t pid) {
  siginfo_t info{};
  return ::waitid(P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
}

}  // namespace

void feed_until_exit(StdinCopy& copy, int to, pid_t pid) {
  // Without pidfds (Linux < 5.3) the loop looks at the child every 20 ms.
  int child = int(::syscall(SYS_pidfd_open, pid, 0));
  ::fcntl(to, F_SETFL, ::fcntl(to, F_GETFL) | O_NONBLOCK);
  std::size_t fed = 0;
  for (;;) {
    bool pending = fed < copy.seen.size();
    if (!pending && copy.at_end) break;  // the child has everything: EOF follows
    pollfd fds[2] = {{pending ? to : 0, short(pending ? POLLOUT : POLLIN), 0}, {child, POLLIN, 0}};
    int n = ::poll(fds, child >= 0 ? 2 : 1, child >= 0 ? -1 : 20);
    if (n < 0 && errno != EINTR) break;
    if ((child >= 0 && fds[1].revents) || (child < 0 && exited(pid))) break;
    if (fds[0].revents & POLLNVAL) break;
    if (!fds[0].revents) continue;
    if (!pending) {
      read_more(0, copy);
      continue;
    }
    ssize_t w = ::write(to, copy.seen.data() + fed, copy.seen.size() - fed);
    if (w > 0) fed += w;
    if (w < 0 && errno != EAGAIN && errno != EINTR) break;  // the child closed its stdin
  }
  ::close(to);
  if (child >= 0) ::close(child);
}

bool replay_stdin(StdinCopy& copy) {
  int fds[2];
  if (!copy.at_end) {
    if (::pipe2(fds, O_CLOEXEC) < 0) return false;
    int rest = ::fcntl(0, F_DUPFD_CLOEXEC, 3);
    if (rest < 0 || ::dup2(fds[0], 0) < 0) return false;
    ::close(fds[0]);
    // The run reads in this process, so a thread feeds it: what the first
    // attempt saw, then the rest as it comes.
    std::thread([seen = std::move(copy.seen), rest, to = fds[1]] {
      if (write_all(to, seen)) {
        char buf[kChunk];
        for (ssize_t n; (n = ::read(rest, buf, sizeof buf)) != 0;) {
          if (n < 0 && errno == EINTR) continue;
          if (n < 0 || !write_all(to, std::string_view(buf, n))) break;
        }
      }
      ::close(to);
      ::close(rest);
    }).detach();
    return true;
  }
  int fd = ::memfd_create("pytier-stdin", MFD_CLOEXEC);
  if (fd < 0 || !write_all(fd, copy.seen) || ::lseek(fd, 0, SEEK_SET) < 0) return false;
  bool ok = ::dup2(fd, 0) == 0;
  ::close(fd);
  return ok;
}

}  // namespace pytier::route
