#include <cstdio>

#include "cli/commands.h"

namespace pytier::cli {

int ast(int, char**) {
  std::fputs("pytier ast: not implemented yet\n", stderr);
  return 2;
}

}  // namespace pytier::cli
