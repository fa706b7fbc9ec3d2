#pragma once
// SIGINT becomes KeyboardInterrupt, as CPython's eval breaker does it: the
// signal handler only sets a flag, which the VM polls at backward jumps and
// Python calls (so that every loop and every recursion can be stopped).

#include <csignal>

namespace pytier::light {

extern volatile std::sig_atomic_t interrupt_requested;

// Routes SIGINT to the flag (nothing on WASI, which has no signals).
void interrupt_install();
// Clears the flag and raises KeyboardInterrupt.
void interrupt_raise();

}  // namespace pytier::light
