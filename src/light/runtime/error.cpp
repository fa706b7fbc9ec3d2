#include "light/runtime/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"

namespace pytier::light {

void restore(Value exc) {
  Value old = thread.exc;
  thread.exc = exc;
  xdecref(old);
}

void clear_error() { restore(Value()); }

bool matches(Type* type) { return thread.exc && is_subtype(type_of(thread.exc), type); }

Value raise(Value exc) {
  Ref instance;
  if (type_check(exc) && is_subtype(as_type(exc), &exc::BaseException)) {
    instance = Ref(call0(exc));
    if (!instance) return Value();
    if (!exception_check(instance.get())) {
      return raise_fmt(&exc::TypeError,
                       "calling %R should have returned an instance of BaseException, not %R", exc,
                       Value(type_of(instance.get())));
    }
  } else if (exception_check(exc)) {
    instance = Ref::borrow(exc);
  } else {
    return raise_str(&exc::TypeError, "exceptions must derive from BaseException");
  }
  Value handled = thread.handled;
  if (handled && handled != instance.get() && !is_none(handled)) {
    exception_set_context(instance.get(), newref(handled));
  }
  restore(instance.release());
  return Value();
}

Value raise_with(Type* type, Value arg) {
  Ref e(exception_new(type, &arg, arg ? 1 : 0));
  if (!e) return Value();
  return raise(e.get());
}

Value raise_str(Type* type, const char* message) {
  Ref s(str_from_utf8(message));
  if (!s) return Value();
  return raise_with(type, s.get());
}

Value raise_errno() {
  int code = errno;
  Ref message(str_from_utf8(std::strerror(code)));
  if (!message) return Value();
  Value args[2] = {int_from_i64(code), message.get()};
  Ref e(call(Value(&exc::OSError), args, 2));
  if (!e) return Value();
  return raise(e.get());
}

namespace {

// Formats into out; false if a %R/%S conversion raised.
bool format_into(std::string* out, const char* format, const FormatArg* args, size_t nargs) {
  size_t next = 0;
  auto arg = [&]() -> const FormatArg& {
    static const FormatArg missing;
    return next < nargs ? args[next++] : missing;
  };
  for (const char* p = format; *p; ++p) {
    if (*p != '%') {
      out->push_back(*p);
      continue;
    }
    ++p;
    int precision = -1;
    if (*p == '.') {
      precision = 0;
      for (++p; *p >= '0' && *p <= '9'; ++p) precision = precision * 10 + (*p - '0');
    }
    while (*p == 'l' || *p == 'z') ++p;
    char buf[32];
    switch (*p) {
      case '%': out->push_back('%'); break;
      case 'c': {
        Ref s(str_from_char(char32_t(arg().i)));
        if (!s) return false;
        *out += str_to_utf8(s.get());
        break;
      }
      case 'd': case 'i': case 'u': case 'x': {
        const FormatArg& a = arg();
        bool is_signed = a.kind == FormatArg::Kind::Signed;
        if (*p == 'x') std::snprintf(buf, sizeof buf, "%llx", a.u);
        else if (is_signed) std::snprintf(buf, sizeof buf, "%lld", a.i);
        else std::snprintf(buf, sizeof buf, "%llu", a.u);
        *out += buf;
        break;
      }
      case 's': {
        std::string_view s = arg().s;
        // Precision counts characters, not bytes: don't split a UTF-8 sequence.
        if (precision >= 0) {
          size_t i = 0;
          for (int n = 0; i < s.size() && n < precision; ++n) {
            ++i;
            while (i < s.size() && (s[i] & 0xC0) == 0x80) ++i;
          }
          s = s.substr(0, i);
        }
        *out += s;
        break;
      }
      case 'R': case 'S': case 'U': case 'T': {
        Value v = Value::from_bits(arg().value);
        Ref text;
        if (*p == 'R') text = Ref(repr(v));
        else if (*p == 'S') text = Ref(str(v));
        else if (*p == 'T') text = Ref(type_name(type_of(v)));
        else text = Ref::borrow(v);
        if (!text) return false;
        std::string utf8 = str_to_utf8(text.get());
        if (precision >= 0 && *p != 'T') {
          size_t i = 0;
          for (int n = 0; i < utf8.size() && n < precision; ++n) {
            ++i;
            while (i < utf8.size() && (utf8[i] & 0xC0) == 0x80) ++i;
          }
          utf8.resize(i);
        }
        *out += utf8;
        break;
      }
      case 'N': *out += arg().type->name; break;
      case 'p':
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(arg().pointer)));
        *out += buf;
        break;
      default: out->push_back('%'); out->push_back(*p); break;
    }
  }
  return true;
}

}  // namespace

Value format_args(const char* format, const FormatArg* args, size_t nargs) {
  std::string text;
  if (!format_into(&text, format, args, nargs)) return Value();
  return str_from_utf8(text);
}

Value raise_args(Type* type, const char* format, const FormatArg* args, size_t nargs) {
  Ref message(format_args(format, args, nargs));
  if (!message) return Value();
  return raise_with(type, message.get());
}

// Raising MemoryError must not need memory, so its instance is made at start.
Value preallocated_memory_error;

Value no_memory() {
  restore(newref(preallocated_memory_error));
  return Value();
}

Value key_error(Value key) { return raise_with(&exc::KeyError, key); }

Value stop_iteration(Value value) { return raise_with(&exc::StopIteration, value); }

}  // namespace pytier::light
