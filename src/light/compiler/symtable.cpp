#include "light/compiler/symtable.h"

#include <unordered_set>

namespace pytier::light::compiler {

using namespace ast;
using NameSet = std::unordered_set<std::string_view>;

Scope Block::scope_of(std::string_view name) const {
  auto it = symbols.find(name);
  return it == symbols.end() ? Scope::Unresolved : it->second.scope;
}

uint32_t Block::flags_of(std::string_view name) const {
  auto it = symbols.find(name);
  return it == symbols.end() ? 0 : it->second.flags;
}

Block* SymbolTable::block_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string_view SymbolTable::mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.ends_with("__") || name.find('.') != std::string_view::npos) return name;
  size_t skip = class_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return name;
  std::string mangled = "_";
  mangled += class_name.substr(skip);
  mangled += name;
  return strings_.emplace_back(std::move(mangled));
}

bool SymbolTable::fail(const Pos& pos, std::string message) {
  error.message = std::move(message);
  error.lineno = pos.lineno;
  error.col_offset = pos.col_offset + 1;
  error.end_lineno = pos.end_lineno;
  error.end_col_offset = pos.end_col_offset + 1;
  return false;
}

Block* SymbolTable::enter(BlockType type, std::string_view name, const void* node, int32_t lineno) {
  Block& b = blocks_.emplace_back();
  b.type = type;
  b.name = name;
  b.lineno = lineno;
  b.parent = cur_;
  if (cur_) {
    cur_->children.push_back(&b);
    b.nested = cur_->nested || cur_->type == BlockType::Function;
  }
  by_node_[node] = &b;
  cur_ = &b;
  return &b;
}

void SymbolTable::leave() { cur_ = cur_->parent; }

bool SymbolTable::add_def_in(Block* block, std::string_view name, uint32_t flag, const Pos& pos) {
  std::string_view cls = class_names_.empty() ? std::string_view() : class_names_.back();
  name = mangle(cls, name);
  auto [it, fresh] = block->symbols.try_emplace(name);
  if (fresh) block->order.push_back(name);
  Symbol& sym = it->second;
  if ((flag & DEF_PARAM) && (sym.flags & DEF_PARAM))
    return fail(pos, "duplicate argument '" + std::string(name) + "' in function definition");
  sym.flags |= flag;
  if (flag & DEF_PARAM) block->params.push_back(name);
  return true;
}

bool SymbolTable::add_def(std::string_view name, uint32_t flag, const Pos& pos) {
  return add_def_in(cur_, name, flag, pos);
}

bool SymbolTable::build(const Module& module) {
  top_ = enter(BlockType::Module, "top", &module, 0);
  return visit_stmts(module.body) && analyze();
}

bool SymbolTable::build(const Expression& expression) {
  top_ = enter(BlockType::Module, "top", &expression, 0);
  return visit_expr(expression.body) && analyze();
}

// ------------------------------------------------------------- first pass

bool SymbolTable::visit_stmts(const List<Stmt*>& body) {
  for (const Stmt* s : body)
    if (!visit_stmt(s)) return false;
  return true;
}

bool SymbolTable::visit_exprs(const List<Expr*>& exprs) {
  for (const Expr* e : exprs)
    if (e && !visit_expr(e)) return false;
  return true;
}

bool SymbolTable::visit_arguments_defaults(const Arguments* args) {
  return visit_exprs(args->defaults) && visit_exprs(args->kw_defaults);
}

bool SymbolTable::visit_annotations(const Arguments* args, const Expr* returns) {
  auto visit_arg = [&](const Arg* a) { return !a || !a->annotation || visit_expr(a->annotation); };
  for (const Arg* a : args->posonlyargs)
    if (!visit_arg(a)) return false;
  for (const Arg* a : args->args)
    if (!visit_arg(a)) return false;
  for (const Arg* a : args->kwonlyargs)
    if (!visit_arg(a)) return false;
  if (!visit_arg(args->vararg) || !visit_arg(args->kwarg)) return false;
  return !returns || visit_expr(returns);
}

bool SymbolTable::visit_params(const Arguments* args) {
  for (const Arg* a : args->posonlyargs)
    if (!add_def(a->arg, DEF_PARAM, *a)) return false;
  for (const Arg* a : args->args)
    if (!add_def(a->arg, DEF_PARAM, *a)) return false;
  for (const Arg* a : args->kwonlyargs)
    if (!add_def(a->arg, DEF_PARAM, *a)) return false;
  if (args->vararg) {
    if (!add_def(args->vararg->arg, DEF_PARAM, *args->vararg)) return false;
    cur_->has_varargs = true;
  }
  if (args->kwarg) {
    if (!add_def(args->kwarg->arg, DEF_PARAM, *args->kwarg)) return false;
    cur_->has_varkeywords = true;
  }
  return true;
}

bool SymbolTable::visit_function(const Stmt* def, std::string_view name, const Arguments* args,
                                 const List<Stmt*>* body, const Lambda* lambda, bool is_async) {
  // A lambda's block is keyed by the lambda, not its body: a body that is a
  // comprehension has a block of its own under that node.
  const void* node = def ? static_cast<const void*>(def) : static_cast<const void*>(lambda);
  int32_t lineno = def ? def->lineno : lambda->body->lineno;
  Block* b = enter(BlockType::Function, name, node, lineno);
  b->is_coroutine = is_async;
  if (!visit_params(args)) return false;
  bool ok = body ? visit_stmts(*body) : visit_expr(lambda->body);
  leave();
  return ok;
}

bool SymbolTable::declare_global_or_nonlocal(const Stmt* s, const List<Identifier>& names,
                                             bool is_global) {
  const char* what = is_global ? "global" : "nonlocal";
  for (Identifier raw : names) {
    std::string_view cls = class_names_.empty() ? std::string_view() : class_names_.back();
    std::string_view name = mangle(cls, raw);
    uint32_t cur = cur_->flags_of(name);
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      std::string n(raw);
      if (cur & DEF_PARAM) return fail(*s, "name '" + n + "' is parameter and " + what);
      if (cur & USE) return fail(*s, "name '" + n + "' is used prior to " + what + " declaration");
      if (cur & DEF_ANNOT) return fail(*s, "annotated name '" + n + "' can't be " + what);
      return fail(*s, "name '" + n + "' is assigned to before " + what + " declaration");
    }
    if (!is_global && cur_->type == BlockType::Module)
      return fail(*s, "nonlocal declaration not allowed at module level");
    if (!add_def(raw, is_global ? DEF_GLOBAL : DEF_NONLOCAL, *s)) return false;
    cur_->directives.emplace(name, *s);
  }
  return true;
}

bool SymbolTable::enter_nesting() {
  if (++depth_ <= max_depth) return true;
  error.type = "RecursionError";
  error.message = "maximum recursion depth exceeded during compilation";
  return false;
}

// Every statement and expression counts one level while it is visited.
struct NestingScope {
  int& depth;
  ~NestingScope() { --depth; }
};

bool SymbolTable::visit_stmt(const Stmt* s) {
  if (!enter_nesting()) return false;
  NestingScope nesting{depth_};
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* f = static_cast<const FunctionDef*>(s);
      if (!add_def(f->name, DEF_LOCAL, *s)) return false;
      if (!visit_arguments_defaults(f->args) || !visit_annotations(f->args, f->returns)) return false;
      if (!visit_exprs(f->decorator_list)) return false;
      return visit_function(s, f->name, f->args, &f->body, nullptr,
                            s->kind == StmtKind::AsyncFunctionDef);
    }
    case StmtKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(s);
      if (!add_def(c->name, DEF_LOCAL, *s)) return false;
      if (!visit_exprs(c->bases)) return false;
      for (const Keyword* k : c->keywords)
        if (!visit_expr(k->value)) return false;
      if (!visit_exprs(c->decorator_list)) return false;
      enter(BlockType::Class, c->name, s, s->lineno);
      class_names_.push_back(c->name);
      bool ok = visit_stmts(c->body);
      class_names_.pop_back();
      leave();
      return ok;
    }
    case StmtKind::Return: {
      auto* r = static_cast<const Return*>(s);
      return !r->value || visit_expr(r->value);
    }
    case StmtKind::Delete:
      return visit_exprs(static_cast<const Delete*>(s)->targets);
    case StmtKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      return visit_exprs(a->targets) && visit_expr(a->value);
    }
    case StmtKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      return visit_expr(a->target) && visit_expr(a->value);
    }
    case StmtKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (a->target->kind == ExprKind::Name) {
        auto* n = static_cast<const Name*>(a->target);
        uint32_t cur = cur_->flags_of(n->id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && a->simple) {
          std::string id(n->id);
          return fail(*s, (cur & DEF_GLOBAL) ? "annotated name '" + id + "' can't be global"
                                             : "annotated name '" + id + "' can't be nonlocal");
        }
        if (!add_def(n->id, a->simple ? DEF_ANNOT | DEF_LOCAL : DEF_LOCAL, *a->target)) return false;
      } else if (!visit_expr(a->target)) {
        return false;
      }
      if (!visit_expr(a->annotation)) return false;
      return !a->value || visit_expr(a->value);
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* f = static_cast<const For*>(s);
      return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) &&
             visit_stmts(f->orelse);
    }
    case StmtKind::While: {
      auto* w = static_cast<const While*>(s);
      return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
    }
    case StmtKind::If: {
      auto* i = static_cast<const If*>(s);
      return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* w = static_cast<const With*>(s);
      for (const WithItem* item : w->items) {
        if (!visit_expr(item->context_expr)) return false;
        if (item->optional_vars && !visit_expr(item->optional_vars)) return false;
      }
      return visit_stmts(w->body);
    }
    case StmtKind::Match: {
      auto* m = static_cast<const Match*>(s);
      if (!visit_expr(m->subject)) return false;
      for (const MatchCase* c : m->cases) {
        if (!visit_pattern(c->pattern)) return false;
        if (c->guard && !visit_expr(c->guard)) return false;
        if (!visit_stmts(c->body)) return false;
      }
      return true;
    }
    case StmtKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      return (!r->exc || visit_expr(r->exc)) && (!r->cause || visit_expr(r->cause));
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = static_cast<const Try*>(s);
      if (!visit_stmts(t->body)) return false;
      for (const ExceptHandler* h : t->handlers) {
        if (h->type && !visit_expr(h->type)) return false;
        if (!h->name.empty() && !add_def(h->name, DEF_LOCAL, *h)) return false;
        if (!visit_stmts(h->body)) return false;
      }
      return visit_stmts(t->orelse) && visit_stmts(t->finalbody);
    }
    case StmtKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      return visit_expr(a->test) && (!a->msg || visit_expr(a->msg));
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
      const List<Alias*>& names = s->kind == StmtKind::Import ? static_cast<const Import*>(s)->names
                                                              : static_cast<const ImportFrom*>(s)->names;
      for (const Alias* a : names) {
        std::string_view bound = a->asname.empty() ? a->name : a->asname;
        if (bound == "*") {
          if (cur_->type != BlockType::Module)
            return fail(*s, "import * only allowed at module level");
          continue;
        }
        if (a->asname.empty()) bound = bound.substr(0, bound.find('.'));
        if (!add_def(bound, DEF_IMPORT, *a)) return false;
      }
      return true;
    }
    case StmtKind::Global:
      return declare_global_or_nonlocal(s, static_cast<const Global*>(s)->names, true);
    case StmtKind::Nonlocal:
      return declare_global_or_nonlocal(s, static_cast<const Nonlocal*>(s)->names, false);
    case StmtKind::ExprStmt:
      return visit_expr(static_cast<const ExprStmt*>(s)->value);
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue:
      return true;
  }
  return true;
}

bool SymbolTable::visit_pattern(const Pattern* p) {
  switch (p->kind) {
    case PatternKind::MatchValue:
      return visit_expr(static_cast<const MatchValue*>(p)->value);
    case PatternKind::MatchSingleton:
      return true;
    case PatternKind::MatchSequence:
      for (const Pattern* q : static_cast<const MatchSequence*>(p)->patterns)
        if (!visit_pattern(q)) return false;
      return true;
    case PatternKind::MatchMapping: {
      auto* m = static_cast<const MatchMapping*>(p);
      if (!visit_exprs(m->keys)) return false;
      for (const Pattern* q : m->patterns)
        if (!visit_pattern(q)) return false;
      return m->rest.empty() || add_def(m->rest, DEF_LOCAL, *p);
    }
    case PatternKind::MatchClass: {
      auto* m = static_cast<const MatchClass*>(p);
      if (!visit_expr(m->cls)) return false;
      for (const Pattern* q : m->patterns)
        if (!visit_pattern(q)) return false;
      for (const Pattern* q : m->kwd_patterns)
        if (!visit_pattern(q)) return false;
      return true;
    }
    case PatternKind::MatchStar: {
      auto* m = static_cast<const MatchStar*>(p);
      return m->name.empty() || add_def(m->name, DEF_LOCAL, *p);
    }
    case PatternKind::MatchAs: {
      auto* m = static_cast<const MatchAs*>(p);
      if (m->pattern && !visit_pattern(m->pattern)) return false;
      return m->name.empty() || add_def(m->name, DEF_LOCAL, *p);
    }
    case PatternKind::MatchOr:
      for (const Pattern* q : static_cast<const MatchOr*>(p)->patterns)
        if (!visit_pattern(q)) return false;
      return true;
  }
  return true;
}

bool SymbolTable::visit_comprehension(const Expr* e, std::string_view name,
                                      const List<Comprehension*>& generators, const Expr* elt,
                                      const Expr* value) {
  bool is_generator = e->kind == ExprKind::GeneratorExp;
  const Comprehension* outer = generators[0];
  // The outermost iterable is evaluated in the enclosing scope.
  cur_->comp_iter_expr++;
  bool ok = visit_expr(outer->iter);
  cur_->comp_iter_expr--;
  if (!ok) return false;
  Block* b = enter(BlockType::Function, name, e, e->lineno);
  b->is_comprehension = true;
  if (outer->is_async) b->is_coroutine = true;
  if (is_generator) b->is_generator = true;
  if (!add_def(".0", DEF_PARAM, *e)) return false;
  if (!visit_comp_target(outer->target) || !visit_exprs(outer->ifs)) return false;
  for (uint32_t i = 1; i < generators.size; ++i) {
    const Comprehension* c = generators[i];
    b->comp_iter_expr++;
    ok = visit_expr(c->iter);
    b->comp_iter_expr--;
    if (!ok || !visit_comp_target(c->target) || !visit_exprs(c->ifs)) return false;
    if (c->is_async) b->is_coroutine = true;
  }
  if (value && !visit_expr(value)) return false;
  if (!visit_expr(elt)) return false;
  leave();
  return true;
}

bool SymbolTable::visit_comp_target(const Expr* target) {
  cur_->in_comp_target = true;
  bool ok = visit_expr(target);
  cur_->in_comp_target = false;
  return ok;
}

bool SymbolTable::visit_named_expr(const NamedExpr* e) {
  if (cur_->comp_iter_expr > 0)
    return fail(*e, "assignment expression cannot be used in a comprehension iterable expression");
  auto* target = static_cast<const Name*>(e->target);
  for (Block* b = cur_; b && b->is_comprehension; b = b->parent) {
    if (b->flags_of(target->id) & DEF_COMP_ITER) {
      return fail(*e, "assignment expression cannot rebind comprehension iteration variable '" +
                          std::string(target->id) + "'");
    }
  }
  if (cur_->is_comprehension) {
    // The target binds in the nearest enclosing block that is not a comprehension.
    for (Block* b = cur_->parent; b; b = b->parent) {
      if (b->is_comprehension) continue;
      if (b->type == BlockType::Class)
        return fail(*e, "assignment expression within a comprehension cannot be used in a class body");
      if (b->type == BlockType::Function) {
        uint32_t flag = (b->flags_of(target->id) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
        if (!add_def(target->id, flag, *e)) return false;
        if (!add_def_in(b, target->id, DEF_LOCAL, *e)) return false;
      } else {
        if (!add_def(target->id, DEF_GLOBAL, *e)) return false;
        if (!add_def_in(b, target->id, DEF_GLOBAL, *e)) return false;
      }
      break;
    }
    return visit_expr(e->value);
  }
  return visit_expr(e->value) && visit_expr(e->target);
}

bool SymbolTable::visit_expr(const Expr* e) {
  if (!enter_nesting()) return false;
  NestingScope nesting{depth_};
  switch (e->kind) {
    case ExprKind::BoolOp:
      return visit_exprs(static_cast<const BoolOp*>(e)->values);
    case ExprKind::NamedExpr:
      return visit_named_expr(static_cast<const NamedExpr*>(e));
    case ExprKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      return visit_expr(b->left) && visit_expr(b->right);
    }
    case ExprKind::UnaryOp:
      return visit_expr(static_cast<const UnaryOp*>(e)->operand);
    case ExprKind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      if (!visit_arguments_defaults(l->args)) return false;
      return visit_function(nullptr, "lambda", l->args, nullptr, l, false);
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
    }
    case ExprKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      return visit_exprs(d->keys) && visit_exprs(d->values);
    }
    case ExprKind::Set:
      return visit_exprs(static_cast<const Set*>(e)->elts);
    case ExprKind::ListComp: {
      auto* c = static_cast<const ListComp*>(e);
      return visit_comprehension(e, "listcomp", c->generators, c->elt, nullptr);
    }
    case ExprKind::SetComp: {
      auto* c = static_cast<const SetComp*>(e);
      return visit_comprehension(e, "setcomp", c->generators, c->elt, nullptr);
    }
    case ExprKind::DictComp: {
      auto* c = static_cast<const DictComp*>(e);
      return visit_comprehension(e, "dictcomp", c->generators, c->key, c->value);
    }
    case ExprKind::GeneratorExp: {
      auto* c = static_cast<const GeneratorExp*>(e);
      return visit_comprehension(e, "genexpr", c->generators, c->elt, nullptr);
    }
    case ExprKind::Await:
      // A comprehension that awaits is itself a coroutine.
      if (cur_->is_comprehension) cur_->is_coroutine = true;
      return visit_expr(static_cast<const Await*>(e)->value);
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
      if (cur_->type != BlockType::Function) return fail(*e, "'yield' outside function");
      if (cur_->is_comprehension) {
        return fail(*e, "'yield' inside " + std::string(cur_->name == "genexpr" ? "generator expression"
                        : cur_->name == "listcomp" ? "list comprehension"
                        : cur_->name == "setcomp"  ? "set comprehension"
                                                   : "dict comprehension"));
      }
      cur_->is_generator = true;
      const Expr* v = e->kind == ExprKind::Yield ? static_cast<const Yield*>(e)->value
                                                 : static_cast<const YieldFrom*>(e)->value;
      return !v || visit_expr(v);
    }
    case ExprKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      return visit_expr(c->left) && visit_exprs(c->comparators);
    }
    case ExprKind::Call: {
      auto* c = static_cast<const Call*>(e);
      if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
      for (const Keyword* k : c->keywords)
        if (!visit_expr(k->value)) return false;
      return true;
    }
    case ExprKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(e);
      return visit_expr(f->value) && (!f->format_spec || visit_expr(f->format_spec));
    }
    case ExprKind::JoinedStr:
      return visit_exprs(static_cast<const JoinedStr*>(e)->values);
    case ExprKind::Constant:
      return true;
    case ExprKind::Attribute:
      return visit_expr(static_cast<const Attribute*>(e)->value);
    case ExprKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      return visit_expr(s->value) && visit_expr(s->slice);
    }
    case ExprKind::Starred:
      return visit_expr(static_cast<const Starred*>(e)->value);
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(e);
      uint32_t flag = n->ctx == ExprContext::Load ? USE : cur_->in_comp_target ? DEF_LOCAL | DEF_COMP_ITER : DEF_LOCAL;
      if (!add_def(n->id, flag, *e)) return false;
      // super() and __class__ in a method need the class cell.
      if (n->ctx == ExprContext::Load && cur_->type == BlockType::Function &&
          (n->id == "super" || n->id == "__class__"))
        return add_def("__class__", USE, *e);
      return true;
    }
    case ExprKind::ListExpr:
      return visit_exprs(static_cast<const ListExpr*>(e)->elts);
    case ExprKind::TupleExpr:
      return visit_exprs(static_cast<const TupleExpr*>(e)->elts);
    case ExprKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      return (!s->lower || visit_expr(s->lower)) && (!s->upper || visit_expr(s->upper)) &&
             (!s->step || visit_expr(s->step));
    }
  }
  return true;
}

// ------------------------------------------------------------- second pass

namespace {

struct Analyzer {
  CompileError& error;

  bool fail_name(Block* b, const char* fmt_prefix, std::string_view name, const char* suffix) {
    error.message = std::string(fmt_prefix) + std::string(name) + suffix;
    auto it = b->directives.find(name);
    if (it != b->directives.end()) {
      const ast::Pos& p = it->second;
      error.lineno = p.lineno;
      error.col_offset = p.col_offset + 1;
      error.end_lineno = p.end_lineno;
      error.end_col_offset = p.end_col_offset + 1;
    }
    return false;
  }

  // Decides one name's scope in `b`, given what enclosing blocks bind.
  bool analyze_name(Block* b, std::string_view name, Symbol& sym, NameSet* bound, NameSet& local,
                    NameSet& free, NameSet& global) {
    if (sym.flags & DEF_GLOBAL) {
      if (sym.flags & DEF_NONLOCAL) return fail_name(b, "name '", name, "' is nonlocal and global");
      sym.scope = Scope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return true;
    }
    if (sym.flags & DEF_NONLOCAL) {
      if (!bound) {
        error.message = "nonlocal declaration not allowed at module level";
        return false;
      }
      if (!bound->count(name)) return fail_name(b, "no binding for nonlocal '", name, "' found");
      sym.scope = Scope::Free;
      b->has_free = true;
      free.insert(name);
      return true;
    }
    if (sym.flags & DEF_BOUND) {
      sym.scope = Scope::Local;
      local.insert(name);
      global.erase(name);
      return true;
    }
    if (bound && bound->count(name)) {
      sym.scope = Scope::Free;
      b->has_free = true;
      free.insert(name);
      return true;
    }
    if (global.count(name)) {
      sym.scope = Scope::GlobalImplicit;
      return true;
    }
    if (b->nested) b->has_free = true;
    sym.scope = Scope::GlobalImplicit;
    return true;
  }

  bool analyze_block(Block* b, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newbound, newfree, newglobal;
    if (b->type == BlockType::Class) {
      // A class body's names are invisible to the functions nested in it.
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (std::string_view name : b->order)
      if (!analyze_name(b, name, b->symbols[name], bound, local, free, global)) return false;
    if (b->type != BlockType::Class) {
      if (b->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }

    NameSet allfree;
    for (Block* child : b->children) {
      NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
      if (!analyze_block(child, &child_bound, child_free, child_global)) return false;
      allfree.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) b->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());

    if (b->type == BlockType::Function) {
      for (auto& [name, sym] : b->symbols) {
        if (sym.scope == Scope::Local && newfree.count(name)) {
          sym.scope = Scope::Cell;
          newfree.erase(name);
        }
      }
    } else if (b->type == BlockType::Class && newfree.erase("__class__")) {
      b->needs_class_closure = true;
    }

    // Free names of children that pass through this block.
    for (std::string_view name : newfree) {
      auto it = b->symbols.find(name);
      if (it != b->symbols.end()) {
        if (b->type == BlockType::Class && (it->second.flags & (DEF_BOUND | DEF_GLOBAL)))
          it->second.flags |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound->count(name)) continue;
      b->symbols[name].scope = Scope::Free;
      b->order.push_back(name);
    }
    free.insert(newfree.begin(), newfree.end());
    return true;
  }
};

}  // namespace

bool SymbolTable::analyze() {
  NameSet free, global;
  Analyzer analyzer{error};
  return analyzer.analyze_block(top_, nullptr, free, global);
}

}  // namespace pytier::light::compiler
