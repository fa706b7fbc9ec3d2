#include "full/full_main.h"

#include <cstdio>

namespace pytier::full {

int main(int, char**) {
  std::fputs("pytier: the Full tier is not built yet\n", stderr);
  return 2;
}

}  // namespace pytier::full
