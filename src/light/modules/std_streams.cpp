// sys.stdin, sys.stdout and sys.stderr: UTF-8 text on fds 0, 1 and 2 (with
// surrogateescape, as CPython under C.UTF-8), and their .buffer, the same
// bytes undecoded. Both layers share runtime/stdio's buffers, so text and
// bytes come out in the order they were written.

#include "light/modules/std_streams.h"

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/builtins.h"
#include "light/objects/bytes.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/stdio.h"

namespace pytier::light::modules {

namespace {

struct Stream : Object {
  int fd;
  bool binary;
  Value buffer;  // owned binary stream under a text one, else null
};

Type text_stream_type, buffered_reader_type, buffered_writer_type;

Stream* S(Value v) { return v.as<Stream>(); }

const char* const kNames[] = {"<stdin>", "<stdout>", "<stderr>"};

void stream_dealloc(Object* o) {
  xdecref(static_cast<Stream*>(o)->buffer);
  free_object(o);
}

// What was read, as the stream's kind of value.
Value wrap(Value self, const std::string& data) { return S(self)->binary ? bytes_from(data) : decode_stdin(data); }

bool check_readable(Value self) {
  if (S(self)->fd == 0) return true;
  raise_str(&exc::OSError, "not readable");
  return false;
}

// An optional size argument: -1 when absent or None.
bool size_arg(const Value* args, size_t nargs, int64_t* size) {
  *size = -1;
  if (nargs == 0 || is_none(args[0])) return true;
  if (!int_check(args[0])) {
    type_error("argument should be integer or None, not '%s'", type_of(args[0])->name.c_str());
    return false;
  }
  return index_as_i64(args[0], size, &exc::OverflowError);
}

Value stream_read(Value self, const Value* args, size_t nargs, Value) {
  int64_t size;
  if (!check_readable(self) || !size_arg(args, nargs, &size)) return Value();
  std::string data;
  if (!stdin_read(&data, size)) return raise_errno();
  return wrap(self, data);
}

Value stream_readline(Value self, const Value* args, size_t nargs, Value) {
  int64_t size;
  if (!check_readable(self) || !size_arg(args, nargs, &size)) return Value();
  (void)stdout_flush();
  std::string line;
  if (!stdin_read_line(&line, size)) return raise_errno();
  return wrap(self, line);
}

Value stream_next(Value self) {
  if (!check_readable(self)) return Value();
  std::string line;
  if (!stdin_read_line(&line)) return raise_errno();
  return line.empty() ? Value() : wrap(self, line);
}

Value stream_readlines(Value self, const Value*, size_t, Value) {
  Ref lines(list_new(0));
  if (!lines) return Value();
  for (;;) {
    Ref line(stream_next(self));
    if (!line) return pending() ? Value() : lines.release();
    if (list_append(lines.get(), line.get()) < 0) return Value();
  }
}

Value stream_iter(Value self) { return newref(self); }

// The bytes a write() argument stands for: str for text, bytes-like for binary.
bool payload(Value self, Value v, std::string* buf, std::string_view* bytes, int64_t* count) {
  if (!S(self)->binary) {
    if (!str_check(v)) return type_error("write() argument must be str, not %s", type_of(v)->name.c_str()), false;
    *bytes = str_utf8_view(v, buf);
    *count = v.as<Str>()->length;
    return true;
  }
  if (bytes_check(v)) *bytes = v.as<Bytes>()->view();
  else if (is_instance_of(v, &bytearray_type)) *bytes = v.as<ByteArray>()->view();
  else return type_error("a bytes-like object is required, not '%s'", type_of(v)->name.c_str()), false;
  *count = int64_t(bytes->size());
  return true;
}

Value stream_write(Value self, const Value* args, size_t, Value) {
  std::string buf;
  std::string_view bytes;
  int64_t count;
  if (!payload(self, args[0], &buf, &bytes, &count)) return Value();
  int fd = S(self)->fd;
  if (fd == 0) return raise_str(&exc::OSError, "not writable");
  bool ok = fd == 2 ? stderr_write(bytes) : S(self)->binary ? stdout_write_bytes(bytes) : stdout_write(bytes);
  if (!ok) return raise_errno();
  return int_from_i64(count);
}

Value stream_flush(Value self, const Value*, size_t, Value) {
  if (S(self)->fd == 1 && !(S(self)->binary ? stdout_flush_bytes() : stdout_flush())) return raise_errno();
  return newref(none());
}

Value stream_fileno(Value self, const Value*, size_t, Value) { return int_from_i64(S(self)->fd); }
Value stream_isatty(Value, const Value*, size_t, Value) { return newref(py_false()); }
Value stream_writable(Value self, const Value*, size_t, Value) { return py_bool(S(self)->fd != 0); }
Value stream_readable(Value self, const Value*, size_t, Value) { return py_bool(S(self)->fd == 0); }

const MethodDef kStreamMethods[] = {
    {"write", stream_write, 1, 1},
    {"read", stream_read, 0, 1},
    {"readline", stream_readline, 0, 1},
    {"readlines", stream_readlines, 0, 1},
    {"readable", stream_readable, 0, 0},
    {"flush", stream_flush, 0, 0},
    {"fileno", stream_fileno, 0, 0},
    {"isatty", stream_isatty, 0, 0},
    {"writable", stream_writable, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value stream_repr(Value self) {
  int fd = S(self)->fd;
  if (S(self)->binary) return format_str("<%s name='%s'>", type_of(self)->name.c_str(), kNames[fd]);
  return format_str("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", kNames[fd], fd == 0 ? "r" : "w");
}

Value stream_encoding(Value) { return str_from_ascii("utf-8"); }
Value stream_errors(Value self) { return str_from_ascii(S(self)->fd == 2 ? "backslashreplace" : "surrogateescape"); }
Value stream_name(Value self) { return str_from_ascii(kNames[S(self)->fd]); }
Value stream_mode(Value self) {
  bool in = S(self)->fd == 0;
  return str_from_ascii(S(self)->binary ? (in ? "rb" : "wb") : (in ? "r" : "w"));
}
Value stream_buffer(Value self) { return newref(S(self)->buffer); }

const GetSetDef kTextGetsets[] = {
    {"encoding", stream_encoding, nullptr},
    {"errors", stream_errors, nullptr},
    {"name", stream_name, nullptr},
    {"mode", stream_mode, nullptr},
    {"buffer", stream_buffer, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef kBinaryGetsets[] = {
    {"name", stream_name, nullptr},
    {"mode", stream_mode, nullptr},
    {nullptr, nullptr, nullptr},
};

Value new_stream(Type* type, int fd, bool binary) {
  Stream* s = alloc<Stream>(type);
  if (!s) return Value();
  s->fd = fd;
  s->binary = binary;
  return Value(s);
}

}  // namespace

bool std_streams_ready() {
  if (text_stream_type.mro) return true;
  text_stream_type.name = "_io.TextIOWrapper";
  buffered_reader_type.name = "_io.BufferedReader";
  buffered_writer_type.name = "_io.BufferedWriter";
  for (Type* t : {&text_stream_type, &buffered_reader_type, &buffered_writer_type}) {
    t->basic_size = sizeof(Stream);
    t->dealloc = stream_dealloc;
    t->methods = kStreamMethods;
    t->getsets = t == &text_stream_type ? kTextGetsets : kBinaryGetsets;
    t->repr = stream_repr;
    t->iter = stream_iter;
    t->next = stream_next;
    if (!type_ready(t)) return false;
  }
  return true;
}

Value std_stream_new(int fd) {
  Ref text(new_stream(&text_stream_type, fd, false));
  Value buffer = new_stream(fd == 0 ? &buffered_reader_type : &buffered_writer_type, fd, true);
  if (!text || !buffer) return Value();
  S(text.get())->buffer = buffer;
  return text.release();
}

}  // namespace pytier::light::modules
