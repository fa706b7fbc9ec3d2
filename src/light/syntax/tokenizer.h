#pragma once
// Source text to tokens, following CPython 3.11's Parser/tokenizer.c: the
// indentation stack with its tab check, bracket nesting, implicit line joins
// and the first error, which becomes a trailing Error token.

#include <string>
#include <string_view>
#include <vector>

#include "light/syntax/parser.h"
#include "light/syntax/token.h"

namespace pytier::light::syntax {

// How a tokenizer error behaves when the parser failed before reaching it:
// pegen tokenizes the rest of the file then, and only errors tokenizer.c
// raises itself replace the parser's (pegen_errors.c,
// _PyPegen_tokenize_full_source_to_check_for_errors).
enum class TokErrorClass {
  Raising,        // tokenizer.c's syntaxerror(): replaces the parser's error
  Silent,         // an error code pegen turns into an exception only when reached
  EofInBrackets,  // "'(' was never closed": replaces errors on later lines
};

struct TokenizeResult {
  std::vector<Token> tokens;  // ends with EndMarker or Error
  SyntaxErrorInfo error;      // meaningful when tokens.back().kind == Error
  TokErrorClass error_class = TokErrorClass::Raising;
};

// Tokenizes source[begin, end). `source` is UTF-8 with newlines normalized to
// '\n'; Token offsets index it. A whole file starts at line 1, column 0. An
// f-string replacement field is tokenized in place as if it were bracketed,
// its first line shifted to (lineno, col) the way CPython 3.11 shifts it.
struct TokenizeFrom {
  uint32_t begin = 0, end = 0;
  int32_t lineno = 1, col = 0;
  bool fstring_expr = false;
  bool byte_offsets = false;  // see Parser::byte_offsets_
};
void tokenize(std::string_view source, TokenizeFrom from, TokenizeResult* out);

// The 1-based line `lineno` of `source`, without its newline.
std::string_view source_line(std::string_view source, int lineno);
// CPython's byte-to-character conversion for error offsets.
int char_offset(std::string_view line, int byte_col);

}  // namespace pytier::light::syntax
