#pragma once
// The process's standard streams as print(), input() and sys.std* use them:
// stdout is buffered and flushed at exit and before reading stdin; stderr is
// unbuffered; stdin is read ahead into one buffer that input() and
// sys.stdin share. Text is UTF-8 with lone surrogates escaped by
// surrogateescape, as CPython does under C.UTF-8.

#include <cstdint>
#include <string>
#include <string_view>

namespace pytier::light {

// Raw bytes; false if the write failed (errno set). stdout has CPython's two
// layers: text (print, sys.stdout.write) waits in its own 8 KB chunk before
// it joins the bytes written to sys.stdout.buffer, so the two interleave as
// they do in CPython.
bool stdout_write(std::string_view bytes);
bool stdout_write_bytes(std::string_view bytes);
bool stderr_write(std::string_view bytes);
// Both layers, as sys.stdout.flush() and exit do.
bool stdout_flush();
// The byte layer only, as sys.stdout.buffer.flush() does.
bool stdout_flush_bytes();

// Appends the next line of stdin, its newline included, to *out, reading
// at most `limit` bytes (-1: no limit). Nothing appended means end of file.
// False if the read failed (errno set).
bool stdin_read_line(std::string* out, int64_t limit = -1);
// Appends up to `limit` bytes (-1: everything until end of file).
bool stdin_read(std::string* out, int64_t limit = -1);

}  // namespace pytier::light
