#include "engine/capture.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pytier::engine {

Capture::Capture() : fd_(memfd_create("pytier-capture", MFD_CLOEXEC)) {}

Capture::Capture(std::string_view contents) : Capture() {
  size_t done = 0;
  while (fd_ >= 0 && done < contents.size()) {
    ssize_t n = write(fd_, contents.data() + done, contents.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  if (fd_ >= 0) lseek(fd_, 0, SEEK_SET);
}

Capture::~Capture() {
  if (fd_ >= 0) close(fd_);
}

std::string Capture::contents() const {
  struct stat st;
  if (fd_ < 0 || fstat(fd_, &st) < 0) return {};
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(done));
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  return out;
}

}  // namespace pytier::engine
