// Assignment and deletion targets: turning a parsed expression into a Store
// or Del target, and CPython's messages for what cannot be one.

#include "light/syntax/parser_impl.h"

namespace pytier::light::syntax {

bool Parser::set_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name:
      static_cast<Name*>(e)->ctx = ctx;
      return true;
    case ExprKind::Attribute:
      static_cast<Attribute*>(e)->ctx = ctx;
      return true;
    case ExprKind::Subscript:
      static_cast<Subscript*>(e)->ctx = ctx;
      return true;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) return false;
      static_cast<Starred*>(e)->ctx = ctx;
      return set_context(static_cast<Starred*>(e)->value, ctx);
    case ExprKind::TupleExpr: {
      auto* t = static_cast<TupleExpr*>(e);
      t->ctx = ctx;
      for (Expr* x : t->elts)
        if (!set_context(x, ctx)) return false;
      return true;
    }
    case ExprKind::ListExpr: {
      auto* l = static_cast<ListExpr*>(e);
      l->ctx = ctx;
      for (Expr* x : l->elts)
        if (!set_context(x, ctx)) return false;
      return true;
    }
    default:
      return false;
  }
}

// pegen's _PyPegen_get_expr_name.
const char* Parser::describe(Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::ListExpr: return "list";
    case ExprKind::TupleExpr: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<Constant*>(e)->value_kind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// pegen's _PyPegen_get_invalid_target.
Expr* Parser::invalid_target(Expr* e, ExprContext ctx, bool for_target) {
  switch (e->kind) {
    case ExprKind::ListExpr:
      for (Expr* x : static_cast<ListExpr*>(e)->elts)
        if (Expr* bad = invalid_target(x, ctx, for_target)) return bad;
      return nullptr;
    case ExprKind::TupleExpr:
      for (Expr* x : static_cast<TupleExpr*>(e)->elts)
        if (Expr* bad = invalid_target(x, ctx, for_target)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) return e;
      return invalid_target(static_cast<Starred*>(e)->value, ctx, for_target);
    case ExprKind::Compare:
      // `for x + 1 in y` parses as a comparison: its left side is the target.
      if (!for_target) return e;
      if (static_cast<Compare*>(e)->ops[0] != CmpOp::In) return nullptr;
      return invalid_target(static_cast<Compare*>(e)->left, ctx, for_target);
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

std::nullptr_t Parser::raise_invalid_target(Expr* e, ExprContext ctx, const char* what, bool for_target) {
  Expr* bad = invalid_target(e, ctx, for_target);
  if (!bad) return fail(), nullptr;
  std::string msg = what;
  msg += describe(bad);
  return raise_range(ErrorKind::SyntaxError, *bad, *bad, msg);
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
Expr* Parser::star_targets() {
  const Token& first = cur();
  Expr* e = star_target();
  if (!e || !at(Tok::Comma)) return e;
  Gather<Expr*> elts;
  elts.push(e);
  while (accept(Tok::Comma)) {
    if (at(Tok::KwIn) || at(Tok::Equal)) break;
    if (!(e = star_target())) return nullptr;
    elts.push(e);
  }
  auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(first));
  t->elts = list(elts);
  t->ctx = ExprContext::Store;
  return t;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom. The target is
// parsed as a primary and then checked, which also yields CPython's
// "cannot assign to ..." for the for-loop and comprehension forms.
Expr* Parser::star_target() {
  const Token& first = cur();
  if (accept(Tok::Star)) {
    if (at(Tok::Star)) return fail(), nullptr;
    Expr* v = star_target();
    if (!v) return nullptr;
    auto* s = make<Starred>(ExprKind::Starred, from(first));
    s->value = v;
    s->ctx = ExprContext::Store;
    return s;
  }
  Expr* e = primary();
  if (!e) return nullptr;
  if (!set_context(e, ExprContext::Store)) return fail(), nullptr;  // the caller finds the message
  return e;
}

// star_targets followed by 'in', for `for` statements and comprehensions;
// otherwise invalid_for_target's message, found by reading the targets as
// expressions.
Expr* Parser::for_targets() {
  Speculation spec(*this);
  Expr* t = star_targets();
  if (t && at(Tok::KwIn)) return t;
  if (has_msg_) return nullptr;
  size_t furthest = furthest_;
  spec.rewind();
  Expr* all = star_expressions();
  if (has_msg_) return nullptr;
  if (all && invalid_target(all, ExprContext::Store, true))
    return raise_invalid_target(all, ExprContext::Store, "cannot assign to ", true);
  spec.rewind();
  furthest_ = furthest;
  return fail(), nullptr;
}

}  // namespace pytier::light::syntax
