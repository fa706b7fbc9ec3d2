#include "light/objects/str.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "light/objects/codecs.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/format.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"

namespace pytier::light {

Type str_type;
Type str_iterator_type;

// ------------------------------------------------------------------ storage

namespace {

int kind_for(char32_t maxchar) { return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4; }

Str* str_alloc(Type* type, int64_t length, char32_t maxchar) {
  int kind = kind_for(maxchar);
  if (!fits_allocation(uint64_t(length) + 1, uint64_t(kind))) {
    no_memory();
    return nullptr;
  }
  size_t base = type == &str_type ? sizeof(Str) : type->basic_size;
  Object* o = alloc_object(type, std::max(base, sizeof(Str)) + size_t(length + 1) * kind);
  if (!o) return nullptr;
  Str* s = static_cast<Str*>(o);
  s->length = length;
  s->hash = -1;
  s->kind = uint8_t(kind);
  s->ascii = maxchar < 0x80;
  return s;
}

void put(Str* s, int64_t i, char32_t c) {
  switch (s->kind) {
    case 1: s->data()[i] = uint8_t(c); break;
    case 2: reinterpret_cast<uint16_t*>(s->data())[i] = uint16_t(c); break;
    default: reinterpret_cast<uint32_t*>(s->data())[i] = uint32_t(c); break;
  }
}

Str* empty_str;

// The one-character ASCII strs, interned on first use and shared after, as
// CPython shares them: indexing and iterating strs makes them all the time.
Str* ascii_chars[128];

Value ascii_char(char c) {
  Str*& s = ascii_chars[uint8_t(c)];
  if (!s) {
    Value v = str_intern(std::string_view(&c, 1));
    if (!v) return v;
    s = v.as<Str>();
  }
  return Value(s);
}

}  // namespace

using U32 = std::u32string;

Value str_from_codepoints(const char32_t* cps, size_t n) {
  if (n == 0) return Value(empty_str);
  char32_t maxchar = 0;
  for (size_t i = 0; i < n; ++i) maxchar = std::max(maxchar, cps[i]);
  if (n == 1 && maxchar < 0x80) return ascii_char(char(maxchar));
  Str* s = str_alloc(&str_type, int64_t(n), maxchar);
  if (!s) return Value();
  for (size_t i = 0; i < n; ++i) put(s, int64_t(i), cps[i]);
  return s;
}

namespace {

Value from_u32(const U32& u) { return str_from_codepoints(u.data(), u.size()); }

U32 to_u32(Value v) {
  Str* s = v.as<Str>();
  U32 out(size_t(s->length), 0);
  for (int64_t i = 0; i < s->length; ++i) out[size_t(i)] = s->at(i);
  return out;
}

// A substring [start, start + n) of s.
Value substr(Value v, int64_t start, int64_t n) {
  Str* s = v.as<Str>();
  if (start == 0 && n == s->length && str_check_exact(v)) return newref(v);
  if (n <= 0) return Value(empty_str);
  if (s->ascii || s->kind == 1) {
    if (n == 1 && s->data()[start] < 0x80) return ascii_char(char(s->data()[start]));
    char32_t maxchar = 0x7F;  // an ASCII str's slices are ASCII
    if (!s->ascii)
      for (int64_t i = 0; i < n; ++i) maxchar = std::max<char32_t>(maxchar, s->data()[start + i]);
    Str* r = str_alloc(&str_type, n, maxchar);
    if (!r) return Value();
    std::memcpy(r->data(), s->data() + start, size_t(n));
    return r;
  }
  U32 u(size_t(n), 0);
  for (int64_t i = 0; i < n; ++i) u[size_t(i)] = s->at(start + i);
  return from_u32(u);
}

}  // namespace

Value str_from_utf8(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return str_from_ascii(utf8);
  U32 u;
  u.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    unsigned char b = utf8[i];
    if (b < 0x80) {
      u.push_back(b);
      ++i;
      continue;
    }
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
    bool ok = extra > 0 && i + extra < utf8.size();
    char32_t c = ok ? b & (0x3F >> extra) : 0;
    for (int k = 1; ok && k <= extra; ++k) {
      unsigned char cb = utf8[i + k];
      if ((cb & 0xC0) != 0x80) ok = false;
      c = (c << 6) | (cb & 0x3F);
    }
    if (!ok) {
      u.push_back(0xFFFD);
      ++i;
      continue;
    }
    u.push_back(c);
    i += extra + 1;
  }
  return from_u32(u);
}

Value str_from_ascii(std::string_view ascii) {
  if (ascii.empty()) return Value(empty_str);
  if (ascii.size() == 1) return ascii_char(ascii[0]);
  Str* s = str_alloc(&str_type, int64_t(ascii.size()), 0x7F);
  if (!s) return Value();
  std::memcpy(s->data(), ascii.data(), ascii.size());
  return s;
}

Value str_from_char(char32_t c) { return c < 0x80 ? ascii_char(char(c)) : str_from_codepoints(&c, 1); }

std::string str_to_utf8(Value v) {
  Str* s = v.as<Str>();
  if (s->ascii) return std::string(s->ascii_view());
  std::string out;
  out.reserve(size_t(s->length) + 8);
  for (int64_t i = 0; i < s->length; ++i) unicode::append_utf8(out, s->at(i));
  return out;
}

std::string_view str_utf8_view(Value v, std::string* buf) {
  Str* s = v.as<Str>();
  if (s->ascii) return s->ascii_view();
  *buf = str_to_utf8(v);
  return *buf;
}

int64_t str_hash_compute(Value v) {
  Str* s = v.as<Str>();
  // FNV-1a over the code points: CPython randomizes str hashes, so any
  // deterministic hash is as faithful as another.
  uint64_t h = 14695981039346656037ull;
  for (int64_t i = 0; i < s->length; ++i) {
    h ^= s->at(i);
    h *= 1099511628211ull;
  }
  int64_t r = int64_t(h);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

bool str_equal(Value a, Value b) {
  if (a == b) return true;
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  if (x->length != y->length || x->kind != y->kind) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return std::memcmp(x->data(), y->data(), size_t(x->length) * x->kind) == 0;
}

int str_compare(Value a, Value b) {
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  int64_t n = std::min(x->length, y->length);
  if (x->kind == 1 && y->kind == 1) {
    int c = std::memcmp(x->data(), y->data(), size_t(n));
    if (c) return c < 0 ? -1 : 1;
  } else {
    for (int64_t i = 0; i < n; ++i) {
      char32_t p = x->at(i), q = y->at(i);
      if (p != q) return p < q ? -1 : 1;
    }
  }
  return x->length < y->length ? -1 : x->length > y->length;
}

Value str_concat(Value a, Value b) {
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  if (y->length == 0 && str_check_exact(a)) return newref(a);
  if (x->length == 0 && str_check_exact(b)) return newref(b);
  if (x->kind == 1 && y->kind == 1) {
    Str* r = str_alloc(&str_type, x->length + y->length, x->ascii && y->ascii ? 0x7F : 0xFF);
    if (!r) return Value();
    std::memcpy(r->data(), x->data(), size_t(x->length));
    std::memcpy(r->data() + x->length, y->data(), size_t(y->length));
    return r;
  }
  return from_u32(to_u32(a) + to_u32(b));
}

// ------------------------------------------------------------------ interning

namespace {

// The interned strs, by their hash: open addressing with linear probing,
// kept at most half full. Interned strs are immortal, so nothing is ever
// removed. (Startup interns about a thousand names; a node-based set spent a
// third of startup in allocation and rehashing.)
struct InternTable {
  std::vector<Str*> slots = std::vector<Str*>(2048);
  size_t count = 0;

  // The slot holding a str equal to the `n` ASCII bytes at `p` with hash
  // `h`, or the empty slot where it belongs.
  Str** find_ascii(const char* p, size_t n, int64_t h) {
    size_t mask = slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
      Str* s = slots[i];
      if (!s || (s->hash == h && s->ascii && size_t(s->length) == n && std::memcmp(s->data(), p, n) == 0))
        return &slots[i];
    }
  }
  Str** find(Str* str) {
    if (str->ascii) return find_ascii(reinterpret_cast<const char*>(str->data()), size_t(str->length), str_hash(Value(str)));
    int64_t h = str_hash(Value(str));
    size_t mask = slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
      Str* s = slots[i];
      if (!s || (s->hash == h && str_equal(Value(s), Value(str)))) return &slots[i];
    }
  }
  void add(Str** slot, Str* s) {
    s->interned = true;
    s->refcount = kImmortal;
    *slot = s;
    if (++count * 2 > slots.size()) grow();
  }
  void grow() {
    std::vector<Str*> old(slots.size() * 2);
    old.swap(slots);
    for (Str* s : old)
      if (s) *find(s) = s;
  }
};
InternTable* interned;

// FNV-1a, as str_hash_compute, over ASCII bytes.
int64_t ascii_hash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

}  // namespace

Value str_intern_steal(Value s) {
  Str* str = s.as<Str>();
  if (str->interned) return s;
  if (!str_check_exact(s)) return s;
  Str** slot = interned->find(str);
  if (*slot) {
    decref(s);
    return Value(*slot);
  }
  interned->add(slot, str);
  return s;
}

Value str_intern(std::string_view utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return (unsigned char)c < 0x80; });
  if (!ascii) {
    Value s = str_from_utf8(utf8);
    if (!s) return Value();
    return str_intern_steal(s);
  }
  int64_t h = ascii_hash(utf8);
  Str** slot = interned->find_ascii(utf8.data(), utf8.size(), h);
  if (*slot) return Value(*slot);
  Str* s = str_alloc(&str_type, int64_t(utf8.size()), 0x7F);
  if (!s) return Value();
  std::memcpy(s->data(), utf8.data(), utf8.size());
  s->hash = h;
  interned->add(slot, s);
  return s;
}

// ------------------------------------------------------------------ repr

Value str_repr(Value v) {
  Str* s = v.as<Str>();
  bool has_single = false, has_double = false;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (c == '\'') has_single = true;
    if (c == '"') has_double = true;
  }
  char32_t quote = has_single && !has_double ? '"' : '\'';
  U32 out;
  out.reserve(size_t(s->length) + 2);
  out.push_back(quote);
  static const char* const kHex = "0123456789abcdef";
  auto hex = [&](char32_t c, int digits, char letter) {
    out.push_back('\\');
    out.push_back(char32_t(letter));
    for (int d = digits - 1; d >= 0; --d) out.push_back(char32_t(kHex[(c >> (4 * d)) & 0xF]));
  };
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (c == quote || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '\t') {
      out += U"\\t";
    } else if (c == '\n') {
      out += U"\\n";
    } else if (c == '\r') {
      out += U"\\r";
    } else if (c < 0x20 || c == 0x7F) {
      hex(c, 2, 'x');
    } else if (c < 0x7F) {
      out.push_back(c);
    } else if (unicode::is_printable(c)) {
      out.push_back(c);
    } else if (c <= 0xFF) {
      hex(c, 2, 'x');
    } else if (c <= 0xFFFF) {
      hex(c, 4, 'u');
    } else {
      hex(c, 8, 'U');
    }
  }
  out.push_back(quote);
  return from_u32(out);
}

// ------------------------------------------------------------------ the type

namespace {

Str* S(Value v) { return v.as<Str>(); }

Value str_str(Value v) {
  if (str_check_exact(v)) return newref(v);
  return substr(v, 0, S(v)->length);
}

int64_t str_hash_slot(Value v) { return str_hash(v); }

Value str_compare_slot(Value a, Value b, CompareOp op) {
  if (!str_check(b)) return newref(not_implemented());
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    bool eq = str_equal(a, b);
    return newref(py_bool(op == CompareOp::Eq ? eq : !eq));
  }
  int c = str_compare(a, b);
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
    default: break;
  }
  return newref(py_bool(r));
}

int64_t str_len(Value v) { return S(v)->length; }

// Index of needle in s[start:end], or -1.
int64_t find_in(Value s, Value needle, int64_t start, int64_t end, bool reverse) {
  Str* h = S(s);
  Str* n = S(needle);
  end = std::min(end, h->length);
  if (start < 0) start = 0;
  if (end - start < n->length) return -1;
  if (n->length == 0) return reverse ? end : start;
  if (h->kind == 1 && n->kind == 1 && !reverse) {
    std::string_view hv(reinterpret_cast<const char*>(h->data()) + start, size_t(end - start));
    std::string_view nv(reinterpret_cast<const char*>(n->data()), size_t(n->length));
    size_t p = hv.find(nv);
    return p == std::string_view::npos ? -1 : start + int64_t(p);
  }
  char32_t first = n->at(0);
  auto match_at = [&](int64_t i) {
    if (h->at(i) != first) return false;
    for (int64_t k = 1; k < n->length; ++k) {
      if (h->at(i + k) != n->at(k)) return false;
    }
    return true;
  };
  if (reverse) {
    for (int64_t i = end - n->length; i >= start; --i) {
      if (match_at(i)) return i;
    }
  } else {
    for (int64_t i = start; i + n->length <= end; ++i) {
      if (match_at(i)) return i;
    }
  }
  return -1;
}

int str_contains(Value self, Value item) {
  if (!str_check(item)) {
    type_error("'in <string>' requires string as left operand, not %s", type_of(item)->name.c_str());
    return -1;
  }
  return find_in(self, item, 0, S(self)->length, false) >= 0;
}

Value str_getitem(Value self, Value key) {
  Str* s = S(self);
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, s->length, &start, &stop, &step, &count) < 0) return Value();
    if (step == 1) return substr(self, start, count);
    U32 u;
    u.reserve(size_t(count));
    for (int64_t i = 0, j = start; i < count; ++i, j += step) u.push_back(s->at(j));
    return from_u32(u);
  }
  if (!type_of(key)->index && !int_check(key)) {
    return type_error("string indices must be integers, not '%.200s'", type_of(key)->name.c_str());
  }
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return Value();
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) return index_error("string index out of range");
  return str_from_char(s->at(i));
}

Value str_add(Value a, Value b) {
  if (!str_check(a)) return newref(not_implemented());
  if (!str_check(b)) return newref(not_implemented());  // b's __radd__ may take it
  return str_concat(a, b);
}

Value repeat(Value s, Value n) {
  if (!int_check(n) && !type_of(n)->index) {
    return type_error("can't multiply sequence by non-int of type '%.200s'", type_of(n)->name.c_str());
  }
  int64_t count;
  if (!index_as_i64(n, &count, &exc::OverflowError)) return Value();
  Str* str = S(s);
  if (count <= 0 || str->length == 0) return Value(empty_str);
  if (count == 1 && str_check_exact(s)) return newref(s);
  if (str->length > INT64_MAX / count) return overflow_error("repeated string is too long");
  if (!fits_allocation(uint64_t(count), uint64_t(str->length) * str->kind)) return no_memory();
  int64_t total = str->length * count;
  char32_t maxchar = str->ascii ? 0x7F : str->kind == 1 ? 0xFF : str->kind == 2 ? 0xFFFF : 0x10FFFF;
  Str* r = str_alloc(&str_type, total, maxchar);
  if (!r) return Value();
  size_t unit = size_t(str->length) * str->kind;
  for (int64_t i = 0; i < count; ++i) std::memcpy(r->data() + i * unit, str->data(), unit);
  return r;
}

Value str_mul(Value a, Value b) {
  if (str_check(a) && is_index(b)) return repeat(a, b);
  if (str_check(b) && is_index(a)) return repeat(b, a);
  return newref(not_implemented());
}


// ---- iterator

struct StrIter : Object {
  Value str;
  int64_t index;
};

Value str_iter(Value self) {
  auto* it = alloc<StrIter>(&str_iterator_type);
  if (!it) return Value();
  it->str = newref(self);
  return it;
}

Value str_iter_next(Value self) {
  auto* it = self.as<StrIter>();
  if (!it->str) return Value();
  Str* s = S(it->str);
  if (it->index >= s->length) {
    set_slot(&it->str, Value());
    return Value();
  }
  return str_from_char(s->at(it->index++));
}

Value self_iter(Value v) { return newref(v); }

void str_iter_dealloc(Object* o) {
  xdecref(static_cast<StrIter*>(o)->str);
  free_object(o);
}

Value str_iter_length_hint(Value self, const Value*, size_t, Value) {
  auto* it = self.as<StrIter>();
  return int_from_i64(it->str ? S(it->str)->length - it->index : 0);
}

const MethodDef kStrIterMethods[] = {
    {"__length_hint__", str_iter_length_hint, 0, 0},
    {nullptr, nullptr, 0, 0},
};

void str_dealloc(Object* o) { free_object(o); }

// ---- methods

bool arg_str(const char* fname, Value v, int pos) {
  if (str_check(v)) return true;
  type_error("%s() argument %d must be str, not %s", fname, pos, type_of(v)->name.c_str());
  return false;
}

Value find_method(Value self, const Value* args, size_t nargs, bool reverse, bool raise_missing) {
  if (!str_check(args[0])) {
    return type_error("must be str, not %s", type_of(args[0])->name.c_str());
  }
  int64_t start, end;
  if (!search_bounds(args, nargs, 1, S(self)->length, &start, &end)) return Value();
  if (start > S(self)->length) return raise_missing ? value_error("substring not found") : Value::small(-1);
  int64_t i = find_in(self, args[0], start, end, reverse);
  if (i < 0 && raise_missing) return value_error("substring not found");
  return Value::small(i);
}

Value str_find(Value self, const Value* args, size_t nargs, Value) { return find_method(self, args, nargs, false, false); }
Value str_rfind(Value self, const Value* args, size_t nargs, Value) { return find_method(self, args, nargs, true, false); }
Value str_index(Value self, const Value* args, size_t nargs, Value) { return find_method(self, args, nargs, false, true); }
Value str_rindex(Value self, const Value* args, size_t nargs, Value) { return find_method(self, args, nargs, true, true); }

Value str_count(Value self, const Value* args, size_t nargs, Value) {
  if (!str_check(args[0])) return type_error("must be str, not %s", type_of(args[0])->name.c_str());
  int64_t start, end;
  if (!search_bounds(args, nargs, 1, S(self)->length, &start, &end)) return Value();
  if (start > end) return Value::small(0);
  int64_t n = S(args[0])->length;
  if (n == 0) return Value::small(end - start + 1);
  int64_t count = 0;
  for (int64_t i = start; (i = find_in(self, args[0], i, end, false)) >= 0; i += n) ++count;
  return Value::small(count);
}

Value affix(Value self, const Value* args, size_t nargs, bool suffix, const char* fname) {
  int64_t start, end;
  if (!search_bounds(args, nargs, 1, S(self)->length, &start, &end)) return Value();
  auto check = [&](Value p) -> int {
    int64_t n = S(p)->length;
    if (end - start < n || start > S(self)->length) return 0;
    int64_t at = suffix ? end - n : start;
    for (int64_t k = 0; k < n; ++k) {
      if (S(self)->at(at + k) != S(p)->at(k)) return 0;
    }
    return 1;
  };
  Value p = args[0];
  if (tuple_check(p)) {
    Tuple* t = as_tuple(p);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!str_check(t->items[i])) {
        return type_error("tuple for %s must only contain str, not %s", fname, type_of(t->items[i])->name.c_str());
      }
      if (check(t->items[i])) return newref(py_true());
    }
    return newref(py_false());
  }
  if (!str_check(p)) {
    return type_error("%s first arg must be str or a tuple of str, not %s", fname, type_of(p)->name.c_str());
  }
  return newref(py_bool(check(p)));
}

Value str_startswith(Value self, const Value* args, size_t nargs, Value) {
  return affix(self, args, nargs, false, "startswith");
}
Value str_endswith(Value self, const Value* args, size_t nargs, Value) { return affix(self, args, nargs, true, "endswith"); }

Value str_join(Value self, const Value* args, size_t, Value) {
  Ref seq(list_from_iterable(args[0]));
  if (!seq) return Value();
  List* l = as_list(seq.get());
  Str* sep = S(self);
  int64_t total = 0;
  char32_t maxchar = sep->ascii ? 0 : 0xFF;
  bool narrow = sep->kind == 1;
  for (int64_t i = 0; i < l->size; ++i) {
    Value item = l->items[i];
    if (!str_check(item)) {
      return type_error("sequence item %zd: expected str instance, %s found", size_t(i), type_of(item)->name.c_str());
    }
    total += S(item)->length;
    if (S(item)->kind != 1) narrow = false;
    if (!S(item)->ascii) maxchar = 0xFF;
  }
  if (l->size == 1 && str_check_exact(l->items[0])) return newref(l->items[0]);
  total += sep->length * std::max<int64_t>(0, l->size - 1);
  if (narrow) {
    Str* r = str_alloc(&str_type, total, maxchar ? 0xFF : 0x7F);
    if (!r) return Value();
    uint8_t* p = r->data();
    for (int64_t i = 0; i < l->size; ++i) {
      if (i) {
        std::memcpy(p, sep->data(), size_t(sep->length));
        p += sep->length;
      }
      Str* item = S(l->items[i]);
      std::memcpy(p, item->data(), size_t(item->length));
      p += item->length;
    }
    if (total == 0) {
      decref(r);
      return Value(empty_str);
    }
    return r;
  }
  U32 out;
  out.reserve(size_t(total));
  U32 sepu = to_u32(self);
  for (int64_t i = 0; i < l->size; ++i) {
    if (i) out += sepu;
    out += to_u32(l->items[i]);
  }
  return from_u32(out);
}

bool is_space(char32_t c) { return c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : unicode::is_space(c); }

Value split_impl(Value self, const Value* args, size_t nargs, Value kwnames, bool reverse) {
  static const char* const kNames[] = {"sep", "maxsplit"};
  Value a[2];
  if (!bind_keywords(reverse ? "rsplit" : "split", args, nargs, kwnames, kNames, 2, a)) return Value();
  int64_t maxsplit = -1;
  if (a[1] && !index_as_ssize(a[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Str* s = S(self);
  Ref result(list_new(0));
  if (!result) return Value();
  std::vector<std::pair<int64_t, int64_t>> parts;
  if (!a[0] || is_none(a[0])) {
    int64_t n = s->length;
    if (!reverse) {
      int64_t i = 0;
      while (i < n) {
        while (i < n && is_space(s->at(i))) ++i;
        if (i == n) break;
        if (int64_t(parts.size()) == maxsplit) {
          parts.push_back({i, n});  // the rest, trailing whitespace kept
          break;
        }
        int64_t j = i;
        while (j < n && !is_space(s->at(j))) ++j;
        parts.push_back({i, j});
        i = j;
      }
    } else {
      int64_t i = n;
      while (i > 0) {
        while (i > 0 && is_space(s->at(i - 1))) --i;
        if (i == 0) break;
        if (int64_t(parts.size()) == maxsplit) {
          parts.push_back({0, i});  // the rest, leading whitespace kept
          break;
        }
        int64_t j = i;
        while (j > 0 && !is_space(s->at(j - 1))) --j;
        parts.push_back({j, i});
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    if (!str_check(a[0])) return type_error("must be str or None, not %s", type_of(a[0])->name.c_str());
    int64_t seplen = S(a[0])->length;
    if (seplen == 0) return value_error("empty separator");
    if (!reverse) {
      int64_t i = 0, count = 0;
      for (int64_t j; count < maxsplit && (j = find_in(self, a[0], i, s->length, false)) >= 0; ++count) {
        parts.push_back({i, j});
        i = j + seplen;
      }
      parts.push_back({i, s->length});
    } else {
      int64_t end = s->length, count = 0;
      for (int64_t j; count < maxsplit && (j = find_in(self, a[0], 0, end, true)) >= 0; ++count) {
        parts.push_back({j + seplen, end});
        end = j;
      }
      parts.push_back({0, end});
      std::reverse(parts.begin(), parts.end());
    }
  }
  for (auto [b, e] : parts) {
    Ref piece(substr(self, b, e - b));
    if (!piece || list_append(result.get(), piece.get()) < 0) return Value();
  }
  return result.release();
}

Value str_split(Value self, const Value* args, size_t nargs, Value kw) { return split_impl(self, args, nargs, kw, false); }
Value str_rsplit(Value self, const Value* args, size_t nargs, Value kw) { return split_impl(self, args, nargs, kw, true); }

Value str_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"keepends"};
  Value a[1];
  if (!bind_keywords("splitlines", args, nargs, kwnames, kNames, 1, a)) return Value();
  int keep = a[0] ? truth(a[0]) : 0;
  if (keep < 0) return Value();
  Str* s = S(self);
  Ref result(list_new(0));
  if (!result) return Value();
  int64_t i = 0, n = s->length;
  while (i < n) {
    int64_t j = i;
    while (j < n && !unicode::is_linebreak(s->at(j))) ++j;
    int64_t eol = j;
    if (j < n) {
      if (s->at(j) == '\r' && j + 1 < n && s->at(j + 1) == '\n') j += 2;
      else ++j;
    }
    Ref piece(substr(self, i, (keep ? j : eol) - i));
    if (!piece || list_append(result.get(), piece.get()) < 0) return Value();
    i = j;
  }
  return result.release();
}

Value strip_impl(Value self, const Value* args, size_t nargs, int sides) {
  Str* s = S(self);
  U32 chars;
  bool whitespace = nargs == 0 || is_none(args[0]);
  if (!whitespace) {
    if (!str_check(args[0])) {
      return type_error("%s arg must be None or str", sides == 3 ? "strip" : sides == 1 ? "lstrip" : "rstrip");
    }
    chars = to_u32(args[0]);
  }
  auto strip = [&](char32_t c) { return whitespace ? is_space(c) : chars.find(c) != U32::npos; };
  int64_t b = 0, e = s->length;
  if (sides & 1) {
    while (b < e && strip(s->at(b))) ++b;
  }
  if (sides & 2) {
    while (e > b && strip(s->at(e - 1))) --e;
  }
  return substr(self, b, e - b);
}

Value str_strip(Value self, const Value* args, size_t nargs, Value) { return strip_impl(self, args, nargs, 3); }
Value str_lstrip(Value self, const Value* args, size_t nargs, Value) { return strip_impl(self, args, nargs, 1); }
Value str_rstrip(Value self, const Value* args, size_t nargs, Value) { return strip_impl(self, args, nargs, 2); }

Value str_replace(Value self, const Value* args, size_t nargs, Value) {
  if (!arg_str("replace", args[0], 1) || !arg_str("replace", args[1], 2)) return Value();
  int64_t count = -1;
  if (nargs > 2 && !index_as_ssize(args[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  Str* s = S(self);
  int64_t oldlen = S(args[0])->length;
  U32 out, repl = to_u32(args[1]);
  if (oldlen == 0) {
    int64_t done = 0;
    for (int64_t i = 0; i <= s->length; ++i) {
      if (done < count) {
        out += repl;
        ++done;
      }
      if (i < s->length) out.push_back(s->at(i));
    }
    return from_u32(out);
  }
  int64_t i = 0, done = 0;
  for (int64_t j; done < count && (j = find_in(self, args[0], i, s->length, false)) >= 0; ++done) {
    for (int64_t k = i; k < j; ++k) out.push_back(s->at(k));
    out += repl;
    i = j + oldlen;
  }
  if (done == 0) return str_check_exact(self) ? newref(self) : substr(self, 0, s->length);
  for (int64_t k = i; k < s->length; ++k) out.push_back(s->at(k));
  return from_u32(out);
}

using CaseFn = std::string (*)(std::string_view);
Value case_map(Value self, CaseFn f) {
  std::string buf;
  return str_from_utf8(f(str_utf8_view(self, &buf)));
}
Value str_lower(Value self, const Value*, size_t, Value) {
  Str* s = S(self);
  if (s->ascii) {
    std::string t(s->ascii_view());
    for (char& c : t) c = char(std::tolower((unsigned char)c));
    return str_from_ascii(t);
  }
  return case_map(self, unicode::lower);
}
Value str_upper(Value self, const Value*, size_t, Value) {
  Str* s = S(self);
  if (s->ascii) {
    std::string t(s->ascii_view());
    for (char& c : t) c = char(std::toupper((unsigned char)c));
    return str_from_ascii(t);
  }
  return case_map(self, unicode::upper);
}
Value str_casefold(Value self, const Value*, size_t, Value) { return case_map(self, unicode::casefold); }
Value str_swapcase(Value self, const Value*, size_t, Value) { return case_map(self, unicode::swapcase); }
Value str_title(Value self, const Value*, size_t, Value) { return case_map(self, unicode::title); }
Value str_capitalize(Value self, const Value*, size_t, Value) { return case_map(self, unicode::capitalize); }

using CharPred = bool (*)(char32_t);
Value all_chars(Value self, CharPred p) {
  Str* s = S(self);
  if (s->length == 0) return newref(py_false());
  for (int64_t i = 0; i < s->length; ++i) {
    if (!p(s->at(i))) return newref(py_false());
  }
  return newref(py_true());
}
Value str_isdigit(Value self, const Value*, size_t, Value) { return all_chars(self, unicode::is_digit); }
Value str_isdecimal(Value self, const Value*, size_t, Value) { return all_chars(self, unicode::is_decimal); }
Value str_isnumeric(Value self, const Value*, size_t, Value) { return all_chars(self, unicode::is_numeric); }
Value str_isalpha(Value self, const Value*, size_t, Value) { return all_chars(self, unicode::is_alpha); }
Value str_isalnum(Value self, const Value*, size_t, Value) { return all_chars(self, unicode::is_alnum); }
Value str_isspace(Value self, const Value*, size_t, Value) { return all_chars(self, unicode::is_space); }
Value str_isascii(Value self, const Value*, size_t, Value) { return newref(py_bool(S(self)->ascii)); }
Value str_isprintable(Value self, const Value*, size_t, Value) {
  Str* s = S(self);
  for (int64_t i = 0; i < s->length; ++i) {
    if (!unicode::is_printable(s->at(i))) return newref(py_false());
  }
  return newref(py_true());
}

Value cased_check(Value self, bool want_upper) {
  Str* s = S(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (want_upper ? (unicode::is_lower(c) || unicode::is_title(c)) : (unicode::is_upper(c) || unicode::is_title(c))) {
      return newref(py_false());
    }
    if (!cased && (want_upper ? unicode::is_upper(c) : unicode::is_lower(c))) cased = true;
  }
  return newref(py_bool(cased));
}
Value str_isupper(Value self, const Value*, size_t, Value) { return cased_check(self, true); }
Value str_islower(Value self, const Value*, size_t, Value) { return cased_check(self, false); }

Value str_istitle(Value self, const Value*, size_t, Value) {
  Str* s = S(self);
  bool cased = false, previous_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (previous_cased) return newref(py_false());
      previous_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_cased) return newref(py_false());
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return newref(py_bool(cased));
}

bool identifier(Value self) {
  Str* s = S(self);
  if (s->length == 0) return false;
  char32_t first = s->at(0);
  if (first != '_' && !unicode::is_xid_start(first)) return false;
  for (int64_t i = 1; i < s->length; ++i) {
    if (!unicode::is_xid_continue(s->at(i))) return false;
  }
  return true;
}
Value str_isidentifier(Value self, const Value*, size_t, Value) { return newref(py_bool(identifier(self))); }

Value pad(Value self, int64_t left, int64_t right, char32_t fill) {
  if (left <= 0 && right <= 0) return str_check_exact(self) ? newref(self) : substr(self, 0, S(self)->length);
  uint64_t extra = uint64_t(std::max<int64_t>(left, 0)) + uint64_t(std::max<int64_t>(right, 0));
  if (!fits_allocation(extra + uint64_t(S(self)->length), sizeof(char32_t))) return no_memory();
  U32 out(size_t(std::max<int64_t>(left, 0)), fill);
  out += to_u32(self);
  out.append(size_t(std::max<int64_t>(right, 0)), fill);
  return from_u32(out);
}

bool fill_arg(const char* fname, const Value* args, size_t nargs, char32_t* fill) {
  *fill = ' ';
  if (nargs < 2) return true;
  if (!str_check(args[1]) || S(args[1])->length != 1) {
    if (!str_check(args[1])) {
      type_error("%s() argument 2 must be str, not %s", fname, type_of(args[1])->name.c_str());
    } else {
      type_error("The fill character must be exactly one character long");
    }
    return false;
  }
  *fill = S(args[1])->at(0);
  return true;
}

Value justify(Value self, const Value* args, size_t nargs, const char* fname, int mode) {
  int64_t width;
  char32_t fill;
  if (!index_as_ssize(args[0], &width) || !fill_arg(fname, args, nargs, &fill)) return Value();
  int64_t margin = width - S(self)->length;
  if (margin <= 0) return pad(self, 0, 0, fill);
  if (mode == 0) return pad(self, 0, margin, fill);
  if (mode == 1) return pad(self, margin, 0, fill);
  int64_t left = margin / 2 + (margin & width & 1);
  return pad(self, left, margin - left, fill);
}
Value str_ljust(Value self, const Value* args, size_t nargs, Value) { return justify(self, args, nargs, "ljust", 0); }
Value str_rjust(Value self, const Value* args, size_t nargs, Value) { return justify(self, args, nargs, "rjust", 1); }
Value str_center(Value self, const Value* args, size_t nargs, Value) { return justify(self, args, nargs, "center", 2); }

Value str_zfill(Value self, const Value* args, size_t, Value) {
  int64_t width;
  if (!index_as_ssize(args[0], &width)) return Value();
  U32 u = to_u32(self);
  if (int64_t(u.size()) >= width) return pad(self, 0, 0, ' ');
  if (!fits_allocation(uint64_t(width), sizeof(char32_t))) return no_memory();
  size_t fill = size_t(width) - u.size();
  size_t at = !u.empty() && (u[0] == '+' || u[0] == '-') ? 1 : 0;
  u.insert(at, fill, U'0');
  return from_u32(u);
}

Value partition_impl(Value self, Value sep, bool reverse) {
  if (!str_check(sep)) return type_error("must be str, not %s", type_of(sep)->name.c_str());
  if (S(sep)->length == 0) return value_error("empty separator");
  Str* s = S(self);
  int64_t i = find_in(self, sep, 0, s->length, reverse);
  if (i < 0) {
    Ref whole(substr(self, 0, s->length));
    if (!whole) return Value();
    return reverse ? tuple_pack({empty_str, empty_str, whole.get()}) : tuple_pack({whole.get(), empty_str, empty_str});
  }
  int64_t n = S(sep)->length;
  Ref a(substr(self, 0, i)), b(substr(self, i + n, s->length - i - n));
  if (!a || !b) return Value();
  return tuple_pack({a.get(), sep, b.get()});
}
Value str_partition(Value self, const Value* args, size_t, Value) { return partition_impl(self, args[0], false); }
Value str_rpartition(Value self, const Value* args, size_t, Value) { return partition_impl(self, args[0], true); }

Value str_removeprefix(Value self, const Value* args, size_t, Value) {
  if (!arg_str("removeprefix", args[0], 1)) return Value();
  int64_t n = S(args[0])->length;
  if (find_in(self, args[0], 0, std::min(n, S(self)->length), false) == 0) return substr(self, n, S(self)->length - n);
  return substr(self, 0, S(self)->length);
}
Value str_removesuffix(Value self, const Value* args, size_t, Value) {
  if (!arg_str("removesuffix", args[0], 1)) return Value();
  int64_t n = S(args[0])->length, len = S(self)->length;
  if (n > 0 && n <= len && find_in(self, args[0], len - n, len, false) == len - n) return substr(self, 0, len - n);
  return substr(self, 0, len);
}

Value str_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"tabsize"};
  Value a[1];
  if (!bind_keywords("expandtabs", args, nargs, kwnames, kNames, 1, a)) return Value();
  int64_t tab = 8;
  if (a[0] && !index_as_c_int(a[0], &tab)) return Value();
  U32 out;
  int64_t col = 0;
  Str* s = S(self);
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (c == '\t') {
      if (tab > 0) {
        int64_t spaces = tab - col % tab;
        if (!fits_allocation(uint64_t(spaces) + out.size(), sizeof(char32_t))) return no_memory();
        out.append(size_t(spaces), U' ');
        col += spaces;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return from_u32(out);
}

Value str_encode(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"encoding", "errors"};
  Value a[2];
  if (!bind_keywords("encode", args, nargs, kwnames, kNames, 2, a)) return Value();
  for (int k = 0; k < 2; ++k) {
    if (a[k] && !str_check(a[k])) {
      return type_error("encode() argument '%s' must be str, not %s", kNames[k], type_of(a[k])->name.c_str());
    }
  }
  return codec_encode(self, a[0] ? str_to_utf8(a[0]) : "utf-8", a[1] ? str_to_utf8(a[1]) : "strict");
}

Value str_maketrans(Value, const Value* args, size_t nargs, Value) {
  Ref d{Value(dict_new())};
  if (!d) return Value();
  if (nargs == 1) {
    if (!dict_check(args[0])) return type_error("if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(args[0]), &pos, &k, &v)) {
      Ref key;
      if (str_check(k)) {
        if (S(k)->length != 1) return value_error("string keys in translate table must be of length 1");
        key = Ref(Value::small(S(k)->at(0)));
      } else if (int_check(k)) {
        key = Ref::borrow(k);
      } else {
        return type_error("keys in translate table must be strings or integers");
      }
      if (dict_set(as_dict(d.get()), key.get(), v) < 0) return Value();
    }
    return d.release();
  }
  if (!str_check(args[0]) || !str_check(args[1])) return type_error("maketrans() argument must be str");
  if (S(args[0])->length != S(args[1])->length) {
    return value_error("the first two maketrans arguments must have equal length");
  }
  for (int64_t i = 0; i < S(args[0])->length; ++i) {
    Ref v(Value::small(S(args[1])->at(i)));
    if (dict_set(as_dict(d.get()), Value::small(S(args[0])->at(i)), v.get()) < 0) return Value();
  }
  if (nargs > 2) {
    if (!str_check(args[2])) return type_error("maketrans() argument 3 must be str");
    for (int64_t i = 0; i < S(args[2])->length; ++i) {
      if (dict_set(as_dict(d.get()), Value::small(S(args[2])->at(i)), none()) < 0) return Value();
    }
  }
  return d.release();
}

Value str_translate(Value self, const Value* args, size_t, Value) {
  Str* s = S(self);
  U32 out;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    Ref key(Value::small(c));
    Ref r(getitem(args[0], key.get()));
    if (!r) {
      if (!matches(&exc::LookupError)) return Value();
      clear_error();
      out.push_back(c);
      continue;
    }
    if (is_none(r.get())) continue;
    if (int_check(r.get())) {
      int64_t n;
      if (!int_to_i64(r.get(), &n) || n < 0 || n > 0x10FFFF) return value_error("character mapping must be in range(0x110000)");
      out.push_back(char32_t(n));
    } else if (str_check(r.get())) {
      out += to_u32(r.get());
    } else {
      return type_error("character mapping must return integer, None or str");
    }
  }
  return from_u32(out);
}

Value str_getnewargs(Value self, const Value*, size_t, Value) {
  Ref s(substr(self, 0, S(self)->length));
  if (!s) return Value();
  return tuple_pack({s.get()});
}


Value str_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"object", "encoding", "errors"};
  Value a[3];
  if (!bind_keywords("str", args, nargs, kwnames, kNames, 3, a)) return Value();
  Ref result;
  if (!a[0]) {
    result = Ref(Value(empty_str));
  } else if (a[1] || a[2]) {
    if (!bytes_check(a[0]) && type_of(a[0]) != &bytearray_type) {
      return type_error("decoding to str: need a bytes-like object, %s found", type_of(a[0])->name.c_str());
    }
    Ref m(str_intern("decode"));
    Ref f(getattr(a[0], m.get()));
    if (!f) return Value();
    Value call_args[2] = {a[1] ? a[1] : Value(), a[2] ? a[2] : Value()};
    size_t n = a[2] ? 2 : 1;
    if (!a[1]) call_args[0] = str_intern("utf-8");
    result = Ref(call(f.get(), call_args, n));
  } else {
    result = Ref(str(a[0]));
  }
  if (!result || type == &str_type) return result.release();
  Str* src = S(result.get());
  char32_t maxchar = src->ascii ? 0x7F : src->kind == 1 ? 0xFF : src->kind == 2 ? 0xFFFF : 0x10FFFF;
  Str* r = str_alloc(type, src->length, maxchar);
  if (!r) return Value();
  r->kind = src->kind;
  std::memcpy(r->data(), src->data(), size_t(src->length) * src->kind);
  return r;
}

const MethodDef kStrMethods[] = {
    {"find", str_find, 1, 3},
    {"rfind", str_rfind, 1, 3},
    {"index", str_index, 1, 3},
    {"rindex", str_rindex, 1, 3},
    {"count", str_count, 1, 3},
    {"startswith", str_startswith, 1, 3},
    {"endswith", str_endswith, 1, 3},
    {"join", str_join, 1, 1},
    {"split", str_split, 0, 2, MethodDef::kKeywords},
    {"rsplit", str_rsplit, 0, 2, MethodDef::kKeywords},
    {"splitlines", str_splitlines, 0, 1, MethodDef::kKeywords},
    {"strip", str_strip, 0, 1},
    {"lstrip", str_lstrip, 0, 1},
    {"rstrip", str_rstrip, 0, 1},
    {"replace", str_replace, 2, 3},
    {"lower", str_lower, 0, 0},
    {"upper", str_upper, 0, 0},
    {"casefold", str_casefold, 0, 0},
    {"swapcase", str_swapcase, 0, 0},
    {"title", str_title, 0, 0},
    {"capitalize", str_capitalize, 0, 0},
    {"isdigit", str_isdigit, 0, 0},
    {"isdecimal", str_isdecimal, 0, 0},
    {"isnumeric", str_isnumeric, 0, 0},
    {"isalpha", str_isalpha, 0, 0},
    {"isalnum", str_isalnum, 0, 0},
    {"isspace", str_isspace, 0, 0},
    {"isascii", str_isascii, 0, 0},
    {"isprintable", str_isprintable, 0, 0},
    {"isupper", str_isupper, 0, 0},
    {"islower", str_islower, 0, 0},
    {"istitle", str_istitle, 0, 0},
    {"isidentifier", str_isidentifier, 0, 0},
    {"ljust", str_ljust, 1, 2},
    {"rjust", str_rjust, 1, 2},
    {"center", str_center, 1, 2},
    {"zfill", str_zfill, 1, 1},
    {"partition", str_partition, 1, 1},
    {"rpartition", str_rpartition, 1, 1},
    {"removeprefix", str_removeprefix, 1, 1},
    {"removesuffix", str_removesuffix, 1, 1},
    {"expandtabs", str_expandtabs, 0, 1, MethodDef::kKeywords},
    {"encode", str_encode, 0, 2, MethodDef::kKeywords},
    {"maketrans", str_maketrans, 1, 3, MethodDef::kStatic},
    {"translate", str_translate, 1, 1},
    {"format", str_format_method, 0, -1, MethodDef::kKeywords},
    {"format_map", str_format_map, 1, 1},
    {"__format__", str_format_spec, 1, 1},
    {"__getnewargs__", str_getnewargs, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_str_types() {
  interned = new InternTable();
  Type* t = &str_type;
  t->name = "str";
  t->basic_size = sizeof(Str);
  t->item_size = 1;
  t->flags = Type::kBaseType | Type::kStrSubclass;
  t->dealloc = str_dealloc;
  t->new_ = str_new;
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash_slot;
  t->compare = str_compare_slot;
  t->len = str_len;
  t->contains = str_contains;
  t->getitem = str_getitem;
  t->iter = str_iter;
  t->number[int(BinaryOp::Add)] = str_add;
  t->number[int(BinaryOp::Multiply)] = str_mul;
  t->number[int(BinaryOp::Remainder)] = str_mod_slot;
  t->methods = kStrMethods;
  t = &str_iterator_type;
  t->name = "str_ascii_iterator";
  t->basic_size = sizeof(StrIter);
  t->dealloc = str_iter_dealloc;
  t->iter = self_iter;
  t->next = str_iter_next;
  t->methods = kStrIterMethods;
  empty_str = str_alloc(&str_type, 0, 0);
  interned->add(interned->find(empty_str), empty_str);
  for (Type* t : {&str_type, &str_iterator_type}) register_static_type(t);
}

}  // namespace pytier::light
