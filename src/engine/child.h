#pragma once

#include "pytier/engine.h"

namespace pytier::engine {

// The fds a child's stdin, stdout and stderr are to be.
struct ChildStdio {
  int in, out, err;
};

// Runs `program` in a just-forked child as python3.11 would on `tier` (Full
// or Light) and ends the child with its exit status. For the Full tier the
// parent called before_fork_full() and holds a warm CPython.
[[noreturn]] void run_child(const Program& program, Tier tier, size_t memory_limit_bytes, ChildStdio stdio);

}  // namespace pytier::engine
