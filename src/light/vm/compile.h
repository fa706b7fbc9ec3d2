#pragma once
// Source text to code object: the parser, then the compiler, with their
// errors raised as SyntaxError exactly as CPython fills it.

#include <string_view>

#include "light/objects/code.h"

namespace pytier::light::vm {

enum class CompileMode { Exec, Eval, Single };

// Null with SyntaxError (or IndentationError, TabError) pending on error.
[[nodiscard]] Code* compile_source(std::string_view source, std::string_view filename, CompileMode mode);

}  // namespace pytier::light::vm
