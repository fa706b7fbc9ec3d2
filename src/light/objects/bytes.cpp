#include "light/objects/bytes.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "light/num/hash.h"
#include "light/objects/abstract.h"
#include "light/objects/codecs.h"
#include "light/objects/builtin_function.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/memoryview.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"

namespace pytier::light {

Type bytes_type;
Type bytearray_type;
Type bytes_iterator_type;

namespace {

Bytes* bytes_alloc(Type* type, size_t n) {
  if (!fits_allocation(n, 1)) {
    no_memory();
    return nullptr;
  }
  auto* b = static_cast<Bytes*>(alloc_object(type, std::max(type->basic_size, sizeof(Bytes)) + n + 1));
  if (!b) return nullptr;
  b->size = int64_t(n);
  b->hash = -1;
  return b;
}

// The bytes of a bytes or bytearray value (the operand whose slot runs);
// false (no exception) for anything else, memoryview included.
bool own_bytes(Value v, std::string_view* out) {
  return (bytes_check(v) || (!v.is_small() && is_subtype(type_of(v), &bytearray_type))) && bytes_like(v, out);
}

std::string_view view_of(Value v) {
  std::string_view s;
  (void)bytes_like(v, &s);
  return s;
}

Value bytes_repr_of(std::string_view data, const char* prefix, const char* suffix) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = prefix;
  out.push_back(quote);
  for (unsigned char c : data) {
    if (c == quote || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  out += suffix;
  return str_from_ascii(out);
}

Value bytes_repr(Value self) { return bytes_repr_of(self.as<Bytes>()->view(), "b", ""); }

Value bytearray_repr(Value self) {
  std::string prefix = type_of(self)->name + "(b";
  return bytes_repr_of(self.as<ByteArray>()->view(), prefix.c_str(), ")");
}

int64_t bytes_hash(Value self) {
  Bytes* b = self.as<Bytes>();
  if (b->hash == -1) b->hash = num::bytes_hash(b->view());
  return b->hash;
}

Value bytes_compare(Value a, Value b, CompareOp op) {
  std::string_view x, y;
  // bytes compares with bytes only; a bytearray with any bytes-like value.
  bool by_buffer = is_subtype(type_of(a), &bytearray_type) || is_subtype(type_of(b), &bytearray_type);
  if (!(by_buffer ? bytes_like(a, &x) && bytes_like(b, &y) : own_bytes(a, &x) && own_bytes(b, &y))) {
    return newref(not_implemented());
  }
  int c = x.compare(y);
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return newref(py_bool(r));
}

int64_t bytes_len(Value self) { return int64_t(view_of(self).size()); }

Value make_like(Value self, std::string_view data) {
  return is_subtype(type_of(self), &bytearray_type) ? bytearray_from(data) : bytes_from(data);
}

Value bytes_getitem(Value self, Value key) {
  std::string_view d = view_of(self);
  int64_t n = int64_t(d.size());
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, n, &start, &stop, &step, &count) < 0) return Value();
    std::string out;
    for (int64_t i = 0, j = start; i < count; ++i, j += step) out.push_back(d[size_t(j)]);
    return make_like(self, out);
  }
  if (!int_check(key) && !type_of(key)->index) {
    return type_error("byte indices must be integers or slices, not %.200s", type_of(key)->name.c_str());
  }
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return Value();
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    return index_error(is_subtype(type_of(self), &bytearray_type) ? "bytearray index out of range"
                                                                  : "index out of range");
  }
  return Value::small(static_cast<unsigned char>(d[size_t(i)]));
}

int bytes_contains(Value self, Value item) {
  std::string_view d = view_of(self), needle;
  if (int_check(item)) {
    int64_t v;
    if (!int_to_i64(item, &v) || v < 0 || v > 255) {
      value_error("byte must be in range(0, 256)");
      return -1;
    }
    return d.find(char(v)) != std::string_view::npos;
  }
  if (!bytes_like(item, &needle)) {
    type_error("a bytes-like object is required, not '%s'", type_of(item)->name.c_str());
    return -1;
  }
  return d.find(needle) != std::string_view::npos;
}

Value bytes_add(Value a, Value b) {
  std::string_view x, y;
  if (!own_bytes(a, &x)) return newref(not_implemented());
  if (!bytes_like(b, &y)) return newref(not_implemented());  // b's __radd__ may take it
  return make_like(a, std::string(x) + std::string(y));
}

Value bytes_mul(Value a, Value b) {
  std::string_view d;
  if (!own_bytes(a, &d)) {
    if (!own_bytes(b, &d)) return newref(not_implemented());
    std::swap(a, b);
  }
  if (!is_index(b)) return newref(not_implemented());
  int64_t n;
  if (!index_as_i64(b, &n, &exc::OverflowError)) return Value();
  if (n <= 0 || d.empty()) return make_like(a, "");
  if (uint64_t(n) > kMaxAllocation / d.size()) return no_memory();
  std::string out;
  out.reserve(d.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) out += d;
  return make_like(a, out);
}

struct BytesIter : Object {
  Value seq;
  int64_t index;
};

Value bytes_iter(Value self) {
  auto* it = alloc<BytesIter>(&bytes_iterator_type);
  if (!it) return Value();
  it->seq = newref(self);
  return it;
}

Value bytes_iter_next(Value self) {
  auto* it = self.as<BytesIter>();
  if (!it->seq) return Value();
  std::string_view d = view_of(it->seq);
  if (it->index < int64_t(d.size())) return Value::small(static_cast<unsigned char>(d[size_t(it->index++)]));
  set_slot(&it->seq, Value());
  return Value();
}

void bytes_iter_dealloc(Object* o) {
  xdecref(static_cast<BytesIter*>(o)->seq);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

// bytes(x) / bytearray(x): from an int count, a str with an encoding, a
// buffer or an iterable of ints.
bool bytes_source(const char* fname, const Value* args, size_t nargs, Value kwnames, std::string* out) {
  static const char* const kNames[] = {"source", "encoding", "errors"};
  Value a[3];
  if (!bind_keywords(fname, args, nargs, kwnames, kNames, 3, a)) return false;
  if (!a[0]) {
    if (a[1] || a[2]) {
      type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  Value x = a[0];
  if (str_check(x)) {
    if (!a[1]) {
      type_error("string argument without an encoding");
      return false;
    }
    Ref m(str_intern("encode"));
    Value call_args[2] = {a[1], a[2]};
    Ref r(call_method(x, m.get(), call_args, a[2] ? 2 : 1));
    if (!r) return false;
    *out = std::string(view_of(r.get()));
    return true;
  }
  if (a[1] || a[2]) {
    type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
    return false;
  }
  std::string_view buf;
  if (bytes_like(x, &buf)) {
    *out = std::string(buf);
    return true;
  }
  if (int_check(x) || (type_of(x)->index && !type_of(x)->iter)) {
    int64_t n;
    if (!index_as_i64(x, &n, &exc::OverflowError)) return false;
    if (n < 0) {
      value_error("negative count");
      return false;
    }
    if (uint64_t(n) > kMaxAllocation) {
      no_memory();
      return false;
    }
    out->assign(size_t(n), '\0');
    return true;
  }
  Ref it(iter(x));
  if (!it) {
    if (matches(&exc::TypeError)) {
      clear_error();
      type_error("cannot convert '%s' object to %s", type_of(x)->name.c_str(), fname);
    }
    return false;
  }
  for (;;) {
    Ref item(next(it.get()));
    if (!item) return !pending();
    if (!int_check(item.get()) && !type_of(item.get())->index) {
      type_error("'%s' object cannot be interpreted as an integer", type_of(item.get())->name.c_str());
      return false;
    }
    int64_t v;
    if (!index_as_i64(item.get(), &v, nullptr)) return false;
    if (v < 0 || v > 255) {
      value_error(std::strcmp(fname, "bytes") == 0 ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
      return false;
    }
    out->push_back(char(v));
  }
}

Value bytes_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 1 && !kwnames && !bytes_check(args[0])) {
    bool found;
    Value r = call_dunder(args[0], names::__bytes__, nullptr, 0, &found);
    if (found) return r;
  }
  std::string data;
  if (!bytes_source("bytes", args, nargs, kwnames, &data)) return Value();
  Bytes* b = bytes_alloc(type, data.size());
  if (!b) return Value();
  std::memcpy(b->data(), data.data(), data.size());
  return b;
}

void bytes_dealloc(Object* o) { free_object(o); }

// ---- methods shared by bytes and bytearray

Value m_decode(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"encoding", "errors"};
  Value a[2];
  if (!bind_keywords("decode", args, nargs, kwnames, kNames, 2, a)) return Value();
  for (int k = 0; k < 2; ++k) {
    if (a[k] && !str_check(a[k])) {
      return type_error("decode() argument '%s' must be str, not %s", kNames[k], type_of(a[k])->name.c_str());
    }
  }
  return codec_decode(view_of(self), a[0] ? str_to_utf8(a[0]) : "utf-8", a[1] ? str_to_utf8(a[1]) : "strict");
}

Value m_hex(Value self, const Value* args, size_t nargs, Value kwnames) {
  return bytes_hex(view_of(self), args, nargs, kwnames);
}

Value m_join(Value self, const Value* args, size_t, Value) {
  Ref items(list_from_iterable(args[0]));
  if (!items) return Value();
  std::string out;
  std::string_view sep = view_of(self);
  List* l = as_list(items.get());
  for (int64_t i = 0; i < l->size; ++i) {
    std::string_view part;
    if (!bytes_like(l->items[i], &part)) {
      return type_error("sequence item %zd: expected a bytes-like object, %s found", size_t(i),
                        type_of(l->items[i])->name.c_str());
    }
    if (i) out += sep;
    out += part;
  }
  return make_like(self, out);
}

bool affix_matches(std::string_view d, std::string_view p, int64_t start, int64_t end, bool suffix) {
  if (start > int64_t(d.size()) || end - start < int64_t(p.size())) return false;
  std::string_view in = d.substr(size_t(start), size_t(end - start));
  return suffix ? in.ends_with(p) : in.starts_with(p);
}

Value affix(Value self, const Value* args, size_t nargs, bool suffix) {
  std::string_view d = view_of(self), p;
  int64_t start, end;
  if (!search_bounds(args, nargs, 1, int64_t(d.size()), &start, &end)) return Value();
  if (tuple_check(args[0])) {
    Tuple* options = as_tuple(args[0]);
    for (int64_t i = 0; i < options->size; ++i) {
      if (!bytes_like(options->items[i], &p)) {
        return type_error("a bytes-like object is required, not '%.200s'", type_of(options->items[i])->name.c_str());
      }
      if (affix_matches(d, p, start, end, suffix)) return newref(py_true());
    }
    return newref(py_false());
  }
  if (!bytes_like(args[0], &p)) {
    return type_error("%s first arg must be bytes or a tuple of bytes, not %s", suffix ? "endswith" : "startswith",
                      type_of(args[0])->name.c_str());
  }
  return newref(py_bool(affix_matches(d, p, start, end, suffix)));
}
Value m_startswith(Value self, const Value* args, size_t nargs, Value) { return affix(self, args, nargs, false); }
Value m_endswith(Value self, const Value* args, size_t nargs, Value) { return affix(self, args, nargs, true); }

// The needle of find/count/index: a byte value or a bytes-like object.
bool needle(Value v, std::string* one, std::string_view* out) {
  if (int_check(v)) {
    int64_t byte;
    if (!index_as_i64(v, &byte, &exc::ValueError)) return false;
    if (byte < 0 || byte > 255) {
      value_error("byte must be in range(0, 256)");
      return false;
    }
    one->assign(1, char(byte));
    *out = *one;
    return true;
  }
  if (bytes_like(v, out)) return true;
  type_error("argument should be integer or bytes-like object, not '%.200s'", type_of(v)->name.c_str());
  return false;
}

bool bytes_arg(Value v, std::string_view* out) {
  if (bytes_like(v, out)) return true;
  type_error("a bytes-like object is required, not '%.200s'", type_of(v)->name.c_str());
  return false;
}

// find/rfind/index/rindex: the position, -1 when missing, or -2 on error.
int64_t find_impl(Value self, const Value* args, size_t nargs, bool reverse) {
  std::string_view d = view_of(self), p;
  std::string one;
  int64_t start, end;
  if (!needle(args[0], &one, &p) || !search_bounds(args, nargs, 1, int64_t(d.size()), &start, &end)) return -2;
  if (end - start < int64_t(p.size())) return -1;
  std::string_view in = d.substr(size_t(start), size_t(end - start));
  size_t i = reverse ? in.rfind(p) : in.find(p);
  return i == std::string_view::npos ? -1 : start + int64_t(i);
}

Value found(int64_t i, bool raise_missing) {
  if (i == -2) return Value();
  if (i == -1 && raise_missing) return value_error("subsection not found");
  return Value::small(i);
}

Value m_find(Value self, const Value* args, size_t nargs, Value) { return found(find_impl(self, args, nargs, false), false); }
Value m_rfind(Value self, const Value* args, size_t nargs, Value) { return found(find_impl(self, args, nargs, true), false); }
Value m_index(Value self, const Value* args, size_t nargs, Value) { return found(find_impl(self, args, nargs, false), true); }
Value m_rindex(Value self, const Value* args, size_t nargs, Value) { return found(find_impl(self, args, nargs, true), true); }

Value m_isascii(Value self, const Value*, size_t, Value) {
  for (unsigned char c : view_of(self)) {
    if (c >= 128) return newref(py_false());
  }
  return newref(py_true());
}
Value m_removeprefix(Value self, const Value* args, size_t, Value) {
  std::string_view d = view_of(self), p;
  if (!bytes_like(args[0], &p)) return type_error("a bytes-like object is required, not '%s'", type_of(args[0])->name.c_str());
  return make_like(self, d.substr(0, p.size()) == p ? d.substr(p.size()) : d);
}
Value m_removesuffix(Value self, const Value* args, size_t, Value) {
  std::string_view d = view_of(self), p;
  if (!bytes_like(args[0], &p)) return type_error("a bytes-like object is required, not '%s'", type_of(args[0])->name.c_str());
  bool has = !p.empty() && p.size() <= d.size() && d.substr(d.size() - p.size()) == p;
  return make_like(self, has ? d.substr(0, d.size() - p.size()) : d);
}

Value justify(Value self, const Value* args, size_t nargs, int mode) {
  int64_t width;
  if (!index_as_ssize(args[0], &width)) return Value();
  char fill = ' ';
  if (nargs > 1) {
    std::string_view f;
    if (!bytes_like(args[1], &f) || f.size() != 1) {
      return type_error("argument 2 must be a byte string of length 1, not %s", type_of(args[1])->name.c_str());
    }
    fill = f[0];
  }
  std::string_view d = view_of(self);
  int64_t margin = width - int64_t(d.size());
  if (margin <= 0) return make_like(self, d);
  if (uint64_t(width) > kMaxAllocation) return no_memory();
  int64_t left = mode == 0 ? 0 : mode == 1 ? margin : margin / 2 + (margin & width & 1);
  std::string out(size_t(left), fill);
  out += d;
  out.append(size_t(margin - left), fill);
  return make_like(self, out);
}
Value m_ljust(Value self, const Value* args, size_t nargs, Value) { return justify(self, args, nargs, 0); }
Value m_rjust(Value self, const Value* args, size_t nargs, Value) { return justify(self, args, nargs, 1); }
Value m_center(Value self, const Value* args, size_t nargs, Value) { return justify(self, args, nargs, 2); }

Value m_swapcase(Value self, const Value*, size_t, Value) {
  std::string s(view_of(self));
  for (char& c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    c = char(std::isupper(u) ? std::tolower(u) : std::toupper(u));
  }
  return make_like(self, s);
}
Value m_capitalize(Value self, const Value*, size_t, Value) {
  std::string s(view_of(self));
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    s[i] = char(i == 0 ? std::toupper(u) : std::tolower(u));
  }
  return make_like(self, s);
}

Value m_count(Value self, const Value* args, size_t nargs, Value) {
  std::string_view d = view_of(self), p;
  std::string one;
  int64_t start, end;
  if (!needle(args[0], &one, &p) || !search_bounds(args, nargs, 1, int64_t(d.size()), &start, &end)) return Value();
  if (start > end) return Value::small(0);
  if (p.empty()) return Value::small(end - start + 1);
  std::string_view in = d.substr(size_t(start), size_t(end - start));
  int64_t n = 0;
  for (size_t i = in.find(p); i != std::string_view::npos; i = in.find(p, i + p.size())) ++n;
  return Value::small(n);
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The [begin, end) pieces of split (reverse: rsplit), in order.
using Pieces = std::vector<std::pair<size_t, size_t>>;

void split_whitespace(std::string_view d, int64_t maxsplit, bool reverse, Pieces* parts) {
  size_t n = d.size();
  if (!reverse) {
    size_t i = 0;
    while (true) {
      while (i < n && is_space(d[i])) ++i;
      if (i == n) return;
      if (int64_t(parts->size()) == maxsplit) {
        parts->push_back({i, n});  // the rest keeps its trailing whitespace
        return;
      }
      size_t j = i;
      while (j < n && !is_space(d[j])) ++j;
      parts->push_back({i, j});
      i = j;
    }
  }
  size_t i = n;
  while (true) {
    while (i > 0 && is_space(d[i - 1])) --i;
    if (i == 0) break;
    if (int64_t(parts->size()) == maxsplit) {
      parts->push_back({0, i});  // the rest keeps its leading whitespace
      break;
    }
    size_t j = i;
    while (j > 0 && !is_space(d[j - 1])) --j;
    parts->push_back({j, i});
    i = j;
  }
  std::reverse(parts->begin(), parts->end());
}

void split_sep(std::string_view d, std::string_view sep, int64_t maxsplit, bool reverse, Pieces* parts) {
  if (!reverse) {
    size_t i = 0;
    for (size_t j; int64_t(parts->size()) < maxsplit && (j = d.find(sep, i)) != std::string_view::npos;) {
      parts->push_back({i, j});
      i = j + sep.size();
    }
    parts->push_back({i, d.size()});
    return;
  }
  size_t end = d.size();
  for (size_t j; int64_t(parts->size()) < maxsplit && end >= sep.size() &&
                 (j = d.substr(0, end).rfind(sep)) != std::string_view::npos;) {
    parts->push_back({j + sep.size(), end});
    end = j;
  }
  parts->push_back({0, end});
  std::reverse(parts->begin(), parts->end());
}

Value pieces_list(Value self, std::string_view d, const Pieces& parts) {
  Ref result(list_new(0));
  if (!result) return Value();
  for (auto [b, e] : parts) {
    Ref piece(make_like(self, d.substr(b, e - b)));
    if (!piece || list_append(result.get(), piece.get()) < 0) return Value();
  }
  return result.release();
}

Value split_impl(Value self, const Value* args, size_t nargs, Value kwnames, bool reverse) {
  static const char* const kNames[] = {"sep", "maxsplit"};
  Value a[2];
  if (!bind_keywords(reverse ? "rsplit" : "split", args, nargs, kwnames, kNames, 2, a)) return Value();
  int64_t maxsplit = -1;
  if (a[1] && !index_as_ssize(a[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view d = view_of(self), sep;
  Pieces parts;
  if (!a[0] || is_none(a[0])) {
    split_whitespace(d, maxsplit, reverse, &parts);
  } else {
    if (!bytes_arg(a[0], &sep)) return Value();
    if (sep.empty()) return value_error("empty separator");
    split_sep(d, sep, maxsplit, reverse, &parts);
  }
  return pieces_list(self, d, parts);
}

Value m_split(Value self, const Value* args, size_t nargs, Value kw) { return split_impl(self, args, nargs, kw, false); }
Value m_rsplit(Value self, const Value* args, size_t nargs, Value kw) { return split_impl(self, args, nargs, kw, true); }

Value m_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"keepends"};
  Value a[1];
  if (!bind_keywords("splitlines", args, nargs, kwnames, kNames, 1, a)) return Value();
  int keep = a[0] ? truth(a[0]) : 0;
  if (keep < 0) return Value();
  std::string_view d = view_of(self);
  Pieces parts;
  for (size_t i = 0, n = d.size(); i < n;) {
    size_t eol = d.find_first_of("\r\n", i);
    if (eol == std::string_view::npos) eol = n;
    size_t next = eol == n ? n : d[eol] == '\r' && eol + 1 < n && d[eol + 1] == '\n' ? eol + 2 : eol + 1;
    parts.push_back({i, keep ? next : eol});
    i = next;
  }
  return pieces_list(self, d, parts);
}

// sides: 1 strips the left, 2 the right, 3 both.
Value strip_impl(Value self, const Value* args, size_t nargs, int sides) {
  std::string_view d = view_of(self), chars = " \t\n\r\x0b\x0c";
  if (nargs && !is_none(args[0]) && !bytes_arg(args[0], &chars)) return Value();
  size_t b = 0, e = d.size();
  if (sides & 1) {
    while (b < e && chars.find(d[b]) != std::string_view::npos) ++b;
  }
  if (sides & 2) {
    while (e > b && chars.find(d[e - 1]) != std::string_view::npos) --e;
  }
  if (b == 0 && e == d.size() && type_of(self) == &bytes_type) return newref(self);
  return make_like(self, d.substr(b, e - b));
}

Value m_strip(Value self, const Value* args, size_t nargs, Value) { return strip_impl(self, args, nargs, 3); }
Value m_lstrip(Value self, const Value* args, size_t nargs, Value) { return strip_impl(self, args, nargs, 1); }
Value m_rstrip(Value self, const Value* args, size_t nargs, Value) { return strip_impl(self, args, nargs, 2); }

Value partition_impl(Value self, Value sep_arg, bool reverse) {
  std::string_view d = view_of(self), sep;
  if (!bytes_arg(sep_arg, &sep)) return Value();
  if (sep.empty()) return value_error("empty separator");
  size_t i = reverse ? d.rfind(sep) : d.find(sep);
  std::string_view head = d, tail;
  if (i != std::string_view::npos) {
    head = d.substr(0, i);
    tail = d.substr(i + sep.size());
  }
  Ref a(make_like(self, head)), b(make_like(self, i == std::string_view::npos ? "" : sep)), c(make_like(self, tail));
  if (!a || !b || !c) return Value();
  if (i == std::string_view::npos && reverse) return tuple_pack({c.get(), b.get(), a.get()});
  return tuple_pack({a.get(), b.get(), c.get()});
}

Value m_partition(Value self, const Value* args, size_t, Value) { return partition_impl(self, args[0], false); }
Value m_rpartition(Value self, const Value* args, size_t, Value) { return partition_impl(self, args[0], true); }

Value m_replace(Value self, const Value* args, size_t nargs, Value) {
  std::string_view d = view_of(self), old, rep;
  if (!bytes_arg(args[0], &old) || !bytes_arg(args[1], &rep)) return Value();
  int64_t count = -1;
  if (nargs > 2 && !index_as_ssize(args[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string out;
  size_t i = 0;
  if (old.empty()) {
    // An empty pattern matches before every byte and at the end.
    for (; count > 0 && i <= d.size(); --count, ++i) {
      out += rep;
      if (i < d.size()) out += d[i];
    }
    if (i < d.size()) out += d.substr(i);
    return make_like(self, out);
  }
  for (size_t j; count > 0 && (j = d.find(old, i)) != std::string_view::npos; --count, i = j + old.size()) {
    out += d.substr(i, j - i);
    out += rep;
  }
  out += d.substr(i);
  return make_like(self, out);
}

// isalpha/isdigit/...: non-empty, and every byte passes `test`.
template <int (*test)(int)>
Value all_bytes(Value self, const Value*, size_t, Value) {
  std::string_view d = view_of(self);
  bool r = !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return test(static_cast<unsigned char>(c)) != 0; });
  return newref(py_bool(r));
}

// isupper/islower: some cased byte, and none of the other case.
template <bool upper>
Value cased(Value self, const Value*, size_t, Value) {
  bool some = false;
  for (char c : view_of(self)) {
    auto u = static_cast<unsigned char>(c);
    if (upper ? std::islower(u) : std::isupper(u)) return newref(py_false());
    some = some || std::isalpha(u);
  }
  return newref(py_bool(some));
}

int ascii_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int ascii_alpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
int ascii_digit(int c) { return c >= '0' && c <= '9'; }
int ascii_alnum(int c) { return ascii_alpha(c) || ascii_digit(c); }

Value m_upper(Value self, const Value*, size_t, Value) {
  std::string s(view_of(self));
  for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
  return make_like(self, s);
}

Value m_lower(Value self, const Value*, size_t, Value) {
  std::string s(view_of(self));
  for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return make_like(self, s);
}

Value m_fromhex(Value cls, const Value* args, size_t, Value) {
  if (!str_check(args[0])) return type_error("fromhex() argument must be str, not %s", type_of(args[0])->name.c_str());
  std::string s = str_to_utf8(args[0]), out;
  auto digit = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
  for (size_t i = 0; i < s.size();) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    int hi = digit(s[i]), lo = i + 1 < s.size() ? digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      return value_error("non-hexadecimal number found in fromhex() arg at position %zd", at);
    }
    out.push_back(char(hi * 16 + lo));
    i += 2;
  }
  Ref b(bytes_from(out));
  if (!b || as_type(cls) == &bytes_type) return b.release();
  return call1(cls, b.get());
}

// translate(table, /, delete=b""): table is None or 256 bytes long.
Value m_translate(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"", "delete"};
  Value bound[2] = {};
  if (!bind_keywords("translate", args, nargs, kwnames, kNames, 2, bound)) return Value();
  if (!bound[0]) return type_error("translate() takes at least 1 positional argument (0 given)");
  std::string_view table, drop;
  bool mapped = !is_none(bound[0]);
  if (mapped && !bytes_arg(bound[0], &table)) return Value();
  if (mapped && table.size() != 256) return value_error("translation table must be 256 characters long");
  if (bound[1] && !bytes_arg(bound[1], &drop)) return Value();
  std::string out;
  for (char c : view_of(self)) {
    if (drop.find(c) != std::string_view::npos) continue;
    out.push_back(mapped ? table[static_cast<unsigned char>(c)] : c);
  }
  return make_like(self, out);
}

Value m_maketrans(Value, const Value* args, size_t, Value) {
  std::string_view from, to;
  if (!bytes_arg(args[0], &from) || !bytes_arg(args[1], &to)) return Value();
  if (from.size() != to.size()) return value_error("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_from(table);
}

Value m_zfill(Value self, const Value* args, size_t, Value) {
  int64_t width;
  if (!index_as_ssize(args[0], &width)) return Value();
  std::string s(view_of(self));
  if (width <= int64_t(s.size())) return make_like(self, s);
  size_t fill = size_t(width) - s.size();
  size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  s.insert(at, fill, '0');
  return make_like(self, s);
}

Value m_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"tabsize"};
  Value bound[1] = {};
  if (!bind_keywords("expandtabs", args, nargs, kwnames, kNames, 1, bound)) return Value();
  int64_t tab = 8;
  if (bound[0] && !index_as_c_int(bound[0], &tab)) return Value();
  std::string out;
  size_t column = 0;
  for (char c : view_of(self)) {
    if (c == '\t') {
      if (tab > 0) {
        size_t n = size_t(tab) - column % size_t(tab);
        out.append(n, ' ');
        column += n;
      }
    } else {
      out.push_back(c);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return make_like(self, out);
}

// title/istitle: a cased byte starts a word when the byte before is uncased.
Value m_title(Value self, const Value*, size_t, Value) {
  std::string s(view_of(self));
  bool previous_cased = false;
  for (char& c : s) {
    auto u = static_cast<unsigned char>(c);
    c = char(previous_cased ? std::tolower(u) : std::toupper(u));
    previous_cased = ascii_alpha(u) != 0;
  }
  return make_like(self, s);
}

Value m_istitle(Value self, const Value*, size_t, Value) {
  bool previous_cased = false, any = false;
  for (char c : view_of(self)) {
    auto u = static_cast<unsigned char>(c);
    if (std::isupper(u)) {
      if (previous_cased) return newref(py_false());
      previous_cased = any = true;
    } else if (std::islower(u)) {
      if (!previous_cased) return newref(py_false());
      previous_cased = any = true;
    } else {
      previous_cased = false;
    }
  }
  return newref(py_bool(any));
}

Value m_getnewargs(Value self, const Value*, size_t, Value) {
  Ref b(bytes_from(view_of(self)));
  if (!b) return Value();
  return tuple_pack({b.get()});
}

const MethodDef kBytesMethods[] = {
    {"decode", m_decode, 0, 2, MethodDef::kKeywords},
    {"hex", m_hex, 0, 2, MethodDef::kKeywords},
    {"join", m_join, 1, 1},
    {"startswith", m_startswith, 1, 3},
    {"endswith", m_endswith, 1, 3},
    {"find", m_find, 1, 3},
    {"rfind", m_rfind, 1, 3},
    {"index", m_index, 1, 3},
    {"rindex", m_rindex, 1, 3},
    {"count", m_count, 1, 3},
    {"split", m_split, 0, 2, MethodDef::kKeywords},
    {"rsplit", m_rsplit, 0, 2, MethodDef::kKeywords},
    {"splitlines", m_splitlines, 0, 1, MethodDef::kKeywords},
    {"strip", m_strip, 0, 1},
    {"lstrip", m_lstrip, 0, 1},
    {"rstrip", m_rstrip, 0, 1},
    {"partition", m_partition, 1, 1},
    {"rpartition", m_rpartition, 1, 1},
    {"replace", m_replace, 2, 3},
    {"upper", m_upper, 0, 0},
    {"isspace", all_bytes<ascii_space>, 0, 0},
    {"isalpha", all_bytes<ascii_alpha>, 0, 0},
    {"isdigit", all_bytes<ascii_digit>, 0, 0},
    {"isalnum", all_bytes<ascii_alnum>, 0, 0},
    {"isupper", cased<true>, 0, 0},
    {"islower", cased<false>, 0, 0},
    {"lower", m_lower, 0, 0},
    {"isascii", m_isascii, 0, 0},
    {"removeprefix", m_removeprefix, 1, 1},
    {"removesuffix", m_removesuffix, 1, 1},
    {"ljust", m_ljust, 1, 2},
    {"rjust", m_rjust, 1, 2},
    {"center", m_center, 1, 2},
    {"swapcase", m_swapcase, 0, 0},
    {"capitalize", m_capitalize, 0, 0},
    {"fromhex", m_fromhex, 1, 1, MethodDef::kClass},
    {"translate", m_translate, 1, 2, MethodDef::kKeywords},
    {"maketrans", m_maketrans, 2, 2, MethodDef::kStatic},
    {"zfill", m_zfill, 1, 1},
    {"expandtabs", m_expandtabs, 0, 1, MethodDef::kKeywords},
    {"title", m_title, 0, 0},
    {"istitle", m_istitle, 0, 0},
    {"__getnewargs__", m_getnewargs, 0, 0},
    {nullptr, nullptr, 0, 0},
};

// ---- bytearray

ByteArray* BA(Value v) { return v.as<ByteArray>(); }

bool ba_reserve(ByteArray* b, int64_t n) {
  if (n + 1 <= b->capacity) return true;
  int64_t cap = n + (n >> 3) + 8;
  char* d = static_cast<char*>(std::realloc(b->data, size_t(cap)));
  if (!d) {
    no_memory();
    return false;
  }
  b->data = d;
  b->capacity = cap;
  return true;
}

// A memoryview of a bytearray holds offsets into it: while one is alive the
// size is fixed (the contents may still change).
bool ba_resizable(ByteArray* b) {
  if (b->exports == 0) return true;
  raise_str(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
  return false;
}

bool ba_assign(ByteArray* b, std::string_view data) {
  if (int64_t(data.size()) != b->size && !ba_resizable(b)) return false;
  if (!ba_reserve(b, int64_t(data.size()))) return false;
  std::memmove(b->data, data.data(), data.size());
  b->size = int64_t(data.size());
  b->data[b->size] = 0;
  return true;
}

Value bytearray_new(Type* type, const Value*, size_t, Value) { return alloc_object(type, type->basic_size); }

int bytearray_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  std::string data;
  if (!bytes_source("bytearray", args, nargs, kwnames, &data)) return -1;
  return ba_assign(BA(self), data) ? 0 : -1;
}

void bytearray_dealloc(Object* o) {
  std::free(static_cast<ByteArray*>(o)->data);
  free_object(o);
}

// ba[a:b] = data resizes; ba[a:b:k] = data replaces exactly the slice's bytes;
// del ba[a:b:k] removes them.
int ba_set_slice(ByteArray* b, Value key, Value v) {
  int64_t start, stop, step, count;
  if (slice_unpack(key, b->size, &start, &stop, &step, &count) < 0) return -1;
  std::string repl;
  if (v && !bytes_source("bytearray", &v, 1, Value(), &repl)) return -1;
  std::string data(b->view());
  if (step == 1) {
    if (stop < start) stop = start;
    data.replace(size_t(start), size_t(stop - start), repl);
    return ba_assign(b, data) ? 0 : -1;
  }
  if (v) {
    if (int64_t(repl.size()) != count) {
      value_error("attempt to assign bytes of size %zd to extended slice of size %zd", repl.size(), size_t(count));
      return -1;
    }
    for (int64_t k = 0; k < count; ++k) b->data[start + k * step] = repl[size_t(k)];
    return 0;
  }
  std::string kept;
  for (int64_t i = 0, k = 0; i < b->size; ++i) {
    bool hit = k < count && i == (step > 0 ? start + k * step : start + (count - 1 - k) * step);
    if (hit) ++k;
    else kept += b->data[i];
  }
  return ba_assign(b, kept) ? 0 : -1;
}

int bytearray_setitem(Value self, Value key, Value v) {
  ByteArray* b = BA(self);
  if (type_of(key) == &slice_type) return ba_set_slice(b, key, v);
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return -1;
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    index_error("bytearray index out of range");
    return -1;
  }
  if (!v) {
    if (!ba_resizable(b)) return -1;
    std::memmove(b->data + i, b->data + i + 1, size_t(b->size - i - 1));
    b->data[--b->size] = 0;
    return 0;
  }
  int64_t x;
  if (!index_as_i64(v, &x, nullptr)) return -1;
  if (x < 0 || x > 255) {
    value_error("byte must be in range(0, 256)");
    return -1;
  }
  b->data[i] = char(x);
  return 0;
}

Value ba_append(Value self, const Value* args, size_t, Value) {
  int64_t x;
  if (!index_as_i64(args[0], &x, nullptr)) return Value();
  if (x < 0 || x > 255) return value_error("byte must be in range(0, 256)");
  ByteArray* b = BA(self);
  if (!ba_resizable(b) || !ba_reserve(b, b->size + 1)) return Value();
  b->data[b->size++] = char(x);
  b->data[b->size] = 0;
  return newref(none());
}

Value ba_extend(Value self, const Value* args, size_t, Value) {
  std::string more;
  if (!bytes_source("bytearray", args, 1, Value(), &more)) return Value();
  std::string data(BA(self)->view());
  if (!ba_assign(BA(self), data + more)) return Value();
  return newref(none());
}

Value ba_iadd(Value a, Value b) {
  std::string_view more;
  if (!bytes_like(b, &more)) return type_error("can't concat %s to bytearray", type_of(b)->name.c_str());
  std::string data(BA(a)->view());
  if (!ba_assign(BA(a), data + std::string(more))) return Value();
  return newref(a);
}

Value ba_pop(Value self, const Value* args, size_t nargs, Value) {
  ByteArray* b = BA(self);
  if (b->size == 0) return index_error("pop from empty bytearray");
  int64_t i = -1;
  if (nargs && !index_as_ssize(args[0], &i)) return Value();
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return index_error("pop index out of range");
  Value r = Value::small(static_cast<unsigned char>(b->data[i]));
  std::string data(b->view());
  data.erase(size_t(i), 1);
  if (!ba_assign(b, data)) return Value();
  return r;
}

Value ba_insert(Value self, const Value* args, size_t, Value) {
  ByteArray* b = BA(self);
  int64_t i, x;
  if (!index_as_ssize(args[0], &i) || !index_as_i64(args[1], &x, nullptr)) return Value();
  if (x < 0 || x > 255) return value_error("byte must be in range(0, 256)");
  if (i < 0) i = std::max<int64_t>(i + b->size, 0);
  i = std::min<int64_t>(i, b->size);
  std::string data(b->view());
  data.insert(size_t(i), 1, char(x));
  if (!ba_assign(b, data)) return Value();
  return newref(none());
}

Value ba_remove(Value self, const Value* args, size_t, Value) {
  ByteArray* b = BA(self);
  int64_t x;
  if (!index_as_i64(args[0], &x, nullptr)) return Value();
  if (x < 0 || x > 255) return value_error("byte must be in range(0, 256)");
  std::string data(b->view());
  size_t at = data.find(char(x));
  if (at == std::string::npos) return value_error("value not found in bytearray");
  data.erase(at, 1);
  if (!ba_assign(b, data)) return Value();
  return newref(none());
}

Value ba_reverse(Value self, const Value*, size_t, Value) {
  ByteArray* b = BA(self);
  std::reverse(b->data, b->data + b->size);
  return newref(none());
}

Value ba_clear(Value self, const Value*, size_t, Value) {
  if (!ba_resizable(BA(self))) return Value();
  BA(self)->size = 0;
  return newref(none());
}

Value ba_copy(Value self, const Value*, size_t, Value) { return bytearray_from(BA(self)->view()); }

const MethodDef kByteArrayMethods[] = {
    {"append", ba_append, 1, 1},
    {"extend", ba_extend, 1, 1},
    {"pop", ba_pop, 0, 1},
    {"clear", ba_clear, 0, 0},
    {"copy", ba_copy, 0, 0},
    {"decode", m_decode, 0, 2, MethodDef::kKeywords},
    {"hex", m_hex, 0, 2, MethodDef::kKeywords},
    {"join", m_join, 1, 1},
    {"startswith", m_startswith, 1, 3},
    {"endswith", m_endswith, 1, 3},
    {"find", m_find, 1, 3},
    {"rfind", m_rfind, 1, 3},
    {"index", m_index, 1, 3},
    {"rindex", m_rindex, 1, 3},
    {"count", m_count, 1, 3},
    {"split", m_split, 0, 2, MethodDef::kKeywords},
    {"rsplit", m_rsplit, 0, 2, MethodDef::kKeywords},
    {"splitlines", m_splitlines, 0, 1, MethodDef::kKeywords},
    {"strip", m_strip, 0, 1},
    {"lstrip", m_lstrip, 0, 1},
    {"rstrip", m_rstrip, 0, 1},
    {"partition", m_partition, 1, 1},
    {"rpartition", m_rpartition, 1, 1},
    {"replace", m_replace, 2, 3},
    {"upper", m_upper, 0, 0},
    {"isspace", all_bytes<ascii_space>, 0, 0},
    {"isalpha", all_bytes<ascii_alpha>, 0, 0},
    {"isdigit", all_bytes<ascii_digit>, 0, 0},
    {"isalnum", all_bytes<ascii_alnum>, 0, 0},
    {"isupper", cased<true>, 0, 0},
    {"islower", cased<false>, 0, 0},
    {"lower", m_lower, 0, 0},
    {"isascii", m_isascii, 0, 0},
    {"removeprefix", m_removeprefix, 1, 1},
    {"removesuffix", m_removesuffix, 1, 1},
    {"ljust", m_ljust, 1, 2},
    {"rjust", m_rjust, 1, 2},
    {"center", m_center, 1, 2},
    {"swapcase", m_swapcase, 0, 0},
    {"capitalize", m_capitalize, 0, 0},
    {"insert", ba_insert, 2, 2},
    {"remove", ba_remove, 1, 1},
    {"reverse", ba_reverse, 0, 0},
    {"fromhex", m_fromhex, 1, 1, MethodDef::kClass},
    {"translate", m_translate, 1, 2, MethodDef::kKeywords},
    {"maketrans", m_maketrans, 2, 2, MethodDef::kStatic},
    {"zfill", m_zfill, 1, 1},
    {"expandtabs", m_expandtabs, 0, 1, MethodDef::kKeywords},
    {"title", m_title, 0, 0},
    {"istitle", m_istitle, 0, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

bool bytes_like(Value v, std::string_view* out) {
  if (bytes_check(v)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (v.is_small()) return false;
  if (is_subtype(type_of(v), &bytearray_type)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  if (type_of(v) != &memoryview_type) return false;
  auto* m = v.as<MemoryView>();
  if (!m->exporter || (m->step != 1 && m->length > 1)) return false;
  std::string_view whole;
  if (!bytes_like(m->exporter, &whole)) return false;
  *out = whole.substr(size_t(m->start), size_t(m->length));
  return true;
}

Value bytes_hex(std::string_view data, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"sep", "bytes_per_sep"};
  Value a[2];
  if (!bind_keywords("hex", args, nargs, kwnames, kNames, 2, a)) return Value();
  char sep = 0;
  int64_t group = 1;
  if (a[0] && a[0] != none()) {
    std::string sep_text;
    std::string_view sep_bytes;
    if (str_check(a[0])) {
      if (a[0].as<Str>()->length != 1) return value_error("sep must be length 1.");
      sep_text = str_to_utf8(a[0]);
      if (sep_text.size() != 1) return value_error("sep must be ASCII.");
    } else if (bytes_like(a[0], &sep_bytes)) {
      if (sep_bytes.size() != 1) return value_error("sep must be length 1.");
      sep_text = std::string(sep_bytes);
    } else {
      if (!type_of(a[0])->len) return type_error("object of type '%s' has no len()", type_of(a[0])->name.c_str());
      return type_error("sep must be str or bytes.");
    }
    if (static_cast<unsigned char>(sep_text[0]) >= 0x80) return value_error("sep must be ASCII.");
    sep = sep_text[0];
    if (a[1] && !index_as_c_int(a[1], &group)) return Value();
  }
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  size_t width = size_t(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    // Groups are counted from the right for a positive bytes_per_sep.
    bool boundary = group > 0 ? (n - i) % width == 0 : i % width == 0;
    if (sep && width && i > 0 && boundary) out.push_back(sep);
    auto c = static_cast<unsigned char>(data[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return str_from_ascii(out);
}

Value bytes_from(std::string_view data) {
  Bytes* b = bytes_alloc(&bytes_type, data.size());
  if (!b) return Value();
  std::memcpy(b->data(), data.data(), data.size());
  return b;
}

Value bytearray_from(std::string_view data) {
  auto* b = alloc<ByteArray>(&bytearray_type);
  if (!b) return Value();
  if (!ba_assign(b, data)) {
    decref(b);
    return Value();
  }
  return b;
}

void init_bytes_types() {
  for (Type* t : {&bytes_type, &bytearray_type}) {
    t->compare = bytes_compare;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->number[int(BinaryOp::Add)] = bytes_add;
    t->number[int(BinaryOp::Multiply)] = bytes_mul;
    t->number[int(BinaryOp::Remainder)] = bytes_mod_slot;
  }
  Type* t = &bytes_type;
  t->name = "bytes";
  t->basic_size = sizeof(Bytes);
  t->item_size = 1;
  t->flags = Type::kBaseType | Type::kBytesSubclass;
  t->dealloc = bytes_dealloc;
  t->new_ = bytes_new;
  t->repr = bytes_repr;
  t->hash = bytes_hash;
  t->methods = kBytesMethods;
  t = &bytearray_type;
  t->name = "bytearray";
  t->basic_size = sizeof(ByteArray);
  t->flags = Type::kBaseType;
  t->dealloc = bytearray_dealloc;
  t->new_ = bytearray_new;
  t->init = bytearray_init;
  t->repr = bytearray_repr;
  t->hash = hash_unhashable;
  t->setitem = bytearray_setitem;
  t->inplace[int(BinaryOp::Add)] = ba_iadd;
  t->methods = kByteArrayMethods;
  t = &bytes_iterator_type;
  t->name = "bytes_iterator";
  t->basic_size = sizeof(BytesIter);
  t->dealloc = bytes_iter_dealloc;
  t->iter = self_iter;
  t->next = bytes_iter_next;
  for (Type* t : {&bytes_type, &bytearray_type, &bytes_iterator_type}) register_static_type(t);
}

}  // namespace pytier::light
