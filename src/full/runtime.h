#pragma once

#include "full/invocation.h"

typedef struct _object PyObject;

namespace pytier::full {

// Starts embedded CPython configured as /usr/bin/python3.11 runs under `env -i`,
// minus the environment, site-packages and bytecode writing. false (with a
// message on stderr) if initialization fails.
[[nodiscard]] bool start_interpreter();

// Gives a started interpreter what belongs to one program: sys.argv and
// sys.orig_argv. A warm interpreter forked per program calls this in the child.
[[nodiscard]] bool enter_program(const Invocation& inv);

// Puts python3.11's sys.path[0] in front of sys.path: `main_importer_path`
// when the program is a directory or zip file with a __main__.py, else the
// script's real directory (symlinks resolved), or '' for -c. false with an
// error pending on failure.
[[nodiscard]] bool insert_path0(const Invocation& inv, PyObject* main_importer_path);

}  // namespace pytier::full
