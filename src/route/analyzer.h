#pragma once
// The walk over one program's AST that produces its findings. Each signal
// family lives in its own file: exception_text.cpp, hot_loops.cpp,
// imports.cpp (modules, sibling files, OS access) and dynamic_code.cpp
// (eval/exec/compile/__import__/open); analyze.cpp holds the walk itself.

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "light/syntax/ast.h"
#include "route/findings.h"

namespace pytier::route::analysis {

namespace ast = pytier::light::ast;

template <std::size_t N>
bool one_of(const std::string_view (&table)[N], std::string_view s) {
  return std::find(std::begin(table), std::end(table), s) != std::end(table);
}

inline bool is_name(const ast::Expr* e, std::string_view id) {
  return e && e->kind == ast::ExprKind::Name && static_cast<const ast::Name*>(e)->id == id;
}

// An except handler and the name it binds (may be empty); `unverified` lists
// the caught types whose messages may differ on the Light tier ("" when none).
struct Handler {
  std::string_view name;
  std::string unverified;
};

struct Loop {
  double count;  // iterations when known; 1 otherwise
  bool large;    // counts towards the nesting depth (loop_speed.h)
  bool reported = false;
  bool dynamic = false;
};

// What the walk saw of one named function, to judge its recursion at the end.
struct Recursion {
  int line = 0;
  bool decorated = false;
  int self_calls = 0;
  int outside_calls = 0;
  bool outside_all_small = true;
};

// State shared by a program and everything analyzed on its behalf (exec'd
// literals, sibling modules).
struct Shared {
  Findings* out;
  std::set<std::string> seen_findings;
  std::set<std::string> seen_modules;
};

class Analyzer {
 public:
  // `origin` prefixes every finding's detail (e.g. "in module helper: "); a
  // nonzero `line` pins every finding to the line that brought this code in.
  Analyzer(Shared& shared, std::string_view source, std::string_view dir, int depth, std::string origin, int line)
      : shared_(shared), source_(source), dir_(dir), depth_(depth), origin_(std::move(origin)), line_(line) {}

  void module(const ast::Module& m);

 private:
  // analyze.cpp: reporting, pre-passes, the walk
  void report(Signal signal, const ast::Pos& at, std::string detail);
  bool too_deep(const ast::Pos& at);
  std::string snippet(const ast::Pos& at) const;
  std::string quoted(const ast::Pos& at) const;  // the snippet in backquotes
  void collect_classes(const ast::List<ast::Stmt*>& body);
  void collect_constants(const ast::List<ast::Stmt*>& body);
  std::optional<double> int_value(const ast::Expr* e, int depth = 0) const;
  std::optional<std::string_view> str_value(const ast::Expr* e) const;
  void stmts(const ast::List<ast::Stmt*>& body);
  void stmt(const ast::Stmt* s);
  void function(const ast::FunctionDef* f);
  void arguments(const ast::Arguments* a);
  void exprs(const ast::List<ast::Expr*>& list);
  void expr(const ast::Expr* e);
  void call(const ast::Call* c);
  void comprehension(const ast::List<ast::Comprehension*>& generators, const ast::Expr* elt, const ast::Expr* value,
                     const ast::Pos& at);
  void nested(std::string source, std::string_view filename, std::string origin, const ast::Pos& at);

  // exception_text.cpp
  void handler(const ast::ExceptHandler* h);
  std::string unverified_types(const ast::Expr* type) const;
  const Handler* caught(const ast::Expr* e) const;
  const Handler* caught_in(const ast::List<ast::Expr*>& args) const;
  void exception_text(const Handler* h, const ast::Pos& at, std::string_view how);
  void check_text_call(const ast::Call* call);
  void check_percent_format(const ast::BinOp* b);
  void check_text_attribute(const ast::Attribute* a);

  // hot_loops.cpp
  std::optional<double> iteration_count(const ast::Expr* e) const;
  void open_loop(std::optional<double> count);
  void close_loop(const ast::Pos& at, const std::string& what, bool unbounded);
  void mark_dynamic(const ast::Call* call);
  void mark_dynamic();
  void note_call_of(const ast::Call* call);
  void judge_recursion();

  // imports.cpp
  void import(std::string_view name, const ast::Pos& at);
  void sibling(const std::string& path, const std::string& name, const ast::Pos& at);
  void open_call(const ast::Call* call);

  // dynamic_code.cpp
  void collect_compiled(const ast::List<ast::Stmt*>& body);
  void code_argument(const ast::Call* call, std::string_view fn);
  void module_argument(const ast::Call* call);

  Shared& shared_;
  std::string_view source_;
  std::string_view dir_;
  int depth_;
  std::string origin_;
  int line_;

  std::set<std::string_view> classes_;
  std::map<std::string_view, double> int_constants_;
  std::map<std::string_view, std::string_view> str_constants_;
  std::set<std::string_view> compiled_names_;
  std::vector<Handler> handlers_;
  std::vector<Loop> loops_;
  std::vector<std::vector<Loop>> saved_loops_;  // one per enclosing function
  std::vector<std::string_view> functions_;
  std::map<std::string_view, Recursion> recursion_;
  int walk_depth_ = 0;
  int too_deep_at_ = 0;  // the line where the walk first stopped descending
};

// Free-standing walks over statements, for loop bodies (hot_loops.cpp).
bool has_arithmetic(const ast::List<ast::Stmt*>& body);
bool has_yield(const ast::List<ast::Stmt*>& body);
bool always_true(const ast::Expr* test);

}  // namespace pytier::route::analysis
