#include "light/num/hash.h"

#include <cstring>

namespace pytier::light::num {

namespace {

constexpr uint64_t XXPRIME_1 = 11400714785074694791ULL;
constexpr uint64_t XXPRIME_2 = 14029467366897019727ULL;
constexpr uint64_t XXPRIME_5 = 2870177450012600261ULL;

uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

uint64_t mix(uint64_t a, uint64_t b) {
  unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

}  // namespace

void TupleHasher::add(int64_t item_hash) {
  acc_ += static_cast<uint64_t>(item_hash) * XXPRIME_2;
  acc_ = rotl(acc_, 31);
  acc_ *= XXPRIME_1;
}

int64_t TupleHasher::finish(size_t length) const {
  // The length is mixed in so that hash(()) keeps its historical value.
  uint64_t acc = acc_ + (length ^ (XXPRIME_5 ^ 3527539ULL));
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

int64_t tuple_hash(const int64_t* item_hashes, size_t count) {
  TupleHasher h;
  for (size_t i = 0; i < count; ++i) h.add(item_hashes[i]);
  return h.finish(count);
}

int64_t frozenset_hash(const int64_t* item_hashes, size_t count) {
  uint64_t hash = 0;
  for (size_t i = 0; i < count; ++i) hash ^= shuffle_bits(static_cast<uint64_t>(item_hashes[i]));
  hash ^= (static_cast<uint64_t>(count) + 1) * 1927868237ULL;
  // Disperse the patterns nested frozensets would otherwise produce.
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  return static_cast<int64_t>(hash);
}

// 8 bytes per step, each folded in with a 64x64->128 multiply (as wyhash).
int64_t bytes_hash(std::string_view bytes) {
  const char* p = bytes.data();
  size_t n = bytes.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
  for (; n >= 8; p += 8, n -= 8) h = mix(h ^ load64(p), 0xA0761D6478BD642FULL);
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = mix(h ^ tail, 0xE7037ED1A0B428DBULL);
  h = mix(h, 0x8EBC6AF09C88C6E3ULL);
  if (h == static_cast<uint64_t>(-1)) h = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(h);
}

}  // namespace pytier::light::num
