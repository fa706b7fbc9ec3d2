#include "light/syntax/arena.h"

#include <cstdlib>

namespace pytier::light::syntax {

Arena::~Arena() {
  while (last_) {
    Block* prev = last_->prev;
    std::free(last_);
    last_ = prev;
  }
}

void* Arena::allocate_slow(size_t size, size_t align) {
  // Blocks double up to 1 MiB so that small parses stay small.
  size_t want = capacity_ ? capacity_ * 2 : 16 * 1024;
  if (want > (1u << 20)) want = 1u << 20;
  if (want < size + align) want = size + align;
  auto* b = static_cast<Block*>(std::malloc(sizeof(Block) + 16 + want));
  if (!b) std::abort();
  b->prev = last_;
  last_ = b;
  block_ = reinterpret_cast<char*>(b) + ((sizeof(Block) + 15) & ~size_t(15));
  capacity_ = want;
  used_ = 0;
  return allocate(size, align);
}

}  // namespace pytier::light::syntax
