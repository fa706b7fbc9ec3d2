#pragma once
// A bump allocator: the parser puts every node, list and string here, and
// they all die together when the Arena does. Nodes have no destructors.

#include <cstddef>
#include <cstring>
#include <new>
#include <string_view>
#include <utility>

#include "light/syntax/ast.h"

namespace pytier::light::syntax {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  void* allocate(size_t size, size_t align) {
    size_t at = (used_ + align - 1) & ~(align - 1);
    if (at + size > capacity_) return allocate_slow(size, align);
    used_ = at + size;
    return block_ + at;
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  template <class T>
  ast::List<T> list(const T* items, size_t n) {
    ast::List<T> out;
    if (n == 0) return out;
    out.items = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    std::memcpy(static_cast<void*>(out.items), items, sizeof(T) * n);
    out.size = static_cast<uint32_t>(n);
    return out;
  }

 private:
  void* allocate_slow(size_t size, size_t align);

  struct Block {
    Block* prev;
  };
  char* block_ = nullptr;  // payload of the newest block
  size_t used_ = 0, capacity_ = 0;
  Block* last_ = nullptr;
};

}  // namespace pytier::light::syntax
