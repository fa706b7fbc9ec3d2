#pragma once

#include <string>

namespace pytier::light {

// Runs a program the way `python3.11 ARGS...` would and returns its exit status.
// argv follows python3.11's own command line: argv[0] is the interpreter name,
// then either `FILE ARGS...` or `-c CODE ARGS...`.
int main(int argc, char** argv);

// After main(): the module named by the ModuleNotFoundError that ended the
// run, or "" when it ended otherwise. The CLI tells the user such a program
// needs the Full tier, and the auto router retries it there.
const std::string& missing_module();

}  // namespace pytier::light
