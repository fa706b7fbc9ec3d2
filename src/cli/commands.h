#pragma once

// One function per `pytier` subcommand. Each receives the arguments after the
// subcommand name and returns the process exit status.
namespace pytier::cli {

int run(int argc, char** argv);    // cmd_run.cpp
int diff(int argc, char** argv);   // cmd_diff.cpp
int bench(int argc, char** argv);  // cmd_bench.cpp
int ast(int argc, char** argv);    // cmd_ast.cpp
int route(int argc, char** argv);  // cmd_route.cpp

}  // namespace pytier::cli
