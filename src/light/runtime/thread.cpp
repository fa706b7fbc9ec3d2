#include "light/runtime/thread.h"

#include "light/objects/exceptions.h"
#include "light/runtime/error.h"

namespace pytier::light {

ThreadState thread;

bool enter_recursion(const char* where) {
  if (++thread.depth > thread.recursion_limit) {
    --thread.depth;
    raise_fmt(&exc::RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}

}  // namespace pytier::light
