#pragma once
// Running a tier in a child process with its output held back, so that a
// Light run that hits something unsupported can be thrown away and retried on
// the Full tier without the user seeing either run's output twice.

#include <string>
#include <string_view>

#include "route/decide.h"
#include "route/stdin_relay.h"

namespace pytier::route {

struct Attempt {
  Tier tier = Tier::Light;
  int status = 0;   // exit status; 128+N when killed by signal N
  int signal = 0;   // the signal that killed it, or 0
  std::string out;  // everything the run wrote to stdout
  std::string err;  // and to stderr
  double wall_ms = 0;
};

// Runs `tier` on python3.11's argv in a forked child. The child's stdin is
// fed through `input` (stdin_relay.h) when given, else it is ours.
Attempt run_captured(Tier tier, int argc, char** argv, StdinCopy* input);

// Why a Light run must be retried on the Full tier, or "" when its result
// stands: it exited 1 on `ModuleNotFoundError: No module named 'X'` for a
// module CPython 3.11 has, on `NotImplementedError: pytier light: ...` (the
// Light tier's unsupported-feature error), on any other uncaught exception,
// or it crashed. The Light tier is younger than the reference, so an exception
// it raises may be its own bug; a program routed to Light touches no files or
// processes (the router checked), so running it again is harmless, and Full's
// answer is the reference's.
std::string retry_reason(const Attempt& light);

// Writes all of `data` to `fd`; false on error.
bool write_all(int fd, std::string_view data);

}  // namespace pytier::route
