// The interpreter loop: one C++ activation runs a chain of Python frames.
// A call to a Python function pushes a frame and continues in the same loop
// (no C++ recursion); only calls through native code re-enter eval().
//
// Dispatch is a computed goto with GCC/Clang and a switch on wasm, where an
// indirect goto lowers to the same br_table anyway. Each instruction's fast
// path sits inline (small ints, exact built-in types); the general case calls
// the abstract protocols.

#include "light/vm/interpreter.h"

#include <cstring>

#include "light/objects/abstract.h"
#include "light/objects/cell.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/function.h"
#include "light/objects/generator.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/method.h"
#include "light/objects/set.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/str.h"
#include "light/objects/traceback.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/interrupt.h"
#include "light/runtime/names.h"
#include "light/vm/call.h"
#include "light/vm/opcodes.h"
#include "light/vm/ops.h"

namespace pytier::light::vm {

namespace {

using compiler::CO_ASYNC_GENERATOR;
using compiler::CO_COROUTINE;
using compiler::CO_GENERATOR;
constexpr uint32_t kGeneratorFlags = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

// The small-int fast paths of BINARY_OP; false: take the general path.
inline bool small_binary(uint32_t op, int64_t a, int64_t b, Value* out) {
  int64_t r;
  switch (op % kBinaryOpCount) {
    case NB_ADD:
      r = a + b;
      break;
    case NB_SUBTRACT:
      r = a - b;
      break;
    case NB_MULTIPLY:
      if (__builtin_mul_overflow(a, b, &r)) return false;
      break;
    case NB_AND:
      r = a & b;
      break;
    case NB_OR:
      r = a | b;
      break;
    case NB_XOR:
      r = a ^ b;
      break;
    case NB_REMAINDER:
      if (b == 0) return false;
      r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      break;
    case NB_FLOOR_DIVIDE: {
      if (b == 0) return false;
      r = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --r;
      break;
    }
    case NB_LSHIFT:
      if (b < 0 || b >= 62 || a > (Value::kSmallMax >> b) || a < (Value::kSmallMin >> b)) return false;
      r = a << b;
      break;
    case NB_RSHIFT:
      if (b < 0) return false;
      r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
      break;
    default:
      return false;
  }
  if (!Value::fits_small(r)) return false;
  *out = Value::small(r);
  return true;
}

// The float fast paths of BINARY_OP: true when handled (*out may then be
// null on MemoryError); false: take the general path (division by zero
// included, for its message).
inline bool float_binary(uint32_t op, double a, double b, Value* out) {
  double r;
  switch (op % kBinaryOpCount) {
    case NB_ADD: r = a + b; break;
    case NB_SUBTRACT: r = a - b; break;
    case NB_MULTIPLY: r = a * b; break;
    case NB_TRUE_DIVIDE:
      if (b == 0) return false;
      r = a / b;
      break;
    default:
      return false;
  }
  *out = float_from_double(r);
  return true;
}

// Both operands as doubles when they are exact floats, or one is and the
// other a small int that converts exactly.
inline bool as_float_pair(Value a, Value b, double* x, double* y) {
  constexpr int64_t kExact = int64_t{1} << 53;
  auto one = [](Value v, double* out) {
    if (v.is_small()) {
      int64_t i = v.small_value();
      if (i > kExact || i < -kExact) return false;
      *out = static_cast<double>(i);
      return true;
    }
    if (!float_check_exact(v)) return false;
    *out = float_value(v);
    return true;
  };
  return (float_check_exact(a) || float_check_exact(b)) && one(a, x) && one(b, y);
}

inline bool small_compare(uint32_t op, int64_t a, int64_t b) {
  switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
  }
}

// The handler covering the instruction at `offset`, or null.
const compiler::ExceptionEntry* find_handler(const Code* code, uint32_t offset) {
  for (const compiler::ExceptionEntry& e : code->unit->exception_table)
    if (offset >= e.start && offset < e.end) return &e;
  return nullptr;
}

// A fresh frame for calling `func`, arguments bound; null on error.
Frame* push_call_frame(Function* func, const Value* args, size_t nargs, Value kwnames, bool on_heap) {
  Code* co = func->code;
  Frame* f = frame_new(co, func, func->globals, func->builtins, Value(), on_heap);
  if (!f) return nullptr;
  if (!bind_arguments(f, func, args, nargs, kwnames)) {
    frame_free(f);
    return nullptr;
  }
  if (func->closure) {
    Tuple* cells = as_tuple(func->closure);
    uint32_t first = co->nlocalsplus - co->nfreevars;
    for (int64_t i = 0; i < cells->size; ++i) f->localsplus[first + i] = newref(cells->items[i]);
  }
  return f;
}

// The attribute caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR: the type's
// version tag and what a lookup of the name along its MRO found, for types
// using the generic attribute protocol.
struct AttrCache {
  uint32_t version;
  uint32_t kind;
  uint64_t descr;  // the Value's bits (borrowed from the type's dict); for
                   // kAttrNotInType, the instance dict entry hint
};
static_assert(sizeof(AttrCache) == 4 * sizeof(uint32_t));

enum AttrKind : uint32_t {
  kAttrNotInType = 1,  // only the instance dict can have it
  kAttrData,           // a data descriptor wins over the instance dict
  kAttrOther,          // the instance dict first, then this (bound if a descriptor)
  kAttrMethod,         // a method to call unbound with self first
};

inline AttrCache* attr_cache(const uint32_t* ip) {
  return reinterpret_cast<AttrCache*>(const_cast<uint32_t*>(ip));
}

inline Dict* dict_of(Value obj, Type* t) {
  if (obj.is_small() || !t->dict_offset) return nullptr;
  return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.object()) + t->dict_offset);
}

// Records what `name` is on type t (after a slow lookup succeeded).
void fill_attr_cache(AttrCache* c, Type* t, Value name, bool method) {
  Value descr = type_lookup(t, name);
  uint32_t kind;
  if (method) kind = kAttrMethod;
  else if (!descr) kind = kAttrNotInType;
  else if (type_of(descr)->descr_get && type_of(descr)->descr_set) kind = kAttrData;
  else kind = kAttrOther;
  c->version = type_version(t);
  c->kind = kind;
  c->descr = descr ? descr.bits() : 0;
}

// LOAD_ATTR through a valid cache; null with no exception: take the slow path.
inline Value cached_load_attr(AttrCache* c, Value obj, Type* t, Value name) {
  Value descr = Value::from_bits(c->descr);
  switch (c->kind) {
    case kAttrNotInType: {
      Dict* d = dict_of(obj, t);
      Value v = d ? dict_get_hinted(d, name, &c->descr) : Value();
      return v ? newref(v) : Value();
    }
    case kAttrData:
      return type_of(descr)->descr_get(descr, obj, Value(t));
    case kAttrOther: {
      if (Dict* d = dict_of(obj, t))
        if (Value v = dict_get_str(d, name)) return newref(v);
      auto get = type_of(descr)->descr_get;
      return get ? get(descr, obj, Value(t)) : newref(descr);
    }
    default:
      return Value();
  }
}

// LOAD_GLOBAL's lookup when its cache misses: fills the cache and returns
// the value borrowed, or null with NameError pending.
Value load_global_cached(Dict* globals, Dict* builtins, Value name, uint32_t* cache) {
  int64_t ix = dict_index_of(globals, name);
  if (ix >= 0) {
    cache[0] = static_cast<uint32_t>(ix);
    cache[1] = static_cast<uint32_t>(globals->keys_version);
    return globals->keys->entries()[ix].value;
  }
  if (ix == -1) {
    ix = dict_index_of(builtins, name);
    if (ix >= 0) {
      cache[0] = static_cast<uint32_t>(ix) | 0x80000000u;
      cache[1] = static_cast<uint32_t>(globals->keys_version);
      cache[2] = static_cast<uint32_t>(builtins->keys_version);
      return builtins->keys->entries()[ix].value;
    }
  }
  if (pending()) return Value();
  Value v = load_global(globals, builtins, name);  // raises NameError (or finds a str subclass key)
  if (v) decref(v);
  return v;
}

// Only the simplest calls bind by copying: exact positional count, nothing else.
inline bool is_simple_call(Function* func, size_t nargs, Value kwnames) {
  Code* co = func->code;
  return !kwnames && nargs == co->argcount && co->total_args == co->argcount && !func->closure &&
         !(co->flags & kGeneratorFlags);
}

// Runs a frame made for a C++ caller; it counts as one level of recursion.
Value run_frame(Frame* f) {
  if (!enter_recursion("")) {
    frame_free(f);
    return Value();
  }
  bool yielded;
  Value result = eval(f, false, &yielded);
  leave_recursion();
  frame_free(f);
  return result;
}

}  // namespace

Value call_function(Function* func, const Value* args, size_t nargs, Value kwnames) {
  Code* co = func->code;
  bool is_gen = (co->flags & kGeneratorFlags) != 0;
  Frame* f = push_call_frame(func, args, nargs, kwnames, is_gen);
  if (!f) return Value();
  if (is_gen) return generator_new(f);
  return run_frame(f);
}

Value run_class_body(Function* func, Value ns) {
  Frame* f = push_call_frame(func, nullptr, 0, Value(), false);
  if (!f) return Value();
  incref(ns);
  f->locals = ns;
  return run_frame(f);
}

Value run_code(Code* code, Dict* globals, Value locals) {
  Frame* f = frame_new(code, nullptr, globals, builtins_for(globals), locals ? locals : Value(globals), false);
  if (!f) return Value();
  return run_frame(f);
}

Value eval(Frame* frame, bool throwing, bool* yielded) {
#if defined(__GNUC__) && !defined(__wasm__)
#define PYTIER_COMPUTED_GOTO 1
  static void* const targets[] = {
#define X(name, operand, pops, pushes, branch, cache) &&TARGET_##name,
      PYTIER_OPCODES(X)
#undef X
  };
#define TARGET(op) TARGET_##op:
#define DISPATCH()                          \
  do {                                      \
    word = *ip++;                           \
    oparg = word >> 8;                      \
    goto* targets[word & 0xff];             \
  } while (0)
#else
#define TARGET(op) case op:
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define JUMP_TO(offset) (ip = words + (offset))
#define CACHE_SKIP(n) (ip += (n))

  *yielded = false;
  Frame* caller_frame = current_frame();
  frame->entry = true;
  frame->previous = caller_frame;

  Code* code;
  const uint32_t* words;
  const uint32_t* ip;
  Value* sp;
  Value* locals;
  Value* consts;
  Value* names;
  uint32_t word = 0, oparg = 0;
  Value retval;
  Value kwnames;  // CALL_KW's names, for do_call
  uint32_t nargs;

#define LOAD_FRAME()                                \
  do {                                              \
    set_current_frame(frame);                       \
    code = frame->code;                             \
    words = code->words;                            \
    ip = frame->ip;                                 \
    sp = frame->sp;                                 \
    locals = frame->localsplus;                     \
    consts = as_tuple(code->consts)->items;         \
    names = as_tuple(code->names)->items;           \
  } while (0)
#define SAVE_FRAME()     \
  do {                   \
    frame->ip = ip;      \
    frame->sp = sp;      \
  } while (0)
// The word offset of the instruction being run (ip has passed its opcode).
#define LASTI() static_cast<uint32_t>(ip - 1 - words)

  LOAD_FRAME();
  if (throwing) {
    // Raised at the resumption point, the yield that suspended the frame
    // (or its first instruction if it never ran).
    if (ip == words) ++ip;
    goto error;
  }

#ifdef PYTIER_COMPUTED_GOTO
  DISPATCH();
#else
dispatch:
  word = *ip++;
  oparg = word >> 8;
  switch (static_cast<Opcode>(word & 0xff)) {
#endif

  TARGET(NOP) { DISPATCH(); }

  TARGET(POP_TOP) {
    Value v = POP();
    decref(v);
    DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(Value());
    DISPATCH();
  }

  TARGET(COPY) {
    Value v = PEEK(oparg);
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(SWAP) {
    Value top = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = top;
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    Value v = consts[oparg];
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_FAST) {
    Value v = locals[oparg];
    if (!v) [[unlikely]] {
      raise_fmt(&exc::UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                as_tuple(code->localsplus_names)->items[oparg]);
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_FAST) {
    Value old = locals[oparg];
    locals[oparg] = POP();
    xdecref(old);
    DISPATCH();
  }

  TARGET(DELETE_FAST) {
    Value old = locals[oparg];
    if (!old) {
      raise_fmt(&exc::UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                as_tuple(code->localsplus_names)->items[oparg]);
      goto error;
    }
    locals[oparg] = Value();
    decref(old);
    DISPATCH();
  }

  TARGET(MAKE_CELL) {
    Value cell = cell_new(locals[oparg]);
    if (!cell) goto error;
    Value old = locals[oparg];
    locals[oparg] = cell;
    xdecref(old);
    DISPATCH();
  }

  TARGET(COPY_FREE_VARS) {
    // Frames made by push_call_frame already hold their closure.
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    Value cell = locals[oparg];
    incref(cell);
    PUSH(cell);
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    Value v = locals[oparg].as<Cell>()->ref;
    if (!v) {
      Value name = as_tuple(code->localsplus_names)->items[oparg];
      if (code->localsplus_kinds[oparg] & compiler::LOCAL_FREE)
        raise_fmt(&exc::NameError,
                  "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
      else
        raise_fmt(&exc::UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value", name);
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    Value v = load_class_deref(frame, oparg);
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    Cell* cell = locals[oparg].as<Cell>();
    Value old = cell->ref;
    cell->ref = POP();
    xdecref(old);
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    Cell* cell = locals[oparg].as<Cell>();
    Value old = cell->ref;
    if (!old) {
      raise_fmt(&exc::UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                as_tuple(code->localsplus_names)->items[oparg]);
      goto error;
    }
    cell->ref = Value();
    decref(old);
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    Value v = load_name(frame, names[oparg]);
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Value v = POP();
    Value ns = frame->locals;
    int rc = dict_check_exact(ns) ? dict_set(as_dict(ns), names[oparg], v) : setitem(ns, names[oparg], v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    Value ns = frame->locals;
    int rc = dict_check_exact(ns) ? dict_del(as_dict(ns), names[oparg]) : delitem(ns, names[oparg]);
    if (rc < 0) {
      if (matches(&exc::KeyError)) {
        clear_error();
        raise_name_error(names[oparg]);
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    // Cache: the entry index (top bit: in builtins) and the keys versions
    // of globals and builtins it was found under.
    uint32_t* cache = const_cast<uint32_t*>(ip);
    Dict* globals = frame->globals;
    Value v;
    if (cache[1] == static_cast<uint32_t>(globals->keys_version) && cache[1]) [[likely]] {
      if (!(cache[0] >> 31)) {
        v = globals->keys->entries()[cache[0]].value;
      } else if (cache[2] == static_cast<uint32_t>(frame->builtins->keys_version)) {
        v = frame->builtins->keys->entries()[cache[0] & 0x7fffffff].value;
      }
    }
    if (!v) v = load_global_cached(globals, frame->builtins, names[oparg >> 1], cache);
    if (!v) goto error;
    incref(v);
    PUSH(v);
    if (oparg & 1) PUSH(Value());
    CACHE_SKIP(3);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    Value v = POP();
    int rc = dict_set(frame->globals, names[oparg], v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    if (dict_del(frame->globals, names[oparg]) < 0) {
      if (matches(&exc::KeyError)) {
        clear_error();
        raise_name_error(names[oparg]);
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    Type* t = type_of(obj);
    AttrCache* c = attr_cache(ip);
    Value v;
    if (c->version == t->version && c->version && t->getattr == generic_getattr) [[likely]] {
      v = cached_load_attr(c, obj, t, names[oparg]);
      if (!v && pending()) goto error;
    }
    if (!v) {
      v = getattr(obj, names[oparg]);
      if (!v) goto error;
      if (t->getattr == generic_getattr) fill_attr_cache(c, t, names[oparg], false);
    }
    TOP() = v;
    decref(obj);
    CACHE_SKIP(4);
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    Value obj = TOP();
    Type* t = type_of(obj);
    AttrCache* c = attr_cache(ip);
    if (c->version == t->version && c->version && t->getattr == generic_getattr) [[likely]] {
      Dict* d = dict_of(obj, t);
      if (c->kind == kAttrMethod && (!d || !dict_get_str(d, names[oparg]))) {
        // The function stays borrowed from the type's dict until the call.
        Value func = Value::from_bits(c->descr);
        incref(func);
        TOP() = func;
        PUSH(obj);
        CACHE_SKIP(4);
        DISPATCH();
      }
      if (Value v = cached_load_attr(c, obj, t, names[oparg])) {
        TOP() = v;
        PUSH(Value());
        decref(obj);
        CACHE_SKIP(4);
        DISPATCH();
      }
      if (pending()) goto error;
    }
    Value self;
    Value v = load_method(obj, names[oparg], &self);
    if (!v) goto error;
    if (t->getattr == generic_getattr) fill_attr_cache(c, t, names[oparg], bool(self));
    TOP() = v;
    PUSH(self);
    decref(obj);
    CACHE_SKIP(4);
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    Value obj = POP();
    Value v = POP();
    Type* t = type_of(obj);
    AttrCache* c = attr_cache(ip);
    int rc;
    Dict* d;
    bool cached = c->version == t->version && c->version && t->setattr == generic_setattr;
    if (cached && (c->kind == kAttrNotInType || c->kind == kAttrOther) && (d = dict_of(obj, t))) [[likely]] {
      rc = dict_set(d, names[oparg], v);
    } else if (cached && c->kind == kAttrData) {
      Value descr = Value::from_bits(c->descr);
      rc = type_of(descr)->descr_set(descr, obj, v);
    } else {
      rc = setattr(obj, names[oparg], v);
      if (rc == 0 && t->setattr == generic_setattr && !type_check(obj))
        fill_attr_cache(c, t, names[oparg], false);
    }
    decref(obj);
    decref(v);
    if (rc < 0) goto error;
    CACHE_SKIP(4);
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    Value obj = POP();
    int rc = delattr(obj, names[oparg]);
    decref(obj);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value container = TOP();
    Value v;
    int64_t i;
    if (key.is_small() && list_check_exact(container) &&
        (i = key.small_value(), i += i < 0 ? as_list(container)->size : 0, i >= 0 && i < as_list(container)->size)) {
      v = newref(as_list(container)->items[i]);
    } else if (key.is_small() && tuple_check_exact(container) &&
               (i = key.small_value(), i += i < 0 ? as_tuple(container)->size : 0,
                i >= 0 && i < as_tuple(container)->size)) {
      v = newref(as_tuple(container)->items[i]);
    } else if (key.is_small() && str_check_exact(container) &&
               (i = key.small_value(), i += i < 0 ? container.as<Str>()->length : 0,
                i >= 0 && i < container.as<Str>()->length)) {
      v = str_from_char(container.as<Str>()->at(i));
    } else {
      v = getitem(container, key);
    }
    decref(key);
    if (!v) goto error;
    TOP() = v;
    decref(container);
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    Value v = POP();
    int rc = setitem(container, key, v);
    decref(key);
    decref(container);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    int rc = delitem(container, key);
    decref(key);
    decref(container);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    Value r;
    if (a.is_small() && b.is_small() && small_binary(oparg, a.small_value(), b.small_value(), &r)) [[likely]] {
      TOP() = r;
      DISPATCH();
    }
    double x, y;
    if (as_float_pair(a, b, &x, &y) && float_binary(oparg, x, y, &r)) {
      decref(b);
      if (!r) goto error;
      TOP() = r;
      decref(a);
      DISPATCH();
    }
    if (oparg >= static_cast<uint32_t>(kBinaryOpCount))
      r = inplace_op(a, b, static_cast<light::BinaryOp>(oparg - kBinaryOpCount));
    else
      r = binary_op(a, b, static_cast<light::BinaryOp>(oparg));
    decref(b);
    if (!r) goto error;
    TOP() = r;
    decref(a);
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    if (a.is_small() && b.is_small()) [[likely]] {
      TOP() = py_bool(small_compare(oparg, a.small_value(), b.small_value()));
      DISPATCH();
    }
    if ((oparg == CMP_EQ || oparg == CMP_NE) && str_check_exact(a) && str_check_exact(b)) {
      bool equal = a == b || str_equal(a, b);
      TOP() = py_bool(equal == (oparg == CMP_EQ));
      decref(a);
      decref(b);
      DISPATCH();
    }
    if (float_check_exact(a) && float_check_exact(b)) {
      double x = float_value(a), y = float_value(b);
      bool t = oparg == CMP_LT ? x < y : oparg == CMP_LE ? x <= y : oparg == CMP_EQ ? x == y
             : oparg == CMP_NE ? x != y : oparg == CMP_GT ? x > y : x >= y;
      TOP() = py_bool(t);
      decref(a);
      decref(b);
      DISPATCH();
    }
    Value r = compare(a, b, static_cast<light::CompareOp>(oparg));
    decref(b);
    if (!r) goto error;
    TOP() = r;
    decref(a);
    DISPATCH();
  }

  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    TOP() = py_bool((a == b) != (oparg == 1));
    decref(a);
    decref(b);
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    int rc = contains(container, item);
    decref(container);
    if (rc < 0) goto error;
    TOP() = py_bool((rc == 1) != (oparg == 1));
    decref(item);
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    Value v = TOP();
    Value r = positive(v);
    if (!r) goto error;
    TOP() = r;
    decref(v);
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    Value r;
    if (v.is_small() && v.small_value() != Value::kSmallMin) r = Value::small(-v.small_value());
    else r = negative(v);
    if (!r) goto error;
    TOP() = r;
    decref(v);
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Value v = TOP();
    int t = truth(v);
    if (t < 0) goto error;
    TOP() = py_bool(!t);
    decref(v);
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    Value v = TOP();
    Value r = v.is_small() ? Value::small(~v.small_value()) : invert(v);
    if (!r) goto error;
    TOP() = r;
    decref(v);
    DISPATCH();
  }

// A backward jump (a loop going round) is where a pending SIGINT raises.
#define POLL_INTERRUPT(target)                                      \
  if ((target) < LASTI() && interrupt_requested) {                  \
    interrupt_raise();                                              \
    goto error;                                                     \
  }

  TARGET(JUMP) {
    POLL_INTERRUPT(oparg);
    JUMP_TO(oparg);
    DISPATCH();
  }

#define TRUTH_OF(v, t)                      \
  do {                                      \
    if ((v) == py_true()) t = 1;            \
    else if ((v) == py_false()) t = 0;      \
    else if ((v).is_small()) t = (v).small_value() != 0; \
    else if (is_none(v)) t = 0;             \
    else {                                  \
      t = truth(v);                         \
      if (t < 0) goto error;                \
    }                                       \
  } while (0)

  TARGET(POP_JUMP_IF_FALSE) {
    Value v = TOP();
    int t;
    TRUTH_OF(v, t);
    --sp;
    decref(v);
    if (!t) {
      POLL_INTERRUPT(oparg);
      JUMP_TO(oparg);
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_TRUE) {
    Value v = TOP();
    int t;
    TRUTH_OF(v, t);
    --sp;
    decref(v);
    if (t) {
      POLL_INTERRUPT(oparg);
      JUMP_TO(oparg);
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (is_none(v)) JUMP_TO(oparg);
    decref(v);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (!is_none(v)) JUMP_TO(oparg);
    decref(v);
    DISPATCH();
  }

  TARGET(JUMP_IF_FALSE_OR_POP) {
    Value v = TOP();
    int t;
    TRUTH_OF(v, t);
    if (!t) {
      JUMP_TO(oparg);
    } else {
      --sp;
      decref(v);
    }
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    Value v = TOP();
    int t;
    TRUTH_OF(v, t);
    if (t) {
      JUMP_TO(oparg);
    } else {
      --sp;
      decref(v);
    }
    DISPATCH();
  }

  TARGET(GET_ITER) {
    Value v = TOP();
    Value it = iter(v);
    if (!it) goto error;
    TOP() = it;
    decref(v);
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Value it = TOP();
    Type* t = type_of(it);
    Value v = t->next ? t->next(it) : next(it);
    if (v) [[likely]] {
      PUSH(v);
      DISPATCH();
    }
    if (pending()) {
      if (!matches(&exc::StopIteration)) goto error;
      clear_error();
    }
    --sp;
    decref(it);
    JUMP_TO(oparg);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    retval = POP();
    goto return_from_frame;
  }

  TARGET(BUILD_TUPLE) {
    Value t = tuple_new(oparg);
    if (!t) goto error;
    sp -= oparg;
    if (oparg) std::memcpy(as_tuple(t)->items, sp, sizeof(Value) * oparg);
    PUSH(t);
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    Value l = list_new(oparg);
    if (!l) goto error;
    sp -= oparg;
    if (oparg) std::memcpy(as_list(l)->items, sp, sizeof(Value) * oparg);
    PUSH(l);
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    Value s = set_new(&set_type);
    if (!s) goto error;
    bool ok = true;
    for (uint32_t i = oparg; i > 0; --i) {
      if (ok && set_add(s, PEEK(i)) < 0) ok = false;
    }
    for (uint32_t i = 0; i < oparg; ++i) decref(POP());
    if (!ok) {
      decref(s);
      goto error;
    }
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    Dict* d = dict_new();
    if (!d) goto error;
    bool ok = true;
    for (uint32_t i = oparg; i > 0; --i)
      if (ok && dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) ok = false;
    for (uint32_t i = 0; i < 2 * oparg; ++i) decref(POP());
    if (!ok) {
      decref(d);
      goto error;
    }
    PUSH(Value(d));
    DISPATCH();
  }

  TARGET(BUILD_CONST_KEY_MAP) {
    Dict* d = dict_new();
    if (!d) goto error;
    Value keys = POP();
    bool ok = true;
    for (uint32_t i = 0; i < oparg; ++i)
      if (ok && dict_set(d, as_tuple(keys)->items[i], PEEK(oparg - i)) < 0) ok = false;
    decref(keys);
    for (uint32_t i = 0; i < oparg; ++i) decref(POP());
    if (!ok) {
      decref(d);
      goto error;
    }
    PUSH(Value(d));
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    Value s = str_from_ascii("");
    for (uint32_t i = oparg; i > 0 && s; --i) {
      Value joined = str_concat(s, PEEK(i));
      decref(s);
      s = joined;
    }
    for (uint32_t i = 0; i < oparg; ++i) decref(POP());
    if (!s) goto error;
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value();
    Value stop = POP();
    Value start = TOP();
    Value s = slice_new(start, stop, step ? step : none());
    decref(stop);
    xdecref(step);
    if (!s) goto error;
    TOP() = s;
    decref(start);
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Value v = POP();
    int rc = list_append(PEEK(oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(SET_ADD) {
    Value v = POP();
    int rc = set_add(PEEK(oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    int rc = dict_set(as_dict(PEEK(oparg)), k, v);
    decref(k);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    Value v = POP();
    int rc = list_extend(PEEK(oparg), v);
    if (rc < 0 && matches(&exc::TypeError) && !type_of(v)->iter && !type_of(v)->getitem) {
      clear_error();
      type_error("Value after * must be an iterable, not %s", type_of(v)->name.c_str());
    }
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    Value v = POP();
    Value it = iter(v);
    decref(v);
    if (!it) goto error;
    Value set = PEEK(oparg);
    Value item;
    bool ok = true;
    while ((item = next(it))) {
      int rc = set_add(set, item);
      decref(item);
      if (rc < 0) {
        ok = false;
        break;
      }
    }
    decref(it);
    if (!ok || pending()) goto error;
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    Value v = POP();
    int rc = dict_update(as_dict(PEEK(oparg)), v);
    if (rc < 0 && matches(&exc::AttributeError)) {
      clear_error();
      type_error("'%s' object is not a mapping", type_of(v)->name.c_str());
    }
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    Value v = POP();
    bool ok = dict_merge(PEEK(oparg + 3), PEEK(oparg), v);  // callable, null, args, dict
    decref(v);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    Value l = TOP();
    Value t = tuple_from_array(as_list(l)->items, as_list(l)->size);
    if (!t) goto error;
    TOP() = t;
    decref(l);
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & 4) ? POP() : Value();
    Value v = TOP();
    Value r = format_value(v, oparg & 3, spec);
    xdecref(spec);
    if (!r) goto error;
    TOP() = r;
    decref(v);
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    if (tuple_check_exact(seq) && as_tuple(seq)->size == oparg) {
      --sp;
      for (uint32_t i = oparg; i > 0; --i) PUSH(newref(as_tuple(seq)->items[i - 1]));
    } else if (list_check_exact(seq) && as_list(seq)->size == oparg) {
      --sp;
      for (uint32_t i = oparg; i > 0; --i) PUSH(newref(as_list(seq)->items[i - 1]));
    } else {
      if (!unpack_sequence(seq, oparg, sp - 1)) goto error;
      sp += oparg - 1;
    }
    decref(seq);
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    Value seq = TOP();
    uint32_t before = oparg & 0xff, after = oparg >> 8;
    if (!unpack_ex(seq, before, after, sp - 1)) goto error;
    sp += before + after;
    decref(seq);
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    Value code_obj = POP();
    uint32_t nparts = ((oparg & MF_DEFAULTS) ? 1 : 0) + ((oparg & MF_KWDEFAULTS) ? 1 : 0) +
                      ((oparg & MF_ANNOTATIONS) ? 1 : 0) + ((oparg & MF_CLOSURE) ? 1 : 0);
    sp -= nparts;
    Value fn = make_function(frame, code_obj, oparg, sp);
    for (uint32_t i = 0; i < nparts; ++i) decref(sp[i]);
    decref(code_obj);
    if (!fn) goto error;
    PUSH(fn);
    DISPATCH();
  }

  TARGET(CALL) {
    kwnames = Value();
    nargs = oparg;
    goto do_call;
  }

  TARGET(CALL_KW) {
    kwnames = POP();
    nargs = oparg - static_cast<uint32_t>(as_tuple(kwnames)->size);
    goto do_call;
  }

do_call: {
  if (interrupt_requested) {
    xdecref(kwnames);
    interrupt_raise();
    goto error;
  }
  // The stack holds: callable, self_or_null, positional args, keyword values.
  size_t nkw = kwnames ? as_tuple(kwnames)->size : 0;
  Value* args = sp - nargs - nkw;
  Value* base = args - 2;
  Value callable = base[0];
  if (base[1]) {
    --args;
    ++nargs;
  } else if (!callable.is_small() && callable.object()->type == &method_type) {
    // A bound method: its function, with self in the null slot.
    Method* m = callable.as<Method>();
    base[1] = newref(m->self);
    base[0] = newref(m->func);
    decref(callable);
    callable = base[0];
    --args;
    ++nargs;
  }
  size_t total = nargs + nkw;
  if (function_check(callable) && !(callable.as<Function>()->code->flags & kGeneratorFlags)) {
    // A Python function: push its frame and go on in this loop.
    Function* func = callable.as<Function>();
    if (thread.depth >= thread.recursion_limit) [[unlikely]] {
      xdecref(kwnames);
      raise_str(&exc::RecursionError, "maximum recursion depth exceeded");
      goto error;
    }
    Frame* callee;
    if (is_simple_call(func, nargs, kwnames)) {
      callee = frame_new(func->code, func, func->globals, func->builtins, Value(), false);
      if (!callee) goto error;
      std::memcpy(callee->localsplus, args, sizeof(Value) * nargs);  // the frame takes them over
    } else {
      callee = push_call_frame(func, args, nargs, kwnames, false);
      xdecref(kwnames);
      if (!callee) goto error;
      for (size_t i = 0; i < total; ++i) decref(args[i]);
    }
    ++thread.depth;
    sp = base;
    decref(callable);
    frame->lasti = LASTI();
    SAVE_FRAME();
    callee->previous = frame;
    frame = callee;
    LOAD_FRAME();
    DISPATCH();
  }
  frame->lasti = LASTI();
  SAVE_FRAME();
  Value result = call(callable, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) decref(args[i]);
  xdecref(kwnames);
  sp = base;
  decref(callable);
  if (!result) goto error;
  PUSH(result);
  DISPATCH();
}

  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = (oparg & 1) ? POP() : Value();
    Value args_tuple = POP();
    Value null_slot = POP();
    Value callable = TOP();
    xdecref(null_slot);
    frame->lasti = LASTI();
    SAVE_FRAME();
    if (!tuple_check_exact(args_tuple)) {
      Value t = star_args_tuple(callable, args_tuple);
      decref(args_tuple);
      if (!t) {
        xdecref(kwargs);
        goto error;
      }
      args_tuple = t;
    }
    Value r = call_tuple_dict(callable, args_tuple, kwargs);
    decref(args_tuple);
    xdecref(kwargs);
    if (!r) goto error;
    TOP() = r;
    decref(callable);
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Value bc = dict_get_str(frame->builtins, names::__build_class__);
    if (!bc) {
      raise_str(&exc::NameError, "__build_class__ not found");
      goto error;
    }
    PUSH(newref(bc));
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    if (!setup_annotations(frame)) goto error;
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    Value v = POP();
    frame->lasti = LASTI();
    SAVE_FRAME();
    bool ok = display_value(v);
    decref(v);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    Value cause = oparg >= 2 ? POP() : Value();
    Value exc = oparg >= 1 ? POP() : Value();
    do_raise(exc, cause);
    xdecref(exc);
    xdecref(cause);
    // A bare `raise` re-raises with the traceback as it was.
    if (oparg == 0 && thread.exc && thread.exc == thread.handled) goto exception_unwind;
    goto error;
  }

  TARGET(RERAISE) {
    Value exc = POP();
    restore(exc);
    goto exception_unwind;
  }

  TARGET(PUSH_EXC_INFO) {
    // thread.handled holds its own reference; the previous one moves to
    // the stack until POP_EXCEPT puts it back.
    Value exc = TOP();
    Value prev = thread.handled ? thread.handled : none();
    TOP() = prev;
    thread.handled = newref(exc);
    PUSH(exc);
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    Value prev = POP();
    Value old = thread.handled;
    thread.handled = is_none(prev) ? Value() : prev;
    xdecref(old);
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    Value type = POP();
    int rc = exception_matches(TOP(), type);
    decref(type);
    if (rc < 0) goto error;
    PUSH(py_bool(rc));
    DISPATCH();
  }

  TARGET(CHECK_EG_MATCH) {
    Value type = POP();
    Value match, rest;
    bool ok = exception_group_match(TOP(), type, &match, &rest);
    decref(type);
    if (!ok) goto error;
    if (is_none(match)) {
      decref(rest);
      PUSH(match);
      DISPATCH();
    }
    // The handler runs with the matched part as the exception being handled.
    decref(TOP());
    TOP() = rest;
    PUSH(match);
    xdecref(thread.handled);
    thread.handled = newref(match);
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    Value excs = POP();
    Value r = prep_reraise_star(TOP(), excs);
    decref(excs);
    if (!r) goto error;
    decref(TOP());
    TOP() = r;
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value(&exc::AssertionError));
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    Value mgr = TOP();
    Value exit;
    Value res = enter_context(mgr, &exit, false);
    if (!res) goto error;
    TOP() = exit;
    decref(mgr);
    PUSH(res);
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    Value exc = TOP();
    Value exit = PEEK(3);
    Value tb = as_exception(exc)->traceback;
    Value args[3] = {Value(type_of(exc)), exc, tb ? tb : none()};
    frame->lasti = LASTI();
    SAVE_FRAME();
    Value r = call(exit, args, 3);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    retval = POP();
    frame->lasti = LASTI();
    SAVE_FRAME();
    *yielded = true;
    goto leave;
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (!generator_check(v)) {
      Value it = iter(v);
      if (!it) goto error;
      TOP() = it;
      decref(v);
    }
    DISPATCH();
  }

  TARGET(SEND) {
    Value v = POP();
    Value receiver = TOP();
    bool done = false;
    Value r;
    frame->lasti = LASTI();
    SAVE_FRAME();
    if (generator_check(receiver)) {
      r = generator_send(receiver.as<Generator>(), v, &done);
    } else if (is_none(v) && type_of(receiver)->next) {
      r = type_of(receiver)->next(receiver);
      if (!r) {
        if (pending() && !matches(&exc::StopIteration)) {
          decref(v);
          goto error;
        }
        Value e = fetch();
        r = e ? stop_iteration_value(e) : none();
        xdecref(e);
        done = true;
      }
    } else {
      r = call_method(receiver, names::send, &v, 1);
      if (!r && matches(&exc::StopIteration)) {
        Value e = fetch();
        r = stop_iteration_value(e);
        decref(e);
        done = true;
      }
    }
    decref(v);
    if (!r) goto error;
    if (done) {
      TOP() = r;
      decref(receiver);
      JUMP_TO(oparg);
    } else {
      PUSH(r);
    }
    DISPATCH();
  }

  TARGET(GET_AWAITABLE) {
    Value v = TOP();
    Value a = get_awaitable(v, oparg);
    if (!a) goto error;
    TOP() = a;
    decref(v);
    DISPATCH();
  }

  TARGET(GET_AITER) {
    Value v = TOP();
    Value r = call_method(v, names::__aiter__, nullptr, 0);
    if (!r) {
      if (matches(&exc::AttributeError)) {
        clear_error();
        type_error("'async for' requires an object with __aiter__ method, got %s", type_of(v)->name.c_str());
      }
      goto error;
    }
    TOP() = r;
    decref(v);
    DISPATCH();
  }

  TARGET(GET_ANEXT) {
    Value aiter = TOP();
    Value r = call_method(aiter, names::__anext__, nullptr, 0);
    if (!r) goto error;
    Value a = get_awaitable(r, 0);
    decref(r);
    if (!a) goto error;
    PUSH(a);
    DISPATCH();
  }

  TARGET(END_ASYNC_FOR) {
    Value exc = POP();
    if (!is_instance_of(exc, &exc::StopAsyncIteration)) {
      restore(exc);
      goto exception_unwind;
    }
    decref(exc);
    decref(POP());
    DISPATCH();
  }

  TARGET(BEFORE_ASYNC_WITH) {
    Value mgr = TOP();
    Value exit;
    Value res = enter_context(mgr, &exit, true);
    if (!res) goto error;
    TOP() = exit;
    decref(mgr);
    PUSH(res);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = TOP();
    frame->lasti = LASTI();
    SAVE_FRAME();
    Value m = import_name_op(frame, names[oparg], fromlist, level);
    decref(fromlist);
    if (!m) goto error;
    TOP() = m;
    decref(level);
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    Value v = import_from(TOP(), names[oparg]);
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Value m = POP();
    bool ok = import_star(frame, m);
    decref(m);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(GET_LEN) {
    int64_t n = length(TOP());
    if (n < 0) goto error;
    Value v = int_from_i64(n);
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }

  TARGET(MATCH_MAPPING) {
    Value is_mapping = py_bool(match_mapping(TOP()));
    PUSH(is_mapping);
    DISPATCH();
  }

  TARGET(MATCH_SEQUENCE) {
    Value is_sequence = py_bool(match_sequence(TOP()));
    PUSH(is_sequence);
    DISPATCH();
  }

  TARGET(MATCH_KEYS) {
    Value values = match_keys(PEEK(2), TOP());
    if (!values) goto error;
    PUSH(values);
    DISPATCH();
  }

  TARGET(MATCH_CLASS) {
    Value kwd_names = POP();
    Value cls = POP();
    Value subject = TOP();
    Value attrs = match_class(subject, cls, oparg, kwd_names);
    decref(kwd_names);
    decref(cls);
    if (!attrs) goto error;
    TOP() = attrs;
    decref(subject);
    DISPATCH();
  }

  TARGET(COPY_DICT_WITHOUT_KEYS) {
    Value keys = TOP();
    Value rest = copy_dict_without_keys(PEEK(2), keys);
    if (!rest) goto error;
    TOP() = rest;
    decref(keys);
    DISPATCH();
  }

  TARGET(SETUP_FINALLY)
  TARGET(SETUP_CLEANUP)
  TARGET(SETUP_WITH)
  TARGET(POP_BLOCK) {
    // Pseudo-instructions never reach the bytecode.
    raise_str(&exc::SystemError, "unknown opcode");
    goto error;
  }

#ifndef PYTIER_COMPUTED_GOTO
  default:
    raise_str(&exc::SystemError, "unknown opcode");
    goto error;
  }
#endif

error:
  // An instruction raised: record this frame in the traceback, then look for
  // a handler. A callee that failed without raising becomes CPython's
  // SystemError, not an unwind with nothing to carry.
  if (!pending()) raise_fmt(&exc::SystemError, "error return without exception set");
  frame->lasti = LASTI();
  traceback_here(code, frame->lasti);

exception_unwind: {
  uint32_t lasti = LASTI();
  if (const compiler::ExceptionEntry* h = find_handler(code, lasti)) {
    Value* base = frame->stack_base() + h->depth;
    while (sp > base) xdecref(*--sp);
    PUSH(fetch());
    JUMP_TO(h->target);
    DISPATCH();
  }
  // No handler here: the frame ends with the exception.
  while (sp > frame->stack_base()) xdecref(*--sp);
  retval = Value();
}

return_from_frame:
  if (frame->entry) {
    SAVE_FRAME();
    goto leave;
  }
  {
    // Back to the caller in this same loop.
    Frame* callee = frame;
    frame = callee->previous;
    callee->sp = sp;
    frame_free(callee);
    --thread.depth;
    LOAD_FRAME();
    if (!retval) {
      ip = words + frame->lasti + 1;
      goto error;
    }
    PUSH(retval);
    DISPATCH();
  }

leave:
  set_current_frame(caller_frame);
  frame->entry = false;
  return retval;

#undef TARGET
#undef DISPATCH
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef JUMP_TO
#undef CACHE_SKIP
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef LASTI
#undef TRUTH_OF
}

}  // namespace pytier::light::vm
