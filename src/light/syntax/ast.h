#pragma once
// The abstract syntax tree, shaped after CPython 3.11's Parser/Python.asdl:
// the same node types, the same fields in the same order, so that `ast.dump`
// can be reproduced field by field and the compiler can follow CPython's.
//
// Memory: every node, list and string lives in the Arena that parsed it and
// dies with it; nothing here owns anything or has a destructor.
//
// Positions: lines are 1-based, columns are 0-based UTF-8 *byte* offsets,
// exactly as CPython reports them.
//
// Strings: identifiers and str constants are UTF-8 in the arena. A str
// constant may hold lone surrogates ("\ud800" is legal Python), which are
// encoded the way UTF-8 would encode them were they scalar values (WTF-8).

#include <cstdint>
#include <string_view>

namespace pytier::light::ast {

// A read-only array in the arena.
template <class T>
struct List {
  T* items = nullptr;
  uint32_t size = 0;

  T* begin() const { return items; }
  T* end() const { return items + size; }
  T& operator[](uint32_t i) const { return items[i]; }
  bool empty() const { return size == 0; }
};

using Identifier = std::string_view;  // empty: absent (Python's None)

struct Pos {
  int32_t lineno = 0;
  int32_t col_offset = 0;
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------- expressions

#define PYTIER_AST_EXPRS(X)                                                              \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set)           \
  X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom)      \
  X(Compare) X(Call) X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute)             \
  X(Subscript) X(Starred) X(Name) X(ListExpr) X(TupleExpr) X(Slice)

enum class ExprKind : uint8_t {
#define X(name) name,
  PYTIER_AST_EXPRS(X)
#undef X
};

struct Expr : Pos {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
};

struct Stmt;
struct Arguments;
struct Comprehension;
struct Keyword;

struct BoolOp : Expr {
  BoolOpKind op;
  List<Expr*> values;
};
struct NamedExpr : Expr {
  Expr* target;
  Expr* value;
};
struct BinOp : Expr {
  Expr* left;
  Operator op;
  Expr* right;
};
struct UnaryOp : Expr {
  UnaryOpKind op;
  Expr* operand;
};
struct Lambda : Expr {
  Arguments* args;
  Expr* body;
};
struct IfExp : Expr {
  Expr* test;
  Expr* body;
  Expr* orelse;
};
struct Dict : Expr {
  List<Expr*> keys;  // a null key is a `**mapping` entry
  List<Expr*> values;
};
struct Set : Expr {
  List<Expr*> elts;
};
struct ListComp : Expr {
  Expr* elt;
  List<Comprehension*> generators;
};
struct SetComp : Expr {
  Expr* elt;
  List<Comprehension*> generators;
};
struct DictComp : Expr {
  Expr* key;
  Expr* value;
  List<Comprehension*> generators;
};
struct GeneratorExp : Expr {
  Expr* elt;
  List<Comprehension*> generators;
};
struct Await : Expr {
  Expr* value;
};
struct Yield : Expr {
  Expr* value;  // may be null
};
struct YieldFrom : Expr {
  Expr* value;
};
struct Compare : Expr {
  Expr* left;
  List<CmpOp> ops;
  List<Expr*> comparators;
};
struct Call : Expr {
  Expr* func;
  List<Expr*> args;
  List<Keyword*> keywords;
};
struct FormattedValue : Expr {
  Expr* value;
  int32_t conversion;  // -1, or 's', 'r', 'a'
  Expr* format_spec;   // a JoinedStr, or null
};
struct JoinedStr : Expr {
  List<Expr*> values;
};

// What a Constant holds. Int keeps its digits as written (underscores removed)
// with their base, so that the compiler decides between a small and a big int.
enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : Expr {
  ConstKind value_kind;
  bool u_prefix = false;  // CPython's `kind='u'`
  uint8_t base = 10;      // Int: 2, 8, 10 or 16
  std::string_view text;  // Int: digits without prefix; Str: WTF-8; Bytes: the bytes
  double number = 0;      // Float: the value; Complex: the imaginary part
};
struct Attribute : Expr {
  Expr* value;
  Identifier attr;
  ExprContext ctx;
};
struct Subscript : Expr {
  Expr* value;
  Expr* slice;
  ExprContext ctx;
};
struct Starred : Expr {
  Expr* value;
  ExprContext ctx;
};
struct Name : Expr {
  Identifier id;
  ExprContext ctx;
};
struct ListExpr : Expr {  // ast.List
  List<Expr*> elts;
  ExprContext ctx;
};
struct TupleExpr : Expr {  // ast.Tuple
  List<Expr*> elts;
  ExprContext ctx;
};
struct Slice : Expr {
  Expr* lower;  // each may be null
  Expr* upper;
  Expr* step;
};

// ------------------------------------------------------ helper node types

struct Comprehension {  // no positions, as in CPython
  Expr* target;
  Expr* iter;
  List<Expr*> ifs;
  bool is_async;
};

struct Arg : Pos {
  Identifier arg;
  Expr* annotation;  // may be null
  std::string_view type_comment;
};

struct Arguments {  // no positions
  List<Arg*> posonlyargs;
  List<Arg*> args;
  Arg* vararg;  // may be null
  List<Arg*> kwonlyargs;
  List<Expr*> kw_defaults;  // null where a keyword-only argument has no default
  Arg* kwarg;               // may be null
  List<Expr*> defaults;
};

struct Keyword : Pos {
  Identifier arg;  // empty for `**mapping`
  Expr* value;
};

struct Alias : Pos {
  Identifier name;
  Identifier asname;
};

struct WithItem {  // no positions
  Expr* context_expr;
  Expr* optional_vars;  // may be null
};

struct ExceptHandler : Pos {
  Expr* type;       // may be null
  Identifier name;  // may be empty
  List<Stmt*> body;
};

// ---------------------------------------------------------------- patterns

#define PYTIER_AST_PATTERNS(X)                                                  \
  X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass) \
  X(MatchStar) X(MatchAs) X(MatchOr)

enum class PatternKind : uint8_t {
#define X(name) name,
  PYTIER_AST_PATTERNS(X)
#undef X
};

struct Pattern : Pos {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
};

struct MatchValue : Pattern {
  Expr* value;
};
struct MatchSingleton : Pattern {
  ConstKind value;  // None, True or False
};
struct MatchSequence : Pattern {
  List<Pattern*> patterns;
};
struct MatchMapping : Pattern {
  List<Expr*> keys;
  List<Pattern*> patterns;
  Identifier rest;
};
struct MatchClass : Pattern {
  Expr* cls;
  List<Pattern*> patterns;
  List<Identifier> kwd_attrs;
  List<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern {
  Identifier name;
};
struct MatchAs : Pattern {
  Pattern* pattern;  // may be null
  Identifier name;   // may be empty
};
struct MatchOr : Pattern {
  List<Pattern*> patterns;
};

struct MatchCase {  // no positions
  Pattern* pattern;
  Expr* guard;  // may be null
  List<Stmt*> body;
};

// ---------------------------------------------------------------- statements

#define PYTIER_AST_STMTS(X)                                                               \
  X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign)            \
  X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith)        \
  X(Match) X(Raise) X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global)         \
  X(Nonlocal) X(ExprStmt) X(Pass) X(Break) X(Continue)

enum class StmtKind : uint8_t {
#define X(name) name,
  PYTIER_AST_STMTS(X)
#undef X
};

struct Stmt : Pos {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
};

// FunctionDef and AsyncFunctionDef share one shape; `kind` tells them apart.
struct FunctionDef : Stmt {
  Identifier name;
  Arguments* args;
  List<Stmt*> body;
  List<Expr*> decorator_list;
  Expr* returns;  // may be null
  std::string_view type_comment;
};
struct ClassDef : Stmt {
  Identifier name;
  List<Expr*> bases;
  List<Keyword*> keywords;
  List<Stmt*> body;
  List<Expr*> decorator_list;
};
struct Return : Stmt {
  Expr* value;  // may be null
};
struct Delete : Stmt {
  List<Expr*> targets;
};
struct Assign : Stmt {
  List<Expr*> targets;
  Expr* value;
  std::string_view type_comment;
};
struct AugAssign : Stmt {
  Expr* target;
  Operator op;
  Expr* value;
};
struct AnnAssign : Stmt {
  Expr* target;
  Expr* annotation;
  Expr* value;  // may be null
  bool simple;
};
// For and AsyncFor share one shape.
struct For : Stmt {
  Expr* target;
  Expr* iter;
  List<Stmt*> body;
  List<Stmt*> orelse;
  std::string_view type_comment;
};
struct While : Stmt {
  Expr* test;
  List<Stmt*> body;
  List<Stmt*> orelse;
};
struct If : Stmt {
  Expr* test;
  List<Stmt*> body;
  List<Stmt*> orelse;
};
// With and AsyncWith share one shape.
struct With : Stmt {
  List<WithItem*> items;
  List<Stmt*> body;
  std::string_view type_comment;
};
struct Match : Stmt {
  Expr* subject;
  List<MatchCase*> cases;
};
struct Raise : Stmt {
  Expr* exc;    // may be null
  Expr* cause;  // may be null
};
// Try and TryStar share one shape.
struct Try : Stmt {
  List<Stmt*> body;
  List<ExceptHandler*> handlers;
  List<Stmt*> orelse;
  List<Stmt*> finalbody;
};
struct Assert : Stmt {
  Expr* test;
  Expr* msg;  // may be null
};
struct Import : Stmt {
  List<Alias*> names;
};
struct ImportFrom : Stmt {
  Identifier module;  // may be empty (`from . import x`)
  List<Alias*> names;
  int32_t level;
};
struct Global : Stmt {
  List<Identifier> names;
};
struct Nonlocal : Stmt {
  List<Identifier> names;
};
struct ExprStmt : Stmt {  // ast.Expr
  Expr* value;
};
struct Pass : Stmt {};
struct Break : Stmt {};
struct Continue : Stmt {};

// ---------------------------------------------------------------- roots

struct Module {
  List<Stmt*> body;
};
struct Expression {  // compile(..., 'eval')
  Expr* body;
};

}  // namespace pytier::light::ast
