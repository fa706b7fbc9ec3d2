#pragma once

namespace pytier::full {

// Ends the program as Py_FinalizeEx would: joins non-daemon threads, runs
// atexit callbacks and flushes sys.stdout and sys.stderr. Returns 0, or -1 if
// a flush failed. The interpreter itself is torn down (Py_FinalizeEx) only
// when that could still show: a live __del__, a suspended generator, a
// coroutine never awaited, a weakref callback of the program's or a file open
// for writing. Otherwise tearing it down only frees memory, at 2 ms, a fifth
// of python3.11's whole start-up.
int finish_program();

// Looks up what finish_program's check needs (importing gc), so that a warm
// parent can do it once for all its children. false with an error pending if
// that fails.
[[nodiscard]] bool prepare_exit_check();

}  // namespace pytier::full
