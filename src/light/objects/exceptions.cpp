#include "light/objects/exceptions.h"

#include <cerrno>
#include <cstddef>
#include <string>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

namespace exc {
#define PYTIER_DEFINE_EXC(name, base) Type name;
PYTIER_EXCEPTIONS(PYTIER_DEFINE_EXC)
#undef PYTIER_DEFINE_EXC
}  // namespace exc

extern Value preallocated_memory_error;

// Names the X-macro's bases: the exceptions, and `object` for the root.
namespace exc_bases {
using namespace exc;
Type& object = object_type;
}  // namespace exc_bases

namespace {

BaseExceptionObject* E(Value v) { return v.as<BaseExceptionObject>(); }

bool has_keywords(Value kwnames) { return kwnames && as_tuple(kwnames)->size > 0; }

Value exc_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  auto* e = static_cast<BaseExceptionObject*>(alloc_object(type, type->basic_size));
  if (!e) return Value();
  e->args = tuple_from_array(args, nargs);
  if (!e->args) {
    decref(e);
    return Value();
  }
  e->traceback = newref(none());
  e->context = newref(none());
  e->cause = newref(none());
  for (Value& f : e->fields) f = newref(none());
  return e;
}

int set_args(Value self, const Value* args, size_t nargs) {
  Value t = tuple_from_array(args, nargs);
  if (!t) return -1;
  set_slot(&E(self)->args, t);
  return 0;
}

int base_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (has_keywords(kwnames)) {
    type_error("%s() takes no keyword arguments", type_of(self)->name.c_str());
    return -1;
  }
  return set_args(self, args, nargs);
}

void set_field(Value self, int i, Value v) { set_slot(&E(self)->fields[i], newref(v ? v : none())); }

// Binds the keyword-only attributes some exceptions accept (name=, obj=,
// path=); `names` maps to fields 0, 1, ...
bool keyword_fields(Value self, const Value* args, size_t nargs, Value kwnames, const char* const* names,
                    const int* slots, int count, const char* fname) {
  if (!kwnames) return true;
  Tuple* kw = as_tuple(kwnames);
  for (int64_t k = 0; k < kw->size; ++k) {
    std::string key = str_to_utf8(kw->items[k]);
    int i = 0;
    while (i < count && key != names[i]) ++i;
    if (i == count) {
      type_error("%s() got an unexpected keyword argument '%s'", fname, key.c_str());
      return false;
    }
    set_field(self, slots[i], args[nargs + k]);
  }
  return true;
}

void exc_dealloc(Object* o) {
  auto* e = static_cast<BaseExceptionObject*>(o);
  if (e->dict) decref(e->dict);
  xdecref(e->args);
  xdecref(e->notes);
  xdecref(e->traceback);
  xdecref(e->context);
  xdecref(e->cause);
  for (Value f : e->fields) xdecref(f);
  free_object(o);
}

Value exc_str(Value self) {
  Tuple* args = as_tuple(E(self)->args);
  if (args->size == 0) return str_from_ascii("");
  if (args->size == 1) return str(args->items[0]);
  return str(E(self)->args);
}

Value exc_repr(Value self) {
  Tuple* args = as_tuple(E(self)->args);
  Ref name(type_name(type_of(self)));
  if (args->size == 1) return format_str("%U(%R)", name.get(), args->items[0]);
  if (args->size == 0) return format_str("%U()", name.get());
  return format_str("%U%R", name.get(), E(self)->args);
}

// ---- getsets

Value get_args(Value self) { return newref(E(self)->args); }
int set_args_attr(Value self, Value v) {
  if (!v) {
    type_error("args may not be deleted");
    return -1;
  }
  Ref t(tuple_check_exact(v) ? newref(v) : call1(Value(&tuple_type), v));
  if (!t) return -1;
  set_slot(&E(self)->args, t.release());
  return 0;
}
Value get_traceback(Value self) { return newref(E(self)->traceback); }
int set_traceback(Value self, Value v) {
  if (!v) {
    type_error("__traceback__ may not be deleted");
    return -1;
  }
  set_slot(&E(self)->traceback, newref(v));
  return 0;
}
Value get_context(Value self) { return newref(E(self)->context); }
int set_context(Value self, Value v) {
  if (!v) {
    type_error("__context__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && !exception_check(v)) {
    type_error("exception context must be None or derive from BaseException");
    return -1;
  }
  set_slot(&E(self)->context, newref(v));
  return 0;
}
Value get_cause(Value self) { return newref(E(self)->cause); }
int set_cause(Value self, Value v) {
  if (!v) {
    type_error("__cause__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && !exception_check(v)) {
    type_error("exception cause must be None or derive from BaseException");
    return -1;
  }
  set_slot(&E(self)->cause, newref(v));
  E(self)->suppress_context = true;
  return 0;
}
Value get_suppress(Value self) { return newref(py_bool(E(self)->suppress_context)); }
int set_suppress(Value self, Value v) {
  int t = v ? truth(v) : 0;
  if (t < 0) return -1;
  E(self)->suppress_context = t;
  return 0;
}
Value get_dict(Value self) {
  auto* e = E(self);
  if (!e->dict && !(e->dict = dict_new())) return Value();
  return newref(Value(e->dict));
}

const GetSetDef kBaseGetsets[] = {
    {"args", get_args, set_args_attr},
    {"__traceback__", get_traceback, set_traceback},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__dict__", get_dict, nullptr},
    {nullptr, nullptr, nullptr},
};

template <int I>
Value field_get(Value self) {
  return newref(E(self)->fields[I]);
}
template <int I>
int field_set(Value self, Value v) {
  set_field(self, I, v);
  return 0;
}
#define FIELD(name, i) {name, field_get<i>, field_set<i>}

Value with_traceback(Value self, const Value* args, size_t, Value) {
  if (set_traceback(self, args[0]) < 0) return Value();
  return newref(self);
}

Value add_note(Value self, const Value* args, size_t, Value) {
  if (!str_check(args[0])) return type_error("note must be a str, not '%s'", type_of(args[0])->name.c_str());
  Value notes;
  int r = lookup_attr(self, names::__notes__, &notes);
  if (r < 0) return Value();
  Ref list(r ? notes : list_new(0));
  if (!list) return Value();
  if (!r && setattr(self, names::__notes__, list.get()) < 0) return Value();
  if (!list_check(list.get())) return type_error("Cannot add note: __notes__ is not a list");
  if (list_append(list.get(), args[0]) < 0) return Value();
  return newref(none());
}

const MethodDef kBaseMethods[] = {
    {"with_traceback", with_traceback, 1, 1},
    {"add_note", add_note, 1, 1},
    {nullptr, nullptr, 0, 0},
};

// ---- subclasses with attributes

int stop_iteration_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  set_field(self, 0, nargs ? args[0] : none());
  return 0;
}
const GetSetDef kStopIterationGetsets[] = {FIELD("value", 0), {nullptr, nullptr, nullptr}};

int system_exit_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  set_field(self, 0, nargs == 0 ? none() : nargs == 1 ? args[0] : E(self)->args);
  return 0;
}
const GetSetDef kSystemExitGetsets[] = {FIELD("code", 0), {nullptr, nullptr, nullptr}};

int name_error_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"name"};
  static const int kSlots[] = {0};
  if (set_args(self, args, nargs) < 0) return -1;
  return keyword_fields(self, args, nargs, kwnames, kNames, kSlots, 1, "NameError") ? 0 : -1;
}
const GetSetDef kNameErrorGetsets[] = {FIELD("name", 0), {nullptr, nullptr, nullptr}};

int attribute_error_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"name", "obj"};
  static const int kSlots[] = {0, 1};
  if (set_args(self, args, nargs) < 0) return -1;
  return keyword_fields(self, args, nargs, kwnames, kNames, kSlots, 2, "AttributeError") ? 0 : -1;
}
const GetSetDef kAttributeErrorGetsets[] = {FIELD("name", 0), FIELD("obj", 1), {nullptr, nullptr, nullptr}};

int import_error_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"name", "path"};
  static const int kSlots[] = {1, 2};
  if (set_args(self, args, nargs) < 0) return -1;
  if (!keyword_fields(self, args, nargs, kwnames, kNames, kSlots, 2, "ImportError")) return -1;
  set_field(self, 0, nargs == 1 ? args[0] : none());
  return 0;
}
Value import_error_str(Value self) {
  if (!is_none(E(self)->fields[0])) return str(E(self)->fields[0]);
  return exc_str(self);
}
const GetSetDef kImportErrorGetsets[] = {
    FIELD("msg", 0), FIELD("name", 1), FIELD("path", 2), {nullptr, nullptr, nullptr}};

Value key_error_str(Value self) {
  Tuple* args = as_tuple(E(self)->args);
  if (args->size == 1) return repr(args->items[0]);
  return exc_str(self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]).
int os_error_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs >= 2 && nargs <= 5) {
    set_field(self, 0, args[0]);
    set_field(self, 1, args[1]);
    if (nargs >= 3) set_field(self, 2, args[2]);
    if (nargs == 5) set_field(self, 3, args[4]);
    if (nargs >= 3) {
      // args keeps only (errno, strerror) when a filename is given.
      if (set_args(self, args, 2) < 0) return -1;
    }
  }
  return 0;
}

// OSError(errno, ...) picks the subclass for errno, as CPython does.
Value os_error_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &exc::OSError && nargs >= 2 && args[0].is_small()) {
    switch (args[0].small_value()) {
      case ENOENT: type = &exc::FileNotFoundError; break;
      case EEXIST: type = &exc::FileExistsError; break;
      case EISDIR: type = &exc::IsADirectoryError; break;
      case ENOTDIR: type = &exc::NotADirectoryError; break;
      case EACCES: case EPERM: type = &exc::PermissionError; break;
      case EPIPE: type = &exc::BrokenPipeError; break;
      case EINTR: type = &exc::InterruptedError; break;
      case ECHILD: type = &exc::ChildProcessError; break;
      case ESRCH: type = &exc::ProcessLookupError; break;
      case ETIMEDOUT: type = &exc::TimeoutError; break;
      case ECONNREFUSED: type = &exc::ConnectionRefusedError; break;
      case ECONNRESET: type = &exc::ConnectionResetError; break;
      case ECONNABORTED: type = &exc::ConnectionAbortedError; break;
      case EAGAIN: type = &exc::BlockingIOError; break;
      default: break;
    }
  }
  return exc_new(type, args, nargs, kwnames);
}

Value os_error_str(Value self) {
  auto* e = E(self);
  if (!is_none(e->fields[2])) {
    if (!is_none(e->fields[3])) {
      return format_str("[Errno %S] %S: %R -> %R", e->fields[0], e->fields[1], e->fields[2], e->fields[3]);
    }
    return format_str("[Errno %S] %S: %R", e->fields[0], e->fields[1], e->fields[2]);
  }
  if (!is_none(e->fields[0]) && !is_none(e->fields[1])) return format_str("[Errno %S] %S", e->fields[0], e->fields[1]);
  return exc_str(self);
}
const GetSetDef kOSErrorGetsets[] = {
    FIELD("errno", 0), FIELD("strerror", 1), FIELD("filename", 2), FIELD("filename2", 3),
    {nullptr, nullptr, nullptr}};

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
int syntax_error_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs >= 1) set_field(self, 0, args[0]);
  if (nargs == 2) {
    Ref info(call1(Value(&tuple_type), args[1]));
    if (!info) return -1;
    Tuple* t = as_tuple(info.get());
    if (t->size < 4 || t->size > 6) {
      index_error("tuple index out of range");
      return -1;
    }
    for (int64_t i = 0; i < t->size; ++i) set_field(self, int(i) + 1, t->items[i]);
  }
  return 0;
}
Value syntax_error_str(Value self) {
  auto* e = E(self);
  Value msg = e->fields[0];
  Ref text(is_none(msg) ? exc_str(self) : str(msg));
  if (!text) return Value();
  Value filename = e->fields[1], lineno = e->fields[2];
  bool have_file = str_check(filename), have_line = int_check(lineno);
  if (have_file) {
    std::string f = str_to_utf8(filename);
    size_t slash = f.rfind('/');
    Ref base(str_from_utf8(slash == std::string::npos ? f : f.substr(slash + 1)));
    if (have_line) return format_str("%U (%U, line %S)", text.get(), base.get(), lineno);
    return format_str("%U (%U)", text.get(), base.get());
  }
  if (have_line) return format_str("%U (line %S)", text.get(), lineno);
  return text.release();
}
const GetSetDef kSyntaxErrorGetsets[] = {
    FIELD("msg", 0), FIELD("filename", 1), FIELD("lineno", 2), FIELD("offset", 3), FIELD("text", 4),
    FIELD("end_lineno", 5), FIELD("end_offset", 6), {nullptr, nullptr, nullptr}};

// UnicodeDecodeError(encoding, object, start, end, reason) and the encode /
// translate variants.
int unicode_error_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  bool translate = type_of(self) == &exc::UnicodeTranslateError;
  size_t want = translate ? 4 : 5;
  if (nargs != want) {
    type_error("function takes exactly %d arguments (%zd given)", int(want), nargs);
    return -1;
  }
  if (translate) {
    set_field(self, 1, args[0]);
    set_field(self, 2, args[1]);
    set_field(self, 3, args[2]);
    set_field(self, 4, args[3]);
  } else {
    for (int i = 0; i < 5; ++i) set_field(self, i, args[i]);
  }
  return 0;
}
Value unicode_error_str(Value self) {
  auto* e = E(self);
  if (as_tuple(e->args)->size == 0) return str_from_ascii("");
  int64_t start, end;
  if (!int_to_i64(e->fields[2], &start) || !int_to_i64(e->fields[3], &end)) return exc_str(self);
  Value object = e->fields[1];
  if (type_of(self) == &exc::UnicodeDecodeError && bytes_check(object) && end == start + 1 && start >= 0 &&
      start < object.as<Bytes>()->size) {
    unsigned byte = (unsigned char)object.as<Bytes>()->data()[start];
    return format_str("'%S' codec can't decode byte 0x%s%x in position %zd: %S", e->fields[0], byte < 16 ? "0" : "",
                      byte, size_t(start), e->fields[4]);
  }
  if (type_of(self) == &exc::UnicodeDecodeError) {
    return format_str("'%S' codec can't decode bytes in position %zd-%zd: %S", e->fields[0], size_t(start),
                      size_t(end - 1), e->fields[4]);
  }
  if (str_check(object) && end == start + 1 && start >= 0 && start < object.as<Str>()->length) {
    char32_t c = object.as<Str>()->at(start);
    char buf[16];
    std::snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(c));
    if (type_of(self) == &exc::UnicodeTranslateError) {
      return format_str("can't translate character '%s' in position %zd: %S", buf, size_t(start), e->fields[4]);
    }
    return format_str("'%S' codec can't encode character '%s' in position %zd: %S", e->fields[0], buf,
                      size_t(start), e->fields[4]);
  }
  if (type_of(self) == &exc::UnicodeTranslateError) {
    return format_str("can't translate characters in position %zd-%zd: %S", size_t(start), size_t(end - 1),
                      e->fields[4]);
  }
  return format_str("'%S' codec can't encode characters in position %zd-%zd: %S", e->fields[0], size_t(start),
                    size_t(end - 1), e->fields[4]);
}
const GetSetDef kUnicodeErrorGetsets[] = {
    FIELD("encoding", 0), FIELD("object", 1), FIELD("start", 2), FIELD("end", 3), FIELD("reason", 4),
    {nullptr, nullptr, nullptr}};

// BaseExceptionGroup(message, exceptions): an ExceptionGroup when every
// exception is an Exception.
Value group_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (has_keywords(kwnames)) return type_error("%s() takes no keyword arguments", type->name.c_str());
  if (nargs != 2) return type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)", nargs);
  if (!str_check(args[0])) {
    return type_error("BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_of(args[0])->name.c_str());
  }
  if (!type_of(args[1])->getitem || dict_check(args[1]) || str_check(args[1])) {
    return type_error("second argument (exceptions) must be a sequence");
  }
  Ref excs(call1(Value(&tuple_type), args[1]));
  if (!excs) return Value();
  Tuple* t = as_tuple(excs.get());
  if (t->size == 0) return value_error("second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (int64_t i = 0; i < t->size; ++i) {
    if (!exception_check(t->items[i])) {
      return value_error("Item %zd of second argument (exceptions) is not an exception", size_t(i));
    }
    if (!is_instance_of(t->items[i], &exc::Exception)) all_exceptions = false;
  }
  if (type == &exc::BaseExceptionGroup && all_exceptions) type = &exc::ExceptionGroup;
  if (is_subtype(type, &exc::Exception) && !all_exceptions) {
    return type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  }
  Value e = exc_new(type, args, nargs, kwnames);
  if (!e) return Value();
  set_field(e, 0, args[0]);
  set_field(e, 1, excs.get());
  return e;
}

int group_init(Value self, const Value* args, size_t nargs, Value kwnames) { return set_args(self, args, nargs); }

Value group_str(Value self) {
  int64_t n = as_tuple(E(self)->fields[1])->size;
  return format_str("%S (%zd sub-exception%s)", E(self)->fields[0], size_t(n), n == 1 ? "" : "s");
}

Value group_repr(Value self) {
  Ref name(type_name(type_of(self)));
  Value args = E(self)->args;
  if (as_tuple(args)->size == 2) return format_str("%U(%R, %R)", name.get(), as_tuple(args)->items[0], as_tuple(args)->items[1]);
  return exc_repr(self);
}

const GetSetDef kGroupGetsets[] = {
    {"message", field_get<0>, nullptr}, {"exceptions", field_get<1>, nullptr}, {nullptr, nullptr, nullptr}};

#undef FIELD

void setup(Type* t, const char* name, Type* base) {
  t->name = name;
  t->base = base;
  t->basic_size = sizeof(BaseExceptionObject);
  t->flags = Type::kBaseType | Type::kExceptionSubclass;
  if (!base || base == &object_type) {
    t->dealloc = exc_dealloc;
    t->new_ = exc_new;
    t->init = base_init;
    t->str = exc_str;
    t->repr = exc_repr;
    t->dict_offset = field_offset(&BaseExceptionObject::dict);
    t->getsets = kBaseGetsets;
    t->methods = kBaseMethods;
  } else {
    t->new_ = base->new_ ? base->new_ : exc_new;
  }
}

}  // namespace

Value exception_new(Type* type, const Value* args, size_t nargs) {
  Value e = type->new_(type, args, nargs, Value());
  if (!e) return Value();
  if (type->init && type->init(e, args, nargs, Value()) < 0) {
    decref(e);
    return Value();
  }
  return e;
}

int exception_matches(Value e, Value cls) {
  if (tuple_check(cls)) {
    Tuple* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = exception_matches(e, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!type_check(cls) || !is_subtype(as_type(cls), &exc::BaseException)) {
    type_error("catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return is_instance_of(e, as_type(cls));
}

void exception_set_context(Value e, Value context) {
  if (!context) context = newref(none());
  // Break a cycle that would make context its own ancestor.
  if (!is_none(context)) {
    Value o = context;
    while (exception_check(o)) {
      Value next = E(o)->context;
      if (next == e) {
        set_slot(&E(o)->context, newref(none()));
        break;
      }
      o = next;
    }
  }
  set_slot(&E(e)->context, context);
}

void exception_set_cause(Value e, Value cause) {
  set_slot(&E(e)->cause, cause ? cause : newref(none()));
  E(e)->suppress_context = true;
}

Value raise_name_error(Type* type, const char* format, Value name) {
  Ref message(format_str(format, name));
  if (!message) return Value();
  Value arg = message.get();
  Ref e(exception_new(type, &arg, 1));
  if (!e) return Value();
  set_field(e.get(), 0, name);
  return raise(e.get());
}

Value stop_iteration_value(Value e) {
  if (is_instance_of(e, &exc::StopIteration)) return newref(E(e)->fields[0]);
  Tuple* args = as_tuple(E(e)->args);
  return newref(args->size ? args->items[0] : none());
}

void init_exception_types() {
#define PYTIER_SETUP_EXC(name, base) setup(&exc::name, #name, &exc_bases::base);
  PYTIER_EXCEPTIONS(PYTIER_SETUP_EXC)
#undef PYTIER_SETUP_EXC
  exc::StopIteration.init = stop_iteration_init;
  exc::StopIteration.getsets = kStopIterationGetsets;
  exc::SystemExit.init = system_exit_init;
  exc::SystemExit.getsets = kSystemExitGetsets;
  exc::NameError.init = name_error_init;
  exc::NameError.getsets = kNameErrorGetsets;
  exc::AttributeError.init = attribute_error_init;
  exc::AttributeError.getsets = kAttributeErrorGetsets;
  exc::ImportError.init = import_error_init;
  exc::ImportError.str = import_error_str;
  exc::ImportError.getsets = kImportErrorGetsets;
  exc::KeyError.str = key_error_str;
  exc::OSError.new_ = os_error_new;
  exc::OSError.init = os_error_init;
  exc::OSError.str = os_error_str;
  exc::OSError.getsets = kOSErrorGetsets;
  exc::SyntaxError.init = syntax_error_init;
  exc::SyntaxError.str = syntax_error_str;
  exc::SyntaxError.getsets = kSyntaxErrorGetsets;
  for (Type* t : {&exc::BaseExceptionGroup, &exc::ExceptionGroup}) {
    t->new_ = group_new;
    t->init = group_init;
    t->str = group_str;
    t->repr = group_repr;
    t->getsets = kGroupGetsets;
    t->methods = kExceptionGroupMethods;
  }
  for (Type* t : {&exc::UnicodeDecodeError, &exc::UnicodeEncodeError, &exc::UnicodeTranslateError}) {
    t->init = unicode_error_init;
    t->str = unicode_error_str;
    t->getsets = kUnicodeErrorGetsets;
  }
#define PYTIER_REGISTER_EXC(name, base) register_static_type(&exc::name);
  PYTIER_EXCEPTIONS(PYTIER_REGISTER_EXC)
#undef PYTIER_REGISTER_EXC
}

bool init_exception_instances() {
  // ExceptionGroup is also an Exception: give it CPython's two bases and MRO.
  Type* eg = &exc::ExceptionGroup;
  Value bases = tuple_pack({Value(&exc::BaseExceptionGroup), Value(&exc::Exception)});
  Value mro = tuple_pack({Value(eg), Value(&exc::BaseExceptionGroup), Value(&exc::Exception),
                          Value(&exc::BaseException), Value(&object_type)});
  if (!bases || !mro) return false;
  set_slot(&eg->bases, bases);
  set_slot(&eg->mro, mro);
  exc::Exception.subclasses.push_back(eg);
  preallocated_memory_error = exc_new(&exc::MemoryError, nullptr, 0, Value());
  if (!preallocated_memory_error) return false;
  preallocated_memory_error.object()->refcount = kImmortal;
  return true;
}

}  // namespace pytier::light
