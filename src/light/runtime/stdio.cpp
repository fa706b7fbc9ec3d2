#include "light/runtime/stdio.h"

#include <cerrno>
#include <string>
#include <unistd.h>

namespace pytier::light {

namespace {

std::string out_buffer;
constexpr size_t kBufferLimit = 8192;

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(size_t(n));
  }
  return true;
}

}  // namespace

bool stdout_write(std::string_view bytes) {
  out_buffer += bytes;
  if (out_buffer.size() < kBufferLimit) return true;
  return stdout_flush();
}

bool stdout_flush() {
  bool ok = write_all(1, out_buffer);
  out_buffer.clear();
  return ok;
}

bool stderr_write(std::string_view bytes) { return write_all(2, bytes); }

}  // namespace pytier::light
