#include "light/light_main.h"

#include <cstdio>

namespace pytier::light {

int main(int, char**) {
  // The unsupported-feature protocol: the auto tier reruns such a program on Full.
  std::fputs("NotImplementedError: pytier light: the Light tier cannot run programs yet\n", stderr);
  return 1;
}

}  // namespace pytier::light
