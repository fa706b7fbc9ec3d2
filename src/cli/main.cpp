#include <cstdio>
#include <cstring>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  int (*fn)(int, char**);
  const char* summary;
};

constexpr Command kCommands[] = {
    {"run", pytier::cli::run, "run a program: run [--tier full|light|auto] FILE|-c CODE [ARGS...]"},
    {"diff", pytier::cli::diff, "compare tiers with python3.11 over a corpus"},
    {"bench", pytier::cli::bench, "time the tiers against python3.11"},
    {"ast", pytier::cli::ast, "print ast.dump of a file, as CPython would"},
    {"route", pytier::cli::route, "say which tier auto picks for a program, and why"},
};

int usage(FILE* out) {
  std::fputs("usage: pytier COMMAND [ARGS...]\n\ncommands:\n", out);
  for (const Command& c : kCommands) std::fprintf(out, "  %-6s %s\n", c.name, c.summary);
  return out == stderr ? 2 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(stderr);
  if (!std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help")) return usage(stdout);
  for (const Command& c : kCommands)
    if (!std::strcmp(argv[1], c.name)) return c.fn(argc - 2, argv + 2);
  std::fprintf(stderr, "pytier: unknown command '%s'\n", argv[1]);
  return usage(stderr);
}
