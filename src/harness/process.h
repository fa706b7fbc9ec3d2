#pragma once

#include <string>
#include <vector>

namespace pytier::harness {

// How to start one child: the program is argv[0], found by path (no PATH search).
struct Command {
  std::vector<std::string> argv;
  std::vector<std::string> env;  // "NAME=value"; the child gets exactly these
  double timeout_s = 30;
};

// What a child did. `status` follows Python's subprocess returncode: the exit
// code, or minus the signal number that killed it.
struct Outcome {
  int status = 0;
  bool timed_out = false;
  std::string spawn_error;     // why it could not start (then nothing else is set)
  std::string stdout_sha256;   // of all of stdout
  size_t stdout_bytes = 0;
  std::string stdout_head;     // the first kKeptBytes of stdout, for showing differences
  std::string stderr_head;     // the first kKeptBytes of stderr
  double wall_ms = 0;

  static constexpr size_t kKeptBytes = 1 << 20;
  bool crashed() const { return status < 0; }
};

// The environment every side of a comparison runs under: `env -i LANG=C.UTF-8`
// plus a PATH for programs that start others.
std::vector<std::string> clean_environment();

// Runs `cmd` in its own process group with stdin from /dev/null, collecting
// stdout and stderr. On timeout the whole group is killed.
Outcome run(const Command& cmd);

}  // namespace pytier::harness
