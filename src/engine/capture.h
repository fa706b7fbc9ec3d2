#pragma once

#include <string>
#include <string_view>

namespace pytier::engine {

// An anonymous in-memory file (memfd) that a child's fd points at. Unlike a
// pipe it never blocks the writer, so the parent reads it once the child ends.
class Capture {
 public:
  Capture();
  explicit Capture(std::string_view contents);  // a readable stdin, positioned at its start
  Capture(const Capture&) = delete;
  Capture& operator=(const Capture&) = delete;
  ~Capture();

  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  std::string contents() const;

 private:
  int fd_;
};

}  // namespace pytier::engine
