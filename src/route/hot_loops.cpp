#include <cmath>
#include <string>

#include "route/analyzer.h"
#include "route/loop_speed.h"

// Hot loops: literal iteration counts over a loop nest, nesting depth, `while
// True` doing arithmetic, and branching recursion. Whether they decide the
// tier is the policy's call (loop_speed.h).

namespace pytier::route::analysis {
namespace {

// Builtins cheap enough that a loop calling them is still "arithmetic".
constexpr std::string_view kArithmeticBuiltins[] = {"abs", "bool", "divmod", "float", "int",  "len",
                                                    "max", "min",  "pow",    "range", "round"};

std::string approx(double n) {
  int exp = int(std::floor(std::log10(n)));
  return exp > 3 ? "10^" + std::to_string(exp) : std::to_string(long(n));
}

bool is_yield(const ast::Expr* e) {
  return e &&
         (e->kind == ast::ExprKind::Yield || e->kind == ast::ExprKind::YieldFrom || e->kind == ast::ExprKind::Await);
}

// Whether statements (not nested definitions) contain a node for which `pred` holds.
template <class Pred>
bool any_stmt(const ast::List<ast::Stmt*>& body, Pred pred) {
  for (const ast::Stmt* s : body) {
    if (pred(s)) return true;
    switch (s->kind) {
      case ast::StmtKind::For:
      case ast::StmtKind::AsyncFor:
        if (any_stmt(static_cast<const ast::For*>(s)->body, pred)) return true;
        break;
      case ast::StmtKind::While:
        if (any_stmt(static_cast<const ast::While*>(s)->body, pred)) return true;
        break;
      case ast::StmtKind::If:
        if (any_stmt(static_cast<const ast::If*>(s)->body, pred) ||
            any_stmt(static_cast<const ast::If*>(s)->orelse, pred))
          return true;
        break;
      case ast::StmtKind::With:
      case ast::StmtKind::AsyncWith:
        if (any_stmt(static_cast<const ast::With*>(s)->body, pred)) return true;
        break;
      case ast::StmtKind::Try:
      case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (any_stmt(t->body, pred) || any_stmt(t->orelse, pred) || any_stmt(t->finalbody, pred)) return true;
        for (const ast::ExceptHandler* h : t->handlers)
          if (any_stmt(h->body, pred)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

}  // namespace

bool always_true(const ast::Expr* test) {
  if (test->kind != ast::ExprKind::Constant) return false;
  auto* c = static_cast<const ast::Constant*>(test);
  if (c->value_kind == ast::ConstKind::True) return true;
  return c->value_kind == ast::ConstKind::Int && c->text.find_first_not_of('0') != std::string_view::npos;
}

bool has_arithmetic(const ast::List<ast::Stmt*>& body) {
  return any_stmt(body, [](const ast::Stmt* s) {
    if (s->kind == ast::StmtKind::AugAssign) return true;
    if (s->kind != ast::StmtKind::Assign) return false;
    return static_cast<const ast::Assign*>(s)->value->kind == ast::ExprKind::BinOp;
  });
}

// A loop that yields is a generator's pump: its pace is set by its consumer.
bool has_yield(const ast::List<ast::Stmt*>& body) {
  return any_stmt(body, [](const ast::Stmt* s) {
    switch (s->kind) {
      case ast::StmtKind::ExprStmt: return is_yield(static_cast<const ast::ExprStmt*>(s)->value);
      case ast::StmtKind::Assign: return is_yield(static_cast<const ast::Assign*>(s)->value);
      case ast::StmtKind::AugAssign: return is_yield(static_cast<const ast::AugAssign*>(s)->value);
      case ast::StmtKind::Return: return is_yield(static_cast<const ast::Return*>(s)->value);
      default: return false;
    }
  });
}

// How many times a loop over `e` runs, when the source says: `range(...)` with
// literal bounds, or a literal tuple, list, set or string.
std::optional<double> Analyzer::iteration_count(const ast::Expr* e) const {
  switch (e->kind) {
    case ast::ExprKind::TupleExpr: return static_cast<const ast::TupleExpr*>(e)->elts.size;
    case ast::ExprKind::ListExpr: return static_cast<const ast::ListExpr*>(e)->elts.size;
    case ast::ExprKind::Set: return static_cast<const ast::Set*>(e)->elts.size;
    case ast::ExprKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      if (c->value_kind != ast::ConstKind::Str) return std::nullopt;
      return c->text.size();
    }
    case ast::ExprKind::Call: break;
    default: return std::nullopt;
  }
  auto* call = static_cast<const ast::Call*>(e);
  if (!is_name(call->func, "range") || call->args.empty() || call->args.size > 3) return std::nullopt;
  double v[3];
  for (uint32_t i = 0; i < call->args.size; ++i) {
    std::optional<double> x = int_value(call->args[i]);
    if (!x) return std::nullopt;
    v[i] = *x;
  }
  double start = call->args.size == 1 ? 0 : v[0];
  double stop = call->args.size == 1 ? v[0] : v[1];
  double step = call->args.size == 3 ? v[2] : 1;
  if (step == 0) return std::nullopt;
  return std::max(0.0, std::ceil((stop - start) / step));
}

void Analyzer::open_loop(std::optional<double> count) {
  loops_.push_back(Loop{count.value_or(1), !count || *count >= kLargeLoop});
}

// Judges the loop just walked; a nest is reported once, at its innermost hot loop.
void Analyzer::close_loop(const ast::Pos& at, const std::string& what, bool unbounded) {
  Loop loop = loops_.back();
  loops_.pop_back();
  double estimate = loop.count;
  int large = loop.large;
  for (const Loop& outer : loops_) {
    estimate *= outer.count;
    large += outer.large;
  }
  if (!loop.reported) {
    std::string why;
    if (unbounded)
      why = "runs until broken out of, doing arithmetic";
    else if (estimate >= kHotIterations)
      why = "runs about " + approx(estimate) + " iterations";
    else if (loop.large && large >= kHotNestingDepth)
      why = "is nested " + std::to_string(large) + " large loops deep";
    if (!why.empty()) {
      report(loop.dynamic ? Signal::DynamicLoop : Signal::PureLoop, at,
             what + " " + why + (loop.dynamic ? "; it calls functions and reads attributes" : "; it only computes"));
      loop.reported = true;
    }
  }
  if (!loops_.empty()) {
    loops_.back().reported |= loop.reported;
    loops_.back().dynamic |= loop.dynamic;
  }
}

void Analyzer::mark_dynamic() {
  if (!loops_.empty()) loops_.back().dynamic = true;
}

void Analyzer::mark_dynamic(const ast::Call* call) {
  auto* f = call->func;
  if (f->kind != ast::ExprKind::Name || !one_of(kArithmeticBuiltins, static_cast<const ast::Name*>(f)->id))
    mark_dynamic();
}

void Analyzer::note_call_of(const ast::Call* call) {
  if (call->func->kind != ast::ExprKind::Name) return;
  std::string_view id = static_cast<const ast::Name*>(call->func)->id;
  if (std::find(functions_.begin(), functions_.end(), id) != functions_.end()) {
    ++recursion_[id].self_calls;
    return;
  }
  Recursion& r = recursion_[id];
  ++r.outside_calls;
  std::optional<double> first = call->args.empty() ? std::nullopt : int_value(call->args[0]);
  if (!first || *first > kSmallRecursionArgument) r.outside_all_small = false;
}

// Branching recursion (fib-like) does exponential work unless a decorator
// (a cache, most likely) or small literal arguments keep it cheap.
void Analyzer::judge_recursion() {
  for (const auto& [name, r] : recursion_) {
    if (r.line == 0 || r.self_calls < 2 || r.decorated) continue;
    if (r.outside_calls > 0 && r.outside_all_small) continue;
    ast::Pos at{};
    at.lineno = r.line;
    report(Signal::DynamicLoop, at,
           "function " + std::string(name) + " calls itself " + std::to_string(r.self_calls) +
               " times (branching recursion)");
  }
}

}  // namespace pytier::route::analysis
