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

// Looks up what finish_program's check needs, at start-up. false with an
// error pending if that fails.
[[nodiscard]] bool prepare_exit_check();

// Moves every object start-up made to the GC's permanent generation, for a
// warm parent about to fork children: the collector and the exit check then
// never touch, and so never copy, the pages the children share with it.
// false with an error pending if that fails.
[[nodiscard]] bool freeze_startup_objects();

}  // namespace pytier::full
