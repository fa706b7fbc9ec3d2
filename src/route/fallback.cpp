#include "route/fallback.h"

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

// A memfd holding `data`, positioned at its start; -1 on failure.
int memfd_with(std::string_view data) {
  int fd = ::memfd_create("pytier-route", MFD_CLOEXEC);
  if (fd < 0) return -1;
  write_all(fd, data);
  ::lseek(fd, 0, SEEK_SET);
  return fd;
}

std::string read_rest(int fd) {
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return data;
    data.append(buf, n);
  }
}

std::string read_from_start(int fd) {
  ::lseek(fd, 0, SEEK_SET);
  return read_rest(fd);
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

[[noreturn]] void run_child(Tier tier, int argc, char** argv, int in, int out, int err) {
  if (in >= 0) ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  for (int fd : {in, out, err})
    if (fd > 2) ::close(fd);  // the program sees the fds python3.11 would give it
  int status = tier == Tier::Light ? light::main(argc, argv) : full::main(argc, argv);
  std::fflush(nullptr);
  ::_exit(status);
}

void wait_for(pid_t pid, Attempt& a) {
  // A Ctrl-C while the child runs is the child's to handle, as with system(3):
  // this process must live on to hand over the child's output.
  struct sigaction ignore = {};
  struct sigaction old_int, old_quit;
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGINT, &ignore, &old_int);
  ::sigaction(SIGQUIT, &ignore, &old_quit);
  int raw = 0;
  while (::waitpid(pid, &raw, 0) < 0 && errno == EINTR) {
  }
  ::sigaction(SIGINT, &old_int, nullptr);
  ::sigaction(SIGQUIT, &old_quit, nullptr);
  a.signal = WIFSIGNALED(raw) ? WTERMSIG(raw) : 0;
  a.status = a.signal ? 128 + a.signal : WEXITSTATUS(raw);
}

}  // namespace

void write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data.remove_prefix(n);
  }
}

std::string read_all_stdin() { return read_rest(0); }

bool replay_stdin(std::string_view input) {
  int fd = memfd_with(input);
  if (fd < 0) return false;
  bool ok = ::dup2(fd, 0) == 0;
  ::close(fd);
  return ok;
}

Attempt run_captured(Tier tier, int argc, char** argv, const std::string* input) {
  Attempt a;
  a.tier = tier;
  auto start = std::chrono::steady_clock::now();
  int in = input ? memfd_with(*input) : -1;
  int out = memfd_with("");
  int err = memfd_with("");
  std::fflush(nullptr);
  pid_t pid = (out < 0 || err < 0 || (input && in < 0)) ? -1 : ::fork();
  if (pid == 0) run_child(tier, argc, argv, in, out, err);
  if (pid < 0) {
    a.status = 2;
    a.err = "pytier: cannot start the " + std::string(tier_name(tier)) + " tier's process\n";
  } else {
    wait_for(pid, a);
    a.out = read_from_start(out);
    a.err = read_from_start(err);
  }
  for (int fd : {in, out, err})
    if (fd >= 0) ::close(fd);
  a.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return a;
}

std::string unsupported(const Attempt& light) {
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
  return "";
}

}  // namespace pytier::route
