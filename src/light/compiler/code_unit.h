#pragma once
// What the compiler produces for one code block (module, class body, function,
// lambda, comprehension): plain C++ data, free of the object heap, so that the
// compiler is testable on its own. The VM turns a CodeUnit into a code object.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pytier::light::compiler {

struct CodeUnit;

// A compile-time constant. Numbers keep their literal text where the heap
// representation is the VM's business (ints of any size).
struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, Code };
  Kind kind = Kind::None;
  std::string text;    // Int: digits (base below); Str: WTF-8; Bytes: raw bytes
  uint8_t base = 10;   // Int
  bool negative = false;  // Int: folded unary minus
  double number = 0;   // Float value, Complex imaginary part
  std::vector<Constant> items;      // Tuple
  std::shared_ptr<CodeUnit> code;   // Code

  bool operator==(const Constant& other) const;
};

// Code flags, with CPython's values so that `co_flags` reads the same.
enum CodeFlag : uint32_t {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
};

// How a fast-locals slot is used (CPython's CO_FAST_* bits).
enum LocalKind : uint8_t {
  LOCAL_PLAIN = 0x20,  // CO_FAST_LOCAL
  LOCAL_CELL = 0x40,   // CO_FAST_CELL: holds a cell made by MAKE_CELL
  LOCAL_FREE = 0x80,   // CO_FAST_FREE: holds a cell from the closure
};

// Instructions [start, end) jump to `target` when they raise, after the stack
// is cut back to `depth` and the exception pushed.
struct ExceptionEntry {
  uint32_t start, end, target, depth;
};

// The source span of the instructions from `offset` up to the next entry.
struct LineEntry {
  uint32_t offset;
  int32_t lineno, end_lineno, col_offset, end_col_offset;  // lineno -1: none
};

struct CodeUnit {
  std::string name;
  std::string qualname;
  std::string filename;
  int32_t firstlineno = 1;
  uint32_t argcount = 0;
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  uint32_t flags = 0;
  uint32_t stacksize = 0;

  std::vector<uint32_t> code;  // see vm/opcodes.h
  std::vector<Constant> consts;
  std::vector<std::string> names;  // attributes, globals, imports

  // Fast locals: arguments first, then other locals, cells, free variables.
  std::vector<std::string> localsplus_names;
  std::vector<uint8_t> localsplus_kinds;  // LocalKind bits
  uint32_t nfreevars = 0;                 // the last slots: copied from the closure

  std::vector<ExceptionEntry> exception_table;
  std::vector<LineEntry> line_table;

  // The line entry covering `offset`, or null.
  const LineEntry* line_at(uint32_t offset) const;
};

// A compile error, reported the way CPython's SyntaxError carries it.
struct CompileError {
  std::string type = "SyntaxError";  // or "IndentationError", ...
  std::string message;
  int32_t lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// A SyntaxWarning the compiler reports (CPython's compiler_warn).
struct CompileWarning {
  std::string message;
  int32_t lineno = 0;
};

}  // namespace pytier::light::compiler
