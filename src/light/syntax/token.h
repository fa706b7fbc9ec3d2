#pragma once
// Tokens as the parser sees them. Hard keywords get their own kinds; soft
// keywords (match, case, _) stay names, as in CPython.

#include <cstdint>
#include <string_view>

namespace pytier::light::syntax {

// X(kind, text): text is the operator or keyword spelling, or empty.
#define PYTIER_TOKENS(X)                                                                          \
  X(EndMarker, "") X(Name, "") X(Number, "") X(String, "") X(Newline, "") X(Indent, "")          \
  X(Dedent, "") X(Error, "") X(Unknown, "")                                                       \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}")              \
  X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*")              \
  X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=")           \
  X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")             \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")                     \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=") X(MinEqual, "-=")                  \
  X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")              \
  X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                          \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")                      \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...")     \
  X(ColonEqual, ":=") X(Exclamation, "!")                                                         \
  X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and") X(KwAs, "as")         \
  X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await") X(KwBreak, "break")             \
  X(KwClass, "class") X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del")                 \
  X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except") X(KwFinally, "finally")             \
  X(KwFor, "for") X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import")   \
  X(KwIn, "in") X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal") X(KwNot, "not")   \
  X(KwOr, "or") X(KwPass, "pass") X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try")     \
  X(KwWhile, "while") X(KwWith, "with") X(KwYield, "yield")

enum class Tok : uint8_t {
#define X(kind, text) kind,
  PYTIER_TOKENS(X)
#undef X
};

const char* token_text(Tok);  // the spelling, or "" for kinds without one

struct Token {
  Tok kind;
  uint16_t level;       // brackets open around the token
  uint32_t start, end;  // byte offsets into the (UTF-8) source
  int32_t lineno, col, end_lineno, end_col;
};

}  // namespace pytier::light::syntax
