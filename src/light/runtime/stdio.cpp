#include "light/runtime/stdio.h"

#include <algorithm>
#include <cerrno>
#include <string>
#include <unistd.h>

namespace pytier::light {

namespace {

std::string out_buffer;   // bytes on their way to fd 1
std::string text_pending; // text not yet handed to out_buffer
constexpr size_t kBufferLimit = 8192;

std::string in_buffer;
size_t in_start = 0;  // bytes of in_buffer already consumed
bool in_eof = false;

// Reads more of stdin into in_buffer: false at end of file or on error
// (errno set then, 0 at end of file).
bool fill_stdin() {
  if (in_eof) {
    errno = 0;
    return false;
  }
  if (in_start == in_buffer.size()) {
    in_buffer.clear();
    in_start = 0;
  }
  char chunk[4096];
  for (;;) {
    ssize_t n = ::read(0, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) {
        in_eof = true;
        errno = 0;
      }
      return false;
    }
    in_buffer.append(chunk, size_t(n));
    return true;
  }
}

// Moves `n` buffered bytes to *out.
void take_stdin(std::string* out, size_t n) {
  out->append(in_buffer, in_start, n);
  in_start += n;
}

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

bool stdout_write_bytes(std::string_view bytes) {
  out_buffer += bytes;
  if (out_buffer.size() < kBufferLimit) return true;
  return stdout_flush_bytes();
}

// TextIOWrapper's rule: a write that would overfill the chunk sends the
// pending text first; a full chunk is sent at once.
bool stdout_write(std::string_view bytes) {
  if (text_pending.size() + bytes.size() > kBufferLimit && !text_pending.empty()) {
    bool ok = stdout_write_bytes(text_pending);
    text_pending.clear();
    if (!ok) return false;
  }
  text_pending += bytes;
  if (text_pending.size() < kBufferLimit) return true;
  bool ok = stdout_write_bytes(text_pending);
  text_pending.clear();
  return ok;
}

bool stdout_flush_bytes() {
  bool ok = write_all(1, out_buffer);
  out_buffer.clear();
  return ok;
}

bool stdout_flush() {
  out_buffer += text_pending;
  text_pending.clear();
  return stdout_flush_bytes();
}

bool stderr_write(std::string_view bytes) { return write_all(2, bytes); }

bool stdin_read_line(std::string* out, int64_t limit) {
  size_t scanned = 0;
  for (;;) {
    size_t avail = in_buffer.size() - in_start;
    size_t newline = in_buffer.find('\n', in_start + scanned);
    if (newline != std::string::npos) avail = newline - in_start + 1;
    if (limit >= 0 && avail >= size_t(limit)) {
      take_stdin(out, size_t(limit));
      return true;
    }
    if (newline != std::string::npos) {
      take_stdin(out, avail);
      return true;
    }
    scanned = avail;
    if (!fill_stdin()) {
      take_stdin(out, in_buffer.size() - in_start);
      return errno == 0;
    }
  }
}

bool stdin_read(std::string* out, int64_t limit) {
  while (limit < 0 || in_buffer.size() - in_start < size_t(limit)) {
    if (!fill_stdin()) {
      if (errno != 0) return false;
      break;
    }
  }
  size_t avail = in_buffer.size() - in_start;
  take_stdin(out, limit < 0 ? avail : std::min(avail, size_t(limit)));
  return true;
}

}  // namespace pytier::light
