#pragma once
// SIGINT becomes KeyboardInterrupt, as CPython's eval breaker does it: the
// signal handler only sets a flag, which the VM polls at backward jumps and
// Python calls (so that every loop and every recursion can be stopped).

namespace pytier::light {

// An int, as sig_atomic_t is on every target with signals (WASI has no
// <csignal> at all).
extern volatile int interrupt_requested;

// Routes SIGINT to the flag (nothing on WASI, which has no signals).
void interrupt_install();
// Clears the flag and raises KeyboardInterrupt.
void interrupt_raise();

}  // namespace pytier::light
