#pragma once

namespace pytier::full {

// Runs a program in embedded CPython the way `python3.11 ARGS...` would and
// returns its exit status. argv[0] is the interpreter name, then either
// `FILE ARGS...` or `-c CODE ARGS...`.
int main(int argc, char** argv);

}  // namespace pytier::full
