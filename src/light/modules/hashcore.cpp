// The _hashcore module: the block functions of MD5 (RFC 1321), SHA-1 and
// SHA-2 (FIPS 180-4), and the Keccak sponge of SHA-3 and SHAKE (FIPS 202).
// hashlib.py keeps the partial block and the padding; here a state is bytes
// in the digest's own byte order, so that the final state, cut to the digest
// size, is the digest (SHAKE squeezes longer outputs out of it).
//
//   initial(name) -> state          compress(name, state, blocks) -> state
//   squeeze(name, state, length) -> the first length bytes of the sponge's output
//
// BLAKE2 (RFC 7693) counts bytes and flags its last block, so it has its own
// entry: its state is h then the byte counter, little-endian.
//
//   blake2_iv(name) -> the IV, which the parameter block is XORed into
//   blake2(name, state, blocks, last_length, last_node) -> state
//     last_length < 0: blocks are whole and more follow; else blocks is the
//     final block, zero-padded, of which last_length bytes are message

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "light/modules/registry.h"
#include "light/num/bigint.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/abstract.h"
#include "light/objects/int.h"
#include "light/objects/str.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

enum class Family { Md5, Sha1, Sha256, Sha512, Keccak };

struct Algorithm {
  const char* name;
  Family family;
  size_t state_bytes;
  size_t block_bytes;
};

const Algorithm kAlgorithms[] = {
    {"md5", Family::Md5, 16, 64},         {"sha1", Family::Sha1, 20, 64},
    {"sha224", Family::Sha256, 32, 64},   {"sha256", Family::Sha256, 32, 64},
    {"sha384", Family::Sha512, 64, 128},  {"sha512", Family::Sha512, 64, 128},
    // Keccak's block is its rate: 1600 bits less twice the security level.
    {"sha3_224", Family::Keccak, 200, 144}, {"sha3_256", Family::Keccak, 200, 136},
    {"sha3_384", Family::Keccak, 200, 104}, {"sha3_512", Family::Keccak, 200, 72},
    {"shake_128", Family::Keccak, 200, 168}, {"shake_256", Family::Keccak, 200, 136},
};

template <class W>
W rotr(W x, int n) {
  return (x >> n) | (x << (sizeof(W) * 8 - n));
}
template <class W>
W rotl(W x, int n) {
  return (x << n) | (x >> (sizeof(W) * 8 - n));
}

template <class W>
W load_be(const unsigned char* p) {
  W w = 0;
  for (size_t i = 0; i < sizeof(W); ++i) w = (w << 8) | p[i];
  return w;
}
template <class W>
void store_be(W w, unsigned char* p) {
  for (size_t i = sizeof(W); i-- > 0; w >>= 8) p[i] = static_cast<unsigned char>(w);
}
uint32_t load_le32(const unsigned char* p) {
  return p[0] | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
void store_le32(uint32_t w, unsigned char* p) {
  for (int i = 0; i < 4; ++i, w >>= 8) p[i] = static_cast<unsigned char>(w);
}

// The spec's constants are the leading fraction bits of roots of primes:
// computed exactly, once, rather than typed in.
struct Constants {
  uint64_t cube_roots[80];   // SHA-2 round constants (SHA-256 takes the top halves)
  uint64_t square_roots[16];  // SHA-2 initial values: primes 1-8, then 9-16
  uint32_t md5_sines[64];
};

int nth_prime(int n) {
  int found = 0;
  for (int k = 2;; ++k) {
    bool prime = true;
    for (int d = 2; d * d <= k; ++d) prime = prime && k % d;
    if (prime && ++found == n) return k;
  }
}

// The 64 bits after the point of p ** (1/degree), for degree 2 or 3.
uint64_t root_fraction(int p, int degree) {
  num::BigInt scaled = num::BigInt(p) << uint64_t(64 * degree);
  num::BigInt root(0);
  for (int bit = 72; bit >= 0; --bit) {
    num::BigInt trial = root | (num::BigInt(1) << uint64_t(bit));
    num::BigInt power = degree == 2 ? trial * trial : trial * trial * trial;
    if (power <= scaled) root = trial;
  }
  auto limbs = root.limbs();
  return uint64_t(limbs[0]) | uint64_t(limbs.size() > 1 ? limbs[1] : 0) << 32;
}

const Constants& constants() {
  static Constants c;
  static bool ready = false;
  if (!ready) {
    for (int i = 0; i < 80; ++i) c.cube_roots[i] = root_fraction(nth_prime(i + 1), 3);
    for (int i = 0; i < 16; ++i) c.square_roots[i] = root_fraction(nth_prime(i + 1), 2);
    for (int i = 0; i < 64; ++i) c.md5_sines[i] = uint32_t(std::fabs(std::sin(double(i + 1))) * 4294967296.0);
    ready = true;
  }
  return c;
}

void md5_block(uint32_t h[4], const unsigned char* block) {
  static const int kShifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
  const uint32_t* sines = constants().md5_sines;
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le32(block + 4 * i);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; ++i) {
    int round = i / 16;
    uint32_t mix;
    int word;
    switch (round) {
      case 0: mix = (b & c) | (~b & d); word = i; break;
      case 1: mix = (d & b) | (~d & c); word = (5 * i + 1) % 16; break;
      case 2: mix = b ^ c ^ d; word = (3 * i + 5) % 16; break;
      default: mix = c ^ (b | ~d); word = (7 * i) % 16; break;
    }
    uint32_t next = b + rotl(a + mix + sines[i] + m[word], kShifts[round][i % 4]);
    a = d;
    d = c;
    c = b;
    b = next;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

void sha1_block(uint32_t h[5], const unsigned char* block) {
  uint32_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be<uint32_t>(block + 4 * t);
  for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int t = 0; t < 80; ++t) {
    uint32_t f, k;
    if (t < 20) f = (b & c) ^ (~b & d), k = 0x5a827999;
    else if (t < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
    else if (t < 60) f = (b & c) ^ (b & d) ^ (c & d), k = 0x8f1bbcdc;
    else f = b ^ c ^ d, k = 0xca62c1d6;
    uint32_t next = rotl(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = next;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

// SHA-256 and SHA-512 differ in word size, round count and rotation amounts.
template <class W>
struct Sha2Shape;
template <>
struct Sha2Shape<uint32_t> {
  static constexpr int kRounds = 64;
  static constexpr int kBig0[3] = {2, 13, 22}, kBig1[3] = {6, 11, 25};
  static constexpr int kSmall0[3] = {7, 18, 3}, kSmall1[3] = {17, 19, 10};
  static uint32_t k(int t) { return uint32_t(constants().cube_roots[t] >> 32); }
};
template <>
struct Sha2Shape<uint64_t> {
  static constexpr int kRounds = 80;
  static constexpr int kBig0[3] = {28, 34, 39}, kBig1[3] = {14, 18, 41};
  static constexpr int kSmall0[3] = {1, 8, 7}, kSmall1[3] = {19, 61, 6};
  static uint64_t k(int t) { return constants().cube_roots[t]; }
};

template <class W>
void sha2_block(W h[8], const unsigned char* block) {
  using S = Sha2Shape<W>;
  W w[S::kRounds];
  for (int t = 0; t < 16; ++t) w[t] = load_be<W>(block + sizeof(W) * t);
  for (int t = 16; t < S::kRounds; ++t) {
    W x = w[t - 15], y = w[t - 2];
    W s0 = rotr(x, S::kSmall0[0]) ^ rotr(x, S::kSmall0[1]) ^ (x >> S::kSmall0[2]);
    W s1 = rotr(y, S::kSmall1[0]) ^ rotr(y, S::kSmall1[1]) ^ (y >> S::kSmall1[2]);
    w[t] = s1 + w[t - 7] + s0 + w[t - 16];
  }
  W v[8];
  std::memcpy(v, h, sizeof v);
  for (int t = 0; t < S::kRounds; ++t) {
    W a = v[0], e = v[4];
    W sum1 = rotr(e, S::kBig1[0]) ^ rotr(e, S::kBig1[1]) ^ rotr(e, S::kBig1[2]);
    W choose = (e & v[5]) ^ (~e & v[6]);
    W t1 = v[7] + sum1 + choose + S::k(t) + w[t];
    W sum0 = rotr(a, S::kBig0[0]) ^ rotr(a, S::kBig0[1]) ^ rotr(a, S::kBig0[2]);
    W majority = (a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]);
    std::memmove(v + 1, v, 7 * sizeof(W));
    v[4] += t1;
    v[0] = t1 + sum0 + majority;
  }
  for (int i = 0; i < 8; ++i) h[i] += v[i];
}

// Keccak-f[1600]'s rotation offsets and round constants, derived as FIPS 202
// defines them (the walk (x, y) -> (y, 2x + 3y) and the rc(t) LFSR).
struct KeccakConstants {
  int rotations[25] = {};
  uint64_t round_constants[24] = {};
};

bool lfsr_bit(int t) {
  if (t % 255 == 0) return true;
  unsigned r = 1;  // bit i of r is R[i]
  for (int i = 1; i <= t % 255; ++i) {
    r <<= 1;
    if (r & 0x100) r ^= 0x171;  // R[0], R[4], R[5], R[6] ^= R[8], then drop R[8]
  }
  return r & 1;
}

const KeccakConstants& keccak_constants() {
  static KeccakConstants k;
  static bool ready = false;
  if (!ready) {
    int x = 1, y = 0;
    for (int t = 0; t < 24; ++t) {
      k.rotations[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
      int next_y = (2 * x + 3 * y) % 5;
      x = y;
      y = next_y;
    }
    for (int round = 0; round < 24; ++round)
      for (int j = 0; j <= 6; ++j)
        if (lfsr_bit(j + 7 * round)) k.round_constants[round] |= uint64_t(1) << ((1 << j) - 1);
    ready = true;
  }
  return k;
}

void keccak_permute(uint64_t a[25]) {
  const KeccakConstants& k = keccak_constants();
  for (int round = 0; round < 24; ++round) {
    uint64_t c[5], b[25];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) {
      uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (int y = 0; y < 5; ++y) a[x + 5 * y] ^= d;
    }
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y) {
        int r = k.rotations[x + 5 * y];
        b[y + 5 * ((2 * x + 3 * y) % 5)] = r ? rotl(a[x + 5 * y], r) : a[x + 5 * y];
      }
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y)
        a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
    a[0] ^= k.round_constants[round];
  }
}

void keccak_load(std::string_view bytes, uint64_t lanes[25]) {
  auto p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (int i = 0; i < 25; ++i) {
    lanes[i] = 0;
    for (int b = 7; b >= 0; --b) lanes[i] = (lanes[i] << 8) | p[8 * i + b];
  }
}

void keccak_store(const uint64_t lanes[25], unsigned char out[200]) {
  for (int i = 0; i < 25; ++i)
    for (int b = 0; b < 8; ++b) out[8 * i + b] = static_cast<unsigned char>(lanes[i] >> (8 * b));
}

const Algorithm* find_algorithm(Value name) {
  std::string buf;
  if (!str_check(name)) {
    raise_fmt(&exc::TypeError, "algorithm name must be str, not %T", name);
    return nullptr;
  }
  std::string_view text = str_utf8_view(name, &buf);
  for (const Algorithm& a : kAlgorithms)
    if (text == a.name) return &a;
  raise_fmt(&exc::ValueError, "unsupported hash type %U", name);
  return nullptr;
}

// The state as words (n of them) from bytes in the digest's byte order, and back.
template <class W>
void words_from(std::string_view bytes, W* words, size_t n, bool little) {
  auto p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (size_t i = 0; i < n; ++i) {
    if constexpr (sizeof(W) == 4) words[i] = little ? load_le32(p + 4 * i) : load_be<W>(p + 4 * i);
    else words[i] = load_be<W>(p + sizeof(W) * i);
  }
}
template <class W>
Value bytes_of(const W* words, size_t n, bool little) {
  unsigned char out[64];
  for (size_t i = 0; i < n; ++i) {
    if constexpr (sizeof(W) == 4) {
      if (little) store_le32(words[i], out + 4 * i);
      else store_be(words[i], out + 4 * i);
    } else {
      store_be(words[i], out + sizeof(W) * i);
    }
  }
  return bytes_from({reinterpret_cast<const char*>(out), n * sizeof(W)});
}

Value hashcore_initial(Value, const Value* args, size_t, Value) {
  const Algorithm* a = find_algorithm(args[0]);
  if (!a) return Value();
  if (a->family == Family::Keccak) return bytes_from(std::string(200, '\0'));
  const Constants& c = constants();
  std::string_view name = a->name;
  if (a->family == Family::Md5 || a->family == Family::Sha1) {
    const uint32_t start[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    return bytes_of(start, a->state_bytes / 4, a->family == Family::Md5);
  }
  // SHA-224 and SHA-384 start from the roots of primes 9-16 (SHA-224 the
  // low halves), SHA-256 and SHA-512 from those of primes 1-8.
  bool second = name == "sha224" || name == "sha384";
  const uint64_t* roots = c.square_roots + (second ? 8 : 0);
  if (a->family == Family::Sha512) return bytes_of(roots, 8, false);
  uint32_t start[8];
  for (int i = 0; i < 8; ++i) start[i] = uint32_t(name == "sha224" ? roots[i] : roots[i] >> 32);
  return bytes_of(start, 8, false);
}

Value hashcore_compress(Value, const Value* args, size_t, Value) {
  const Algorithm* a = find_algorithm(args[0]);
  if (!a) return Value();
  if (!bytes_check(args[1]) || !bytes_check(args[2]))
    return raise_str(&exc::TypeError, "compress() takes bytes for the state and the blocks");
  std::string_view state = args[1].as<Bytes>()->view();
  std::string_view blocks = args[2].as<Bytes>()->view();
  if (state.size() != a->state_bytes || blocks.size() % a->block_bytes)
    return raise_str(&exc::ValueError, "compress() got a state or blocks of the wrong size");
  auto p = reinterpret_cast<const unsigned char*>(blocks.data());
  size_t count = blocks.size() / a->block_bytes;
  switch (a->family) {
    case Family::Md5: {
      uint32_t h[4];
      words_from(state, h, 4, true);
      for (size_t i = 0; i < count; ++i) md5_block(h, p + 64 * i);
      return bytes_of(h, 4, true);
    }
    case Family::Sha1: {
      uint32_t h[5];
      words_from(state, h, 5, false);
      for (size_t i = 0; i < count; ++i) sha1_block(h, p + 64 * i);
      return bytes_of(h, 5, false);
    }
    case Family::Sha256: {
      uint32_t h[8];
      words_from(state, h, 8, false);
      for (size_t i = 0; i < count; ++i) sha2_block(h, p + 64 * i);
      return bytes_of(h, 8, false);
    }
    case Family::Sha512: {
      uint64_t h[8];
      words_from(state, h, 8, false);
      for (size_t i = 0; i < count; ++i) sha2_block(h, p + 128 * i);
      return bytes_of(h, 8, false);
    }
    case Family::Keccak: {
      uint64_t lanes[25];
      keccak_load(state, lanes);
      for (size_t i = 0; i < count; ++i) {
        const unsigned char* block = p + a->block_bytes * i;
        for (size_t lane = 0; lane < a->block_bytes / 8; ++lane)
          for (int b = 0; b < 8; ++b) lanes[lane] ^= uint64_t(block[8 * lane + b]) << (8 * b);
        keccak_permute(lanes);
      }
      unsigned char out[200];
      keccak_store(lanes, out);
      return bytes_from({reinterpret_cast<const char*>(out), 200});
    }
  }
  return Value();
}

Value hashcore_squeeze(Value, const Value* args, size_t, Value) {
  const Algorithm* a = find_algorithm(args[0]);
  int64_t length;
  if (!a) return Value();
  if (a->family != Family::Keccak || !bytes_check(args[1]) || args[1].as<Bytes>()->size != 200 ||
      !int_check(args[2]) || !int_to_i64(args[2], &length) || length < 0 || length > (int64_t(1) << 30))
    return raise_str(&exc::ValueError, "squeeze() takes a Keccak state and a length");
  uint64_t lanes[25];
  keccak_load(args[1].as<Bytes>()->view(), lanes);
  std::string out;
  unsigned char block[200];
  while (true) {
    keccak_store(lanes, block);
    size_t take = std::min<size_t>(a->block_bytes, size_t(length) - out.size());
    out.append(reinterpret_cast<const char*>(block), take);
    if (out.size() == size_t(length)) break;
    keccak_permute(lanes);
  }
  return bytes_from(out);
}

// BLAKE2b works on 64-bit words over 12 rounds, BLAKE2s on 32-bit words over 10.
const uint8_t kBlake2Sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

template <class W>
struct Blake2Shape;
template <>
struct Blake2Shape<uint64_t> {
  static constexpr int kRounds = 12;
  static constexpr int kRot[4] = {32, 24, 16, 63};
  static uint64_t iv(int i) { return constants().square_roots[i]; }
};
template <>
struct Blake2Shape<uint32_t> {
  static constexpr int kRounds = 10;
  static constexpr int kRot[4] = {16, 12, 8, 7};
  static uint32_t iv(int i) { return uint32_t(constants().square_roots[i] >> 32); }
};

template <class W>
W load_le(const unsigned char* p) {
  W w = 0;
  for (size_t i = sizeof(W); i-- > 0;) w = (w << 8) | p[i];
  return w;
}
template <class W>
void store_le(W w, unsigned char* p) {
  for (size_t i = 0; i < sizeof(W); ++i, w >>= 8) p[i] = static_cast<unsigned char>(w);
}

template <class W>
void blake2_block(W h[8], W counter[2], const unsigned char* block, size_t counted, bool last, bool last_node) {
  using S = Blake2Shape<W>;
  counter[0] += W(counted);
  if (counter[0] < W(counted)) counter[1] += 1;
  W m[16], v[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le<W>(block + sizeof(W) * i);
  for (int i = 0; i < 8; ++i) v[i] = h[i], v[i + 8] = S::iv(i);
  v[12] ^= counter[0];
  v[13] ^= counter[1];
  if (last) v[14] = ~v[14];
  if (last_node) v[15] = ~v[15];
  auto mix = [&](int a, int b, int c, int d, W x, W y) {
    v[a] += v[b] + x;
    v[d] = rotr(W(v[d] ^ v[a]), S::kRot[0]);
    v[c] += v[d];
    v[b] = rotr(W(v[b] ^ v[c]), S::kRot[1]);
    v[a] += v[b] + y;
    v[d] = rotr(W(v[d] ^ v[a]), S::kRot[2]);
    v[c] += v[d];
    v[b] = rotr(W(v[b] ^ v[c]), S::kRot[3]);
  };
  for (int r = 0; r < S::kRounds; ++r) {
    const uint8_t* s = kBlake2Sigma[r % 10];
    mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
    mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
    mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
    mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
    mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
    mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
    mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
    mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
}

template <class W>
Value blake2_run(std::string_view state, std::string_view blocks, int64_t last_length, bool last_node) {
  constexpr size_t kBlock = 16 * sizeof(W);
  if (state.size() != 10 * sizeof(W) || blocks.size() % kBlock || (last_length >= 0 && blocks.size() != kBlock))
    return raise_str(&exc::ValueError, "blake2() got a state or blocks of the wrong size");
  auto sp = reinterpret_cast<const unsigned char*>(state.data());
  W h[8], counter[2];
  for (int i = 0; i < 8; ++i) h[i] = load_le<W>(sp + sizeof(W) * i);
  for (int i = 0; i < 2; ++i) counter[i] = load_le<W>(sp + sizeof(W) * (8 + i));
  auto p = reinterpret_cast<const unsigned char*>(blocks.data());
  if (last_length >= 0) {
    blake2_block(h, counter, p, size_t(last_length), true, last_node);
  } else {
    for (size_t i = 0; i < blocks.size(); i += kBlock) blake2_block(h, counter, p + i, kBlock, false, false);
  }
  unsigned char out[10 * sizeof(W)];
  for (int i = 0; i < 8; ++i) store_le(h[i], out + sizeof(W) * i);
  for (int i = 0; i < 2; ++i) store_le(counter[i], out + sizeof(W) * (8 + i));
  return bytes_from({reinterpret_cast<const char*>(out), sizeof out});
}

Value hashcore_blake2(Value, const Value* args, size_t, Value) {
  std::string buf;
  int64_t last_length;
  if (!str_check(args[0]) || !bytes_check(args[1]) || !bytes_check(args[2]) || !int_check(args[3]) ||
      !int_to_i64(args[3], &last_length))
    return raise_str(&exc::TypeError, "blake2() takes a name, bytes, bytes and an int");
  int last_node = truth(args[4]);
  if (last_node < 0) return Value();
  std::string_view name = str_utf8_view(args[0], &buf);
  std::string_view state = args[1].as<Bytes>()->view(), blocks = args[2].as<Bytes>()->view();
  if (name == "blake2b") return blake2_run<uint64_t>(state, blocks, last_length, last_node);
  if (name == "blake2s") return blake2_run<uint32_t>(state, blocks, last_length, last_node);
  return raise_fmt(&exc::ValueError, "unsupported hash type %U", args[0]);
}

Value hashcore_blake2_iv(Value, const Value* args, size_t, Value) {
  std::string buf;
  if (!str_check(args[0])) return raise_str(&exc::TypeError, "blake2_iv() takes a name");
  std::string_view name = str_utf8_view(args[0], &buf);
  unsigned char out[64];
  if (name == "blake2b") {
    for (int i = 0; i < 8; ++i) store_le(Blake2Shape<uint64_t>::iv(i), out + 8 * i);
    return bytes_from({reinterpret_cast<const char*>(out), 64});
  }
  if (name == "blake2s") {
    for (int i = 0; i < 8; ++i) store_le(Blake2Shape<uint32_t>::iv(i), out + 4 * i);
    return bytes_from({reinterpret_cast<const char*>(out), 32});
  }
  return raise_fmt(&exc::ValueError, "unsupported hash type %U", args[0]);
}

const MethodDef kHashcoreFunctions[] = {
    {"initial", hashcore_initial, 1, 1},
    {"compress", hashcore_compress, 3, 3},
    {"squeeze", hashcore_squeeze, 3, 3},
    {"blake2", hashcore_blake2, 5, 5},
    {"blake2_iv", hashcore_blake2_iv, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_hashcore() {
  Module* m = module_new("_hashcore");
  if (!m) return nullptr;
  if (!add_functions(m, kHashcoreFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
