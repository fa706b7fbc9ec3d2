#include <cstdio>

#include "cli/commands.h"

namespace pytier::cli {

int diff(int, char**) {
  std::fputs("pytier diff: not implemented yet\n", stderr);
  return 2;
}

}  // namespace pytier::cli
