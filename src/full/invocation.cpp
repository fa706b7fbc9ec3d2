#include "full/invocation.h"

#include <cstdio>
#include <cstring>

namespace pytier::full {

std::optional<Invocation> parse_invocation(int argc, char** argv) {
  Invocation inv;
  inv.interpreter = argc > 0 ? argv[0] : "python3.11";
  for (int i = 0; i < argc; ++i) inv.orig_argv.push_back(argv[i]);
  // -c CODE, or -cCODE as python3.11 also takes it.
  bool attached = argc >= 2 && !std::strncmp(argv[1], "-c", 2) && argv[1][2];
  if (attached || (argc >= 3 && !std::strcmp(argv[1], "-c"))) {
    inv.is_command = true;
    inv.command = attached ? argv[1] + 2 : argv[2];
    inv.argv.push_back("-c");
    for (int i = attached ? 2 : 3; i < argc; ++i) inv.argv.push_back(argv[i]);
    return inv;
  }
  if (argc >= 2 && argv[1][0] != '-') {
    inv.filename = argv[1];
    for (int i = 1; i < argc; ++i) inv.argv.push_back(argv[i]);
    return inv;
  }
  std::fputs("usage: pytier run --tier full FILE|-c CODE [ARGS...]\n", stderr);
  return std::nullopt;
}

}  // namespace pytier::full
