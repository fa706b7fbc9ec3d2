#include "engine/child.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <optional>
#include <vector>

#include "engine/warm_full.h"
#include "full/invocation.h"
#include "full/run_main.h"
#include "full/runtime.h"
#include "light/light_main.h"

namespace pytier::engine {
namespace {

// The child leads its own process group, so that a timeout kills whatever it
// started too, and dies with the host. A crash leaves no core file behind.
void detach_from_host(size_t memory_limit_bytes) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  if (memory_limit_bytes) {
    struct rlimit memory = {memory_limit_bytes, memory_limit_bytes};
    setrlimit(RLIMIT_AS, &memory);
  }
}

std::vector<char*> python_argv(const Program& program) {
  std::vector<char*> argv{const_cast<char*>("/usr/bin/python3.11")};
  if (program.path.empty()) {
    argv.push_back(const_cast<char*>("-c"));
    argv.push_back(const_cast<char*>(program.code.c_str()));
  } else {
    argv.push_back(const_cast<char*>(program.path.c_str()));
  }
  for (const std::string& arg : program.args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  return argv;
}

int run_full(int argc, char** argv) {
  after_fork_full_child();
  std::optional<full::Invocation> inv = full::parse_invocation(argc, argv);
  if (!inv) return 2;
  if (!full::enter_program(*inv)) return full::end_interpreter(1);
  return full::end_interpreter(full::run_program(*inv));
}

}  // namespace

void run_child(const Program& program, Tier tier, size_t memory_limit_bytes, ChildStdio stdio) {
  detach_from_host(memory_limit_bytes);
  if (dup2(stdio.in, 0) < 0 || dup2(stdio.out, 1) < 0 || dup2(stdio.err, 2) < 0) _exit(127);
  // A program sees fds 0-2 only, as when python3.11 is started on its own.
  close_range(3, ~0U, 0);
  std::vector<char*> argv = python_argv(program);
  int argc = static_cast<int>(argv.size()) - 1;
  int status = tier == Tier::Light ? light::main(argc, argv.data()) : run_full(argc, argv.data());
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(status);
}

}  // namespace pytier::engine
