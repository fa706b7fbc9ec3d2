#include "light/light_main.h"

#include <cstdio>

namespace pytier::light {

int main(int, char**) {
  std::fputs("pytier: the Light tier cannot run programs yet\n", stderr);
  return 2;
}

}  // namespace pytier::light
