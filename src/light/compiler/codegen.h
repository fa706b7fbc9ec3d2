#pragma once
// The code generator: walks the AST with the symbol table's scopes and emits
// the instructions of vm/opcodes.h, one CodeUnit per block, following the
// shapes CPython 3.11's compile.c emits (so tracebacks and exception
// handling behave alike).

#include <memory>
#include <string_view>
#include <vector>

#include "light/compiler/code_unit.h"
#include "light/syntax/ast.h"

namespace pytier::light::compiler {

// A module (`exec` mode) or an expression (`eval` mode); null with `error`
// filled on a syntax error the parser could not see.
// `interactive` is compile()'s 'single' mode: expression statements print
// their values.
// SyntaxWarnings go to `warnings` when given. Trees nesting deeper than
// `max_depth` fail with a RecursionError (error->type).
[[nodiscard]] std::shared_ptr<CodeUnit> compile_module(const ast::Module& module,
                                                       std::string_view filename, CompileError* error,
                                                       bool interactive = false,
                                                       std::vector<CompileWarning>* warnings = nullptr,
                                                       int max_depth = 3000);
[[nodiscard]] std::shared_ptr<CodeUnit> compile_expression(const ast::Expression& expression,
                                                           std::string_view filename, CompileError* error,
                                                           std::vector<CompileWarning>* warnings = nullptr,
                                                           int max_depth = 3000);

}  // namespace pytier::light::compiler
