// The io module: StringIO and BytesIO (in-memory streams, with CPython's
// behaviour and messages), the base classes they derive from,
// UnsupportedOperation, and open_code. There are no file objects: open()
// and the file types belong to the Full tier.

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <string>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/vm/import.h"

namespace pytier::light::modules {

namespace {

Type io_base_type, text_io_base_type, buffered_io_base_type, string_io_type, bytes_io_type;
Value unsupported_operation;  // io.UnsupportedOperation, a class made at first import

// The state both streams share: a buffer of code points or bytes, a
// position that may lie past its end (a write there pads with zeros).
template <class Text>
struct Stream : Object {
  Text data;
  int64_t pos;
  bool closed;
};

using TextStream = Stream<std::u32string>;
using ByteStream = Stream<std::string>;

struct StringIO : TextStream {
  // newline=: None translates \r and \r\n to \n on write; '' splits lines
  // at any of the three; '\r' and '\r\n' replace \n on write.
  bool translate;
  bool universal;
  std::u32string newline;  // the line end that readline looks for
};

StringIO* S(Value v) { return v.as<StringIO>(); }
ByteStream* B(Value v) { return v.as<ByteStream>(); }

Value closed_error(const char* message = "I/O operation on closed file") {
  return raise_str(&exc::ValueError, message);
}

Value unsupported(const char* what) {
  return unsupported_operation ? raise_with(as_type(unsupported_operation), Ref(str_from_ascii(what)).get())
                               : raise_str(&exc::OSError, what);
}

// An optional size: absent or None is -1.
bool size_arg(const Value* args, size_t nargs, int64_t* size) {
  *size = -1;
  if (nargs == 0 || is_none(args[0])) return true;
  if (!int_check(args[0]) && !type_lookup(type_of(args[0]), names::__index__)) {
    type_error("argument should be integer or None, not '%s'", type_of(args[0])->name.c_str());
    return false;
  }
  return index_as_i64(args[0], size, &exc::OverflowError);
}

// ---- the shared operations

template <class Text>
Text take(Stream<Text>* s, int64_t size) {
  int64_t end = int64_t(s->data.size());
  if (s->pos >= end) return Text();
  int64_t n = size < 0 ? end - s->pos : std::min(size, end - s->pos);
  Text out = s->data.substr(size_t(s->pos), size_t(n));
  s->pos += n;
  return out;
}

template <class Text>
void put(Stream<Text>* s, const Text& text) {
  if (text.empty()) return;
  size_t pos = size_t(s->pos);
  if (pos > s->data.size()) s->data.resize(pos, 0);
  size_t overlap = std::min(text.size(), s->data.size() - pos);
  s->data.replace(pos, overlap, text);
  s->pos += int64_t(text.size());
}

// The next line from the position: up to and including `end` (or any line
// end when universal), at most `limit` items (-1: no limit).
template <class Text>
Text line(Stream<Text>* s, const Text& end, bool universal, int64_t limit) {
  size_t start = size_t(s->pos), size = s->data.size();
  if (start >= size) return Text();
  size_t stop = size;
  if (universal) {
    for (size_t i = start; i < size; ++i) {
      auto c = s->data[i];
      if (c == '\n' || c == '\r') {
        stop = c == '\r' && i + 1 < size && s->data[i + 1] == '\n' ? i + 2 : i + 1;
        break;
      }
    }
  } else {
    size_t at = s->data.find(end, start);
    if (at != Text::npos) stop = at + end.size();
  }
  if (limit >= 0) stop = std::min(stop, start + size_t(limit));
  s->pos = int64_t(stop);
  return s->data.substr(start, stop - start);
}

template <class Text>
Value truncate_to(Stream<Text>* s, const Value* args, size_t nargs, const char* negative_message) {
  int64_t size;
  if (!size_arg(args, nargs, &size)) return Value();
  if (nargs == 0 || is_none(args[0])) size = s->pos;
  if (size < 0) return value_error(negative_message, static_cast<long long>(size));
  if (size_t(size) < s->data.size()) s->data.resize(size_t(size));
  return int_from_i64(size);
}

// readlines(hint): lines until their total length reaches hint (<= 0: all).
Value read_lines(Value self, const Value* args, size_t nargs) {
  int64_t hint;
  if (!size_arg(args, nargs, &hint)) return Value();
  Ref lines(list_new(0));
  if (!lines) return Value();
  int64_t total = 0;
  for (;;) {
    Ref l(type_of(self)->next(self));
    if (!l) return pending() ? Value() : lines.release();
    if (list_append(lines.get(), l.get()) < 0) return Value();
    int64_t n = length(l.get());
    if (n < 0) return Value();
    total += n;
    if (hint > 0 && total >= hint) return lines.release();
  }
}

Value write_lines(Value self, const Value* args, bool closed) {
  if (closed) return closed_error("I/O operation on closed file.");
  Ref it(iter(args[0]));
  if (!it) return Value();
  while (Value item = next(it.get())) {
    Ref i(item);
    Ref r(call_method(self, names::write, &item, 1));
    if (!r) return Value();
  }
  return pending() ? Value() : newref(none());
}

Value self_iter(Value self) { return newref(self); }

Value return_none(Value, const Value*, size_t, Value) { return newref(none()); }

Value io_exit(Value self, const Value*, size_t, Value) { return call_method(self, str_intern("close"), nullptr, 0); }
Value io_fileno(Value, const Value*, size_t, Value) { return unsupported("fileno"); }

// ---- StringIO

std::u32string code_points(Value s) {
  Str* str = s.as<Str>();
  std::u32string out(size_t(str->length), U'\0');
  for (int64_t i = 0; i < str->length; ++i) out[size_t(i)] = str->at(i);
  return out;
}

Value text(const std::u32string& t) { return str_from_codepoints(t.data(), t.size()); }

// The text to store for `t` written under the stream's newline setting.
std::u32string translated(StringIO* s, std::u32string t) {
  if (s->translate) {
    std::u32string out;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '\r') {
        out += U'\n';
        if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      } else {
        out += t[i];
      }
    }
    return out;
  }
  if (s->newline == U"\r" || s->newline == U"\r\n") {
    std::u32string out;
    for (char32_t c : t) {
      if (c == '\n') out += s->newline;
      else out += c;
    }
    return out;
  }
  return t;
}

Value string_io_new(Type* type, const Value*, size_t, Value) {
  auto* s = static_cast<StringIO*>(alloc_object(type, type->basic_size));
  if (!s) return Value();
  new (&s->data) std::u32string();
  new (&s->newline) std::u32string(U"\n");
  return s;
}

void string_io_dealloc(Object* o) {
  auto* s = static_cast<StringIO*>(o);
  s->data.~basic_string();
  s->newline.~basic_string();
  free_object(o);
}

int string_io_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"initial_value", "newline"};
  Value a[2];
  if (!bind_keywords("StringIO", args, nargs, kwnames, kNames, 2, a)) return -1;
  StringIO* s = S(self);
  Value newline = a[1];
  if (newline && !is_none(newline) && !str_check(newline)) {
    type_error("newline must be str or None, not %s", type_of(newline)->name.c_str());
    return -1;
  }
  std::u32string nl = newline && !is_none(newline) ? code_points(newline) : U"\n";
  if (newline && !is_none(newline) && !nl.empty() && nl != U"\n" && nl != U"\r" && nl != U"\r\n") {
    value_error("illegal newline value: %R", newline);
    return -1;
  }
  if (a[0] && !is_none(a[0]) && !str_check(a[0])) {
    type_error("initial_value must be str or None, not %s", type_of(a[0])->name.c_str());
    return -1;
  }
  s->translate = newline && is_none(newline);
  s->universal = nl.empty();
  s->newline = nl;
  s->data.clear();
  s->pos = 0;
  s->closed = false;
  if (a[0] && !is_none(a[0])) s->data = translated(s, code_points(a[0]));
  return 0;
}

Value string_io_getvalue(Value self, const Value*, size_t, Value) {
  if (S(self)->closed) return closed_error();
  return text(S(self)->data);
}

Value string_io_read(Value self, const Value* args, size_t nargs, Value) {
  int64_t size;
  if (!size_arg(args, nargs, &size)) return Value();
  if (S(self)->closed) return closed_error();
  return text(take(S(self), size));
}

Value string_io_readline(Value self, const Value* args, size_t nargs, Value) {
  int64_t limit;
  if (!size_arg(args, nargs, &limit)) return Value();
  StringIO* s = S(self);
  if (s->closed) return closed_error();
  return text(line(s, s->newline, s->universal, limit));
}

Value string_io_next(Value self) {
  StringIO* s = S(self);
  if (s->closed) return closed_error();
  std::u32string l = line(s, s->newline, s->universal, -1);
  return l.empty() ? Value() : text(l);
}

Value string_io_readlines(Value self, const Value* args, size_t nargs, Value) {
  if (S(self)->closed) return closed_error();
  return read_lines(self, args, nargs);
}

Value string_io_write(Value self, const Value* args, size_t, Value) {
  if (!str_check(args[0])) return type_error("string argument expected, got '%s'", type_of(args[0])->name.c_str());
  StringIO* s = S(self);
  if (s->closed) return closed_error();
  put(s, translated(s, code_points(args[0])));
  return int_from_i64(args[0].as<Str>()->length);
}

Value string_io_writelines(Value self, const Value* args, size_t, Value) {
  return write_lines(self, args, S(self)->closed);
}

Value string_io_seek(Value self, const Value* args, size_t nargs, Value) {
  int64_t pos, whence = 0;
  if (!index_as_i64(args[0], &pos, &exc::OverflowError)) return Value();
  if (nargs > 1 && !index_as_i64(args[1], &whence, &exc::OverflowError)) return Value();
  StringIO* s = S(self);
  if (s->closed) return closed_error();
  if (whence < 0 || whence > 2)
    return value_error("Invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
  if (whence == 0 && pos < 0) return value_error("Negative seek position %lld", static_cast<long long>(pos));
  if (whence != 0 && pos != 0)
    return raise_str(&exc::OSError, "Can't do nonzero cur-relative seeks");  // for whence 2 as well
  if (whence == 1) pos = s->pos;
  if (whence == 2) pos = int64_t(s->data.size());
  s->pos = pos;
  return int_from_i64(pos);
}

Value string_io_tell(Value self, const Value*, size_t, Value) {
  if (S(self)->closed) return closed_error();
  return int_from_i64(S(self)->pos);
}

Value string_io_truncate(Value self, const Value* args, size_t nargs, Value) {
  if (S(self)->closed) return closed_error();
  return truncate_to(S(self), args, nargs, "Negative size value %lld");
}

Value string_io_check(Value self, const Value*, size_t, Value) {
  if (S(self)->closed) return closed_error();
  return newref(py_true());
}

Value string_io_close(Value self, const Value*, size_t, Value) {
  StringIO* s = S(self);
  s->closed = true;
  std::u32string().swap(s->data);
  return newref(none());
}

Value string_io_enter(Value self, const Value*, size_t, Value) {
  if (S(self)->closed) return closed_error("I/O operation on closed file.");
  return newref(self);
}

Value string_io_isatty(Value self, const Value*, size_t, Value) {
  if (S(self)->closed) return closed_error("I/O operation on closed file.");
  return newref(py_false());
}

Value string_io_iter(Value self) {
  if (S(self)->closed) return closed_error("I/O operation on closed file.");
  return newref(self);
}

Value string_io_detach(Value, const Value*, size_t, Value) { return unsupported("detach"); }

const MethodDef kStringIOMethods[] = {
    {"getvalue", string_io_getvalue, 0, 0},
    {"read", string_io_read, 0, 1},
    {"readline", string_io_readline, 0, 1},
    {"readlines", string_io_readlines, 0, 1},
    {"write", string_io_write, 1, 1},
    {"writelines", string_io_writelines, 1, 1},
    {"seek", string_io_seek, 1, 2},
    {"tell", string_io_tell, 0, 0},
    {"truncate", string_io_truncate, 0, 1},
    {"readable", string_io_check, 0, 0},
    {"writable", string_io_check, 0, 0},
    {"seekable", string_io_check, 0, 0},
    {"close", string_io_close, 0, 0},
    {"flush", return_none, 0, 0},
    {"isatty", string_io_isatty, 0, 0},
    {"fileno", io_fileno, 0, 0},
    {"detach", string_io_detach, 0, 0},
    {"__enter__", string_io_enter, 0, 0},
    {"__exit__", io_exit, 0, -1},
    {nullptr, nullptr, 0, 0},
};

Value string_io_closed(Value self) { return newref(py_bool(S(self)->closed)); }
Value return_false_attr(Value) { return newref(py_false()); }
Value return_none_attr(Value) { return newref(none()); }

const GetSetDef kStringIOGetsets[] = {
    {"closed", string_io_closed, nullptr},
    {"line_buffering", return_false_attr, nullptr},
    {"newlines", return_none_attr, nullptr},
    {"encoding", return_none_attr, nullptr},
    {"errors", return_none_attr, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- BytesIO

Value bytes_closed_error() { return closed_error("I/O operation on closed file."); }

// The bytes of a bytes-like argument (bytes or bytearray).
bool bytes_arg(Value v, std::string* out) {
  if (bytes_check(v)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (is_instance_of(v, &bytearray_type)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  type_error("a bytes-like object is required, not '%s'", type_of(v)->name.c_str());
  return false;
}

Value bytes_io_new(Type* type, const Value*, size_t, Value) {
  auto* b = static_cast<ByteStream*>(alloc_object(type, type->basic_size));
  if (!b) return Value();
  new (&b->data) std::string();
  return b;
}

void bytes_io_dealloc(Object* o) {
  static_cast<ByteStream*>(o)->data.~basic_string();
  free_object(o);
}

int bytes_io_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"initial_bytes"};
  Value a[1];
  if (!bind_keywords("BytesIO", args, nargs, kwnames, kNames, 1, a)) return -1;
  ByteStream* b = B(self);
  b->data.clear();
  b->pos = 0;
  b->closed = false;
  if (a[0] && !is_none(a[0]) && !bytes_arg(a[0], &b->data)) return -1;
  return 0;
}

#define CHECK_OPEN(self) \
  if (B(self)->closed) return bytes_closed_error()

Value bytes_io_getvalue(Value self, const Value*, size_t, Value) {
  CHECK_OPEN(self);
  return bytes_from(B(self)->data);
}

Value bytes_io_read(Value self, const Value* args, size_t nargs, Value) {
  int64_t size;
  if (!size_arg(args, nargs, &size)) return Value();
  CHECK_OPEN(self);
  return bytes_from(take(B(self), size));
}

Value bytes_io_readline(Value self, const Value* args, size_t nargs, Value) {
  int64_t limit;
  if (!size_arg(args, nargs, &limit)) return Value();
  CHECK_OPEN(self);
  return bytes_from(line(B(self), std::string("\n"), false, limit));
}

Value bytes_io_next(Value self) {
  CHECK_OPEN(self);
  std::string l = line(B(self), std::string("\n"), false, -1);
  return l.empty() ? Value() : bytes_from(l);
}

Value bytes_io_readlines(Value self, const Value* args, size_t nargs, Value) {
  CHECK_OPEN(self);
  return read_lines(self, args, nargs);
}

Value bytes_io_readinto(Value self, const Value* args, size_t, Value) {
  if (!is_instance_of(args[0], &bytearray_type))
    return type_error("readinto() argument must be read-write bytes-like object, not %s",
                      type_of(args[0])->name.c_str());
  CHECK_OPEN(self);
  ByteArray* target = args[0].as<ByteArray>();
  std::string got = take(B(self), target->size);
  std::copy(got.begin(), got.end(), target->data);
  return int_from_i64(int64_t(got.size()));
}

Value bytes_io_write(Value self, const Value* args, size_t, Value) {
  CHECK_OPEN(self);
  std::string data;
  if (!bytes_arg(args[0], &data)) return Value();
  put(B(self), data);
  return int_from_i64(int64_t(data.size()));
}

Value bytes_io_writelines(Value self, const Value* args, size_t, Value) {
  return write_lines(self, args, B(self)->closed);
}

Value bytes_io_seek(Value self, const Value* args, size_t nargs, Value) {
  int64_t pos, whence = 0;
  if (!index_as_i64(args[0], &pos, &exc::OverflowError)) return Value();
  if (nargs > 1 && !index_as_i64(args[1], &whence, &exc::OverflowError)) return Value();
  CHECK_OPEN(self);
  ByteStream* b = B(self);
  if (whence < 0 || whence > 2)
    return value_error("invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
  if (whence == 0 && pos < 0) return value_error("negative seek value %lld", static_cast<long long>(pos));
  if (whence == 1) pos += b->pos;
  if (whence == 2) pos += int64_t(b->data.size());
  b->pos = std::max<int64_t>(pos, 0);
  return int_from_i64(b->pos);
}

Value bytes_io_tell(Value self, const Value*, size_t, Value) {
  CHECK_OPEN(self);
  return int_from_i64(B(self)->pos);
}

Value bytes_io_truncate(Value self, const Value* args, size_t nargs, Value) {
  CHECK_OPEN(self);
  return truncate_to(B(self), args, nargs, "negative size value %lld");
}

Value bytes_io_check(Value self, const Value*, size_t, Value) {
  CHECK_OPEN(self);
  return newref(py_true());
}

Value bytes_io_flush(Value self, const Value*, size_t, Value) {
  CHECK_OPEN(self);
  return newref(none());
}

Value bytes_io_isatty(Value self, const Value*, size_t, Value) {
  CHECK_OPEN(self);
  return newref(py_false());
}

Value bytes_io_close(Value self, const Value*, size_t, Value) {
  ByteStream* b = B(self);
  b->closed = true;
  std::string().swap(b->data);
  return newref(none());
}

Value bytes_io_enter(Value self, const Value*, size_t, Value) {
  CHECK_OPEN(self);
  return newref(self);
}

#undef CHECK_OPEN

const MethodDef kBytesIOMethods[] = {
    {"getvalue", bytes_io_getvalue, 0, 0},
    {"read", bytes_io_read, 0, 1},
    {"read1", bytes_io_read, 0, 1},
    {"readline", bytes_io_readline, 0, 1},
    {"readlines", bytes_io_readlines, 0, 1},
    {"readinto", bytes_io_readinto, 1, 1},
    {"write", bytes_io_write, 1, 1},
    {"writelines", bytes_io_writelines, 1, 1},
    {"seek", bytes_io_seek, 1, 2},
    {"tell", bytes_io_tell, 0, 0},
    {"truncate", bytes_io_truncate, 0, 1},
    {"readable", bytes_io_check, 0, 0},
    {"writable", bytes_io_check, 0, 0},
    {"seekable", bytes_io_check, 0, 0},
    {"close", bytes_io_close, 0, 0},
    {"flush", bytes_io_flush, 0, 0},
    {"isatty", bytes_io_isatty, 0, 0},
    {"fileno", io_fileno, 0, 0},
    {"__enter__", bytes_io_enter, 0, 0},
    {"__exit__", io_exit, 0, -1},
    {nullptr, nullptr, 0, 0},
};

Value bytes_io_closed(Value self) { return newref(py_bool(B(self)->closed)); }

const GetSetDef kBytesIOGetsets[] = {
    {"closed", bytes_io_closed, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- the module

// open_code(path): the file's bytes in a BytesIO (CPython returns a
// BufferedReader; both read as binary streams). The only file opening the
// Light tier has: linecache reads source lines through it.
Value io_open_code(Value, const Value* args, size_t, Value) {
  if (!str_check(args[0]))
    return type_error("open_code() argument 'path' must be str, not %s", type_of(args[0])->name.c_str());
  std::string data;
  errno = 0;
  if (!vm::read_file(str_to_utf8(args[0]), &data)) {
    Ref code(int_from_i64(errno ? errno : ENOENT));
    Ref text(str_from_utf8(std::strerror(errno ? errno : ENOENT)));
    if (!code || !text) return Value();
    Value error_args[] = {code.get(), text.get(), args[0]};
    Ref e(call(Value(&exc::OSError), error_args, 3));
    return e ? raise(e.get()) : Value();
  }
  Ref content(bytes_from(data));
  if (!content) return Value();
  Value arg = content.get();
  return call(Value(&bytes_io_type), &arg, 1);
}

const MethodDef kIoFunctions[] = {
    {"open_code", io_open_code, 1, 1},
    {nullptr, nullptr, 0, 0},
};

bool ready_types() {
  if (string_io_type.mro) return true;
  io_base_type.name = "_io._IOBase";
  text_io_base_type.name = "_io._TextIOBase";
  buffered_io_base_type.name = "_io._BufferedIOBase";
  for (Type* t : {&io_base_type, &text_io_base_type, &buffered_io_base_type}) t->flags = Type::kBaseType | Type::kWeakrefable;
  text_io_base_type.base = &io_base_type;
  buffered_io_base_type.base = &io_base_type;

  Type* t = &string_io_type;
  t->name = "_io.StringIO";
  t->base = &text_io_base_type;
  t->basic_size = sizeof(StringIO);
  t->flags = Type::kBaseType | Type::kWeakrefable;
  t->new_ = string_io_new;
  t->init = string_io_init;
  t->dealloc = string_io_dealloc;
  t->iter = string_io_iter;
  t->next = string_io_next;
  t->methods = kStringIOMethods;
  t->getsets = kStringIOGetsets;

  t = &bytes_io_type;
  t->name = "_io.BytesIO";
  t->base = &buffered_io_base_type;
  t->basic_size = sizeof(ByteStream);
  t->flags = Type::kBaseType | Type::kWeakrefable;
  t->new_ = bytes_io_new;
  t->init = bytes_io_init;
  t->dealloc = bytes_io_dealloc;
  t->iter = self_iter;  // no closed check until the first next(), as CPython
  t->next = bytes_io_next;
  t->methods = kBytesIOMethods;
  t->getsets = kBytesIOGetsets;
  for (Type* ty : {&io_base_type, &text_io_base_type, &buffered_io_base_type, &string_io_type, &bytes_io_type})
    if (!type_ready(ty)) return false;
  return true;
}

// class UnsupportedOperation(OSError, ValueError), made through type().
Value make_unsupported_operation() {
  Ref name(str_from_ascii("UnsupportedOperation"));
  Ref bases(tuple_pack({Value(&exc::OSError), Value(&exc::ValueError)}));
  Ref ns{Value(dict_new())};
  if (!name || !bases || !ns || dict_set(as_dict(ns.get()), names::__module__, str_intern("io")) < 0) return Value();
  Value args[] = {name.get(), bases.get(), ns.get()};
  return call(Value(&type_type), args, 3);
}

}  // namespace

Module* make_io() {
  if (!ready_types()) return nullptr;
  if (!unsupported_operation) {
    unsupported_operation = make_unsupported_operation();
    if (!unsupported_operation) return nullptr;
  }
  // The type of sys's streams stands for TextIOWrapper.
  Ref sys_module{Value(make_sys())};
  Ref stream(getattr(sys_module.get(), str_intern("__stdout__")));
  if (!stream) return nullptr;
  Value text_wrapper = Value(type_of(stream.get()));
  Ref builtins{Value(make_builtins())};
  Module* m = module_new("io");
  if (!m) return nullptr;
  bool ok = add_functions(m, kIoFunctions) && add_value(m, "StringIO", newref(Value(&string_io_type))) &&
            add_value(m, "BytesIO", newref(Value(&bytes_io_type))) &&
            add_value(m, "IOBase", newref(Value(&io_base_type))) &&
            add_value(m, "TextIOBase", newref(Value(&text_io_base_type))) &&
            add_value(m, "BufferedIOBase", newref(Value(&buffered_io_base_type))) &&
            add_value(m, "UnsupportedOperation", newref(unsupported_operation)) &&
            add_value(m, "SEEK_SET", Value::small(0)) && add_value(m, "SEEK_CUR", Value::small(1)) &&
            add_value(m, "SEEK_END", Value::small(2)) && add_value(m, "DEFAULT_BUFFER_SIZE", Value::small(8192)) &&
            add_value(m, "TextIOWrapper", newref(text_wrapper)) &&
            add_value(m, "open", getattr(builtins.get(), str_intern("open")));
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
