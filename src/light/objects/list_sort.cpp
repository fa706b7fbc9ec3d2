// list.sort: CPython 3.11's timsort (Objects/listsort.txt), comparison for
// comparison, so that a program watching its __lt__ calls, or failing on the
// first mixed-type pair, sees what it sees under CPython: natural runs
// (descending ones reversed) padded to minrun by binary insertion, merged
// in powersort's order, with galloping and an adaptive min_gallop.

#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/runtime/error.h"

namespace pytier::light {

namespace {

constexpr int64_t kMinGallop = 7;

// Keys, and the items they were computed from when a key function was
// given; both move in lockstep.
struct Slice {
  Value* keys;
  Value* values;  // null when the keys are the items themselves

  Slice operator+(int64_t i) const { return {keys + i, values ? values + i : nullptr}; }
};

void copy(Slice dst, Slice src, int64_t n) {
  std::memmove(dst.keys, src.keys, size_t(n) * sizeof(Value));
  if (dst.values) std::memmove(dst.values, src.values, size_t(n) * sizeof(Value));
}

void take(Slice& dst, Slice& src) {
  copy(dst, src, 1);
  dst = dst + 1;
  src = src + 1;
}

void take_back(Slice& dst, Slice& src) {
  copy(dst, src, 1);
  dst = dst + -1;
  src = src + -1;
}

void reverse(Value* a, int64_t n) {
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j) std::swap(a[i], a[j]);
}

void reverse(Slice s, int64_t n) {
  reverse(s.keys, n);
  if (s.values) reverse(s.values, n);
}

// The run length below which runs are padded by insertion sort: between 32
// and 64, chosen so that n / minrun is a power of two or just under one.
int64_t compute_minrun(int64_t n) {
  int64_t low_bits = 0;
  while (n >= 64) {
    low_bits |= n & 1;
    n >>= 1;
  }
  return n + low_bits;
}

struct Run {
  Slice base;
  int64_t len;
  int power;  // depth of the boundary with the next run
};

class Timsort {
 public:
  explicit Timsort(bool has_values) : has_values_(has_values) {}
  [[nodiscard]] bool sort(Slice s, int64_t n);

 private:
  // 1 if a < b, 0 if not, -1 on error.
  [[nodiscard]] int less(Value a, Value b);
  [[nodiscard]] int64_t count_run(Slice s, int64_t n, bool* descending);
  [[nodiscard]] bool insertion_sort(Slice s, int64_t n, int64_t sorted);
  [[nodiscard]] int64_t gallop_left(Value key, const Value* a, int64_t n, int64_t hint);
  [[nodiscard]] int64_t gallop_right(Value key, const Value* a, int64_t n, int64_t hint);
  [[nodiscard]] Slice scratch(int64_t n);
  [[nodiscard]] bool merge_lo(Slice a, int64_t na, Slice b, int64_t nb);
  [[nodiscard]] bool merge_hi(Slice a, int64_t na, Slice b, int64_t nb);
  [[nodiscard]] bool merge_at(int i);
  [[nodiscard]] bool found_run(int64_t n2);
  [[nodiscard]] bool force_collapse();

  bool has_values_;
  // When all keys share one class: its comparison, which CPython calls
  // directly, running the whole protocol (a second __lt__ call included)
  // only when it returns NotImplemented.
  Value (*class_compare_)(Value, Value, CompareOp) = nullptr;
  const Value* start_ = nullptr;  // the whole list's keys
  int64_t length_ = 0;
  int64_t min_gallop_ = kMinGallop;
  Run pending_[64];
  int npending_ = 0;
  std::vector<Value> scratch_keys_, scratch_values_;
};

int Timsort::less(Value a, Value b) {
  if (class_compare_ && type_of(a)->compare == class_compare_) {
    Value r = class_compare_(a, b, CompareOp::Lt);
    if (!r) return -1;
    if (r == py_true()) return 1;
    if (r == py_false()) return 0;
    if (r != not_implemented()) {
      int t = truth(r);
      decref(r);
      return t;
    }
    decref(r);
  }
  return compare_bool(a, b, CompareOp::Lt);
}

// The length of the run starting at s: non-descending, or strictly
// descending (so that reversing it keeps the sort stable).
int64_t Timsort::count_run(Slice s, int64_t n, bool* descending) {
  *descending = false;
  if (n == 1) return 1;
  int lt = less(s.keys[1], s.keys[0]);
  if (lt < 0) return -1;
  *descending = lt;
  int64_t len = 2;
  for (; len < n; ++len) {
    lt = less(s.keys[len], s.keys[len - 1]);
    if (lt < 0) return -1;
    if (lt != *descending) break;
  }
  return len;
}

// Binary insertion of s[sorted:n] into the sorted s[:sorted].
bool Timsort::insertion_sort(Slice s, int64_t n, int64_t sorted) {
  for (int64_t i = sorted ? sorted : 1; i < n; ++i) {
    Value pivot = s.keys[i];
    int64_t lo = 0, hi = i;
    while (lo < hi) {
      int64_t mid = (lo + hi) >> 1;
      int lt = less(pivot, s.keys[mid]);
      if (lt < 0) return false;
      if (lt) hi = mid;
      else lo = mid + 1;
    }
    Value value = s.values ? s.values[i] : Value();
    copy(s + (lo + 1), s + lo, i - lo);
    s.keys[lo] = pivot;
    if (s.values) s.values[lo] = value;
  }
  return true;
}

// Where key goes in the sorted a[:n], left of any equal items: gallops from
// `hint` by offsets 1, 3, 7, ... then bisects the last gap. -1 on error.
int64_t Timsort::gallop_left(Value key, const Value* a, int64_t n, int64_t hint) {
  int64_t last = 0, ofs = 1;
  int lt = less(a[hint], key);
  if (lt < 0) return -1;
  if (lt) {  // a[hint] < key: gallop right
    int64_t max = n - hint;
    while (ofs < max) {
      lt = less(a[hint + ofs], key);
      if (lt < 0) return -1;
      if (!lt) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  } else {  // key <= a[hint]: gallop left
    int64_t max = hint + 1;
    while (ofs < max) {
      lt = less(a[hint - ofs], key);
      if (lt < 0) return -1;
      if (lt) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    int64_t k = last;
    last = hint - ofs;
    ofs = hint - k;
  }
  // a[last] < key <= a[ofs]
  for (++last; last < ofs;) {
    int64_t mid = last + ((ofs - last) >> 1);
    lt = less(a[mid], key);
    if (lt < 0) return -1;
    if (lt) last = mid + 1;
    else ofs = mid;
  }
  return ofs;
}

// As gallop_left, but right of any equal items.
int64_t Timsort::gallop_right(Value key, const Value* a, int64_t n, int64_t hint) {
  int64_t last = 0, ofs = 1;
  int lt = less(key, a[hint]);
  if (lt < 0) return -1;
  if (lt) {  // key < a[hint]: gallop left
    int64_t max = hint + 1;
    while (ofs < max) {
      lt = less(key, a[hint - ofs]);
      if (lt < 0) return -1;
      if (!lt) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    int64_t k = last;
    last = hint - ofs;
    ofs = hint - k;
  } else {  // a[hint] <= key: gallop right
    int64_t max = n - hint;
    while (ofs < max) {
      lt = less(key, a[hint + ofs]);
      if (lt < 0) return -1;
      if (lt) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > max) ofs = max;
    last += hint;
    ofs += hint;
  }
  // a[last] <= key < a[ofs]
  for (++last; last < ofs;) {
    int64_t mid = last + ((ofs - last) >> 1);
    lt = less(key, a[mid]);
    if (lt < 0) return -1;
    if (lt) ofs = mid;
    else last = mid + 1;
  }
  return ofs;
}

Slice Timsort::scratch(int64_t n) {
  if (int64_t(scratch_keys_.size()) < n) {
    scratch_keys_.resize(size_t(n));
    if (has_values_) scratch_values_.resize(size_t(n));
  }
  return {scratch_keys_.data(), has_values_ ? scratch_values_.data() : nullptr};
}

// Merges a[:na] with b[:nb] (b follows a), when na <= nb: a moves to
// scratch space and the merge fills from the left. The caller has made
// sure b[0] goes first and a's last item goes last.
bool Timsort::merge_lo(Slice a, int64_t na, Slice b, int64_t nb) {
  Slice pa = scratch(na);
  copy(pa, a, na);
  Slice dest = a;
  bool ok = false;
  take(dest, b);
  --nb;
  if (nb == 0) goto done;
  if (na == 1) goto a_last;
  for (int64_t min_gallop = min_gallop_;;) {
    int64_t acount = 0, bcount = 0;  // how many times in a row each run won
    for (;;) {
      int lt = less(b.keys[0], pa.keys[0]);
      if (lt < 0) goto fail;
      if (lt) {
        take(dest, b);
        ++bcount;
        acount = 0;
        if (--nb == 0) goto done;
        if (bcount >= min_gallop) break;
      } else {
        take(dest, pa);
        ++acount;
        bcount = 0;
        if (--na == 1) goto a_last;
        if (acount >= min_gallop) break;
      }
    }
    // One run keeps winning: gallop until neither does for kMinGallop.
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(b.keys[0], pa.keys, na, 0);
      if (k < 0) goto fail;
      acount = k;
      if (k) {
        copy(dest, pa, k);
        dest = dest + k;
        pa = pa + k;
        na -= k;
        if (na == 1) goto a_last;
        if (na == 0) goto done;  // only with an inconsistent __lt__
      }
      take(dest, b);
      if (--nb == 0) goto done;
      k = gallop_left(pa.keys[0], b.keys, nb, 0);
      if (k < 0) goto fail;
      bcount = k;
      if (k) {
        copy(dest, b, k);
        dest = dest + k;
        b = b + k;
        nb -= k;
        if (nb == 0) goto done;
      }
      take(dest, pa);
      if (--na == 1) goto a_last;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;  // leaving galloping costs a little
    min_gallop_ = min_gallop;
  }
done:
  ok = true;
fail:
  copy(dest, pa, na);  // even on error, the slice stays a permutation
  return ok;
a_last:
  copy(dest, b, nb);
  copy(dest + nb, pa, 1);
  return true;
}

// The mirror image of merge_lo, when na > nb: b moves to scratch space and
// the merge fills from the right.
bool Timsort::merge_hi(Slice a, int64_t na, Slice b, int64_t nb) {
  Slice base_b = scratch(nb);
  copy(base_b, b, nb);
  Slice base_a = a;
  Slice dest = b + (nb - 1);
  Slice pa = a + (na - 1), pb = base_b + (nb - 1);
  bool ok = false;
  take_back(dest, pa);
  if (--na == 0) goto done;
  if (nb == 1) goto b_first;
  for (int64_t min_gallop = min_gallop_;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      int lt = less(pb.keys[0], pa.keys[0]);
      if (lt < 0) goto fail;
      if (lt) {
        take_back(dest, pa);
        ++acount;
        bcount = 0;
        if (--na == 0) goto done;
        if (acount >= min_gallop) break;
      } else {
        take_back(dest, pb);
        ++bcount;
        acount = 0;
        if (--nb == 1) goto b_first;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(pb.keys[0], base_a.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        dest = dest + -k;
        pa = pa + -k;
        copy(dest + 1, pa + 1, k);
        na -= k;
        if (na == 0) goto done;
      }
      take_back(dest, pb);
      if (--nb == 1) goto b_first;
      k = gallop_left(pa.keys[0], base_b.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        dest = dest + -k;
        pb = pb + -k;
        copy(dest + 1, pb + 1, k);
        nb -= k;
        if (nb == 1) goto b_first;
        if (nb == 0) goto done;  // only with an inconsistent __lt__
      }
      take_back(dest, pa);
      if (--na == 0) goto done;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
done:
  ok = true;
fail:
  if (nb) copy(dest + (1 - nb), base_b, nb);
  return ok;
b_first:
  copy(dest + (1 - na), pa + (1 - na), na);
  copy(dest + -na, pb, 1);
  return true;
}

// Merges pending runs i and i + 1.
bool Timsort::merge_at(int i) {
  Slice a = pending_[i].base, b = pending_[i + 1].base;
  int64_t na = pending_[i].len, nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  if (i == npending_ - 3) pending_[i + 1] = pending_[i + 2];
  --npending_;
  // a's items up to b[0]'s place, and b's from a's last item's place on,
  // are where they belong already.
  int64_t k = gallop_right(b.keys[0], a.keys, na, 0);
  if (k < 0) return false;
  a = a + k;
  na -= k;
  if (na == 0) return true;
  nb = gallop_left(a.keys[na - 1], b.keys, nb, nb - 1);
  if (nb <= 0) return nb == 0;
  return na <= nb ? merge_lo(a, na, b, nb) : merge_hi(a, na, b, nb);
}

// The depth of the boundary between the runs s[start:start+n1] and the
// n2 items after them in the conceptual binary tree halving the whole list
// (powersort): the first bit where the two runs' midpoints, as fractions of
// the list, differ. Doubled midpoints keep the arithmetic whole.
int boundary_power(int64_t start, int64_t n1, int64_t n2, int64_t n) {
  int64_t a = 2 * start + n1, b = a + n1 + n2;
  for (int power = 1;; ++power) {
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      return power;
    }
    a <<= 1;
    b <<= 1;
  }
}

// Before a run of n2 items is pushed: merges the runs below the top one
// whose boundaries lie deeper than the top run's (3.11's powersort rule).
bool Timsort::found_run(int64_t n2) {
  if (npending_ == 0) return true;
  Run& top = pending_[npending_ - 1];
  int power = boundary_power(top.base.keys - start_, top.len, n2, length_);
  while (npending_ > 1 && pending_[npending_ - 2].power > power) {
    if (!merge_at(npending_ - 2)) return false;
  }
  pending_[npending_ - 1].power = power;
  return true;
}

bool Timsort::force_collapse() {
  while (npending_ > 1) {
    int n = npending_ - 2;
    if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
    if (!merge_at(n)) return false;
  }
  return true;
}

bool Timsort::sort(Slice s, int64_t n) {
  start_ = s.keys;
  length_ = n;
  Type* t = type_of(s.keys[0]);
  bool same_class = t->has(Type::kHeap);
  for (int64_t i = 1; i < n && same_class; ++i) same_class = type_of(s.keys[i]) == t;
  if (same_class) class_compare_ = t->compare;
  int64_t minrun = compute_minrun(n);
  while (n) {
    bool descending;
    int64_t len = count_run(s, n, &descending);
    if (len < 0) return false;
    if (descending) reverse(s, len);
    if (len < minrun) {
      int64_t forced = n < minrun ? n : minrun;
      if (!insertion_sort(s, forced, len)) return false;
      len = forced;
    }
    if (!found_run(len)) return false;
    pending_[npending_++] = {s, len, 0};
    s = s + len;
    n -= len;
  }
  return force_collapse();
}

}  // namespace

int list_sort(Value list, Value key, bool reverse_order) {
  // The list is emptied while it sorts, as CPython's is: comparisons and the
  // key function may mutate it, and any growth shows as a new item array.
  List* l = as_list(list);
  int64_t n = l->size, capacity = l->capacity;
  Value* items = l->items;
  l->size = 0;
  l->capacity = 0;
  l->items = nullptr;

  bool has_key = key && !is_none(key);
  std::vector<Value> keys;
  bool ok = true, keys_ok = true;
  if (has_key) {
    keys.reserve(size_t(n));
    for (int64_t i = 0; i < n && keys_ok; ++i) {
      Value k = call1(key, items[i]);
      if (k) keys.push_back(k);
      else keys_ok = false;
    }
    if (!keys_ok) {
      for (size_t i = keys.size(); i-- > 0;) decref(keys[i]);
      keys.clear();
      ok = false;
    }
  }
  if (keys_ok) {
    Slice s = has_key ? Slice{keys.data(), items} : Slice{items, nullptr};
    if (n > 1) {
      // Reversing before and after a stable sort keeps equal items in order.
      if (reverse_order) reverse(s, n);
      ok = Timsort(has_key).sort(s, n);
    }
    for (Value k : keys) decref(k);
    if (ok && l->items) {
      value_error("list modified during sort");
      ok = false;
    }
    if (reverse_order && n > 1) reverse(items, n);
  }

  Value* added = l->items;
  int64_t nadded = l->size;
  l->items = items;
  l->size = n;
  l->capacity = capacity;
  for (int64_t i = nadded; i-- > 0;) decref(added[i]);
  std::free(added);
  return ok ? 0 : -1;
}

}  // namespace pytier::light
