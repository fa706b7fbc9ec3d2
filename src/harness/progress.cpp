#include "harness/progress.h"

#include <unistd.h>

#include <cstdio>

namespace pytier::harness {

Progress::Progress(int total) : total_(total), shown_(isatty(STDERR_FILENO)) {}

Progress::~Progress() {
  if (shown_ && done_ > 0) std::fputs("\r\033[K", stderr);
}

void Progress::step(std::string_view what) {
  if (!shown_) return;
  std::lock_guard lock(mutex_);
  ++done_;
  std::fprintf(stderr, "\r\033[K[%d/%d] %.*s", done_, total_, int(what.size()), what.data());
  std::fflush(stderr);
}

}  // namespace pytier::harness
