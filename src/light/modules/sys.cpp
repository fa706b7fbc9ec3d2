// The sys module: argv, path, modules, the standard streams, exit, the
// recursion limit and the interpreter's facts (CPython 3.11.2's on x86_64,
// except hash_info.algorithm: our str hash is FNV).

#include <cfloat>
#include <string>

#include "light/modules/registry.h"
#include "light/num/int_text.h"
#include "light/modules/std_streams.h"
#include "light/modules/sys.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/builtins.h"
#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/namespace.h"
#include "light/objects/set.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/struct_seq.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/stdio.h"
#include "light/vm/frame.h"
#include "light/vm/frame_object.h"
#include "light/vm/import.h"

namespace pytier::light::modules {

namespace {

Module* sys_module = nullptr;

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

Value sys_exception(Value, const Value*, size_t, Value) {
  Value e = thread.handled;
  return newref(e ? e : none());
}

// CPython 3.11's sizes on x86_64 for the common built-in types, computed
// from our objects' lengths and capacities; a fixed guess for the rest.
int64_t dict_table_size(Dict* d) {
  if (d->used == 0) return 64;
  int64_t slots = d->keys->size;
  int64_t index_bytes = slots <= 128 ? 1 : slots <= 0xffff ? 2 : 4;
  return 96 + slots * index_bytes + (slots * 2 / 3) * 24;
}

Value sys_getsizeof(Value, const Value* args, size_t, Value) {
  Value v = args[0];
  Type* t = type_of(v);
  int64_t size;
  if (int_check(v)) {
    uint64_t bits = int_to_big(v).bit_length();
    size = 24 + 4 * std::max<int64_t>(1, int64_t((bits + 29) / 30));
  } else if (float_check(v)) {
    size = 24;
  } else if (str_check(v)) {
    Str* s = v.as<Str>();
    size = s->ascii ? 49 + s->length : s->kind == 1 ? 73 + s->length : s->kind == 2 ? 74 + 2 * s->length : 76 + 4 * s->length;
  } else if (bytes_check(v)) {
    size = 33 + v.as<Bytes>()->size;
  } else if (tuple_check(v)) {
    size = 40 + 8 * as_tuple(v)->size;
  } else if (list_check(v)) {
    size = 56 + 8 * as_list(v)->capacity;
  } else if (dict_check(v)) {
    size = dict_table_size(as_dict(v));
  } else if (set_check(v)) {
    int64_t slots = v.as<Set>()->mask + 1;
    size = slots <= 8 ? 216 : 216 + 16 * slots;
  } else if (is_none(v)) {
    size = 16;
  } else {
    size = t->has(Type::kHeap) ? (t->dict_offset ? 56 : 48) : 16;
  }
  return int_from_i64(size);
}

Value sys_getframe(Value, const Value* args, size_t nargs, Value) {
  int64_t depth = 0;
  if (nargs && !index_as_i64(args[0], &depth, &exc::OverflowError)) return Value();
  return vm::frame_at_depth(depth);
}

Value sys_get_int_max_str_digits(Value, const Value*, size_t, Value) { return int_from_i64(num::int_max_str_digits()); }

Value sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"maxdigits"};
  Value a[1];
  if (!bind_keywords("set_int_max_str_digits", args, nargs, kwnames, kNames, 1, a)) return Value();
  if (!a[0]) return type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  int64_t digits;
  if (!index_as_i64(a[0], &digits, nullptr)) return Value();
  if (digits > INT32_MAX || digits < INT32_MIN) return raise_str(&exc::OverflowError, "Python int too large to convert to C int");
  if (digits != 0 && digits < 640) return raise_str(&exc::ValueError, "maxdigits must be 0 or larger than 640");
  num::set_int_max_str_digits(int(digits));
  return newref(none());
}

Value sys_getrefcount(Value, const Value* args, size_t, Value) {
  Value v = args[0];
  return int_from_i64(v.is_small() ? 1000 : v.object()->refcount + 1);
}

Value sys_getdefaultencoding(Value, const Value*, size_t, Value) { return str_from_ascii("utf-8"); }
Value sys_getfilesystemencodeerrors(Value, const Value*, size_t, Value) { return str_from_ascii("surrogateescape"); }

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
    {"exception", sys_exception, 0, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, 1, MethodDef::kKeywords},
    {"_getframe", sys_getframe, 0, 1},
    {"getsizeof", sys_getsizeof, 1, 2},
    {"getrefcount", sys_getrefcount, 1, 1},
    {"getdefaultencoding", sys_getdefaultencoding, 0, 0},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, 0},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, 0},
    {nullptr, nullptr, 0, 0},
};

StructSeqType version_info_type, float_info_type, int_info_type, hash_info_type, flags_type;

const char* const kVersionInfoFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
const char* const kFloatInfoFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds"};
const char* const kIntInfoFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold"};
const char* const kHashInfoFields[] = {"width", "modulus", "inf", "nan", "imag",
                                       "algorithm", "hash_bits", "seed_bits", "cutoff"};
const char* const kFlagsFields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                    "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                    "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                    "warn_default_encoding", "safe_path", "int_max_str_digits"};

template <size_t N>
bool ready(StructSeqType* t, const char* name, const char* const (&fields)[N]) {
  return struct_seq_ready(t, name, fields, int(N), int(N));
}

Value small(int64_t i) { return Value::small(i); }

Value make_version_info() {
  Value v[] = {small(3), small(11), small(2), str_intern("final"), small(0)};
  return struct_seq_new(&version_info_type, v);
}

Value make_float_info() {
  Value v[] = {float_from_double(DBL_MAX), small(DBL_MAX_EXP), small(DBL_MAX_10_EXP), float_from_double(DBL_MIN),
               small(DBL_MIN_EXP), small(DBL_MIN_10_EXP), small(DBL_DIG), small(DBL_MANT_DIG),
               float_from_double(DBL_EPSILON), small(FLT_RADIX), small(1)};
  return struct_seq_new(&float_info_type, v);
}

Value make_int_info() {
  Value v[] = {small(30), small(4), small(4300), small(640)};
  return struct_seq_new(&int_info_type, v);
}

Value make_hash_info() {
  Value v[] = {small(64), small((int64_t{1} << 61) - 1), small(314159), small(0), small(1000003),
               str_from_ascii("fnv"), small(64), small(128), small(0)};
  return struct_seq_new(&hash_info_type, v);
}

Value make_flags() {
  Value v[18];
  for (Value& f : v) f = small(0);
  v[11] = small(1);  // hash_randomization
  v[13] = newref(py_false());  // dev_mode
  v[16] = newref(py_false());  // safe_path
  v[17] = small(-1);  // int_max_str_digits
  return struct_seq_new(&flags_type, v);
}

bool ready_struct_seqs() {
  if (!ready(&version_info_type, "sys.version_info", kVersionInfoFields) ||
      !ready(&float_info_type, "sys.float_info", kFloatInfoFields) ||
      !ready(&int_info_type, "sys.int_info", kIntInfoFields) ||
      !ready(&hash_info_type, "sys.hash_info", kHashInfoFields) || !ready(&flags_type, "sys.flags", kFlagsFields))
    return false;
  // As in CPython, these two have no constructor: "cannot create 'sys.flags' instances".
  version_info_type.new_ = nullptr;
  flags_type.new_ = nullptr;
  return true;
}

// print()'s destination and input()'s source: whatever sys.stdout and
// sys.stdin are now (borrowed; null if deleted).
Value sys_stdout_now() { return dict_get_str(sys_module->dict, str_intern("stdout")); }
Value sys_stdin_now() { return dict_get_str(sys_module->dict, str_intern("stdin")); }

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
  if (!std_streams_ready() || !ready_struct_seqs()) return false;

  Module* m = module_new("sys");
  if (!m) return false;
  sys_module = m;
  vm::sys_modules = dict_new();
  if (!vm::sys_modules) return false;
  vm::sys_path = str_list({path0});
  Ref builtin_names_list(str_list(builtin_module_names()));
  if (!builtin_names_list) return false;
  Value stdin_stream = std_stream_new(0);
  Value stdout_stream = std_stream_new(1);
  standard_stdout = stdout_stream;
  current_stdout = sys_stdout_now;
  standard_stdin = stdin_stream;
  current_stdin = sys_stdin_now;
  Value stderr_stream = std_stream_new(2);
  Ref version_info(make_version_info());
  Ref hexversion(int_from_i64(0x030b02f0));
  if (!version_info || !hexversion) return false;
  return add_functions(m, kSysFunctions) && add_value(m, "argv", str_list(argv)) &&
         add_value(m, "path", newref(vm::sys_path)) && add_value(m, "modules", newref(Value(vm::sys_modules))) &&
         add_value(m, "stdin", newref(stdin_stream)) && add_value(m, "__stdin__", stdin_stream) &&
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
         add_value(m, "float_info", make_float_info()) && add_value(m, "int_info", make_int_info()) &&
         add_value(m, "hash_info", make_hash_info()) && add_value(m, "flags", make_flags()) &&
         add_value(m, "float_repr_style", str_from_ascii("short")) &&
         add_value(m, "warnoptions", list_new(0)) && add_value(m, "_xoptions", Value(dict_new())) &&
         add_value(m, "dont_write_bytecode", newref(py_false())) && add_value(m, "api_version", int_from_i64(1013)) &&
         add_value(m, "prefix", str_from_ascii("/usr")) && add_value(m, "base_prefix", str_from_ascii("/usr")) &&
         add_value(m, "exec_prefix", str_from_ascii("/usr")) &&
         add_value(m, "base_exec_prefix", str_from_ascii("/usr")) && add_value(m, "platlibdir", str_from_ascii("lib")) &&
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
