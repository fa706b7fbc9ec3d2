#pragma once
// What the static analysis notices in a program. A finding is a fact about the
// source ("line 3 imports numpy"); whether it moves the program to a tier is
// the policy's business (decide.h).

#include <cstdint>
#include <string>
#include <vector>

namespace pytier::route {

enum class Signal : uint8_t {
  ExceptionText,  // output depends on the text of a builtin exception message
  PureLoop,       // a hot loop of arithmetic (measured by corpus/bench/pure_loop.py)
  DynamicLoop,    // a hot loop of calls and attribute access (corpus/bench/dynamic.py)
  Import,         // a module the Light tier does not provide
  CExtension,     // a package built on C extensions, which only CPython can load
  OsAccess,       // files, processes, sockets
  DynamicCode,    // eval/exec/compile/__import__ of text unknown before the run
  Unanalyzed,     // the program could not be read as a whole (syntax error, -m, stdin)
};

const char* signal_name(Signal);

struct Finding {
  Signal signal;
  int line;  // 1-based; 0 when the finding is about the program as a whole
  std::string detail;
};

using Findings = std::vector<Finding>;

}  // namespace pytier::route
