#include "light/light_main.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#ifndef __wasi__
#include <csignal>  // WASI has no signals
#endif
#include <string>
#include <vector>

#include "light/modules/atexit.h"
#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/function.h"
#include "light/objects/int.h"
#include "light/objects/module.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/runtime/error.h"
#include "light/runtime/interrupt.h"
#include "light/runtime/init.h"
#include "light/runtime/names.h"
#include "light/runtime/stdio.h"
#include "light/vm/compile.h"
#include "light/vm/import.h"
#include "light/vm/init.h"
#include "light/vm/interpreter.h"
#include "light/vm/report.h"

namespace pytier::light {

namespace {

// CPython runs a script under its absolute path (os.path.abspath: joined
// to the working directory, with `.` and `..` components resolved).
std::string absolute_path(const std::string& path) {
  std::string joined = path;
  if (path.empty() || path[0] != '/') {
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return path;
    joined = std::string(cwd) + "/" + path;
  }
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string part = joined.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

// The exit status for an uncaught SystemExit, printing its code if need be.
int system_exit_status(Value exc) {
  Value code;
  if (lookup_attr(exc, str_intern("code"), &code) <= 0) {
    clear_error();
    return 1;
  }
  Ref c(code);
  if (is_none(code)) return 0;
  int64_t status;
  if (int_check(code) && int_to_i64(code, &status)) return static_cast<int>(status);
  Ref s(str(code));
  if (s) {
    (void)stdout_flush();
    (void)stderr_write(str_to_utf8(s.get()) + "\n");
  } else {
    clear_error();
  }
  return 1;
}

std::string missing;

// The module an uncaught ModuleNotFoundError names (its `name` attribute).
void note_missing_module(Value exc) {
  if (!is_instance_of(exc, &exc::ModuleNotFoundError)) return;
  Value name;
  if (lookup_attr(exc, str_intern("name"), &name) <= 0) {
    clear_error();
    return;
  }
  if (str_check(name)) missing = str_to_utf8(name);
  decref(name);
}

// Whether the run ended on an uncaught KeyboardInterrupt.
bool interrupted = false;

// Ends the run with the pending exception: the exit status to return.
int report_uncaught() {
  Value exc = fetch();
  note_missing_module(exc);
  if (is_instance_of(exc, &exc::SystemExit)) {
    int status = system_exit_status(exc);
    decref(exc);
    return status;
  }
  interrupted = is_instance_of(exc, &exc::KeyboardInterrupt);
  vm::print_exception(exc);
  decref(exc);
  return interrupted ? 130 : 1;
}

// Runs the atexit functions, then the final flush; a failed flush is
// reported as CPython reports it, with its status.
int finish(int status) {
  modules::atexit_run();
  if (!runtime_flush()) {
    int code = errno;
    std::string what = code == EPIPE ? "BrokenPipeError" : "OSError";
    (void)stderr_write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n" +
                       what + ": [Errno " + std::to_string(code) + "] " + std::strerror(code) + "\n");
    return 120;
  }
#ifndef __wasi__
  // CPython ends an unhandled ^C by dying of SIGINT itself, so that its
  // parent sees the interrupt; 130 is what a shell shows for that.
  if (interrupted) {
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
#endif
  return status;
}

}  // namespace

const std::string& missing_module() { return missing; }

int main(int argc, char** argv) {
#ifdef __wasi__
  // WASI has no working directory; the runner passes the one to start in.
  if (const char* cwd = std::getenv("PYTIER_WASI_CWD")) {
    if (chdir(cwd) == 0) unsetenv("PYTIER_WASI_CWD");
  }
#endif
#ifndef __wasi__
  // As in CPython, a closed pipe is a BrokenPipeError, not a silent death.
  std::signal(SIGPIPE, SIG_IGN);
#endif
  if (argc < 2) {
    std::fputs("usage: pytier-light FILE|-c CODE [ARGS...]\n", stderr);
    return 2;
  }
  std::vector<std::string> args;
  std::string source, filename, path0;
  if (!std::strcmp(argv[1], "-c")) {
    if (argc < 3) {
      std::fputs("Argument expected for the -c option\n", stderr);
      return 2;
    }
    source = argv[2];
    filename = "<string>";
    args.push_back("-c");
    for (int i = 3; i < argc; ++i) args.push_back(argv[i]);
  } else {
    filename = absolute_path(argv[1]);
    if (!vm::read_file(argv[1], &source)) {
      std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", argv[0],
                   filename.c_str());
      return 2;
    }
    size_t slash = filename.rfind('/');
    path0 = slash == std::string::npos ? std::string() : filename.substr(0, slash);
    for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
  }

  interrupt_install();
  if (!runtime_init() || !vm::vm_init(args, path0)) {
    std::fputs("NotImplementedError: pytier light: the Light tier failed to start\n", stderr);
    return 1;
  }
  Module* main_module = module_new("__main__");
  if (!main_module) return finish(report_uncaught());
  Dict* globals = main_module->dict;
  Ref file(str_from_utf8(filename));
  Ref builtins_module{Value(modules::make_builtins())};
  if (dict_set(vm::sys_modules, names::__main__, Value(main_module)) < 0 ||
      dict_set(globals, names::__builtins__, builtins_module.get()) < 0 ||
      (filename != "<string>" && dict_set(globals, names::__file__, file.get()) < 0) ||
      dict_set(globals, str_intern("__cached__"), none()) < 0)
    return finish(report_uncaught());
  Code* code = vm::compile_source(source, filename, vm::CompileMode::Exec);
  if (!code) return finish(report_uncaught());
  Value r = vm::run_code(code, globals, Value());
  decref(code);
  if (!r) return finish(report_uncaught());
  decref(r);
  return finish(0);
}

}  // namespace pytier::light
