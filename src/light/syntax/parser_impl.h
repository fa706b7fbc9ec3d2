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

// A list under construction: the first few items live on the C++ stack,
// more spill to the heap; Parser::list() copies them into the arena.
template <class T>
class Gather {
 public:
  Gather() = default;
  Gather(const Gather&) = delete;
  Gather& operator=(const Gather&) = delete;
  void push(T v) {
    if (size_ < kInline) {
      inline_[size_] = v;
    } else {
      if (size_ == kInline) spill_.assign(inline_, inline_ + kInline);
      spill_.push_back(v);
    }
    size_++;
  }
  void clear() {
    size_ = 0;
    spill_.clear();
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* data() const { return size_ <= kInline ? inline_ : spill_.data(); }
  T& operator[](size_t i) { return const_cast<T*>(data())[i]; }
  T& back() { return (*this)[size_ - 1]; }

 private:
  static constexpr size_t kInline = 8;
  T inline_[kInline];
  size_t size_ = 0;
  std::vector<T> spill_;
};

bool bitwise_or_level(Expr* e);  // statements.cpp
bool starts_expression(Tok k);   // expressions.cpp

// Nesting limits: see DepthGuard.
constexpr int kMaxStack = 6000;       // pegen's MAXSTACK
constexpr int kStatementLevel = 29;   // pegen's frames from `file` down to `expression`
constexpr int kBlockLevel = 6;        // and for each enclosing block
constexpr int kAtomLevel = 20;        // from `expression` down to a bracketed atom

class Parser {
 public:
  Parser(Arena& arena, std::string_view source, TokenizeResult& tokens)
      : a_(arena), src_(source), toks_(tokens.tokens), tok_error_(tokens.error),
        tok_class_(tokens.error_class) {}

  List<Stmt*> file();       // file: [statements] ENDMARKER
  Expr* eval_input();       // eval: expressions NEWLINE* ENDMARKER

  bool failed() const { return failed_; }
  // Fills *err with the pending error: a specific one, the tokenizer's, or
  // CPython's generic "invalid syntax" at the furthest token looked at.
  void report(SyntaxErrorInfo* err);

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
  bool expect_header_colon();

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
  // At a token; pegen's RAISE_SYNTAX_ERROR and RAISE_INDENTATION_ERROR
  // take the last token read, and for one without columns (INDENT, DEDENT,
  // ENDMARKER) the tokenizer's position.
  std::nullptr_t raise_tok(const Token& t, std::string msg, ErrorKind kind = ErrorKind::SyntaxError);
  std::nullptr_t raise_indent(const Token& t, std::string msg);
  // pegen's RAISE_SYNTAX_ERROR without a location: the furthest token read.
  std::nullptr_t raise_furthest(std::string msg) { return raise_tok(toks_[furthest_], std::move(msg)); }
  // PEG backtracking: an operator or trailer whose operand fails leaves the
  // expression ending before it, so later rules see the operator. False if a
  // message was raised, or the tokenizer error reached, which stand.
  bool retreat(size_t mark);
  bool too_deep();  // raises MemoryError, as pegen does past MAXSTACK

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
  Expr* forgot_comma(const Token& first, Expr* a);
  Expr* legacy_call(Expr* name);
  Expr* misused_equal(const Token& first, Expr* a);
  Expr* star_expressions();    // with starred items, a tuple when there is a comma
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression(bool in_call = false);
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
  Expr* dict_value();
  Expr* dict_tail(const Token& open, Gather<Expr*>& keys, Gather<Expr*>& values);
  Expr* lambdef();
  Expr* call(Expr* func, const Token& func_first, bool genexp_alone = true);
  Expr* strings();
  Expr* number(const Token& t);
  bool comprehension_clauses(Gather<Comprehension*>& out);
  Expr* star_sequence_tail(Expr* first, const Token& start, Tok close, ExprKind kind);

  // ---- targets (targets.cpp)
  bool set_context(Expr* e, ExprContext ctx);      // false: not a valid target
  const char* describe(Expr* e);                    // "function call", "literal", ...
  // The first sub-expression that is no target (pegen's _PyPegen_get_invalid_target).
  Expr* invalid_target(Expr* e, ExprContext ctx, bool for_target = false);
  std::nullptr_t raise_invalid_target(Expr* e, ExprContext ctx, const char* what, bool for_target = false);
  Expr* for_targets();
  Expr* star_targets();                             // for/comprehension targets
  Expr* star_target();

  // ---- statements (statements.cpp)
  bool statements(Gather<Stmt*>& out, bool until_dedent);
  bool statement(Gather<Stmt*>& out);
  bool simple_stmts(Gather<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Stmt* expr_or_assign_stmt();
  std::nullptr_t invalid_assignment(const Token& first, Expr* target, bool first_target);
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
  std::nullptr_t parenthesized_parameters(bool lambda);
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
  TokErrorClass tok_class_;
  size_t p_ = 0;
  size_t furthest_ = 0;
  size_t furthest_speculated_ = 0;  // furthest token reached while looking for a better message
  bool failed_ = false;
  bool has_msg_ = false;
  SyntaxErrorInfo err_;
  int depth_ = kStatementLevel;  // see DepthGuard
  // pegen converts error columns to characters only when the file declares
  // its encoding; otherwise they stay UTF-8 byte offsets.
  bool byte_offsets_ = false;
  int fstring_col_shift_ = 0;
  bool no_invalid_ = false;
  size_t missing_match_colon_ = 0;  // "match x" + NEWLINE: where ':' was expected
  SyntaxErrorInfo match_error_;     // raised while trying a line as a match statement  // inside forgot_comma's second expression
  std::string scratch_;
};

// Parsing ahead only in search of a better error message, as pegen's second
// pass does: rewind() restores the parser, but the tokens read stay counted
// for report()'s check of later tokenizer errors.
struct Speculation {
  explicit Speculation(Parser& p)
      : p_(p), mark_(p.p_), furthest_(p.furthest_), failed_(p.failed_), had_msg_(p.has_msg_) {}
  void rewind() {
    if (p_.furthest_ > p_.furthest_speculated_) p_.furthest_speculated_ = p_.furthest_;
    p_.p_ = mark_;
    p_.furthest_ = furthest_;
    p_.failed_ = failed_;
    p_.has_msg_ = had_msg_;
  }
  Parser& p_;
  size_t mark_, furthest_;
  bool failed_, had_msg_;
};

// Counts nesting the way pegen's p->level does (one unit per rule frame it
// would enter), so that deep input fails where CPython 3.11's MAXSTACK makes
// it fail, and long before the C++ stack runs out.
struct DepthGuard {
  DepthGuard(Parser& p, int weight) : p_(p), weight_(weight) { p_.depth_ += weight; }
  ~DepthGuard() { p_.depth_ -= weight_; }
  Parser& p_;
  int weight_;
};

}  // namespace pytier::light::syntax
