#pragma once
// The standard streams sys holds: text streams on fds 0, 1 and 2, each
// with the binary stream under it as .buffer.

#include "light/objects/object.h"

namespace pytier::light::modules {

// The stream types, readied once. False on error.
[[nodiscard]] bool std_streams_ready();
// The text stream on fd 0, 1 or 2 (a new reference; null on error).
[[nodiscard]] Value std_stream_new(int fd);

}  // namespace pytier::light::modules
