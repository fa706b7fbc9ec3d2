#pragma once

#include "full/invocation.h"

namespace pytier::full {

// Starts embedded CPython configured as /usr/bin/python3.11 runs under `env -i`,
// minus the environment, site-packages and bytecode writing. false (with a
// message on stderr) if initialization fails.
[[nodiscard]] bool start_interpreter();

// Gives a started interpreter what belongs to one program: sys.argv,
// sys.orig_argv and sys.path[0]. A warm interpreter forked per program calls
// this in the child.
[[nodiscard]] bool enter_program(const Invocation& inv);

}  // namespace pytier::full
