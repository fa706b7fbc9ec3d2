#include "light/runtime/interrupt.h"

#ifndef __wasi__
#include <csignal>
#include <type_traits>
#endif

#include "light/objects/exceptions.h"
#include "light/runtime/error.h"

namespace pytier::light {

volatile int interrupt_requested = 0;

namespace {

#ifndef __wasi__
static_assert(std::is_same_v<std::sig_atomic_t, int>);
void on_sigint(int) { interrupt_requested = 1; }
#endif

}  // namespace

// As CPython: a SIGINT ignored by whoever started us (a background job)
// stays ignored.
void interrupt_install() {
#ifndef __wasi__
  struct sigaction current {};
  if (sigaction(SIGINT, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) std::signal(SIGINT, on_sigint);
#endif
}

void interrupt_raise() {
  interrupt_requested = 0;
  (void)raise_with(&exc::KeyboardInterrupt, Value());
}

}  // namespace pytier::light
