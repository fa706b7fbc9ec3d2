#pragma once
// The process's stdout and stderr as print() uses them: stdout is buffered
// and flushed at exit and before reading stdin; stderr is unbuffered. Text is
// written as UTF-8 with lone surrogates escaped by surrogateescape, as
// CPython does under C.UTF-8.

#include <string_view>

namespace pytier::light {

// Raw bytes; false if the write failed (errno set).
bool stdout_write(std::string_view bytes);
bool stderr_write(std::string_view bytes);
bool stdout_flush();

}  // namespace pytier::light
