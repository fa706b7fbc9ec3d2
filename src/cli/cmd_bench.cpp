#include <cstdio>

#include "cli/commands.h"

namespace pytier::cli {

int bench(int, char**) {
  std::fputs("pytier bench: not implemented yet\n", stderr);
  return 2;
}

}  // namespace pytier::cli
