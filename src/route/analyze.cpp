#include "route/analyze.h"

#include <cmath>
#include <string>

#include "light/syntax/parser.h"
#include "route/analyzer.h"

namespace pytier::route {
namespace analysis {
namespace {

namespace syntax = pytier::light::syntax;

// Code brought in by exec/eval literals and sibling modules is analyzed too,
// down to this depth.
constexpr int kMaxNesting = 4;

// The walk stops at CPython's own limit (its compiler raises RecursionError
// past 3000 levels), so that no tree can overflow the native stack.
constexpr int kMaxWalkDepth = 3000;
constexpr int kMaxLiteralDepth = 64;

// Counts one level of the walk for as long as it lives.
class Level {
 public:
  explicit Level(int& depth) : depth_(depth) { ++depth_; }
  ~Level() { --depth_; }
  Level(const Level&) = delete;
  Level& operator=(const Level&) = delete;

 private:
  int& depth_;
};

std::optional<double> int_literal(const ast::Constant* c) {
  if (c->value_kind != ast::ConstKind::Int) return std::nullopt;
  double v = 0;
  for (char ch : c->text) {
    int digit = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    v = v * c->base + digit;
  }
  return v;
}

}  // namespace

void Analyzer::module(const ast::Module& m) {
  collect_classes(m.body);
  collect_constants(m.body);
  collect_compiled(m.body);
  stmts(m.body);
  judge_recursion();
  if (too_deep_at_)
    report(Signal::Unanalyzed, ast::Pos{too_deep_at_, 0, too_deep_at_, 0},
           "nested more than " + std::to_string(kMaxWalkDepth) + " levels deep: not analyzed further");
}

bool Analyzer::too_deep(const ast::Pos& at) {
  if (walk_depth_ < kMaxWalkDepth) return false;
  if (!too_deep_at_) too_deep_at_ = at.lineno;
  return true;
}

// Analyzes code that this code brings in, pinning its findings to `at`.
void Analyzer::nested(std::string source, std::string_view filename, std::string origin, const ast::Pos& at) {
  if (depth_ >= kMaxNesting) return;
  syntax::Arena arena;
  syntax::SyntaxErrorInfo err;
  const ast::Module* m = syntax::parse_module(arena, source, filename, &err);
  if (!m) return;  // a SyntaxError raised at run time, which both tiers report
  Analyzer inner(shared_, source, dir_, depth_ + 1, origin_ + origin, line_ ? line_ : at.lineno);
  inner.walk_depth_ = walk_depth_;
  inner.module(*m);
}

// ------------------------------------------------------------ reporting

void Analyzer::report(Signal signal, const ast::Pos& at, std::string detail) {
  Finding f{signal, line_ ? line_ : at.lineno, origin_ + detail};
  std::string key = std::to_string(int(f.signal)) + ':' + std::to_string(f.line) + ':' + f.detail;
  if (shared_.seen_findings.insert(key).second) shared_.out->push_back(std::move(f));
}

// The source text of a node, shortened to one line.
std::string Analyzer::snippet(const ast::Pos& at) const {
  std::size_t start = 0;
  for (int line = 1; line < at.lineno && start != std::string_view::npos; ++line) {
    start = source_.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return "?";
  std::string_view line = source_.substr(start, source_.find('\n', start) - start);
  std::size_t col = std::min<std::size_t>(at.col_offset, line.size());
  std::size_t end = at.end_lineno == at.lineno ? std::min<std::size_t>(at.end_col_offset, line.size()) : line.size();
  std::string text(line.substr(col, end - col));
  if (at.end_lineno != at.lineno) text += " ...";
  if (text.size() > 60) {
    std::size_t cut = 57;
    while (cut > 0 && (text[cut] & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
    text = text.substr(0, cut) + "...";
  }
  return text;
}

std::string Analyzer::quoted(const ast::Pos& at) const {
  std::string text = "`";
  text += snippet(at);
  text += '`';
  return text;
}

// ------------------------------------------------------------ pre-passes

void Analyzer::collect_classes(const ast::List<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case ast::StmtKind::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(s);
        classes_.insert(c->name);
        collect_classes(c->body);
        break;
      }
      case ast::StmtKind::FunctionDef:
      case ast::StmtKind::AsyncFunctionDef: collect_classes(static_cast<const ast::FunctionDef*>(s)->body); break;
      case ast::StmtKind::If:
        collect_classes(static_cast<const ast::If*>(s)->body);
        collect_classes(static_cast<const ast::If*>(s)->orelse);
        break;
      case ast::StmtKind::Try:
      case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        collect_classes(t->body);
        for (const ast::ExceptHandler* h : t->handlers) collect_classes(h->body);
        collect_classes(t->orelse);
        collect_classes(t->finalbody);
        break;
      }
      default: break;
    }
  }
}

// Module-level names bound once to a literal: `N = 10**7`, `SRC = "..."`.
void Analyzer::collect_constants(const ast::List<ast::Stmt*>& body) {
  std::map<std::string_view, int> bindings;
  auto bind = [&](const ast::Expr* target) {
    if (target->kind == ast::ExprKind::Name) ++bindings[static_cast<const ast::Name*>(target)->id];
  };
  for (const ast::Stmt* s : body) {
    if (s->kind == ast::StmtKind::Assign)
      for (const ast::Expr* t : static_cast<const ast::Assign*>(s)->targets) bind(t);
    if (s->kind == ast::StmtKind::AugAssign) bind(static_cast<const ast::AugAssign*>(s)->target);
  }
  for (const ast::Stmt* s : body) {
    if (s->kind != ast::StmtKind::Assign) continue;
    auto* a = static_cast<const ast::Assign*>(s);
    if (a->targets.size != 1 || a->targets[0]->kind != ast::ExprKind::Name) continue;
    std::string_view name = static_cast<const ast::Name*>(a->targets[0])->id;
    if (bindings[name] != 1) continue;
    if (std::optional<double> v = int_value(a->value)) int_constants_[name] = *v;
    if (std::optional<std::string_view> text = str_value(a->value)) str_constants_[name] = *text;
  }
}

std::optional<double> Analyzer::int_value(const ast::Expr* e, int depth) const {
  if (depth > kMaxLiteralDepth) return std::nullopt;
  switch (e->kind) {
    case ast::ExprKind::Constant: return int_literal(static_cast<const ast::Constant*>(e));
    case ast::ExprKind::Name: {
      auto it = int_constants_.find(static_cast<const ast::Name*>(e)->id);
      if (it == int_constants_.end()) return std::nullopt;
      return it->second;
    }
    case ast::ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      std::optional<double> v = int_value(u->operand, depth + 1);
      if (!v || (u->op != ast::UnaryOpKind::USub && u->op != ast::UnaryOpKind::UAdd)) return std::nullopt;
      return u->op == ast::UnaryOpKind::USub ? -*v : *v;
    }
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      std::optional<double> l = int_value(b->left, depth + 1), r = int_value(b->right, depth + 1);
      if (!l || !r) return std::nullopt;
      switch (b->op) {
        case ast::Operator::Add: return *l + *r;
        case ast::Operator::Sub: return *l - *r;
        case ast::Operator::Mult: return *l * *r;
        case ast::Operator::Pow: return std::pow(*l, *r);
        case ast::Operator::LShift: return std::ldexp(*l, int(std::min(*r, 4096.0)));
        case ast::Operator::FloorDiv:
          if (*r == 0) return std::nullopt;
          return std::floor(*l / *r);
        default: return std::nullopt;
      }
    }
    default: return std::nullopt;
  }
}

std::optional<std::string_view> Analyzer::str_value(const ast::Expr* e) const {
  if (e->kind == ast::ExprKind::Constant) {
    auto* c = static_cast<const ast::Constant*>(e);
    if (c->value_kind == ast::ConstKind::Str) return c->text;
    return std::nullopt;
  }
  if (e->kind == ast::ExprKind::Name) {
    auto it = str_constants_.find(static_cast<const ast::Name*>(e)->id);
    if (it != str_constants_.end()) return it->second;
  }
  return std::nullopt;
}

// ------------------------------------------------------------ statements

void Analyzer::stmts(const ast::List<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) stmt(s);
}

void Analyzer::stmt(const ast::Stmt* s) {
  if (too_deep(*s)) return;
  Level level(walk_depth_);
  switch (s->kind) {
    case ast::StmtKind::FunctionDef:
    case ast::StmtKind::AsyncFunctionDef: function(static_cast<const ast::FunctionDef*>(s)); break;
    case ast::StmtKind::ClassDef: {
      auto* c = static_cast<const ast::ClassDef*>(s);
      exprs(c->decorator_list);
      exprs(c->bases);
      for (const ast::Keyword* k : c->keywords) expr(k->value);
      stmts(c->body);
      break;
    }
    case ast::StmtKind::Return: expr(static_cast<const ast::Return*>(s)->value); break;
    case ast::StmtKind::Delete: exprs(static_cast<const ast::Delete*>(s)->targets); break;
    case ast::StmtKind::Assign: {
      auto* a = static_cast<const ast::Assign*>(s);
      exprs(a->targets);
      expr(a->value);
      break;
    }
    case ast::StmtKind::AugAssign: {
      auto* a = static_cast<const ast::AugAssign*>(s);
      expr(a->target);
      expr(a->value);
      break;
    }
    case ast::StmtKind::AnnAssign: {
      auto* a = static_cast<const ast::AnnAssign*>(s);
      expr(a->target);
      expr(a->annotation);
      expr(a->value);
      break;
    }
    case ast::StmtKind::For:
    case ast::StmtKind::AsyncFor: {
      auto* f = static_cast<const ast::For*>(s);
      expr(f->iter);
      open_loop(iteration_count(f->iter));
      expr(f->target);
      stmts(f->body);
      close_loop(*s, "for loop `for " + snippet(*f->target) + " in " + snippet(*f->iter) + "`", false);
      stmts(f->orelse);
      break;
    }
    case ast::StmtKind::While: {
      auto* w = static_cast<const ast::While*>(s);
      expr(w->test);
      open_loop(std::nullopt);
      stmts(w->body);
      bool unbounded = always_true(w->test) && has_arithmetic(w->body) && !has_yield(w->body);
      close_loop(*s, "`while " + snippet(*w->test) + "` loop", unbounded);
      stmts(w->orelse);
      break;
    }
    case ast::StmtKind::If: {
      auto* i = static_cast<const ast::If*>(s);
      expr(i->test);
      stmts(i->body);
      stmts(i->orelse);
      break;
    }
    case ast::StmtKind::With:
    case ast::StmtKind::AsyncWith: {
      auto* w = static_cast<const ast::With*>(s);
      for (const ast::WithItem* item : w->items) {
        expr(item->context_expr);
        expr(item->optional_vars);
      }
      stmts(w->body);
      break;
    }
    case ast::StmtKind::Match: {
      auto* m = static_cast<const ast::Match*>(s);
      expr(m->subject);
      for (const ast::MatchCase* c : m->cases) {
        expr(c->guard);
        stmts(c->body);
      }
      break;
    }
    case ast::StmtKind::Raise: {
      auto* r = static_cast<const ast::Raise*>(s);
      expr(r->exc);
      expr(r->cause);
      break;
    }
    case ast::StmtKind::Try:
    case ast::StmtKind::TryStar: {
      auto* t = static_cast<const ast::Try*>(s);
      stmts(t->body);
      for (const ast::ExceptHandler* h : t->handlers) handler(h);
      stmts(t->orelse);
      stmts(t->finalbody);
      break;
    }
    case ast::StmtKind::Assert: {
      auto* a = static_cast<const ast::Assert*>(s);
      expr(a->test);
      expr(a->msg);
      break;
    }
    case ast::StmtKind::Import:
      for (const ast::Alias* a : static_cast<const ast::Import*>(s)->names) import(a->name, *s);
      break;
    case ast::StmtKind::ImportFrom: {
      auto* i = static_cast<const ast::ImportFrom*>(s);
      if (i->level == 0) import(i->module, *s);
      break;
    }
    case ast::StmtKind::ExprStmt: expr(static_cast<const ast::ExprStmt*>(s)->value); break;
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal:
    case ast::StmtKind::Pass:
    case ast::StmtKind::Break:
    case ast::StmtKind::Continue: break;
  }
}

void Analyzer::function(const ast::FunctionDef* f) {
  exprs(f->decorator_list);
  arguments(f->args);
  expr(f->returns);
  Recursion& r = recursion_[f->name];
  r.line = f->lineno;
  r.decorated = !f->decorator_list.empty();
  // A loop around a definition does not run the function's body.
  saved_loops_.push_back(std::move(loops_));
  loops_.clear();
  functions_.push_back(f->name);
  stmts(f->body);
  functions_.pop_back();
  loops_ = std::move(saved_loops_.back());
  saved_loops_.pop_back();
}

void Analyzer::arguments(const ast::Arguments* a) {
  if (!a) return;
  exprs(a->defaults);
  for (const ast::Expr* d : a->kw_defaults) expr(d);
}

// ------------------------------------------------------------ expressions

void Analyzer::exprs(const ast::List<ast::Expr*>& list) {
  for (const ast::Expr* e : list) expr(e);
}

void Analyzer::comprehension(const ast::List<ast::Comprehension*>& generators, const ast::Expr* elt,
                             const ast::Expr* value, const ast::Pos& at) {
  for (const ast::Comprehension* g : generators) {
    expr(g->iter);
    open_loop(iteration_count(g->iter));
    expr(g->target);
    exprs(g->ifs);
  }
  expr(elt);
  expr(value);
  for (uint32_t i = 0; i < generators.size; ++i) close_loop(at, "comprehension `" + snippet(at) + "`", false);
}

void Analyzer::expr(const ast::Expr* e) {
  if (!e || too_deep(*e)) return;
  Level level(walk_depth_);
  switch (e->kind) {
    case ast::ExprKind::BoolOp: exprs(static_cast<const ast::BoolOp*>(e)->values); break;
    case ast::ExprKind::NamedExpr:
      expr(static_cast<const ast::NamedExpr*>(e)->target);
      expr(static_cast<const ast::NamedExpr*>(e)->value);
      break;
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      check_percent_format(b);
      expr(b->left);
      expr(b->right);
      break;
    }
    case ast::ExprKind::UnaryOp: expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
    case ast::ExprKind::Lambda: {
      auto* l = static_cast<const ast::Lambda*>(e);
      arguments(l->args);
      saved_loops_.push_back(std::move(loops_));
      loops_.clear();
      expr(l->body);
      loops_ = std::move(saved_loops_.back());
      saved_loops_.pop_back();
      break;
    }
    case ast::ExprKind::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      expr(i->test);
      expr(i->body);
      expr(i->orelse);
      break;
    }
    case ast::ExprKind::Dict:
      for (const ast::Expr* k : static_cast<const ast::Dict*>(e)->keys) expr(k);
      exprs(static_cast<const ast::Dict*>(e)->values);
      break;
    case ast::ExprKind::Set: exprs(static_cast<const ast::Set*>(e)->elts); break;
    case ast::ExprKind::ListComp: {
      auto* c = static_cast<const ast::ListComp*>(e);
      comprehension(c->generators, c->elt, nullptr, *e);
      break;
    }
    case ast::ExprKind::SetComp: {
      auto* c = static_cast<const ast::SetComp*>(e);
      comprehension(c->generators, c->elt, nullptr, *e);
      break;
    }
    case ast::ExprKind::DictComp: {
      auto* c = static_cast<const ast::DictComp*>(e);
      comprehension(c->generators, c->key, c->value, *e);
      break;
    }
    case ast::ExprKind::GeneratorExp: {
      auto* c = static_cast<const ast::GeneratorExp*>(e);
      comprehension(c->generators, c->elt, nullptr, *e);
      break;
    }
    case ast::ExprKind::Await: expr(static_cast<const ast::Await*>(e)->value); break;
    case ast::ExprKind::Yield: expr(static_cast<const ast::Yield*>(e)->value); break;
    case ast::ExprKind::YieldFrom: expr(static_cast<const ast::YieldFrom*>(e)->value); break;
    case ast::ExprKind::Compare:
      expr(static_cast<const ast::Compare*>(e)->left);
      exprs(static_cast<const ast::Compare*>(e)->comparators);
      break;
    case ast::ExprKind::Call: call(static_cast<const ast::Call*>(e)); break;
    case ast::ExprKind::FormattedValue: {
      auto* f = static_cast<const ast::FormattedValue*>(e);
      if (const Handler* h = caught(f->value)) exception_text(h, *e, "formats");
      expr(f->value);
      expr(f->format_spec);
      break;
    }
    case ast::ExprKind::JoinedStr: exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
    case ast::ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      mark_dynamic();
      check_text_attribute(a);
      expr(a->value);
      break;
    }
    case ast::ExprKind::Subscript:
      expr(static_cast<const ast::Subscript*>(e)->value);
      expr(static_cast<const ast::Subscript*>(e)->slice);
      break;
    case ast::ExprKind::Starred: expr(static_cast<const ast::Starred*>(e)->value); break;
    case ast::ExprKind::ListExpr: exprs(static_cast<const ast::ListExpr*>(e)->elts); break;
    case ast::ExprKind::TupleExpr: exprs(static_cast<const ast::TupleExpr*>(e)->elts); break;
    case ast::ExprKind::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      expr(s->lower);
      expr(s->upper);
      expr(s->step);
      break;
    }
    case ast::ExprKind::Constant:
    case ast::ExprKind::Name: break;
  }
}

void Analyzer::call(const ast::Call* c) {
  mark_dynamic(c);
  note_call_of(c);
  check_text_call(c);
  if (c->func->kind == ast::ExprKind::Name) {
    std::string_view id = static_cast<const ast::Name*>(c->func)->id;
    if (id == "open") open_call(c);
    if (id == "eval" || id == "exec" || id == "compile") code_argument(c, id);
    if (id == "__import__") module_argument(c);
  } else if (c->func->kind == ast::ExprKind::Attribute) {
    auto* attr = static_cast<const ast::Attribute*>(c->func);
    if (attr->attr == "import_module" && is_name(attr->value, "importlib")) module_argument(c);
  }
  expr(c->func);
  exprs(c->args);
  for (const ast::Keyword* k : c->keywords) expr(k->value);
}

}  // namespace analysis

Findings analyze_module(const light::ast::Module& m, std::string_view source, std::string_view dir) {
  Findings out;
  analysis::Shared shared{&out, {}, {}};
  analysis::Analyzer(shared, source, dir, 0, "", 0).module(m);
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.line < b.line; });
  return out;
}

Findings analyze_source(std::string_view source, std::string_view filename, std::string_view dir) {
  namespace syntax = pytier::light::syntax;
  syntax::Arena arena;
  syntax::SyntaxErrorInfo err;
  const light::ast::Module* m = syntax::parse_module(arena, source, filename, &err);
  if (!m) return {{Signal::Unanalyzed, err.lineno, "the Light tier's parser rejects the program: " + err.msg}};
  return analyze_module(*m, source, dir);
}

Findings analyze(const Program& program) {
  if (!program.readable) return {{Signal::Unanalyzed, 0, program.why_unreadable}};
  return analyze_source(program.source, program.label, program.dir);
}

}  // namespace pytier::route
