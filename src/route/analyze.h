#pragma once
// Static analysis of a program with the Light tier's parser: never runs it.

#include <string_view>

#include "light/syntax/ast.h"
#include "route/findings.h"
#include "route/program.h"

namespace pytier::route {

Findings analyze(const Program& program);

// `dir` is where the program's sibling modules live ("" for the working directory).
Findings analyze_source(std::string_view source, std::string_view filename, std::string_view dir);

// A module already parsed from `source`.
Findings analyze_module(const light::ast::Module& m, std::string_view source, std::string_view dir);

}  // namespace pytier::route
