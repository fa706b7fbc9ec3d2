#pragma once
// The thread state: the pending exception, the exception being handled and
// the recursion depth. The Light tier runs one Python thread.

#include "light/objects/object.h"

namespace pytier::light {

struct ThreadState {
  // The pending exception (owned): set by a function that returns a sentinel.
  Value exc;
  // The exception being handled (sys.exc_info()), borrowed: the VM keeps it
  // up to date as it enters and leaves except blocks. Raising sets it as the
  // new exception's __context__.
  Value handled;
  // Python frames plus native re-entries, checked against recursion_limit.
  int depth = 0;
  int recursion_limit = 1000;
};

extern ThreadState thread;

// Counts one more level of recursion; past the limit raises RecursionError
// "maximum recursion depth exceeded" + `where` (e.g. " while calling a Python
// object", " in comparison") and returns false.
[[nodiscard]] bool enter_recursion(const char* where);
inline void leave_recursion() { --thread.depth; }

}  // namespace pytier::light
