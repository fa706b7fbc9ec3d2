// Expressions: python.gram from `expressions` down to `atom`, with calls,
// subscripts, displays, comprehensions and lambdas.

#include <cstdlib>

#include "light/syntax/parser_impl.h"

namespace pytier::light::syntax {

bool starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb:
    case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot:
    case Tok::KwLambda: case Tok::KwAwait: case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse:
    case Tok::Ellipsis: case Tok::Star:
      return true;
    default:
      return false;
  }
}

namespace {

// Binary operator levels, loosest first: | ^ & shifts arithmetic terms.
constexpr int kLevels = 6;

bool binary_op(Tok k, int level, Operator* op) {
  switch (level) {
    case 0: if (k == Tok::VBar) { *op = Operator::BitOr; return true; } return false;
    case 1: if (k == Tok::Circumflex) { *op = Operator::BitXor; return true; } return false;
    case 2: if (k == Tok::Amper) { *op = Operator::BitAnd; return true; } return false;
    case 3:
      if (k == Tok::LeftShift) { *op = Operator::LShift; return true; }
      if (k == Tok::RightShift) { *op = Operator::RShift; return true; }
      return false;
    case 4:
      if (k == Tok::Plus) { *op = Operator::Add; return true; }
      if (k == Tok::Minus) { *op = Operator::Sub; return true; }
      return false;
    default:
      switch (k) {
        case Tok::Star: *op = Operator::Mult; return true;
        case Tok::Slash: *op = Operator::Div; return true;
        case Tok::DoubleSlash: *op = Operator::FloorDiv; return true;
        case Tok::Percent: *op = Operator::Mod; return true;
        case Tok::At: *op = Operator::MatMult; return true;
        default: return false;
      }
  }
}

}  // namespace

bool Parser::retreat(size_t mark) {
  if (has_msg_ || toks_[furthest_].kind == Tok::Error) return false;
  p_ = mark;
  failed_ = false;
  return true;
}

bool Parser::too_deep() {
  if (depth_ < kMaxStack) return false;
  if (!has_msg_) {
    failed_ = has_msg_ = true;
    err_ = SyntaxErrorInfo{};
    err_.kind = ErrorKind::MemoryError;
  }
  return true;
}

Expr* Parser::expressions() {
  const Token& first = cur();
  Expr* e = expression();
  if (!e || !at(Tok::Comma)) return e;
  Gather<Expr*> elts;
  elts.push(e);
  while (accept(Tok::Comma)) {
    if (!starts_expression(peek()) || at(Tok::Star)) break;
    if (!(e = expression())) return nullptr;
    elts.push(e);
  }
  auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(first));
  t->elts = list(elts);
  t->ctx = ExprContext::Load;
  return t;
}

Expr* Parser::star_expressions() {
  const Token& first = cur();
  Expr* e = star_expression();
  if (!e || !at(Tok::Comma)) return e;
  Gather<Expr*> elts;
  elts.push(e);
  while (accept(Tok::Comma)) {
    if (!starts_expression(peek())) break;
    if (!(e = star_expression())) return nullptr;
    elts.push(e);
  }
  auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(first));
  t->elts = list(elts);
  t->ctx = ExprContext::Load;
  return t;
}

Expr* Parser::star_expression() {
  if (at(Tok::Star)) {
    const Token& star = cur();
    p_++;
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = make<Starred>(ExprKind::Starred, from(star));
    s->value = v;
    s->ctx = ExprContext::Load;
    return s;
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at(Tok::Star)) return star_expression();
  return named_expression();
}

Expr* Parser::assignment_expression() {
  // NAME ':=' ~ expression
  const Token& name = cur();
  p_ += 2;
  Expr* v = expression();
  if (!v) return nullptr;
  auto* n = make<NamedExpr>(ExprKind::NamedExpr, from(name));
  n->target = name_expr(name, ExprContext::Store);
  n->value = v;
  return n;
}

Expr* Parser::named_expression(bool in_call) {
  if (peek() == Tok::Name && peek_at(1) == Tok::ColonEqual) return assignment_expression();
  const Token& first = cur();
  Expr* e = expression();
  if (!e) return nullptr;
  if (at(Tok::ColonEqual)) {
    // invalid_named_expression
    char msg[80];
    std::snprintf(msg, sizeof msg, "cannot use assignment expressions with %s", describe(e));
    return raise_range(ErrorKind::SyntaxError, *e, *e, msg);
  }
  if (at(Tok::Equal) && !in_call && bitwise_or_level(e)) return misused_equal(first, e);
  return e;
}

// invalid_named_expression: `if x = 1:` and the like, where '==' was meant.
Expr* Parser::misused_equal(const Token& first, Expr* a) {
  bool excluded = first.kind == Tok::LSqb || first.kind == Tok::KwTrue || first.kind == Tok::KwFalse ||
                  first.kind == Tok::KwNone ||
                  (first.kind == Tok::LPar && (a->kind == ExprKind::TupleExpr || a->kind == ExprKind::GeneratorExp));
  bool name = a->kind == ExprKind::Name && &first == &prev();
  if (!name && excluded) return fail(), nullptr;
  Speculation spec(*this);
  p_++;
  Expr* b = bitwise_or();
  if (!b || at(Tok::Equal) || at(Tok::ColonEqual)) {
    if (has_msg_) return nullptr;
    spec.rewind();
    return fail(), nullptr;
  }
  if (name)
    return raise_range(ErrorKind::SyntaxError, *a, *b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  std::string msg = "cannot assign to ";
  msg += describe(a);
  msg += " here. Maybe you meant '==' instead of '='?";
  return raise_range(ErrorKind::SyntaxError, *a, *a, msg);
}

Expr* Parser::expression() {
  DepthGuard guard(*this, 1);
  if (too_deep()) return nullptr;
  if (at(Tok::KwLambda)) return lambdef();
  const Token& first = cur();
  Expr* body = disjunction();
  if (!body) return nullptr;
  if (!at(Tok::KwIf)) {
    if (starts_expression(peek()) && !no_invalid_) {
      bool name = body->kind == ExprKind::Name && !at(Tok::LPar);
      if (name && (static_cast<Name*>(body)->id == "print" || static_cast<Name*>(body)->id == "exec"))
        return legacy_call(body);
      if (!(body = forgot_comma(first, body)) || !name) return body;
      // invalid_legacy_expression reads on for any name before it gives up,
      // which decides whether a later unclosed bracket wins (see report()).
      return legacy_call(body);
    }
    return body;
  }
  p_++;
  Expr* test = disjunction();
  if (!test) return nullptr;
  if (!accept(Tok::KwElse)) {
    if (failed_) return nullptr;
    if (at(Tok::Colon)) return fail(), nullptr;
    return raise_range(ErrorKind::SyntaxError, *body, *test, "expected 'else' after 'if' expression");
  }
  Expr* orelse = expression();
  if (!orelse) return nullptr;
  auto* e = make<IfExp>(ExprKind::IfExp, from(first));
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return e;
}

// invalid_legacy_expression: Python 2's `print "x"` and `exec "code"`.
Expr* Parser::legacy_call(Expr* name) {
  Speculation spec(*this);
  Expr* arg = star_expressions();  // invalid rules stay on in there
  if (!arg && has_msg_) return nullptr;
  std::string_view id = static_cast<Name*>(name)->id;
  if (arg && (id == "print" || id == "exec")) {
    std::string msg = "Missing parentheses in call to '";
    msg.append(id);
    msg += "'. Did you mean ";
    msg.append(id);
    msg += "(...)?";
    return raise_range(ErrorKind::SyntaxError, *name, *arg, msg);
  }
  spec.rewind();
  return name;
}

// invalid_expression: two expressions side by side inside brackets, as in
// `[1 2]`, are most likely a missing comma. Returns `a` when that is not it.
Expr* Parser::forgot_comma(const Token& first, Expr* a) {
  if (first.kind == Tok::Name) {
    std::string_view w = text(first);
    if (w == "match" || w == "case" || w == "_") return a;  // soft keywords
    if (toks_[&first - toks_.data() + 1].kind == Tok::String) return a;  // print "x"
    if (a->kind == ExprKind::Name && (w == "print" || w == "exec")) return a;
  }
  Speculation spec(*this);
  bool saved = no_invalid_;
  no_invalid_ = true;
  Expr* b = expression();
  no_invalid_ = saved;
  if (b && prev().level > 0)
    return raise_range(ErrorKind::SyntaxError, *a, *b, "invalid syntax. Perhaps you forgot a comma?");
  spec.rewind();
  return a;
}

Expr* Parser::yield_expr() {
  const Token& kw = cur();
  p_++;
  if (accept(Tok::KwFrom)) {
    Expr* v = expression();
    if (!v) return nullptr;
    auto* y = make<YieldFrom>(ExprKind::YieldFrom, from(kw));
    y->value = v;
    return y;
  }
  Expr* v = nullptr;
  if (starts_expression(peek()) && !(at(Tok::Star) && false)) {
    if (!(v = star_expressions())) return nullptr;
  }
  auto* y = make<Yield>(ExprKind::Yield, from(kw));
  y->value = v;
  return y;
}

Expr* Parser::disjunction() {
  const Token& first = cur();
  Expr* e = conjunction();
  if (!e || !at(Tok::KwOr)) return e;
  Gather<Expr*> values;
  values.push(e);
  for (size_t mark = p_; accept(Tok::KwOr); mark = p_) {
    if (!(e = conjunction())) {
      if (!retreat(mark)) return nullptr;
      break;
    }
    values.push(e);
  }
  if (values.size() == 1) return values[0];
  auto* b = make<BoolOp>(ExprKind::BoolOp, from(first));
  b->op = BoolOpKind::Or;
  b->values = list(values);
  return b;
}

Expr* Parser::conjunction() {
  const Token& first = cur();
  Expr* e = inversion();
  if (!e || !at(Tok::KwAnd)) return e;
  Gather<Expr*> values;
  values.push(e);
  for (size_t mark = p_; accept(Tok::KwAnd); mark = p_) {
    if (!(e = inversion())) {
      if (!retreat(mark)) return nullptr;
      break;
    }
    values.push(e);
  }
  if (values.size() == 1) return values[0];
  auto* b = make<BoolOp>(ExprKind::BoolOp, from(first));
  b->op = BoolOpKind::And;
  b->values = list(values);
  return b;
}

Expr* Parser::inversion() {
  if (!at(Tok::KwNot)) return comparison();
  DepthGuard guard(*this, 1);
  if (too_deep()) return nullptr;
  const Token& kw = cur();
  p_++;
  Expr* v = inversion();
  if (!v) return nullptr;
  auto* u = make<UnaryOp>(ExprKind::UnaryOp, from(kw));
  u->op = UnaryOpKind::Not;
  u->operand = v;
  return u;
}

Expr* Parser::comparison() {
  const Token& first = cur();
  Expr* left = bitwise_or();
  if (!left) return nullptr;
  Gather<CmpOp> ops;
  Gather<Expr*> comparators;
  for (;;) {
    size_t mark = p_;
    CmpOp op;
    switch (peek()) {
      case Tok::EqEqual: op = CmpOp::Eq; break;
      case Tok::NotEqual:
        if (text(cur()) == "<>") return fail(), nullptr;
        op = CmpOp::NotEq;
        break;
      case Tok::Less: op = CmpOp::Lt; break;
      case Tok::LessEqual: op = CmpOp::LtE; break;
      case Tok::Greater: op = CmpOp::Gt; break;
      case Tok::GreaterEqual: op = CmpOp::GtE; break;
      case Tok::KwIn: op = CmpOp::In; break;
      case Tok::KwIs:
        op = CmpOp::Is;
        if (peek_at(1) == Tok::KwNot) {
          p_++;
          op = CmpOp::IsNot;
        }
        break;
      case Tok::KwNot:
        if (peek_at(1) != Tok::KwIn) goto done;
        p_++;
        op = CmpOp::NotIn;
        break;
      default:
        goto done;
    }
    p_++;
    Expr* right = bitwise_or();
    if (!right) {
      if (!retreat(mark)) return nullptr;
      break;
    }
    ops.push(op);
    comparators.push(right);
  }
done:
  if (ops.empty()) return left;
  auto* c = make<Compare>(ExprKind::Compare, from(first));
  c->left = left;
  c->ops = list(ops);
  c->comparators = list(comparators);
  return c;
}

Expr* Parser::bitwise_or() { return binary(0); }

Expr* Parser::binary(int level) {
  const Token& first = cur();
  Expr* left = level + 1 < kLevels ? binary(level + 1) : factor();
  if (!left) return nullptr;
  Operator op;
  while (binary_op(peek(), level, &op)) {
    size_t mark = p_++;
    Expr* right = level + 1 < kLevels ? binary(level + 1) : factor();
    if (!right) return retreat(mark) ? left : nullptr;
    auto* b = make<BinOp>(ExprKind::BinOp, from(first));
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
  return left;
}

Expr* Parser::factor() {
  UnaryOpKind op;
  switch (peek()) {
    case Tok::Plus: op = UnaryOpKind::UAdd; break;
    case Tok::Minus: op = UnaryOpKind::USub; break;
    case Tok::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this, 1);
  if (too_deep()) return nullptr;
  const Token& t = cur();
  p_++;
  Expr* v = factor();
  if (!v) return nullptr;
  auto* u = make<UnaryOp>(ExprKind::UnaryOp, from(t));
  u->op = op;
  u->operand = v;
  return u;
}

Expr* Parser::power() {
  const Token& first = cur();
  Expr* left = await_primary();
  size_t mark = p_;
  if (!left || !accept(Tok::DoubleStar)) return left;
  DepthGuard guard(*this, 2);
  if (too_deep()) return nullptr;
  Expr* right = factor();
  if (!right) return retreat(mark) ? left : nullptr;
  auto* b = make<BinOp>(ExprKind::BinOp, from(first));
  b->left = left;
  b->op = Operator::Pow;
  b->right = right;
  return b;
}

Expr* Parser::await_primary() {
  if (!at(Tok::KwAwait)) return primary();
  const Token& kw = cur();
  p_++;
  Expr* v = primary();
  if (!v) return nullptr;
  auto* w = make<Await>(ExprKind::Await, from(kw));
  w->value = v;
  return w;
}

Expr* Parser::primary() {
  const Token& first = cur();
  Expr* e = atom();
  if (!e) return nullptr;
  return primary_trailers(e, first);
}

Expr* Parser::primary_trailers(Expr* e, const Token& first) {
  for (;;) {
    size_t mark = p_;
    switch (peek()) {
      case Tok::Dot: {
        p_++;
        if (!at(Tok::Name)) return fail(), retreat(mark) ? e : nullptr;
        const Token& n = cur();
        p_++;
        auto* a = make<Attribute>(ExprKind::Attribute, from(first));
        a->value = e;
        a->attr = name_of(n);
        a->ctx = ExprContext::Load;
        e = a;
        break;
      }
      case Tok::LPar: {
        Expr* c = call(e, first);
        if (!c) return retreat(mark) ? e : nullptr;
        e = c;
        break;
      }
      case Tok::LSqb: {
        p_++;
        Expr* s = slices();
        if (!s || !expect(Tok::RSqb)) return retreat(mark) ? e : nullptr;
        auto* sub = make<Subscript>(ExprKind::Subscript, from(first));
        sub->value = e;
        sub->slice = s;
        sub->ctx = ExprContext::Load;
        e = sub;
        break;
      }
      default:
        return e;
    }
  }
}

Expr* Parser::slice() {
  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  const Token& first = cur();
  Expr* lower = nullptr;
  if (!at(Tok::Colon)) {
    if (!(lower = named_expression())) return nullptr;
    if (!at(Tok::Colon)) return lower;
    if (lower->kind == ExprKind::NamedExpr) return fail(), nullptr;
  }
  p_++;
  Expr *upper = nullptr, *step = nullptr;
  if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) {
    if (!(upper = expression())) return nullptr;
  }
  if (accept(Tok::Colon)) {
    if (!at(Tok::Comma) && !at(Tok::RSqb)) {
      if (!(step = expression())) return nullptr;
    }
  }
  auto* s = make<Slice>(ExprKind::Slice, from(first));
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

Expr* Parser::slices() {
  const Token& first = cur();
  Expr* e = at(Tok::Star) ? star_expression() : slice();
  if (!e) return nullptr;
  if (!at(Tok::Comma)) {
    if (e->kind == ExprKind::Starred) {
      // `a[*b]` is a one-element tuple.
      auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(first));
      Gather<Expr*> one;
      one.push(e);
      t->elts = list(one);
      t->ctx = ExprContext::Load;
      return t;
    }
    return e;
  }
  Gather<Expr*> elts;
  elts.push(e);
  while (accept(Tok::Comma)) {
    if (at(Tok::RSqb)) break;
    if (!(e = at(Tok::Star) ? star_expression() : slice())) return nullptr;
    elts.push(e);
  }
  auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(first));
  t->elts = list(elts);
  t->ctx = ExprContext::Load;
  return t;
}

Expr* Parser::call(Expr* func, const Token& func_first, bool genexp_alone) {
  const Token& open = cur();
  p_++;
  Gather<Expr*> args;
  Gather<Keyword*> keywords;
  bool seen_keyword = false, seen_double_star = false;
  size_t args_start = p_, args_end = p_;  // the tokens of the arguments so far
  const char* order_error = nullptr;
  while (!at(Tok::RPar)) {
    const Token& first = cur();
    if (at(Tok::DoubleStar)) {
      p_++;
      Expr* v = expression();
      if (!v) return nullptr;
      auto* k = a_.make<Keyword>();
      static_cast<Pos&>(*k) = from(first);
      k->value = v;
      keywords.push(k);
      seen_double_star = true;
    } else if (at(Tok::Star)) {
      p_++;
      Expr* v = expression();
      if (!v) return nullptr;
      if (seen_double_star)
        return raise_range(ErrorKind::SyntaxError, pos_of(toks_[args_start]), pos_of(toks_[args_end]),
                           "iterable argument unpacking follows keyword argument unpacking");
      auto* s = make<Starred>(ExprKind::Starred, from(first));
      s->value = v;
      s->ctx = ExprContext::Load;
      args.push(s);
    } else if (peek() == Tok::Name && peek_at(1) == Tok::Equal) {
      p_ += 2;
      Expr* v = expression();
      if (!v) return nullptr;
      auto* k = a_.make<Keyword>();
      static_cast<Pos&>(*k) = from(first);
      k->arg = name_of(first);
      k->value = v;
      keywords.push(k);
      seen_keyword = true;
    } else {
      Expr* v = named_expression(true);  // `f(a.b=1)` has its own message, below
      if (!v) return nullptr;
      if ((at(Tok::KwFor) || at(Tok::KwAsync)) && genexp_alone) {
        Gather<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        bool alone = args.empty() && keywords.empty() && at(Tok::RPar);
        if (!alone) {
          if (at(Tok::Comma) || !args.empty() || !keywords.empty())
            return raise_range(ErrorKind::SyntaxError, *v, pos_of(prev()),
                               "Generator expression must be parenthesized");
          return fail(), nullptr;
        }
        p_++;
        auto* g = make<GeneratorExp>(ExprKind::GeneratorExp, from(open));
        g->elt = v;
        g->generators = list(gens);
        args.push(g);
        auto* c = make<Call>(ExprKind::Call, from(func_first));
        c->func = func;
        c->args = list(args);
        return c;
      }
      if (at(Tok::Equal)) {
        // invalid_kwarg
        if (v->kind == ExprKind::Constant &&
            (static_cast<Constant*>(v)->value_kind == ConstKind::True ||
             static_cast<Constant*>(v)->value_kind == ConstKind::False ||
             static_cast<Constant*>(v)->value_kind == ConstKind::None)) {
          std::string msg = "cannot assign to ";
          msg += text(first);
          return raise_range(ErrorKind::SyntaxError, *v, pos_of(cur()), msg);
        }
        return raise_range(ErrorKind::SyntaxError, *v, pos_of(cur()),
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      // invalid_arguments reads all the arguments before it complains, at
      // the token after them.
      if (!order_error && seen_double_star) order_error = "positional argument follows keyword argument unpacking";
      if (!order_error && seen_keyword) order_error = "positional argument follows keyword argument";
      args.push(v);
    }
    args_end = p_ - 1;
    if (!accept(Tok::Comma)) break;
  }
  if (order_error) return raise_furthest(order_error);
  if (!expect(Tok::RPar)) return nullptr;
  auto* c = make<Call>(ExprKind::Call, from(func_first));
  c->func = func;
  c->args = list(args);
  c->keywords = list(keywords);
  return c;
}

bool Parser::comprehension_clauses(Gather<Comprehension*>& out) {
  while (at(Tok::KwFor) || (at(Tok::KwAsync) && peek_at(1) == Tok::KwFor)) {
    bool is_async = accept(Tok::KwAsync);
    p_++;
    Expr* target = for_targets();
    if (!target) return false;
    p_++;
    Expr* iter = disjunction();
    if (!iter) return false;
    Gather<Expr*> ifs;
    while (accept(Tok::KwIf)) {
      Expr* cond = disjunction();
      if (!cond) return false;
      ifs.push(cond);
    }
    auto* c = a_.make<Comprehension>();
    c->target = target;
    c->iter = iter;
    c->ifs = list(ifs);
    c->is_async = is_async;
    out.push(c);
  }
  return true;
}

Expr* Parser::atom() {
  const Token& t = cur();
  switch (peek()) {
    case Tok::Name:
      p_++;
      return name_expr(t, ExprContext::Load);
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
      p_++;
      auto* c = make<Constant>(ExprKind::Constant, pos_of(t));
      c->value_kind = t.kind == Tok::KwTrue    ? ConstKind::True
                      : t.kind == Tok::KwFalse ? ConstKind::False
                      : t.kind == Tok::KwNone  ? ConstKind::None
                                               : ConstKind::Ellipsis;
      return c;
    }
    case Tok::Number:
      p_++;
      return number(t);
    case Tok::String:
      return strings();
    case Tok::LPar: {
      DepthGuard guard(*this, kAtomLevel);
      if (too_deep()) return nullptr;
      return group_or_tuple_or_genexp();
    }
    case Tok::LSqb: {
      DepthGuard guard(*this, kAtomLevel);
      if (too_deep()) return nullptr;
      return list_or_listcomp();
    }
    case Tok::LBrace: {
      DepthGuard guard(*this, kAtomLevel);
      if (too_deep()) return nullptr;
      return dict_or_set();
    }
    default:
      fail();
      return nullptr;
  }
}

Expr* Parser::number(const Token& t) {
  std::string_view s = text(t);
  std::string digits;
  digits.reserve(s.size());
  for (char c : s)
    if (c != '_') digits.push_back(c);
  auto* c = make<Constant>(ExprKind::Constant, pos_of(t));
  if (digits.size() > 1 && digits[0] == '0' &&
      ((digits[1] | 0x20) == 'x' || (digits[1] | 0x20) == 'o' || (digits[1] | 0x20) == 'b')) {
    char b = digits[1] | 0x20;
    c->value_kind = ConstKind::Int;
    c->base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
    c->text = a_.copy(std::string_view(digits).substr(2));
    return c;
  }
  char last = digits.back() | 0x20;
  if (last == 'j') {
    digits.pop_back();
    c->value_kind = ConstKind::Complex;
    c->number = std::strtod(digits.c_str(), nullptr);
    return c;
  }
  if (digits.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstKind::Float;
    c->number = std::strtod(digits.c_str(), nullptr);
    return c;
  }
  c->value_kind = ConstKind::Int;
  c->base = 10;
  c->text = a_.copy(digits);
  return c;
}

Expr* Parser::group_or_tuple_or_genexp() {
  const Token& open = cur();
  p_++;
  if (accept(Tok::RPar)) {
    auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(open));
    t->ctx = ExprContext::Load;
    return t;
  }
  if (at(Tok::KwYield)) {
    Expr* y = yield_expr();
    if (!y || !expect(Tok::RPar)) return nullptr;
    return y;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek_at(1) == Tok::KwFor)) {
    if (first->kind == ExprKind::Starred) return fail(), nullptr;
    Gather<Comprehension*> gens;
    if (!comprehension_clauses(gens) || !expect(Tok::RPar)) return nullptr;
    auto* g = make<GeneratorExp>(ExprKind::GeneratorExp, from(open));
    g->elt = first;
    g->generators = list(gens);
    return g;
  }
  if (accept(Tok::RPar)) {
    if (first->kind == ExprKind::Starred)
      return raise_range(ErrorKind::SyntaxError, *first, *first, "cannot use starred expression here");
    return first;
  }
  if (!at(Tok::Comma)) return fail(), nullptr;
  return star_sequence_tail(first, open, Tok::RPar, ExprKind::TupleExpr);
}

// The rest of a tuple, list or set display after its first element.
Expr* Parser::star_sequence_tail(Expr* first, const Token& open, Tok close, ExprKind kind) {
  Gather<Expr*> elts;
  elts.push(first);
  while (accept(Tok::Comma)) {
    if (at(close)) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    elts.push(e);
  }
  if (!expect(close)) return nullptr;
  if (kind == ExprKind::TupleExpr) {
    auto* t = make<TupleExpr>(kind, from(open));
    t->elts = list(elts);
    t->ctx = ExprContext::Load;
    return t;
  }
  if (kind == ExprKind::ListExpr) {
    auto* l = make<ListExpr>(kind, from(open));
    l->elts = list(elts);
    l->ctx = ExprContext::Load;
    return l;
  }
  auto* s = make<Set>(kind, from(open));
  s->elts = list(elts);
  return s;
}

Expr* Parser::list_or_listcomp() {
  const Token& open = cur();
  p_++;
  if (accept(Tok::RSqb)) {
    auto* l = make<ListExpr>(ExprKind::ListExpr, from(open));
    l->ctx = ExprContext::Load;
    return l;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek_at(1) == Tok::KwFor)) {
    if (first->kind == ExprKind::Starred) return fail(), nullptr;
    Gather<Comprehension*> gens;
    if (!comprehension_clauses(gens) || !expect(Tok::RSqb)) return nullptr;
    auto* c = make<ListComp>(ExprKind::ListComp, from(open));
    c->elt = first;
    c->generators = list(gens);
    return c;
  }
  return star_sequence_tail(first, open, Tok::RSqb, ExprKind::ListExpr);
}

Expr* Parser::dict_or_set() {
  const Token& open = cur();
  p_++;
  Gather<Expr*> keys, values;
  if (!at(Tok::DoubleStar) && !at(Tok::RBrace)) {
    const Token& first_tok = cur();
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    bool comp = at(Tok::KwFor) || (at(Tok::KwAsync) && peek_at(1) == Tok::KwFor);
    if (!at(Tok::Colon)) {
      if (!comp) return star_sequence_tail(first, open, Tok::RBrace, ExprKind::Set);
      if (first->kind == ExprKind::Starred) return fail(), nullptr;
      Gather<Comprehension*> gens;
      if (!comprehension_clauses(gens) || !expect(Tok::RBrace)) return nullptr;
      auto* c = make<SetComp>(ExprKind::SetComp, from(open));
      c->elt = first;
      c->generators = list(gens);
      return c;
    }
    // A key is an `expression`: a walrus or a starred item needs parentheses.
    if (first->kind == ExprKind::Starred || (first->kind == ExprKind::NamedExpr && first_tok.kind == Tok::Name))
      return fail(), nullptr;
    Expr* value = dict_value();
    if (!value) return nullptr;
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek_at(1) == Tok::KwFor)) {
      Gather<Comprehension*> gens;
      if (!comprehension_clauses(gens) || !expect(Tok::RBrace)) return nullptr;
      auto* c = make<DictComp>(ExprKind::DictComp, from(open));
      c->key = first;
      c->value = value;
      c->generators = list(gens);
      return c;
    }
    keys.push(first);
    values.push(value);
    if (!accept(Tok::Comma)) return dict_tail(open, keys, values);
  }
  while (!at(Tok::RBrace)) {
    Expr *k = nullptr, *v;
    if (accept(Tok::DoubleStar)) {
      if (!(v = bitwise_or())) return nullptr;
      if (keys.empty() && (at(Tok::KwFor) || at(Tok::KwAsync)))
        return raise_range(ErrorKind::SyntaxError, pos_of(open), *v,
                           "dict unpacking cannot be used in dict comprehension");
    } else {
      // After a first pair, a key not followed by ':' gets invalid_kvpair's
      // message rather than the missing-comma one (as 3.11 has it).
      bool saved = no_invalid_;
      no_invalid_ = saved || !keys.empty();
      k = expression();
      no_invalid_ = saved;
      if (!k) return nullptr;
      if (!at(Tok::Colon)) {
        if (failed_) return nullptr;
        if (keys.empty()) return fail(), nullptr;
        // invalid_kvpair: reported at the key's last character.
        Pos p{k->end_lineno, k->end_col_offset - 1, k->end_lineno, -1};
        return raise_range(ErrorKind::SyntaxError, p, p, "':' expected after dictionary key");
      }
      if (!(v = dict_value())) return nullptr;
    }
    keys.push(k);
    values.push(v);
    if (!accept(Tok::Comma)) break;
  }
  return dict_tail(open, keys, values);
}

// After a dictionary key: ':' and the value.
Expr* Parser::dict_value() {
  const Token& colon = cur();
  p_++;
  if (at(Tok::RBrace) || at(Tok::Comma))
    return raise_tok(colon, "expression expected after dictionary key and ':'");
  if (at(Tok::Star)) {
    const Token& star = cur();
    p_++;
    if (!bitwise_or()) return nullptr;
    Pos end = pos_of(toks_[furthest_]);
    end.end_col_offset--;  // CURRENT_POS
    return raise_range(ErrorKind::SyntaxError, pos_of(star), end,
                       "cannot use a starred expression in a dictionary value");
  }
  return expression();
}

Expr* Parser::dict_tail(const Token& open, Gather<Expr*>& keys, Gather<Expr*>& values) {
  if (!expect(Tok::RBrace)) return nullptr;
  auto* d = make<Dict>(ExprKind::Dict, from(open));
  d->keys = list(keys);
  d->values = list(values);
  return d;
}

Expr* Parser::lambdef() {
  DepthGuard guard(*this, 1);
  const Token& kw = cur();
  p_++;
  Arguments* args = parameters(Tok::Colon, true);
  if (!args || !expect(Tok::Colon)) return nullptr;
  Expr* body = expression();
  if (!body) return nullptr;
  auto* l = make<Lambda>(ExprKind::Lambda, from(kw));
  l->args = args;
  l->body = body;
  return l;
}

}  // namespace pytier::light::syntax
