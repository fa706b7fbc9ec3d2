// The posix module: the operating system calls under os and the file
// objects of open() (paths, directories, stat, file descriptors, the
// environment). No processes: the Light tier runs none. WASI lacks a
// process id, a terminal and a processor count; those calls say so there.

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#ifndef __wasi__
#include <sys/ioctl.h>
#endif

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/struct_seq.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

extern char** environ;

namespace pytier::light::modules {

namespace {

StructSeqType stat_result_type, terminal_size_type;

// The int times come first as items; the same names then bind the float
// times as attributes, as CPython's stat_result does.
const char* const kStatFields[] = {"st_mode",     "st_ino",      "st_dev",      "st_nlink",   "st_uid",
                                   "st_gid",      "st_size",     "st_atime",    "st_mtime",   "st_ctime",
                                   "st_atime",    "st_mtime",    "st_ctime",    "st_atime_ns", "st_mtime_ns",
                                   "st_ctime_ns", "st_blksize",  "st_blocks",   "st_rdev"};
const char* const kTerminalFields[] = {"columns", "lines"};

// A path argument as the bytes to hand the C library: str, bytes or an
// object with __fspath__ returning one of them.
// `kinds` names what the call accepts, for the TypeError.
bool path_arg(const char* func, Value v, std::string* out, const char* kinds = "string, bytes or os.PathLike",
              bool none_is_dot = false) {
  if (none_is_dot && is_none(v)) {
    *out = ".";
    return true;
  }
  Ref held;
  if (!str_check(v) && !bytes_check(v)) {
    if (type_lookup(type_of(v), str_intern("__fspath__"))) {
      held = Ref(call_method(v, str_intern("__fspath__"), nullptr, 0));
      if (!held) return false;
      v = held.get();
    }
  }
  if (str_check(v)) {
    *out = str_to_utf8(v);
  } else if (bytes_check(v)) {
    *out = std::string(v.as<Bytes>()->view());
  } else {
    type_error("%s: path should be %s, not %s", func, kinds, type_of(v)->name.c_str());
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    raise_fmt(&exc::ValueError, "%s: embedded null character in path", func);
    return false;
  }
  return true;
}

// OSError(errno, strerror(errno), filename[, None, filename2]), which
// becomes the subclass for errno.
Value raise_for(Value filename, Value filename2 = Value()) {
  int code = errno;
  Ref number(int_from_i64(code));
  Ref message(str_from_utf8(std::strerror(code)));
  if (!number || !message) return Value();
  Value args[] = {number.get(), message.get(), filename, none(), filename2};
  size_t n = !filename ? 2 : filename2 ? 5 : 3;
  Ref e(call(Value(&exc::OSError), args, n));
  return e ? raise(e.get()) : Value();
}

Value none_result(int rc, Value filename) { return rc == 0 ? newref(none()) : raise_for(filename); }

Value float_time(const timespec& t) { return float_from_double(double(t.tv_sec) + double(t.tv_nsec) * 1e-9); }

Value ns_time(const timespec& t) {
  Ref sec(int_from_i64(t.tv_sec)), billion(int_from_i64(1000000000)), ns(int_from_i64(t.tv_nsec));
  if (!sec || !billion || !ns) return Value();
  Ref scaled(binary_op(sec.get(), billion.get(), BinaryOp::Multiply));
  return scaled ? binary_op(scaled.get(), ns.get(), BinaryOp::Add) : Value();
}

Value stat_value(const struct stat& st) {
  Value v[] = {int_from_u64(st.st_mode),      int_from_u64(st.st_ino),       int_from_u64(st.st_dev),
               int_from_u64(st.st_nlink),     int_from_u64(st.st_uid),       int_from_u64(st.st_gid),
               int_from_i64(st.st_size),      int_from_i64(st.st_atim.tv_sec), int_from_i64(st.st_mtim.tv_sec),
               int_from_i64(st.st_ctim.tv_sec), float_time(st.st_atim),      float_time(st.st_mtim),
               float_time(st.st_ctim),        ns_time(st.st_atim),           ns_time(st.st_mtim),
               ns_time(st.st_ctim),           int_from_i64(st.st_blksize),   int_from_i64(st.st_blocks),
               int_from_u64(st.st_rdev)};
  return struct_seq_new(&stat_result_type, v);
}

// ---- paths

bool fd_arg(Value v, int* fd) {
  int64_t i;
  if (!index_as_i64(v, &i, &exc::OverflowError)) return false;
  if (i < INT32_MIN || i > INT32_MAX) {
    raise_str(&exc::OverflowError, "signed integer is greater than maximum");
    return false;
  }
  *fd = int(i);
  return true;
}


Value fd_stat(Value fd_value) {
  int fd;
  if (!fd_arg(fd_value, &fd)) return Value();
  struct stat st;
  if (fstat(fd, &st) != 0) return raise_for(Value());
  return stat_value(st);
}

Value os_stat_with(const char* func, Value path, bool follow) {
  std::string p;
  if (int_check(path)) return fd_stat(path);
  if (!path_arg(func, path, &p, "string, bytes, os.PathLike or integer")) return Value();
  struct stat st;
  if ((follow ? stat(p.c_str(), &st) : lstat(p.c_str(), &st)) != 0) return raise_for(path);
  return stat_value(st);
}

// stat(path, *, dir_fd=None, follow_symlinks=True)
Value os_stat(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"path", "dir_fd", "follow_symlinks"};
  Value a[3] = {};
  if (!bind_keywords("stat", args, nargs, kwnames, kNames, 3, a)) return Value();
  if (!a[0]) return type_error("stat() missing required argument 'path' (pos 1)");
  if (a[1] && !is_none(a[1])) return raise_str(&exc::NotImplementedError, "dir_fd unavailable on this platform");
  int follow = a[2] ? truth(a[2]) : 1;
  if (follow < 0) return Value();
  return os_stat_with("stat", a[0], follow);
}
Value os_lstat(Value, const Value* args, size_t, Value) { return os_stat_with("lstat", args[0], false); }

Value os_fstat(Value, const Value* args, size_t, Value) { return fd_stat(args[0]); }

Value os_getcwd(Value, const Value*, size_t, Value) {
  std::string buf(4096, '\0');
  if (!getcwd(buf.data(), buf.size())) return raise_for(Value());
  return str_from_utf8(buf.c_str());
}

Value os_chdir(Value, const Value* args, size_t, Value) {
  std::string p;
  if (!path_arg("chdir", args[0], &p)) return Value();
  return none_result(chdir(p.c_str()), args[0]);
}

Value os_listdir(Value, const Value* args, size_t nargs, Value) {
  Value path = nargs ? args[0] : none();
  std::string p;
  if (!path_arg("listdir", path, &p, "string, bytes, os.PathLike, integer or None", true)) return Value();
  DIR* dir = opendir(p.c_str());
  if (!dir) return raise_for(is_none(path) ? Ref(str_from_ascii(".")).get() : path);
  Ref names(list_new(0));
  bool as_bytes = bytes_check(path);
  errno = 0;
  while (dirent* e = readdir(dir)) {
    if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
    Ref name(as_bytes ? bytes_from(e->d_name) : str_from_utf8(e->d_name));
    if (!names || !name || list_append(names.get(), name.get()) < 0) {
      closedir(dir);
      return Value();
    }
  }
  int code = errno;
  closedir(dir);
  if (code) {
    errno = code;
    return raise_for(path);
  }
  return names.release();
}

Value os_mkdir(Value, const Value* args, size_t nargs, Value) {
  std::string p;
  if (!path_arg("mkdir", args[0], &p)) return Value();
  int64_t mode = 0777;
  if (nargs > 1 && !index_as_i64(args[1], &mode, &exc::OverflowError)) return Value();
  return none_result(mkdir(p.c_str(), mode_t(mode)), args[0]);
}

Value os_rmdir(Value, const Value* args, size_t, Value) {
  std::string p;
  if (!path_arg("rmdir", args[0], &p)) return Value();
  return none_result(rmdir(p.c_str()), args[0]);
}

Value os_unlink(Value, const Value* args, size_t, Value) {
  std::string p;
  if (!path_arg("remove", args[0], &p)) return Value();
  return none_result(unlink(p.c_str()), args[0]);
}

Value os_rename(Value, const Value* args, size_t, Value) {
  std::string from, to;
  if (!path_arg("rename", args[0], &from) || !path_arg("rename", args[1], &to)) return Value();
  if (rename(from.c_str(), to.c_str()) != 0) return raise_for(args[0], args[1]);
  return newref(none());
}

#ifndef __wasi__  // WASI has no file modes
Value os_chmod(Value, const Value* args, size_t, Value) {
  std::string p;
  int64_t mode;
  if (!path_arg("chmod", args[0], &p, "string, bytes, os.PathLike or integer") ||
      !index_as_i64(args[1], &mode, &exc::OverflowError))
    return Value();
  return none_result(chmod(p.c_str(), mode_t(mode)), args[0]);
}
#endif

// A time in seconds as a timespec (utime's times).
bool timespec_arg(Value v, timespec* out) {
  double t;
  if (float_check(v)) {
    t = float_value(v);
  } else {
    int64_t i;
    if (!index_as_i64(v, &i, &exc::OverflowError)) return false;
    t = double(i);
  }
  double whole = std::floor(t);
  out->tv_sec = time_t(whole);
  out->tv_nsec = long((t - whole) * 1e9);
  return true;
}

// utime(path, times=None): times is (atime, mtime); None means now.
Value os_utime(Value, const Value* args, size_t nargs, Value) {
  std::string p;
  if (!path_arg("utime", args[0], &p, "string, bytes, os.PathLike or integer")) return Value();
  timespec times[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  if (nargs > 1 && !is_none(args[1])) {
    if (!tuple_check(args[1]) || as_tuple(args[1])->size != 2)
      return type_error("utime: 'times' must be either a tuple of two ints or None");
    if (!timespec_arg(as_tuple(args[1])->items[0], &times[0]) ||
        !timespec_arg(as_tuple(args[1])->items[1], &times[1]))
      return Value();
  }
  return none_result(utimensat(AT_FDCWD, p.c_str(), times, 0), args[0]);
}

Value os_symlink(Value, const Value* args, size_t, Value) {
  std::string from, to;
  if (!path_arg("symlink", args[0], &from) || !path_arg("symlink", args[1], &to)) return Value();
  if (symlink(from.c_str(), to.c_str()) != 0) return raise_for(args[0], args[1]);
  return newref(none());
}

Value os_truncate(Value, const Value* args, size_t, Value) {
  std::string p;
  int64_t size;
  if (!path_arg("truncate", args[0], &p, "string, bytes, os.PathLike or integer") ||
      !index_as_i64(args[1], &size, &exc::OverflowError))
    return Value();
  return none_result(truncate(p.c_str(), off_t(size)), args[0]);
}

Value os_readlink(Value, const Value* args, size_t, Value) {
  std::string p;
  if (!path_arg("readlink", args[0], &p)) return Value();
  std::string buf(4096, '\0');
  ssize_t n = readlink(p.c_str(), buf.data(), buf.size());
  if (n < 0) return raise_for(args[0]);
  buf.resize(size_t(n));
  return bytes_check(args[0]) ? bytes_from(buf) : str_from_utf8(buf);
}

Value os_access(Value, const Value* args, size_t, Value) {
  std::string p;
  int64_t mode;
  if (!path_arg("access", args[0], &p) || !index_as_i64(args[1], &mode, &exc::OverflowError)) return Value();
  return newref(py_bool(access(p.c_str(), int(mode)) == 0));
}

// ---- file descriptors

Value os_open(Value, const Value* args, size_t nargs, Value) {
  std::string p;
  int64_t flags, mode = 0777;
  if (!path_arg("open", args[0], &p) || !index_as_i64(args[1], &flags, &exc::OverflowError)) return Value();
  if (nargs > 2 && !index_as_i64(args[2], &mode, &exc::OverflowError)) return Value();
  int fd;
  do fd = open(p.c_str(), int(flags) | O_CLOEXEC, mode_t(mode));
  while (fd < 0 && errno == EINTR);
  return fd < 0 ? raise_for(args[0]) : int_from_i64(fd);
}

Value os_close(Value, const Value* args, size_t, Value) {
  int fd;
  if (!fd_arg(args[0], &fd)) return Value();
  return none_result(close(fd), Value());
}

Value os_read(Value, const Value* args, size_t, Value) {
  int fd;
  int64_t n;
  if (!fd_arg(args[0], &fd) || !index_as_i64(args[1], &n, &exc::OverflowError)) return Value();
  if (n < 0) return raise_str(&exc::ValueError, "negative count");
  if (!fits_allocation(uint64_t(n), 1)) return no_memory();
  std::string buf(size_t(n), '\0');
  ssize_t got;
  do got = read(fd, buf.data(), buf.size());
  while (got < 0 && errno == EINTR);
  if (got < 0) return raise_for(Value());
  buf.resize(size_t(got));
  return bytes_from(buf);
}

Value os_write(Value, const Value* args, size_t, Value) {
  int fd;
  if (!fd_arg(args[0], &fd)) return Value();
  std::string_view data;
  if (bytes_check(args[1])) data = args[1].as<Bytes>()->view();
  else if (is_subtype(type_of(args[1]), &bytearray_type)) data = args[1].as<ByteArray>()->view();
  else return type_error("a bytes-like object is required, not '%s'", type_of(args[1])->name.c_str());
  ssize_t done;
  do done = write(fd, data.data(), data.size());
  while (done < 0 && errno == EINTR);
  return done < 0 ? raise_for(Value()) : int_from_i64(done);
}

Value os_lseek(Value, const Value* args, size_t, Value) {
  int fd;
  int64_t pos, how;
  if (!fd_arg(args[0], &fd) || !index_as_i64(args[1], &pos, &exc::OverflowError) ||
      !index_as_i64(args[2], &how, &exc::OverflowError))
    return Value();
  off_t at = lseek(fd, off_t(pos), int(how));
  return at < 0 ? raise_for(Value()) : int_from_i64(at);
}

Value os_ftruncate(Value, const Value* args, size_t, Value) {
  int fd;
  int64_t size;
  if (!fd_arg(args[0], &fd) || !index_as_i64(args[1], &size, &exc::OverflowError)) return Value();
  return none_result(ftruncate(fd, off_t(size)), Value());
}

Value os_isatty(Value, const Value* args, size_t, Value) {
  int fd;
  if (!fd_arg(args[0], &fd)) return Value();
  return newref(py_bool(isatty(fd)));
}

// ---- the process and its environment

Value os_getpid(Value, const Value*, size_t, Value) {
#ifdef __wasi__
  return int_from_i64(1);  // WASI has no process ids
#else
  return int_from_i64(getpid());
#endif
}

Value os_urandom(Value, const Value* args, size_t, Value) {
  int64_t n;
  if (!index_as_i64(args[0], &n, &exc::OverflowError)) return Value();
  if (n < 0) return raise_str(&exc::ValueError, "negative argument not allowed");
  if (!fits_allocation(uint64_t(n), 1)) return no_memory();
  std::string out(size_t(n), '\0');
  // getentropy gives at most 256 bytes a call.
  for (size_t done = 0; done < out.size(); done += 256)
    if (getentropy(out.data() + done, std::min<size_t>(256, out.size() - done)) != 0) return raise_for(Value());
  return bytes_from(out);
}

Value os_cpu_count(Value, const Value*, size_t, Value) {
#ifdef _SC_NPROCESSORS_ONLN
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n >= 1) return int_from_i64(n);
#endif
  return newref(none());
}

Value os_strerror(Value, const Value* args, size_t, Value) {
  int64_t code;
  if (!index_as_i64(args[0], &code, &exc::OverflowError)) return Value();
  return str_from_utf8(std::strerror(int(code)));
}

Value os_putenv(Value, const Value* args, size_t, Value) {
  if (!str_check(args[0]) || !str_check(args[1]))
    return type_error("str expected, not %s", type_of(str_check(args[0]) ? args[1] : args[0])->name.c_str());
  std::string name = str_to_utf8(args[0]), value = str_to_utf8(args[1]);
  if (name.empty() || name.find('=') != std::string::npos)
    return raise_str(&exc::ValueError, "illegal environment variable name");
  return none_result(setenv(name.c_str(), value.c_str(), 1), Value());
}

Value os_unsetenv(Value, const Value* args, size_t, Value) {
  if (!str_check(args[0])) return type_error("str expected, not %s", type_of(args[0])->name.c_str());
  std::string name = str_to_utf8(args[0]);
  if (name.empty() || name.find('=') != std::string::npos)
    return raise_str(&exc::ValueError, "illegal environment variable name");
  return none_result(unsetenv(name.c_str()), Value());
}

Value environ_dict() {
  Ref d{Value(dict_new())};
  if (!d) return Value();
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;
    Ref key(str_from_utf8(std::string_view(*e, size_t(eq - *e))));
    Ref value(str_from_utf8(eq + 1));
    if (!key || !value) return Value();
    if (!dict_get(as_dict(d.get()), key.get()) && dict_set(as_dict(d.get()), key.get(), value.get()) < 0)
      return Value();
  }
  return d.release();
}

Value os_get_terminal_size(Value, const Value* args, size_t nargs, Value) {
  int fd = 1;
  if (nargs && !fd_arg(args[0], &fd)) return Value();
#if defined(TIOCGWINSZ)
  winsize w{};
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_for(Value());
  Value v[] = {int_from_i64(w.ws_col), int_from_i64(w.ws_row)};
  return struct_seq_new(&terminal_size_type, v);
#else
  errno = ENOTTY;
  return raise_for(Value());
#endif
}

const MethodDef kPosixFunctions[] = {
    {"stat", os_stat, 0, -1, MethodDef::kKeywords},
    {"lstat", os_lstat, 1, 1},
    {"fstat", os_fstat, 1, 1},
    {"getcwd", os_getcwd, 0, 0},
    {"chdir", os_chdir, 1, 1},
    {"listdir", os_listdir, 0, 1},
    {"mkdir", os_mkdir, 1, 2},
    {"rmdir", os_rmdir, 1, 1},
    {"unlink", os_unlink, 1, 1},
    {"remove", os_unlink, 1, 1},
    {"rename", os_rename, 2, 2},
    {"replace", os_rename, 2, 2},
    {"readlink", os_readlink, 1, 1},
    {"access", os_access, 2, 2},
#ifndef __wasi__
    {"chmod", os_chmod, 2, 2},
#endif
    {"utime", os_utime, 1, 2},
    {"symlink", os_symlink, 2, 2},
    {"truncate", os_truncate, 2, 2},
    {"open", os_open, 2, 3},
    {"close", os_close, 1, 1},
    {"read", os_read, 2, 2},
    {"write", os_write, 2, 2},
    {"lseek", os_lseek, 3, 3},
    {"ftruncate", os_ftruncate, 2, 2},
    {"isatty", os_isatty, 1, 1},
    {"getpid", os_getpid, 0, 0},
    {"urandom", os_urandom, 1, 1},
    {"cpu_count", os_cpu_count, 0, 0},
    {"strerror", os_strerror, 1, 1},
    {"putenv", os_putenv, 2, 2},
    {"unsetenv", os_unsetenv, 1, 1},
    {"get_terminal_size", os_get_terminal_size, 0, 1},
    {nullptr, nullptr, 0, 0},
};

bool ready_types() {
  if (stat_result_type.mro) return true;
  return struct_seq_ready(&stat_result_type, "os.stat_result", kStatFields, 10, 19) &&
         struct_seq_ready(&terminal_size_type, "os.terminal_size", kTerminalFields, 2, 2);
}

bool add_int(Module* m, const char* name, int64_t v) { return add_value(m, name, int_from_i64(v)); }

}  // namespace

Module* make_posix() {
  if (!ready_types()) return nullptr;
  Module* m = module_new("posix");
  if (!m) return nullptr;
  bool ok = add_functions(m, kPosixFunctions) && add_value(m, "environ", environ_dict()) &&
            add_value(m, "stat_result", newref(Value(&stat_result_type))) &&
            add_value(m, "terminal_size", newref(Value(&terminal_size_type))) && add_int(m, "O_RDONLY", O_RDONLY) &&
            add_int(m, "O_WRONLY", O_WRONLY) && add_int(m, "O_RDWR", O_RDWR) && add_int(m, "O_CREAT", O_CREAT) &&
            add_int(m, "O_EXCL", O_EXCL) && add_int(m, "O_TRUNC", O_TRUNC) && add_int(m, "O_APPEND", O_APPEND) &&
            add_int(m, "F_OK", F_OK) && add_int(m, "R_OK", R_OK) && add_int(m, "W_OK", W_OK) &&
            add_int(m, "X_OK", X_OK);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
