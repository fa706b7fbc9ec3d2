#include "light/runtime/error.h"

#include <cstdarg>
#include <cstdio>
#include <string>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
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
                       "calling %R should have returned an instance of BaseException, not %T", exc,
                       instance.get());
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

namespace {

// Appends one conversion to out; false if a %R/%S conversion raised.
bool format_into(std::string* out, const char* format, va_list ap) {
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
    int longs = 0;
    bool size = false;
    while (*p == 'l') ++longs, ++p;
    if (*p == 'z') size = true, ++p;
    char buf[32];
    switch (*p) {
      case '%': out->push_back('%'); break;
      case 'c': {
        Ref s(str_from_char(char32_t(va_arg(ap, int))));
        if (!s) return false;
        *out += str_to_utf8(s.get());
        break;
      }
      case 'd': case 'i': {
        long long v = size ? (long long)va_arg(ap, ptrdiff_t)
                    : longs == 2 ? va_arg(ap, long long)
                    : longs == 1 ? (long long)va_arg(ap, long) : (long long)va_arg(ap, int);
        std::snprintf(buf, sizeof buf, "%lld", v);
        *out += buf;
        break;
      }
      case 'u': case 'x': {
        unsigned long long v = size ? (unsigned long long)va_arg(ap, size_t)
                             : longs == 2 ? va_arg(ap, unsigned long long)
                             : longs == 1 ? (unsigned long long)va_arg(ap, unsigned long)
                                          : (unsigned long long)va_arg(ap, unsigned);
        std::snprintf(buf, sizeof buf, *p == 'u' ? "%llu" : "%llx", v);
        *out += buf;
        break;
      }
      case 's': {
        std::string_view s = va_arg(ap, const char*);
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
        Value v = va_arg(ap, Value);
        Ref text;
        if (*p == 'R') text = Ref(repr(v));
        else if (*p == 'S') text = Ref(str(v));
        else if (*p == 'T') text = Ref(type_name(type_of(v)));
        else text = Ref::borrow(v);
        if (!text) return false;
        std::string utf8 = str_to_utf8(text.get());
        if (precision >= 0 && *p != 'T') {
          Ref cut(str_from_utf8(utf8));
          if (!cut) return false;
          if (cut.as<Str>()->length > precision) {
            size_t i = 0;
            for (int n = 0; i < utf8.size() && n < precision; ++n) {
              ++i;
              while (i < utf8.size() && (utf8[i] & 0xC0) == 0x80) ++i;
            }
            utf8.resize(i);
          }
        }
        *out += utf8;
        break;
      }
      case 'N': *out += va_arg(ap, Type*)->name; break;
      case 'p': {
        std::snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)(uintptr_t)va_arg(ap, void*));
        *out += buf;
        break;
      }
      default: out->push_back('%'); out->push_back(*p); break;
    }
  }
  return true;
}

Value vformat_str(const char* format, va_list ap) {
  std::string text;
  if (!format_into(&text, format, ap)) return Value();
  return str_from_utf8(text);
}

Value vraise(Type* type, const char* format, va_list ap) {
  Ref message(vformat_str(format, ap));
  if (!message) return Value();
  return raise_with(type, message.get());
}

}  // namespace

Value format_str(const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  Value s = vformat_str(format, ap);
  va_end(ap);
  return s;
}

Value raise_fmt(Type* type, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  vraise(type, format, ap);
  va_end(ap);
  return Value();
}

#define PYTIER_RAISER(fn, type)                  \
  Value fn(const char* format, ...) {            \
    va_list ap;                                  \
    va_start(ap, format);                        \
    vraise(&exc::type, format, ap);              \
    va_end(ap);                                  \
    return Value();                              \
  }
PYTIER_RAISER(type_error, TypeError)
PYTIER_RAISER(value_error, ValueError)
PYTIER_RAISER(index_error, IndexError)
PYTIER_RAISER(overflow_error, OverflowError)
PYTIER_RAISER(zero_division_error, ZeroDivisionError)
PYTIER_RAISER(attribute_error, AttributeError)
#undef PYTIER_RAISER

// Raising MemoryError must not need memory, so its instance is made at start.
Value preallocated_memory_error;

Value no_memory() {
  restore(newref(preallocated_memory_error));
  return Value();
}

Value key_error(Value key) { return raise_with(&exc::KeyError, key); }

Value stop_iteration(Value value) { return raise_with(&exc::StopIteration, value); }

}  // namespace pytier::light
