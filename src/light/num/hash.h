// Hashes CPython's observable behaviour depends on (set and dict order):
// numbers modulo 2**61 - 1 (see BigInt::hash, float_hash), tuples and
// frozensets from their items' hashes; and a deterministic str/bytes hash
// (CPython randomizes that one, so any good hash will do).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pytier::light::num {

// hash(n) for an int that fits in 64 bits.
inline int64_t int64_hash(int64_t v) {
  constexpr int64_t MODULUS = (int64_t{1} << 61) - 1;
  int64_t h = v % MODULUS;  // C++ keeps the sign of v, as CPython's hash does
  return h == -1 ? -2 : h;
}

// CPython 3.8+'s tuple hash (after xxHash): feed each item's hash, then finish.
class TupleHasher {
 public:
  void add(int64_t item_hash);
  int64_t finish(size_t length) const;

 private:
  uint64_t acc_ = 2870177450012600261ULL;
};

int64_t tuple_hash(const int64_t* item_hashes, size_t count);
// The hash of a frozenset does not depend on the order of its items.
int64_t frozenset_hash(const int64_t* item_hashes, size_t count);

int64_t bytes_hash(std::string_view bytes);  // also str, on its UTF-8 bytes

}  // namespace pytier::light::num
