// match statements and patterns (PEP 634): python.gram's match_stmt and
// everything under `patterns`.

#include <cstdio>

#include "light/syntax/parser_impl.h"

namespace pytier::light::syntax {

namespace {

bool is_number_constant(Expr* e, bool imaginary) {
  if (e->kind != ExprKind::Constant) return false;
  ConstKind k = static_cast<Constant*>(e)->value_kind;
  return imaginary ? k == ConstKind::Complex : (k == ConstKind::Int || k == ConstKind::Float);
}

}  // namespace

// "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. `match` is a
// soft keyword: when what follows is no subject and colon, the line is an
// ordinary statement and we rewind.
Stmt* Parser::match_stmt() {
  const Token& kw = cur();
  size_t mark = p_;
  p_++;
  Expr* subject = nullptr;
  if (at(Tok::Star)) {
    subject = star_named_expression();
  } else if (!at(Tok::Colon) && !at(Tok::Equal)) {
    subject = named_expression();
  }
  if (subject && at(Tok::Comma)) {
    Gather<Expr*> elts;
    elts.push(subject);
    while (accept(Tok::Comma)) {
      if (at(Tok::Colon)) break;
      Expr* e = star_named_expression();
      if (!e) {
        subject = nullptr;
        break;
      }
      elts.push(e);
    }
    if (subject) {
      auto* t = make<TupleExpr>(ExprKind::TupleExpr, from(toks_[mark + 1]));
      t->elts = list(elts);
      t->ctx = ExprContext::Load;
      subject = t;
    }
  } else if (subject && subject->kind == ExprKind::Starred) {
    subject = nullptr;
  }
  if (subject && at(Tok::Newline)) {
    // invalid_match_stmt, "match" subject_expr NEWLINE, applies only if the
    // line is no other statement either: statement() decides.
    missing_match_colon_ = p_;
  }
  if (!subject || !at(Tok::Colon) || peek_at(1) != Tok::Newline) {
    if (toks_[furthest_].kind == Tok::Error) return nullptr;
    // Not a match statement. A message found on the way counts only if the
    // line is no other statement either: statement() decides.
    if (has_msg_) match_error_ = err_;
    p_ = mark;
    failed_ = has_msg_ = false;
    return nullptr;
  }
  p_ += 2;
  if (!at(Tok::Indent)) {
    char msg[96];
    std::snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d", kw.lineno);
    return raise_indent(cur(), msg);
  }
  p_++;
  Gather<MatchCase*> cases;
  while (at_soft("case")) {
    const Token& case_kw = cur();
    p_++;
    Pattern* pat = patterns();
    if (!pat) return nullptr;
    Expr* guard = nullptr;
    if (accept(Tok::KwIf) && !(guard = named_expression())) return nullptr;
    if (!expect_header_colon()) return nullptr;
    char what[64];
    std::snprintf(what, sizeof what, "'case' statement");
    List<Stmt*> body = block(case_kw, what);
    if (failed_) return nullptr;
    auto* c = a_.make<MatchCase>();
    c->pattern = pat;
    c->guard = guard;
    c->body = body;
    cases.push(c);
  }
  if (cases.empty() || !expect(Tok::Dedent)) return fail(), nullptr;
  auto* m = make<Match>(StmtKind::Match, from(kw));
  m->subject = subject;
  m->cases = list(cases);
  return m;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  const Token& first = cur();
  Pattern* p = at(Tok::Star) ? closed_pattern() : pattern();
  if (!p) return nullptr;
  if (!at(Tok::Comma) && p->kind != PatternKind::MatchStar) return p;
  Gather<Pattern*> items;
  items.push(p);
  while (accept(Tok::Comma)) {
    if (at(Tok::Colon) || at(Tok::KwIf)) break;
    if (!(p = at(Tok::Star) ? closed_pattern() : pattern())) return nullptr;
    items.push(p);
  }
  auto* s = make<MatchSequence>(PatternKind::MatchSequence, from(first));
  s->patterns = list(items);
  return s;
}

// pattern: as_pattern | or_pattern
Pattern* Parser::pattern() {
  const Token& first = cur();
  Pattern* p = or_pattern();
  if (!p || !at(Tok::KwAs)) return p;
  p_++;
  if (at_soft("_")) return raise_tok(cur(), "cannot use '_' as a target");
  if (!at(Tok::Name)) {
    const Token& t = cur();
    Expr* e = expression();
    if (!e) return nullptr;
    return raise_range(ErrorKind::SyntaxError, pos_of(t), *e, "invalid pattern target");
  }
  Identifier name = name_of(cur());
  p_++;
  auto* as = make<MatchAs>(PatternKind::MatchAs, from(first));
  as->pattern = p;
  as->name = name;
  return as;
}

Pattern* Parser::or_pattern() {
  const Token& first = cur();
  Pattern* p = closed_pattern();
  if (!p || !at(Tok::VBar)) return p;
  Gather<Pattern*> alts;
  alts.push(p);
  while (accept(Tok::VBar)) {
    if (!(p = closed_pattern())) return nullptr;
    alts.push(p);
  }
  auto* o = make<MatchOr>(PatternKind::MatchOr, from(first));
  o->patterns = list(alts);
  return o;
}

// A literal for literal_pattern and mapping keys: signed numbers, complex
// numbers, strings, None, True, False.
Expr* Parser::pattern_value_expr() {
  const Token& first = cur();
  if (at(Tok::String)) return strings();
  bool neg = accept(Tok::Minus);
  if (!at(Tok::Number)) return fail(), nullptr;
  const Token& num = cur();
  p_++;
  Expr* e = number(num);
  if (neg) {
    auto* u = make<UnaryOp>(ExprKind::UnaryOp, from(first));
    u->op = UnaryOpKind::USub;
    u->operand = e;
    e = u;
  }
  if (at(Tok::Plus) || at(Tok::Minus)) {
    bool plus = at(Tok::Plus);
    if (!is_number_constant(static_cast<Constant*>(neg ? static_cast<UnaryOp*>(e)->operand : e), false))
      return raise_range(ErrorKind::SyntaxError, *e, *e, "real number required in complex literal");
    p_++;
    if (!at(Tok::Number)) return fail(), nullptr;
    const Token& im = cur();
    p_++;
    Expr* right = number(im);
    if (!is_number_constant(right, true))
      return raise_range(ErrorKind::SyntaxError, *right, *right, "imaginary number required in complex literal");
    auto* b = make<BinOp>(ExprKind::BinOp, from(first));
    b->left = e;
    b->op = plus ? Operator::Add : Operator::Sub;
    b->right = right;
    e = b;
  }
  return e;
}

Pattern* Parser::closed_pattern() {
  const Token& first = cur();
  switch (peek()) {
    case Tok::Star: {
      p_++;
      if (!at(Tok::Name)) return fail(), nullptr;
      auto* s = make<MatchStar>(PatternKind::MatchStar, from(first));
      if (text(cur()) != "_") s->name = name_of(cur());
      p_++;
      static_cast<Pos&>(*s) = from(first);
      return s;
    }
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse: {
      p_++;
      auto* s = make<MatchSingleton>(PatternKind::MatchSingleton, from(first));
      s->value = first.kind == Tok::KwNone ? ConstKind::None : first.kind == Tok::KwTrue ? ConstKind::True : ConstKind::False;
      return s;
    }
    case Tok::String:
    case Tok::Number:
    case Tok::Minus: {
      Expr* v = pattern_value_expr();
      if (!v) return nullptr;
      auto* m = make<MatchValue>(PatternKind::MatchValue, from(first));
      m->value = v;
      return m;
    }
    case Tok::LPar:
    case Tok::LSqb: {
      Tok close = first.kind == Tok::LPar ? Tok::RPar : Tok::RSqb;
      p_++;
      return sequence_pattern(close, first);
    }
    case Tok::LBrace:
      return mapping_pattern();
    case Tok::Name: {
      Expr* e = name_expr(first, ExprContext::Load);
      p_++;
      while (at(Tok::Dot)) {
        p_++;
        if (!at(Tok::Name)) return fail(), nullptr;
        const Token& n = cur();
        p_++;
        auto* a = make<Attribute>(ExprKind::Attribute, from(first));
        a->value = e;
        a->attr = name_of(n);
        a->ctx = ExprContext::Load;
        e = a;
      }
      if (at(Tok::LPar)) return class_pattern(e, first);
      if (e->kind == ExprKind::Attribute) {
        auto* m = make<MatchValue>(PatternKind::MatchValue, from(first));
        m->value = e;
        return m;
      }
      auto* as = make<MatchAs>(PatternKind::MatchAs, from(first));
      if (text(first) != "_") as->name = name_of(first);
      return as;
    }
    default:
      return fail(), nullptr;
  }
}

// After '(' or '[': a group pattern or a sequence pattern.
Pattern* Parser::sequence_pattern(Tok close, const Token& open) {
  Gather<Pattern*> items;
  bool comma = false;
  while (!at(close)) {
    Pattern* p = at(Tok::Star) ? closed_pattern() : pattern();
    if (!p) return nullptr;
    items.push(p);
    if (!accept(Tok::Comma)) break;
    comma = true;
  }
  if (!expect(close)) return nullptr;
  if (close == Tok::RPar && items.size() == 1 && !comma && items[0]->kind != PatternKind::MatchStar)
    return items[0];  // group_pattern
  auto* s = make<MatchSequence>(PatternKind::MatchSequence, from(open));
  s->patterns = list(items);
  return s;
}

Pattern* Parser::mapping_pattern() {
  const Token& open = cur();
  p_++;
  Gather<Expr*> keys;
  Gather<Pattern*> values;
  Identifier rest;
  while (!at(Tok::RBrace)) {
    if (accept(Tok::DoubleStar)) {
      if (!at(Tok::Name)) return fail(), nullptr;
      rest = name_of(cur());
      p_++;
      accept(Tok::Comma);
      break;
    }
    Expr* key;
    const Token& kfirst = cur();
    if (at(Tok::Name)) {
      key = name_expr(kfirst, ExprContext::Load);
      p_++;
      if (!at(Tok::Dot)) return fail(), nullptr;
      while (accept(Tok::Dot)) {
        if (!at(Tok::Name)) return fail(), nullptr;
        const Token& n = cur();
        p_++;
        auto* a = make<Attribute>(ExprKind::Attribute, from(kfirst));
        a->value = key;
        a->attr = name_of(n);
        a->ctx = ExprContext::Load;
        key = a;
      }
    } else if (at(Tok::KwNone) || at(Tok::KwTrue) || at(Tok::KwFalse)) {
      p_++;
      auto* c = make<Constant>(ExprKind::Constant, pos_of(kfirst));
      c->value_kind = kfirst.kind == Tok::KwNone ? ConstKind::None : kfirst.kind == Tok::KwTrue ? ConstKind::True : ConstKind::False;
      key = c;
    } else {
      if (!(key = pattern_value_expr())) return nullptr;
    }
    if (!expect(Tok::Colon)) return nullptr;
    Pattern* v = pattern();
    if (!v) return nullptr;
    keys.push(key);
    values.push(v);
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(Tok::RBrace)) return nullptr;
  auto* m = make<MatchMapping>(PatternKind::MatchMapping, from(open));
  m->keys = list(keys);
  m->patterns = list(values);
  m->rest = rest;
  return m;
}

Pattern* Parser::class_pattern(Expr* cls, const Token& first) {
  p_++;
  Gather<Pattern*> positional, kwd_patterns;
  Gather<Identifier> kwd_attrs;
  while (!at(Tok::RPar)) {
    if (peek() == Tok::Name && peek_at(1) == Tok::Equal) {
      kwd_attrs.push(name_of(cur()));
      p_ += 2;
      Pattern* p = pattern();
      if (!p) return nullptr;
      kwd_patterns.push(p);
    } else {
      Pattern* p = pattern();
      if (!p) return nullptr;
      if (!kwd_attrs.empty())
        return raise_range(ErrorKind::SyntaxError, *p, *p, "positional patterns follow keyword patterns");
      positional.push(p);
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(Tok::RPar)) return nullptr;
  auto* c = make<MatchClass>(PatternKind::MatchClass, from(first));
  c->cls = cls;
  c->patterns = list(positional);
  c->kwd_attrs = list(kwd_attrs);
  c->kwd_patterns = list(kwd_patterns);
  return c;
}

}  // namespace pytier::light::syntax
