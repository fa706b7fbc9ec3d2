#include "light/objects/format.h"

#include <algorithm>
#include <string>

#include "light/num/format_spec.h"
#include "light/num/printf_format.h"
#include "light/objects/abstract.h"
#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

namespace {

Value format_error(const num::FormatError& err) {
  Type* type = err.kind == num::FormatError::Overflow ? &exc::OverflowError : &exc::ValueError;
  return raise_str(type, err.message.c_str());
}

bool spec_arg(const Value* args, std::string* spec) {
  if (!str_check(args[0])) {
    type_error("format() argument must be str, not %s", type_of(args[0])->name.c_str());
    return false;
  }
  *spec = str_to_utf8(args[0]);
  return true;
}

}  // namespace

Value int_format(Value self, const Value* args, size_t, Value) {
  std::string spec, out;
  if (!spec_arg(args, &spec)) return Value();
  if (spec.empty()) return str(self);
  num::FormatError err;
  if (!num::format_int(int_to_big(self), spec, type_of(self)->name, &out, &err)) return format_error(err);
  return str_from_utf8(out);
}

Value float_format(Value self, const Value* args, size_t, Value) {
  std::string spec, out;
  if (!spec_arg(args, &spec)) return Value();
  if (spec.empty()) return str(self);
  num::FormatError err;
  if (!num::format_float(float_value(self), spec, type_of(self)->name, &out, &err)) return format_error(err);
  return str_from_utf8(out);
}

Value str_format_spec(Value self, const Value* args, size_t, Value) {
  std::string spec, out;
  if (!spec_arg(args, &spec)) return Value();
  if (spec.empty()) return str(self);
  num::FormatError err;
  if (!num::format_str(str_to_utf8(self), spec, type_of(self)->name, &out, &err)) return format_error(err);
  return str_from_utf8(out);
}

// ------------------------------------------------------------------ str.format

namespace {

struct Formatter {
  const Value* args;
  size_t nargs;
  Value kwargs;  // a mapping, or null
  int auto_index = 0;  // -1 once manual numbering is used
  bool manual = false;

  // Resolves "0", "name", "" (auto), then .attr and [key] parts.
  Value field(std::string_view name) {
    size_t end = 0;
    while (end < name.size() && name[end] != '.' && name[end] != '[') ++end;
    std::string_view first = name.substr(0, end);
    Ref obj;
    bool numeric = !first.empty() && first.find_first_not_of("0123456789") == std::string_view::npos;
    if (first.empty()) {
      if (manual) return value_error("cannot switch from manual field specification to automatic field numbering");
      auto_index = auto_index < 0 ? 0 : auto_index;
      size_t i = size_t(auto_index++);
      if (i >= nargs) return index_error("Replacement index %zd out of range for positional args tuple", i);
      obj = Ref::borrow(args[i]);
    } else if (numeric) {
      if (auto_index > 0) return value_error("cannot switch from automatic field numbering to manual field specification");
      manual = true;
      size_t i = std::stoul(std::string(first));
      if (i >= nargs) return index_error("Replacement index %zd out of range for positional args tuple", i);
      obj = Ref::borrow(args[i]);
    } else {
      Ref key(str_from_utf8(first));
      if (!key) return Value();
      if (!kwargs) return key_error(key.get());
      obj = Ref(getitem(kwargs, key.get()));
      if (!obj) return Value();
    }
    while (end < name.size()) {
      if (name[end] == '.') {
        size_t b = ++end;
        while (end < name.size() && name[end] != '.' && name[end] != '[') ++end;
        if (b == end) return value_error("Empty attribute in format string");
        Ref attr(str_from_utf8(name.substr(b, end - b)));
        obj = Ref(getattr(obj.get(), attr.get()));
      } else {
        size_t b = ++end;
        while (end < name.size() && name[end] != ']') ++end;
        if (end >= name.size()) return value_error("Missing ']' in format string");
        std::string_view k = name.substr(b, end - b);
        ++end;
        if (k.empty()) return value_error("Empty attribute in format string");
        bool digits = k.find_first_not_of("0123456789") == std::string_view::npos;
        Ref key(digits ? int_from_decimal(k) : str_from_utf8(k));
        if (!key) return Value();
        obj = Ref(getitem(obj.get(), key.get()));
        if (end < name.size() && name[end] != '.' && name[end] != '[') {
          return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
      }
      if (!obj) return Value();
    }
    return obj.release();
  }

  // Formats `text` into out; depth limits nested specs.
  bool run(std::string_view text, std::string* out, int depth) {
    if (depth > 2) {
      value_error("Max string recursion exceeded");
      return false;
    }
    size_t i = 0;
    while (i < text.size()) {
      char c = text[i];
      if (c == '}') {
        if (i + 1 < text.size() && text[i + 1] == '}') {
          out->push_back('}');
          i += 2;
          continue;
        }
        value_error("Single '}' encountered in format string");
        return false;
      }
      if (c != '{') {
        out->push_back(c);
        ++i;
        continue;
      }
      if (i + 1 < text.size() && text[i + 1] == '{') {
        out->push_back('{');
        i += 2;
        continue;
      }
      // A replacement field: find its end, counting nested braces.
      size_t b = ++i;
      int nesting = 1;
      while (i < text.size()) {
        if (text[i] == '{') ++nesting;
        else if (text[i] == '}' && --nesting == 0) break;
        ++i;
      }
      if (i >= text.size()) {
        value_error(nesting > 1 || b < text.size() ? "expected '}' before end of string"
                                                   : "Single '{' encountered in format string");
        return false;
      }
      std::string_view inner = text.substr(b, i - b);
      ++i;
      // field_name [! conversion] [: spec]; the name ends at the first ! or :
      // outside brackets.
      size_t p = 0;
      bool in_bracket = false;
      while (p < inner.size()) {
        if (inner[p] == '[') in_bracket = true;
        else if (inner[p] == ']') in_bracket = false;
        else if (!in_bracket && (inner[p] == '!' || inner[p] == ':')) break;
        ++p;
      }
      std::string_view name = inner.substr(0, p);
      char conversion = 0;
      std::string_view spec;
      if (p < inner.size() && inner[p] == '!') {
        if (p + 1 >= inner.size()) {
          value_error("end of string while looking for conversion specifier");
          return false;
        }
        conversion = inner[p + 1];
        p += 2;
        if (p < inner.size() && inner[p] != ':') {
          value_error("expected ':' after conversion specifier");
          return false;
        }
      }
      if (p < inner.size() && inner[p] == ':') spec = inner.substr(p + 1);
      Ref obj(field(name));
      if (!obj) return false;
      if (conversion) {
        switch (conversion) {
          case 'r': obj = Ref(repr(obj.get())); break;
          case 's': obj = Ref(str(obj.get())); break;
          case 'a': obj = Ref(ascii(obj.get())); break;
          default: {
            Ref ch(str_from_char(char32_t(static_cast<unsigned char>(conversion))));
            raise_fmt(&exc::ValueError, "Unknown conversion specifier %U", ch.get());
            return false;
          }
        }
        if (!obj) return false;
      }
      std::string spec_text;
      if (spec.find('{') != std::string_view::npos) {
        if (!run(spec, &spec_text, depth + 1)) return false;
      } else {
        spec_text = std::string(spec);
      }
      Ref spec_str(str_from_utf8(spec_text));
      if (!spec_str) return false;
      Ref formatted(format(obj.get(), spec_str.get()));
      if (!formatted) return false;
      *out += str_to_utf8(formatted.get());
    }
    return true;
  }
};

}  // namespace

Value str_format_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref kwargs;
  if (kwnames) {
    kwargs = Ref(Value(dict_new()));
    if (!kwargs) return Value();
    Tuple* kw = as_tuple(kwnames);
    for (int64_t i = 0; i < kw->size; ++i) {
      if (dict_set(as_dict(kwargs.get()), kw->items[i], args[nargs + i]) < 0) return Value();
    }
  }
  Formatter f{args, nargs, kwargs.get()};
  std::string out;
  if (!f.run(str_to_utf8(self), &out, 0)) return Value();
  return str_from_utf8(out);
}

Value str_format_map(Value self, const Value* args, size_t, Value) {
  Formatter f{nullptr, 0, args[0]};
  std::string out;
  if (!f.run(str_to_utf8(self), &out, 0)) return Value();
  return str_from_utf8(out);
}

// ------------------------------------------------------------------ printf

namespace {

// Drops the null Value a raise helper returns (the error stays pending).
bool failed(Value) { return false; }

// %s and %b of bytes formatting: a bytes-like value's bytes, or __bytes__.
bool printf_bytes(Value arg, std::string* out) {
  std::string_view data;
  if (bytes_like(arg, &data)) {
    *out = std::string(data);
    return true;
  }
  bool found;
  Ref r(call_dunder(arg, names::__bytes__, nullptr, 0, &found));
  if (!found) {
    type_error("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
               type_of(arg)->name.c_str());
    return false;
  }
  if (!r) return false;
  if (!bytes_check(r.get())) {
    type_error("__bytes__ returned non-bytes (type %s)", type_of(r.get())->name.c_str());
    return false;
  }
  *out = std::string(r.as<Bytes>()->view());
  return true;
}

// %c of bytes formatting: an int in range(256) or a one-byte bytes-like value.
bool printf_byte(Value arg, std::string* out) {
  std::string_view data;
  if (bytes_like(arg, &data) && data.size() == 1) {
    *out = std::string(data);
    return true;
  }
  if (!int_check(arg)) {
    type_error("%%c requires an integer in range(256) or a single byte");
    return false;
  }
  int64_t n;
  if (!int_to_i64(arg, &n) || n < 0 || n > 255) {
    overflow_error("%%c arg not in range(256)");
    return false;
  }
  *out = std::string(1, char(n));
  return true;
}

// printf-style formatting of `fmt` (UTF-8 text for str, raw bytes for
// bytes) with the argument(s) `b`. Bytes formatting differs in %s/%b (bytes
// values), %c (a byte), %r/%a (ASCII only) and a few messages.
bool printf_format(std::string_view fmt, Value b, bool bytes, std::string* result) {
  bool is_tuple = tuple_check(b);
  Value* items = is_tuple ? as_tuple(b)->items : &b;
  int64_t count = is_tuple ? as_tuple(b)->size : 1;
  // A mapping argument (not a tuple, str or bytes) serves %(name)s lookups.
  bool mapping = !is_tuple && !str_check(b) && !(bytes && bytes_check(b)) && type_of(b)->getitem != nullptr;
  int64_t next = 0;
  bool used_mapping = false;
  // After %(name), the looked-up value is the one argument left (CPython's
  // args/arglen/argidx reset): "%(a)s %s" % {"a": 1} lacks an argument.
  Ref looked_up;
  Value looked_up_item;
  std::string& out = *result;
  auto next_arg = [&]() -> Value {
    if (next >= count) {
      type_error("not enough arguments for format string");
      return Value();
    }
    return items[next++];
  };
  size_t i = 0;
  // Code point index of byte offset i, for the "at index" message.
  auto char_index = [&](size_t byte) {
    if (bytes) return byte;
    size_t n = 0;
    for (size_t k = 0; k < byte; ++k) n += (static_cast<unsigned char>(fmt[k]) & 0xC0) != 0x80;
    return n;
  };
  auto unsupported = [&](size_t at) {
    unsigned char uc = static_cast<unsigned char>(fmt[at]);
    if (uc >= 0x80 && !bytes) {
      Ref rest(str_from_utf8(fmt.substr(at)));
      char32_t cp = rest.as<Str>()->at(0);
      Ref ch(str_from_char(cp));
      return value_error("unsupported format character '%U' (0x%x) at index %zd", ch.get(), unsigned(cp),
                         char_index(at));
    }
    return value_error("unsupported format character '%c' (0x%x) at index %zd", int(uc), unsigned(uc), char_index(at));
  };
  while (i < fmt.size()) {
    if (fmt[i] != '%') {
      out.push_back(fmt[i++]);
      continue;
    }
    ++i;
    if (i < fmt.size() && fmt[i] == '(') {
      if (!mapping) return failed(type_error("format requires a mapping"));
      size_t key_start = ++i;
      int depth = 1;
      while (i < fmt.size() && depth) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth) return failed(value_error("incomplete format key"));
      std::string_view name = fmt.substr(key_start, i - key_start - 1);
      Ref key(bytes ? bytes_from(name) : str_from_utf8(name));
      if (!key) return false;
      looked_up = Ref(getitem(b, key.get()));
      if (!looked_up) return false;
      looked_up_item = looked_up.get();
      items = &looked_up_item;
      count = 1;
      next = 0;
      used_mapping = true;
    }
    num::PrintfSpec spec;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') spec.left = true;
      else if (f == '+') spec.plus = true;
      else if (f == ' ') spec.space = true;
      else if (f == '#') spec.alternate = true;
      else if (f == '0') spec.zero = true;
      else break;
    }
    auto read_number = [&](int64_t* out_n) -> bool {
      if (i < fmt.size() && fmt[i] == '*') {
        ++i;
        Value v = next_arg();
        if (!v) return false;
        if (!int_check(v)) {
          type_error("* wants int");
          return false;
        }
        if (!int_to_i64(v, out_n)) {
          overflow_error("Python int too large to convert to C ssize_t");
          return false;
        }
        return true;
      }
      if (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        int64_t n = 0;
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') n = n * 10 + (fmt[i++] - '0');
        *out_n = n;
      }
      return true;
    };
    if (!read_number(&spec.width)) return false;
    if (spec.width < -1) {
      spec.left = true;
      spec.width = -spec.width;
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      spec.precision = 0;
      if (!read_number(&spec.precision)) return false;
    }
    if (uint64_t(std::max<int64_t>(spec.width, 0)) > kMaxAllocation ||
        uint64_t(std::max<int64_t>(spec.precision, 0)) > kMaxAllocation) {
      return failed(no_memory());
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return failed(value_error("incomplete format"));
    char conv = fmt[i];
    size_t conv_at = i++;
    spec.conversion = conv;
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    Value arg = next_arg();
    if (!arg) return false;
    switch (conv) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Ref n;
        if (int_check(arg)) {
          n = Ref::borrow(arg);
        } else if (conv == 'd' || conv == 'i' || conv == 'u') {
          if (!float_check(arg) && !type_of(arg)->to_int && !type_of(arg)->index) {
            return failed(type_error("%%%c format: a real number is required, not %s", conv, type_of(arg)->name.c_str()));
          }
          n = Ref(call1(Value(&int_type), arg));
        } else {
          if (!type_of(arg)->index) {
            return failed(type_error("%%%c format: an integer is required, not %s", conv, type_of(arg)->name.c_str()));
          }
          n = Ref(to_index(arg));
        }
        if (!n) return false;
        spec.conversion = conv == 'i' || conv == 'u' ? 'd' : conv;
        std::string text;
        if (!num::printf_int(int_to_big(n.get()), spec, &text)) {
          return failed(value_error("Exceeds the limit (4300 digits) for integer string conversion; use "
                                    "sys.set_int_max_str_digits() to increase the limit"));
        }
        out += text;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!float_check(arg) && !int_check(arg) && !type_of(arg)->to_float && !type_of(arg)->index) {
          return failed(type_error(bytes ? "float argument required, not %s" : "must be real number, not %s",
                                   type_of(arg)->name.c_str()));
        }
        if (!to_double(arg, &d)) return false;
        out += num::printf_float(d, spec);
        break;
      }
      case 's': case 'b': case 'r': case 'a': {
        std::string text;
        if (bytes && conv != 'r' && conv != 'a') {
          if (!printf_bytes(arg, &text)) return false;
        } else if (conv == 'b') {
          return failed(unsupported(conv_at));
        } else {
          Ref t(conv == 's' ? str(arg) : bytes || conv == 'a' ? ascii(arg) : repr(arg));
          if (!t) return false;
          text = str_to_utf8(t.get());
        }
        spec.conversion = 's';
        // Bytes are not text: a precision cuts bytes, not code points.
        if (bytes && spec.precision >= 0 && size_t(spec.precision) < text.size()) text.resize(size_t(spec.precision));
        if (bytes) spec.precision = -1;
        out += num::printf_text(text, spec);
        break;
      }
      case 'c': {
        if (bytes) {
          std::string byte;
          if (!printf_byte(arg, &byte)) return false;
          spec.conversion = 's';
          out += num::printf_text(byte, spec);
          break;
        }
        char32_t c;
        if (str_check(arg)) {
          if (arg.as<Str>()->length != 1) return failed(type_error("%%c requires int or char"));
          c = arg.as<Str>()->at(0);
        } else if (int_check(arg)) {
          int64_t n;
          if (!int_to_i64(arg, &n) || n < 0 || n > 0x10FFFF) return failed(overflow_error("%%c arg not in range(0x110000)"));
          c = char32_t(n);
        } else {
          return failed(type_error("%%c requires int or char"));
        }
        Ref ch(str_from_char(c));
        spec.conversion = 's';
        out += num::printf_text(str_to_utf8(ch.get()), spec);
        break;
      }
      default:
        return failed(unsupported(conv_at));
    }
  }
  // A mapping argument may go unused; anything else left over is an error.
  if (!used_mapping && next < count && !mapping) {
    return failed(type_error(bytes ? "not all arguments converted during bytes formatting"
                             : "not all arguments converted during string formatting"));
  }
  return true;
}

}  // namespace

Value str_mod_slot(Value a, Value b) {
  if (!str_check(a)) return newref(not_implemented());
  std::string out;
  if (!printf_format(str_to_utf8(a), b, false, &out)) return Value();
  return str_from_utf8(out);
}

Value bytes_mod_slot(Value a, Value b) {
  bool bytearray = !a.is_small() && is_subtype(type_of(a), &bytearray_type);
  if (!bytes_check(a) && !bytearray) return newref(not_implemented());
  std::string_view fmt;
  (void)bytes_like(a, &fmt);
  std::string out;
  if (!printf_format(fmt, b, true, &out)) return Value();
  return bytearray ? bytearray_from(out) : bytes_from(out);
}

}  // namespace pytier::light
