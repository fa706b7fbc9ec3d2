#include "light/compiler/codegen.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "light/compiler/assemble.h"
#include "light/compiler/symtable.h"

namespace pytier::light::compiler {

using namespace ast;
using namespace vm;

namespace {

using Label = uint32_t;

// What a `break`, `continue` or `return` must unwind on its way out.
enum class FBlockKind : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehension
};

struct FBlock {
  FBlockKind kind;
  Label start, exit;
  const List<Stmt*>* finalbody = nullptr;  // FinallyTry
  Identifier name;                         // HandlerCleanup: the `as` name
};

// The code being generated for one block.
struct Unit {
  Block* block;
  std::shared_ptr<CodeUnit> out;
  InstrList list;
  std::unordered_map<std::string_view, uint32_t> names, locals;
  std::vector<FBlock> fblocks;
  std::string_view class_name;  // for mangling; the enclosing class
  Pos pos;                      // the position new instructions get
  bool is_class_body = false;
};

bool is_const_expr(const Expr* e) { return e->kind == ExprKind::Constant; }

bool has_starred(const List<Expr*>& elts) {
  for (const Expr* e : elts)
    if (e->kind == ExprKind::Starred) return true;
  return false;
}

class Codegen {
 public:
  Codegen(SymbolTable& st, std::string_view filename, CompileError* error, bool interactive,
          std::vector<CompileWarning>* warnings)
      : st_(st), filename_(filename), error_(error), interactive_(interactive), warnings_(warnings) {}

  std::shared_ptr<CodeUnit> module(const Module& m) {
    enter(st_.top(), "<module>", 1);
    if (!body_with_annotations(m.body)) return nullptr;
    if (!ends_terminal()) {
      load_const(Constant{});
      emit(RETURN_VALUE);
    }
    return leave();
  }

  std::shared_ptr<CodeUnit> expression(const Expression& e) {
    enter(st_.top(), "<module>", 1);
    if (!expr(e.body)) return nullptr;
    emit(RETURN_VALUE);
    return leave();
  }

 private:
  SymbolTable& st_;
  std::string filename_;
  CompileError* error_;
  bool interactive_;
  std::vector<CompileWarning>* warnings_;
  std::vector<Unit> units_;

  Unit& u() { return units_.back(); }

  void push_fblock(FBlockKind kind, Label start = 0, Label exit = 0,
                   const List<Stmt*>* finalbody = nullptr, Identifier name = {}) {
    u().fblocks.push_back(FBlock{kind, start, exit, finalbody, name});
  }

  // ------------------------------------------------------------ plumbing

  bool fail(const Pos& pos, std::string message) {
    error_->type = "SyntaxError";
    error_->message = std::move(message);
    error_->lineno = pos.lineno;
    error_->col_offset = pos.col_offset + 1;
    error_->end_lineno = pos.end_lineno;
    error_->end_col_offset = pos.end_col_offset + 1;
    return false;
  }

  void warn(const Pos& pos, std::string message) {
    if (warnings_) warnings_->push_back({std::move(message), pos.lineno});
  }

  // The type name of a literal expression, or null for any other.
  static const char* literal_type(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant:
        switch (static_cast<const ast::Constant*>(e)->value_kind) {
          case ConstKind::None: return "NoneType";
          case ConstKind::True:
          case ConstKind::False: return "bool";
          case ConstKind::Ellipsis: return "ellipsis";
          case ConstKind::Int: return "int";
          case ConstKind::Float: return "float";
          case ConstKind::Complex: return "complex";
          case ConstKind::Str: return "str";
          case ConstKind::Bytes: return "bytes";
        }
        return nullptr;
      case ExprKind::TupleExpr: return "tuple";
      case ExprKind::ListExpr:
      case ExprKind::ListComp: return "list";
      case ExprKind::Dict:
      case ExprKind::DictComp: return "dict";
      case ExprKind::Set:
      case ExprKind::SetComp: return "set";
      case ExprKind::GeneratorExp: return "generator";
      case ExprKind::JoinedStr:
      case ExprKind::FormattedValue: return "str";
      default: return nullptr;
    }
  }

  // `x is 1`: a literal on either side of `is` (None, True, False and ...
  // are singletons and fine).
  void check_is_literal(const Expr* left, CmpOp op, const Expr* right, const Pos& pos) {
    if (op != CmpOp::Is && op != CmpOp::IsNot) return;
    auto literal = [](const Expr* e) {
      if (e->kind == ExprKind::Constant) {
        auto k = static_cast<const ast::Constant*>(e)->value_kind;
        return k != ConstKind::None && k != ConstKind::True && k != ConstKind::False && k != ConstKind::Ellipsis;
      }
      return e->kind == ExprKind::TupleExpr || e->kind == ExprKind::ListExpr || e->kind == ExprKind::Dict ||
             e->kind == ExprKind::Set || e->kind == ExprKind::ListComp || e->kind == ExprKind::DictComp ||
             e->kind == ExprKind::SetComp || e->kind == ExprKind::GeneratorExp || e->kind == ExprKind::JoinedStr;
    };
    if (literal(left) || literal(right))
      warn(pos, op == CmpOp::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                : "\"is not\" with a literal. Did you mean \"!=\"?");
  }

  // A construct the Light tier does not run yet: NotImplementedError with
  // the text the auto tier recognizes to rerun the program on the Full tier.
  bool unsupported(const Pos& pos, const char* what) {
    fail(pos, std::string("pytier light: ") + what);
    error_->type = "NotImplementedError";
    return false;
  }

  void enter(Block* block, std::string_view name, int32_t firstlineno) {
    std::string_view class_name = units_.empty() ? std::string_view() : u().class_name;
    Unit& unit = units_.emplace_back();
    unit.block = block;
    unit.out = std::make_shared<CodeUnit>();
    unit.out->name = std::string(name);
    unit.out->filename = filename_;
    unit.out->firstlineno = firstlineno;
    unit.class_name = class_name;
    unit.pos = Pos{firstlineno, 0, firstlineno, 0};
  }

  std::shared_ptr<CodeUnit> leave() {
    Unit& unit = u();
    CodeUnit& out = *unit.out;
    finish_locals(unit);
    assemble(unit.list, out);
    auto result = unit.out;
    units_.pop_back();
    return result;
  }

  // Cells and free variables go after the plain locals, each group sorted by
  // name as CPython orders co_cellvars and co_freevars.
  void finish_locals(Unit& unit) {
    CodeUnit& out = *unit.out;
    Block* b = unit.block;
    std::vector<std::string_view> cells, frees;
    for (std::string_view name : b->order) {
      Scope scope = b->scope_of(name);
      uint32_t flags = b->flags_of(name);
      if (scope == Scope::Cell && !(flags & DEF_PARAM)) cells.push_back(name);
      if (scope == Scope::Free || (flags & DEF_FREE_CLASS)) frees.push_back(name);
    }
    if (b->needs_class_closure) cells.push_back("__class__");
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    for (std::string_view name : cells) local_slot(unit, name, LOCAL_CELL);
    for (std::string_view name : frees) local_slot(unit, name, LOCAL_FREE);
    out.nfreevars = static_cast<uint32_t>(frees.size());
    if (out.nfreevars == 0 && cells.empty()) out.flags |= CO_NOFREE;
  }

  // The fast-locals slot of `name`, added on first use.
  uint32_t local_slot(Unit& unit, std::string_view name, uint8_t kind = LOCAL_PLAIN) {
    auto [it, fresh] = unit.locals.try_emplace(name, unit.out->localsplus_names.size());
    if (fresh) {
      unit.out->localsplus_names.emplace_back(name);
      unit.out->localsplus_kinds.push_back(kind);
    }
    return it->second;
  }

  // Cells and free slots must exist before the body refers to them, so they
  // are laid out when the body starts; finish_locals then adds nothing new.
  void declare_locals(Unit& unit) {
    Block* b = unit.block;
    for (std::string_view p : b->params)
      local_slot(unit, p, b->scope_of(p) == Scope::Cell ? LOCAL_PLAIN | LOCAL_CELL : LOCAL_PLAIN);
    if (b->type != BlockType::Function) return;
    for (std::string_view name : b->order)
      if (b->scope_of(name) == Scope::Local) local_slot(unit, name);
  }

  uint32_t name_index(std::string_view name) {
    auto [it, fresh] = u().names.try_emplace(name, u().out->names.size());
    if (fresh) u().out->names.emplace_back(name);
    return it->second;
  }

  uint32_t const_index(const Constant& c) {
    auto& consts = u().out->consts;
    for (size_t i = 0; i < consts.size(); ++i)
      if (consts[i] == c) return static_cast<uint32_t>(i);
    consts.push_back(c);
    return static_cast<uint32_t>(consts.size() - 1);
  }

  void emit(Opcode op, uint32_t arg = 0) { u().list.instrs.push_back({op, arg, u().pos}); }
  Label new_label() {
    u().list.labels.push_back(-1);
    return static_cast<Label>(u().list.labels.size() - 1);
  }
  void bind(Label l) { u().list.labels[l] = static_cast<int32_t>(u().list.instrs.size()); }
  void load_const(const Constant& c) { emit(LOAD_CONST, const_index(c)); }
  void load_str(std::string_view s) {
    Constant c;
    c.kind = Constant::Kind::Str;
    c.text = std::string(s);
    load_const(c);
  }
  void load_int(int64_t v) {
    Constant c;
    c.kind = Constant::Kind::Int;
    c.negative = v < 0;
    c.text = std::to_string(v < 0 ? -v : v);
    load_const(c);
  }
  // Whether control cannot reach the end of the code so far (no fall
  // through from the last instruction, no jump to the end).
  bool ends_terminal() {
    auto& list = u().list;
    if (list.instrs.empty() || !opcode_is_terminal(list.instrs.back().op)) return false;
    for (int32_t at : list.labels)
      if (at == static_cast<int32_t>(list.instrs.size())) return false;
    return true;
  }

  // Sets the position of the instructions to come, restoring it on exit.
  struct PosScope {
    Codegen& g;
    Pos saved;
    PosScope(Codegen& g, const Pos& p) : g(g), saved(g.u().pos) { g.u().pos = p; }
    ~PosScope() { g.u().pos = saved; }
  };

  std::string_view mangle(std::string_view name) { return st_.mangle(u().class_name, name); }

  // ------------------------------------------------------------ names

  enum class Access { Load, Store, Del };

  bool name_op(std::string_view raw, Access access) {
    std::string_view name = mangle(raw);
    Block* b = u().block;
    Scope scope = b->scope_of(name);
    bool in_function = b->type == BlockType::Function;
    enum { Fast, Deref, Global, NameOp } kind = NameOp;
    switch (scope) {
      case Scope::Free:
      case Scope::Cell:
        kind = Deref;
        break;
      case Scope::Local:
        kind = in_function ? Fast : NameOp;
        break;
      case Scope::GlobalImplicit:
        kind = in_function ? Global : NameOp;
        break;
      case Scope::GlobalExplicit:
        kind = Global;
        break;
      case Scope::Unresolved:
        break;
    }
    switch (kind) {
      case Fast: {
        uint32_t slot = local_slot(u(), name);
        emit(access == Access::Load ? LOAD_FAST : access == Access::Store ? STORE_FAST : DELETE_FAST, slot);
        return true;
      }
      case Deref: {
        uint32_t slot = local_slot(u(), name);
        if (access == Access::Load)
          emit(b->type == BlockType::Class ? LOAD_CLASSDEREF : LOAD_DEREF, slot);
        else
          emit(access == Access::Store ? STORE_DEREF : DELETE_DEREF, slot);
        return true;
      }
      case Global:
        if (access == Access::Load)
          emit(LOAD_GLOBAL, name_index(name) << 1);
        else
          emit(access == Access::Store ? STORE_GLOBAL : DELETE_GLOBAL, name_index(name));
        return true;
      case NameOp:
        emit(access == Access::Load ? LOAD_NAME : access == Access::Store ? STORE_NAME : DELETE_NAME,
             name_index(name));
        return true;
    }
    return true;
  }

  // ------------------------------------------------------------ statements

  bool stmts(const List<Stmt*>& body) {
    for (const Stmt* s : body)
      if (!stmt(s)) return false;
    return true;
  }

  static bool has_annotations(const List<Stmt*>& body) {
    for (const Stmt* s : body) {
      switch (s->kind) {
        case StmtKind::AnnAssign:
          return true;
        case StmtKind::For:
        case StmtKind::AsyncFor:
        case StmtKind::While:
        case StmtKind::If: {
          const List<Stmt*>* parts[2];
          if (s->kind == StmtKind::While) {
            parts[0] = &static_cast<const While*>(s)->body;
            parts[1] = &static_cast<const While*>(s)->orelse;
          } else if (s->kind == StmtKind::If) {
            parts[0] = &static_cast<const If*>(s)->body;
            parts[1] = &static_cast<const If*>(s)->orelse;
          } else {
            parts[0] = &static_cast<const For*>(s)->body;
            parts[1] = &static_cast<const For*>(s)->orelse;
          }
          if (has_annotations(*parts[0]) || has_annotations(*parts[1])) return true;
          break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith:
          if (has_annotations(static_cast<const With*>(s)->body)) return true;
          break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
          auto* t = static_cast<const Try*>(s);
          if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody))
            return true;
          for (const ExceptHandler* h : t->handlers)
            if (has_annotations(h->body)) return true;
          break;
        }
        default:
          break;
      }
    }
    return false;
  }

  static bool is_docstring(const Stmt* s) {
    if (s->kind != StmtKind::ExprStmt) return false;
    const Expr* e = static_cast<const ExprStmt*>(s)->value;
    return e->kind == ExprKind::Constant && static_cast<const ast::Constant*>(e)->value_kind == ConstKind::Str;
  }

  // A module or class body: the docstring goes to __doc__ and annotated
  // names need __annotations__.
  bool body_with_annotations(const List<Stmt*>& body) {
    declare_locals(u());
    if (has_annotations(body)) emit(SETUP_ANNOTATIONS);
    uint32_t first = 0;
    if (!body.empty() && is_docstring(body[0])) {
      PosScope at(*this, *body[0]);
      const auto* doc = static_cast<const ast::Constant*>(static_cast<const ExprStmt*>(body[0])->value);
      load_str(doc->text);
      name_op("__doc__", Access::Store);
      first = 1;
    }
    for (uint32_t i = first; i < body.size; ++i)
      if (!stmt(body[i])) return false;
    return true;
  }

  bool stmt(const Stmt* s) {
    PosScope at(*this, *s);
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef:
        return function_def(static_cast<const FunctionDef*>(s));
      case StmtKind::ClassDef:
        return class_def(static_cast<const ClassDef*>(s));
      case StmtKind::Return:
        return return_stmt(static_cast<const Return*>(s));
      case StmtKind::Delete:
        for (const Expr* t : static_cast<const Delete*>(s)->targets)
          if (!del_target(t)) return false;
        return true;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        if (!expr(a->value)) return false;
        for (uint32_t i = 0; i < a->targets.size; ++i) {
          if (i + 1 < a->targets.size) emit(COPY, 1);
          if (!store_target(a->targets[i])) return false;
        }
        return true;
      }
      case StmtKind::AugAssign:
        return aug_assign(static_cast<const AugAssign*>(s));
      case StmtKind::AnnAssign:
        return ann_assign(static_cast<const AnnAssign*>(s));
      case StmtKind::For:
        return for_stmt(static_cast<const For*>(s));
      case StmtKind::AsyncFor:
        return async_for_stmt(static_cast<const For*>(s));
      case StmtKind::While:
        return while_stmt(static_cast<const While*>(s));
      case StmtKind::If:
        return if_stmt(static_cast<const If*>(s));
      case StmtKind::With:
      case StmtKind::AsyncWith:
        return with_stmt(static_cast<const With*>(s), 0, s->kind == StmtKind::AsyncWith);
      case StmtKind::Match:
        return match_stmt(static_cast<const Match*>(s));
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        uint32_t n = 0;
        if (r->exc) {
          if (!expr(r->exc)) return false;
          n = 1;
          if (r->cause) {
            if (!expr(r->cause)) return false;
            n = 2;
          }
        }
        emit(RAISE_VARARGS, n);
        return true;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        return t->finalbody.empty() ? try_handlers(t) : try_finally(t);
      }
      case StmtKind::Assert:
        return assert_stmt(static_cast<const Assert*>(s));
      case StmtKind::Import:
        return import_stmt(static_cast<const Import*>(s));
      case StmtKind::ImportFrom:
        return import_from(static_cast<const ImportFrom*>(s));
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
        return true;
      case StmtKind::ExprStmt: {
        const Expr* v = static_cast<const ExprStmt*>(s)->value;
        if (interactive_ && units_.size() == 1) {
          if (!expr(v)) return false;
          emit(PRINT_EXPR);
          return true;
        }
        if (is_const_expr(v)) return true;
        if (!expr(v)) return false;
        emit(POP_TOP);
        return true;
      }
      case StmtKind::Break:
        return break_stmt(s);
      case StmtKind::Continue:
        return continue_stmt(s);
    }
    return true;
  }

  // ---- functions and classes

  std::string qualname_for(std::string_view name) {
    if (units_.size() <= 1) return std::string(name);
    Unit& parent = u();
    Block* pb = parent.block;
    if (pb->type == BlockType::Module) return std::string(name);
    std::string_view mangled = st_.mangle(parent.class_name, name);
    if (pb->scope_of(mangled) == Scope::GlobalExplicit) return std::string(name);
    std::string base = parent.out->qualname;
    if (pb->type == BlockType::Function) return base + ".<locals>." + std::string(name);
    return base + "." + std::string(name);
  }

  // Pushes the closure tuple for `child`, if it has free variables; returns
  // the MAKE_FUNCTION flag for it.
  uint32_t closure_for(const CodeUnit& child) {
    if (child.nfreevars == 0) return 0;
    size_t first = child.localsplus_names.size() - child.nfreevars;
    for (size_t i = first; i < child.localsplus_names.size(); ++i) {
      std::string_view name = child.localsplus_names[i];
      // A class body's own __class__ cell, or an enclosing cell/free slot.
      auto it = u().locals.find(name);
      uint32_t slot = it != u().locals.end() ? it->second : local_slot(u(), name);
      emit(LOAD_CLOSURE, slot);
    }
    emit(BUILD_TUPLE, child.nfreevars);
    return MF_CLOSURE;
  }

  void make_function(const std::shared_ptr<CodeUnit>& code, uint32_t flags) {
    flags |= closure_for(*code);
    Constant c;
    c.kind = Constant::Kind::Code;
    c.code = code;
    load_const(c);
    emit(MAKE_FUNCTION, flags);
  }

  // Evaluates defaults and keyword-only defaults; returns the MAKE_FUNCTION flags.
  bool defaults(const Arguments* args, uint32_t* flags) {
    *flags = 0;
    if (!args->defaults.empty()) {
      for (const Expr* e : args->defaults)
        if (!expr(e)) return false;
      emit(BUILD_TUPLE, args->defaults.size);
      *flags |= MF_DEFAULTS;
    }
    uint32_t nkw = 0;
    for (uint32_t i = 0; i < args->kwonlyargs.size; ++i) {
      if (!args->kw_defaults[i]) continue;
      load_str(mangle(args->kwonlyargs[i]->arg));
      if (!expr(args->kw_defaults[i])) return false;
      ++nkw;
    }
    if (nkw) {
      emit(BUILD_MAP, nkw);
      *flags |= MF_KWDEFAULTS;
    }
    return true;
  }

  // The annotations as a tuple of (name, value) pairs; returns false on error.
  bool annotations(const Arguments* args, const Expr* returns, uint32_t* flags) {
    uint32_t n = 0;
    auto one = [&](const Arg* a) {
      if (!a || !a->annotation) return true;
      load_str(mangle(a->arg));
      ++n;
      return expr(a->annotation);
    };
    for (const Arg* a : args->posonlyargs)
      if (!one(a)) return false;
    for (const Arg* a : args->args)
      if (!one(a)) return false;
    if (!one(args->vararg)) return false;
    for (const Arg* a : args->kwonlyargs)
      if (!one(a)) return false;
    if (!one(args->kwarg)) return false;
    if (returns) {
      load_str("return");
      ++n;
      if (!expr(returns)) return false;
    }
    if (n) {
      emit(BUILD_TUPLE, 2 * n);
      *flags |= MF_ANNOTATIONS;
    }
    return true;
  }

  void set_arg_counts(CodeUnit& out, const Arguments* args, Block* b) {
    out.posonlyargcount = args->posonlyargs.size;
    out.argcount = args->posonlyargs.size + args->args.size;
    out.kwonlyargcount = args->kwonlyargs.size;
    out.flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (args->vararg) out.flags |= CO_VARARGS;
    if (args->kwarg) out.flags |= CO_VARKEYWORDS;
    if (b->nested) out.flags |= CO_NESTED;
    if (b->is_generator && b->is_coroutine) out.flags |= CO_ASYNC_GENERATOR;
    else if (b->is_generator) out.flags |= CO_GENERATOR;
    else if (b->is_coroutine) out.flags |= CO_COROUTINE;
  }

  bool function_body(const Stmt* def, std::string_view name, const Arguments* args,
                     const List<Stmt*>* body, const Lambda* lambda, std::shared_ptr<CodeUnit>* result) {
    const void* key = def ? static_cast<const void*>(def) : static_cast<const void*>(lambda);
    const Expr* lambda_body = lambda ? lambda->body : nullptr;
    Block* b = st_.block_for(key);
    std::string qualname = qualname_for(name);
    int32_t first = def ? def->lineno : lambda_body->lineno;
    enter(b, name, first);
    u().out->qualname = qualname;
    set_arg_counts(*u().out, args, b);
    declare_locals(u());
    emit_cell_prologue();
    if (body) {
      // The docstring (or None) is always the first constant.
      uint32_t start = 0;
      if (!body->empty() && is_docstring((*body)[0])) {
        load_const_index_only(static_cast<const ast::Constant*>(static_cast<const ExprStmt*>((*body)[0])->value)->text);
        start = 1;
      } else {
        const_index(Constant{});
      }
      for (uint32_t i = start; i < body->size; ++i)
        if (!stmt((*body)[i])) return false;
      if (!ends_terminal()) {
        u().pos = Pos{};
        if (!u().list.instrs.empty()) u().pos = u().list.instrs.back().pos;
        load_const(Constant{});
        emit(RETURN_VALUE);
      }
    } else {
      const_index(Constant{});  // lambdas have no docstring
      PosScope at(*this, *lambda_body);
      if (!expr(lambda_body)) return false;
      if (!b->is_generator) emit(RETURN_VALUE);
      else {
        emit(POP_TOP);
        load_const(Constant{});
        emit(RETURN_VALUE);
      }
    }
    *result = leave();
    return true;
  }

  void load_const_index_only(std::string_view text) {
    Constant c;
    c.kind = Constant::Kind::Str;
    c.text = std::string(text);
    const_index(c);
  }

  // MAKE_CELL for every cell slot, then COPY_FREE_VARS; both run before the
  // first instruction of the body can touch a variable.
  void emit_cell_prologue() {
    Block* b = u().block;
    std::vector<std::string_view> cells;
    for (std::string_view name : b->order)
      if (b->scope_of(name) == Scope::Cell) cells.push_back(name);
    if (b->needs_class_closure) cells.push_back("__class__");
    std::sort(cells.begin(), cells.end());
    // Parameters keep their slots; other cells come after the plain locals.
    for (std::string_view name : cells) {
      uint32_t flags = b->flags_of(name);
      uint32_t slot = (flags & DEF_PARAM) ? u().locals[name] : local_slot(u(), name, LOCAL_CELL);
      emit(MAKE_CELL, slot);
    }
    std::vector<std::string_view> frees;
    for (std::string_view name : b->order)
      if (b->scope_of(name) == Scope::Free || (b->flags_of(name) & DEF_FREE_CLASS)) frees.push_back(name);
    std::sort(frees.begin(), frees.end());
    for (std::string_view name : frees) local_slot(u(), name, LOCAL_FREE);
    if (!frees.empty()) emit(COPY_FREE_VARS, static_cast<uint32_t>(frees.size()));
  }

  bool decorators(const List<Expr*>& decs) {
    for (const Expr* d : decs) {
      if (!expr(d)) return false;
      emit(PUSH_NULL);
    }
    return true;
  }

  void apply_decorators(const List<Expr*>& decs) {
    for (uint32_t i = 0; i < decs.size; ++i) emit(CALL, 1);
  }

  bool function_def(const FunctionDef* f) {
    if (!decorators(f->decorator_list)) return false;
    uint32_t flags;
    if (!defaults(f->args, &flags)) return false;
    if (!annotations(f->args, f->returns, &flags)) return false;
    std::shared_ptr<CodeUnit> code;
    if (!function_body(f, f->name, f->args, &f->body, nullptr, &code)) return false;
    make_function(code, flags);
    apply_decorators(f->decorator_list);
    return name_op(f->name, Access::Store);
  }

  bool lambda(const Lambda* l) {
    uint32_t flags;
    if (!defaults(l->args, &flags)) return false;
    std::shared_ptr<CodeUnit> code;
    if (!function_body(nullptr, "<lambda>", l->args, nullptr, l, &code)) return false;
    make_function(code, flags);
    return true;
  }

  bool class_def(const ClassDef* c) {
    if (!decorators(c->decorator_list)) return false;
    Block* b = st_.block_for(c);
    std::string qualname = qualname_for(c->name);
    enter(b, c->name, c->lineno);
    u().out->qualname = qualname;
    u().class_name = c->name;
    u().is_class_body = true;
    emit_cell_prologue();
    name_op("__name__", Access::Load);
    name_op("__module__", Access::Store);
    load_str(qualname);
    name_op("__qualname__", Access::Store);
    if (!body_with_annotations(c->body)) return false;
    if (b->needs_class_closure) {
      emit(LOAD_CLOSURE, u().locals["__class__"]);
      emit(COPY, 1);
      name_op("__classcell__", Access::Store);
    } else {
      load_const(Constant{});
    }
    emit(RETURN_VALUE);
    std::shared_ptr<CodeUnit> code = leave();

    emit(LOAD_BUILD_CLASS);
    emit(PUSH_NULL);
    make_function(code, 0);
    load_str(c->name);
    if (!call_args(c->bases, c->keywords, 2)) return false;
    apply_decorators(c->decorator_list);
    return name_op(c->name, Access::Store);
  }

  bool return_stmt(const Return* r) {
    Block* b = u().block;
    if (b->type != BlockType::Function) return fail(*r, "'return' outside function");
    if (r->value && b->is_coroutine && b->is_generator)
      return fail(*r, "'return' with value in async generator");
    bool preserve = r->value && !is_const_expr(r->value);
    if (preserve && !expr(r->value)) return false;
    if (!unwind_all(preserve)) return false;
    if (!r->value) load_const(Constant{});
    else if (!preserve && !expr(r->value)) return false;
    emit(RETURN_VALUE);
    return true;
  }

  // ---- assignment targets

  bool store_target(const Expr* t) {
    PosScope at(*this, *t);
    switch (t->kind) {
      case ExprKind::Name:
        return name_op(static_cast<const Name*>(t)->id, Access::Store);
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(t);
        if (!expr(a->value)) return false;
        emit(STORE_ATTR, name_index(mangle(a->attr)));
        return true;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(t);
        if (!expr(s->value) || !expr(s->slice)) return false;
        emit(STORE_SUBSCR);
        return true;
      }
      case ExprKind::ListExpr:
        return unpack_targets(static_cast<const ListExpr*>(t)->elts, *t);
      case ExprKind::TupleExpr:
        return unpack_targets(static_cast<const TupleExpr*>(t)->elts, *t);
      case ExprKind::Starred:
        return fail(*t, "starred assignment target must be in a list or tuple");
      default:
        return fail(*t, "cannot assign to expression");
    }
  }

  bool unpack_targets(const List<Expr*>& elts, const Pos& pos) {
    int32_t star = -1;
    for (uint32_t i = 0; i < elts.size; ++i) {
      if (elts[i]->kind != ExprKind::Starred) continue;
      if (star >= 0) return fail(pos, "multiple starred expressions in assignment");
      star = static_cast<int32_t>(i);
    }
    if (star < 0) {
      emit(UNPACK_SEQUENCE, elts.size);
    } else {
      uint32_t after = elts.size - star - 1;
      if (star >= 256 || after >= (1u << 16))
        return fail(pos, "too many expressions in star-unpacking assignment");
      emit(UNPACK_EX, static_cast<uint32_t>(star) | (after << 8));
    }
    for (const Expr* e : elts) {
      const Expr* target = e->kind == ExprKind::Starred ? static_cast<const Starred*>(e)->value : e;
      if (!store_target(target)) return false;
    }
    return true;
  }

  bool del_target(const Expr* t) {
    PosScope at(*this, *t);
    switch (t->kind) {
      case ExprKind::Name:
        return name_op(static_cast<const Name*>(t)->id, Access::Del);
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(t);
        if (!expr(a->value)) return false;
        emit(DELETE_ATTR, name_index(mangle(a->attr)));
        return true;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(t);
        if (!expr(s->value) || !expr(s->slice)) return false;
        emit(DELETE_SUBSCR);
        return true;
      }
      case ExprKind::ListExpr:
        for (const Expr* e : static_cast<const ListExpr*>(t)->elts)
          if (!del_target(e)) return false;
        return true;
      case ExprKind::TupleExpr:
        for (const Expr* e : static_cast<const TupleExpr*>(t)->elts)
          if (!del_target(e)) return false;
        return true;
      default:
        return fail(*t, "cannot delete expression");
    }
  }

  bool aug_assign(const AugAssign* a) {
    uint32_t op = binary_op_code(a->op) + NB_INPLACE;
    const Expr* t = a->target;
    switch (t->kind) {
      case ExprKind::Name: {
        if (!name_op(static_cast<const Name*>(t)->id, Access::Load) || !expr(a->value)) return false;
        emit(BINARY_OP, op);
        return name_op(static_cast<const Name*>(t)->id, Access::Store);
      }
      case ExprKind::Attribute: {
        auto* at = static_cast<const Attribute*>(t);
        if (!expr(at->value)) return false;
        emit(COPY, 1);
        uint32_t name = name_index(mangle(at->attr));
        emit(LOAD_ATTR, name);
        if (!expr(a->value)) return false;
        emit(BINARY_OP, op);
        emit(SWAP, 2);
        emit(STORE_ATTR, name);
        return true;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(t);
        if (!expr(s->value) || !expr(s->slice)) return false;
        emit(COPY, 2);
        emit(COPY, 2);
        emit(BINARY_SUBSCR);
        if (!expr(a->value)) return false;
        emit(BINARY_OP, op);
        emit(SWAP, 3);
        emit(SWAP, 2);
        emit(STORE_SUBSCR);
        return true;
      }
      default:
        return fail(*t, "'" + std::string(expr_description(t)) + "' is an illegal expression for augmented assignment");
    }
  }

  bool ann_assign(const AnnAssign* a) {
    if (a->value) {
      if (!expr(a->value) || !store_target(a->target)) return false;
    }
    if (a->target->kind == ExprKind::Name) {
      // Annotations of simple names are recorded at module and class level.
      if (a->simple && u().block->type != BlockType::Function) {
        if (!expr(a->annotation)) return false;
        name_op("__annotations__", Access::Load);
        load_str(mangle(static_cast<const Name*>(a->target)->id));
        emit(STORE_SUBSCR);
      }
      return true;
    }
    if (!a->value) {
      // `a.b: int` still evaluates `a`; `a[i]: int` evaluates `a` and `i`.
      if (a->target->kind == ExprKind::Attribute) {
        if (!expr(static_cast<const Attribute*>(a->target)->value)) return false;
        emit(POP_TOP);
      } else if (a->target->kind == ExprKind::Subscript) {
        auto* s = static_cast<const Subscript*>(a->target);
        if (!expr(s->value) || !expr(s->slice)) return false;
        emit(POP_TOP);
        emit(POP_TOP);
      }
    }
    return true;
  }

  // ---- control flow

  bool if_stmt(const If* s) {
    Label end = new_label();
    Label next = s->orelse.empty() ? end : new_label();
    if (!jump_if(s->test, next, false)) return false;
    if (!stmts(s->body)) return false;
    if (!s->orelse.empty()) {
      emit(JUMP, end);
      bind(next);
      if (!stmts(s->orelse)) return false;
    }
    bind(end);
    return true;
  }

  bool while_stmt(const While* s) {
    Label body = new_label(), test = new_label(), orelse = new_label(), end = new_label();
    if (!jump_if(s->test, orelse, false)) return false;
    bind(body);
    push_fblock(FBlockKind::WhileLoop, test, end);
    if (!stmts(s->body)) return false;
    u().fblocks.pop_back();
    bind(test);
    {
      PosScope at(*this, *s);
      // `while True:` goes round with a plain jump placed on the statement
      // (where a KeyboardInterrupt's traceback points, as CPython's).
      bool forever = s->test->kind == ExprKind::Constant &&
                     static_cast<const ast::Constant*>(s->test)->value_kind == ConstKind::True;
      if (forever) emit(JUMP, body);
      else if (!jump_if(s->test, body, true)) return false;
    }
    bind(orelse);
    if (!stmts(s->orelse)) return false;
    bind(end);
    return true;
  }

  bool for_stmt(const For* s) {
    Label start = new_label(), cleanup = new_label(), end = new_label();
    if (!expr(s->iter)) return false;
    emit(GET_ITER);
    bind(start);
    emit(FOR_ITER, cleanup);
    if (!store_target(s->target)) return false;
    push_fblock(FBlockKind::ForLoop, start, end);
    if (!stmts(s->body)) return false;
    u().fblocks.pop_back();
    {
      PosScope at(*this, *s->iter);
      emit(JUMP, start);
    }
    bind(cleanup);
    if (!stmts(s->orelse)) return false;
    bind(end);
    return true;
  }

  bool async_for_stmt(const For* s) {
    if (!u().block->is_coroutine) return fail(*s, "'async for' outside async function");
    Label start = new_label(), except = new_label(), end = new_label();
    if (!expr(s->iter)) return false;
    emit(GET_AITER);
    bind(start);
    push_fblock(FBlockKind::ForLoop, start, end);
    emit(SETUP_FINALLY, except);
    emit(GET_ANEXT);
    load_const(Constant{});
    await_loop();
    emit(POP_BLOCK);
    if (!store_target(s->target)) return false;
    if (!stmts(s->body)) return false;
    emit(JUMP, start);
    u().fblocks.pop_back();
    bind(except);
    emit(END_ASYNC_FOR);
    if (!stmts(s->orelse)) return false;
    bind(end);
    return true;
  }

  bool break_stmt(const Stmt* s) {
    FBlock* loop = nullptr;
    if (!unwind_to_loop(&loop, false)) return false;
    if (!loop) return fail(*s, "'break' outside loop");
    if (!unwind(*loop, false)) return false;
    emit(JUMP, loop->exit);
    return true;
  }

  bool continue_stmt(const Stmt* s) {
    FBlock* loop = nullptr;
    if (!unwind_to_loop(&loop, false)) return false;
    if (!loop) return fail(*s, "'continue' not properly in loop");
    emit(JUMP, loop->start);
    return true;
  }

  // Emits the unwinding of the blocks inside the innermost loop; *loop is
  // that loop, or null.
  bool unwind_to_loop(FBlock** loop, bool preserve) {
    auto& fb = u().fblocks;
    std::vector<FBlock> saved;
    bool ok = true;
    while (!fb.empty()) {
      FBlock top = fb.back();
      if (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop) {
        *loop = &fb.back();
        break;
      }
      fb.pop_back();
      saved.push_back(top);
      if (!unwind(top, preserve)) {
        ok = false;
        break;
      }
    }
    // Code after the jump still belongs to the blocks just unwound.
    while (!saved.empty()) {
      fb.push_back(saved.back());
      saved.pop_back();
    }
    if (*loop) *loop = &*std::find_if(fb.rbegin(), fb.rend(), [](const FBlock& b) {
      return b.kind == FBlockKind::WhileLoop || b.kind == FBlockKind::ForLoop;
    });
    return ok;
  }

  bool unwind_all(bool preserve) {
    auto& fb = u().fblocks;
    std::vector<FBlock> saved;
    bool ok = true;
    while (!fb.empty()) {
      FBlock top = fb.back();
      fb.pop_back();
      saved.push_back(top);
      if (!unwind(top, preserve)) {
        ok = false;
        break;
      }
    }
    while (!saved.empty()) {
      fb.push_back(saved.back());
      saved.pop_back();
    }
    return ok;
  }

  // Emits what leaving `b` early requires; `preserve` keeps the value on top
  // of the stack (a return value) above whatever is popped.
  bool unwind(const FBlock& b, bool preserve) {
    switch (b.kind) {
      case FBlockKind::WhileLoop:
      case FBlockKind::ExceptionHandler:
      case FBlockKind::AsyncComprehension:
        return true;
      case FBlockKind::ForLoop:
        if (preserve) emit(SWAP, 2);
        emit(POP_TOP);
        return true;
      case FBlockKind::TryExcept:
        emit(POP_BLOCK);
        return true;
      case FBlockKind::FinallyTry: {
        emit(POP_BLOCK);
        if (preserve) push_fblock(FBlockKind::PopValue, 0, 0);
        bool ok = stmts(*b.finalbody);
        if (preserve) u().fblocks.pop_back();
        return ok;
      }
      case FBlockKind::FinallyEnd:
        if (preserve) emit(SWAP, 2);
        emit(POP_TOP);  // the exception
        if (preserve) emit(SWAP, 2);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        return true;
      case FBlockKind::With:
      case FBlockKind::AsyncWith:
        emit(POP_BLOCK);
        if (preserve) emit(SWAP, 2);
        call_exit_with_nones();
        if (b.kind == FBlockKind::AsyncWith) {
          emit(GET_AWAITABLE, 2);
          load_const(Constant{});
          await_loop();
        }
        emit(POP_TOP);
        return true;
      case FBlockKind::HandlerCleanup:
        if (!b.name.empty()) emit(POP_BLOCK);
        if (preserve) emit(SWAP, 2);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        if (!b.name.empty()) {
          load_const(Constant{});
          name_op(b.name, Access::Store);
          name_op(b.name, Access::Del);
        }
        return true;
      case FBlockKind::PopValue:
        if (preserve) emit(SWAP, 2);
        emit(POP_TOP);
        return true;
      case FBlockKind::ExceptionGroupHandler:
        return fail(u().pos, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    return true;
  }

  // exit(None, None, None) with the exit callable on top of the stack.
  void call_exit_with_nones() {
    emit(PUSH_NULL);
    load_const(Constant{});
    load_const(Constant{});
    load_const(Constant{});
    emit(CALL, 3);
  }

  // The handler shared by the exceptional exits of except, finally and with
  // blocks: restore the previous exception and re-raise.
  void pop_except_and_reraise() {
    emit(COPY, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
  }

  bool try_except(const Try* t) {
    Label handlers = new_label(), cleanup = new_label(), end = new_label();
    emit(SETUP_FINALLY, handlers);
    push_fblock(FBlockKind::TryExcept, 0, 0);
    if (!stmts(t->body)) return false;
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    if (!stmts(t->orelse)) return false;
    emit(JUMP, end);

    bind(handlers);
    emit(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    push_fblock(FBlockKind::ExceptionHandler, 0, 0);
    for (uint32_t i = 0; i < t->handlers.size; ++i) {
      const ExceptHandler* h = t->handlers[i];
      PosScope at(*this, *h);
      if (!h->type && i + 1 < t->handlers.size) return fail(*h, "default 'except:' must be last");
      Label next = new_label();
      if (h->type) {
        if (!expr(h->type)) return false;
        emit(CHECK_EXC_MATCH);
        emit(POP_JUMP_IF_FALSE, next);
      }
      if (!h->name.empty()) {
        Label cleanup_end = new_label();
        name_op(h->name, Access::Store);
        emit(SETUP_CLEANUP, cleanup_end);
        push_fblock(FBlockKind::HandlerCleanup, 0, 0, nullptr, h->name);
        if (!stmts(h->body)) return false;
        u().fblocks.pop_back();
        emit(POP_BLOCK);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        load_const(Constant{});
        name_op(h->name, Access::Store);
        name_op(h->name, Access::Del);
        emit(JUMP, end);
        bind(cleanup_end);
        load_const(Constant{});
        name_op(h->name, Access::Store);
        name_op(h->name, Access::Del);
        emit(RERAISE);
      } else {
        emit(POP_TOP);
        push_fblock(FBlockKind::HandlerCleanup, 0, 0);
        if (!stmts(h->body)) return false;
        u().fblocks.pop_back();
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        emit(JUMP, end);
      }
      bind(next);
    }
    u().fblocks.pop_back();
    emit(RERAISE);
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
    return true;
  }

  bool try_handlers(const Try* t) { return t->kind == StmtKind::TryStar ? try_star(t) : try_except(t); }

  // try/except*: the clauses run in turn on what the previous ones left
  // (CHECK_EG_MATCH splits it); what they raise is gathered in a list, and
  // PREP_RERAISE_STAR makes of it the one exception to re-raise, if any.
  // Stack in the clauses: previous handled exception, original, list, rest.
  bool try_star(const Try* t) {
    Label handlers = new_label(), cleanup = new_label(), reraise = new_label();
    Label end = new_label();
    emit(SETUP_FINALLY, handlers);
    push_fblock(FBlockKind::TryExcept, 0, 0);
    if (!stmts(t->body)) return false;
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    if (!stmts(t->orelse)) return false;
    emit(JUMP, end);

    bind(handlers);
    emit(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    push_fblock(FBlockKind::ExceptionGroupHandler, 0, 0);
    emit(COPY, 1);
    emit(BUILD_LIST, 0);
    emit(SWAP, 2);
    for (uint32_t i = 0; i < t->handlers.size; ++i) {
      const ExceptHandler* h = t->handlers[i];
      PosScope at(*this, *h);
      Label no_match = new_label(), next = new_label(), raised = new_label();
      if (!h->type) return fail(*h, "expected one or more exception types");
      if (!expr(h->type)) return false;
      emit(CHECK_EG_MATCH);
      emit(COPY, 1);
      emit(POP_JUMP_IF_NONE, no_match);
      if (!h->name.empty()) {
        name_op(h->name, Access::Store);
      } else {
        emit(POP_TOP);
      }
      emit(SETUP_CLEANUP, raised);
      push_fblock(FBlockKind::HandlerCleanup, 0, 0, nullptr, h->name);
      if (!stmts(h->body)) return false;
      u().fblocks.pop_back();
      emit(POP_BLOCK);
      if (!h->name.empty()) {
        load_const(Constant{});
        name_op(h->name, Access::Store);
        name_op(h->name, Access::Del);
      }
      emit(JUMP, next);
      bind(raised);
      if (!h->name.empty()) {
        load_const(Constant{});
        name_op(h->name, Access::Store);
        name_op(h->name, Access::Del);
      }
      emit(LIST_APPEND, 2);
      emit(JUMP, next);
      bind(no_match);
      emit(POP_TOP);
      bind(next);
    }
    emit(LIST_APPEND, 1);  // the rest no clause matched (or None)
    u().fblocks.pop_back();
    emit(PREP_RERAISE_STAR);
    emit(COPY, 1);
    emit(POP_JUMP_IF_NOT_NONE, reraise);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    emit(JUMP, end);
    bind(reraise);
    emit(POP_BLOCK);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE);
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
    return true;
  }

  bool try_finally(const Try* t) {
    Label handler = new_label(), cleanup = new_label(), end = new_label();
    emit(SETUP_FINALLY, handler);
    push_fblock(FBlockKind::FinallyTry, 0, 0, &t->finalbody);
    if (!t->handlers.empty()) {
      if (!try_handlers(t)) return false;
    } else if (!stmts(t->body)) {
      return false;
    }
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    if (!stmts(t->finalbody)) return false;
    emit(JUMP, end);

    bind(handler);
    emit(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    push_fblock(FBlockKind::FinallyEnd, 0, 0);
    if (!stmts(t->finalbody)) return false;
    u().fblocks.pop_back();
    emit(RERAISE);
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
    return true;
  }

  bool with_stmt(const With* w, uint32_t index, bool is_async) {
    if (is_async && !u().block->is_coroutine) return fail(*w, "'async with' outside async function");
    const WithItem* item = w->items[index];
    Label handler = new_label(), cleanup = new_label(), exit = new_label();
    if (!expr(item->context_expr)) return false;
    if (is_async) {
      emit(BEFORE_ASYNC_WITH);
      emit(GET_AWAITABLE, 1);
      load_const(Constant{});
      await_loop();
    } else {
      emit(BEFORE_WITH);
    }
    emit(SETUP_WITH, handler);
    push_fblock(is_async ? FBlockKind::AsyncWith : FBlockKind::With, 0, 0);
    if (item->optional_vars) {
      if (!store_target(item->optional_vars)) return false;
    } else {
      emit(POP_TOP);
    }
    if (index + 1 < w->items.size) {
      if (!with_stmt(w, index + 1, is_async)) return false;
    } else if (!stmts(w->body)) {
      return false;
    }
    u().fblocks.pop_back();
    emit(POP_BLOCK);
    call_exit_with_nones();
    if (is_async) {
      emit(GET_AWAITABLE, 2);
      load_const(Constant{});
      await_loop();
    }
    emit(POP_TOP);
    emit(JUMP, exit);

    bind(handler);
    emit(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    emit(WITH_EXCEPT_START);
    if (is_async) {
      emit(GET_AWAITABLE, 2);
      load_const(Constant{});
      await_loop();
    }
    Label suppress = new_label();
    emit(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE);
    bind(cleanup);
    pop_except_and_reraise();
    bind(suppress);
    emit(POP_TOP);  // the exception
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    emit(POP_TOP);  // exit
    bind(exit);
    return true;
  }

  bool assert_stmt(const Assert* a) {
    Label end = new_label();
    if (!jump_if(a->test, end, true)) return false;
    emit(LOAD_ASSERTION_ERROR);
    if (a->msg) {
      emit(PUSH_NULL);
      if (!expr(a->msg)) return false;
      emit(CALL, 1);
    }
    emit(RAISE_VARARGS, 1);
    bind(end);
    return true;
  }

  bool import_stmt(const Import* s) {
    for (const Alias* a : s->names) {
      load_int(0);
      load_const(Constant{});
      emit(IMPORT_NAME, name_index(a->name));
      if (a->asname.empty()) {
        std::string_view top = a->name.substr(0, a->name.find('.'));
        if (!name_op(top, Access::Store)) return false;
        continue;
      }
      // `import a.b.c as d` binds the submodule: walk down to it.
      std::string_view rest = a->name;
      size_t dot = rest.find('.');
      while (dot != std::string_view::npos) {
        rest = rest.substr(dot + 1);
        dot = rest.find('.');
        emit(IMPORT_FROM, name_index(rest.substr(0, dot)));
        emit(SWAP, 2);
        emit(POP_TOP);
      }
      if (!name_op(a->asname, Access::Store)) return false;
    }
    return true;
  }

  bool import_from(const ImportFrom* s) {
    load_int(s->level);
    Constant names;
    names.kind = Constant::Kind::Tuple;
    for (const Alias* a : s->names) {
      Constant c;
      c.kind = Constant::Kind::Str;
      c.text = std::string(a->name);
      names.items.push_back(c);
    }
    load_const(names);
    emit(IMPORT_NAME, name_index(s->module));
    if (s->names.size == 1 && s->names[0]->name == "*") {
      emit(IMPORT_STAR);
      return true;
    }
    for (const Alias* a : s->names) {
      emit(IMPORT_FROM, name_index(a->name));
      if (!name_op(a->asname.empty() ? a->name : a->asname, Access::Store)) return false;
    }
    emit(POP_TOP);
    return true;
  }

  // ---- match (PEP 634). The subject stays on the stack across the cases;
  // each pattern consumes one copy of it and jumps to its `fail` label with
  // that copy gone. Names are bound as soon as their subpattern matches.

  bool match_stmt(const Match* m) {
    if (!expr(m->subject)) return false;
    Label end = new_label();
    for (uint32_t i = 0; i < m->cases.size; ++i) {
      const MatchCase* c = m->cases[i];
      Label next = new_label();
      {
        PosScope at(*this, *c->pattern);
        emit(COPY, 1);
        if (!pattern(c->pattern, next)) return false;
      }
      if (c->guard && !jump_if(c->guard, next, false)) return false;
      emit(POP_TOP);
      if (!stmts(c->body)) return false;
      emit(JUMP, end);
      bind(next);
    }
    emit(POP_TOP);
    bind(end);
    return true;
  }

  // A label that pops `extra` values and then goes to `fail`.
  Label fail_after_pops(uint32_t extra, Label fail, std::vector<std::pair<Label, uint32_t>>& pending) {
    if (extra == 0) return fail;
    Label l = new_label();
    pending.push_back({l, extra});
    return l;
  }

  void emit_pending_fails(std::vector<std::pair<Label, uint32_t>>& pending, Label fail, Label done) {
    if (pending.empty()) return;
    emit(JUMP, done);
    for (auto& [label, count] : pending) {
      bind(label);
      for (uint32_t i = 0; i < count; ++i) emit(POP_TOP);
      emit(JUMP, fail);
    }
  }

  bool pattern_capture(Identifier name) {
    if (name.empty()) {
      emit(POP_TOP);
      return true;
    }
    return name_op(name, Access::Store);
  }

  // Matches the sub-patterns against n values on the stack, the first on top.
  bool subpatterns(const std::vector<const Pattern*>& subs, Label fail,
                   std::vector<std::pair<Label, uint32_t>>& pending) {
    uint32_t n = static_cast<uint32_t>(subs.size());
    for (uint32_t i = 0; i < n; ++i)
      if (!pattern(subs[i], fail_after_pops(n - 1 - i, fail, pending))) return false;
    return true;
  }

  bool pattern(const Pattern* p, Label fail) {
    PosScope at(*this, *p);
    std::vector<std::pair<Label, uint32_t>> pending;
    Label done = new_label();
    switch (p->kind) {
      case PatternKind::MatchValue: {
        if (!expr(static_cast<const MatchValue*>(p)->value)) return false;
        emit(COMPARE_OP, CMP_EQ);
        emit(POP_JUMP_IF_FALSE, fail);
        break;
      }
      case PatternKind::MatchSingleton: {
        Constant c;
        auto kind = static_cast<const MatchSingleton*>(p)->value;
        c.kind = kind == ConstKind::True ? Constant::Kind::True
                 : kind == ConstKind::False ? Constant::Kind::False : Constant::Kind::None;
        load_const(c);
        emit(IS_OP, 0);
        emit(POP_JUMP_IF_FALSE, fail);
        break;
      }
      case PatternKind::MatchAs: {
        auto* a = static_cast<const MatchAs*>(p);
        if (a->pattern) {
          emit(COPY, 1);
          if (!pattern(a->pattern, fail_after_pops(1, fail, pending))) return false;
        }
        if (!pattern_capture(a->name)) return false;
        break;
      }
      case PatternKind::MatchStar:
        return pattern_capture(static_cast<const MatchStar*>(p)->name);
      case PatternKind::MatchOr: {
        auto* o = static_cast<const MatchOr*>(p);
        Label matched = new_label();
        for (const Pattern* alt : o->patterns) {
          Label next = new_label();
          emit(COPY, 1);
          if (!pattern(alt, next)) return false;
          emit(JUMP, matched);
          bind(next);
        }
        emit(POP_TOP);
        emit(JUMP, fail);
        bind(matched);
        emit(POP_TOP);
        break;
      }
      case PatternKind::MatchSequence: {
        auto* sq = static_cast<const MatchSequence*>(p);
        int32_t star = -1;
        for (uint32_t i = 0; i < sq->patterns.size; ++i) {
          if (sq->patterns[i]->kind != PatternKind::MatchStar) continue;
          if (star >= 0) return Codegen::fail(*p, "multiple starred names in sequence pattern");
          star = static_cast<int32_t>(i);
        }
        Label pop1 = fail_after_pops(1, fail, pending);
        emit(MATCH_SEQUENCE);
        emit(POP_JUMP_IF_FALSE, pop1);
        uint32_t n = sq->patterns.size;
        emit(GET_LEN);
        load_int(star < 0 ? n : n - 1);
        emit(COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE);
        emit(POP_JUMP_IF_FALSE, pop1);
        if (star < 0) emit(UNPACK_SEQUENCE, n);
        else emit(UNPACK_EX, static_cast<uint32_t>(star) | ((n - 1 - star) << 8));
        std::vector<const Pattern*> subs(sq->patterns.begin(), sq->patterns.end());
        if (!subpatterns(subs, fail, pending)) return false;
        break;
      }
      case PatternKind::MatchMapping: {
        auto* mp = static_cast<const MatchMapping*>(p);
        uint32_t n = mp->keys.size;
        Label pop1 = fail_after_pops(1, fail, pending);
        emit(MATCH_MAPPING);
        emit(POP_JUMP_IF_FALSE, pop1);
        if (n) {
          emit(GET_LEN);
          load_int(n);
          emit(COMPARE_OP, CMP_GE);
          emit(POP_JUMP_IF_FALSE, pop1);
        }
        if (!exprs(mp->keys)) return false;
        emit(BUILD_TUPLE, n);
        emit(MATCH_KEYS);  // subject, keys, values-or-None
        emit(COPY, 1);
        emit(POP_JUMP_IF_NONE, fail_after_pops(3, fail, pending));
        emit(UNPACK_SEQUENCE, n);
        std::vector<const Pattern*> subs(mp->patterns.begin(), mp->patterns.end());
        // Below the values: the subject and the keys.
        for (uint32_t i = 0; i < n; ++i)
          if (!pattern(subs[i], fail_after_pops(n - 1 - i + 2, fail, pending))) return false;
        if (!mp->rest.empty()) {
          emit(COPY_DICT_WITHOUT_KEYS);
          if (!name_op(mp->rest, Access::Store)) return false;
        } else {
          emit(POP_TOP);
        }
        emit(POP_TOP);
        break;
      }
      case PatternKind::MatchClass: {
        auto* mc = static_cast<const MatchClass*>(p);
        if (!expr(mc->cls)) return false;
        Constant names;
        names.kind = Constant::Kind::Tuple;
        for (Identifier attr : mc->kwd_attrs) {
          Constant c;
          c.kind = Constant::Kind::Str;
          c.text = std::string(attr);
          names.items.push_back(c);
        }
        load_const(names);
        emit(MATCH_CLASS, mc->patterns.size);
        emit(COPY, 1);
        emit(POP_JUMP_IF_NONE, fail_after_pops(1, fail, pending));
        uint32_t n = mc->patterns.size + mc->kwd_patterns.size;
        emit(UNPACK_SEQUENCE, n);
        std::vector<const Pattern*> subs(mc->patterns.begin(), mc->patterns.end());
        subs.insert(subs.end(), mc->kwd_patterns.begin(), mc->kwd_patterns.end());
        if (!subpatterns(subs, fail, pending)) return false;
        break;
      }
    }
    emit_pending_fails(pending, fail, done);
    bind(done);
    return true;
  }

  // ------------------------------------------------------------ expressions

  static uint32_t binary_op_code(Operator op) {
    switch (op) {
      case Operator::Add: return NB_ADD;
      case Operator::Sub: return NB_SUBTRACT;
      case Operator::Mult: return NB_MULTIPLY;
      case Operator::MatMult: return NB_MATRIX_MULTIPLY;
      case Operator::Div: return NB_TRUE_DIVIDE;
      case Operator::Mod: return NB_REMAINDER;
      case Operator::Pow: return NB_POWER;
      case Operator::LShift: return NB_LSHIFT;
      case Operator::RShift: return NB_RSHIFT;
      case Operator::BitOr: return NB_OR;
      case Operator::BitXor: return NB_XOR;
      case Operator::BitAnd: return NB_AND;
      case Operator::FloorDiv: return NB_FLOOR_DIVIDE;
    }
    return NB_ADD;
  }

  static const char* expr_description(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: return "expression";
      case ExprKind::NamedExpr: return "named expression";
      case ExprKind::BinOp: return "expression";
      case ExprKind::UnaryOp: return "expression";
      case ExprKind::Lambda: return "lambda";
      case ExprKind::IfExp: return "conditional expression";
      case ExprKind::Dict: return "dict literal";
      case ExprKind::Set: return "set display";
      case ExprKind::ListComp: return "list comprehension";
      case ExprKind::SetComp: return "set comprehension";
      case ExprKind::DictComp: return "dict comprehension";
      case ExprKind::GeneratorExp: return "generator expression";
      case ExprKind::Await: return "await expression";
      case ExprKind::Yield: return "yield expression";
      case ExprKind::YieldFrom: return "yield expression";
      case ExprKind::Compare: return "comparison";
      case ExprKind::Call: return "function call";
      case ExprKind::FormattedValue: return "f-string expression";
      case ExprKind::JoinedStr: return "f-string expression";
      case ExprKind::Constant: return "literal";
      case ExprKind::Attribute: return "attribute";
      case ExprKind::Subscript: return "subscript";
      case ExprKind::Starred: return "starred";
      case ExprKind::Name: return "name";
      case ExprKind::ListExpr: return "list";
      case ExprKind::TupleExpr: return "tuple";
      case ExprKind::Slice: return "slice";
    }
    return "expression";
  }

  static bool constant_of(const Expr* e, Constant* out) {
    if (e->kind == ExprKind::UnaryOp) {
      auto* u = static_cast<const UnaryOp*>(e);
      if (u->op != UnaryOpKind::USub || u->operand->kind != ExprKind::Constant) return false;
      auto* c = static_cast<const ast::Constant*>(u->operand);
      if (c->value_kind != ConstKind::Int && c->value_kind != ConstKind::Float) return false;
      if (!constant_of(u->operand, out)) return false;
      if (out->kind == Constant::Kind::Int) out->negative = !out->negative;
      else out->number = -out->number;
      return true;
    }
    if (e->kind == ExprKind::TupleExpr) {
      auto* t = static_cast<const TupleExpr*>(e);
      if (t->ctx != ExprContext::Load) return false;
      Constant tuple;
      tuple.kind = Constant::Kind::Tuple;
      for (const Expr* item : t->elts) {
        Constant c;
        if (!constant_of(item, &c)) return false;
        tuple.items.push_back(std::move(c));
      }
      *out = std::move(tuple);
      return true;
    }
    if (e->kind != ExprKind::Constant) return false;
    auto* c = static_cast<const ast::Constant*>(e);
    Constant k;
    switch (c->value_kind) {
      case ConstKind::None: k.kind = Constant::Kind::None; break;
      case ConstKind::True: k.kind = Constant::Kind::True; break;
      case ConstKind::False: k.kind = Constant::Kind::False; break;
      case ConstKind::Ellipsis: k.kind = Constant::Kind::Ellipsis; break;
      case ConstKind::Int:
        k.kind = Constant::Kind::Int;
        k.base = c->base;
        k.text = std::string(c->text);
        break;
      case ConstKind::Float:
        k.kind = Constant::Kind::Float;
        k.number = c->number;
        break;
      case ConstKind::Complex:
        k.kind = Constant::Kind::Complex;
        k.number = c->number;
        break;
      case ConstKind::Str:
        k.kind = Constant::Kind::Str;
        k.text = std::string(c->text);
        break;
      case ConstKind::Bytes:
        k.kind = Constant::Kind::Bytes;
        k.text = std::string(c->text);
        break;
    }
    *out = std::move(k);
    return true;
  }

  bool exprs(const List<Expr*>& list) {
    for (const Expr* e : list)
      if (!expr(e)) return false;
    return true;
  }

  bool expr(const Expr* e) {
    PosScope at(*this, *e);
    Constant folded;
    if ((e->kind == ExprKind::Constant || e->kind == ExprKind::UnaryOp || e->kind == ExprKind::TupleExpr) &&
        constant_of(e, &folded)) {
      load_const(folded);
      return true;
    }
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        Label end = new_label();
        Opcode jump = b->op == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        for (uint32_t i = 0; i + 1 < b->values.size; ++i) {
          if (!expr(b->values[i])) return false;
          emit(jump, end);
        }
        if (!expr(b->values[b->values.size - 1])) return false;
        bind(end);
        return true;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        if (!expr(n->value)) return false;
        emit(COPY, 1);
        return store_target(n->target);
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        if (!expr(b->left) || !expr(b->right)) return false;
        emit(BINARY_OP, binary_op_code(b->op));
        return true;
      }
      case ExprKind::UnaryOp: {
        auto* un = static_cast<const UnaryOp*>(e);
        if (!expr(un->operand)) return false;
        switch (un->op) {
          case UnaryOpKind::Invert: emit(UNARY_INVERT); break;
          case UnaryOpKind::Not: emit(UNARY_NOT); break;
          case UnaryOpKind::UAdd: emit(UNARY_POSITIVE); break;
          case UnaryOpKind::USub: emit(UNARY_NEGATIVE); break;
        }
        return true;
      }
      case ExprKind::Lambda:
        return lambda(static_cast<const Lambda*>(e));
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        Label orelse = new_label(), end = new_label();
        if (!jump_if(i->test, orelse, false) || !expr(i->body)) return false;
        emit(JUMP, end);
        bind(orelse);
        if (!expr(i->orelse)) return false;
        bind(end);
        return true;
      }
      case ExprKind::Dict:
        return dict_display(static_cast<const Dict*>(e));
      case ExprKind::Set:
        return sequence_display(static_cast<const Set*>(e)->elts, BUILD_SET, SET_ADD, SET_UPDATE, false);
      case ExprKind::ListExpr: {
        auto* l = static_cast<const ListExpr*>(e);
        if (l->ctx != ExprContext::Load) return fail(*e, "cannot load from list in this context");
        return sequence_display(l->elts, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
      }
      case ExprKind::TupleExpr: {
        auto* t = static_cast<const TupleExpr*>(e);
        return sequence_display(t->elts, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp:
        return comprehension(e);
      case ExprKind::Await: {
        Block* b = u().block;
        if (b->type != BlockType::Function) return fail(*e, "'await' outside function");
        if (!b->is_coroutine && !b->is_comprehension) return fail(*e, "'await' outside async function");
        if (!expr(static_cast<const Await*>(e)->value)) return false;
        emit(GET_AWAITABLE, 0);
        load_const(Constant{});
        await_loop();
        return true;
      }
      case ExprKind::Yield: {
        auto* y = static_cast<const Yield*>(e);
        if (y->value) {
          if (!expr(y->value)) return false;
        } else {
          load_const(Constant{});
        }
        emit(YIELD_VALUE);
        return true;
      }
      case ExprKind::YieldFrom: {
        if (u().block->is_coroutine) return fail(*e, "'yield from' inside async function");
        if (!expr(static_cast<const YieldFrom*>(e)->value)) return false;
        emit(GET_YIELD_FROM_ITER);
        load_const(Constant{});
        await_loop();
        return true;
      }
      case ExprKind::Compare:
        return compare(static_cast<const Compare*>(e));
      case ExprKind::Call:
        return call(static_cast<const Call*>(e));
      case ExprKind::FormattedValue:
        return formatted_value(static_cast<const FormattedValue*>(e));
      case ExprKind::JoinedStr: {
        auto* j = static_cast<const JoinedStr*>(e);
        if (j->values.empty()) {
          load_str("");
          return true;
        }
        if (!exprs(j->values)) return false;
        if (j->values.size > 1 || j->values[0]->kind != ExprKind::FormattedValue)
          emit(BUILD_STRING, j->values.size);
        return true;
      }
      case ExprKind::Constant:
        return true;  // folded above
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        if (!expr(a->value)) return false;
        PosScope attr_at(*this, *e);
        emit(LOAD_ATTR, name_index(mangle(a->attr)));
        return true;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        check_subscript(s);
        if (!expr(s->value) || !expr(s->slice)) return false;
        emit(BINARY_SUBSCR);
        return true;
      }
      case ExprKind::Starred:
        return fail(*e, "can't use starred expression here");
      case ExprKind::Name:
        return name_op(static_cast<const Name*>(e)->id, Access::Load);
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        uint32_t n = 2;
        if (s->lower) { if (!expr(s->lower)) return false; } else load_const(Constant{});
        if (s->upper) { if (!expr(s->upper)) return false; } else load_const(Constant{});
        if (s->step) {
          if (!expr(s->step)) return false;
          n = 3;
        }
        emit(BUILD_SLICE, n);
        return true;
      }
    }
    return true;
  }

  // The SEND/YIELD_VALUE loop of `yield from` and `await`: the iterable and
  // the first value to send are on the stack; leaves the result.
  void await_loop() {
    Label send = new_label(), exit = new_label();
    bind(send);
    emit(SEND, exit);
    emit(YIELD_VALUE, 1);  // 1: delegating, so throw() and close() reach the iterable
    emit(JUMP, send);
    bind(exit);
  }

  bool jump_if(const Expr* e, Label target, bool cond) {
    PosScope at(*this, *e);
    if (e->kind == ExprKind::UnaryOp && static_cast<const UnaryOp*>(e)->op == UnaryOpKind::Not)
      return jump_if(static_cast<const UnaryOp*>(e)->operand, target, !cond);
    if (e->kind == ExprKind::BoolOp) {
      auto* b = static_cast<const BoolOp*>(e);
      bool is_or = b->op == BoolOpKind::Or;
      Label next = cond == is_or ? target : new_label();
      for (uint32_t i = 0; i + 1 < b->values.size; ++i)
        if (!jump_if(b->values[i], next, is_or)) return false;
      if (!jump_if(b->values[b->values.size - 1], target, cond)) return false;
      if (next != target) bind(next);
      return true;
    }
    if (!expr(e)) return false;
    emit(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
    return true;
  }

  void compare_op(CmpOp op) {
    switch (op) {
      case CmpOp::Eq: emit(COMPARE_OP, CMP_EQ); break;
      case CmpOp::NotEq: emit(COMPARE_OP, CMP_NE); break;
      case CmpOp::Lt: emit(COMPARE_OP, CMP_LT); break;
      case CmpOp::LtE: emit(COMPARE_OP, CMP_LE); break;
      case CmpOp::Gt: emit(COMPARE_OP, CMP_GT); break;
      case CmpOp::GtE: emit(COMPARE_OP, CMP_GE); break;
      case CmpOp::Is: emit(IS_OP, 0); break;
      case CmpOp::IsNot: emit(IS_OP, 1); break;
      case CmpOp::In: emit(CONTAINS_OP, 0); break;
      case CmpOp::NotIn: emit(CONTAINS_OP, 1); break;
    }
  }

  bool compare(const Compare* c) {
    const Expr* left = c->left;
    for (uint32_t i = 0; i < c->ops.size; ++i) {
      check_is_literal(left, c->ops[i], c->comparators[i], *c);
      left = c->comparators[i];
    }
    if (!expr(c->left)) return false;
    uint32_t n = c->ops.size;
    if (n == 1) {
      if (!expr(c->comparators[0])) return false;
      compare_op(c->ops[0]);
      return true;
    }
    Label cleanup = new_label(), end = new_label();
    for (uint32_t i = 0; i + 1 < n; ++i) {
      if (!expr(c->comparators[i])) return false;
      emit(SWAP, 2);
      emit(COPY, 2);
      compare_op(c->ops[i]);
      emit(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    if (!expr(c->comparators[n - 1])) return false;
    compare_op(c->ops[n - 1]);
    emit(JUMP, end);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_TOP);
    bind(end);
    return true;
  }

  // CPython's check_subscripter and check_index: subscripting a literal that
  // has no items, or indexing a sequence literal with a literal that is no
  // index, is most likely a missing comma between two items.
  void check_subscript(const Subscript* s) {
    const Expr* v = s->value;
    const char* type = v->kind == ExprKind::Lambda ? "function" : literal_type(v);
    if (!type) return;
    bool no_items = v->kind == ExprKind::Set || v->kind == ExprKind::SetComp ||
                    v->kind == ExprKind::GeneratorExp || v->kind == ExprKind::Lambda;
    if (v->kind == ExprKind::Constant) {
      ConstKind k = static_cast<const ast::Constant*>(v)->value_kind;
      no_items = k != ConstKind::Str && k != ConstKind::Bytes;
    }
    if (no_items) {
      warn(*s, std::string("'") + type + "' object is not subscriptable; perhaps you missed a comma?");
      return;
    }
    bool sequence = v->kind == ExprKind::Constant || v->kind == ExprKind::TupleExpr ||
                    v->kind == ExprKind::ListExpr || v->kind == ExprKind::ListComp ||
                    v->kind == ExprKind::JoinedStr || v->kind == ExprKind::FormattedValue;
    const char* index = s->slice->kind == ExprKind::Lambda ? "function" : literal_type(s->slice);
    if (!sequence || !index || !std::strcmp(index, "int") || !std::strcmp(index, "bool")) return;
    warn(*s, std::string(type) + " indices must be integers or slices, not " + index +
                 "; perhaps you missed a comma?");
  }

  bool call(const Call* c) {
    const Expr* f = c->func;
    if (const char* type = literal_type(f))
      warn(*c, std::string("'") + type + "' object is not callable; perhaps you missed a comma?");
    bool simple = !has_starred(c->args);
    for (const Keyword* k : c->keywords)
      if (k->arg.empty()) simple = false;
    if (f->kind == ExprKind::Attribute && simple && static_cast<const Attribute*>(f)->ctx == ExprContext::Load) {
      auto* a = static_cast<const Attribute*>(f);
      if (!expr(a->value)) return false;
      PosScope at(*this, *f);
      emit(LOAD_METHOD, name_index(mangle(a->attr)));
    } else if (f->kind == ExprKind::Name && u().block->type == BlockType::Function &&
               (u().block->scope_of(mangle(static_cast<const Name*>(f)->id)) == Scope::GlobalImplicit ||
                u().block->scope_of(mangle(static_cast<const Name*>(f)->id)) == Scope::GlobalExplicit)) {
      PosScope at(*this, *f);
      emit(LOAD_GLOBAL, name_index(mangle(static_cast<const Name*>(f)->id)) << 1 | 1);
    } else {
      if (!expr(f)) return false;
      emit(PUSH_NULL);
    }
    return call_args(c->args, c->keywords, 0);
  }

  // Arguments after the callable and self_or_null; `extra` values already
  // pushed count as leading positional arguments.
  bool call_args(const List<Expr*>& args, const List<Keyword*>& keywords, uint32_t extra) {
    bool simple = !has_starred(args);
    for (const Keyword* k : keywords)
      if (k->arg.empty()) simple = false;
    if (simple) {
      if (!exprs(args)) return false;
      if (keywords.empty()) {
        emit(CALL, extra + args.size);
        return true;
      }
      Constant names;
      names.kind = Constant::Kind::Tuple;
      for (const Keyword* k : keywords) {
        for (const Constant& seen : names.items)
          if (seen.text == k->arg)
            return fail(*k, "keyword argument repeated: " + std::string(k->arg));
        if (!expr(k->value)) return false;
        Constant n;
        n.kind = Constant::Kind::Str;
        n.text = std::string(k->arg);
        names.items.push_back(std::move(n));
      }
      load_const(names);
      emit(CALL_KW, extra + args.size + keywords.size);
      return true;
    }
    // Star-args: a tuple of the positional arguments and a dict of the rest
    // (a lone `*it` goes as it is; CALL_FUNCTION_EX makes the tuple).
    if (extra == 0 && args.size == 1 && args[0]->kind == ExprKind::Starred) {
      if (!expr(static_cast<const Starred*>(args[0])->value)) return false;
      return star_keywords(keywords);
    }
    emit(BUILD_LIST, extra);
    for (const Expr* a : args) {
      if (a->kind == ExprKind::Starred) {
        if (!expr(static_cast<const Starred*>(a)->value)) return false;
        emit(LIST_EXTEND, 1);
      } else {
        if (!expr(a)) return false;
        emit(LIST_APPEND, 1);
      }
    }
    emit(LIST_TO_TUPLE);
    return star_keywords(keywords);
  }

  // The keyword part of a CALL_FUNCTION_EX call, then the call.
  bool star_keywords(const List<Keyword*>& keywords) {
    if (keywords.empty()) {
      emit(CALL_FUNCTION_EX, 0);
      return true;
    }
    bool have_dict = false;
    uint32_t pending = 0;
    auto flush = [&]() {
      if (!pending) return;
      emit(BUILD_MAP, pending);
      if (have_dict) emit(DICT_MERGE, 1);
      have_dict = true;
      pending = 0;
    };
    for (const Keyword* k : keywords) {
      if (k->arg.empty()) {
        flush();
        if (!have_dict) {
          emit(BUILD_MAP, 0);
          have_dict = true;
        }
        if (!expr(k->value)) return false;
        emit(DICT_MERGE, 1);
      } else {
        load_str(k->arg);
        if (!expr(k->value)) return false;
        ++pending;
      }
    }
    flush();
    emit(CALL_FUNCTION_EX, 1);
    return true;
  }

  bool sequence_display(const List<Expr*>& elts, Opcode build, Opcode add, Opcode extend, bool tuple) {
    if (!has_starred(elts)) {
      if (!exprs(elts)) return false;
      emit(tuple ? BUILD_TUPLE : build, elts.size);
      return true;
    }
    emit(build, 0);
    for (const Expr* e : elts) {
      if (e->kind == ExprKind::Starred) {
        if (!expr(static_cast<const Starred*>(e)->value)) return false;
        emit(extend, 1);
      } else {
        if (!expr(e)) return false;
        emit(add, 1);
      }
    }
    if (tuple) emit(LIST_TO_TUPLE);
    return true;
  }

  bool dict_display(const Dict* d) {
    bool have_dict = false;
    uint32_t pending = 0;
    auto flush = [&]() {
      if (!pending && have_dict) return;
      emit(BUILD_MAP, pending);
      if (have_dict) emit(DICT_UPDATE, 1);
      have_dict = true;
      pending = 0;
    };
    for (uint32_t i = 0; i < d->keys.size; ++i) {
      if (!d->keys[i]) {
        flush();
        if (!expr(d->values[i])) return false;
        emit(DICT_UPDATE, 1);
        continue;
      }
      if (!expr(d->keys[i]) || !expr(d->values[i])) return false;
      ++pending;
    }
    if (pending || !have_dict) flush();
    return true;
  }

  bool formatted_value(const FormattedValue* f) {
    if (!expr(f->value)) return false;
    uint32_t flags = 0;
    switch (f->conversion) {
      case 's': flags = 1; break;
      case 'r': flags = 2; break;
      case 'a': flags = 3; break;
      default: break;
    }
    if (f->format_spec) {
      if (!expr(f->format_spec)) return false;
      flags |= 4;
    }
    emit(FORMAT_VALUE, flags);
    return true;
  }

  // ---- comprehensions (each its own function, as in CPython 3.11)

  bool comprehension(const Expr* e) {
    const List<Comprehension*>* gens;
    const Expr* elt = nullptr;
    const Expr* value = nullptr;
    std::string_view name;
    Opcode build = NOP;
    switch (e->kind) {
      case ExprKind::ListComp:
        gens = &static_cast<const ListComp*>(e)->generators;
        elt = static_cast<const ListComp*>(e)->elt;
        name = "<listcomp>";
        build = BUILD_LIST;
        break;
      case ExprKind::SetComp:
        gens = &static_cast<const SetComp*>(e)->generators;
        elt = static_cast<const SetComp*>(e)->elt;
        name = "<setcomp>";
        build = BUILD_SET;
        break;
      case ExprKind::DictComp:
        gens = &static_cast<const DictComp*>(e)->generators;
        elt = static_cast<const DictComp*>(e)->key;
        value = static_cast<const DictComp*>(e)->value;
        name = "<dictcomp>";
        build = BUILD_MAP;
        break;
      default:
        gens = &static_cast<const GeneratorExp*>(e)->generators;
        elt = static_cast<const GeneratorExp*>(e)->elt;
        name = "<genexpr>";
        break;
    }
    Block* b = st_.block_for(e);
    std::string qualname = qualname_for(name);
    enter(b, name, e->lineno);
    u().pos = *e;
    u().out->qualname = qualname;
    u().out->argcount = 1;
    u().out->flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (b->nested) u().out->flags |= CO_NESTED;
    if (b->is_generator) u().out->flags |= b->is_coroutine ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    else if (b->is_coroutine) u().out->flags |= CO_COROUTINE;
    declare_locals(u());
    emit_cell_prologue();
    const_index(Constant{});
    if (build != NOP) emit(build, 0);
    if (!comprehension_loop(*gens, 0, elt, value, e->kind)) return false;
    if (build == NOP) load_const(Constant{});
    emit(RETURN_VALUE);
    std::shared_ptr<CodeUnit> code = leave();

    make_function(code, 0);
    emit(PUSH_NULL);
    if (!expr((*gens)[0]->iter)) return false;
    emit((*gens)[0]->is_async ? GET_AITER : GET_ITER);
    emit(CALL, 1);
    if (b->is_coroutine && e->kind != ExprKind::GeneratorExp) {
      emit(GET_AWAITABLE, 0);
      load_const(Constant{});
      await_loop();
    }
    return true;
  }

  bool comprehension_loop(const List<Comprehension*>& gens, uint32_t index, const Expr* elt,
                          const Expr* value, ExprKind kind) {
    const Comprehension* g = gens[index];
    Label start = new_label(), anchor = new_label(), skip = new_label();
    if (index == 0) {
      emit(LOAD_FAST, 0);  // .0
    } else {
      if (!expr(g->iter)) return false;
      emit(g->is_async ? GET_AITER : GET_ITER);
    }
    bind(start);
    Label except = 0;
    if (g->is_async) {
      except = new_label();
      emit(SETUP_FINALLY, except);
      emit(GET_ANEXT);
      load_const(Constant{});
      await_loop();
      emit(POP_BLOCK);
    } else {
      emit(FOR_ITER, anchor);
    }
    if (!store_target(g->target)) return false;
    for (const Expr* cond : g->ifs)
      if (!jump_if(cond, skip, false)) return false;
    if (index + 1 < gens.size) {
      if (!comprehension_loop(gens, index + 1, elt, value, kind)) return false;
    } else {
      uint32_t depth = gens.size + 1;
      switch (kind) {
        case ExprKind::GeneratorExp:
          if (!expr(elt)) return false;
          emit(YIELD_VALUE);
          emit(POP_TOP);
          break;
        case ExprKind::ListComp:
          if (!expr(elt)) return false;
          emit(LIST_APPEND, depth);
          break;
        case ExprKind::SetComp:
          if (!expr(elt)) return false;
          emit(SET_ADD, depth);
          break;
        default:
          if (!expr(elt) || !expr(value)) return false;
          emit(MAP_ADD, depth);
          break;
      }
    }
    bind(skip);
    emit(JUMP, start);
    bind(anchor);
    if (g->is_async) {
      bind(except);
      emit(END_ASYNC_FOR);
    }
    return true;
  }
};

}  // namespace

std::shared_ptr<CodeUnit> compile_module(const Module& module, std::string_view filename, CompileError* error,
                                         bool interactive, std::vector<CompileWarning>* warnings, int max_depth) {
  SymbolTable st;
  st.max_depth = max_depth;
  if (!st.build(module)) {
    *error = st.error;
    return nullptr;
  }
  return Codegen(st, filename, error, interactive, warnings).module(module);
}

std::shared_ptr<CodeUnit> compile_expression(const Expression& expression, std::string_view filename,
                                             CompileError* error, std::vector<CompileWarning>* warnings,
                                             int max_depth) {
  SymbolTable st;
  st.max_depth = max_depth;
  if (!st.build(expression)) {
    *error = st.error;
    return nullptr;
  }
  return Codegen(st, filename, error, false, warnings).expression(expression);
}

}  // namespace pytier::light::compiler
