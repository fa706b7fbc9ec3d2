#include "light/num/bigint.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <utility>
#include <vector>

namespace pytier::light::num {

using Limb = BigInt::Limb;
using Mag = Limbs;

namespace {

constexpr int LIMB_BITS = 32;
// Below this many limbs schoolbook multiplication beats Karatsuba.
constexpr size_t KARATSUBA_CUTOFF = 48;

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    carry += static_cast<uint64_t>(x[i]) + (i < y.size() ? y[i] : 0);
    r[i] = static_cast<Limb>(carry);
    carry >>= LIMB_BITS;
  }
  r[x.size()] = static_cast<Limb>(carry);
  trim(r);
  return r;
}

// a - b for |a| >= |b|.
Mag sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = static_cast<Limb>(d + (borrow << LIMB_BITS));
  }
  trim(r);
  return r;
}

// r[0..) += a, with carries; r must be long enough.
void add_into(Limb* r, size_t rn, const Limb* a, size_t an) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < an; ++i) {
    carry += static_cast<uint64_t>(r[i]) + a[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= LIMB_BITS;
  }
  for (; carry && i < rn; ++i) {
    carry += r[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= LIMB_BITS;
  }
}

// r[0..) -= a, where the result is known to be non-negative.
void sub_into(Limb* r, size_t rn, const Limb* a, size_t an) {
  int64_t borrow = 0;
  size_t i = 0;
  for (; i < an; ++i) {
    int64_t d = static_cast<int64_t>(r[i]) - a[i] - borrow;
    borrow = d < 0;
    r[i] = static_cast<Limb>(d + (borrow << LIMB_BITS));
  }
  for (; borrow && i < rn; ++i) {
    int64_t d = static_cast<int64_t>(r[i]) - borrow;
    borrow = d < 0;
    r[i] = static_cast<Limb>(d + (borrow << LIMB_BITS));
  }
}

void schoolbook(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  std::fill(r, r + an + bn, 0);
  for (size_t i = 0; i < an; ++i) {
    uint64_t carry = 0, ai = a[i];
    if (!ai) continue;
    for (size_t j = 0; j < bn; ++j) {
      carry += ai * b[j] + r[i + j];
      r[i + j] = static_cast<Limb>(carry);
      carry >>= LIMB_BITS;
    }
    r[i + bn] = static_cast<Limb>(carry);
  }
}

// r (an + bn limbs) = a * b, for an >= bn.
void multiply(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  if (bn < KARATSUBA_CUTOFF) {
    schoolbook(a, an, b, bn, r);
    return;
  }
  if (an >= 2 * bn) {
    // Lopsided: multiply b by bn-limb slices of a and accumulate.
    std::fill(r, r + an + bn, 0);
    Mag part(2 * bn);
    for (size_t i = 0; i < an; i += bn) {
      size_t n = std::min(bn, an - i);
      if (n >= bn) multiply(a + i, n, b, bn, part.data());
      else multiply(b, bn, a + i, n, part.data());
      add_into(r + i, an + bn - i, part.data(), n + bn);
    }
    return;
  }
  // Karatsuba: a = a1*B + a0, b = b1*B + b0 with B = 2**(32*h).
  size_t h = (an + 1) / 2;
  const Limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
  size_t a0n = h, a1n = an - h, b0n = std::min(h, bn), b1n = bn > h ? bn - h : 0;
  if (b1n == 0) {
    schoolbook(a, an, b, bn, r);
    return;
  }
  Mag z0(a0n + b0n), z2(a1n + b1n);
  multiply(a0, a0n, b0, b0n, z0.data());
  if (a1n >= b1n) multiply(a1, a1n, b1, b1n, z2.data());
  else multiply(b1, b1n, a1, a1n, z2.data());
  Mag sa(a0, a0 + a0n), sb(b0, b0 + b0n);
  sa.resize(h + 1);
  sb.resize(h + 1);
  add_into(sa.data(), sa.size(), a1, a1n);
  add_into(sb.data(), sb.size(), b1, b1n);
  Mag z1(2 * h + 2);
  multiply(sa.data(), sa.size(), sb.data(), sb.size(), z1.data());
  sub_into(z1.data(), z1.size(), z0.data(), z0.size());
  sub_into(z1.data(), z1.size(), z2.data(), z2.size());
  std::fill(r, r + an + bn, 0);
  std::copy(z0.begin(), z0.end(), r);
  std::copy(z2.begin(), z2.end(), r + 2 * h);
  Mag z1t = z1;
  trim(z1t);
  add_into(r + h, an + bn - h, z1t.data(), z1t.size());
}

void mul_add_limb(Mag& m, Limb mul, Limb add) {
  uint64_t carry = add;
  for (Limb& limb : m) {
    carry += static_cast<uint64_t>(limb) * mul;
    limb = static_cast<Limb>(carry);
    carry >>= LIMB_BITS;
  }
  if (carry) m.push_back(static_cast<Limb>(carry));
}

Mag mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  if (b.size() == 1 || a.size() == 1) {
    Mag r = b.size() == 1 ? a : b;
    mul_add_limb(r, b.size() == 1 ? b[0] : a[0], 0);
    return r;
  }
  Mag r(a.size() + b.size());
  if (a.size() >= b.size()) multiply(a.data(), a.size(), b.data(), b.size(), r.data());
  else multiply(b.data(), b.size(), a.data(), a.size(), r.data());
  trim(r);
  return r;
}

// Divides m in place by a single limb, returning the remainder. Inlined
// with a constant divisor, the division becomes a multiplication.
inline Limb divrem_limb(Mag& m, Limb d) {
  uint64_t rem = 0;
  for (size_t i = m.size(); i-- > 0;) {
    uint64_t cur = (rem << LIMB_BITS) | m[i];
    m[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  trim(m);
  return static_cast<Limb>(rem);
}

Mag shl_mag(const Mag& a, uint64_t n) {
  if (a.empty()) return {};
  size_t limbs = n / LIMB_BITS;
  int bits = n % LIMB_BITS;
  Mag r(limbs + a.size() + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t v = static_cast<uint64_t>(a[i]) << bits;
    r[limbs + i] |= static_cast<Limb>(v);
    r[limbs + i + 1] |= static_cast<Limb>(v >> LIMB_BITS);
  }
  trim(r);
  return r;
}

Mag shr_mag(const Mag& a, uint64_t n) {
  size_t limbs = n / LIMB_BITS;
  if (limbs >= a.size()) return {};
  int bits = n % LIMB_BITS;
  Mag r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[limbs + i];
    if (limbs + i + 1 < a.size()) v |= static_cast<uint64_t>(a[limbs + i + 1]) << LIMB_BITS;
    r[i] = static_cast<Limb>(v >> bits);
  }
  trim(r);
  return r;
}

// Truncating division of magnitudes (Knuth, TAOCP vol. 2, 4.3.1, algorithm D).
void divmod_mag(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  if (cmp_mag(a, b) < 0) {
    if (q) q->clear();
    if (r) *r = a;
    return;
  }
  if (b.size() == 1) {
    Mag quot = a;
    Limb rem = divrem_limb(quot, b[0]);
    if (q) *q = std::move(quot);
    if (r) *r = rem ? Mag{rem} : Mag{};
    return;
  }
  int s = std::countl_zero(b.back());
  Mag v = shl_mag(b, s);
  Mag u = shl_mag(a, s);
  u.resize(a.size() + 1, 0);
  size_t n = v.size(), m = u.size() - n;
  Mag quot(m, 0);
  const uint64_t base = uint64_t{1} << LIMB_BITS;
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(u[j + n]) << LIMB_BITS) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << LIMB_BITS) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      carry += qhat * v[i];
      int64_t d = static_cast<int64_t>(u[i + j]) - static_cast<Limb>(carry) - borrow;
      carry >>= LIMB_BITS;
      borrow = d < 0;
      u[i + j] = static_cast<Limb>(d + (borrow << LIMB_BITS));
    }
    int64_t d = static_cast<int64_t>(u[j + n]) - static_cast<int64_t>(carry) - borrow;
    u[j + n] = static_cast<Limb>(d);
    if (d < 0) {
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        c += static_cast<uint64_t>(u[i + j]) + v[i];
        u[i + j] = static_cast<Limb>(c);
        c >>= LIMB_BITS;
      }
      u[j + n] += static_cast<Limb>(c);
    }
    quot[j] = static_cast<Limb>(qhat);
  }
  trim(quot);
  if (q) *q = std::move(quot);
  if (r) {
    u.resize(n);
    trim(u);
    *r = shr_mag(u, s);
  }
}

// Two's complement of x in `width` limbs (width exceeds x's magnitude).
Mag to_twos(const BigInt& x, size_t width) {
  Mag t(x.limbs().data(), x.limbs().data() + x.limbs().size());
  t.resize(width, 0);
  if (x.is_negative()) {
    uint64_t carry = 1;
    for (Limb& limb : t) {
      carry += static_cast<Limb>(~limb);
      limb = static_cast<Limb>(carry);
      carry >>= LIMB_BITS;
    }
  }
  return t;
}

// Below this many limbs, decimal conversion peels off 9 digits per pass;
// above, it splits at a power of ten so divisions work on whole limbs.
constexpr size_t DECIMAL_SPLIT_LIMBS = 40;

// Appends m's decimal digits, left-padded with zeros to `width` digits.
// powers[k] is 10**(9 * 2**k), extended as needed.
void append_decimal(const Mag& m, size_t width, std::vector<Mag>& powers, std::string& out) {
  if (m.size() <= DECIMAL_SPLIT_LIMBS) {
    std::string rev;
    Mag t = m;
    while (!t.empty()) {
      Limb rem = divrem_limb(t, 1000000000);
      for (int k = 0; k < 9 && (rem || !t.empty()); ++k, rem /= 10) rev += static_cast<char>('0' + rem % 10);
    }
    if (rev.size() < width) rev.append(width - rev.size(), '0');
    out.append(rev.rbegin(), rev.rend());
    return;
  }
  size_t k = 0;
  for (;; ++k) {
    if (k + 1 >= powers.size()) powers.push_back(mul_mag(powers.back(), powers.back()));
    if (2 * powers[k + 1].size() > m.size()) break;
  }
  size_t low_digits = size_t{9} << k;
  Mag q, r;
  divmod_mag(m, powers[k], &q, &r);
  append_decimal(q, width > low_digits ? width - low_digits : 0, powers, out);
  append_decimal(r, low_digits, powers, out);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t m = neg_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (m) {
    mag_.push_back(static_cast<Limb>(m));
    m >>= LIMB_BITS;
  }
}

BigInt::BigInt(Limbs mag, bool neg) : mag_(std::move(mag)), neg_(neg) { trim(); }

BigInt BigInt::from_magnitude(std::span<const Limb> mag, bool negative) {
  return BigInt(Limbs(mag.data(), mag.data() + mag.size()), negative);
}

void BigInt::trim() {
  num::trim(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_u64(uint64_t v) {
  return BigInt(Mag{static_cast<Limb>(v), static_cast<Limb>(v >> LIMB_BITS)}, false);
}

bool BigInt::from_digits(std::string_view digits, int base, BigInt* out) {
  if (digits.empty()) return false;
  // Feed as many digits per step as keep base**k within a limb.
  int per_step = 1;
  uint64_t step_mul = base;
  while (step_mul * base < (uint64_t{1} << LIMB_BITS)) {
    step_mul *= base;
    ++per_step;
  }
  Mag m;
  m.reserve(digits.size() / per_step / 2 + 2);
  for (size_t i = 0; i < digits.size();) {
    size_t n = std::min<size_t>(per_step, digits.size() - i);
    uint64_t chunk = 0, mul = 1;
    for (size_t k = 0; k < n; ++k, ++i) {
      int d = digit_value(digits[i]);
      if (d >= base) return false;
      chunk = chunk * base + d;
      mul *= base;
    }
    mul_add_limb(m, static_cast<Limb>(mul), static_cast<Limb>(chunk));
    num::trim(m);
  }
  *out = BigInt(std::move(m), false);
  return true;
}

std::string BigInt::to_string(int base) const {
  if (mag_.empty()) return "0";
  static const char DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  if ((base & (base - 1)) == 0) {
    int bits = std::countr_zero(static_cast<unsigned>(base));
    uint64_t total = bit_length();
    for (uint64_t pos = 0; pos < total; pos += bits) {
      size_t limb = pos / LIMB_BITS;
      uint64_t v = mag_[limb];
      if (limb + 1 < mag_.size()) v |= static_cast<uint64_t>(mag_[limb + 1]) << LIMB_BITS;
      out += DIGITS[(v >> (pos % LIMB_BITS)) & (base - 1)];
    }
  } else {
    // Peel off the largest power of the base that fits in a limb at a time.
    Limb chunk_div = base;
    int per_chunk = 1;
    while (static_cast<uint64_t>(chunk_div) * base < (uint64_t{1} << LIMB_BITS)) {
      chunk_div *= base;
      ++per_chunk;
    }
    if (base == 10) {
      if (neg_) out += '-';
      if (mag_.size() <= 2) {
        char buf[24];
        uint64_t v = mag_.size() == 2 ? (static_cast<uint64_t>(mag_[1]) << LIMB_BITS) | mag_[0] : mag_[0];
        out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
        return out;
      }
      std::vector<Mag> powers{Mag{1000000000}};
      append_decimal(mag_, 0, powers, out);
      return out;
    }
    Mag m = mag_;
    while (!m.empty()) {
      Limb rem = divrem_limb(m, chunk_div);
      for (int k = 0; k < per_chunk && (rem || !m.empty()); ++k, rem /= base) out += DIGITS[rem % base];
    }
  }
  if (neg_) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

bool BigInt::to_u64(uint64_t* out) const {
  if (neg_ || mag_.size() > 2) return false;
  uint64_t v = 0;
  for (size_t i = mag_.size(); i-- > 0;) v = (v << LIMB_BITS) | mag_[i];
  *out = v;
  return true;
}

bool BigInt::to_int64(int64_t* out) const {
  if (mag_.size() > 2) return false;
  uint64_t v = 0;
  for (size_t i = mag_.size(); i-- > 0;) v = (v << LIMB_BITS) | mag_[i];
  if (neg_) {
    if (v > (uint64_t{1} << 63)) return false;
    *out = static_cast<int64_t>(0 - v);
  } else {
    if (v >= (uint64_t{1} << 63)) return false;
    *out = static_cast<int64_t>(v);
  }
  return true;
}

int compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::operator-() const { return BigInt(mag_, !neg_); }
BigInt BigInt::abs() const { return BigInt(mag_, false); }

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigInt(add_mag(a.mag_, b.mag_), a.neg_);
  if (cmp_mag(a.mag_, b.mag_) >= 0) return BigInt(sub_mag(a.mag_, b.mag_), a.neg_);
  return BigInt(sub_mag(b.mag_, a.mag_), b.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) { return BigInt(mul_mag(a.mag_, b.mag_), a.neg_ != b.neg_); }

bool BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  if (b.is_zero()) return false;
  Mag qm, rm;
  divmod_mag(a.mag_, b.mag_, &qm, &rm);
  BigInt quot(std::move(qm), a.neg_ != b.neg_);
  BigInt rem(std::move(rm), a.neg_);
  // Truncation to floor: when signs differ and there is a remainder.
  if (!rem.is_zero() && a.neg_ != b.neg_) {
    quot = quot - BigInt(1);
    rem = rem + b;
  }
  if (q) *q = std::move(quot);
  if (r) *r = std::move(rem);
  return true;
}

BigInt BigInt::operator<<(uint64_t n) const { return BigInt(shl_mag(mag_, n), neg_); }

BigInt BigInt::operator>>(uint64_t n) const {
  if (!neg_) return BigInt(shr_mag(mag_, n), false);
  // floor(-m / 2**n) == -((m - 1) >> n) - 1
  Mag m1 = sub_mag(mag_, Mag{1});
  return BigInt(add_mag(shr_mag(m1, n), Mag{1}), true);
}

namespace {

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t width = std::max(a.limbs().size(), b.limbs().size()) + 1;
  Mag x = to_twos(a, width), y = to_twos(b, width);
  for (size_t i = 0; i < width; ++i) x[i] = op(x[i], y[i]);
  bool neg = x.back() >> (LIMB_BITS - 1);
  if (neg) {
    uint64_t carry = 1;
    for (Limb& limb : x) {
      carry += static_cast<Limb>(~limb);
      limb = static_cast<Limb>(carry);
      carry >>= LIMB_BITS;
    }
  }
  return BigInt::from_magnitude(x, neg);
}

}  // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {
    Mag r(std::min(a.mag_.size(), b.mag_.size()));
    for (size_t i = 0; i < r.size(); ++i) r[i] = a.mag_[i] & b.mag_[i];
    return BigInt(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {
    Mag r(std::max(a.mag_.size(), b.mag_.size()));
    for (size_t i = 0; i < r.size(); ++i)
      r[i] = (i < a.mag_.size() ? a.mag_[i] : 0) | (i < b.mag_.size() ? b.mag_[i] : 0);
    return BigInt(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {
    Mag r(std::max(a.mag_.size(), b.mag_.size()));
    for (size_t i = 0; i < r.size(); ++i)
      r[i] = (i < a.mag_.size() ? a.mag_[i] : 0) ^ (i < b.mag_.size() ? b.mag_[i] : 0);
    return BigInt(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::operator~() const { return -(*this) - BigInt(1); }

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * uint64_t{LIMB_BITS} + (LIMB_BITS - std::countl_zero(mag_.back()));
}

uint64_t BigInt::bit_count() const {
  uint64_t n = 0;
  for (Limb limb : mag_) n += std::popcount(limb);
  return n;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  BigInt result(1), b = base;
  while (exp) {
    if (exp & 1) result = result * b;
    exp >>= 1;
    if (exp) b = b * b;
  }
  return result;
}

bool BigInt::checked_shift_left(const BigInt& x, uint64_t n, BigInt* out) {
  if (!x.is_zero() && (n > MAX_BITS || x.bit_length() + n > MAX_BITS)) return false;
  *out = x << n;
  return true;
}

bool BigInt::checked_pow(const BigInt& base, uint64_t exp, BigInt* out) {
  uint64_t bits = base.bit_length();
  // |base| < 2**bits, so the result has fewer than bits * exp bits; powers
  // of 0, 1 and -1 stay small whatever the exponent.
  if (bits > 1 && exp > MAX_BITS / (bits - 1)) return false;
  *out = pow(base, exp);
  return true;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  Mag x = a.mag_, y = b.mag_;
  while (!y.empty()) {
    Mag r;
    divmod_mag(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return BigInt(std::move(x), false);
}

BigInt BigInt::isqrt(const BigInt& n) {
  if (n.is_zero()) return BigInt(0);
  // Newton's iteration from above: x starts at 2**ceil(bits/2) >= sqrt(n).
  BigInt x = BigInt(1) << ((n.bit_length() + 1) / 2);
  for (;;) {
    BigInt q;
    (void)divmod(n, x, &q, nullptr);
    BigInt y = (x + q) >> 1;
    if (y >= x) return x;
    x = std::move(y);
  }
}

BigInt BigInt::round_to_pow10(const BigInt& x, uint64_t digits) {
  BigInt unit = pow(BigInt(10), digits), q, r;
  (void)divmod(x, unit, &q, &r);
  // r is in [0, unit): round q up past the half, or at the half when q is odd.
  int c = compare(r << 1, unit);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  return q * unit;
}

BigInt::PowModError BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt* out) {
  if (mod.is_zero()) return PowModError::ZeroModulus;
  BigInt m = mod.abs();
  BigInt b;
  (void)divmod(base, m, nullptr, &b);
  BigInt e = exp;
  if (e.is_negative()) {
    // Modular inverse by the extended Euclidean algorithm.
    BigInt r0 = m, r1 = b, t0(0), t1(1);
    while (!r1.is_zero()) {
      BigInt q, r;
      (void)divmod(r0, r1, &q, &r);
      BigInt t = t0 - q * t1;
      r0 = std::move(r1);
      r1 = std::move(r);
      t0 = std::move(t1);
      t1 = std::move(t);
    }
    if (r0 != BigInt(1)) return PowModError::NotInvertible;
    (void)divmod(t0, m, nullptr, &b);
    e = -e;
  }
  BigInt result = m == BigInt(1) ? BigInt(0) : BigInt(1);
  for (uint64_t i = e.bit_length(); i-- > 0;) {
    (void)divmod(result * result, m, nullptr, &result);
    if ((e.mag_[i / LIMB_BITS] >> (i % LIMB_BITS)) & 1) (void)divmod(result * b, m, nullptr, &result);
  }
  if (mod.is_negative() && !result.is_zero()) result = result + mod;
  *out = std::move(result);
  return PowModError::None;
}

bool BigInt::to_double(double* out) const {
  uint64_t bits = bit_length();
  if (bits <= 64) {
    uint64_t v = 0;
    for (size_t i = mag_.size(); i-- > 0;) v = (v << LIMB_BITS) | mag_[i];
    double d = static_cast<double>(v);
    *out = neg_ ? -d : d;
    return true;
  }
  if (bits > 1024) return false;
  // Keep the top 64 bits and fold everything below into a sticky bit: the
  // hardware conversion then rounds exactly as the full value would.
  Mag top = shr_mag(mag_, bits - 64);
  uint64_t v = (static_cast<uint64_t>(top[1]) << LIMB_BITS) | top[0];
  Mag back = shl_mag(top, bits - 64);
  if (cmp_mag(back, mag_) != 0) v |= 1;
  double d = std::ldexp(static_cast<double>(v), static_cast<int>(bits - 64));
  if (std::isinf(d)) return false;
  *out = neg_ ? -d : d;
  return true;
}

bool BigInt::from_double(double x, BigInt* out) {
  if (!std::isfinite(x)) return false;
  x = std::trunc(x);
  bool neg = x < 0;
  x = std::fabs(x);
  if (x < 18446744073709551616.0) {
    BigInt r = from_u64(static_cast<uint64_t>(x));
    *out = neg ? -r : r;
    return true;
  }
  int exp;
  double frac = std::frexp(x, &exp);  // x == frac * 2**exp, 0.5 <= frac < 1
  uint64_t mant = static_cast<uint64_t>(std::ldexp(frac, 64));
  BigInt r = from_u64(mant) << (exp - 64);
  *out = neg ? -r : r;
  return true;
}

BigInt::DivError BigInt::true_divide(const BigInt& a, const BigInt& b, double* out) {
  if (b.is_zero()) return DivError::ZeroDivision;
  bool neg = a.neg_ != b.neg_;
  if (a.is_zero()) {
    *out = neg ? -0.0 : 0.0;
    return DivError::None;
  }
  constexpr int MANT = 53, MIN_EXP = -1021, MAX_EXP = 1024;
  uint64_t abits = a.bit_length(), bbits = b.bit_length();
  // Both exact in a double: one IEEE division rounds correctly.
  if (abits <= MANT && bbits <= MANT) {
    double x, y;
    (void)a.abs().to_double(&x);
    (void)b.abs().to_double(&y);
    *out = neg ? -(x / y) : x / y;
    return DivError::None;
  }
  int64_t diff = static_cast<int64_t>(abits) - static_cast<int64_t>(bbits);
  if (diff > MAX_EXP) return DivError::Overflow;
  if (diff < MIN_EXP - MANT - 1) {
    *out = neg ? -0.0 : 0.0;
    return DivError::None;
  }
  // Scale so the quotient keeps MANT + 2 or more significant bits (or all
  // the bits a subnormal result can hold), then round it once by hand.
  int64_t shift = std::max<int64_t>(diff, MIN_EXP) - MANT - 2;
  Mag x = a.mag_;
  bool inexact = false;
  if (shift <= 0) {
    x = shl_mag(x, -shift);
  } else {
    Mag kept = shr_mag(x, shift);
    inexact = cmp_mag(shl_mag(kept, shift), x) != 0;
    x = std::move(kept);
  }
  Mag qm, rm;
  divmod_mag(x, b.mag_, &qm, &rm);
  if (!rm.empty()) inexact = true;
  BigInt q(std::move(qm), false);
  uint64_t qbits = q.bit_length();
  int64_t extra = std::max<int64_t>(static_cast<int64_t>(qbits), MIN_EXP - shift) - MANT;
  uint64_t v = 0;
  (void)q.to_u64(&v);
  uint64_t mask = (uint64_t{1} << extra) - 1, half = uint64_t{1} << (extra - 1);
  uint64_t low = v & mask;
  v -= low;
  if (low > half || (low == half && (inexact || (v >> extra) & 1))) v += uint64_t{1} << extra;
  double d = std::ldexp(static_cast<double>(v), static_cast<int>(shift));
  if (std::isinf(d)) return DivError::Overflow;
  *out = neg ? -d : d;
  return DivError::None;
}

int64_t BigInt::hash() const {
  constexpr uint64_t MODULUS = (uint64_t{1} << 61) - 1;
  uint64_t x = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    // x * 2**32 modulo 2**61 - 1 is a 32-bit rotation within 61 bits.
    x = ((x << LIMB_BITS) & MODULUS) | (x >> (61 - LIMB_BITS));
    x += mag_[i];
    if (x >= MODULUS) x -= MODULUS;
  }
  int64_t h = neg_ ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

bool BigInt::to_bytes(size_t length, bool little_endian, bool is_signed, std::string* out) const {
  if (neg_ && !is_signed) return false;
  uint64_t bits = neg_ ? (-(*this) - BigInt(1)).bit_length() : bit_length();
  if (bits + (is_signed ? 1 : 0) > length * 8) return false;
  Mag t = to_twos(*this, length / 4 + 2);
  out->assign(length, '\0');
  for (size_t i = 0; i < length; ++i) {
    char byte = static_cast<char>(t[i / 4] >> (8 * (i % 4)));
    (*out)[little_endian ? i : length - 1 - i] = byte;
  }
  return true;
}

BigInt BigInt::from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  size_t n = bytes.size();
  Mag m((n + 3) / 4, 0);
  for (size_t i = 0; i < n; ++i) {
    auto byte = static_cast<unsigned char>(bytes[little_endian ? i : n - 1 - i]);
    m[i / 4] |= static_cast<Limb>(byte) << (8 * (i % 4));
  }
  BigInt r(std::move(m), false);
  if (is_signed && n && (static_cast<unsigned char>(bytes[little_endian ? n - 1 : 0]) & 0x80))
    r = r - (BigInt(1) << (8 * n));
  return r;
}

}  // namespace pytier::light::num
