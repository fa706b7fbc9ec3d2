// The _structcore module: struct.py's fast path. Packs and unpacks the
// ordinary cases natively and answers None for anything else (a value out
// of range or of an unusual type, a half float to pack), so that struct.py
// does the work, and raises the error, as before.
//
//   pack(format, values) -> bytes | None
//   unpack(format, data (bytes or bytearray), offset) -> tuple | None

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

struct Field {
  char code;
  size_t count;   // the repeat count of 's' and 'p'; 1 otherwise
  size_t offset;
  size_t size;
};

struct Layout {
  bool big_endian = false;
  bool native = true;
  size_t size = 0;
  size_t values = 0;
  std::vector<Field> fields;
};

// The size of a code, native (x86_64/LP64) or standard; 0 for none.
size_t code_size(char code, bool native) {
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
  }
}

// False for any format struct.py should handle itself.
bool parse(std::string_view format, Layout* out) {
  size_t i = 0;
  if (!format.empty() && std::strchr("@=<>!", format[0])) {
    out->native = format[0] == '@';
    out->big_endian = format[0] == '>' || format[0] == '!';
    i = 1;
  }
  size_t at = 0;
  while (i < format.size()) {
    char c = format[i++];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    size_t count = 1;
    if (c >= '0' && c <= '9') {
      count = size_t(c - '0');
      while (i < format.size() && format[i] >= '0' && format[i] <= '9') {
        count = count * 10 + size_t(format[i++] - '0');
        if (count > (size_t(1) << 24)) return false;
      }
      if (i == format.size()) return false;
      c = format[i++];
    }
    size_t size = code_size(c, out->native);
    if (size == 0) return false;
    if (out->native && size > 1) at += (size - at % size) % size;
    if (c == 's' || c == 'p') {
      out->fields.push_back({c, count, at, count});
      at += count;
      out->values += 1;
    } else if (c == 'x') {
      at += count;
    } else {
      for (size_t k = 0; k < count; ++k, at += size) out->fields.push_back({c, 1, at, size});
      out->values += count;
    }
  }
  out->size = at;
  return true;
}

void put_bits(uint64_t bits, size_t size, bool big_endian, unsigned char* p) {
  for (size_t k = 0; k < size; ++k, bits >>= 8) p[big_endian ? size - 1 - k : k] = static_cast<unsigned char>(bits);
}

uint64_t get_bits(const unsigned char* p, size_t size, bool big_endian) {
  uint64_t bits = 0;
  for (size_t k = 0; k < size; ++k) bits = (bits << 8) | p[big_endian ? k : size - 1 - k];
  return bits;
}

bool is_signed_code(char code) { return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'; }

enum class Step { Done, Slow, Error };

// Writes one value; Slow leaves it to struct.py.
Step pack_one(const Field& f, Value v, bool big_endian, unsigned char* p) {
  switch (f.code) {
    case 'c':
    case 's':
    case 'p': {
      if (!bytes_check(v)) return Step::Slow;
      std::string_view data = v.as<Bytes>()->view();
      if (f.code == 'c') {
        if (data.size() != 1) return Step::Slow;
        *p = static_cast<unsigned char>(data[0]);
      } else if (f.code == 's') {
        std::memcpy(p, data.data(), std::min(data.size(), f.count));
      } else if (f.count > 0) {
        size_t n = std::min(data.size(), f.count - 1);
        *p = static_cast<unsigned char>(std::min<size_t>(n, 255));
        std::memcpy(p + 1, data.data(), n);
      }
      return Step::Done;
    }
    case '?': {
      int t = truth(v);
      if (t < 0) return Step::Error;
      *p = static_cast<unsigned char>(t);
      return Step::Done;
    }
    case 'f':
    case 'd': {
      double d;
      if (float_check_exact(v)) {
        d = float_value(v);
      } else if (int_check_exact(v)) {
        if (!int_to_double(v, &d)) {
          clear_error();
          return Step::Slow;
        }
      } else {
        return Step::Slow;
      }
      if (f.code == 'd') {
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        put_bits(bits, 8, big_endian, p);
        return Step::Done;
      }
      float narrow = static_cast<float>(d);
      if (std::isinf(narrow) && !std::isinf(d)) return Step::Slow;
      uint32_t bits;
      std::memcpy(&bits, &narrow, 4);
      put_bits(bits, 4, big_endian, p);
      return Step::Done;
    }
    case 'e':
      return Step::Slow;
    default: {
      int64_t n;
      if (!int_check(v) || !int_to_i64(v, &n)) return Step::Slow;
      int bits = int(f.size * 8);
      if (is_signed_code(f.code)) {
        if (bits < 64 && (n < -(int64_t(1) << (bits - 1)) || n >= (int64_t(1) << (bits - 1)))) return Step::Slow;
      } else if (n < 0 || (bits < 64 && n >= (int64_t(1) << bits))) {
        return Step::Slow;
      }
      put_bits(uint64_t(n), f.size, big_endian, p);
      return Step::Done;
    }
  }
}

double half_value(uint64_t bits) {
  int exponent = int((bits >> 10) & 0x1f);
  double fraction = double(bits & 0x3ff);
  double magnitude = exponent == 0x1f ? (fraction ? NAN : INFINITY)
                     : exponent == 0  ? std::ldexp(fraction, -24)
                                      : std::ldexp(fraction + 1024, exponent - 25);
  return (bits & 0x8000) ? -magnitude : magnitude;
}

Value unpack_one(const Field& f, const unsigned char* p, bool big_endian) {
  switch (f.code) {
    case 'c':
    case 's':
      return bytes_from({reinterpret_cast<const char*>(p), f.count});
    case 'p': {
      size_t n = f.count ? std::min<size_t>(p[0], f.count - 1) : 0;
      return bytes_from({reinterpret_cast<const char*>(p + 1), n});
    }
    case '?':
      return newref(py_bool(p[0] != 0));
    case 'e':
      return float_from_double(half_value(get_bits(p, 2, big_endian)));
    case 'f': {
      uint32_t bits = uint32_t(get_bits(p, 4, big_endian));
      float x;
      std::memcpy(&x, &bits, 4);
      return float_from_double(x);
    }
    case 'd': {
      uint64_t bits = get_bits(p, 8, big_endian);
      double x;
      std::memcpy(&x, &bits, 8);
      return float_from_double(x);
    }
    default: {
      uint64_t bits = get_bits(p, f.size, big_endian);
      if (!is_signed_code(f.code)) return int_from_u64(bits);
      int shift = int(64 - 8 * f.size);
      return int_from_i64(int64_t(bits << shift) >> shift);
    }
  }
}

bool layout_of(Value format, Layout* layout) {
  if (!str_check(format)) return false;
  std::string buf;
  return parse(str_utf8_view(format, &buf), layout);
}

Value structcore_pack(Value, const Value* args, size_t, Value) {
  Layout layout;
  if (!layout_of(args[0], &layout) || !tuple_check_exact(args[1])) return newref(none());
  Tuple* values = as_tuple(args[1]);
  if (size_t(values->size) != layout.values) return newref(none());
  std::string out(layout.size, '\0');
  auto base = reinterpret_cast<unsigned char*>(out.data());
  for (size_t k = 0; k < layout.fields.size(); ++k) {
    const Field& f = layout.fields[k];
    Step step = pack_one(f, values->items[k], layout.big_endian, base + f.offset);
    if (step == Step::Error) return Value();
    if (step == Step::Slow) return newref(none());
  }
  return bytes_from(out);
}

Value structcore_unpack(Value, const Value* args, size_t, Value) {
  Layout layout;
  int64_t offset;
  Value buffer = args[1];
  bool readable = bytes_check(buffer) || (!buffer.is_small() && buffer.object()->type == &bytearray_type);
  if (!layout_of(args[0], &layout) || !readable || !int_check(args[2]) || !int_to_i64(args[2], &offset))
    return newref(none());
  std::string_view data = bytes_check(buffer) ? buffer.as<Bytes>()->view() : buffer.as<ByteArray>()->view();
  if (offset < 0 || size_t(offset) + layout.size > data.size()) return newref(none());
  auto base = reinterpret_cast<const unsigned char*>(data.data()) + offset;
  std::vector<Value> items;
  items.reserve(layout.fields.size());
  for (const Field& f : layout.fields) {
    Value v = unpack_one(f, base + f.offset, layout.big_endian);
    if (!v) {
      for (Value made : items) decref(made);
      return Value();
    }
    items.push_back(v);
  }
  Value result = tuple_from_array(items.data(), items.size());
  for (Value made : items) decref(made);
  return result;
}

const MethodDef kStructcoreFunctions[] = {
    {"pack", structcore_pack, 2, 2},
    {"unpack", structcore_unpack, 3, 3},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_structcore() {
  Module* m = module_new("_structcore");
  if (!m) return nullptr;
  if (!add_functions(m, kStructcoreFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
