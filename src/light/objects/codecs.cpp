#include "light/objects/codecs.h"

#include <cctype>
#include <cstdio>
#include <string>

#include "light/objects/bytes.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/str.h"
#include "light/runtime/error.h"
#include "light/unicode/utf8.h"

namespace pytier::light {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };

struct Alias {
  const char* name;  // normalized: lower case, '-' for '_' and ' '
  Codec codec;
};

// The encoding as the caller named it. CPython reaches the names it knows
// directly; the others go through its codec registry, which rewords a
// LookupError from an unknown error handler.
struct Request {
  std::string_view encoding;
  std::string_view errors;
  bool direct;
  const char* verb;  // "encoding" or "decoding"
};

constexpr Alias kAliases[] = {
    {"utf-8", Codec::Utf8},         {"utf8", Codec::Utf8},           {"u8", Codec::Utf8},
    {"utf", Codec::Utf8},           {"ascii", Codec::Ascii},         {"us-ascii", Codec::Ascii},
    {"646", Codec::Ascii},          {"latin-1", Codec::Latin1},      {"latin1", Codec::Latin1},
    {"latin", Codec::Latin1},       {"l1", Codec::Latin1},           {"iso-8859-1", Codec::Latin1},
    {"iso8859-1", Codec::Latin1},   {"8859", Codec::Latin1},         {"cp819", Codec::Latin1},
    {"utf-16", Codec::Utf16},       {"utf16", Codec::Utf16},         {"u16", Codec::Utf16},
    {"utf-16-le", Codec::Utf16Le},  {"utf-16le", Codec::Utf16Le},    {"utf-16-be", Codec::Utf16Be},
    {"utf-16be", Codec::Utf16Be},   {"utf-32", Codec::Utf32},        {"utf32", Codec::Utf32},
    {"u32", Codec::Utf32},          {"utf-32-le", Codec::Utf32Le},   {"utf-32le", Codec::Utf32Le},
    {"utf-32-be", Codec::Utf32Be},  {"utf-32be", Codec::Utf32Be},
};

// The name a codec gives itself in error messages.
const char* codec_name(Codec c) {
  static const char* const kNames[] = {"utf-8",  "ascii",     "latin-1",   "utf-16",   "utf-16-le",
                                       "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};
  return kNames[int(c)];
}

bool find_codec(Request* r, Codec* out) {
  std::string key;
  for (char c : r->encoding) key += (c == '_' || c == ' ') ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
  for (const Alias& a : kAliases) {
    if (key == a.name) {
      *out = a.codec;
      static const char* const kDirect[] = {"utf-8",  "utf8",       "utf-16",    "utf16", "utf-32",
                                            "utf32",  "latin-1",    "latin1",    "iso-8859-1",
                                            "iso8859-1", "ascii",   "us-ascii"};
      r->direct = false;
      for (const char* d : kDirect) r->direct = r->direct || key == d;
      return true;
    }
  }
  raise_fmt(&exc::LookupError, "unknown encoding: %s", std::string(r->encoding).c_str());
  return false;
}

bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
int unit_size(Codec c) { return c >= Codec::Utf32 ? 4 : c >= Codec::Utf16 ? 2 : 1; }
bool big_endian(Codec c) { return c == Codec::Utf16Be || c == Codec::Utf32Be; }

// Raises type(object, ...) for the failing range [start, end).
Value raise_unicode_error(Type* type, Codec codec, Value object, size_t start, size_t end, const char* reason) {
  Ref name(str_from_ascii(codec_name(codec)));
  Ref from(int_from_i64(int64_t(start)));
  Ref to(int_from_i64(int64_t(end)));
  Ref why(str_from_ascii(reason));
  if (!name || !from || !to || !why) return Value();
  Value args[5] = {name.get(), object, from.get(), to.get(), why.get()};
  Ref e(exception_new(type, args, 5));
  if (!e) return Value();
  return raise(e.get());
}

Value unknown_handler(const Request& r) {
  std::string errors(r.errors);
  if (r.direct) return raise_fmt(&exc::LookupError, "unknown error handler name '%s'", errors.c_str());
  return raise_fmt(&exc::LookupError, "%s with '%s' codec failed (LookupError: unknown error handler name '%s')", r.verb,
                   std::string(r.encoding).c_str(), errors.c_str());
}

// ---- encoding

void put_unit(std::string& out, uint32_t unit, int size, bool big) {
  for (int k = 0; k < size; ++k) out += char(unit >> (8 * (big ? size - 1 - k : k)));
}

// Appends c as `codec` writes it (c is known to be encodable, or a surrogate
// that surrogatepass lets through).
void put(std::string& out, Codec codec, char32_t c) {
  switch (unit_size(codec)) {
    case 1:
      if (codec == Codec::Utf8) unicode::append_utf8(out, c);
      else out += char(c);
      return;
    case 2:
      if (c >= 0x10000) {
        put_unit(out, 0xD800 + ((c - 0x10000) >> 10), 2, big_endian(codec));
        put_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big_endian(codec));
      } else {
        put_unit(out, c, 2, big_endian(codec));
      }
      return;
    default:
      put_unit(out, c, 4, big_endian(codec));
  }
}

bool encodable(Codec codec, char32_t c) {
  if (codec == Codec::Ascii) return c < 0x80;
  if (codec == Codec::Latin1) return c < 0x100;
  return !is_surrogate(c);
}

void put_ascii(std::string& out, Codec codec, const char* text) {
  for (; *text; ++text) put(out, codec, char32_t(*text));
}

// Handles the unencodable run [start, end), writing replacements as `writer`
// (codec with its byte order settled): false with the error raised.
bool encode_error(std::string& out, Codec codec, Codec writer, Value str, size_t start, size_t end,
                  const Request& r) {
  std::string_view errors = r.errors;
  Str* s = str.as<Str>();
  if (errors == "ignore") return true;
  char buf[16];
  if (errors == "replace" || errors == "backslashreplace" || errors == "xmlcharrefreplace") {
    for (size_t i = start; i < end; ++i) {
      unsigned c = unsigned(s->at(int64_t(i)));
      if (errors == "replace") std::snprintf(buf, sizeof buf, "?");
      else if (errors == "xmlcharrefreplace") std::snprintf(buf, sizeof buf, "&#%u;", c);
      else std::snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
      put_ascii(out, writer, buf);
    }
    return true;
  }
  bool eight_bit = unit_size(codec) == 1;
  if (errors == "surrogateescape" && eight_bit) {
    std::string bytes;
    for (size_t i = start; i < end; ++i) {
      char32_t c = s->at(int64_t(i));
      if (c < 0xDC80 || c > 0xDCFF) break;
      bytes += char(c - 0xDC00);
    }
    if (bytes.size() == end - start) {
      out += bytes;
      return true;
    }
  } else if (errors == "surrogatepass" && codec != Codec::Ascii && codec != Codec::Latin1) {
    for (size_t i = start; i < end; ++i) put(out, writer, s->at(int64_t(i)));
    return true;
  } else if (errors != "strict" && errors != "surrogateescape" && errors != "surrogatepass") {
    unknown_handler(r);
    return false;
  }
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  raise_unicode_error(&exc::UnicodeEncodeError, codec, str, start, end, reason);
  return false;
}

// ---- decoding

// One decoding step at data[i]: a code point and its length in bytes, or
// (with `reason` set) the length of the undecodable range.
struct Step {
  char32_t c;
  size_t length;
  const char* reason;
};

Step utf8_step(std::string_view d, size_t i) {
  unsigned char b = d[i];
  if (b < 0x80) return {b, 1, nullptr};
  int need;
  char32_t c;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the next byte
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1, c = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2, c = b & 0x0F;
    if (b == 0xE0) lo = 0xA0;  // no overlong forms
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3, c = b & 0x07;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    return {0, 1, "invalid start byte"};
  }
  for (int k = 1; k <= need; ++k) {
    if (i + size_t(k) >= d.size()) return {0, d.size() - i, "unexpected end of data"};
    unsigned char x = d[i + size_t(k)];
    if (x < lo || x > hi) return {0, size_t(k), "invalid continuation byte"};
    lo = 0x80, hi = 0xBF;
    c = (c << 6) | (x & 0x3F);
  }
  return {c, size_t(need) + 1, nullptr};
}

uint32_t unit_at(std::string_view d, size_t i, int size, bool big) {
  uint32_t u = 0;
  for (int k = 0; k < size; ++k) {
    uint32_t byte = static_cast<unsigned char>(d[i + size_t(k)]);
    u |= byte << (8 * (big ? size - 1 - k : k));
  }
  return u;
}

Step utf16_step(std::string_view d, size_t i, bool big) {
  if (i + 2 > d.size()) return {0, d.size() - i, "truncated data"};
  char32_t u = unit_at(d, i, 2, big);
  if (!is_surrogate(u)) return {u, 2, nullptr};
  if (u >= 0xDC00) return {0, 2, "illegal encoding"};
  if (i + 4 > d.size()) return {0, d.size() - i, "unexpected end of data"};
  char32_t low = unit_at(d, i + 2, 2, big);
  if (low < 0xDC00 || low > 0xDFFF) return {0, 2, "illegal UTF-16 surrogate"};
  return {0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), 4, nullptr};
}

Step utf32_step(std::string_view d, size_t i, bool big) {
  if (i + 4 > d.size()) return {0, d.size() - i, "truncated data"};
  char32_t c = unit_at(d, i, 4, big);
  if (c > 0x10FFFF) return {0, 4, "code point not in range(0x110000)"};
  if (is_surrogate(c)) return {0, 4, "code point in surrogate code point range(0xd800, 0xe000)"};
  return {c, 4, nullptr};
}

// A BOM picks the byte order of "utf-16"/"utf-32" (little-endian without one).
Codec with_byte_order(Codec codec, std::string_view d, size_t* skip) {
  bool wide = codec == Codec::Utf32;
  std::string_view le = wide ? std::string_view("\xff\xfe\0\0", 4) : "\xff\xfe";
  std::string_view be = wide ? std::string_view("\0\0\xfe\xff", 4) : "\xfe\xff";
  *skip = 0;
  if (d.substr(0, le.size()) == le) *skip = le.size();
  if (d.substr(0, be.size()) == be) {
    *skip = be.size();
    return wide ? Codec::Utf32Be : Codec::Utf16Be;
  }
  return wide ? Codec::Utf32Le : Codec::Utf16Le;
}

// Handles the undecodable range [start, end) and sets where decoding resumes:
// false with the error raised.
bool decode_error(std::u32string& out, Codec codec, std::string_view d, size_t start, size_t end, const char* reason,
                  const Request& r, size_t* resume) {
  std::string_view errors = r.errors;
  *resume = end;
  if (errors == "ignore") return true;
  if (errors == "replace") {
    out += char32_t(0xFFFD);
    return true;
  }
  if (errors == "backslashreplace") {
    char buf[8];
    for (size_t i = start; i < end; ++i) {
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(static_cast<unsigned char>(d[i])));
      for (char* p = buf; *p; ++p) out += char32_t(*p);
    }
    return true;
  }
  if (errors == "surrogateescape") {
    // Escapes the leading bytes it can (not ASCII) and decodes on after them.
    size_t i = start;
    for (; i < end && static_cast<unsigned char>(d[i]) >= 0x80; ++i) out += char32_t(0xDC00 + static_cast<unsigned char>(d[i]));
    if (i > start) {
      *resume = i;
      return true;
    }
  } else if (errors != "strict" && errors != "surrogatepass") {
    unknown_handler(r);
    return false;
  }
  Ref object(bytes_from(d));
  if (object) raise_unicode_error(&exc::UnicodeDecodeError, codec, object.get(), start, end, reason);
  return false;
}

}  // namespace

Value codec_encode(Value str, std::string_view encoding, std::string_view errors) {
  Request request{encoding, errors, true, "encoding"};
  Codec codec;
  if (!find_codec(&request, &codec)) return Value();
  Str* s = str.as<Str>();
  std::string out;
  if (codec == Codec::Utf16) out = "\xff\xfe";
  if (codec == Codec::Utf32) out = std::string("\xff\xfe\0\0", 4);
  Codec writer = codec == Codec::Utf16 ? Codec::Utf16Le : codec == Codec::Utf32 ? Codec::Utf32Le : codec;
  // Byte-wide codecs report a run of unencodable characters at once, as CPython's.
  bool runs = unit_size(codec) == 1;
  size_t n = size_t(s->length);
  for (size_t i = 0; i < n;) {
    char32_t c = s->at(int64_t(i));
    if (encodable(codec, c)) {
      put(out, writer, c);
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (runs && end < n && !encodable(codec, s->at(int64_t(end)))) ++end;
    if (!encode_error(out, codec, writer, str, i, end, request)) return Value();
    i = end;
  }
  return bytes_from(out);
}

Value codec_decode(std::string_view d, std::string_view encoding, std::string_view errors) {
  Request request{encoding, errors, true, "decoding"};
  Codec codec;
  if (!find_codec(&request, &codec)) return Value();
  size_t i = 0;
  Codec reader = codec;
  if (codec == Codec::Utf16 || codec == Codec::Utf32) reader = with_byte_order(codec, d, &i);
  std::u32string out;
  while (i < d.size()) {
    Step step;
    unsigned char b = d[i];
    switch (reader) {
      case Codec::Utf8: step = utf8_step(d, i); break;
      case Codec::Ascii: step = b < 0x80 ? Step{b, 1, nullptr} : Step{0, 1, "ordinal not in range(128)"}; break;
      case Codec::Latin1: step = {b, 1, nullptr}; break;
      case Codec::Utf16Le:
      case Codec::Utf16Be: step = utf16_step(d, i, big_endian(reader)); break;
      default: step = utf32_step(d, i, big_endian(reader)); break;
    }
    if (step.reason) {
      if (!decode_error(out, reader, d, i, i + step.length, step.reason, request, &i)) return Value();
    } else {
      out += step.c;
      i += step.length;
    }
  }
  return str_from_codepoints(out.data(), out.size());
}

}  // namespace pytier::light
