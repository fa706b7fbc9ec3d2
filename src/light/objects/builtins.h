#pragma once
// The part of the builtins module that needs no frame: the functions (len,
// repr, isinstance, print, ...), the types by their Python names, the
// exceptions and the constants. The VM's builtins module adds the rest
// (__build_class__, __import__, globals, eval, ...).

#include <string>

#include "light/objects/object.h"

namespace pytier::light {

// Set by the vm's sys module: the current sys.stdout (borrowed; null when
// sys has none yet) and the stream object that writes fd 1. print() with no
// file writes straight to the stdout buffer while sys.stdout is that stream,
// and calls sys.stdout.write otherwise (redirect_stdout, StringIO, ...).
extern Value (*current_stdout)();
extern Value standard_stdout;
// The same for sys.stdin and fd 0: input() reads a replaced sys.stdin
// through its readline().
extern Value (*current_stdin)();
extern Value standard_stdin;
// Bytes read from stdin as text: UTF-8 with surrogateescape, as CPython's
// stdin decodes them (input() and sys.stdin share it).
[[nodiscard]] Value decode_stdin(const std::string& data);

// Puts every name into `builtins` (a dict). false on error.
[[nodiscard]] bool builtins_fill(Dict* builtins);

}  // namespace pytier::light
