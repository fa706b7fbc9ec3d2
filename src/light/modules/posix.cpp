// The posix module: the few operating-system calls the os module builds on
// (the working directory, the environment, directory listings, error texts),
// available on Linux and WASI alike.

#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"

extern char** environ;

namespace pytier::light::modules {

namespace {

// The Linux number of an errno, which is what CPython prints there; WASI
// numbers its errors differently (ENOENT is 44).
int linux_errno(int code) {
  switch (code) {
    case EPERM: return 1;
    case ENOENT: return 2;
    case EIO: return 5;
    case EBADF: return 9;
    case EACCES: return 13;
    case EEXIST: return 17;
    case ENOTDIR: return 20;
    case EISDIR: return 21;
    case EINVAL: return 22;
    case ENOSPC: return 28;
    case ENAMETOOLONG: return 36;
    case ENOTEMPTY: return 39;
    case ELOOP: return 40;
    default: return code;
  }
}

// OSError subclasses by errno, as CPython picks FileNotFoundError and kin.
Value os_error(int code, const std::string& path) {
  Type* type = code == ENOENT ? &exc::FileNotFoundError
               : code == ENOTDIR ? &exc::NotADirectoryError
               : code == EACCES || code == EPERM ? &exc::PermissionError
                                                 : &exc::OSError;
  int number = linux_errno(code);
  if (path.empty()) return raise_fmt(type, "[Errno %d] %s", number, std::strerror(code));
  return raise_fmt(type, "[Errno %d] %s: '%s'", number, std::strerror(code), path.c_str());
}

bool path_arg(Value v, std::string* out) {
  if (!str_check(v)) {
    type_error("path should be string, not %s", type_of(v)->name.c_str());
    return false;
  }
  *out = str_to_utf8(v);
  return true;
}

Value posix_getcwd(Value, const Value*, size_t, Value) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return os_error(errno, "");
  return str_from_utf8(buf);
}

Value posix_strerror(Value, const Value* args, size_t, Value) {
  int64_t code;
  if (!index_as_i64(args[0], &code, &exc::OverflowError)) return Value();
  return str_from_utf8(std::strerror(int(code)));
}

Value posix_listdir(Value, const Value* args, size_t nargs, Value) {
  std::string path = ".";
  if (nargs && !path_arg(args[0], &path)) return Value();
  DIR* dir = opendir(path.c_str());
  if (!dir) return os_error(errno, path);
  Ref names(list_new(0));
  while (names) {
    dirent* entry = readdir(dir);
    if (!entry) break;
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    Ref s(str_from_utf8(name));
    if (!s || list_append(names.get(), s.get()) < 0) names = Ref();
  }
  closedir(dir);
  return names.release();
}

// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime), the fields of
// os.stat_result in CPython's order; times in float seconds.
Value posix_stat(Value, const Value* args, size_t, Value) {
  std::string path;
  if (!path_arg(args[0], &path)) return Value();
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return os_error(errno, path);
  auto seconds = [](const struct timespec& t) { return double(t.tv_sec) + double(t.tv_nsec) * 1e-9; };
  Value fields[10] = {int_from_i64(int64_t(st.st_mode)),  int_from_i64(int64_t(st.st_ino)),
                      int_from_i64(int64_t(st.st_dev)),   int_from_i64(int64_t(st.st_nlink)),
                      int_from_i64(int64_t(st.st_uid)),   int_from_i64(int64_t(st.st_gid)),
                      int_from_i64(int64_t(st.st_size)),  float_from_double(seconds(st.st_atim)),
                      float_from_double(seconds(st.st_mtim)), float_from_double(seconds(st.st_ctim))};
  Value result = Value();
  bool ok = true;
  for (Value f : fields) ok = ok && f;
  if (ok) result = tuple_from_array(fields, 10);
  for (Value f : fields) xdecref(f);
  return result;
}

// 0: nothing there, 1: a regular file, 2: a directory, 3: something else;
// what os.path.exists, isfile and isdir ask.
Value posix_kind(Value, const Value* args, size_t, Value) {
  std::string path;
  if (!path_arg(args[0], &path)) return Value();
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Value::small(0);
  return Value::small(S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3);
}

// The environment at start-up as a dict of str.
Value environment() {
  Ref env{Value(dict_new())};
  if (!env) return Value();
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Ref key(str_from_utf8(std::string_view(*e, size_t(eq - *e))));
    Ref value(str_from_utf8(eq + 1));
    if (!key || !value || dict_set(as_dict(env.get()), key.get(), value.get()) < 0) return Value();
  }
  return env.release();
}

const MethodDef kPosixFunctions[] = {
    {"getcwd", posix_getcwd, 0, 0},
    {"strerror", posix_strerror, 1, 1},
    {"listdir", posix_listdir, 0, 1},
    {"stat", posix_stat, 1, 1},
    {"_kind", posix_kind, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_posix() {
  Module* m = module_new("posix");
  if (!m) return nullptr;
  if (!add_functions(m, kPosixFunctions) || !add_value(m, "environ", environment())) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
