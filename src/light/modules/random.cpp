// The _random module: Random, the Mersenne Twister MT19937 that random.py's
// Random builds on, seeded, drawn and saved exactly as CPython's _random.

#include <unistd.h>

#include <cstdint>
#include <ctime>
#include <vector>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

Type random_type;

constexpr int kN = 624;
constexpr int kM = 397;

struct Random : Object {
  int index;  // the next word of state to temper; kN: twist first
  uint32_t state[kN];
};

void init_genrand(Random* r, uint32_t seed) {
  uint32_t* mt = r->state;
  mt[0] = seed;
  for (int i = 1; i < kN; ++i) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void init_by_array(Random* r, const uint32_t* key, size_t length) {
  init_genrand(r, 19650218u);
  uint32_t* mt = r->state;
  size_t i = 1, j = 0;
  for (size_t k = kN > length ? kN : length; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (++j >= length) j = 0;
  }
  for (int k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;  // a non-zero initial state, whatever the key
}

uint32_t next_word(Random* r) {
  uint32_t* mt = r->state;
  if (r->index >= kN) {
    constexpr uint32_t kUpper = 0x80000000u, kLower = 0x7fffffffu, kMatrixA = 0x9908b0dfu;
    for (int k = 0; k < kN; ++k) {
      uint32_t y = (mt[k] & kUpper) | (mt[(k + 1) % kN] & kLower);
      mt[k] = mt[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    }
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// Seeds from the operating system's entropy, or failing that from the
// clocks (CPython adds the process id, which WASI has not).
void seed_from_entropy(Random* r) {
  uint32_t key[kN];
  auto* bytes = reinterpret_cast<unsigned char*>(key);
  bool ok = true;
  for (size_t done = 0; ok && done < sizeof key; done += 256) {
    size_t chunk = sizeof key - done < 256 ? sizeof key - done : 256;  // getentropy's most per call
    ok = getentropy(bytes + done, chunk) == 0;
  }
  if (ok) {
    init_by_array(r, key, kN);
    return;
  }
  timespec now{}, since_boot{};
  clock_gettime(CLOCK_REALTIME, &now);
  clock_gettime(CLOCK_MONOTONIC, &since_boot);
  uint32_t fallback[] = {uint32_t(now.tv_nsec), uint32_t(now.tv_sec), uint32_t(uint64_t(now.tv_sec) >> 32),
                         uint32_t(since_boot.tv_nsec), uint32_t(since_boot.tv_sec)};
  init_by_array(r, fallback, 5);
}

// Random.seed(n): None draws entropy; an int seeds by its absolute value's
// 32-bit words; anything else by its hash.
bool seed(Random* r, Value arg) {
  if (!arg || is_none(arg)) {
    seed_from_entropy(r);
    return true;
  }
  num::BigInt n;
  if (int_check(arg)) {
    n = int_to_big(arg).abs();
  } else {
    int64_t h = hash(arg);
    if (h == -1) return false;
    n = num::BigInt::from_u64(uint64_t(h));
  }
  std::span<const uint32_t> words = n.limbs();
  uint32_t zero = 0;
  if (words.empty()) words = {&zero, 1};
  init_by_array(r, words.data(), words.size());
  return true;
}

Value random_new(Type* type, const Value*, size_t, Value) {
  auto* r = static_cast<Random*>(alloc_object(type, type->basic_size));
  if (!r) return Value();
  init_genrand(r, 19650218u);  // replaced by __init__'s seeding
  return r;
}

int random_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Type* type = type_of(self);
  if ((type == &random_type || type->init == random_type.init) && kwnames && as_tuple(kwnames)->size) {
    type_error("Random() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    type_error("Random() requires 0 or 1 argument");
    return -1;
  }
  return seed(self.as<Random>(), nargs ? args[0] : Value()) ? 0 : -1;
}

Value random_seed(Value self, const Value* args, size_t nargs, Value) {
  if (!seed(self.as<Random>(), nargs ? args[0] : Value())) return Value();
  return newref(none());
}

Value random_random(Value self, const Value*, size_t, Value) {
  auto* r = self.as<Random>();
  uint32_t a = next_word(r) >> 5, b = next_word(r) >> 6;
  return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_getrandbits(Value self, const Value* args, size_t, Value) {
  auto* r = self.as<Random>();
  int64_t k;
  if (!index_as_c_int(args[0], &k)) return Value();
  if (k < 0) return value_error("number of bits must be non-negative");
  if (k == 0) return Value::small(0);
  if (k <= 32) return Value::small(next_word(r) >> (32 - k));
  if (!fits_allocation(uint64_t(k) / 32 + 1, sizeof(uint32_t))) return no_memory();
  // Whole words from the least significant up; the last keeps its top bits.
  std::vector<uint32_t> words(size_t((k - 1) / 32 + 1));
  for (uint32_t& w : words) {
    uint32_t bits = next_word(r);
    w = k < 32 ? bits >> (32 - k) : bits;
    k -= 32;
  }
  return int_from_big(num::BigInt::from_magnitude(words, false));
}

Value random_getstate(Value self, const Value*, size_t, Value) {
  auto* r = self.as<Random>();
  Ref state(tuple_new(kN + 1));
  if (!state) return Value();
  Tuple* t = as_tuple(state.get());
  for (int i = 0; i < kN; ++i) t->items[i] = Value::small(r->state[i]);
  t->items[kN] = Value::small(r->index);
  return state.release();
}

Value random_setstate(Value self, const Value* args, size_t, Value) {
  auto* r = self.as<Random>();
  Value state = args[0];
  if (!tuple_check(state)) return type_error("state vector must be a tuple");
  Tuple* t = as_tuple(state);
  if (t->size != kN + 1) return value_error("state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    Value w = t->items[i];
    if (!int_check(w)) return type_error("an integer is required");
    if (int_sign(w) < 0) return overflow_error("can't convert negative value to unsigned int");
    uint64_t u;
    if (!int_to_big(w).to_u64(&u)) return overflow_error("Python int too large to convert to C unsigned long");
    words[i] = uint32_t(u);
  }
  int64_t index;
  if (!index_as_i64(t->items[kN], &index, &exc::OverflowError)) return Value();
  if (index < 0 || index > kN) return value_error("invalid state");
  r->index = int(index);
  for (int i = 0; i < kN; ++i) r->state[i] = words[i];
  return newref(none());
}

const MethodDef kRandomMethods[] = {
    {"seed", random_seed, 0, 1},
    {"random", random_random, 0, 0},
    {"getrandbits", random_getrandbits, 1, 1},
    {"getstate", random_getstate, 0, 0},
    {"setstate", random_setstate, 1, 1},
    {nullptr, nullptr, 0, 0},
};

void random_dealloc(Object* o) { free_object(o); }

bool ready_random_type() {
  Type* t = &random_type;
  if (t->mro) return true;
  t->name = "_random.Random";
  t->basic_size = sizeof(Random);
  t->flags = Type::kBaseType;
  t->dealloc = random_dealloc;
  t->new_ = random_new;
  t->init = random_init;
  t->methods = kRandomMethods;
  return type_ready(t);
}

}  // namespace

Module* make_random() {
  if (!ready_random_type()) return nullptr;
  Module* m = module_new("_random");
  if (!m) return nullptr;
  if (!add_value(m, "Random", newref(Value(&random_type)))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
