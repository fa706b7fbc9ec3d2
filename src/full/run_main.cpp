#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "full/run_main.h"

#include "full/runtime.h"
#include "full/teardown.h"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

// Private to libpython but exported from the static archive we link: the
// exact SystemExit rule of python3.11 (prints non-int codes, never exits),
// and the flag its eval loop sets when KeyboardInterrupt escapes __main__.
extern "C" int _Py_HandleSystemExit(int* exitcode);
extern "C" int _Py_UnhandledKeyboardInterrupt;

namespace pytier::full {
namespace {

// A failing flush must neither replace nor hide the program's own exception.
void flush_stdio() {
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  for (const char* name : {"stderr", "stdout"}) {
    PyObject* stream = PySys_GetObject(name);
    PyObject* r = stream && stream != Py_None ? PyObject_CallMethod(stream, "flush", nullptr) : nullptr;
    if (r)
      Py_DECREF(r);
    else
      PyErr_Clear();
  }
  PyErr_Restore(type, value, traceback);
}

// A SystemExit must never reach PyErr_Print, which would exit the host.
int report_uncaught() {
  int status;
  if (_Py_HandleSystemExit(&status)) return status;
  PyErr_Print();
  return 1;
}

// python3.11 makes the script path absolute without normalizing it.
std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return path;
  if (path.empty() || path == ".") return cwd;
  return std::string(cwd) + "/" + path;
}

bool set_item(PyObject* dict, const char* key, PyObject* value) {
  bool ok = value && PyDict_SetItemString(dict, key, value) == 0;
  Py_XDECREF(value);
  return ok;
}

PyObject* source_file_loader(PyObject* filename) {
  PyObject* external = PyImport_ImportModule("_frozen_importlib_external");
  PyObject* loader = external ? PyObject_CallMethod(external, "SourceFileLoader", "sO", "__main__", filename) : nullptr;
  Py_XDECREF(external);
  return loader;
}

// The command goes from argv bytes to str and back to strict UTF-8, as in
// python3.11: undecodable bytes fail there, before compiling.
int run_command(const Invocation& inv, PyObject* globals) {
  if (!insert_path0(inv, nullptr)) return report_uncaught();
  PyObject* command = PyUnicode_DecodeFSDefault(inv.command.c_str());
  PyObject* utf8 = command ? PyUnicode_AsUTF8String(command) : nullptr;
  Py_XDECREF(command);
  if (!utf8) {
    PySys_WriteStderr("Unable to decode the command from the command line:\n");
    return report_uncaught();
  }
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  flags.cf_flags |= PyCF_IGNORE_COOKIE;
  PyObject* result = PyRun_StringFlags(PyBytes_AS_STRING(utf8), Py_file_input, globals, globals, &flags);
  Py_DECREF(utf8);
  if (!result) return report_uncaught();
  Py_DECREF(result);
  return 0;
}

// A directory or zip file runs its __main__ module through runpy.
int run_main_module() {
  PyObject* runpy = PyImport_ImportModule("runpy");
  _Py_UnhandledKeyboardInterrupt = 0;
  PyObject* result = runpy ? PyObject_CallMethod(runpy, "_run_module_as_main", "sO", "__main__", Py_False) : nullptr;
  Py_XDECREF(runpy);
  if (!result && PyErr_Occurred() == PyExc_KeyboardInterrupt) _Py_UnhandledKeyboardInterrupt = 1;
  if (!result) return report_uncaught();
  Py_DECREF(result);
  return 0;
}

int run_script(const Invocation& inv, PyObject* globals, const std::string& path) {
  FILE* file = std::fopen(path.c_str(), "rbe");
  if (!file) {
    int err = errno;
    PyObject* name = PyUnicode_DecodeFSDefault(path.c_str());
    PySys_FormatStderr("%s: can't open file %R: [Errno %d] %s\n", inv.interpreter.c_str(), name, err,
                       std::strerror(err));
    Py_XDECREF(name);
    return 2;
  }
  PyObject* filename = PyUnicode_DecodeFSDefault(path.c_str());
  if (!filename || !set_item(globals, "__file__", Py_NewRef(filename)) ||
      !set_item(globals, "__cached__", Py_NewRef(Py_None)) ||
      !set_item(globals, "__loader__", source_file_loader(filename))) {
    Py_XDECREF(filename);
    std::fclose(file);
    return report_uncaught();
  }
  Py_DECREF(filename);
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  PyObject* result = PyRun_FileExFlags(file, path.c_str(), Py_file_input, globals, globals, 1, &flags);
  flush_stdio();
  int status = 0;
  if (!result) {
    // python3.11 exits from inside PyErr_Print on SystemExit, before it
    // removes __file__ again: atexit handlers see the difference.
    if (_Py_HandleSystemExit(&status)) return status;
    PyErr_Print();
    status = 1;
  }
  Py_XDECREF(result);
  for (const char* key : {"__file__", "__cached__"})
    if (PyDict_DelItemString(globals, key) < 0) PyErr_Clear();
  return status;
}

// python3.11 asks the import system whether the path is a package it can run
// (which also leaves the answer in sys.path_importer_cache).
int run_file(const Invocation& inv, PyObject* globals) {
  std::string path = absolute(inv.filename);
  PyObject* filename = PyUnicode_DecodeFSDefault(path.c_str());
  PyObject* importer = filename ? PyImport_GetImporter(filename) : nullptr;
  if (!importer) {
    Py_XDECREF(filename);
    PySys_WriteStderr("Failed checking if argv[0] is an import path entry\n");
    return report_uncaught();
  }
  bool is_package = importer != Py_None;
  Py_DECREF(importer);
  bool entered = insert_path0(inv, is_package ? filename : nullptr);
  Py_DECREF(filename);
  if (!entered) return report_uncaught();
  return is_package ? run_main_module() : run_script(inv, globals, path);
}

[[noreturn]] void exit_by_sigint() {
  std::signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  _exit(128 + SIGINT);
}

}  // namespace

int run_program(const Invocation& inv) {
  PyObject* main_module = PyImport_AddModule("__main__");
  if (!main_module) return report_uncaught();
  PyObject* globals = PyModule_GetDict(main_module);
  return inv.is_command ? run_command(inv, globals) : run_file(inv, globals);
}

int end_interpreter(int status) {
  if (finish_program() < 0) status = 120;
  if (_Py_UnhandledKeyboardInterrupt) {
    std::fflush(stdout);
    std::fflush(stderr);
    exit_by_sigint();
  }
  return status;
}

}  // namespace pytier::full
