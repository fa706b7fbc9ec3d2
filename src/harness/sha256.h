#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pytier {

// SHA-256 (FIPS 180-4), fed in pieces: the harness hashes a child's stdout as
// it arrives, without keeping all of it.
class Sha256 {
 public:
  void update(std::string_view data);
  // 64 lowercase hex digits, the form `sha256sum` prints. Ends the hash.
  std::string hex_digest();

 private:
  void compress(const unsigned char* block);

  std::array<uint32_t, 8> state_ = {
      // First 32 bits of the fractional parts of the square roots of the first 8 primes.
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };
  unsigned char block_[64];
  size_t block_len_ = 0;
  uint64_t total_len_ = 0;
};

// SHA-256 of `data` as 64 lowercase hex digits, the form corpus/idioms/EXPECTED.sha256 stores.
std::string sha256_hex(std::string_view data);

}  // namespace pytier
