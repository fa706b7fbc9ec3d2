#pragma once
// Running the functions atexit.register collected, at interpreter exit.

namespace pytier::light::modules {

// Calls the registered functions, last registered first, and forgets them;
// an exception in one is printed ("Exception ignored in atexit callback")
// and the others still run.
void atexit_run();

}  // namespace pytier::light::modules
