#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "route/analyzer.h"
#include "route/modules.h"

// Imports and OS access: modules the Light tier lacks, C-extension packages,
// modules that reach the OS, `open()`, and modules next to the script, which
// are analyzed as part of the program.

namespace pytier::route::analysis {
namespace {

bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

void Analyzer::import(std::string_view name, const ast::Pos& at) {
  if (name == "__future__") return;
  std::string code = quoted(at);
  std::string top(top_level(name));
  // What a module does counts even when the Light tier provides it.
  if (is_os_module(name)) report(Signal::OsAccess, at, code + ": " + top + " reaches files, processes or the network");
  if (top == "traceback") report(Signal::ExceptionText, at, code + ": tracebacks print exception text");
  if (light_provides(name)) return;
  if (is_c_extension_package(name)) {
    report(Signal::CExtension, at, code + ": " + top + " is built on C extensions");
    return;
  }
  if (in_stdlib(name)) {
    report(Signal::Import, at, code + ": stdlib module " + std::string(name) + " is not provided by the Light tier");
    return;
  }
  std::string path = std::string(dir_) + top + ".py";
  if (!file_exists(path)) path = std::string(dir_) + top + "/__init__.py";
  if (file_exists(path)) {
    sibling(path, top, at);
    return;
  }
  report(Signal::Import, at, code + ": " + top + " is neither in CPython 3.11's stdlib nor provided by the Light tier");
}

// A module next to the script runs as part of the program: its findings count.
void Analyzer::sibling(const std::string& path, const std::string& name, const ast::Pos& at) {
  if (!shared_.seen_modules.insert(path).second) return;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  nested(std::move(text).str(), path, "in module " + name + ": ", at);
}

void Analyzer::open_call(const ast::Call* call) { report(Signal::OsAccess, *call, quoted(*call) + " opens a file"); }

}  // namespace pytier::route::analysis
