#pragma once

// The Full tier's warm parent: CPython started once in the host process, then
// forked for every run, so that a run costs a fork instead of a start-up.
namespace pytier::engine {

// Starts CPython in this process unless it already runs; false if it cannot.
// Leaves the host's fds 0-2 and signal handlers as they were.
[[nodiscard]] bool warm_full_tier();

// Wrap fork(): CPython's import lock and at-fork hooks need to know.
void before_fork_full();
void after_fork_full_parent();
// In the child: CPython's own after-fork repairs, then the signal handlers
// python3.11 starts with.
void after_fork_full_child();

}  // namespace pytier::engine
