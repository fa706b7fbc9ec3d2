#pragma once
// Reporting an uncaught exception on stderr, as CPython 3.11 prints it.

#include "light/objects/object.h"

namespace pytier::light::vm {

void print_exception(Value exc);

}  // namespace pytier::light::vm
