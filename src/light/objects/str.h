#pragma once
// str: immutable code points stored at a fixed width chosen by the widest
// one (1 byte for Latin-1, 2 for the BMP, 4 otherwise, as PEP 393), so that
// indexing is O(1). A str is always stored at its narrowest width, so two
// equal strs have equal bytes. The hash is computed once and cached.
// Identifiers are interned: one immortal object per distinct name, compared
// by identity in the fast paths.

#include <cstdint>
#include <string>
#include <string_view>

#include "light/objects/object.h"

namespace pytier::light {

extern Type str_type;

struct Str : Object {
  int64_t length;  // in code points
  int64_t hash;    // -1: not computed yet
  uint8_t kind;    // bytes per code point: 1, 2 or 4
  bool ascii;      // every code point < 128 (then the data is also UTF-8)
  bool interned;
  // `length * kind` bytes of code points follow, then a zero code point.

  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  char32_t at(int64_t i) const {
    switch (kind) {
      case 1: return data()[i];
      case 2: return reinterpret_cast<const uint16_t*>(data())[i];
      default: return reinterpret_cast<const uint32_t*>(data())[i];
    }
  }
  // The text when ascii.
  std::string_view ascii_view() const { return {reinterpret_cast<const char*>(data()), size_t(length)}; }
};

inline bool str_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kStrSubclass); }
inline bool str_check_exact(Value v) { return !v.is_small() && v.object()->type == &str_type; }

// From UTF-8; lone surrogates encoded as 3-byte sequences (WTF-8) are
// accepted. Invalid input gives a str with U+FFFD (use str_decode_utf8 for
// strict decoding).
[[nodiscard]] Value str_from_utf8(std::string_view utf8);
[[nodiscard]] Value str_from_ascii(std::string_view ascii);
[[nodiscard]] Value str_from_codepoints(const char32_t* cps, size_t n);
[[nodiscard]] Value str_from_char(char32_t c);
// Raises UnicodeEncodeError(encoding, text, start, end, reason) for the run
// of characters that cannot be encoded from `start`; returns null.
Value raise_encode_error(const char* encoding, Value text, int64_t start, const char* reason,
                         bool (*unencodable)(char32_t));
// An interned, immortal str (for names and constants the compiler reuses).
Value str_intern(std::string_view utf8);
// Interns an existing str: returns the interned equal str (new reference)
// and releases `s`.
Value str_intern_steal(Value s);

// The text as UTF-8; lone surrogates become WTF-8 sequences.
std::string str_to_utf8(Value s);
// For ASCII strs a view of the data, else encoded into `buf`.
std::string_view str_utf8_view(Value s, std::string* buf);
int64_t str_hash_compute(Value s);
inline int64_t str_hash(Value s) {
  int64_t h = s.as<Str>()->hash;
  return h != -1 ? h : str_hash_compute(s);
}
bool str_equal(Value a, Value b);  // both strs
// -1, 0, 1 by code points.
int str_compare(Value a, Value b);
[[nodiscard]] Value str_concat(Value a, Value b);
// repr(s) as CPython writes it (quotes chosen as CPython does).
[[nodiscard]] Value str_repr(Value s);

}  // namespace pytier::light
