// The _json module: the string scanner and the two string escapers that
// json.decoder and json.encoder build on, with CPython's error texts and
// positions.

#include "light/modules/json.h"

#include <string>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/int.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/vm/import.h"

namespace pytier::light::modules {

namespace json {

Value decode_error(const char* message, Value doc, int64_t pos) {
  Ref module(vm::import_module("json.decoder"));
  if (!module) return Value();
  Ref cls(getattr(module.get(), str_intern("JSONDecodeError")));
  if (!cls) return Value();
  Ref text(str_from_ascii(message));
  Ref at(int_from_i64(pos));
  if (!text || !at) return Value();
  const Value args[] = {text.get(), doc, at.get()};
  Ref error(call(cls.get(), args, 3));
  return error ? raise(error.get()) : Value();
}

}  // namespace json

namespace {

using json::decode_error;

bool not_a_string(Value v) {
  type_error("first argument must be a string, not %.80s", type_of(v)->name.c_str());
  return false;
}

// The value of the hex digit c, or -1.
int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

// The four hex digits at s[at], or -1.
int32_t hex4(const Str* s, int64_t at) {
  int32_t code = 0;
  for (int64_t i = at; i < at + 4; ++i) {
    int digit = hex_value(s->at(i));
    if (digit < 0) return -1;
    code = code << 4 | digit;
  }
  return code;
}

}  // namespace

Value json::scan_string(Value doc, int64_t end, bool strict, int64_t* next_end) {
  const Str* s = doc.as<Str>();
  int64_t len = s->length, begin = end - 1;
  if (end < 0 || len < end) return value_error("end is out of bounds");
  std::u32string text;
  bool escaped = false;
  for (;;) {
    int64_t next = end;
    char32_t c = 0;
    for (; next < len; ++next) {
      c = s->at(next);
      if (c == '"' || c == '\\') break;
      if (c <= 0x1f && strict) return decode_error("Invalid control character at", doc, next);
    }
    if (c != '"' && c != '\\') return decode_error("Unterminated string starting at", doc, begin);
    if (c == '"' && !escaped && s->ascii) {
      *next_end = next + 1;
      return str_from_ascii(s->ascii_view().substr(size_t(end), size_t(next - end)));
    }
    for (int64_t i = end; i < next; ++i) text.push_back(s->at(i));
    ++next;
    if (c == '"') {
      *next_end = next;
      return str_from_codepoints(text.data(), text.size());
    }
    escaped = true;
    if (next == len) return decode_error("Unterminated string starting at", doc, begin);
    c = s->at(next);
    if (c != 'u') {
      end = next + 1;
      switch (c) {
        case '"': case '\\': case '/': break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default: return decode_error("Invalid \\escape", doc, end - 2);
      }
    } else {
      next++;
      end = next + 4;
      if (end >= len) return decode_error("Invalid \\uXXXX escape", doc, next - 1);
      int32_t code = hex4(s, next);
      if (code < 0) return decode_error("Invalid \\uXXXX escape", doc, end - 5);
      next = end;
      // A high surrogate escape followed by a low one stands for one character.
      if (code >= 0xd800 && code <= 0xdbff && end + 6 < len && s->at(next) == '\\' && s->at(next + 1) == 'u') {
        int32_t low = hex4(s, next + 2);
        if (low < 0) return decode_error("Invalid \\uXXXX escape", doc, end + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
          end += 6;
        }
      }
      c = char32_t(code);
    }
    text.push_back(c);
  }
}

namespace {

Value json_scanstring(Value, const Value* args, size_t nargs, Value) {
  int64_t end;
  if (!index_as_i64(args[1], &end, &exc::OverflowError)) return Value();
  int strict = 1;
  if (nargs > 2 && (strict = truth(args[2])) < 0) return Value();
  if (!str_check(args[0])) return not_a_string(args[0]), Value();
  int64_t next_end = 0;
  Ref text(json::scan_string(args[0], end, strict, &next_end));
  if (!text) return Value();
  Ref index(int_from_i64(next_end));
  return index ? tuple_pack({text.get(), index.get()}) : Value();
}

// Appends the escape of c (a control character, quote or backslash, or
// with `ascii` anything outside printable ASCII) to out.
void escape(char32_t c, std::u32string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('\\');
  switch (c) {
    case '\\': out->push_back('\\'); return;
    case '"': out->push_back('"'); return;
    case '\b': out->push_back('b'); return;
    case '\f': out->push_back('f'); return;
    case '\n': out->push_back('n'); return;
    case '\r': out->push_back('r'); return;
    case '\t': out->push_back('t'); return;
  }
  if (c >= 0x10000) {
    char32_t v = c - 0x10000;
    char32_t high = 0xd800 | (v >> 10), low = 0xdc00 | (v & 0x3ff);
    out->push_back('u');
    for (int shift = 12; shift >= 0; shift -= 4) out->push_back(char32_t(kHex[(high >> shift) & 0xf]));
    out->append(U"\\");
    c = low;
  }
  out->push_back('u');
  for (int shift = 12; shift >= 0; shift -= 4) out->push_back(char32_t(kHex[(c >> shift) & 0xf]));
}

Value encode(Value v, bool ascii) {
  if (!str_check(v)) return not_a_string(v), Value();
  std::u32string out;
  json::append_quoted(v.as<Str>(), ascii, &out);
  return str_from_codepoints(out.data(), out.size());
}

Value json_encode_basestring(Value, const Value* args, size_t, Value) { return encode(args[0], false); }
Value json_encode_basestring_ascii(Value, const Value* args, size_t, Value) { return encode(args[0], true); }

}  // namespace

void json::append_quoted(const Str* s, bool ascii, std::u32string* out) {
  out->reserve(out->size() + size_t(s->length) + 2);
  out->push_back('"');
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    bool plain = ascii ? (c >= ' ' && c <= '~' && c != '\\' && c != '"') : (c >= ' ' && c != '\\' && c != '"');
    if (plain) {
      out->push_back(c);
    } else {
      escape(c, out);
    }
  }
  out->push_back('"');
}

namespace {

const MethodDef kJsonFunctions[] = {
    {"scanstring", json_scanstring, 2, 3},
    {"encode_basestring", json_encode_basestring, 1, 1},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

int json::native_escaper(Value fn) {
  if (type_of(fn) != &builtin_function_type) return -1;
  NativeFn f = fn.as<BuiltinFunction>()->def->fn;
  return f == json_encode_basestring_ascii ? 1 : f == json_encode_basestring ? 0 : -1;
}

Module* make_json() {
  if (!json::scanner_type.mro) {
    json::init_scanner_type();
    json::init_encoder_type();
    if (!type_ready(&json::scanner_type) || !type_ready(&json::encoder_type)) return nullptr;
  }
  Module* m = module_new("_json");
  if (!m) return nullptr;
  if (!add_functions(m, kJsonFunctions) || !add_value(m, "make_scanner", newref(Value(&json::scanner_type))) ||
      !add_value(m, "make_encoder", newref(Value(&json::encoder_type)))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
