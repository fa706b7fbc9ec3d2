#pragma once
// The symbol table: which block (module, class body, function, lambda,
// comprehension) binds each name, and so whether the compiler reaches it as a
// fast local, a cell, a free variable, a global or a namespace entry. The two
// passes follow CPython's symtable.c: record uses and bindings per block, then
// resolve scopes from the outside in, turning locals captured by inner blocks
// into cells.

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "light/compiler/code_unit.h"
#include "light/syntax/ast.h"

namespace pytier::light::compiler {

enum SymbolFlag : uint32_t {
  DEF_GLOBAL = 1,         // `global x`
  DEF_LOCAL = 2,          // assigned in this block
  DEF_PARAM = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_FREE_CLASS = 32,    // a class-body name also free in a method
  DEF_IMPORT = 64,
  DEF_ANNOT = 128,
  DEF_COMP_ITER = 256,    // a comprehension's iteration variable
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

enum class Scope : uint8_t { Unresolved, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Symbol {
  uint32_t flags = 0;
  Scope scope = Scope::Unresolved;
};

enum class BlockType : uint8_t { Module, Class, Function };

struct Block {
  BlockType type;
  std::string_view name;
  int32_t lineno = 0;
  Block* parent = nullptr;
  std::vector<Block*> children;

  std::vector<std::string_view> order;  // symbols in first-seen order
  std::unordered_map<std::string_view, Symbol> symbols;
  std::vector<std::string_view> params;  // in declaration order
  std::unordered_map<std::string_view, ast::Pos> directives;  // where global/nonlocal named each

  bool nested = false;
  bool is_generator = false;
  bool is_coroutine = false;
  bool is_comprehension = false;
  bool has_free = false;
  bool child_free = false;
  bool needs_class_closure = false;  // a method uses __class__ or super()
  bool has_varargs = false;
  bool has_varkeywords = false;
  int comp_iter_expr = 0;  // >0 while visiting a comprehension's iterable
  bool in_comp_target = false;  // visiting a comprehension's `for` target

  Scope scope_of(std::string_view name) const;
  uint32_t flags_of(std::string_view name) const;
};

class SymbolTable {
 public:
  // Builds the table for a module or an `eval` expression; false on a syntax
  // error, left in `error`.
  [[nodiscard]] bool build(const ast::Module& module);
  [[nodiscard]] bool build(const ast::Expression& expression);

  Block* top() const { return top_; }
  Block* block_for(const void* node) const;

  // CPython's name mangling of `__private` names inside class `class_name`.
  std::string_view mangle(std::string_view class_name, std::string_view name);

  CompileError error;
  // How deep statements and expressions may nest (CPython: three times the
  // recursion limit left); deeper trees are a RecursionError.
  int max_depth = 3000;

 private:
  Block* enter(BlockType type, std::string_view name, const void* node, int32_t lineno);
  void leave();
  bool add_def(std::string_view name, uint32_t flag, const ast::Pos& pos);
  bool add_def_in(Block* block, std::string_view name, uint32_t flag, const ast::Pos& pos);
  bool fail(const ast::Pos& pos, std::string message);

  bool visit_stmts(const ast::List<ast::Stmt*>& body);
  bool visit_stmt(const ast::Stmt* s);
  bool visit_exprs(const ast::List<ast::Expr*>& exprs);
  bool visit_expr(const ast::Expr* e);
  bool visit_arguments_defaults(const ast::Arguments* args);
  bool visit_annotations(const ast::Arguments* args, const ast::Expr* returns);
  bool visit_params(const ast::Arguments* args);
  bool visit_function(const ast::Stmt* def, std::string_view name, const ast::Arguments* args,
                      const ast::List<ast::Stmt*>* body, const ast::Lambda* lambda,
                      bool is_async);
  bool visit_comprehension(const ast::Expr* e, std::string_view name,
                           const ast::List<ast::Comprehension*>& generators, const ast::Expr* elt,
                           const ast::Expr* value);
  bool visit_named_expr(const ast::NamedExpr* e);
  bool visit_comp_target(const ast::Expr* target);
  bool visit_pattern(const ast::Pattern* p);
  bool declare_global_or_nonlocal(const ast::Stmt* s, const ast::List<ast::Identifier>& names,
                                  bool is_global);

  bool analyze();

  std::deque<Block> blocks_;
  std::deque<std::string> strings_;  // mangled names
  std::unordered_map<const void*, Block*> by_node_;
  Block* top_ = nullptr;
  Block* cur_ = nullptr;
  std::vector<std::string_view> class_names_;  // for mangling
  int depth_ = 0;

  bool enter_nesting();
};

}  // namespace pytier::light::compiler
