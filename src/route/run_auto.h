#pragma once

namespace pytier::route {

// Runs a program on the tier the router picks, the way `python3.11 ARGS...`
// would, and returns its exit status. argv follows python3.11's own command
// line, as for pytier::full::main and pytier::light::main. A Light run that
// hits something unsupported is discarded and rerun on the Full tier. Policy
// options come from PYTIER_AUTO (see options.h).
int run_auto(int argc, char** argv);

}  // namespace pytier::route
