#pragma once
// The object header, reference counting, and the type object with its slots.
//
// Every heap value starts with `Object`: a reference count and its type.
// Deallocation is deterministic: when the count drops to zero the type's
// `dealloc` slot runs at once (and with it `__del__`, in CPython's order).
// Immortal objects (None, True, False, the static types, interned names, ...)
// start with a count so large that it never reaches zero, so incref/decref
// need no test for them.
//
// Ownership follows CPython: a function returning a Value returns a new
// reference; arguments are borrowed; a function that "steals" says so.

#include <cstdint>
#include <string>
#include <vector>

#include "light/objects/value.h"

namespace pytier::light {

struct Type;
struct Dict;

struct Object {
  intptr_t refcount;
  Type* type;
};

constexpr intptr_t kImmortal = intptr_t{1} << (sizeof(intptr_t) * 8 - 2);

// Runs the type's dealloc slot; only decref calls it.
void destroy(Object* o);

inline void incref(Object* o) { ++o->refcount; }
inline void decref(Object* o) {
  if (--o->refcount == 0) destroy(o);
}
// `v` must be a Python value (not the error sentinel).
inline void incref(Value v) {
  if (!v.is_small()) ++v.object()->refcount;
}
inline void decref(Value v) {
  if (!v.is_small()) decref(v.object());
}
// The x-forms also accept the error sentinel (an empty slot).
inline void xincref(Value v) {
  if (v && !v.is_small()) ++v.object()->refcount;
}
inline void xdecref(Value v) {
  if (v && !v.is_small()) decref(v.object());
}
inline Value newref(Value v) {
  incref(v);
  return v;
}
// Replaces *slot by v (stolen) and releases the old value.
inline void set_slot(Value* slot, Value v) {
  Value old = *slot;
  *slot = v;
  xdecref(old);
}

// A reference held by C++ code: released when it goes out of scope.
class Ref {
 public:
  Ref() = default;
  explicit Ref(Value v) : v_(v) {}  // steals v
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& o) : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref&& o) {
    if (this != &o) {
      xdecref(v_);
      v_ = o.v_;
      o.v_ = Value();
    }
    return *this;
  }
  ~Ref() { xdecref(v_); }

  static Ref borrow(Value v) {
    xincref(v);
    return Ref(v);
  }
  Value get() const { return v_; }
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  explicit operator bool() const { return bool(v_); }
  template <class T>
  T* as() const { return v_.as<T>(); }

 private:
  Value v_;
};

// ------------------------------------------------------------------ slots

// Rich comparison operators, in CPython's order (Py_LT ... Py_GE); the VM's
// COMPARE_OP operand uses the same numbering.
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Binary operators, numbered as CPython 3.11's BINARY_OP operand (NB_ADD ...
// NB_XOR); the in-place forms are these plus kBinaryOpCount.
enum class BinaryOp : uint8_t {
  Add, And, FloorDivide, Lshift, MatrixMultiply, Multiply, Remainder,
  Or, Power, Rshift, Subtract, TrueDivide, Xor,
};
constexpr int kBinaryOpCount = 13;

// The one calling convention: `args` holds nargs positional values followed
// by one value per name in `kwnames` (a tuple of str, or the null Value when
// there are no keywords).
using NativeFn = Value (*)(Value self, const Value* args, size_t nargs, Value kwnames);
using UnaryFn = Value (*)(Value);
using BinaryFn = Value (*)(Value, Value);
using NewFn = Value (*)(Type* type, const Value* args, size_t nargs, Value kwnames);
using InitFn = int (*)(Value self, const Value* args, size_t nargs, Value kwnames);

// A named built-in method or function. Positional arity is checked by the
// caller before `fn` runs, with CPython's messages; keywords reach `fn` only
// with kKeywords (otherwise "f() takes no keyword arguments").
struct MethodDef {
  enum Flags : uint16_t {
    kKeywords = 1,
    kClass = 2,   // self is the class (classmethod)
    kStatic = 4,  // no self (staticmethod)
  };
  const char* name;
  NativeFn fn;
  int16_t min_args;
  int16_t max_args;  // -1: no upper bound
  uint16_t flags = 0;
};

// A computed attribute of a built-in type (a data descriptor in its dict).
struct GetSetDef {
  const char* name;
  Value (*get)(Value self);
  int (*set)(Value self, Value v);  // v null: delete; null set: read-only
};

struct Type : Object {
  enum Flags : uint32_t {
    kHeap = 1 << 0,        // created by a class statement or type(); refcounted
    kBaseType = 1 << 1,    // may be subclassed
    kHasDel = 1 << 2,      // defines __del__
    kAbstract = 1 << 3,    // has __abstractmethods__
    // Instances bind like functions: descr_get(obj) then calling is the same
    // as calling the descriptor with obj prepended (lets LOAD_METHOD and the
    // dunder dispatchers skip the bound object). The vm's function type sets it.
    kMethodDescriptor = 1 << 4,
    // Instances accept weak references (CPython: a tp_weaklistoffset);
    // subclasses inherit it.
    kWeakrefable = 1 << 5,
    // Fast subclass tests, inherited by every subclass (as CPython's
    // Py_TPFLAGS_*_SUBCLASS).
    kIntSubclass = 1 << 8,
    kStrSubclass = 1 << 9,
    kTupleSubclass = 1 << 10,
    kListSubclass = 1 << 11,
    kDictSubclass = 1 << 12,
    kTypeSubclass = 1 << 13,
    kExceptionSubclass = 1 << 14,
    kBytesSubclass = 1 << 15,
  };

  std::string name;       // tp_name: "int", "collections.OrderedDict", ...
  Value qualname;         // str (heap types)
  Type* base = nullptr;   // the solid base (object for object itself: null)
  Value bases;            // tuple of types
  Value mro;              // tuple of types, self first
  Dict* dict = nullptr;
  uint32_t flags = 0;
  // Changes whenever this type's or any base's attributes change; 0 means
  // "unassigned" and never matches a cache.
  uint32_t version = 0;

  size_t basic_size = sizeof(Object);
  size_t item_size = 0;     // variable-size objects (tuple, int, ...)
  // Byte offset of the instance's `Dict*` (0: instances have no __dict__);
  // kPrefixDict for subclasses of variable-size types (str, tuple, bytes),
  // whose dict word sits just before the object's allocation header.
  size_t dict_offset = 0;
  std::vector<Type*> subclasses;  // not owned, for version and slot updates

  const MethodDef* methods = nullptr;  // terminated by a null name
  const GetSetDef* getsets = nullptr;  // terminated by a null name

  void (*dealloc)(Object*) = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;
  NativeFn call = nullptr;
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  int64_t (*hash)(Value) = nullptr;  // -1: error
  Value (*compare)(Value a, Value b, CompareOp op) = nullptr;
  Value (*getattr)(Value self, Value name) = nullptr;
  int (*setattr)(Value self, Value name, Value v) = nullptr;  // v null: delete
  UnaryFn iter = nullptr;
  // Returns the next item, or null with no exception pending when exhausted.
  UnaryFn next = nullptr;
  int64_t (*len)(Value) = nullptr;  // -1: error
  BinaryFn getitem = nullptr;
  int (*setitem)(Value self, Value key, Value v) = nullptr;  // v null: delete
  int (*contains)(Value self, Value item) = nullptr;         // -1/0/1
  int (*truth)(Value) = nullptr;                             // -1/0/1
  BinaryFn number[kBinaryOpCount] = {};
  BinaryFn inplace[kBinaryOpCount] = {};
  Value (*power3)(Value, Value, Value) = nullptr;  // pow(a, b, mod)
  UnaryFn neg = nullptr, pos = nullptr, abs = nullptr, invert = nullptr;
  UnaryFn to_int = nullptr, to_float = nullptr, index = nullptr;
  Value (*descr_get)(Value descr, Value obj, Value type) = nullptr;  // obj null: class access
  int (*descr_set)(Value descr, Value obj, Value v) = nullptr;       // v null: delete

  bool has(Flags f) const { return (flags & f) != 0; }
};

extern Type int_type;

inline Type* type_of(Value v) { return v.is_small() ? &int_type : v.object()->type; }
inline bool has_flag(Value v, Type::Flags f) { return type_of(v)->has(f); }

// Adding kPrefixDict to an object's address wraps around to two words
// before it: the dict of a variable-size instance (see Type::dict_offset).
constexpr size_t kPrefixDict = size_t(0) - 2 * sizeof(uint64_t);

// Sizes beyond this are refused with MemoryError before any container of
// that size is attempted (a C++ container would abort instead of failing).
constexpr uint64_t kMaxAllocation = sizeof(size_t) >= 8 ? uint64_t{1} << 40 : uint64_t{1} << 30;

// Would `count` items of `size` bytes pass kMaxAllocation? (No overflow.)
inline bool fits_allocation(uint64_t count, uint64_t size) { return size == 0 || count <= kMaxAllocation / size; }

// Allocates a zeroed object of `size` bytes with refcount 1 and the given
// type (a heap type gains a reference). Null with MemoryError on failure.
[[nodiscard]] Object* alloc_object(Type* type, size_t size);
// Frees the memory of an object whose contents are already released, and
// drops the reference to a heap type.
void free_object(Object* o);

template <class T>
[[nodiscard]] T* alloc(Type* type, size_t extra = 0) {
  return static_cast<T*>(alloc_object(type, sizeof(T) + extra));
}

// offsetof for the object structs, which derive from Object and so are not
// standard-layout (where offsetof is only conditionally supported).
template <class T, class M>
size_t field_offset(M T::*member) {
  alignas(T) static const unsigned char storage[sizeof(T)] = {};
  const T* object = reinterpret_cast<const T*>(storage);
  return size_t(reinterpret_cast<const unsigned char*>(&(object->*member)) - storage);
}

// Marks a statically allocated object as immortal and gives it its type.
void init_static(Object* o, Type* type);

}  // namespace pytier::light
