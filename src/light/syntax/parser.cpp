// Entry points, source decoding, and error reporting in pegen's manner.

#include "light/syntax/parser.h"

#include <cstring>

#include "light/syntax/parser_impl.h"

namespace pytier::light::syntax {

const char* error_kind_name(ErrorKind k) {
  switch (k) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::IndentationError: return "IndentationError";
    case ErrorKind::TabError: return "TabError";
  }
  return "SyntaxError";
}

std::string_view Parser::name_of(const Token& t) {
  std::string_view s = text(t);
  return s;  // NFKC normalization of non-ASCII names arrives with branch num
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
  err_.lineno = from.lineno;
  err_.offset = char_offset(line, from.col_offset) + 1;
  err_.end_lineno = to.end_lineno;
  std::string_view end_line = to.end_lineno == from.lineno ? line : source_line(src_, to.end_lineno);
  err_.end_offset = char_offset(end_line, to.end_col_offset) + 1;
  return nullptr;
}

std::nullptr_t Parser::raise_indent(const Token& t, std::string msg) {
  raise_range(ErrorKind::IndentationError, pos_of(t), pos_of(t), std::move(msg));
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
  if (!has_msg_) {
    // _PyPegen_set_syntax_error: the furthest token decides.
    const Token& t = toks_[furthest_];
    if (t.kind == Tok::Error) {
      tokenizer_error();
    } else if (t.kind == Tok::Indent) {
      std::string_view line = source_line(src_, t.lineno);
      size_t indent = line.find_first_not_of(" \t\f");
      Pos p{t.lineno, static_cast<int32_t>(indent == std::string_view::npos ? 0 : indent), t.lineno, -2};
      raise_range(ErrorKind::IndentationError, p, p, "unexpected indent");
      err_.end_offset = -1;
    } else if (t.kind == Tok::Dedent) {
      Pos p = pos_of(t);
      raise_range(ErrorKind::IndentationError, p, p, "unexpected unindent");
    } else if (toks_.back().kind == Tok::Error && !tok_error_.msg.empty()) {
      // pegen tokenizes the rest of the file after a generic error, and a
      // tokenizer error found there wins.
      tokenizer_error();
    } else {
      raise_tok(t, "invalid syntax");
    }
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

bool is_latin1_name(std::string_view enc) {
  std::string e;
  for (char c : enc) e.push_back(c == '_' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(c))));
  return e == "latin-1" || e == "iso-8859-1" || e == "iso-latin-1" || e.rfind("latin-1-", 0) == 0 ||
         e.rfind("iso-8859-1-", 0) == 0 || e == "latin1" || e == "iso8859-1" || e == "l1";
}

// The file's bytes as UTF-8 with '\n' newlines, as CPython's tokenizer sees them.
std::string prepare_source(std::string_view raw) {
  if (raw.size() >= 3 && std::memcmp(raw.data(), "\xEF\xBB\xBF", 3) == 0) raw.remove_prefix(3);
  std::string out;
  out.reserve(raw.size() + 1);
  std::string_view enc = coding_declaration(raw);
  bool latin1 = !enc.empty() && is_latin1_name(enc);
  for (size_t i = 0; i < raw.size(); i++) {
    char c = raw[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') i++;
    } else if (latin1 && (static_cast<unsigned char>(c) & 0x80)) {
      unsigned char u = static_cast<unsigned char>(c);
      out.push_back(static_cast<char>(0xC0 | (u >> 6)));
      out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

ast::Module* parse_module(Arena& arena, std::string_view source, std::string_view filename,
                          SyntaxErrorInfo* err) {
  std::string_view src = arena.copy(prepare_source(source));
  TokenizeResult toks;
  tokenize(src, TokenizeFrom{0, static_cast<uint32_t>(src.size()), 1, 0, false}, &toks);
  Parser p(arena, src, toks);
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
  std::string prepared = prepare_source(source);
  // eval() strips leading spaces and tabs.
  size_t lead = prepared.find_first_not_of(" \t");
  std::string_view src = arena.copy(std::string_view(prepared).substr(lead == std::string::npos ? prepared.size() : lead));
  TokenizeResult toks;
  tokenize(src, TokenizeFrom{0, static_cast<uint32_t>(src.size()), 1, 0, false}, &toks);
  Parser p(arena, src, toks);
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
