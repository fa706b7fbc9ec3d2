#pragma once
// The recursive-descent parser shared by parser.cpp (entry points, errors),
// expressions.cpp, targets.cpp, statements.cpp, patterns.cpp and strings.cpp.
// It follows Grammar/python.gram of CPython 3.11 rule by rule; rule names are
// kept in the comments so that the two can be read side by side.

#include <string>
#include <string_view>
#include <vector>

#include "light/syntax/arena.h"
#include "light/syntax/ast.h"
#include "light/syntax/parser.h"
#include "light/syntax/tokenizer.h"

namespace pytier::light::syntax {

using namespace ast;

// A small vector on the C++ stack that spills to the heap; lists end up in
// the arena via Parser::list().
template <class T>
class Gather {
 public:
  void push(T v) { items_.push_back(v); }
  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  T& operator[](size_t i) { return items_[i]; }
  T& back() { return items_.back(); }
  const T* data() const { return items_.data(); }

 private:
  std::vector<T> items_;
};

class Parser {
 public:
  Parser(Arena& arena, std::string_view source, TokenizeResult& tokens)
      : a_(arena), src_(source), toks_(tokens.tokens), tok_error_(tokens.error) {}

  List<Stmt*> file();       // file: [statements] ENDMARKER
  Expr* eval_input();       // eval: expressions NEWLINE* ENDMARKER

  bool failed() const { return failed_; }
  // Fills *err with the pending error: a specific one, the tokenizer's, or
  // CPython's generic "invalid syntax" at the furthest token looked at.
  void report(SyntaxErrorInfo* err);
  void set_fstring_depth(int d) { fstring_depth_ = d; }

  // ---- tokens
  const Token& cur() const { return toks_[p_]; }
  const Token& prev() const { return toks_[p_ - 1]; }
  Tok peek() {
    if (p_ > furthest_) furthest_ = p_;
    return toks_[p_].kind;
  }
  Tok peek_at(size_t ahead) {
    size_t i = p_ + ahead;
    if (i >= toks_.size()) i = toks_.size() - 1;
    for (size_t k = p_; k < i; k++)
      if (toks_[k].kind == Tok::EndMarker || toks_[k].kind == Tok::Error) {
        i = k;
        break;
      }
    if (i > furthest_) furthest_ = i;
    return toks_[i].kind;
  }
  bool at(Tok k) { return peek() == k; }
  bool accept(Tok k) {
    if (peek() != k) return false;
    p_++;
    return true;
  }
  bool at_soft(std::string_view word) { return peek() == Tok::Name && text(cur()) == word; }
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  // Consumes `k` or fails with the generic error.
  bool expect(Tok k) {
    if (accept(k)) return true;
    return fail();
  }
  // Consumes `k` or fails with "expected 'k'" at the previous token's end, as
  // python.gram's forced tokens (&&':') do.
  bool expect_forced(Tok k);

  // ---- errors
  bool fail() {  // no alternative matched: the generic error
    if (toks_[furthest_].kind == Tok::Error || peek() == Tok::Error) tokenizer_error();
    failed_ = true;
    return false;
  }
  bool tokenizer_error();
  // A specific error spanning [from, to] (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
  std::nullptr_t raise_range(ErrorKind kind, const Pos& from, const Pos& to, std::string msg);
  std::nullptr_t raise_at(const Pos& p, std::string msg) {
    return raise_range(ErrorKind::SyntaxError, p, p, std::move(msg));
  }
  std::nullptr_t raise_tok(const Token& t, std::string msg) {
    return raise_at(pos_of(t), std::move(msg));
  }
  std::nullptr_t raise_indent(const Token& t, std::string msg);
  bool too_deep();

  // ---- building nodes
  static Pos pos_of(const Token& t) { return Pos{t.lineno, t.col, t.end_lineno, t.end_col}; }
  static Pos span(const Pos& a, const Pos& b) {
    return Pos{a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
  }
  // pegen's EXTRA: from `first` to the last token consumed that is not a
  // NEWLINE, INDENT or DEDENT.
  Pos from(const Token& first) const {
    size_t i = p_ - 1;
    while (i > 0 && (toks_[i].kind == Tok::Newline || toks_[i].kind == Tok::Indent ||
                     toks_[i].kind == Tok::Dedent))
      i--;
    return span(pos_of(first), pos_of(toks_[i]));
  }
  static Expr base(ExprKind k) { return Expr(k); }
  static Stmt base(StmtKind k) { return Stmt(k); }
  static Pattern base(PatternKind k) { return Pattern(k); }
  // Fields left out of the initializer start zeroed, which is what we want.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
  template <class T, class K>
  T* make(K kind, const Pos& p) {
    T* n = a_.make<T>(T{base(kind)});
    static_cast<Pos&>(*n) = p;
    return n;
  }
#pragma GCC diagnostic pop
  template <class T>
  List<T> list(const Gather<T>& g) {
    return a_.list(g.data(), g.size());
  }
  std::string_view name_of(const Token& t);  // identifier, NFKC-normalized when not ASCII
  Name* name_expr(const Token& t, ExprContext ctx);

  // ---- expressions (expressions.cpp)
  Expr* expressions();         // expressions: expression (',' expression)* [',']
  Expr* expression();          // expression: disjunction ['if' ... 'else' ...] | lambdef
  Expr* yield_expr();
  Expr* star_expressions();    // with starred items, a tuple when there is a comma
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* assignment_expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* binary(int level);
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* primary_trailers(Expr* e, const Token& first);
  Expr* atom();
  Expr* slices();
  Expr* slice();
  Expr* group_or_tuple_or_genexp();
  Expr* list_or_listcomp();
  Expr* dict_or_set();
  Expr* lambdef();
  Expr* call(Expr* func, const Token& func_first);
  Expr* strings();
  Expr* number(const Token& t);
  bool comprehension_clauses(Gather<Comprehension*>& out);
  Expr* star_sequence_tail(Expr* first, const Token& start, Tok close, ExprKind kind);

  // ---- targets (targets.cpp)
  bool set_context(Expr* e, ExprContext ctx);      // false: not a valid target
  const char* describe(Expr* e);                    // "function call", "literal", ...
  Expr* invalid_target(Expr* e, ExprContext ctx);   // the first sub-expression that is no target
  std::nullptr_t raise_invalid_target(Expr* e, ExprContext ctx, const char* what);
  Expr* star_targets();                             // for/comprehension targets
  Expr* star_target();

  // ---- statements (statements.cpp)
  bool statements(Gather<Stmt*>& out, bool until_dedent);
  bool statement(Gather<Stmt*>& out);
  bool simple_stmts(Gather<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Stmt* expr_or_assign_stmt();
  List<Stmt*> block(const Token& owner, const char* what);
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_tok);
  Stmt* with_stmt(const Token* async_tok);
  bool with_items(Gather<WithItem*>& items, bool parenthesized);
  Stmt* try_stmt();
  Stmt* function_def(Gather<Expr*>* decorators, const Token* first);
  Stmt* class_def(Gather<Expr*>* decorators, const Token* first);
  Stmt* decorated();
  Arguments* parameters(Tok close, bool lambda);
  Stmt* import_stmt();
  Stmt* from_import_stmt();
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(bool nonlocal);
  Stmt* del_stmt();
  Stmt* assert_stmt();
  Stmt* match_stmt();

  // ---- patterns (patterns.cpp)
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Expr* pattern_value_expr();
  Pattern* sequence_pattern(Tok close, const Token& open);
  Pattern* mapping_pattern();
  Pattern* class_pattern(Expr* cls, const Token& first);

  // ---- string literals (strings.cpp)
  bool fstring(const Token& t, std::string_view body, bool raw, Gather<Expr*>& parts,
               std::string& pending, const Token& first, const Token& last, int depth,
               size_t* consumed);
  Expr* fstring_field(const Token& t, std::string_view body, size_t& i, bool raw,
                      Gather<Expr*>& parts, std::string& pending, const Token& first,
                      const Token& last, int depth);
  Expr* fstring_expression(const Token& t, std::string_view body, size_t brace, size_t start,
                           size_t end);
  bool decode_escapes(const Token& t, std::string_view body, bool bytes, std::string& out);

  Arena& a_;
  std::string_view src_;
  std::vector<Token>& toks_;
  SyntaxErrorInfo& tok_error_;
  size_t p_ = 0;
  size_t furthest_ = 0;
  bool failed_ = false;
  bool has_msg_ = false;
  SyntaxErrorInfo err_;
  int depth_ = 0;          // nesting of expression rules, bounded like pegen's MAXSTACK
  int fstring_depth_ = 0;  // replacement fields inside format specs
  std::string scratch_;
};

// Keeps a recursion depth count for the C++ stack's sake.
struct DepthGuard {
  explicit DepthGuard(Parser& p) : p_(p) { ++p_.depth_; }
  ~DepthGuard() { --p_.depth_; }
  Parser& p_;
};

}  // namespace pytier::light::syntax
