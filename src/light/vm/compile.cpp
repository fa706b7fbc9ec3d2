#include "light/vm/compile.h"

#include "light/compiler/codegen.h"
#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/runtime/stdio.h"
#include "light/syntax/parser.h"

namespace pytier::light::vm {

namespace {

// The source line `lineno` (1-based), with its newline, as CPython puts it in
// SyntaxError.text.
std::string_view source_line(std::string_view source, int lineno) {
  size_t start = 0;
  for (int i = 1; i < lineno; ++i) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  return source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start + 1);
}

void raise_syntax_error(Type* type, const std::string& msg, std::string_view filename, int lineno, int offset,
                        std::string_view text, int end_lineno, int end_offset) {
  Ref m(str_from_utf8(msg));
  Ref f(str_from_utf8(filename));
  Ref l(int_from_i64(lineno));
  Ref o(int_from_i64(offset));
  Ref t(text.empty() ? newref(none()) : str_from_utf8(text));
  Ref el(int_from_i64(end_lineno));
  Ref eo(int_from_i64(end_offset));
  if (!m || !f || !l || !o || !t || !el || !eo) return;
  Ref details(tuple_pack({f.get(), l.get(), o.get(), t.get(), el.get(), eo.get()}));
  if (!details) return;
  Value args[2] = {m.get(), details.get()};
  Ref e(exception_new(type, args, 2));
  if (e) restore(e.release());
}

// Prints the compiler's SyntaxWarnings as the warnings module shows them,
// each location once.
void show_warnings(const std::vector<compiler::CompileWarning>& warnings, std::string_view source,
                   std::string_view filename) {
  std::string out;
  std::vector<std::pair<int, std::string>> seen;
  for (const compiler::CompileWarning& w : warnings) {
    bool repeated = false;
    for (auto& [line, msg] : seen) repeated |= line == w.lineno && msg == w.message;
    if (repeated) continue;
    seen.push_back({w.lineno, w.message});
    out += std::string(filename) + ":" + std::to_string(w.lineno) + ": SyntaxWarning: " + w.message + "\n";
    std::string_view line = source_line(source, w.lineno);
    size_t first = line.find_first_not_of(" \t\f");
    size_t last = line.find_last_not_of(" \t\f\r\n");
    if (first != std::string_view::npos) out += "  " + std::string(line.substr(first, last - first + 1)) + "\n";
  }
  if (!out.empty()) (void)stderr_write(out);
}

}  // namespace

Code* compile_source(std::string_view source, std::string_view filename, CompileMode mode) {
  syntax::Arena arena;
  syntax::SyntaxErrorInfo perr;
  compiler::CompileError cerr;
  std::shared_ptr<compiler::CodeUnit> unit;
  std::vector<compiler::CompileWarning> warnings;
  // CPython's compiler allows three levels per recursion level left.
  int max_depth = 3 * (thread.recursion_limit - thread.depth);
  if (mode != CompileMode::Eval) {
    ast::Module* m = syntax::parse_module(arena, source, filename, &perr);
    if (m) unit = compiler::compile_module(*m, filename, &cerr, mode == CompileMode::Single, &warnings, max_depth);
    else goto parse_error;
  } else {
    ast::Expression* e = syntax::parse_expression(arena, source, filename, &perr);
    if (e) unit = compiler::compile_expression(*e, filename, &cerr, &warnings, max_depth);
    else goto parse_error;
  }
  show_warnings(warnings, source, filename);
  if (!unit && cerr.type == "RecursionError") {
    raise_str(&exc::RecursionError, cerr.message.c_str());
    return nullptr;
  }
  if (!unit && cerr.type == "NotImplementedError") {
    raise_str(&exc::NotImplementedError, cerr.message.c_str());
    return nullptr;
  }
  if (!unit) {
    raise_syntax_error(&exc::SyntaxError, cerr.message, filename, cerr.lineno, cerr.col_offset,
                       source_line(source, cerr.lineno), cerr.end_lineno, cerr.end_col_offset);
    return nullptr;
  }
  return code_from_unit(std::move(unit));

parse_error:
  Type* type = perr.kind == syntax::ErrorKind::IndentationError ? &exc::IndentationError
               : perr.kind == syntax::ErrorKind::TabError       ? &exc::TabError
                                                                : &exc::SyntaxError;
  raise_syntax_error(type, perr.msg, filename, perr.lineno, perr.offset, perr.text, perr.end_lineno,
                     perr.end_offset);
  return nullptr;
}

}  // namespace pytier::light::vm
