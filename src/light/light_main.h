#pragma once

namespace pytier::light {

// Runs a program the way `python3.11 ARGS...` would and returns its exit status.
// argv follows python3.11's own command line: argv[0] is the interpreter name,
// then either `FILE ARGS...` or `-c CODE ARGS...`.
int main(int argc, char** argv);

}  // namespace pytier::light
