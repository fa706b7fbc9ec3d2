#include "light/objects/memoryview.h"

#include <string>
#include <string_view>

#include "light/num/hash.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type memoryview_type;

namespace {

MemoryView* MV(Value v) { return v.as<MemoryView>(); }

bool is_bytearray(Value v) { return !v.is_small() && is_subtype(type_of(v), &bytearray_type); }

// The exporter's bytes, fetched at each access: a bytearray's storage may
// move when it grows, even though its size is pinned while views exist.
char* base(MemoryView* m) {
  if (is_bytearray(m->exporter)) return m->exporter.as<ByteArray>()->data;
  return m->exporter.as<Bytes>()->data();
}

bool released(MemoryView* m) {
  if (m->exporter) return false;
  value_error("operation forbidden on released memoryview object");
  return true;
}

// The viewed items as one contiguous string.
std::string gather(MemoryView* m) {
  const char* b = base(m);
  std::string out;
  out.reserve(size_t(m->length));
  for (int64_t i = 0; i < m->length; ++i) out.push_back(b[m->start + i * m->step]);
  return out;
}

Value make_view(Value exporter, int64_t start, int64_t step, int64_t length, bool readonly) {
  auto* m = alloc<MemoryView>(&memoryview_type);
  if (!m) return Value();
  m->exporter = newref(exporter);
  m->start = start;
  m->step = step;
  m->length = length;
  m->readonly = readonly;
  if (is_bytearray(exporter)) ++exporter.as<ByteArray>()->exports;
  return m;
}

void release(MemoryView* m) {
  if (!m->exporter) return;
  if (is_bytearray(m->exporter)) --m->exporter.as<ByteArray>()->exports;
  set_slot(&m->exporter, Value());
}

Value memoryview_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"object"};
  Value a[1];
  if (!bind_keywords("memoryview", args, nargs, kwnames, kNames, 1, a)) return Value();
  if (!a[0]) return type_error("memoryview() missing required argument 'object' (pos 1)");
  Value x = a[0];
  if (type_of(x) == &memoryview_type) {
    MemoryView* m = MV(x);
    if (released(m)) return Value();
    return make_view(m->exporter, m->start, m->step, m->length, m->readonly);
  }
  if (bytes_check(x)) return make_view(x, 0, 1, x.as<Bytes>()->size, true);
  if (is_bytearray(x)) return make_view(x, 0, 1, x.as<ByteArray>()->size, false);
  return type_error("memoryview: a bytes-like object is required, not '%s'", type_of(x)->name.c_str());
}

void memoryview_dealloc(Object* o) {
  release(static_cast<MemoryView*>(o));
  free_object(o);
}

Value memoryview_repr(Value self) {
  return format_str(MV(self)->exporter ? "<memory at %p>" : "<released memory at %p>",
                    static_cast<void*>(self.object()));
}

int64_t memoryview_len(Value self) {
  if (released(MV(self))) return -1;
  return MV(self)->length;
}

// The byte offset of item `key` (an index), or -1 with IndexError.
int64_t item_offset(MemoryView* m, Value key) {
  int64_t i;
  if (!index_as_i64(key, &i, &exc::IndexError)) return -1;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) {
    index_error("index out of bounds on dimension 1");
    return -1;
  }
  return m->start + i * m->step;
}

bool is_index_key(Value key) { return int_check(key) || type_of(key)->index; }

Value memoryview_getitem(Value self, Value key) {
  MemoryView* m = MV(self);
  if (released(m)) return Value();
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, m->length, &start, &stop, &step, &count) < 0) return Value();
    return make_view(m->exporter, m->start + start * m->step, m->step * step, count, m->readonly);
  }
  if (!is_index_key(key)) return type_error("memoryview: invalid slice key");
  int64_t at = item_offset(m, key);
  if (at < 0) return Value();
  return Value::small(static_cast<unsigned char>(base(m)[at]));
}

int memoryview_setitem(Value self, Value key, Value v) {
  MemoryView* m = MV(self);
  if (released(m)) return -1;
  if (m->readonly) {
    type_error("cannot modify read-only memory");
    return -1;
  }
  if (!v) {
    type_error("cannot delete memory");
    return -1;
  }
  if (type_of(key) == &slice_type) {
    int64_t start, stop, step, count;
    if (slice_unpack(key, m->length, &start, &stop, &step, &count) < 0) return -1;
    std::string_view src;
    if (!bytes_like(v, &src)) {
      if (type_of(v) != &memoryview_type) {
        type_error("a bytes-like object is required, not '%s'", type_of(v)->name.c_str());
        return -1;
      }
      if (released(MV(v))) return -1;
    }
    // Copied first: source and target may overlap (mv[1:] = mv[:-1]).
    std::string data = type_of(v) == &memoryview_type ? gather(MV(v)) : std::string(src);
    if (int64_t(data.size()) != count) {
      value_error("memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    char* b = base(m);
    for (int64_t i = 0; i < count; ++i) b[m->start + (start + i * step) * m->step] = data[size_t(i)];
    return 0;
  }
  if (!is_index_key(key)) {
    type_error("memoryview: invalid slice key");
    return -1;
  }
  if (!int_check(v) && !type_of(v)->index) {
    type_error("memoryview: invalid type for format 'B'");
    return -1;
  }
  int64_t x;
  if (!index_as_i64(v, &x, nullptr)) return -1;
  if (x < 0 || x > 255) {
    value_error("memoryview: invalid value for format 'B'");
    return -1;
  }
  int64_t at = item_offset(m, key);
  if (at < 0) return -1;
  base(m)[at] = char(x);
  return 0;
}

// The bytes another operand stands for, when it is bytes-like.
bool operand_bytes(Value v, std::string* out) {
  if (type_of(v) == &memoryview_type) {
    if (!MV(v)->exporter) return false;
    *out = gather(MV(v));
    return true;
  }
  std::string_view s;
  if (!bytes_like(v, &s)) return false;
  *out = std::string(s);
  return true;
}

Value memoryview_compare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return newref(not_implemented());
  bool equal;
  if (a == b) {
    equal = true;
  } else if (!MV(a)->exporter) {
    equal = false;
  } else {
    std::string other;
    if (!operand_bytes(b, &other)) {
      if (type_of(b) != &memoryview_type) return newref(not_implemented());
      equal = false;
    } else {
      equal = gather(MV(a)) == other;
    }
  }
  return newref(py_bool(equal == (op == CompareOp::Eq)));
}

int64_t memoryview_hash(Value self) {
  MemoryView* m = MV(self);
  if (released(m)) return -1;
  if (!m->readonly) {
    value_error("cannot hash writable memoryview object");
    return -1;
  }
  return num::bytes_hash(gather(m));
}

Value m_tobytes(Value self, const Value*, size_t, Value) {
  if (released(MV(self))) return Value();
  return bytes_from(gather(MV(self)));
}

Value m_tolist(Value self, const Value*, size_t, Value) {
  if (released(MV(self))) return Value();
  std::string data = gather(MV(self));
  Ref list(list_new(0));
  if (!list) return Value();
  for (unsigned char c : data) {
    if (list_append(list.get(), Value::small(c)) < 0) return Value();
  }
  return list.release();
}

Value m_hex(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (released(MV(self))) return Value();
  return bytes_hex(gather(MV(self)), args, nargs, kwnames);
}

Value m_toreadonly(Value self, const Value*, size_t, Value) {
  MemoryView* m = MV(self);
  if (released(m)) return Value();
  return make_view(m->exporter, m->start, m->step, m->length, true);
}

Value m_release(Value self, const Value*, size_t, Value) {
  release(MV(self));
  return newref(none());
}

Value m_enter(Value self, const Value*, size_t, Value) {
  if (released(MV(self))) return Value();
  return newref(self);
}

Value m_exit(Value self, const Value*, size_t, Value) {
  release(MV(self));
  return newref(none());
}

const MethodDef kMethods[] = {
    {"tobytes", m_tobytes, 0, 1},
    {"tolist", m_tolist, 0, 0},
    {"hex", m_hex, 0, 2, MethodDef::kKeywords},
    {"toreadonly", m_toreadonly, 0, 0},
    {"release", m_release, 0, 0},
    {"__enter__", m_enter, 0, 0},
    {"__exit__", m_exit, 0, -1},
    {nullptr, nullptr, 0, 0},
};

// The getters of a live view's properties; a released view refuses them all.
template <Value (*get)(MemoryView*)>
Value live(Value self) {
  if (released(MV(self))) return Value();
  return get(MV(self));
}

Value get_obj(MemoryView* m) { return newref(m->exporter); }
Value get_nbytes(MemoryView* m) { return int_from_i64(m->length); }
Value get_readonly(MemoryView* m) { return newref(py_bool(m->readonly)); }
Value get_itemsize(MemoryView*) { return Value::small(1); }
Value get_format(MemoryView*) { return str_from_ascii("B"); }
Value get_ndim(MemoryView*) { return Value::small(1); }
Value get_shape(MemoryView* m) { return tuple_pack({Value::small(m->length)}); }
Value get_strides(MemoryView* m) { return tuple_pack({Value::small(m->step)}); }
Value get_suboffsets(MemoryView*) { return tuple_new(0); }
Value get_contiguous(MemoryView* m) { return newref(py_bool(m->step == 1 || m->length <= 1)); }

const GetSetDef kGetsets[] = {
    {"obj", live<get_obj>, nullptr},
    {"nbytes", live<get_nbytes>, nullptr},
    {"readonly", live<get_readonly>, nullptr},
    {"itemsize", live<get_itemsize>, nullptr},
    {"format", live<get_format>, nullptr},
    {"ndim", live<get_ndim>, nullptr},
    {"shape", live<get_shape>, nullptr},
    {"strides", live<get_strides>, nullptr},
    {"suboffsets", live<get_suboffsets>, nullptr},
    {"c_contiguous", live<get_contiguous>, nullptr},
    {"f_contiguous", live<get_contiguous>, nullptr},
    {"contiguous", live<get_contiguous>, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

void init_memoryview_type() {
  Type* t = &memoryview_type;
  t->flags |= Type::kWeakrefable;
  t->name = "memoryview";
  t->basic_size = sizeof(MemoryView);
  t->dealloc = memoryview_dealloc;
  t->new_ = memoryview_new;
  t->repr = memoryview_repr;
  t->hash = memoryview_hash;
  t->compare = memoryview_compare;
  t->len = memoryview_len;
  t->getitem = memoryview_getitem;
  t->setitem = memoryview_setitem;
  t->methods = kMethods;
  t->getsets = kGetsets;
  register_static_type(t);
}

}  // namespace pytier::light
