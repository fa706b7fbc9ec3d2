#include "light/syntax/dump.h"

#include <cstdio>

#include "light/num/float_text.h"
#include "light/num/int_text.h"
#include "light/syntax/unicode_ident.h"

namespace pytier::light::syntax {

using namespace ast;

namespace {

void str_repr(std::string& out, std::string_view s, bool bytes) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char q = has_single && !has_double ? '"' : '\'';
  if (bytes) out += 'b';
  out += q;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      i++;
    } else if (c == '\t') {
      out += "\\t", i++;
    } else if (c == '\n') {
      out += "\\n", i++;
    } else if (c == '\r') {
      out += "\\r", i++;
    } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      i++;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      i++;
    } else {
      size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
      char32_t cp = decode_utf8_char(s.substr(i, n));
      if (is_printable_char(cp)) {
        out.append(s.substr(i, n));
      } else if (cp <= 0xFF) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
        out += buf;
      } else if (cp <= 0xFFFF) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
        out += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
        out += buf;
      }
      i += n;
    }
  }
  out += q;
}

// ast2obj's limit: the recursion limit (1000) times COMPILER_STACK_FRAME_SCALE
// (3), less the frames ast.parse itself stands on.
constexpr int kMaxDepth = 2988;

class Dumper {
 public:
  std::string out;
  bool too_deep = false;

  // Every node CPython converts with its own ast2obj_* call counts one level.
  bool enter() {
    if (++depth_ > kMaxDepth) too_deep = true;
    return !too_deep;
  }
  void leave() { --depth_; }

  // Each node is "Name(" fields... attributes ")"; `sep` puts ", " between.
  void open(const char* name) {
    out += name;
    out += '(';
    first_ = true;
  }
  void key(const char* k) {
    if (!first_) out += ", ";
    first_ = false;
    out += k;
    out += '=';
  }
  void close() {
    out += ')';
    first_ = false;
  }
  void attrs(const Pos& p) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.lineno,
                  p.col_offset, p.end_lineno, p.end_col_offset);
    if (!first_) out += ", ";
    out += buf;
    first_ = false;
  }
  void ident(const char* k, Identifier id) {
    key(k);
    str_repr(out, id, false);
  }
  void opt_ident(const char* k, Identifier id) {
    if (!id.empty()) ident(k, id);
  }
  void integer(const char* k, long v) {
    key(k);
    out += std::to_string(v);
  }
  template <class T, class F>
  void seq(const char* k, const List<T>& l, F each) {
    key(k);
    out += '[';
    for (uint32_t i = 0; i < l.size; i++) {
      if (i) out += ", ";
      first_ = true;
      each(l[i]);
    }
    out += ']';
    first_ = false;
  }
  void exprs(const char* k, const List<Expr*>& l) {
    seq(k, l, [this](Expr* e) { expr(e); });
  }
  void stmts(const char* k, const List<Stmt*>& l) {
    seq(k, l, [this](Stmt* s) { stmt(s); });
  }
  void field(const char* k, Expr* e) {
    key(k);
    expr(e);
  }
  void opt(const char* k, Expr* e) {
    if (e) field(k, e);
  }
  void ctx(ExprContext c) {
    key("ctx");
    out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
  }
  void op(Operator o) {
    static const char* const names[] = {"Add()",    "Sub()",    "Mult()",   "MatMult()", "Div()",
                                        "Mod()",    "Pow()",    "LShift()", "RShift()",  "BitOr()",
                                        "BitXor()", "BitAnd()", "FloorDiv()"};
    key("op");
    out += names[static_cast<int>(o)];
  }

  void constant_value(const Constant* c) {
    switch (c->value_kind) {
      case ConstKind::None: out += "None"; break;
      case ConstKind::True: out += "True"; break;
      case ConstKind::False: out += "False"; break;
      case ConstKind::Ellipsis: out += "Ellipsis"; break;
      case ConstKind::Int: out += num::int_literal_to_decimal(c->text, c->base); break;
      case ConstKind::Float: out += num::float_repr(c->number); break;
      case ConstKind::Complex: {
        std::string r = num::float_repr(c->number);
        if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
        out += r;
        out += 'j';
        break;
      }
      case ConstKind::Str: str_repr(out, c->text, false); break;
      case ConstKind::Bytes: str_repr(out, c->text, true); break;
    }
  }

  void arg(const Arg* a) {
    if (!enter()) return;
    open("arg");
    ident("arg", a->arg);
    opt("annotation", a->annotation);
    attrs(*a);
    close();
    leave();
  }
  void opt_arg(const char* k, const Arg* a) {
    if (!a) return;
    key(k);
    arg(a);
  }
  void arguments(const Arguments* a) {
    if (!enter()) return;
    open("arguments");
    seq("posonlyargs", a->posonlyargs, [this](Arg* x) { arg(x); });
    seq("args", a->args, [this](Arg* x) { arg(x); });
    opt_arg("vararg", a->vararg);
    seq("kwonlyargs", a->kwonlyargs, [this](Arg* x) { arg(x); });
    exprs("kw_defaults", a->kw_defaults);
    opt_arg("kwarg", a->kwarg);
    exprs("defaults", a->defaults);
    close();
    leave();
  }
  void keywords(const List<Keyword*>& l) {
    seq("keywords", l, [this](Keyword* k) {
      if (!enter()) return;
      open("keyword");
      opt_ident("arg", k->arg);
      field("value", k->value);
      attrs(*k);
      close();
      leave();
    });
  }
  void generators(const List<Comprehension*>& l) {
    seq("generators", l, [this](Comprehension* c) {
      if (!enter()) return;
      open("comprehension");
      field("target", c->target);
      field("iter", c->iter);
      exprs("ifs", c->ifs);
      integer("is_async", c->is_async);
      close();
      leave();
    });
  }

  void expr(const Expr* e);
  void stmt(const Stmt* s);
  void pattern(const Pattern* p);

 private:
  bool first_ = true;
  int depth_ = 0;
};

void Dumper::expr(const Expr* e) {
  if (!e) {
    out += "None";
    return;
  }
  if (!enter()) return;
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* x = static_cast<const BoolOp*>(e);
      open("BoolOp");
      key("op");
      out += x->op == BoolOpKind::And ? "And()" : "Or()";
      exprs("values", x->values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto* x = static_cast<const NamedExpr*>(e);
      open("NamedExpr");
      field("target", x->target);
      field("value", x->value);
      break;
    }
    case ExprKind::BinOp: {
      auto* x = static_cast<const BinOp*>(e);
      open("BinOp");
      field("left", x->left);
      op(x->op);
      field("right", x->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* x = static_cast<const UnaryOp*>(e);
      static const char* const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
      open("UnaryOp");
      key("op");
      out += names[static_cast<int>(x->op)];
      field("operand", x->operand);
      break;
    }
    case ExprKind::Lambda: {
      auto* x = static_cast<const Lambda*>(e);
      open("Lambda");
      key("args");
      arguments(x->args);
      field("body", x->body);
      break;
    }
    case ExprKind::IfExp: {
      auto* x = static_cast<const IfExp*>(e);
      open("IfExp");
      field("test", x->test);
      field("body", x->body);
      field("orelse", x->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* x = static_cast<const Dict*>(e);
      open("Dict");
      exprs("keys", x->keys);
      exprs("values", x->values);
      break;
    }
    case ExprKind::Set:
      open("Set");
      exprs("elts", static_cast<const Set*>(e)->elts);
      break;
    case ExprKind::ListComp: {
      auto* x = static_cast<const ListComp*>(e);
      open("ListComp");
      field("elt", x->elt);
      generators(x->generators);
      break;
    }
    case ExprKind::SetComp: {
      auto* x = static_cast<const SetComp*>(e);
      open("SetComp");
      field("elt", x->elt);
      generators(x->generators);
      break;
    }
    case ExprKind::DictComp: {
      auto* x = static_cast<const DictComp*>(e);
      open("DictComp");
      field("key", x->key);
      field("value", x->value);
      generators(x->generators);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* x = static_cast<const GeneratorExp*>(e);
      open("GeneratorExp");
      field("elt", x->elt);
      generators(x->generators);
      break;
    }
    case ExprKind::Await:
      open("Await");
      field("value", static_cast<const Await*>(e)->value);
      break;
    case ExprKind::Yield:
      open("Yield");
      opt("value", static_cast<const Yield*>(e)->value);
      break;
    case ExprKind::YieldFrom:
      open("YieldFrom");
      field("value", static_cast<const YieldFrom*>(e)->value);
      break;
    case ExprKind::Compare: {
      auto* x = static_cast<const Compare*>(e);
      static const char* const names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()",
                                          "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};
      open("Compare");
      field("left", x->left);
      seq("ops", x->ops, [this](CmpOp o) { out += names[static_cast<int>(o)]; });
      exprs("comparators", x->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* x = static_cast<const Call*>(e);
      open("Call");
      field("func", x->func);
      exprs("args", x->args);
      keywords(x->keywords);
      break;
    }
    case ExprKind::FormattedValue: {
      auto* x = static_cast<const FormattedValue*>(e);
      open("FormattedValue");
      field("value", x->value);
      integer("conversion", x->conversion);
      opt("format_spec", x->format_spec);
      break;
    }
    case ExprKind::JoinedStr:
      open("JoinedStr");
      exprs("values", static_cast<const JoinedStr*>(e)->values);
      break;
    case ExprKind::Constant: {
      auto* x = static_cast<const Constant*>(e);
      open("Constant");
      key("value");
      constant_value(x);
      if (x->u_prefix) {
        key("kind");
        out += "'u'";
      }
      break;
    }
    case ExprKind::Attribute: {
      auto* x = static_cast<const Attribute*>(e);
      open("Attribute");
      field("value", x->value);
      ident("attr", x->attr);
      ctx(x->ctx);
      break;
    }
    case ExprKind::Subscript: {
      auto* x = static_cast<const Subscript*>(e);
      open("Subscript");
      field("value", x->value);
      field("slice", x->slice);
      ctx(x->ctx);
      break;
    }
    case ExprKind::Starred: {
      auto* x = static_cast<const Starred*>(e);
      open("Starred");
      field("value", x->value);
      ctx(x->ctx);
      break;
    }
    case ExprKind::Name: {
      auto* x = static_cast<const Name*>(e);
      open("Name");
      ident("id", x->id);
      ctx(x->ctx);
      break;
    }
    case ExprKind::ListExpr: {
      auto* x = static_cast<const ListExpr*>(e);
      open("List");
      exprs("elts", x->elts);
      ctx(x->ctx);
      break;
    }
    case ExprKind::TupleExpr: {
      auto* x = static_cast<const TupleExpr*>(e);
      open("Tuple");
      exprs("elts", x->elts);
      ctx(x->ctx);
      break;
    }
    case ExprKind::Slice: {
      auto* x = static_cast<const Slice*>(e);
      open("Slice");
      opt("lower", x->lower);
      opt("upper", x->upper);
      opt("step", x->step);
      break;
    }
  }
  attrs(*e);
  close();
  leave();
}

void Dumper::pattern(const Pattern* p) {
  if (!enter()) return;
  switch (p->kind) {
    case PatternKind::MatchValue:
      open("MatchValue");
      field("value", static_cast<const MatchValue*>(p)->value);
      break;
    case PatternKind::MatchSingleton: {
      ConstKind v = static_cast<const MatchSingleton*>(p)->value;
      open("MatchSingleton");
      key("value");
      out += v == ConstKind::None ? "None" : v == ConstKind::True ? "True" : "False";
      break;
    }
    case PatternKind::MatchSequence:
      open("MatchSequence");
      seq("patterns", static_cast<const MatchSequence*>(p)->patterns, [this](Pattern* x) { pattern(x); });
      break;
    case PatternKind::MatchMapping: {
      auto* x = static_cast<const MatchMapping*>(p);
      open("MatchMapping");
      exprs("keys", x->keys);
      seq("patterns", x->patterns, [this](Pattern* y) { pattern(y); });
      opt_ident("rest", x->rest);
      break;
    }
    case PatternKind::MatchClass: {
      auto* x = static_cast<const MatchClass*>(p);
      open("MatchClass");
      field("cls", x->cls);
      seq("patterns", x->patterns, [this](Pattern* y) { pattern(y); });
      seq("kwd_attrs", x->kwd_attrs, [this](Identifier id) { str_repr(out, id, false); });
      seq("kwd_patterns", x->kwd_patterns, [this](Pattern* y) { pattern(y); });
      break;
    }
    case PatternKind::MatchStar:
      open("MatchStar");
      opt_ident("name", static_cast<const MatchStar*>(p)->name);
      break;
    case PatternKind::MatchAs: {
      auto* x = static_cast<const MatchAs*>(p);
      open("MatchAs");
      if (x->pattern) {
        key("pattern");
        pattern(x->pattern);
      }
      opt_ident("name", x->name);
      break;
    }
    case PatternKind::MatchOr:
      open("MatchOr");
      seq("patterns", static_cast<const MatchOr*>(p)->patterns, [this](Pattern* x) { pattern(x); });
      break;
  }
  attrs(*p);
  close();
  leave();
}

void Dumper::stmt(const Stmt* s) {
  if (!enter()) return;
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* x = static_cast<const FunctionDef*>(s);
      open(s->kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef");
      ident("name", x->name);
      key("args");
      arguments(x->args);
      stmts("body", x->body);
      exprs("decorator_list", x->decorator_list);
      opt("returns", x->returns);
      break;
    }
    case StmtKind::ClassDef: {
      auto* x = static_cast<const ClassDef*>(s);
      open("ClassDef");
      ident("name", x->name);
      exprs("bases", x->bases);
      keywords(x->keywords);
      stmts("body", x->body);
      exprs("decorator_list", x->decorator_list);
      break;
    }
    case StmtKind::Return:
      open("Return");
      opt("value", static_cast<const Return*>(s)->value);
      break;
    case StmtKind::Delete:
      open("Delete");
      exprs("targets", static_cast<const Delete*>(s)->targets);
      break;
    case StmtKind::Assign: {
      auto* x = static_cast<const Assign*>(s);
      open("Assign");
      exprs("targets", x->targets);
      field("value", x->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* x = static_cast<const AugAssign*>(s);
      open("AugAssign");
      field("target", x->target);
      op(x->op);
      field("value", x->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* x = static_cast<const AnnAssign*>(s);
      open("AnnAssign");
      field("target", x->target);
      field("annotation", x->annotation);
      opt("value", x->value);
      integer("simple", x->simple);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* x = static_cast<const For*>(s);
      open(s->kind == StmtKind::For ? "For" : "AsyncFor");
      field("target", x->target);
      field("iter", x->iter);
      stmts("body", x->body);
      stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::While: {
      auto* x = static_cast<const While*>(s);
      open("While");
      field("test", x->test);
      stmts("body", x->body);
      stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::If: {
      auto* x = static_cast<const If*>(s);
      open("If");
      field("test", x->test);
      stmts("body", x->body);
      stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* x = static_cast<const With*>(s);
      open(s->kind == StmtKind::With ? "With" : "AsyncWith");
      seq("items", x->items, [this](WithItem* w) {
        if (!enter()) return;
        open("withitem");
        field("context_expr", w->context_expr);
        opt("optional_vars", w->optional_vars);
        close();
        leave();
      });
      stmts("body", x->body);
      break;
    }
    case StmtKind::Match: {
      auto* x = static_cast<const Match*>(s);
      open("Match");
      field("subject", x->subject);
      seq("cases", x->cases, [this](MatchCase* c) {
        if (!enter()) return;
        open("match_case");
        key("pattern");
        pattern(c->pattern);
        opt("guard", c->guard);
        stmts("body", c->body);
        close();
        leave();
      });
      break;
    }
    case StmtKind::Raise: {
      auto* x = static_cast<const Raise*>(s);
      open("Raise");
      opt("exc", x->exc);
      opt("cause", x->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* x = static_cast<const Try*>(s);
      open(s->kind == StmtKind::Try ? "Try" : "TryStar");
      stmts("body", x->body);
      seq("handlers", x->handlers, [this](ExceptHandler* h) {
        if (!enter()) return;
        open("ExceptHandler");
        opt("type", h->type);
        opt_ident("name", h->name);
        stmts("body", h->body);
        attrs(*h);
        close();
        leave();
      });
      stmts("orelse", x->orelse);
      stmts("finalbody", x->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* x = static_cast<const Assert*>(s);
      open("Assert");
      field("test", x->test);
      opt("msg", x->msg);
      break;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
      const List<Alias*>* names;
      if (s->kind == StmtKind::Import) {
        open("Import");
        names = &static_cast<const Import*>(s)->names;
      } else {
        auto* x = static_cast<const ImportFrom*>(s);
        open("ImportFrom");
        opt_ident("module", x->module);
        names = &x->names;
      }
      seq("names", *names, [this](Alias* a) {
        if (!enter()) return;
        open("alias");
        ident("name", a->name);
        opt_ident("asname", a->asname);
        attrs(*a);
        close();
        leave();
      });
      if (s->kind == StmtKind::ImportFrom) integer("level", static_cast<const ImportFrom*>(s)->level);
      break;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
      auto* x = static_cast<const Global*>(s);
      open(s->kind == StmtKind::Global ? "Global" : "Nonlocal");
      seq("names", x->names, [this](Identifier id) { str_repr(out, id, false); });
      break;
    }
    case StmtKind::ExprStmt:
      open("Expr");
      field("value", static_cast<const ExprStmt*>(s)->value);
      break;
    case StmtKind::Pass: open("Pass"); break;
    case StmtKind::Break: open("Break"); break;
    case StmtKind::Continue: open("Continue"); break;
  }
  attrs(*s);
  close();
  leave();
}

}  // namespace

bool dump(const Module& m, std::string* out) {
  Dumper d;
  d.enter();
  d.open("Module");
  d.stmts("body", m.body);
  d.key("type_ignores");
  d.out += "[]";
  d.close();
  *out = std::move(d.out);
  return !d.too_deep;
}

bool dump(const Expression& e, std::string* out) {
  Dumper d;
  d.enter();
  d.open("Expression");
  d.field("body", e.body);
  d.close();
  *out = std::move(d.out);
  return !d.too_deep;
}

}  // namespace pytier::light::syntax
