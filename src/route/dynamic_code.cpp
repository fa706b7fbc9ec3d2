#include <string>

#include "route/analyzer.h"

// Dynamic code: eval/exec/compile and __import__/importlib.import_module. Text
// the analysis can read (a literal, or a module-level name bound once to one)
// is analyzed in place; anything else is unknown before the run.

namespace pytier::route::analysis {

// Names bound to compile() of text the analysis reads: exec of them is known code.
void Analyzer::collect_compiled(const ast::List<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) {
    if (s->kind != ast::StmtKind::Assign) continue;
    auto* a = static_cast<const ast::Assign*>(s);
    if (a->targets.size != 1 || a->targets[0]->kind != ast::ExprKind::Name) continue;
    if (a->value->kind != ast::ExprKind::Call) continue;
    auto* call = static_cast<const ast::Call*>(a->value);
    if (!is_name(call->func, "compile") || call->args.empty() || !str_value(call->args[0])) continue;
    compiled_names_.insert(static_cast<const ast::Name*>(a->targets[0])->id);
  }
}

void Analyzer::code_argument(const ast::Call* call, std::string_view fn) {
  if (call->args.empty()) return;
  const ast::Expr* arg = call->args[0];
  if (std::optional<std::string_view> text = str_value(arg)) {
    nested(std::string(*text), "<string>", "in " + std::string(fn) + "'d code: ", *call);
    return;
  }
  if (fn != "compile" && arg->kind == ast::ExprKind::Name &&
      compiled_names_.count(static_cast<const ast::Name*>(arg)->id))
    return;  // analyzed where it was compiled
  report(Signal::DynamicCode, *call, quoted(*call) + " runs code that is unknown before the run");
}

void Analyzer::module_argument(const ast::Call* call) {
  if (call->args.empty()) return;
  if (std::optional<std::string_view> name = str_value(call->args[0])) {
    import(*name, *call);
    return;
  }
  report(Signal::DynamicCode, *call, quoted(*call) + " imports a module chosen at run time");
}

}  // namespace pytier::route::analysis
