#pragma once
// The value word: every Python value the Light tier handles is one 64-bit
// word, on every target (x86_64, aarch64, wasm32), so that all three behave
// alike down to the last bit.
//
//   bit 0 = 1   a small int. The value is the word shifted right by one,
//               arithmetically: a signed 63-bit range [-2**62, 2**62 - 1].
//               An operation whose result leaves that range promotes to a
//               heap int (an Object of type int holding a BigInt).
//   bit 0 = 0   a pointer to an Object (objects are at least 8-byte aligned,
//               so bits 1 and 2 are 0 too and stay free for later tags).
//   all zero    the error sentinel: "an exception is pending in the thread
//               state". It is never a Python value, never stored in a
//               container, and a function that returns it has raised.
//
// A Value does not own a reference by itself: the ownership rules are
// CPython's (functions return new references, arguments are borrowed) and
// `Ref` below holds a reference when C++ code wants one released for it.
//
// `==` on Values is identity (Python's `is`). Two equal small ints are always
// the same word; two equal heap ints need not be the same object, so `is`
// between equal ints outside the small range may differ from CPython.

#include <cstddef>
#include <cstdint>

namespace pytier::light {

struct Object;

class Value {
 public:
  static constexpr int64_t kSmallMin = -(int64_t{1} << 62);
  static constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;

  constexpr Value() = default;  // the error sentinel
  // Implicit, so that `return list;` works for any Object subtype; a null
  // pointer becomes the error sentinel, which is what it means anyway.
  Value(const Object* o) : w_(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o))) {}

  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  // `i` must satisfy fits_small.
  static constexpr Value small(int64_t i) { return Value((static_cast<uint64_t>(i) << 1) | 1); }
  static constexpr Value from_bits(uint64_t w) { return Value(w); }

  constexpr bool is_small() const { return (w_ & 1) != 0; }
  constexpr bool is_error() const { return w_ == 0; }
  // True for every Python value, false for the error sentinel.
  explicit constexpr operator bool() const { return w_ != 0; }

  constexpr int64_t small_value() const { return static_cast<int64_t>(w_) >> 1; }
  // Only for a non-small, non-error value.
  Object* object() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(w_)); }
  template <class T>
  T* as() const { return static_cast<T*>(object()); }

  constexpr uint64_t bits() const { return w_; }

  friend constexpr bool operator==(Value a, Value b) { return a.w_ == b.w_; }

 private:
  explicit constexpr Value(uint64_t w) : w_(w) {}
  uint64_t w_ = 0;
};

static_assert(sizeof(Value) == 8);

}  // namespace pytier::light
