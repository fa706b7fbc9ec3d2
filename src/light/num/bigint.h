// Arbitrary-precision signed integers with Python's semantics.
//
// A BigInt is a sign and a magnitude of 32-bit limbs, least significant first,
// with no leading zero limbs; zero has no limbs and is never negative. The VM
// keeps small ints as immediates and comes here on overflow, so values of a
// few limbs are common: those stay inline (see Limbs).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "light/num/limbs.h"

namespace pytier::light::num {

class BigInt {
 public:
  using Limb = Limbs::Limb;

  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: ints convert implicitly, as in Python
  static BigInt from_u64(uint64_t v);
  // From limbs, least significant first (leading zeros allowed).
  static BigInt from_magnitude(std::span<const Limb> mag, bool negative);
  // Plain digits (no sign, prefix or underscores) in base 2..36; false when
  // a character is not a digit of the base or there are none.
  [[nodiscard]] static bool from_digits(std::string_view digits, int base, BigInt* out);
  // Digits in base 2..36, lowercase, with a leading '-' when negative.
  std::string to_string(int base = 10) const;

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }
  int sign() const { return neg_ ? -1 : mag_.empty() ? 0 : 1; }
  [[nodiscard]] bool to_int64(int64_t* out) const;  // false when out of range
  [[nodiscard]] bool to_u64(uint64_t* out) const;   // false when negative or too big
  std::span<const Limb> limbs() const { return {mag_.data(), mag_.size()}; }

  friend int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return !(a == b); }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Floor division and modulo (the remainder takes the divisor's sign).
  // False, writing nothing, when b is zero. q or r may be null.
  [[nodiscard]] static bool divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);

  // The largest value we try to build; past it the checked operations
  // below fail and the caller raises MemoryError, as CPython does when an
  // allocation fails (unchecked, the allocation would abort the process).
  static constexpr uint64_t MAX_BITS = sizeof(void*) >= 8 ? uint64_t{1} << 34 : uint64_t{1} << 31;
  // x << n and base ** exp; false when the result would exceed MAX_BITS.
  [[nodiscard]] static bool checked_shift_left(const BigInt& x, uint64_t n, BigInt* out);
  [[nodiscard]] static bool checked_pow(const BigInt& base, uint64_t exp, BigInt* out);

  BigInt operator<<(uint64_t n) const;
  BigInt operator>>(uint64_t n) const;  // floor: -1 >> 1 == -1
  // Two's-complement semantics on negatives, as Python's & | ^ ~.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;

  uint64_t bit_length() const;
  uint64_t bit_count() const;  // of the absolute value

  static BigInt pow(const BigInt& base, uint64_t exp);
  enum class PowModError { None, ZeroModulus, NotInvertible };
  // pow(base, exp, mod); a negative exp inverts base modulo mod first.
  static PowModError pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt* out);
  static BigInt gcd(const BigInt& a, const BigInt& b);  // non-negative
  // math.isqrt for a non-negative value.
  static BigInt isqrt(const BigInt& n);
  // round(x, -digits): the nearest multiple of 10**digits, ties to even.
  static BigInt round_to_pow10(const BigInt& x, uint64_t digits);

  // Nearest double, ties to even; false when it would overflow ("int too
  // large to convert to float").
  [[nodiscard]] bool to_double(double* out) const;
  // int(x) for finite x (truncates toward zero); false for inf or nan.
  [[nodiscard]] static bool from_double(double x, BigInt* out);
  // a / b correctly rounded. Errors: b == 0 -> ZeroDivision ("division by
  // zero"), too large -> Overflow ("integer division result too large for a float").
  enum class DivError { None, ZeroDivision, Overflow };
  static DivError true_divide(const BigInt& a, const BigInt& b, double* out);

  // hash(int): the value modulo 2**61 - 1 with the sign; -1 becomes -2.
  int64_t hash() const;

  // int.to_bytes; false when the value does not fit ("int too big to convert",
  // or "can't convert negative int to unsigned" when negative and unsigned).
  // The caller refuses lengths over MAX_BITS / 8 with MemoryError first.
  [[nodiscard]] bool to_bytes(size_t length, bool little_endian, bool is_signed, std::string* out) const;
  static BigInt from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

 private:
  BigInt(Limbs mag, bool neg);
  void trim();

  Limbs mag_;
  bool neg_ = false;
};

}  // namespace pytier::light::num
