// The _heapq module: the sift loops behind heapq, on a list's item array.
//
// The comparison order follows CPython's C version exactly (a leaf-first
// sift-up, then a short sift-down), because the resulting list order is
// visible when a heap is printed. A comparison may run Python code that
// resizes the list: each is followed by CPython's size check.

#include <utility>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

// Is a < b, or for the max-heap variants b < a? -1 on error.
template <bool kMax>
int before(Value a, Value b) {
  Ref x = Ref::borrow(a), y = Ref::borrow(b);
  return kMax ? compare_bool(b, a, CompareOp::Lt) : compare_bool(a, b, CompareOp::Lt);
}

bool size_changed(List* heap, int64_t size) {
  if (heap->size == size) return false;
  raise_str(&exc::RuntimeError, "list changed size during iteration");
  return true;
}

// Moves heap[pos] towards startpos while it sorts before its parent.
template <bool kMax>
bool sift_down(List* heap, int64_t startpos, int64_t pos) {
  int64_t size = heap->size;
  if (pos >= size) {
    index_error("list index out of range");
    return false;
  }
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    int cmp = before<kMax>(heap->items[pos], heap->items[parentpos]);
    if (cmp < 0 || size_changed(heap, size)) return false;
    if (cmp == 0) break;
    std::swap(heap->items[pos], heap->items[parentpos]);
    pos = parentpos;
  }
  return true;
}

// Lets the smaller child rise until heap[pos]'s item reaches a leaf, then
// sifts that item back down towards pos.
template <bool kMax>
bool sift_up(List* heap, int64_t pos) {
  int64_t endpos = heap->size, startpos = pos;
  if (pos >= endpos) {
    index_error("list index out of range");
    return false;
  }
  int64_t limit = endpos >> 1;
  while (pos < limit) {
    int64_t child = 2 * pos + 1;
    if (child + 1 < endpos) {
      int cmp = before<kMax>(heap->items[child], heap->items[child + 1]);
      if (cmp < 0 || size_changed(heap, endpos)) return false;
      child += cmp ^ 1;
    }
    std::swap(heap->items[child], heap->items[pos]);
    pos = child;
  }
  return sift_down<kMax>(heap, startpos, pos);
}

// The list argument: "heappush() argument 1 must be list, not int" (or
// "argument must be" for the one-argument functions).
List* heap_arg(Value v, const char* fname, bool only) {
  if (list_check(v)) return as_list(v);
  type_error("%s() argument%s must be list, not %T", fname, only ? "" : " 1", v);
  return nullptr;
}

Value heappush(Value, const Value* args, size_t, Value) {
  List* heap = heap_arg(args[0], "heappush", false);
  if (!heap || list_append(Value(heap), args[1]) < 0) return Value();
  if (!sift_down<false>(heap, 0, heap->size - 1)) return Value();
  return newref(none());
}

// Removes the last item and puts it at the root in place of the returned one.
template <bool kMax>
Value pop(Value arg, const char* fname) {
  List* heap = heap_arg(arg, fname, true);
  if (!heap) return Value();
  if (heap->size == 0) return index_error("index out of range");
  Value last = heap->items[--heap->size];
  if (heap->size == 0) return last;
  Ref top(heap->items[0]);
  heap->items[0] = last;
  if (!sift_up<kMax>(heap, 0)) return Value();
  return top.release();
}

Value heappop(Value, const Value* args, size_t, Value) { return pop<false>(args[0], "heappop"); }
Value heappop_max(Value, const Value* args, size_t, Value) { return pop<true>(args[0], "_heappop_max"); }

template <bool kMax>
Value replace(List* heap, Value item) {
  if (heap->size == 0) return index_error("index out of range");
  Ref top(heap->items[0]);
  heap->items[0] = newref(item);
  if (!sift_up<kMax>(heap, 0)) return Value();
  return top.release();
}

Value heapreplace(Value, const Value* args, size_t, Value) {
  List* heap = heap_arg(args[0], "heapreplace", false);
  return heap ? replace<false>(heap, args[1]) : Value();
}

Value heapreplace_max(Value, const Value* args, size_t, Value) {
  List* heap = heap_arg(args[0], "_heapreplace_max", false);
  return heap ? replace<true>(heap, args[1]) : Value();
}

Value heappushpop(Value, const Value* args, size_t, Value) {
  List* heap = heap_arg(args[0], "heappushpop", false);
  if (!heap) return Value();
  Value item = args[1];
  if (heap->size == 0) return newref(item);
  int cmp = before<false>(heap->items[0], item);
  if (cmp < 0) return Value();
  if (cmp == 0) return newref(item);
  return replace<false>(heap, item);
}

template <bool kMax>
Value heapify_list(Value arg, const char* fname) {
  List* heap = heap_arg(arg, fname, true);
  if (!heap) return Value();
  // Each sift only reorders one subtree, so the simple bottom-up loop gives
  // the same list as CPython's cache-friendly order for large heaps.
  for (int64_t i = (heap->size >> 1) - 1; i >= 0; --i)
    if (!sift_up<kMax>(heap, i)) return Value();
  return newref(none());
}

Value heapify(Value, const Value* args, size_t, Value) { return heapify_list<false>(args[0], "heapify"); }
Value heapify_max(Value, const Value* args, size_t, Value) { return heapify_list<true>(args[0], "_heapify_max"); }

const MethodDef kHeapqFunctions[] = {
    {"heappush", heappush, 2, 2},
    {"heappop", heappop, 1, 1},
    {"heapify", heapify, 1, 1},
    {"heapreplace", heapreplace, 2, 2},
    {"heappushpop", heappushpop, 2, 2},
    {"_heappop_max", heappop_max, 1, 1},
    {"_heapreplace_max", heapreplace_max, 2, 2},
    {"_heapify_max", heapify_max, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_heapq() {
  Module* m = module_new("_heapq");
  if (m && !add_functions(m, kHeapqFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
