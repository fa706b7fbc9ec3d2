// The magnitude of a BigInt: a vector of 32-bit limbs that keeps up to four
// limbs inline, so values just past the VM's immediate range never touch
// the heap.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

namespace pytier::light::num {

class Limbs {
 public:
  using Limb = uint32_t;

  Limbs() = default;
  explicit Limbs(size_t n, Limb value = 0) { resize(n, value); }
  Limbs(std::initializer_list<Limb> init) : Limbs(init.begin(), init.end()) {}
  Limbs(const Limb* first, const Limb* last) { assign(first, last - first); }
  Limbs(const Limbs& other) : Limbs(other.begin(), other.end()) {}
  Limbs(Limbs&& other) noexcept { take(other); }
  Limbs& operator=(const Limbs& other) {
    if (this != &other) assign(other.ptr_, other.size_);
    return *this;
  }
  Limbs& operator=(Limbs&& other) noexcept {
    if (this != &other) {
      release();
      take(other);
    }
    return *this;
  }
  ~Limbs() { release(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Limb* data() { return ptr_; }
  const Limb* data() const { return ptr_; }
  Limb* begin() { return ptr_; }
  Limb* end() { return ptr_ + size_; }
  const Limb* begin() const { return ptr_; }
  const Limb* end() const { return ptr_ + size_; }
  Limb& operator[](size_t i) { return ptr_[i]; }
  Limb operator[](size_t i) const { return ptr_[i]; }
  Limb& back() { return ptr_[size_ - 1]; }
  Limb back() const { return ptr_[size_ - 1]; }

  void push_back(Limb limb) {
    if (size_ == capacity_) reserve(2 * capacity_);
    ptr_[size_++] = limb;
  }
  void pop_back() { --size_; }
  void clear() { size_ = 0; }
  void resize(size_t n, Limb value = 0) {
    reserve(n);
    for (size_t i = size_; i < n; ++i) ptr_[i] = value;
    size_ = n;
  }
  void reserve(size_t n) {
    if (n <= capacity_) return;
    Limb* heap = static_cast<Limb*>(std::malloc(n * sizeof(Limb)));
    std::memcpy(heap, ptr_, size_ * sizeof(Limb));
    release();
    ptr_ = heap;
    capacity_ = n;
  }

  friend bool operator==(const Limbs& a, const Limbs& b) {
    return a.size_ == b.size_ && std::memcmp(a.ptr_, b.ptr_, a.size_ * sizeof(Limb)) == 0;
  }

 private:
  static constexpr size_t INLINE = 4;

  bool is_inline() const { return ptr_ == inline_; }
  void assign(const Limb* from, size_t n) {
    size_ = 0;
    reserve(n);
    if (n <= INLINE) {
      for (size_t i = 0; i < n; ++i) ptr_[i] = from[i];  // short: no memcpy call
    } else {
      std::memcpy(ptr_, from, n * sizeof(Limb));
    }
    size_ = n;
  }
  void release() {
    if (!is_inline()) std::free(ptr_);
    ptr_ = inline_;
    capacity_ = INLINE;
  }
  // Moves other's limbs here (this holds nothing) and empties other.
  void take(Limbs& other) {
    if (other.is_inline()) {
      std::memcpy(inline_, other.inline_, sizeof inline_);  // a fixed size copies in two moves
      ptr_ = inline_;
      capacity_ = INLINE;
    } else {
      ptr_ = other.ptr_;
      capacity_ = other.capacity_;
      other.ptr_ = other.inline_;
      other.capacity_ = INLINE;
    }
    size_ = other.size_;
    other.size_ = 0;
  }

  Limb* ptr_ = inline_;
  size_t size_ = 0;
  size_t capacity_ = INLINE;
  Limb inline_[INLINE] = {};
};

}  // namespace pytier::light::num
