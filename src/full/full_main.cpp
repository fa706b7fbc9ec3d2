#include "full/full_main.h"

#include "full/invocation.h"
#include "full/run_main.h"
#include "full/runtime.h"

namespace pytier::full {

int main(int argc, char** argv) {
  std::optional<Invocation> inv = parse_invocation(argc, argv);
  if (!inv) return 2;
  if (!start_interpreter()) return 1;
  if (!enter_program(*inv)) return end_interpreter(1);
  return end_interpreter(run_program(*inv));
}

}  // namespace pytier::full
