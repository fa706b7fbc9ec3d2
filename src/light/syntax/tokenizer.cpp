#include "light/syntax/tokenizer.h"

#include <cstdio>
#include <cstring>

#include "light/syntax/unicode_ident.h"

namespace pytier::light::syntax {

const char* token_text(Tok t) {
  static const char* const texts[] = {
#define X(kind, text) text,
      PYTIER_TOKENS(X)
#undef X
  };
  return texts[static_cast<int>(t)];
}

std::string_view source_line(std::string_view source, int lineno) {
  size_t at = 0;
  for (int l = 1; l < lineno; l++) {
    size_t nl = source.find('\n', at);
    if (nl == std::string_view::npos) return {};
    at = nl + 1;
  }
  size_t nl = source.find('\n', at);
  return source.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
}

int char_offset(std::string_view line, int byte_col) {
  if (byte_col > static_cast<int>(line.size())) byte_col = static_cast<int>(line.size());
  int n = 0;
  for (int i = 0; i < byte_col; i++)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) n++;
  return n;
}

namespace {

constexpr int kMaxIndent = 100;   // CPython's MAXINDENT
constexpr int kMaxLevel = 200;    // CPython's MAXLEVEL: bracket nesting

bool is_ident_start_ascii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ident_ascii(unsigned char c) { return is_ident_start_ascii(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Tok keyword_or_name(std::string_view w) {
  // Hard keywords, bucketed by first letter.
  auto is = [&](const char* k, Tok t) { return w == k ? t : Tok::Name; };
  if (w.size() < 2 || w.size() > 8) return Tok::Name;
  Tok t = Tok::Name;
  switch (w[0]) {
    case 'F': return is("False", Tok::KwFalse);
    case 'N': return is("None", Tok::KwNone);
    case 'T': return is("True", Tok::KwTrue);
    case 'a':
      if ((t = is("and", Tok::KwAnd)) != Tok::Name || (t = is("as", Tok::KwAs)) != Tok::Name ||
          (t = is("assert", Tok::KwAssert)) != Tok::Name || (t = is("async", Tok::KwAsync)) != Tok::Name)
        return t;
      return is("await", Tok::KwAwait);
    case 'b': return is("break", Tok::KwBreak);
    case 'c':
      if ((t = is("class", Tok::KwClass)) != Tok::Name) return t;
      return is("continue", Tok::KwContinue);
    case 'd':
      if ((t = is("def", Tok::KwDef)) != Tok::Name) return t;
      return is("del", Tok::KwDel);
    case 'e':
      if ((t = is("elif", Tok::KwElif)) != Tok::Name || (t = is("else", Tok::KwElse)) != Tok::Name) return t;
      return is("except", Tok::KwExcept);
    case 'f':
      if ((t = is("finally", Tok::KwFinally)) != Tok::Name || (t = is("for", Tok::KwFor)) != Tok::Name) return t;
      return is("from", Tok::KwFrom);
    case 'g': return is("global", Tok::KwGlobal);
    case 'i':
      if ((t = is("if", Tok::KwIf)) != Tok::Name || (t = is("import", Tok::KwImport)) != Tok::Name ||
          (t = is("in", Tok::KwIn)) != Tok::Name)
        return t;
      return is("is", Tok::KwIs);
    case 'l': return is("lambda", Tok::KwLambda);
    case 'n':
      if ((t = is("nonlocal", Tok::KwNonlocal)) != Tok::Name) return t;
      return is("not", Tok::KwNot);
    case 'o': return is("or", Tok::KwOr);
    case 'p': return is("pass", Tok::KwPass);
    case 'r':
      if ((t = is("raise", Tok::KwRaise)) != Tok::Name) return t;
      return is("return", Tok::KwReturn);
    case 't': return is("try", Tok::KwTry);
    case 'w':
      if ((t = is("while", Tok::KwWhile)) != Tok::Name) return t;
      return is("with", Tok::KwWith);
    case 'y': return is("yield", Tok::KwYield);
    default: return Tok::Name;
  }
}

// The operator at s[0..] (n characters available): its kind and length, or 0.
int match_operator(const char* s, size_t n, Tok* kind) {
  char c1 = n > 1 ? s[1] : 0, c2 = n > 2 ? s[2] : 0;
  // One character, or two when followed by '='.
  auto eq = [&](Tok one, Tok with_eq) {
    if (c1 == '=') return *kind = with_eq, 2;
    return *kind = one, 1;
  };
  switch (s[0]) {
    case '(': return *kind = Tok::LPar, 1;
    case ')': return *kind = Tok::RPar, 1;
    case '[': return *kind = Tok::LSqb, 1;
    case ']': return *kind = Tok::RSqb, 1;
    case '{': return *kind = Tok::LBrace, 1;
    case '}': return *kind = Tok::RBrace, 1;
    case ',': return *kind = Tok::Comma, 1;
    case ';': return *kind = Tok::Semi, 1;
    case '~': return *kind = Tok::Tilde, 1;
    case ':': return eq(Tok::Colon, Tok::ColonEqual);
    case '+': return eq(Tok::Plus, Tok::PlusEqual);
    case '%': return eq(Tok::Percent, Tok::PercentEqual);
    case '&': return eq(Tok::Amper, Tok::AmperEqual);
    case '|': return eq(Tok::VBar, Tok::VBarEqual);
    case '^': return eq(Tok::Circumflex, Tok::CircumflexEqual);
    case '@': return eq(Tok::At, Tok::AtEqual);
    case '=': return eq(Tok::Equal, Tok::EqEqual);
    case '!': return eq(Tok::Exclamation, Tok::NotEqual);
    case '-':
      if (c1 == '>') return *kind = Tok::RArrow, 2;
      return eq(Tok::Minus, Tok::MinEqual);
    case '.':
      if (c1 == '.' && c2 == '.') return *kind = Tok::Ellipsis, 3;
      return *kind = Tok::Dot, 1;
    case '*':
      if (c1 == '*') return c2 == '=' ? (*kind = Tok::DoubleStarEqual, 3) : (*kind = Tok::DoubleStar, 2);
      return eq(Tok::Star, Tok::StarEqual);
    case '/':
      if (c1 == '/') return c2 == '=' ? (*kind = Tok::DoubleSlashEqual, 3) : (*kind = Tok::DoubleSlash, 2);
      return eq(Tok::Slash, Tok::SlashEqual);
    case '<':
      if (c1 == '<') return c2 == '=' ? (*kind = Tok::LeftShiftEqual, 3) : (*kind = Tok::LeftShift, 2);
      if (c1 == '>') return *kind = Tok::NotEqual, 2;  // Barry's `<>`: the parser rejects it
      return eq(Tok::Less, Tok::LessEqual);
    case '>':
      if (c1 == '>') return c2 == '=' ? (*kind = Tok::RightShiftEqual, 3) : (*kind = Tok::RightShift, 2);
      return eq(Tok::Greater, Tok::GreaterEqual);
    default:
      return 0;
  }
}

class Tokenizer {
 public:
  Tokenizer(std::string_view src, TokenizeFrom from, TokenizeResult* out)
      : src_(src), pos_(from.begin), end_(from.end), out_(out), fstring_(from.fstring_expr),
        byte_offsets_(from.byte_offsets),
        lineno_(from.lineno), line_start_(from.begin), first_line_col_(from.col) {
    if (fstring_) level_ = 1;
  }

  void run();

 private:
  char peek(uint32_t ahead = 0) const {
    return pos_ + ahead < end_ ? src_[pos_ + ahead] : '\0';
  }
  bool at_end(uint32_t ahead = 0) const { return pos_ + ahead >= end_; }
  int32_t col_of(uint32_t at) const {
    int32_t c = static_cast<int32_t>(at - line_start_);
    return lineno_ == first_lineno_ ? c + first_line_col_ : c;
  }
  void new_line(uint32_t next_line_start) {
    lineno_++;
    line_start_ = next_line_start;
  }
  void emit(Tok kind, uint32_t start, int32_t lineno, int32_t col) {
    out_->tokens.push_back(Token{kind, level(), start, pos_, lineno, col, lineno_, col_of(pos_)});
  }

  uint16_t level() const { return static_cast<uint16_t>(level_); }
  bool indentation();

  bool name(uint32_t start);
  bool string(uint32_t start, uint32_t quote_at);
  bool number(uint32_t start);
  bool decimal_tail(uint32_t start);
  bool exponent_and_imaginary(uint32_t start);
  bool digits(uint32_t start, bool (*ok)(char), const char* kind_msg);
  bool end_of_number(uint32_t start, const char* kind);
  bool op(uint32_t start);

  // Errors in the shape tokenizer.c gives them.
  bool fail(ErrorKind kind, const char* msg, int offset, int end_offset);
  // Errors pegen raises from a tokenizer error code; their text keeps the
  // line's newline, unlike tokenizer.c's own.
  bool fail_silent(ErrorKind kind, const char* msg, int offset, int end_offset) {
    fail(kind, msg, offset, end_offset);
    out_->error_class = TokErrorClass::Silent;
    if (line_start_ + out_->error.text.size() < end_) out_->error.text += '\n';
    return false;
  }
  bool fail_at_cur(const char* msg);
  // A column as pegen reports the errors it raises for the tokenizer: in
  // bytes unless the file declares its encoding.
  int pegen_offset(int byte_col) const { return byte_offsets_ ? byte_col : char_offset(line_text(), byte_col); }
  bool fail_here(const char* msg, uint32_t at) {
    // _syntaxerror_range with an explicit column: `at` is 0-based in bytes.
    std::string_view line = line_text();
    int off = char_offset(line, static_cast<int>(at - line_start_)) + 1;
    return fail(ErrorKind::SyntaxError, msg, off, off);
  }
  std::string_view line_text() const {
    size_t nl = src_.find('\n', line_start_);
    if (nl == std::string_view::npos || nl > end_) nl = end_;
    return src_.substr(line_start_, nl - line_start_);
  }

  std::string_view src_;
  uint32_t pos_, end_;
  TokenizeResult* out_;
  bool fstring_;
  bool byte_offsets_;
  int32_t lineno_;
  uint32_t line_start_;
  int32_t first_lineno_ = lineno_;
  int32_t first_line_col_;

  int indents_[kMaxIndent + 1] = {0};
  int alt_indents_[kMaxIndent + 1] = {0};
  int indent_ = 0;
  int level_ = 0;
  struct Open {
    char c;
    int32_t lineno, col;
    uint32_t line_start;
  };
  Open open_[kMaxLevel + 1];
  bool at_line_start_ = true;
  int32_t comment_col_ = -1;  // where a comment started on the current line
};

bool Tokenizer::fail(ErrorKind kind, const char* msg, int offset, int end_offset) {
  SyntaxErrorInfo& e = out_->error;
  e.kind = kind;
  e.msg = msg;
  e.lineno = e.end_lineno = lineno_;
  e.offset = offset;
  e.end_offset = end_offset;
  e.text = std::string(line_text());
  int32_t col = col_of(pos_);
  out_->tokens.push_back(Token{Tok::Error, level(), pos_, pos_, lineno_, col, lineno_, col});
  return false;
}

bool Tokenizer::fail_at_cur(const char* msg) {
  // tokenizer.c's syntaxerror(): the offset is the character count up to the
  // current position, which is one past the offending character.
  int off = char_offset(line_text(), static_cast<int>(pos_ - line_start_));
  return fail(ErrorKind::SyntaxError, msg, off, off);
}

// At the start of a logical line: measure the indentation and queue INDENT or
// DEDENT tokens. Returns false on an error; skips blank lines entirely.
bool Tokenizer::indentation() {
  for (;;) {
    int col = 0, altcol = 0;
    int cont_col = -1, cont_altcol = -1;  // the indentation before a first '\'
    for (;;) {
      char c = peek();
      if (at_end()) break;
      if (c == '\\') {
        // Indentation cannot be split over lines with backslashes: the
        // first one found fixes the level of what follows.
        if (peek(1) != '\n') {
          pos_++;
          int off = pegen_offset(static_cast<int>(pos_ - line_start_)) + 1;
          return fail_silent(ErrorKind::SyntaxError, "unexpected character after line continuation character",
                             off, 0);
        }
        if (cont_col < 0) cont_col = col, cont_altcol = altcol;
        pos_ += 2;
        new_line(pos_);
        continue;
      }
      if (c == ' ') {
        col++, altcol++;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        altcol++;
      } else if (c == '\f') {
        col = altcol = 0;
      } else {
        break;
      }
      pos_++;
    }
    if (cont_col >= 0) col = cont_col, altcol = cont_altcol;
    if (at_end()) return true;
    char c = peek();
    if (c == '#' || c == '\n') {
      // A blank line or a comment-only line: no indentation and no NEWLINE.
      while (!at_end() && peek() != '\n') pos_++;
      if (at_end()) return true;
      pos_++;
      new_line(pos_);
      continue;
    }
    if (col == indents_[indent_]) {
      if (altcol != alt_indents_[indent_])
        return fail_silent(ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
    } else if (col > indents_[indent_]) {
      if (indent_ + 1 >= kMaxIndent)
        return fail_silent(ErrorKind::IndentationError, "too many levels of indentation", 1, 0);
      if (altcol <= alt_indents_[indent_])
        return fail_silent(ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
      indent_++;
      indents_[indent_] = col;
      alt_indents_[indent_] = altcol;
      emit(Tok::Indent, pos_, lineno_, -1);
    } else {
      int target = indent_;
      while (target > 0 && col < indents_[target]) target--;
      if (col != indents_[target]) {
        int off = pegen_offset(static_cast<int>(line_text().size())) + 1;
        return fail_silent(ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level", off, -1);
      }
      if (altcol != alt_indents_[target])
        return fail_silent(ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
      while (indent_ > target) {
        indent_--;
        emit(Tok::Dedent, pos_, lineno_, -1);
      }
    }
    return true;
  }
}

void Tokenizer::run() {
  for (;;) {
    if (at_line_start_ && level_ == 0 && !fstring_ && !indentation()) return;
    at_line_start_ = false;
    // Whitespace between tokens.
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) pos_++;
    uint32_t start = pos_;
    if (at_end()) break;
    char c = peek();
    if (c == '#') {
      if (fstring_) {
        fail_here("f-string expression part cannot include '#'", pos_);
        return;
      }
      comment_col_ = col_of(pos_);
      while (!at_end() && peek() != '\n') pos_++;
      continue;
    }
    if (c == '\n') {
      bool blank = level_ > 0 || out_->tokens.empty() ||
                   out_->tokens.back().kind == Tok::Newline ||
                   out_->tokens.back().kind == Tok::Indent ||
                   out_->tokens.back().kind == Tok::Dedent;
      // tokenizer.c's NEWLINE starts at a comment before it and stops short
      // of the '\n' itself.
      int32_t col = col_of(pos_);
      int32_t from = comment_col_ >= 0 ? comment_col_ : col;
      pos_++;
      if (!blank) out_->tokens.push_back(Token{Tok::Newline, 0, start, pos_, lineno_, from, lineno_, col});
      new_line(pos_);
      at_line_start_ = true;
      continue;
    }
    if (c == '\\') {
      if (peek(1) != '\n') {
        pos_++;
        if (at_end()) {
          fail_silent(ErrorKind::SyntaxError, "unexpected EOF while parsing",
               char_offset(line_text(), static_cast<int>(pos_ - line_start_)) + 1, -1);
          return;
        }
        int off = pegen_offset(static_cast<int>(pos_ - line_start_)) + 1;
        fail_silent(ErrorKind::SyntaxError, "unexpected character after line continuation character", off, 0);
        return;
      }
      pos_ += 2;
      new_line(pos_);
      if (at_end()) {
        fail_silent(ErrorKind::SyntaxError, "unexpected EOF while parsing", 0, 0);
        return;
      }
      continue;
    }
    comment_col_ = -1;
    bool ok;
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
      ok = number(start);
    } else if (is_ident_start_ascii(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      ok = name(start);
    } else if (c == '"' || c == '\'') {
      ok = string(start, pos_);
    } else {
      ok = op(start);
    }
    if (!ok) return;
  }
  // End of input.
  if (level_ > 0 && !fstring_) {
    const Open& o = open_[level_ - 1];
    SyntaxErrorInfo& e = out_->error;
    e.kind = ErrorKind::SyntaxError;
    char msg[64];
    std::snprintf(msg, sizeof msg, "'%c' was never closed", o.c);
    e.msg = msg;
    size_t nl = src_.find('\n', o.line_start);
    if (nl == std::string_view::npos || nl > end_) nl = end_;
    std::string_view line = src_.substr(o.line_start, nl - o.line_start);
    e.lineno = e.end_lineno = o.lineno;
    e.offset = (byte_offsets_ ? o.col : char_offset(line, o.col)) + 1;
    e.end_offset = 0;
    e.text = std::string(line);
    if (nl < end_) e.text += '\n';
    out_->error_class = TokErrorClass::EofInBrackets;
    int32_t col = col_of(pos_);
    out_->tokens.push_back(Token{Tok::Error, level(), pos_, pos_, lineno_, col, lineno_, col});
    return;
  }
  if (!fstring_) {
    Tok last = out_->tokens.empty() ? Tok::Newline : out_->tokens.back().kind;
    if (last != Tok::Newline && last != Tok::Dedent && last != Tok::Indent) {
      int32_t col = col_of(pos_);
      int32_t from = comment_col_ >= 0 ? comment_col_ : col;
      out_->tokens.push_back(Token{Tok::Newline, 0, pos_, pos_, lineno_, from, lineno_, col});
    }
  }
  if (fstring_) {
    int32_t col = col_of(pos_);
    out_->tokens.push_back(Token{Tok::EndMarker, 0, pos_, pos_, lineno_, col, lineno_, col});
    return;
  }
  // The tokens at the end of the file have no columns. They stand on the
  // last line; reading a file, tokenizer.c has emptied its buffer by then,
  // so pegen puts their errors at column 0.
  int32_t line = pos_ == line_start_ && lineno_ > first_lineno_ ? lineno_ - 1 : lineno_, cur = 0;
  while (indent_ > 0) {
    indent_--;
    out_->tokens.push_back(Token{Tok::Dedent, 0, pos_, pos_, line, -1, line, cur});
  }
  out_->tokens.push_back(Token{Tok::EndMarker, 0, pos_, pos_, line, -1, line, cur});
}

bool Tokenizer::name(uint32_t start) {
  bool ascii = true;
  while (!at_end()) {
    unsigned char c = static_cast<unsigned char>(peek());
    if (is_ident_ascii(c)) {
      pos_++;
    } else if (c >= 0x80) {
      ascii = false;
      pos_++;
    } else {
      break;
    }
  }
  std::string_view w = src_.substr(start, pos_ - start);
  // A string prefix: any case mix of r, u, b, f, br, rb, fr, rf.
  char q = peek();
  if ((q == '"' || q == '\'') && w.size() <= 2) {
    bool r = false, b = false, u = false, f = false, good = true;
    for (char ch : w) {
      switch (ch | 0x20) {
        case 'r': good &= !r; r = true; break;
        case 'b': good &= !b; b = true; break;
        case 'u': good &= !u; u = true; break;
        case 'f': good &= !f; f = true; break;
        default: good = false;
      }
    }
    good &= !(u && (r || b || f)) && !(b && f);
    if (good) return string(start, pos_);
  }
  if (!ascii && !check_identifier(w)) {
    std::string_view bad = first_invalid_identifier_char(w);
    char32_t cp = decode_utf8_char(bad);
    char msg[64];
    bool printable = is_printable_char(cp);
    if (printable)
      std::snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", static_cast<int>(bad.size()),
                    bad.data(), static_cast<unsigned>(cp));
    else
      std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
    pos_ = static_cast<uint32_t>(bad.data() - src_.data()) + static_cast<uint32_t>(bad.size());
    return fail_at_cur(msg);
  }
  emit(keyword_or_name(w), start, lineno_, col_of(start));
  return true;
}

bool Tokenizer::string(uint32_t start, uint32_t quote_at) {
  int32_t lineno = lineno_, col = col_of(start);
  uint32_t first_line_start = line_start_;
  pos_ = quote_at;
  char q = peek();
  int quotes = 1;
  if (peek(1) == q && peek(2) == q) quotes = 3;
  pos_ += quotes;
  int run = 0;  // closing quotes seen so far
  for (;;) {
    if (at_end() || (quotes == 1 && peek() == '\n')) {
      // The line tokenizer.c last read: a final newline starts no new line.
      int detected = at_end() && pos_ == line_start_ && lineno_ > lineno ? lineno_ - 1 : lineno_;
      lineno_ = lineno;
      line_start_ = first_line_start;
      pos_ = start + 1;
      char msg[96];
      std::snprintf(msg, sizeof msg,
                    quotes == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)",
                    detected);
      int off = char_offset(line_text(), static_cast<int>(start - line_start_)) + 1;
      return fail(ErrorKind::SyntaxError, msg, off, off);
    }
    char c = src_[pos_++];
    if (c == q) {
      if (++run == quotes) break;
      continue;
    }
    run = 0;
    if (c == '\\') {
      if (at_end()) continue;
      c = src_[pos_++];
    }
    if (c == '\n') new_line(pos_);
  }
  out_->tokens.push_back(Token{Tok::String, level(), start, pos_, lineno, col, lineno_, col_of(pos_)});
  return true;
}

bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_dec(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
bool is_oct(char c) { return c >= '0' && c <= '7'; }
bool is_bin(char c) { return c == '0' || c == '1'; }

// Digits with single underscores between them; the first digit is known.
bool Tokenizer::digits(uint32_t start, bool (*ok)(char), const char* kind_msg) {
  for (;;) {
    while (ok(peek())) pos_++;
    if (peek() != '_') return true;
    pos_++;
    if (!ok(peek())) return fail_at_cur(kind_msg);
  }
}

bool is_potential_identifier_char(char c) {
  return is_ident_ascii(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// tokenizer.c's verify_end_of_number: a number glued to a name is an error,
// except before the keywords that 3.11 still tolerates with a warning.
bool Tokenizer::end_of_number(uint32_t start, const char* kind) {
  char c = peek();
  auto keyword_follows = [&](const char* rest) {
    size_t n = std::strlen(rest);
    if (src_.compare(pos_ + 1, n, rest) != 0 || pos_ + 1 + n > end_) return false;
    return !is_potential_identifier_char(pos_ + 1 + n < end_ ? src_[pos_ + 1 + n] : ' ');
  };
  bool tolerated = false;
  switch (c) {
    case 'a': tolerated = keyword_follows("nd"); break;
    case 'e': tolerated = keyword_follows("lse"); break;
    case 'f': tolerated = keyword_follows("or"); break;
    case 'o': tolerated = keyword_follows("r"); break;
    case 'n': tolerated = keyword_follows("ot"); break;
    case 'i': tolerated = peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's'; break;
  }
  if (tolerated || at_end() || !is_potential_identifier_char(c)) return true;
  char msg[48];
  std::snprintf(msg, sizeof msg, "invalid %s literal", kind);
  return fail_at_cur(msg);
}

bool Tokenizer::exponent_and_imaginary(uint32_t start) {
  char c = peek();
  if (c == 'e' || c == 'E') {
    uint32_t e_at = pos_;
    pos_++;
    if (peek() == '+' || peek() == '-') {
      pos_++;
      if (!is_dec(peek())) return fail_at_cur("invalid decimal literal");
    } else if (!is_dec(peek())) {
      // "1else" is the number 1 and a keyword; "1e" anything else is an error.
      pos_ = e_at;
      if (!end_of_number(start, "decimal")) return false;
      emit(Tok::Number, start, lineno_, col_of(start));
      return true;
    }
    if (!digits(start, is_dec, "invalid decimal literal")) return false;
  }
  if (peek() == 'j' || peek() == 'J') {
    pos_++;
    if (!end_of_number(start, "imaginary")) return false;
  } else if (!end_of_number(start, "decimal")) {
    return false;
  }
  emit(Tok::Number, start, lineno_, col_of(start));
  return true;
}

bool Tokenizer::decimal_tail(uint32_t start) {
  // After the integer part: a fraction, an exponent, an imaginary suffix.
  if (peek() == '.') {
    pos_++;
    if (is_dec(peek()) && !digits(start, is_dec, "invalid decimal literal")) return false;
  }
  return exponent_and_imaginary(start);
}

bool Tokenizer::number(uint32_t start) {
  char c = peek();
  if (c == '.') {
    pos_++;
    if (!digits(start, is_dec, "invalid decimal literal")) return false;
    return exponent_and_imaginary(start);
  }
  if (c == '0') {
    char x = peek(1) | 0x20;
    if (x == 'x' || x == 'o' || x == 'b') {
      pos_ += 2;
      bool (*ok)(char) = x == 'x' ? is_hex : x == 'o' ? is_oct : is_bin;
      const char* kind = x == 'x' ? "hexadecimal" : x == 'o' ? "octal" : "binary";
      char msg[48];
      std::snprintf(msg, sizeof msg, "invalid %s literal", kind);
      if (peek() == '_') pos_++;
      if (!ok(peek())) {
        if (x != 'x' && is_dec(peek())) {
          char m2[64];
          std::snprintf(m2, sizeof m2, "invalid digit '%c' in %s literal", peek(), kind);
          pos_++;
          return fail_at_cur(m2);
        }
        return fail_at_cur(msg);
      }
      if (!digits(start, ok, msg)) return false;
      if (x != 'x' && is_dec(peek())) {
        char m2[64];
        std::snprintf(m2, sizeof m2, "invalid digit '%c' in %s literal", peek(), kind);
        pos_++;
        return fail_at_cur(m2);
      }
      if (!end_of_number(start, kind)) return false;
      emit(Tok::Number, start, lineno_, col_of(start));
      return true;
    }
    // A decimal starting with 0: only zeros, unless it turns out a float.
    bool nonzero = false;
    if (!digits(start, is_dec, "invalid decimal literal")) return false;
    for (uint32_t i = start; i < pos_; i++)
      if (src_[i] != '0' && src_[i] != '_') nonzero = true;
    char n = peek();
    if (nonzero && n != '.' && n != 'e' && n != 'E' && n != 'j' && n != 'J') {
      uint32_t zeros_end = start;
      while (zeros_end < pos_ && (src_[zeros_end] == '0' || src_[zeros_end] == '_')) zeros_end++;
      int off = char_offset(line_text(), static_cast<int>(start - line_start_)) + 1;
      int end = char_offset(line_text(), static_cast<int>(zeros_end - line_start_)) + 1;
      return fail(ErrorKind::SyntaxError,
                  "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                  "for octal integers",
                  off, end);
    }
    return decimal_tail(start);
  }
  if (!digits(start, is_dec, "invalid decimal literal")) return false;
  return decimal_tail(start);
}

bool Tokenizer::op(uint32_t start) {
  Tok kind;
  if (int n = match_operator(src_.data() + pos_, end_ - pos_, &kind)) {
    char c = src_[pos_];
    if (c == '(' || c == '[' || c == '{') {
      if (level_ >= kMaxLevel) {
        pos_++;
        return fail_at_cur("too many nested parentheses");
      }
      open_[level_++] = Open{c, lineno_, static_cast<int32_t>(pos_ - line_start_), line_start_};
    } else if (c == ')' || c == ']' || c == '}') {
      if (level_ == (fstring_ ? 1 : 0)) {
        pos_++;
        char msg[48];
        std::snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return fail_at_cur(msg);
      }
      const Open& o = open_[level_ - 1];
      char want = o.c == '(' ? ')' : o.c == '[' ? ']' : '}';
      if (c != want) {
        pos_++;
        char msg[96];
        if (o.lineno != lineno_)
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                        o.c, o.lineno);
        else
          std::snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                        c, o.c);
        return fail_at_cur(msg);
      }
      level_--;
    }
    pos_ += static_cast<uint32_t>(n);
    emit(kind, start, lineno_, col_of(start));
    return true;
  }
  // Anything else is not Python.
  unsigned char c = static_cast<unsigned char>(peek());
  pos_++;
  char msg[64];
  if (c == '$' || c == '?' || c == '`') {
    // tokenizer.c makes an OP of these, which no grammar rule accepts.
    emit(Tok::Unknown, start, lineno_, col_of(start));
    return true;
  }
  if (c < 0x20 || c == 0x7f)
    std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
  else
    std::snprintf(msg, sizeof msg, "invalid character '%c' (U+%04X)", c, c);
  return fail_at_cur(msg);
}

}  // namespace

void tokenize(std::string_view source, TokenizeFrom from, TokenizeResult* out) {
  out->tokens.clear();
  out->tokens.reserve((from.end - from.begin) / 4 + 16);
  Tokenizer(source, from, out).run();
}

}  // namespace pytier::light::syntax
