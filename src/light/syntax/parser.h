#pragma once
// The Light tier's front end: Python 3.11 source text to ast.h trees.
//
//   Arena arena;
//   SyntaxErrorInfo err;
//   ast::Module* m = parse_module(arena, source, "x.py", &err);
//   if (!m) ... err holds what CPython's SyntaxError would hold.

#include <string>
#include <string_view>

#include "light/syntax/arena.h"
#include "light/syntax/ast.h"

namespace pytier::light::syntax {

// MemoryError is pegen's answer to input nested past its stack (MAXSTACK);
// it has no message and no location.
enum class ErrorKind { SyntaxError, IndentationError, TabError, MemoryError };

// The fields of CPython's SyntaxError: lines are 1-based, offsets are 1-based
// *character* (code point) offsets into `text`, the offending source line.
struct SyntaxErrorInfo {
  ErrorKind kind = ErrorKind::SyntaxError;
  std::string msg;
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
  std::string text;
};

// Each returns null and fills *err on a syntax error. The source is the file's
// bytes: a BOM or a coding declaration is honoured as CPython does.
[[nodiscard]] ast::Module* parse_module(Arena&, std::string_view source, std::string_view filename,
                                        SyntaxErrorInfo* err);
// compile(source, filename, "eval")
[[nodiscard]] ast::Expression* parse_expression(Arena&, std::string_view source,
                                                std::string_view filename, SyntaxErrorInfo* err);

const char* error_kind_name(ErrorKind);

}  // namespace pytier::light::syntax
