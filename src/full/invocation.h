#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pytier::full {

// What `python3.11 FILE ARGS...` or `python3.11 -c CODE ARGS...` asks for, as
// raw bytes from the command line.
struct Invocation {
  std::string interpreter;        // argv[0]: names the program in "can't open file" errors
  std::string filename;           // the script as given; empty for -c
  std::string command;            // the -c code
  bool is_command = false;
  std::vector<std::string> argv;  // sys.argv: FILE or "-c", then ARGS
  std::vector<std::string> orig_argv;  // sys.orig_argv: the whole command line
};

// Reads python3.11's own command line; nullopt (with a usage message printed)
// for anything other than FILE or -c CODE.
std::optional<Invocation> parse_invocation(int argc, char** argv);

}  // namespace pytier::full
