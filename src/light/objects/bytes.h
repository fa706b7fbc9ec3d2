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
  std::string_view view() const { return {data, size_t(size)}; }
};

inline bool bytes_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kBytesSubclass); }

[[nodiscard]] Value bytes_from(std::string_view data);
[[nodiscard]] Value bytearray_from(std::string_view data);

}  // namespace pytier::light
