#include <cstdio>

#include "cli/commands.h"

namespace pytier::cli {

int route(int, char**) {
  std::fputs("pytier route: not implemented yet\n", stderr);
  return 2;
}

}  // namespace pytier::cli
