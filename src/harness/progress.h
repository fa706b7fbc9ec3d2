#pragma once

#include <mutex>
#include <string_view>

namespace pytier::harness {

// A one-line counter on stderr, redrawn in place; silent unless stderr is a
// terminal, so logs and pipes get only the report.
class Progress {
 public:
  explicit Progress(int total);
  ~Progress();
  void step(std::string_view what);

 private:
  std::mutex mutex_;
  int total_, done_ = 0;
  bool shown_;
};

}  // namespace pytier::harness
