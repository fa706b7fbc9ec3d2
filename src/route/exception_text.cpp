#include <string>

#include "route/analyzer.h"
#include "route/verified_messages.h"

// Exception-text dependence: a handler that prints, formats, logs or reads the
// args of a builtin exception shows CPython's message text, which the Light
// tier reproduces only where verified (verified_messages.h).

namespace pytier::route::analysis {
namespace {

// Calls that turn an exception into its message text.
constexpr std::string_view kTextCalls[] = {"ascii", "format", "print", "repr", "str"};
constexpr std::string_view kLogMethods[] = {"critical", "debug", "error", "exception",
                                            "info",     "log",   "warn",  "warning"};
constexpr std::string_view kLoggerNames[] = {"LOG", "LOGGER", "_log", "_logger", "log", "logger", "logging"};
// Exception attributes that hold message text (OSError.strerror, SyntaxError.msg, ...).
constexpr std::string_view kTextAttributes[] = {"args", "msg", "reason", "strerror"};

bool is_logger(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) return one_of(kLoggerNames, static_cast<const ast::Name*>(e)->id);
  if (e->kind == ast::ExprKind::Attribute) return one_of(kLoggerNames, static_cast<const ast::Attribute*>(e)->attr);
  return false;
}

}  // namespace

// An unnamed handler is pushed too: logger.exception() inside it logs the
// exception being handled.
void Analyzer::handler(const ast::ExceptHandler* h) {
  expr(h->type);
  handlers_.push_back({h->name, unverified_types(h->type)});
  stmts(h->body);
  handlers_.pop_back();
}

// The caught types whose message text the Light tier may print differently:
// builtin and library types, unless verified. The program's own classes
// carry the program's own messages.
std::string Analyzer::unverified_types(const ast::Expr* type) const {
  if (!type) return "any exception";
  switch (type->kind) {
    case ast::ExprKind::Name: {
      std::string_view id = static_cast<const ast::Name*>(type)->id;
      if (classes_.count(id) || verified_messages(id)) return "";
      std::string name = "`";
      name += id;
      name += '`';
      return name;
    }
    case ast::ExprKind::TupleExpr: {
      std::string all;
      for (const ast::Expr* e : static_cast<const ast::TupleExpr*>(type)->elts) {
        std::string one = unverified_types(e);
        if (!one.empty()) all += (all.empty() ? "" : ", ") + one;
      }
      return all;
    }
    default: return quoted(*type);
  }
}

// The handler whose bound exception `e` is, if its text matters.
const Handler* Analyzer::caught(const ast::Expr* e) const {
  if (!e) return nullptr;
  if (e->kind == ast::ExprKind::Starred) e = static_cast<const ast::Starred*>(e)->value;
  if (e->kind != ast::ExprKind::Name) return nullptr;
  std::string_view id = static_cast<const ast::Name*>(e)->id;
  for (auto h = handlers_.rbegin(); h != handlers_.rend(); ++h)
    if (!h->name.empty() && h->name == id) return h->unverified.empty() ? nullptr : &*h;
  return nullptr;
}

const Handler* Analyzer::caught_in(const ast::List<ast::Expr*>& args) const {
  for (const ast::Expr* a : args)
    if (const Handler* h = caught(a)) return h;
  return nullptr;
}

void Analyzer::exception_text(const Handler* h, const ast::Pos& at, std::string_view how) {
  report(Signal::ExceptionText, at,
         quoted(at) + " " + std::string(how) + " the message of " + h->unverified +
             ", not verified identical on the Light tier");
}

void Analyzer::check_text_call(const ast::Call* call) {
  const ast::Expr* f = call->func;
  if (f->kind == ast::ExprKind::Name) {
    if (!one_of(kTextCalls, static_cast<const ast::Name*>(f)->id)) return;
    if (const Handler* h = caught_in(call->args)) exception_text(h, *call, "prints or formats");
    return;
  }
  if (f->kind != ast::ExprKind::Attribute) return;
  auto* attr = static_cast<const ast::Attribute*>(f);
  if (attr->attr == "format") {
    if (const Handler* h = caught_in(call->args)) exception_text(h, *call, "formats");
  } else if (one_of(kLogMethods, attr->attr) && is_logger(attr->value)) {
    const Handler* h = caught_in(call->args);
    if (!h && attr->attr == "exception" && !handlers_.empty()) h = &handlers_.back();
    if (h && !h->unverified.empty()) exception_text(h, *call, "logs");
  } else if (is_name(attr->value, "traceback")) {
    report(Signal::ExceptionText, *call, quoted(*call) + " prints exception text and a traceback");
  }
}

void Analyzer::check_text_attribute(const ast::Attribute* a) {
  if (!one_of(kTextAttributes, a->attr)) return;
  if (const Handler* h = caught(a->value)) exception_text(h, *a, "reads");
}

void Analyzer::check_percent_format(const ast::BinOp* b) {
  if (b->op != ast::Operator::Mod || handlers_.empty() || !str_value(b->left)) return;
  const Handler* h = caught(b->right);
  if (!h && b->right->kind == ast::ExprKind::TupleExpr)
    h = caught_in(static_cast<const ast::TupleExpr*>(b->right)->elts);
  if (h) exception_text(h, *b, "formats");
}

}  // namespace pytier::route::analysis
