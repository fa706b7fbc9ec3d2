// `pytier ast FILE`: the Light tier parser's view of FILE, printed as
// CPython 3.11's ast.dump(ast.parse(...), include_attributes=True) prints it;
// on a syntax error, what `python3.11 FILE` prints, and exit status 1.

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "light/syntax/dump.h"
#include "light/syntax/parser.h"

namespace pytier::cli {

namespace {

namespace syn = pytier::light::syntax;

bool read_file(const char* path, std::string* out) {
  FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

// The script path as CPython 3.11 reports it: made absolute, not normalized.
std::string absolute(const char* path) {
  if (path[0] == '/') return path;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return path;
  return std::string(cwd) + "/" + path;
}

// pythonrun.c's print_exception for a SyntaxError and its subclasses.
void print_syntax_error(const std::string& filename, const syn::SyntaxErrorInfo& e) {
  if (e.lineno == 0) {  // an error without a location: a bad encoding, MemoryError
    std::fprintf(stderr, e.msg.empty() ? "%s\n" : "%s: %s\n", syn::error_kind_name(e.kind), e.msg.c_str());
    return;
  }
  std::string out = "  File \"" + filename + "\", line " + std::to_string(e.lineno) + "\n";
  long offset = e.offset, end_offset = e.end_offset;
  if (e.kind != syn::ErrorKind::SyntaxError) end_offset = -1;
  const std::string& text = e.text;
  long line_size = static_cast<long>(text.size());
  if (e.end_lineno > e.lineno) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  // print_error_text
  long off = offset - 1;
  size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
    start++;
    off--;
  }
  std::string_view t(text);
  t.remove_prefix(start);
  long len = static_cast<long>(t.size());
  if (len > 0 && t[len - 1] == '\n') len--;
  if (off > len) off = len;
  out += "    ";
  out.append(t);
  if (t.empty() || t.back() != '\n') out += '\n';
  if (off >= 0) {
    out += "    ";
    out.append(static_cast<size_t>(off), ' ');
    out.append(static_cast<size_t>(carets), '^');
    out += '\n';
  }
  out += syn::error_kind_name(e.kind);
  out += ": ";
  out += e.msg;
  out += '\n';
  std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace

int ast(int argc, char** argv) {
  if (argc != 1) {
    std::fputs("usage: pytier ast FILE\n", stderr);
    return 2;
  }
  std::string source;
  if (!read_file(argv[0], &source)) {
    std::fprintf(stderr, "pytier ast: can't open file '%s': %s\n", argv[0], std::strerror(errno));
    return 2;
  }
  syn::Arena arena;
  syn::SyntaxErrorInfo err;
  std::string filename = absolute(argv[0]);
  light::ast::Module* m = syn::parse_module(arena, source, filename, &err);
  if (!m) {
    print_syntax_error(filename, err);
    return 1;
  }
  std::string text;
  if (!syn::dump(*m, &text)) {
    std::fputs("RecursionError: maximum recursion depth exceeded during ast construction\n", stderr);
    return 1;
  }
  text += '\n';
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

}  // namespace pytier::cli
