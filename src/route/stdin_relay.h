#pragma once
// A captured run's stdin: fed from ours as the run reads it, and kept, so that
// a retry on the Full tier reads the very same bytes, while a run that never
// reads stdin never waits for its end (`yes | pytier run ...`).

#include <sys/types.h>

#include <string>

namespace pytier::route {

struct StdinCopy {
  std::string seen;     // every byte read from our stdin so far
  bool at_end = false;  // our stdin is exhausted: `seen` is all of it
};

// Writes `copy.seen`, then our stdin as it arrives, to `to` (the write end of
// the child's stdin) until child `pid` exits or has all of it; closes `to`.
// The child stays unreaped.
void feed_until_exit(StdinCopy& copy, int to, pid_t pid);

// Points fd 0 of this process at `copy.seen` followed by the rest of our
// stdin, for a run in this process.
[[nodiscard]] bool replay_stdin(StdinCopy& copy);

}  // namespace pytier::route
