#pragma once

#include "full/invocation.h"

namespace pytier::full {

// Runs the program in __main__ the way python3.11's pymain does and returns
// its exit status so far: 0, 1 after printing an uncaught exception, 2 for a
// missing file, or what SystemExit asked for.
int run_program(const Invocation& inv);

// Shuts the interpreter down as python3.11 does at exit (threads joined,
// atexit, stdio flushed) and returns the final status: 120 if flushing
// failed. After an uncaught KeyboardInterrupt the process kills itself with
// SIGINT, as python3.11 does, so that callers see the signal.
int end_interpreter(int status);

}  // namespace pytier::full
