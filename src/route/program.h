#pragma once
// The program a python3.11 command line names, read once so that analysis and
// every tier attempt see the same text.

#include <string>

namespace pytier::route {

struct Program {
  std::string label;   // the file as given, or "-c"
  std::string source;  // the program text; empty when it could not be read
  std::string dir;     // where sibling modules are looked up ("" for -c)
  bool readable = false;
  std::string why_unreadable;  // e.g. "-m runs a module by name"
};

// argv follows python3.11's own command line: argv[0] is the interpreter,
// then `FILE ARGS...` or `-c CODE ARGS...`.
Program load_program(int argc, char** argv);

}  // namespace pytier::route
