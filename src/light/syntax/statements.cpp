// Statements: python.gram from `statements` through the simple and compound
// statement rules, blocks, parameters and imports.

#include <cstdio>

#include "light/syntax/parser_impl.h"

namespace pytier::light::syntax {

namespace {

bool aug_operator(Tok k, Operator* op) {
  switch (k) {
    case Tok::PlusEqual: *op = Operator::Add; return true;
    case Tok::MinEqual: *op = Operator::Sub; return true;
    case Tok::StarEqual: *op = Operator::Mult; return true;
    case Tok::AtEqual: *op = Operator::MatMult; return true;
    case Tok::SlashEqual: *op = Operator::Div; return true;
    case Tok::PercentEqual: *op = Operator::Mod; return true;
    case Tok::AmperEqual: *op = Operator::BitAnd; return true;
    case Tok::VBarEqual: *op = Operator::BitOr; return true;
    case Tok::CircumflexEqual: *op = Operator::BitXor; return true;
    case Tok::LeftShiftEqual: *op = Operator::LShift; return true;
    case Tok::RightShiftEqual: *op = Operator::RShift; return true;
    case Tok::DoubleStarEqual: *op = Operator::Pow; return true;
    case Tok::DoubleSlashEqual: *op = Operator::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

// A target CPython's invalid_named_expression would see as a bare bitwise_or.
bool bitwise_or_level(Expr* e) {
  switch (e->kind) {
    case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
      return false;
    case ExprKind::UnaryOp:
      return static_cast<UnaryOp*>(e)->op != UnaryOpKind::Not;
    default:
      return true;
  }
}

bool Parser::expect_forced(Tok k) {
  if (accept(k)) return true;
  if (failed_) return false;
  if (cur().kind == Tok::Error) return fail();
  std::string msg = "expected '";
  msg += token_text(k);
  msg += "'";
  raise_tok(cur(), msg);
  return false;
}

// The ':' ending an if/elif/while/for/with/class/except/case header. Its
// absence is "expected ':'" only right before the end of the line (the
// invalid_*_stmt rules); elsewhere it is the generic error.
bool Parser::expect_header_colon() {
  if (accept(Tok::Colon)) return true;
  if (failed_) return false;
  if (at(Tok::Newline)) return raise_tok(cur(), "expected ':'"), false;
  return fail();
}

List<Stmt*> Parser::file() {
  Gather<Stmt*> body;
  if (!statements(body, false)) return {};
  if (!at(Tok::EndMarker)) return fail(), List<Stmt*>{};
  return list(body);
}

bool Parser::statements(Gather<Stmt*>& out, bool until_dedent) {
  for (;;) {
    Tok k = peek();
    if (k == Tok::EndMarker || (until_dedent && k == Tok::Dedent)) return true;
    if (!statement(out)) return false;
  }
}

bool Parser::statement(Gather<Stmt*>& out) {
  missing_match_colon_ = 0;
  match_error_.lineno = 0;
  if (Stmt* s = compound_stmt()) {
    out.push(s);
    return true;
  }
  if (failed_) return false;
  if (simple_stmts(out)) return true;
  if (missing_match_colon_ && !has_msg_) {
    raise_tok(toks_[missing_match_colon_], "expected ':'");
  } else if (match_error_.lineno && (!has_msg_ || toks_[furthest_].kind != Tok::Error)) {
    // CPython tries the match statement first when it looks for messages.
    err_ = match_error_;
    failed_ = has_msg_ = true;
  }
  return false;
}

bool Parser::simple_stmts(Gather<Stmt*>& out) {
  for (;;) {
    Stmt* s = simple_stmt();
    if (!s) return false;
    out.push(s);
    if (accept(Tok::Newline)) return true;
    if (!accept(Tok::Semi)) return fail();
    if (accept(Tok::Newline)) return true;
  }
}

Stmt* Parser::compound_stmt() {
  const Token& t = cur();
  switch (peek()) {
    case Tok::KwDef: return function_def(nullptr, &t);
    case Tok::KwIf: return if_stmt(false);
    case Tok::KwClass: return class_def(nullptr, &t);
    case Tok::KwWith: return with_stmt(nullptr);
    case Tok::KwFor: return for_stmt(nullptr);
    case Tok::KwTry: return try_stmt();
    case Tok::KwWhile: return while_stmt();
    case Tok::At: return decorated();
    case Tok::KwAsync:
      switch (peek_at(1)) {
        case Tok::KwDef: return function_def(nullptr, &t);
        case Tok::KwWith: p_++; return with_stmt(&t);
        case Tok::KwFor: p_++; return for_stmt(&t);
        default: return nullptr;
      }
    case Tok::Name:
      if (text(t) == "match") return match_stmt();
      return nullptr;
    default:
      return nullptr;
  }
}

Stmt* Parser::simple_stmt() {
  const Token& first = cur();
  switch (peek()) {
    case Tok::KwReturn: return return_stmt();
    case Tok::KwImport: return import_stmt();
    case Tok::KwFrom: return from_import_stmt();
    case Tok::KwRaise: return raise_stmt();
    case Tok::KwPass: p_++; return make<Pass>(StmtKind::Pass, pos_of(first));
    case Tok::KwBreak: p_++; return make<Break>(StmtKind::Break, pos_of(first));
    case Tok::KwContinue: p_++; return make<Continue>(StmtKind::Continue, pos_of(first));
    case Tok::KwDel: return del_stmt();
    case Tok::KwAssert: return assert_stmt();
    case Tok::KwGlobal: return global_stmt(false);
    case Tok::KwNonlocal: return global_stmt(true);
    default: return expr_or_assign_stmt();
  }
}

Stmt* Parser::expr_or_assign_stmt() {
  const Token& first = cur();
  Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!e) {
    if (!failed_) fail();
    return nullptr;
  }
  if (at(Tok::Colon)) {
    // annotated assignment: the target is a single name, attribute or
    // subscript, which CPython checks once the annotation has parsed.
    bool valid = e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript;
    Speculation spec(*this);
    p_++;
    Expr* ann = expression();
    if (!ann) {
      if (valid || has_msg_) return nullptr;
      spec.rewind();  // the generic error stays at the ':'
      return fail(), nullptr;
    }
    if (e->kind == ExprKind::TupleExpr || e->kind == ExprKind::ListExpr) {
      std::string msg = "only single target (not ";
      msg += e->kind == ExprKind::TupleExpr ? "tuple" : "list";
      msg += ") can be annotated";
      // An unparenthesized tuple is reported at its first element.
      Expr* at_node = e->kind == ExprKind::TupleExpr && first.kind != Tok::LPar ? static_cast<TupleExpr*>(e)->elts[0] : e;
      return raise_range(ErrorKind::SyntaxError, *at_node, *at_node, msg);
    }
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
      return raise_range(ErrorKind::SyntaxError, *e, *e, "illegal target for annotation");
    Expr* value = nullptr;
    if (accept(Tok::Equal)) {
      value = at(Tok::KwYield) ? yield_expr() : star_expressions();
      if (!value) return nullptr;
    }
    set_context(e, ExprContext::Store);
    auto* s = make<AnnAssign>(StmtKind::AnnAssign, from(first));
    s->target = e;
    s->annotation = ann;
    s->value = value;
    s->simple = e->kind == ExprKind::Name && first.kind == Tok::Name;
    return s;
  }
  if (e->kind == ExprKind::TupleExpr && first.kind != Tok::LPar && starts_expression(peek())) {
    // invalid_assignment reads `star_named_expressions*`, which lets a second
    // list follow the first without a comma: `a, b c = d` meets c = d there.
    Speculation spec(*this);
    while (starts_expression(peek()) && star_named_expression()) accept(Tok::Comma);
    if (has_msg_) return nullptr;
    spec.rewind();
  }
  Operator op;
  if (aug_operator(peek(), &op)) {
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript) {
      std::string msg = "'";
      msg += describe(e);
      msg += "' is an illegal expression for augmented assignment";
      return raise_range(ErrorKind::SyntaxError, *e, *e, msg);
    }
    p_++;
    Expr* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
    set_context(e, ExprContext::Store);
    auto* s = make<AugAssign>(StmtKind::AugAssign, from(first));
    s->target = e;
    s->op = op;
    s->value = value;
    return s;
  }
  if (!at(Tok::Equal)) {
    auto* s = make<ExprStmt>(StmtKind::ExprStmt, from(first));
    s->value = e;
    return s;
  }
  // Each target is checked as soon as its '=' is seen, as invalid_assignment
  // does: what follows the '=' does not matter then.
  Gather<Expr*> targets;
  Expr* value = e;
  while (accept(Tok::Equal)) {
    if (!set_context(value, ExprContext::Store)) return invalid_assignment(first, value, targets.empty());
    targets.push(value);
    value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
  }
  auto* s = make<Assign>(StmtKind::Assign, from(first));
  s->targets = list(targets);
  s->value = value;
  return s;
}

// `target =` where the target cannot be assigned to; the '=' is consumed.
std::nullptr_t Parser::invalid_assignment(const Token& first, Expr* t, bool first_target) {
  if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom)
    return raise_range(ErrorKind::SyntaxError, *t, *t, "assignment to yield expression not possible");
  bool excluded = first.kind == Tok::LSqb || first.kind == Tok::KwTrue || first.kind == Tok::KwFalse ||
                  first.kind == Tok::KwNone || (first.kind == Tok::LPar && t->kind == ExprKind::TupleExpr);
  // invalid_named_expression: `f() = 1` reads as a comparison gone wrong. In
  // an unparenthesized tuple it is the last item, next to the '=', that counts.
  Expr* last = t;
  if (t->kind == ExprKind::TupleExpr && first.kind != Tok::LPar) {
    last = static_cast<TupleExpr*>(t)->elts.items[static_cast<TupleExpr*>(t)->elts.size - 1];
    excluded = last->kind == ExprKind::ListExpr || last->kind == ExprKind::TupleExpr ||
               last->kind == ExprKind::GeneratorExp ||
               (last->kind == ExprKind::Constant && (static_cast<Constant*>(last)->value_kind == ConstKind::None ||
                                                     static_cast<Constant*>(last)->value_kind == ConstKind::True ||
                                                     static_cast<Constant*>(last)->value_kind == ConstKind::False));
  }
  bool name = last->kind == ExprKind::Name && last != t;
  if (first_target && bitwise_or_level(last) && (name || (!excluded && last->kind != ExprKind::TupleExpr))) {
    Speculation spec(*this);
    Expr* b = bitwise_or();
    if (b && !at(Tok::Equal) && !at(Tok::ColonEqual)) {
      if (name)
        return raise_range(ErrorKind::SyntaxError, *last, *b,
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      std::string msg = "cannot assign to ";
      msg += describe(last);
      msg += " here. Maybe you meant '==' instead of '='?";
      return raise_range(ErrorKind::SyntaxError, *last, *last, msg);
    }
    if (has_msg_) return nullptr;
    spec.rewind();
  }
  return raise_invalid_target(t, ExprContext::Store, "cannot assign to ");
}

List<Stmt*> Parser::block(const Token& owner, const char* what) {
  if (accept(Tok::Newline)) {
    if (!at(Tok::Indent)) {
      if (peek() == Tok::Error) return fail(), List<Stmt*>{};
      char msg[128];
      std::snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, owner.lineno);
      raise_indent(cur(), msg);
      return {};
    }
    p_++;
    DepthGuard guard(*this, kBlockLevel);
    Gather<Stmt*> body;
    if (!statements(body, true)) return {};
    if (!expect(Tok::Dedent)) return {};
    return list(body);
  }
  Gather<Stmt*> body;
  if (!simple_stmts(body)) return {};
  return list(body);
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& kw = cur();
  p_++;
  Expr* test = named_expression();
  if (!test || !expect_header_colon()) return nullptr;
  List<Stmt*> body = block(kw, elif ? "'elif' statement" : "'if' statement");
  if (failed_) return nullptr;
  List<Stmt*> orelse;
  if (at(Tok::KwElif)) {
    Stmt* nested = if_stmt(true);
    if (!nested) return nullptr;
    Gather<Stmt*> one;
    one.push(nested);
    orelse = list(one);
  } else if (at(Tok::KwElse)) {
    const Token& e = cur();
    p_++;
    if (!expect_forced(Tok::Colon)) return nullptr;
    orelse = block(e, "'else' statement");
    if (failed_) return nullptr;
  }
  auto* s = make<If>(StmtKind::If, from(kw));
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

Stmt* Parser::while_stmt() {
  const Token& kw = cur();
  p_++;
  Expr* test = named_expression();
  if (!test || !expect_header_colon()) return nullptr;
  List<Stmt*> body = block(kw, "'while' statement");
  if (failed_) return nullptr;
  List<Stmt*> orelse;
  if (at(Tok::KwElse)) {
    const Token& e = cur();
    p_++;
    if (!expect_forced(Tok::Colon)) return nullptr;
    orelse = block(e, "'else' statement");
    if (failed_) return nullptr;
  }
  auto* s = make<While>(StmtKind::While, from(kw));
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& kw = cur();
  p_++;
  Expr* target = for_targets();
  if (!target) return nullptr;
  p_++;
  Expr* iter = star_expressions();
  if (!iter || !expect_header_colon()) return nullptr;
  List<Stmt*> body = block(kw, "'for' statement");
  if (failed_) return nullptr;
  List<Stmt*> orelse;
  if (at(Tok::KwElse)) {
    const Token& e = cur();
    p_++;
    if (!expect_forced(Tok::Colon)) return nullptr;
    orelse = block(e, "'else' statement");
    if (failed_) return nullptr;
  }
  auto* s = make<For>(async_tok ? StmtKind::AsyncFor : StmtKind::For, from(async_tok ? *async_tok : kw));
  s->target = target;
  s->iter = iter;
  s->body = body;
  s->orelse = orelse;
  return s;
}

bool Parser::with_items(Gather<WithItem*>& items, bool parenthesized) {
  for (;;) {
    Expr* ctx = expression();
    if (!ctx) return false;
    Expr* vars = nullptr;
    if (accept(Tok::KwAs)) {
      Speculation spec(*this);
      vars = star_target();
      Tok k = peek();
      if (!vars || (k != Tok::Comma && k != Tok::Colon && k != Tok::Newline && !(parenthesized && k == Tok::RPar))) {
        // invalid_with_item: the target read as an expression, for the message.
        if (has_msg_) return false;
        size_t furthest = furthest_;
        spec.rewind();
        Expr* e = expression();
        if (has_msg_) return false;
        if (e && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon)) && invalid_target(e, ExprContext::Store))
          return raise_invalid_target(e, ExprContext::Store, "cannot assign to "), false;
        spec.rewind();
        furthest_ = furthest;
        return fail();
      }
    }
    auto* w = a_.make<WithItem>();
    w->context_expr = ctx;
    w->optional_vars = vars;
    items.push(w);
    if (!accept(Tok::Comma)) return true;
    if (parenthesized && at(Tok::RPar)) return true;
  }
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& kw = cur();
  p_++;
  Gather<WithItem*> items;
  bool done = false;
  if (at(Tok::LPar)) {
    // 'with' '(' ','.with_item+ ','? ')' ':' — else the parenthesis is part
    // of the first expression.
    size_t mark = p_;
    bool was_failed = failed_;
    p_++;
    if (with_items(items, true) && accept(Tok::RPar) && at(Tok::Colon)) {
      done = true;
    } else {
      if (has_msg_) return nullptr;
      p_ = mark;
      failed_ = was_failed;
      items.clear();
    }
  }
  if (!done && !with_items(items, false)) return nullptr;
  if (!expect_header_colon()) return nullptr;
  List<Stmt*> body = block(kw, "'with' statement");
  if (failed_) return nullptr;
  auto* s = make<With>(async_tok ? StmtKind::AsyncWith : StmtKind::With, from(async_tok ? *async_tok : kw));
  s->items = list(items);
  s->body = body;
  return s;
}

Stmt* Parser::try_stmt() {
  const Token& kw = cur();
  p_++;
  if (!expect_forced(Tok::Colon)) return nullptr;
  List<Stmt*> body = block(kw, "'try' statement");
  if (failed_) return nullptr;
  Gather<ExceptHandler*> handlers;
  bool star = false;
  while (at(Tok::KwExcept)) {
    const Token& ex = cur();
    p_++;
    bool this_star = accept(Tok::Star);
    if (!handlers.empty() && this_star != star) {
      return raise_tok(ex, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star = this_star;
    Expr* type = nullptr;
    Identifier name;
    if (at(Tok::Newline) && !this_star) return raise_tok(cur(), "expected ':'");
    if (!at(Tok::Colon)) {
      if (!(type = expression())) return nullptr;
      if (accept(Tok::Comma)) {
        // invalid_except_stmt: the error runs to where the tokenizer stands.
        if (!expressions()) return nullptr;
        if (accept(Tok::KwAs) && !accept(Tok::Name)) return fail(), nullptr;
        if (!at(Tok::Colon)) return fail(), nullptr;
        Pos end = pos_of(toks_[furthest_]);
        end.end_col_offset--;  // CURRENT_POS: the tokenizer's position, not one past it
        return raise_range(ErrorKind::SyntaxError, *type, end, "multiple exception types must be parenthesized");
      }
      if (accept(Tok::KwAs)) {
        if (!at(Tok::Name)) return fail(), nullptr;
        name = name_of(cur());
        p_++;
      }
    } else if (star) {
      return raise_tok(cur(), "expected one or more exception types");
    }
    if (!expect_header_colon()) return nullptr;
    List<Stmt*> hbody = block(ex, star ? "'except*' statement" : "'except' statement");
    if (failed_) return nullptr;
    auto* h = a_.make<ExceptHandler>();
    static_cast<Pos&>(*h) = from(ex);
    h->type = type;
    h->name = name;
    h->body = hbody;
    handlers.push(h);
  }
  List<Stmt*> orelse, finalbody;
  if (!handlers.empty() && at(Tok::KwElse)) {
    const Token& e = cur();
    p_++;
    if (!expect_forced(Tok::Colon)) return nullptr;
    orelse = block(e, "'else' statement");
    if (failed_) return nullptr;
  }
  if (at(Tok::KwFinally)) {
    const Token& f = cur();
    p_++;
    if (!expect_forced(Tok::Colon)) return nullptr;
    finalbody = block(f, "'finally' statement");
    if (failed_) return nullptr;
  }
  if (handlers.empty() && finalbody.empty()) {
    return raise_tok(cur(), "expected 'except' or 'finally' block");
  }
  auto* s = make<Try>(star ? StmtKind::TryStar : StmtKind::Try, from(kw));
  s->body = body;
  s->handlers = list(handlers);
  s->orelse = orelse;
  s->finalbody = finalbody;
  return s;
}

Stmt* Parser::decorated() {
  Gather<Expr*> decorators;
  while (accept(Tok::At)) {
    Expr* d = named_expression();
    if (!d || !expect(Tok::Newline)) return nullptr;
    decorators.push(d);
  }
  const Token& t = cur();
  if (at(Tok::KwDef) || (at(Tok::KwAsync) && peek_at(1) == Tok::KwDef)) return function_def(&decorators, &t);
  if (at(Tok::KwClass)) return class_def(&decorators, &t);
  return fail(), nullptr;
}

Stmt* Parser::function_def(Gather<Expr*>* decorators, const Token* first) {
  bool is_async = accept(Tok::KwAsync);
  const Token& kw = cur();
  p_++;
  if (!at(Tok::Name)) return fail(), nullptr;
  Identifier name = name_of(cur());
  p_++;
  if (!expect_forced(Tok::LPar)) return nullptr;
  Arguments* args = parameters(Tok::RPar, false);
  if (!args || !expect(Tok::RPar)) return nullptr;
  Expr* returns = nullptr;
  if (accept(Tok::RArrow)) {
    if (!(returns = expression())) return nullptr;
  }
  if (!expect_forced(Tok::Colon)) return nullptr;
  List<Stmt*> body = block(kw, "function definition");
  if (failed_) return nullptr;
  auto* f = make<FunctionDef>(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef, from(*first));
  f->name = name;
  f->args = args;
  f->body = body;
  if (decorators) f->decorator_list = list(*decorators);
  f->returns = returns;
  return f;
}

Stmt* Parser::class_def(Gather<Expr*>* decorators, const Token* first) {
  const Token& kw = cur();
  p_++;
  if (!at(Tok::Name)) return fail(), nullptr;
  Identifier name = name_of(cur());
  p_++;
  List<Expr*> bases;
  List<Keyword*> keywords;
  if (at(Tok::LPar)) {
    // Parsed as a call so that the argument rules and messages are shared.
    auto* dummy = make<Name>(ExprKind::Name, pos_of(kw));
    Expr* c = call(dummy, kw, false);
    if (!c) return nullptr;
    bases = static_cast<Call*>(c)->args;
    keywords = static_cast<Call*>(c)->keywords;
  }
  if (!expect_header_colon()) return nullptr;
  List<Stmt*> body = block(kw, "class definition");
  if (failed_) return nullptr;
  auto* s = make<ClassDef>(StmtKind::ClassDef, from(*first));
  s->name = name;
  s->bases = bases;
  s->keywords = keywords;
  s->body = body;
  if (decorators) s->decorator_list = list(*decorators);
  return s;
}

// parameters and lambda_parameters: both end before `close`.
Arguments* Parser::parameters(Tok close, bool lambda) {
  Gather<Arg*> posonly, args, kwonly;
  Gather<Expr*> defaults, kw_defaults;
  Arg *vararg = nullptr, *kwarg = nullptr;
  bool seen_star = false;
  auto param = [&](bool star_annotation) -> Arg* {
    if (!at(Tok::Name)) return fail(), nullptr;
    const Token& n = cur();
    p_++;
    auto* a = a_.make<Arg>();
    a->arg = name_of(n);
    static_cast<Pos&>(*a) = pos_of(n);
    if (!lambda && accept(Tok::Colon)) {
      Expr* ann = star_annotation && at(Tok::Star) ? star_expression() : expression();
      if (!ann) return nullptr;
      a->annotation = ann;
      static_cast<Pos&>(*a) = from(n);
    }
    return a;
  };
  while (!at(close)) {
    const Token& t = cur();
    if (at(Tok::LPar) && !seen_star && !kwarg) return parenthesized_parameters(lambda), nullptr;
    if (kwarg) {
      // invalid_kwds: whatever follows `**kwargs,`
      if (at(Tok::Name) || at(Tok::Star) || at(Tok::DoubleStar) || at(Tok::Slash))
        return raise_tok(t, "arguments cannot follow var-keyword argument"), nullptr;
      return fail(), nullptr;
    }
    if (at(Tok::Slash) && args.empty() && posonly.empty() && !seen_star) {
      // invalid_parameters' `"/" ','`, which CPython looks for only after
      // failing right at the '/'.
      if (p_ + 1 < toks_.size() && toks_[p_ + 1].kind == Tok::Comma)
        return raise_tok(t, "at least one argument must precede /"), nullptr;
      return fail(), nullptr;
    }
    if (accept(Tok::Slash)) {
      if (seen_star || !posonly.empty() || args.empty()) {
        if (!posonly.empty()) return raise_tok(t, "/ may appear only once"), nullptr;
        return raise_tok(t, "/ must be ahead of *"), nullptr;
      }
      for (size_t i = 0; i < args.size(); i++) posonly.push(args[i]);
      args.clear();
    } else if (accept(Tok::Star)) {
      if (seen_star) return raise_tok(t, "* argument may appear only once"), nullptr;
      seen_star = true;
      if (at(Tok::Comma) || at(close)) {
        if (at(close) || peek_at(1) == close || peek_at(1) == Tok::DoubleStar) {
          // invalid_star_etc points at the '*'; its lambda twin has no location.
          if (lambda) return raise_furthest("named arguments must follow bare *"), nullptr;
          return raise_tok(t, "named arguments must follow bare *"), nullptr;
        }
      } else {
        if (!(vararg = param(true))) return nullptr;
        if (at(Tok::Equal)) return raise_tok(cur(), "var-positional argument cannot have default value"), nullptr;
      }
    } else if (accept(Tok::DoubleStar)) {
      if (!(kwarg = param(false))) return nullptr;
      if (at(Tok::Equal)) return raise_tok(cur(), "var-keyword argument cannot have default value"), nullptr;
    } else {
      Arg* a = param(false);
      if (!a) return nullptr;
      Expr* dflt = nullptr;
      if (accept(Tok::Equal)) {
        if (at(Tok::Comma) || at(Tok::RPar)) return raise_tok(prev(), "expected default value expression"), nullptr;
        if (!(dflt = expression())) return nullptr;
      }
      if (seen_star) {
        kwonly.push(a);
        kw_defaults.push(dflt);
      } else {
        if (dflt) {
          defaults.push(dflt);
        } else if (!defaults.empty() && (at(Tok::Comma) || at(close))) {
          return raise_range(ErrorKind::SyntaxError, *a, *a, "non-default argument follows default argument"),
                 nullptr;
        }
        args.push(a);
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  auto* out = a_.make<Arguments>();
  out->posonlyargs = list(posonly);
  out->args = list(args);
  out->vararg = vararg;
  out->kwonlyargs = list(kwonly);
  out->kw_defaults = list(kw_defaults);
  out->kwarg = kwarg;
  out->defaults = list(defaults);
  return out;
}

// invalid_parameters: `def f((a, b))`, a Python 2 habit. Only names
// (annotated, for def) may stand in the parentheses.
std::nullptr_t Parser::parenthesized_parameters(bool lambda) {
  const Token& open = cur();
  Speculation spec(*this);
  p_++;
  bool any = false;
  while (at(Tok::Name)) {
    p_++;
    any = true;
    if (!lambda && accept(Tok::Colon) && !expression()) break;
    if (!accept(Tok::Comma)) break;
  }
  if (any && at(Tok::RPar))
    return raise_range(ErrorKind::SyntaxError, pos_of(open), pos_of(cur()),
                       lambda ? "Lambda expression parameters cannot be parenthesized"
                              : "Function parameters cannot be parenthesized");
  if (has_msg_) return nullptr;
  spec.rewind();
  return fail(), nullptr;
}

Stmt* Parser::import_stmt() {
  const Token& kw = cur();
  p_++;
  Gather<Alias*> names;
  do {
    if (!at(Tok::Name)) return fail(), nullptr;
    const Token& first = cur();
    scratch_.clear();
    for (;;) {
      scratch_.append(text(cur()));
      p_++;
      if (!accept(Tok::Dot)) break;
      if (!at(Tok::Name)) return fail(), nullptr;
      scratch_.push_back('.');
    }
    auto* a = a_.make<Alias>();
    a->name = (first.end == prev().end) ? name_of(first) : a_.copy(scratch_);
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) return fail(), nullptr;
      a->asname = name_of(cur());
      p_++;
    }
    static_cast<Pos&>(*a) = from(first);
    names.push(a);
  } while (accept(Tok::Comma));
  auto* s = make<Import>(StmtKind::Import, from(kw));
  s->names = list(names);
  return s;
}

Stmt* Parser::from_import_stmt() {
  const Token& kw = cur();
  p_++;
  int level = 0;
  for (;;) {
    if (accept(Tok::Dot)) level++;
    else if (accept(Tok::Ellipsis)) level += 3;
    else break;
  }
  Identifier module;
  if (at(Tok::Name)) {
    const Token& first = cur();
    scratch_.clear();
    for (;;) {
      scratch_.append(text(cur()));
      p_++;
      if (!accept(Tok::Dot)) break;
      if (!at(Tok::Name)) return fail(), nullptr;
      scratch_.push_back('.');
    }
    module = (first.end == prev().end) ? name_of(first) : a_.copy(scratch_);
  } else if (level == 0) {
    return fail(), nullptr;
  }
  if (!accept(Tok::KwImport)) return fail(), nullptr;
  Gather<Alias*> names;
  if (at(Tok::Star)) {
    auto* a = a_.make<Alias>();
    static_cast<Pos&>(*a) = pos_of(cur());
    a->name = "*";
    p_++;
    names.push(a);
  } else {
    bool paren = accept(Tok::LPar);
    for (;;) {
      if (!at(Tok::Name)) return fail(), nullptr;
      const Token& n = cur();
      p_++;
      auto* a = a_.make<Alias>();
      a->name = name_of(n);
      if (accept(Tok::KwAs)) {
        if (!at(Tok::Name)) return fail(), nullptr;
        a->asname = name_of(cur());
        p_++;
      }
      static_cast<Pos&>(*a) = from(n);
      names.push(a);
      if (!accept(Tok::Comma)) break;
      if (paren && at(Tok::RPar)) break;
      if (!paren && (at(Tok::Newline) || at(Tok::Semi)))
        return raise_furthest("trailing comma not allowed without surrounding parentheses");
    }
    if (paren && !expect(Tok::RPar)) return nullptr;
  }
  auto* s = make<ImportFrom>(StmtKind::ImportFrom, from(kw));
  s->module = module;
  s->names = list(names);
  s->level = level;
  return s;
}

Stmt* Parser::return_stmt() {
  const Token& kw = cur();
  p_++;
  Expr* v = nullptr;
  if (!at(Tok::Newline) && !at(Tok::Semi)) {
    if (!(v = star_expressions())) return nullptr;
  }
  auto* s = make<Return>(StmtKind::Return, from(kw));
  s->value = v;
  return s;
}

Stmt* Parser::raise_stmt() {
  const Token& kw = cur();
  p_++;
  Expr *exc = nullptr, *cause = nullptr;
  if (!at(Tok::Newline) && !at(Tok::Semi)) {
    if (!(exc = expression())) return nullptr;
    if (accept(Tok::KwFrom) && !(cause = expression())) return nullptr;
  }
  auto* s = make<Raise>(StmtKind::Raise, from(kw));
  s->exc = exc;
  s->cause = cause;
  return s;
}

Stmt* Parser::global_stmt(bool nonlocal) {
  const Token& kw = cur();
  p_++;
  Gather<Identifier> names;
  do {
    if (!at(Tok::Name)) return fail(), nullptr;
    names.push(name_of(cur()));
    p_++;
  } while (accept(Tok::Comma));
  if (nonlocal) {
    auto* s = make<Nonlocal>(StmtKind::Nonlocal, from(kw));
    s->names = list(names);
    return s;
  }
  auto* s = make<Global>(StmtKind::Global, from(kw));
  s->names = list(names);
  return s;
}

Stmt* Parser::del_stmt() {
  const Token& kw = cur();
  p_++;
  size_t mark = p_;
  Gather<Expr*> targets;
  bool ok = true;
  for (;;) {
    Expr* e = primary();
    if (!e || !set_context(e, ExprContext::Del)) {
      ok = false;
      break;
    }
    targets.push(e);
    if (!accept(Tok::Comma) || at(Tok::Newline) || at(Tok::Semi)) break;
  }
  if (ok && (at(Tok::Newline) || at(Tok::Semi))) {
    auto* s = make<Delete>(StmtKind::Delete, from(kw));
    s->targets = list(targets);
    return s;
  }
  if (has_msg_) return nullptr;
  // invalid_del_stmt: read the rest as expressions to name what cannot be deleted.
  p_ = mark;
  failed_ = false;
  Expr* all = star_expressions();
  if (!all) return nullptr;
  return raise_invalid_target(all, ExprContext::Del, "cannot delete ");
}

Stmt* Parser::assert_stmt() {
  const Token& kw = cur();
  p_++;
  Expr* test = expression();
  if (!test) return nullptr;
  Expr* msg = nullptr;
  if (accept(Tok::Comma) && !(msg = expression())) return nullptr;
  auto* s = make<Assert>(StmtKind::Assert, from(kw));
  s->test = test;
  s->msg = msg;
  return s;
}

}  // namespace pytier::light::syntax
