// Entry points, source decoding, and error reporting in pegen's manner.

#include "light/syntax/parser.h"

#include <cstdio>
#include <cstring>

#include "light/syntax/codecs.h"
#include "light/syntax/parser_impl.h"
#include "light/syntax/unicode_ident.h"
#include "light/unicode/unicode.h"

namespace pytier::light::syntax {

const char* error_kind_name(ErrorKind k) {
  switch (k) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::IndentationError: return "IndentationError";
    case ErrorKind::TabError: return "TabError";
    case ErrorKind::MemoryError: return "MemoryError";
  }
  return "SyntaxError";
}

std::string_view Parser::name_of(const Token& t) {
  std::string_view s = text(t);
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return a_.copy(unicode::nfkc(s));  // PEP 3131
  return s;
}

Name* Parser::name_expr(const Token& t, ExprContext ctx) {
  auto* n = make<Name>(ExprKind::Name, pos_of(t));
  n->id = name_of(t);
  n->ctx = ctx;
  return n;
}

std::nullptr_t Parser::raise_range(ErrorKind kind, const Pos& from, const Pos& to, std::string msg) {
  if (has_msg_) return nullptr;
  failed_ = has_msg_ = true;
  err_.kind = kind;
  err_.msg = std::move(msg);
  std::string_view line = source_line(src_, from.lineno);
  err_.text = std::string(line);
  if (line.data() + line.size() < src_.data() + src_.size()) err_.text += '\n';
  err_.lineno = from.lineno;
  err_.end_lineno = to.end_lineno;
  // An f-string's expression reports columns from its own start (pegen
  // subtracts starting_col_offset).
  int col = from.col_offset - fstring_col_shift_;
  int end_col = to.end_col_offset - fstring_col_shift_;
  if (byte_offsets_ || end_col < 0) {
    err_.offset = col + 1;
    err_.end_offset = end_col + 1;
  }
  if (!byte_offsets_ && col >= 0) {
    std::string_view end_line = to.end_lineno == from.lineno ? line : source_line(src_, to.end_lineno);
    err_.offset = char_offset(line, col) + 1;
    if (end_col >= 0) err_.end_offset = char_offset(end_line, end_col) + 1;
  }
  return nullptr;
}

std::nullptr_t Parser::raise_indent(const Token& t, std::string msg) {
  return raise_tok(t, std::move(msg), ErrorKind::IndentationError);
}

std::nullptr_t Parser::raise_tok(const Token& t, std::string msg, ErrorKind kind) {
  if (t.col >= 0) return raise_range(kind, pos_of(t), pos_of(t), std::move(msg));
  // t.end_col holds the tokenizer's column there, newline included.
  if (has_msg_) return nullptr;
  Pos p{t.lineno, 0, t.lineno, 0};
  raise_range(kind, p, p, std::move(msg));
  std::string_view line = source_line(src_, t.lineno);
  int col = t.end_col, len = static_cast<int>(line.size());
  err_.offset = byte_offsets_ || col <= 0 ? col : char_offset(line, col > len ? len : col) + (col > len ? col - len : 0);
  err_.end_offset = -1;
  return nullptr;
}

bool Parser::tokenizer_error() {
  if (has_msg_) return false;
  const Token& t = toks_.back();
  failed_ = true;
  if (tok_error_.msg.empty()) {
    // An ERRORTOKEN without a message: pegen's generic error at it.
    raise_tok(t, "invalid syntax");
    return false;
  }
  has_msg_ = true;
  err_ = tok_error_;
  return false;
}

void Parser::report(SyntaxErrorInfo* err) {
  bool may_override = true;  // by a tokenizer error further on
  if (!has_msg_) {
    // _PyPegen_set_syntax_error: the furthest token decides.
    const Token& t = toks_[furthest_];
    if (t.kind == Tok::Error) {
      tokenizer_error();
    } else if (t.kind == Tok::Indent || t.kind == Tok::Dedent) {
      raise_indent(t, t.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent");
      may_override = false;
    } else if (t.col < 0) {
      // RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token without columns.
      Pos p{t.lineno, -1, t.lineno, -1};
      raise_range(ErrorKind::SyntaxError, p, p, "invalid syntax");
    } else {
      raise_tok(t, "invalid syntax");
    }
  }
  // A tokenizer error the parser reached stops it there, whatever the
  // parser made of the tokens before.
  if (toks_[furthest_].kind == Tok::Error && !tok_error_.msg.empty() && err_.kind != ErrorKind::MemoryError)
    err_ = tok_error_;
  // pegen tokenizes the rest of the file after a syntax error, and some
  // tokenizer errors found there win.
  bool unreached = toks_.back().kind == Tok::Error && furthest_ + 1 < toks_.size();
  if (unreached && may_override && err_.kind != ErrorKind::MemoryError) {
    size_t reached = furthest_ > furthest_speculated_ ? furthest_ : furthest_speculated_;
    if (tok_class_ == TokErrorClass::Raising ||
        (tok_class_ == TokErrorClass::EofInBrackets && toks_[reached].lineno > tok_error_.lineno))
      err_ = tok_error_;
  }
  *err = err_;
}

Expr* Parser::eval_input() {
  Expr* e = expressions();
  if (!e) return nullptr;
  while (accept(Tok::Newline)) {
  }
  if (!at(Tok::EndMarker)) return fail(), nullptr;
  return e;
}

namespace {

// PEP 263: a coding declaration in one of the first two lines.
std::string_view coding_declaration(std::string_view src) {
  size_t line_start = 0;
  for (int line = 0; line < 2 && line_start < src.size(); line++) {
    size_t end = src.find('\n', line_start);
    if (end == std::string_view::npos) end = src.size();
    std::string_view l = src.substr(line_start, end - line_start);
    size_t i = l.find_first_not_of(" \t\f");
    if (i != std::string_view::npos && l[i] == '#') {
      size_t c = l.find("coding", i);
      if (c != std::string_view::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) {
        size_t b = c + 7;
        while (b < l.size() && (l[b] == ' ' || l[b] == '\t')) b++;
        size_t e = b;
        while (e < l.size() && (isalnum(static_cast<unsigned char>(l[e])) || l[e] == '-' || l[e] == '_' || l[e] == '.'))
          e++;
        return l.substr(b, e - b);
      }
    } else if (i != std::string_view::npos) {
      return {};  // only comment or blank lines may precede the declaration
    }
    line_start = end + 1;
  }
  return {};
}

// tokenizer.c's get_normal_name, plus the one codec we decode besides UTF-8.
enum class Codec { Utf8, Latin1, Ascii, Other };

Codec codec_of(std::string_view name) {
  std::string e;
  for (char c : name.substr(0, 12)) e.push_back(c == '_' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(c))));
  if (e == "utf-8" || e.rfind("utf-8-", 0) == 0 || e == "utf8") return Codec::Utf8;
  if (e == "latin-1" || e == "iso-8859-1" || e == "iso-latin-1" || e.rfind("latin-1-", 0) == 0 ||
      e.rfind("iso-8859-1-", 0) == 0 || e.rfind("iso-latin-1-", 0) == 0 || e == "latin1" || e == "l1" ||
      e == "iso8859-1" || e == "8859" || e == "cp819" || e == "latin")
    return Codec::Latin1;
  if (e == "ascii" || e == "us-ascii" || e == "646") return Codec::Ascii;
  return Codec::Other;
}

bool encoding_error(SyntaxErrorInfo* err, std::string msg) {
  err->kind = ErrorKind::SyntaxError;
  err->msg = std::move(msg);
  err->lineno = err->end_lineno = 0;
  err->offset = err->end_offset = -1;
  err->text.clear();
  return false;
}

// Where UTF-8 decoding fails, or npos.
size_t invalid_utf8_at(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // ASCII runs eight bytes at a time.
    uint64_t word;
    while (i + 8 <= s.size() && (std::memcpy(&word, s.data() + i, 8), (word & 0x8080808080808080ull) == 0)) i += 8;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + n > s.size()) return i;
    for (size_t k = 1; k < n; k++)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90))
      return i;
    i += n;
  }
  return std::string_view::npos;
}

// The file's bytes as UTF-8 with '\n' newlines, as CPython's tokenizer sees
// them; false (with *err filled as `python3.11 FILE` reports it) when the
// bytes cannot be decoded.
bool prepare_source(std::string_view raw, std::string_view filename, std::string* out, SyntaxErrorInfo* err,
                    bool* declared) {
  bool bom = raw.size() >= 3 && std::memcmp(raw.data(), "\xEF\xBB\xBF", 3) == 0;
  if (bom) raw.remove_prefix(3);
  std::string_view enc = coding_declaration(raw);
  Codec codec = enc.empty() ? Codec::Utf8 : codec_of(enc);
  *declared = bom || !enc.empty();
  if (bom && !enc.empty()) {
    std::string e;
    for (char c : enc) e.push_back(c == '_' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(c))));
    if (e != "utf-8" && e.rfind("utf-8-", 0) != 0)
      return encoding_error(err, "encoding problem: " + std::string(enc) + " with BOM");
  }
  const uint16_t* table = nullptr;
  if (codec == Codec::Other && !(table = find_codec(enc)))
    return encoding_error(err, "encoding problem: " + std::string(enc));
  std::string decoded;
  if (codec == Codec::Latin1 || table) {
    decoded.reserve(raw.size() + raw.size() / 4);
    for (size_t i = 0; i < raw.size(); i++) {
      unsigned char b = static_cast<unsigned char>(raw[i]);
      char32_t cp = table ? table[b] : b;
      if (cp == 0xFFFE) {
        char msg[128];
        std::snprintf(msg, sizeof msg,
                      "'charmap' codec can't decode byte 0x%02x in position %zu: character maps to <undefined>", b, i);
        return encoding_error(err, msg);
      }
      append_utf8(&decoded, cp);
    }
    raw = decoded;
  } else {
    size_t bad = invalid_utf8_at(raw);
    if (bad != std::string_view::npos) {
      int line = 1;
      for (size_t k = 0; k < bad; k++) line += raw[k] == '\n';
      char msg[64];
      std::snprintf(msg, sizeof msg, "Non-UTF-8 code starting with '\\x%02x' in file ",
                    static_cast<unsigned char>(raw[bad]));
      std::string m = msg;
      m.append(filename);
      m += " on line " + std::to_string(line) +
           ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      return encoding_error(err, m);
    }
  }
  // Universal newlines.
  if (std::memchr(raw.data(), '\r', raw.size()) == nullptr) {
    out->assign(raw);
    return true;
  }
  out->reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size(); i++) {
    if (raw[i] == '\r') {
      out->push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') i++;
    } else {
      out->push_back(raw[i]);
    }
  }
  return true;
}

}  // namespace

ast::Module* parse_module(Arena& arena, std::string_view source, std::string_view filename,
                          SyntaxErrorInfo* err) {
  std::string prepared;
  bool declared;
  if (!prepare_source(source, filename, &prepared, err, &declared)) return nullptr;
  std::string_view src = arena.copy(prepared);
  TokenizeResult toks;
  tokenize(src, TokenizeFrom{0, static_cast<uint32_t>(src.size()), 1, 0, false, !declared}, &toks);
  Parser p(arena, src, toks);
  p.byte_offsets_ = !declared;
  List<Stmt*> body = p.file();
  if (p.failed()) {
    p.report(err);
    return nullptr;
  }
  auto* m = arena.make<Module>();
  m->body = body;
  return m;
}

ast::Expression* parse_expression(Arena& arena, std::string_view source, std::string_view filename,
                                  SyntaxErrorInfo* err) {
  std::string prepared;
  bool declared;
  if (!prepare_source(source, filename, &prepared, err, &declared)) return nullptr;
  // eval() strips leading spaces and tabs.
  size_t lead = prepared.find_first_not_of(" \t");
  std::string_view src = arena.copy(std::string_view(prepared).substr(lead == std::string::npos ? prepared.size() : lead));
  TokenizeResult toks;
  tokenize(src, TokenizeFrom{0, static_cast<uint32_t>(src.size()), 1, 0, false, !declared}, &toks);
  Parser p(arena, src, toks);
  p.byte_offsets_ = !declared;
  Expr* e = p.eval_input();
  if (!e) {
    p.report(err);
    return nullptr;
  }
  auto* x = arena.make<Expression>();
  x->body = e;
  return x;
}

}  // namespace pytier::light::syntax
