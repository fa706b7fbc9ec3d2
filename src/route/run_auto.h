#pragma once

namespace pytier::route {

// Runs a program on the tier the router picks, the way `python3.11 ARGS...`
// would, and returns its exit status. argv follows python3.11's own command
// line, as for pytier::full::main and pytier::light::main. A Light run is held
// back in a child process; if it hits something unsupported or raises (fallback.h) its
// output is discarded and the program reruns on the Full tier with the same
// stdin. Policy options come from PYTIER_AUTO (see options.h).
int run_auto(int argc, char** argv);

}  // namespace pytier::route
