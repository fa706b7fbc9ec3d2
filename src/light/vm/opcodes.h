#pragma once
// The Light tier's instruction set: one definition per instruction, from which
// the opcode enum, the names, the stack effects and the cache sizes all derive.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, the operand
// in the high 24 (so no EXTENDED_ARG is ever needed). An instruction with a
// cache is followed by that many 32-bit words the VM owns (inline caches, as
// in PEP 659); the compiler emits them zeroed and jumps skip over them.
//
// The evaluation stack works like CPython 3.11's. A call site is laid out as
//   callable, self_or_null, arg1 .. argN
// so that a method found by LOAD_METHOD is called without a bound method.
//
// Columns:
//   NAME     the instruction
//   OPERAND  what the operand means (for the disassembler and the assembler)
//   POPS     how many values it takes off the stack (may use `arg`)
//   PUSHES   how many it pushes when it falls through to the next instruction
//   BRANCH   how many it pushes (after its POPS) when it jumps; -1: never jumps
//   CACHE    inline cache words that follow it
//
// Jump operands are absolute word offsets into the code. Instructions marked
// Pseudo exist only inside the compiler: the assembler turns them into the
// exception table and drops them.

#include <cstdint>

namespace pytier::light::vm {

#define PYTIER_OPCODES(X)                                                      \
  /* stack shuffling */                                                        \
  X(NOP, None, 0, 0, -1, 0)                                                    \
  X(POP_TOP, None, 1, 0, -1, 0)                                                \
  X(PUSH_NULL, None, 0, 1, -1, 0)                                              \
  X(COPY, Count, 0, 1, -1, 0)               /* push stack[-arg] */             \
  X(SWAP, Count, 0, 0, -1, 0)               /* swap top and stack[-arg] */     \
  /* constants and variables */                                                \
  X(LOAD_CONST, Const, 0, 1, -1, 0)                                            \
  X(LOAD_FAST, Local, 0, 1, -1, 0)                                             \
  X(STORE_FAST, Local, 1, 0, -1, 0)                                            \
  X(DELETE_FAST, Local, 0, 0, -1, 0)                                           \
  X(MAKE_CELL, Local, 0, 0, -1, 0)                                             \
  X(COPY_FREE_VARS, Count, 0, 0, -1, 0)                                        \
  X(LOAD_CLOSURE, Local, 0, 1, -1, 0)       /* the cell itself */              \
  X(LOAD_DEREF, Local, 0, 1, -1, 0)                                            \
  X(LOAD_CLASSDEREF, Local, 0, 1, -1, 0)    /* class body: locals, then cell */\
  X(STORE_DEREF, Local, 1, 0, -1, 0)                                           \
  X(DELETE_DEREF, Local, 0, 0, -1, 0)                                          \
  X(LOAD_NAME, Name, 0, 1, -1, 0)                                              \
  X(STORE_NAME, Name, 1, 0, -1, 0)                                             \
  X(DELETE_NAME, Name, 0, 0, -1, 0)                                            \
  X(LOAD_GLOBAL, Global, 0, 1 + (arg & 1), -1, 3) /* arg: name << 1 | null */  \
  X(STORE_GLOBAL, Name, 1, 0, -1, 0)                                           \
  X(DELETE_GLOBAL, Name, 0, 0, -1, 0)                                          \
  /* attributes and items */                                                   \
  X(LOAD_ATTR, Name, 1, 1, -1, 4)                                              \
  X(LOAD_METHOD, Name, 1, 2, -1, 4)         /* -> callable, self_or_null */    \
  X(STORE_ATTR, Name, 2, 0, -1, 4)          /* value, obj */                   \
  X(DELETE_ATTR, Name, 1, 0, -1, 0)                                            \
  X(BINARY_SUBSCR, None, 2, 1, -1, 0)                                          \
  X(STORE_SUBSCR, None, 3, 0, -1, 0)        /* value, container, key */        \
  X(DELETE_SUBSCR, None, 2, 0, -1, 0)                                          \
  /* operators */                                                              \
  X(BINARY_OP, BinOp, 2, 1, -1, 0)                                             \
  X(COMPARE_OP, CmpOp, 2, 1, -1, 0)                                            \
  X(IS_OP, Count, 2, 1, -1, 0)              /* arg 1: `is not` */              \
  X(CONTAINS_OP, Count, 2, 1, -1, 0)        /* arg 1: `not in` */              \
  X(UNARY_POSITIVE, None, 1, 1, -1, 0)                                         \
  X(UNARY_NEGATIVE, None, 1, 1, -1, 0)                                         \
  X(UNARY_NOT, None, 1, 1, -1, 0)                                              \
  X(UNARY_INVERT, None, 1, 1, -1, 0)                                           \
  /* control flow */                                                           \
  X(JUMP, Jump, 0, 0, 0, 0)                                                    \
  X(POP_JUMP_IF_FALSE, Jump, 1, 0, 0, 0)                                       \
  X(POP_JUMP_IF_TRUE, Jump, 1, 0, 0, 0)                                        \
  X(POP_JUMP_IF_NONE, Jump, 1, 0, 0, 0)                                        \
  X(POP_JUMP_IF_NOT_NONE, Jump, 1, 0, 0, 0)                                    \
  X(JUMP_IF_FALSE_OR_POP, Jump, 1, 0, 1, 0)                                    \
  X(JUMP_IF_TRUE_OR_POP, Jump, 1, 0, 1, 0)                                     \
  X(GET_ITER, None, 1, 1, -1, 0)                                               \
  X(FOR_ITER, Jump, 1, 2, 0, 0)             /* exhausted: pop it and jump */   \
  X(RETURN_VALUE, None, 1, 0, -1, 0)                                           \
  /* building values */                                                        \
  X(BUILD_TUPLE, Count, arg, 1, -1, 0)                                         \
  X(BUILD_LIST, Count, arg, 1, -1, 0)                                          \
  X(BUILD_SET, Count, arg, 1, -1, 0)                                           \
  X(BUILD_MAP, Count, 2 * arg, 1, -1, 0)                                       \
  X(BUILD_CONST_KEY_MAP, Count, arg + 1, 1, -1, 0)                             \
  X(BUILD_STRING, Count, arg, 1, -1, 0)                                        \
  X(BUILD_SLICE, Count, arg, 1, -1, 0)                                         \
  X(LIST_APPEND, Count, 1, 0, -1, 0)        /* to the list at stack[-arg] */   \
  X(SET_ADD, Count, 1, 0, -1, 0)                                               \
  X(MAP_ADD, Count, 2, 0, -1, 0)                                               \
  X(LIST_EXTEND, Count, 1, 0, -1, 0)                                           \
  X(SET_UPDATE, Count, 1, 0, -1, 0)                                            \
  X(DICT_UPDATE, Count, 1, 0, -1, 0)                                           \
  X(DICT_MERGE, Count, 1, 0, -1, 0)         /* rejects duplicate keywords */   \
  X(LIST_TO_TUPLE, None, 1, 1, -1, 0)                                          \
  X(FORMAT_VALUE, Count, 1 + ((arg & 4) >> 2), 1, -1, 0) /* 1 str 2 repr 3 ascii, 4 spec */ \
  X(UNPACK_SEQUENCE, Count, 1, arg, -1, 0)                                     \
  X(UNPACK_EX, Count, 1, (arg & 0xff) + (arg >> 8) + 1, -1, 0)                 \
  /* functions and classes */                                                  \
  X(MAKE_FUNCTION, Count, 1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1), 1, -1, 0) \
  X(CALL, Count, arg + 2, 1, -1, 0)                                            \
  X(CALL_KW, Count, arg + 3, 1, -1, 0)      /* kwnames tuple on top */         \
  X(CALL_FUNCTION_EX, Count, 3 + (arg & 1), 1, -1, 0) /* args tuple, kwargs */ \
  X(LOAD_BUILD_CLASS, None, 0, 1, -1, 0)                                       \
  X(SETUP_ANNOTATIONS, None, 0, 0, -1, 0)                                      \
  X(PRINT_EXPR, None, 1, 0, -1, 0)          /* 'single' mode: sys.displayhook */ \
  /* exceptions */                                                             \
  X(RAISE_VARARGS, Count, arg, 0, -1, 0)                                       \
  X(RERAISE, None, 1, 0, -1, 0)                                                \
  X(PUSH_EXC_INFO, None, 1, 2, -1, 0)       /* exc -> previous, exc */         \
  X(POP_EXCEPT, None, 1, 0, -1, 0)          /* restores the previous one */    \
  X(CHECK_EXC_MATCH, None, 2, 2, -1, 0)     /* exc, type -> exc, bool */       \
  X(CHECK_EG_MATCH, None, 2, 2, -1, 0)      /* exc, type -> rest, match|None */\
  X(PREP_RERAISE_STAR, None, 2, 1, -1, 0)   /* orig, raised list -> exc|None */\
  X(LOAD_ASSERTION_ERROR, None, 0, 1, -1, 0)                                   \
  X(BEFORE_WITH, None, 1, 2, -1, 0)         /* mgr -> exit, enter() */         \
  X(WITH_EXCEPT_START, None, 0, 1, -1, 0)   /* exit, prev, exc -> .., exit(..) */ \
  /* generators and coroutines */                                              \
  X(YIELD_VALUE, None, 1, 1, -1, 0)                                            \
  X(GET_YIELD_FROM_ITER, None, 1, 1, -1, 0)                                    \
  X(SEND, Jump, 2, 2, 1, 0)                 /* returned: result and jump */    \
  X(GET_AWAITABLE, Count, 1, 1, -1, 0)                                         \
  X(GET_AITER, None, 1, 1, -1, 0)                                              \
  X(GET_ANEXT, None, 0, 1, -1, 0)                                              \
  X(END_ASYNC_FOR, None, 2, 0, -1, 0)       /* aiter, exc */                   \
  X(BEFORE_ASYNC_WITH, None, 1, 2, -1, 0)                                      \
  /* imports */                                                                \
  X(IMPORT_NAME, Name, 2, 1, -1, 0)         /* level, fromlist -> module */    \
  X(IMPORT_FROM, Name, 0, 1, -1, 0)                                            \
  X(IMPORT_STAR, None, 1, 0, -1, 0)                                            \
  /* pattern matching */                                                       \
  X(GET_LEN, None, 0, 1, -1, 0)                                                \
  X(MATCH_MAPPING, None, 0, 1, -1, 0)                                          \
  X(MATCH_SEQUENCE, None, 0, 1, -1, 0)                                         \
  X(MATCH_KEYS, None, 0, 1, -1, 0)          /* subject, keys -> .., values */  \
  X(MATCH_CLASS, Count, 3, 1, -1, 0)        /* subject, cls, names -> attrs */ \
  X(COPY_DICT_WITHOUT_KEYS, None, 1, 1, -1, 0) /* subject, keys -> .., rest */ \
  /* compiler-only */                                                          \
  X(SETUP_FINALLY, Pseudo, 0, 0, 1, 0)      /* handler gets the exception */   \
  X(SETUP_CLEANUP, Pseudo, 0, 0, 1, 0)                                         \
  X(SETUP_WITH, Pseudo, 0, 0, 0, 0)         /* unwinds the enter() result */   \
  X(POP_BLOCK, Pseudo, 0, 0, -1, 0)

// What an operand refers to.
enum class Operand : uint8_t { None, Count, Const, Local, Name, Global, Jump, BinOp, CmpOp, Pseudo };

enum Opcode : uint8_t {
#define X(name, operand, pops, pushes, branch, cache) name,
  PYTIER_OPCODES(X)
#undef X
      OPCODE_COUNT
};

inline constexpr const char* opcode_names[] = {
#define X(name, operand, pops, pushes, branch, cache) #name,
    PYTIER_OPCODES(X)
#undef X
};

inline constexpr Operand opcode_operands[] = {
#define X(name, operand, pops, pushes, branch, cache) Operand::operand,
    PYTIER_OPCODES(X)
#undef X
};

inline constexpr uint8_t opcode_caches[] = {
#define X(name, operand, pops, pushes, branch, cache) cache,
    PYTIER_OPCODES(X)
#undef X
};

inline constexpr int opcode_pops(Opcode op, uint32_t arg) {
  switch (op) {
#define X(name, operand, pops, pushes, branch, cache) \
  case name:                                          \
    return static_cast<int>(pops);
    PYTIER_OPCODES(X)
#undef X
    default:
      return 0;
  }
}

inline constexpr int opcode_pushes(Opcode op, uint32_t arg) {
  switch (op) {
#define X(name, operand, pops, pushes, branch, cache) \
  case name:                                          \
    return static_cast<int>(pushes);
    PYTIER_OPCODES(X)
#undef X
    default:
      return 0;
  }
}

// -1 when the instruction never jumps.
inline constexpr int opcode_branch_pushes(Opcode op) {
  switch (op) {
#define X(name, operand, pops, pushes, branch, cache) \
  case name:                                          \
    return branch;
    PYTIER_OPCODES(X)
#undef X
    default:
      return -1;
  }
}

// Instructions after which control never falls through.
inline constexpr bool opcode_is_terminal(Opcode op) {
  return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

// BINARY_OP operands, in CPython's NB_* order; the in-place forms follow at +13.
enum BinaryOp : uint8_t {
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_REMAINDER,
  NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, NB_INPLACE_ADD
};
inline constexpr int NB_INPLACE = NB_INPLACE_ADD;

// COMPARE_OP operands, in CPython's Py_LT.. order.
enum CompareOp : uint8_t { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

// MAKE_FUNCTION operand bits: which optional parts sit below the code object.
enum MakeFunctionFlag : uint8_t {
  MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8
};

inline constexpr uint32_t encode(Opcode op, uint32_t arg) { return op | (arg << 8); }
inline constexpr Opcode opcode_of(uint32_t word) { return static_cast<Opcode>(word & 0xff); }
inline constexpr uint32_t operand_of(uint32_t word) { return word >> 8; }

}  // namespace pytier::light::vm
