#pragma once
// bytes (immutable) and bytearray (mutable).

#include <cstdint>
#include <string_view>

#include "light/objects/object.h"

namespace pytier::light {

extern Type bytes_type;
extern Type bytearray_type;

struct Bytes : Object {
  int64_t size;
  int64_t hash;  // -1: not computed yet
  // `size` bytes follow, then a zero byte.
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), size_t(size)}; }
};

struct ByteArray : Object {
  int64_t size;
  int64_t capacity;
  char* data;
  int64_t exports;  // live memoryviews: while any, the size may not change
  std::string_view view() const { return {data, size_t(size)}; }
};

inline bool bytes_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kBytesSubclass); }

[[nodiscard]] Value bytes_from(std::string_view data);
[[nodiscard]] Value bytearray_from(std::string_view data);

// The bytes of a bytes-like value: bytes, bytearray or a contiguous live
// memoryview. false (no exception) for anything else.
[[nodiscard]] bool bytes_like(Value v, std::string_view* out);
// bytes.hex(sep=, bytes_per_sep=1) over `data` (args as the method's).
[[nodiscard]] Value bytes_hex(std::string_view data, const Value* args, size_t nargs, Value kwnames);
// bytes % args: printf-style formatting (objects/format.cpp).
[[nodiscard]] Value bytes_mod_slot(Value a, Value b);

}  // namespace pytier::light
