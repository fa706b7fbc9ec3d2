// The sys module: argv, path, modules, the standard streams, exit, the
// recursion limit and the interpreter's version facts (CPython 3.11.2's).

#include <string>

#include "light/modules/registry.h"
#include "light/modules/sys.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/namespace.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/stdio.h"
#include "light/vm/frame.h"
#include "light/vm/import.h"

namespace pytier::light::modules {

namespace {

Module* sys_module = nullptr;

// sys.stdout and sys.stderr: text streams writing UTF-8 to fds 1 and 2.
struct TextStream : Object {
  int fd;
};

Type text_stream_type;

Value stream_write(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value s = args[0];
  if (!str_check(s)) return type_error("write() argument must be str, not %s", type_of(s)->name.c_str());
  std::string buf;
  std::string_view bytes = str_utf8_view(s, &buf);
  bool ok = self.as<TextStream>()->fd == 1 ? stdout_write(bytes) : stderr_write(bytes);
  if (!ok) return raise_errno();
  return int_from_i64(s.as<Str>()->length);
}

Value stream_flush(Value self, const Value*, size_t, Value) {
  if (self.as<TextStream>()->fd == 1 && !stdout_flush()) return raise_errno();
  return newref(none());
}

Value stream_fileno(Value self, const Value*, size_t, Value) { return int_from_i64(self.as<TextStream>()->fd); }
Value stream_isatty(Value, const Value*, size_t, Value) { return newref(py_false()); }
Value stream_writable(Value, const Value*, size_t, Value) { return newref(py_true()); }

const MethodDef kStreamMethods[] = {
    {"write", stream_write, 1, 1},
    {"flush", stream_flush, 0, 0},
    {"fileno", stream_fileno, 0, 0},
    {"isatty", stream_isatty, 0, 0},
    {"writable", stream_writable, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value stream_encoding(Value) { return str_from_ascii("utf-8"); }
Value stream_errors(Value self) {
  return str_from_ascii(self.as<TextStream>()->fd == 2 ? "backslashreplace" : "surrogateescape");
}
Value stream_name(Value self) { return str_from_ascii(self.as<TextStream>()->fd == 1 ? "<stdout>" : "<stderr>"); }

const GetSetDef kStreamGetsets[] = {
    {"encoding", stream_encoding, nullptr},
    {"errors", stream_errors, nullptr},
    {"name", stream_name, nullptr},
    {nullptr, nullptr, nullptr},
};

Value stream_new(int fd) {
  TextStream* s = alloc<TextStream>(&text_stream_type);
  if (!s) return Value();
  s->fd = fd;
  return Value(s);
}

Value sys_exit(Value, const Value* args, size_t nargs, Value) {
  return raise_with(&exc::SystemExit, nargs ? args[0] : Value());
}

Value sys_getrecursionlimit(Value, const Value*, size_t, Value) { return int_from_i64(thread.recursion_limit); }

Value sys_setrecursionlimit(Value, const Value* args, size_t, Value) {
  int64_t limit;
  if (!int_check(args[0])) return type_error("'%s' object cannot be interpreted as an integer", type_of(args[0])->name.c_str());
  if (!int_to_i64(args[0], &limit) || limit > INT32_MAX)
    return raise_str(&exc::OverflowError, "Python int too large to convert to C int");
  if (limit < 1) return raise_str(&exc::ValueError, "recursion limit must be greater or equal than 1");
  if (limit <= thread.depth)
    return raise_fmt(&exc::RecursionError,
                     "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                     static_cast<int>(limit), thread.depth);
  thread.recursion_limit = static_cast<int>(limit);
  return newref(none());
}

Value sys_intern(Value, const Value* args, size_t, Value) {
  if (!str_check_exact(args[0])) return type_error("intern() argument must be str, not %s", type_of(args[0])->name.c_str());
  return str_intern_steal(newref(args[0]));
}

Value sys_exc_info(Value, const Value*, size_t, Value) {
  Value e = thread.handled;
  if (!e || is_none(e)) return tuple_pack({none(), none(), none()});
  Value tb = as_exception(e)->traceback;
  return tuple_pack({Value(type_of(e)), e, tb ? tb : none()});
}

Value sys_getrefcount(Value, const Value* args, size_t, Value) {
  Value v = args[0];
  return int_from_i64(v.is_small() ? 1000 : v.object()->refcount + 1);
}

Value sys_getdefaultencoding(Value, const Value*, size_t, Value) { return str_from_ascii("utf-8"); }

#if defined(__aarch64__)
constexpr const char* kMultiarch = "aarch64-linux-gnu";
#elif defined(__wasm32__)
constexpr const char* kMultiarch = "wasm32-wasi";
#else
constexpr const char* kMultiarch = "x86_64-linux-gnu";
#endif

// sys.implementation is a types.SimpleNamespace, and types is Python that
// imports sys: built at first use (PEP 562), so start-up compiles nothing.
Value sys_implementation() {
  Ref types(vm::import_module("types"));
  if (!types) return Value();
  Ref ns_type(getattr(types.get(), str_intern("SimpleNamespace")));
  if (!ns_type) return Value();
  Ref version(getattr(Value(sys_module), str_intern("version_info")));
  if (!version) return Value();
  Ref kwnames(tuple_pack({str_intern("name"), str_intern("cache_tag"), str_intern("version"),
                          str_intern("hexversion"), str_intern("_multiarch")}));
  Ref name(str_from_ascii("cpython")), tag(str_from_ascii("cpython-311")), hexversion(int_from_i64(0x030b02f0)),
      multiarch(str_from_ascii(kMultiarch));
  if (!kwnames || !name || !tag || !hexversion || !multiarch) return Value();
  Value args[] = {name.get(), tag.get(), version.get(), hexversion.get(), multiarch.get()};
  Value ns = call(ns_type.get(), args, 0, kwnames.get());
  if (ns && dict_set(sys_module->dict, str_intern("implementation"), ns) < 0) {
    decref(ns);
    return Value();
  }
  return ns;
}

Value sys_getattr(Value, const Value* args, size_t, Value) {
  if (str_check(args[0]) && str_to_utf8(args[0]) == "implementation") return sys_implementation();
  return raise_fmt(&exc::AttributeError, "module 'sys' has no attribute '%U'", args[0]);
}

// sys.displayhook: prints repr(v) and keeps it as builtins._ (None is silent).
Value sys_displayhook(Value, const Value* args, size_t, Value) {
  Value v = args[0];
  if (is_none(v)) return newref(none());
  Dict* builtins = default_builtins;
  if (dict_set(builtins, str_intern("_"), none()) < 0) return Value();
  Ref text(repr(v));
  if (!text) return Value();
  Ref out(getattr(Value(sys_module), str_intern("stdout")));
  if (!out) return Value();
  Ref line(str_concat(text.get(), str_intern("\n")));
  if (!line) return Value();
  Value arg = line.get();
  Ref r(call_method(out.get(), str_intern("write"), &arg, 1));
  if (!r) return Value();
  if (dict_set(builtins, str_intern("_"), v) < 0) return Value();
  return newref(none());
}

const MethodDef kSysFunctions[] = {
    {"__getattr__", sys_getattr, 1, 1},
    {"displayhook", sys_displayhook, 1, 1},
    {"exit", sys_exit, 0, 1},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1},
    {"intern", sys_intern, 1, 1},
    {"exc_info", sys_exc_info, 0, 0},
    {"getrefcount", sys_getrefcount, 1, 1},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0},
    {nullptr, nullptr, 0, 0},
};

Value str_list(const std::vector<std::string>& items) {
  Ref l(list_new(0));
  if (!l) return Value();
  for (const std::string& s : items) {
    Ref v(str_from_utf8(s));
    if (!v || list_append(l.get(), v.get()) < 0) return Value();
  }
  return l.release();
}

}  // namespace

bool sys_init(const std::vector<std::string>& argv, const std::string& path0) {
  text_stream_type.name = "_io.TextIOWrapper";
  text_stream_type.basic_size = sizeof(TextStream);
  text_stream_type.dealloc = free_object;
  text_stream_type.methods = kStreamMethods;
  text_stream_type.getsets = kStreamGetsets;
  if (!type_ready(&text_stream_type)) return false;

  Module* m = module_new("sys");
  if (!m) return false;
  sys_module = m;
  vm::sys_modules = dict_new();
  if (!vm::sys_modules) return false;
  vm::sys_path = str_list({path0});
  std::vector<std::string> names;
  for (const char* const* n = builtin_names; *n; ++n) names.emplace_back(*n);
  Ref builtin_names_list(str_list(names));
  if (!builtin_names_list) return false;
  Value stdout_stream = stream_new(1);
  Value stderr_stream = stream_new(2);
  Ref version_info(
      tuple_pack({Value::small(3), Value::small(11), Value::small(2), str_intern("final"), Value::small(0)}));
  Ref hexversion(int_from_i64(0x030b02f0));
  if (!version_info || !hexversion) return false;
  return add_functions(m, kSysFunctions) && add_value(m, "argv", str_list(argv)) &&
         add_value(m, "path", newref(vm::sys_path)) && add_value(m, "modules", newref(Value(vm::sys_modules))) &&
         add_value(m, "stdout", newref(stdout_stream)) && add_value(m, "stderr", newref(stderr_stream)) &&
         add_value(m, "__stdout__", stdout_stream) && add_value(m, "__stderr__", stderr_stream) &&
         add_value(m, "version_info", newref(version_info.get())) &&
         add_value(m, "version", str_from_ascii("3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]")) &&
         add_value(m, "hexversion", newref(hexversion.get())) &&
         add_value(m, "implementation",
                   namespace_new({{"name", str_intern("cpython")},
                                  {"cache_tag", str_intern("cpython-311")},
                                  {"version", version_info.get()},
                                  {"hexversion", hexversion.get()}})) &&
         add_value(m, "maxsize", int_from_i64(INT64_MAX)) && add_value(m, "maxunicode", int_from_i64(0x10ffff)) &&
         add_value(m, "platform", str_from_ascii("linux")) && add_value(m, "byteorder", str_from_ascii("little")) &&
         add_value(m, "executable", str_from_ascii("/usr/bin/python3.11")) &&
         add_value(m, "builtin_module_names",
                   tuple_from_array(as_list(builtin_names_list.get())->items, as_list(builtin_names_list.get())->size)) &&
         dict_set(vm::sys_modules, str_intern("sys"), Value(m)) >= 0;
}

Module* make_sys() {
  incref(sys_module);
  return sys_module;
}

}  // namespace pytier::light::modules
