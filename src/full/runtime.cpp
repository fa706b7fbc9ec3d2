#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "full/runtime.h"

#include "full/teardown.h"

#include <cstdio>

// Private to libpython but exported from the static archive we link, which
// pins the version: python3.11's own rule for sys.path[0].
extern "C" int _PyPathConfig_ComputeSysPath0(const PyWideStringList* argv, PyObject** path0);

namespace pytier::full {
namespace {

constexpr const wchar_t* kExecutable = L"/usr/bin/python3.11";
constexpr const wchar_t* kSearchPaths[] = {
    L"/usr/lib/python311.zip",
    L"/usr/lib/python3.11",
    L"/usr/lib/python3.11/lib-dynload",
};

bool report(PyStatus status) {
  if (!PyStatus_Exception(status)) return true;
  std::fprintf(stderr, "pytier: cannot start the Full tier: %s%s%s\n", status.func ? status.func : "",
               status.func ? ": " : "", status.err_msg ? status.err_msg : "unknown error");
  return false;
}

bool append_decoded(PyWideStringList* list, const std::string& arg) {
  wchar_t* wide = Py_DecodeLocale(arg.c_str(), nullptr);
  if (!wide) return false;
  bool ok = !PyStatus_Exception(PyWideStringList_Append(list, wide));
  PyMem_RawFree(wide);
  return ok;
}

bool decode_list(PyWideStringList* list, const std::vector<std::string>& args) {
  for (const std::string& arg : args)
    if (!append_decoded(list, arg)) return false;
  return true;
}

// The isolated config, with python3.11's signal handlers back, and no site
// (which would put dist-packages on sys.path) nor .pyc writing. The stdio
// encoding and errors are left to CPython's own rule, so they follow the
// locale as python3.11's do: surrogateescape under C, POSIX and C.UTF-8,
// strict under a real locale such as en_US.UTF-8.
bool configure(PyConfig* config) {
  config->site_import = 0;
  config->write_bytecode = 0;
  config->parse_argv = 0;
  config->install_signal_handlers = 1;
  if (!report(PyConfig_SetString(config, &config->executable, kExecutable))) return false;
  if (!report(PyConfig_SetString(config, &config->program_name, kExecutable))) return false;
  config->module_search_paths_set = 1;
  for (const wchar_t* path : kSearchPaths)
    if (!report(PyWideStringList_Append(&config->module_search_paths, path))) return false;
  return true;
}

PyObject* unicode_list(const std::vector<std::string>& args) {
  PyObject* list = PyList_New(0);
  for (const std::string& arg : args) {
    PyObject* item = list ? PyUnicode_DecodeFSDefault(arg.c_str()) : nullptr;
    if (!item || PyList_Append(list, item) < 0) {
      Py_XDECREF(item);
      Py_XDECREF(list);
      return nullptr;
    }
    Py_DECREF(item);
  }
  return list;
}

bool set_sys_list(const char* name, const std::vector<std::string>& args) {
  PyObject* list = unicode_list(args);
  bool ok = list && PySys_SetObject(name, list) == 0;
  Py_XDECREF(list);
  return ok;
}

// _sitebuiltins._Printer without its __init__, which imports os: a millisecond
// of python3.11's start-up that a program not using os would pay here. The
// attributes are the ones __init__ sets, in its order.
PyObject* make_printer(PyObject* sb, const char* name, PyObject* data, PyObject* filenames) {
  PyObject* type = PyObject_GetAttrString(sb, "_Printer");
  PyObject* printer = type ? PyObject_CallMethod(type, "__new__", "O", type) : nullptr;
  PyObject* values[] = {PyUnicode_FromString(name), Py_NewRef(data), Py_NewRef(Py_None), filenames};
  const char* attrs[] = {"_Printer__name", "_Printer__data", "_Printer__lines", "_Printer__filenames"};
  for (int i = 0; i < 4; ++i) {
    if (printer && (!values[i] || PyObject_SetAttrString(printer, attrs[i], values[i]) < 0)) Py_CLEAR(printer);
    Py_XDECREF(values[i]);
  }
  Py_XDECREF(type);
  return printer;
}

// site's license() looks for these files beside and above the standard library.
PyObject* license_files() {
  PyObject* stdlib_dir = PySys_GetObject("_stdlib_dir");  // borrowed
  if (!stdlib_dir) return nullptr;
  return Py_BuildValue("[NNNNss]", PyUnicode_FromFormat("%U/../LICENSE.txt", stdlib_dir),
                       PyUnicode_FromFormat("%U/../LICENSE", stdlib_dir),
                       PyUnicode_FromFormat("%U/LICENSE.txt", stdlib_dir),
                       PyUnicode_FromFormat("%U/LICENSE", stdlib_dir), "./LICENSE.txt", "./LICENSE");
}

// Without site, the builtins `exit`, `quit`, `copyright`, `credits`, `license`
// and `help` would be missing. They are built as site builds them.
bool add_site_builtins() {
  PyObject* sb = PyImport_ImportModule("_sitebuiltins");
  if (!sb) return false;
  const char* eof = "Ctrl-D (i.e. EOF)";
  PyObject* credits = PyUnicode_FromString(
      "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
      "    for supporting Python development.  See www.python.org for more information.");
  PyObject* license = PyUnicode_FromString("See https://www.python.org/psf/license/");
  struct Builtin {
    const char* name;
    PyObject* value;
  } added[] = {
      {"quit", PyObject_CallMethod(sb, "Quitter", "ss", "quit", eof)},
      {"exit", PyObject_CallMethod(sb, "Quitter", "ss", "exit", eof)},
      {"copyright", make_printer(sb, "copyright", PySys_GetObject("copyright"), PyList_New(0))},
      {"credits", credits ? make_printer(sb, "credits", credits, PyList_New(0)) : nullptr},
      {"license", license ? make_printer(sb, "license", license, license_files()) : nullptr},
      {"help", PyObject_CallMethod(sb, "_Helper", nullptr)},
  };
  PyObject* builtins = PyEval_GetBuiltins();  // borrowed
  bool ok = true;
  for (const Builtin& b : added) {
    ok = ok && b.value && PyDict_SetItemString(builtins, b.name, b.value) == 0;
    Py_XDECREF(b.value);
  }
  Py_XDECREF(credits);
  Py_XDECREF(license);
  Py_DECREF(sb);
  return ok;
}

}  // namespace

bool start_interpreter() {
  PyPreConfig preconfig;
  PyPreConfig_InitIsolatedConfig(&preconfig);
  // As python3.11 decides them: LC_CTYPE from the environment, and UTF-8 mode
  // (and C locale coercion) only under the C or POSIX locale. Forcing UTF-8
  // mode would show in sys.flags, locale.getpreferredencoding() and open().
  preconfig.configure_locale = 1;
  preconfig.utf8_mode = -1;
  preconfig.coerce_c_locale = -1;
  if (!report(Py_PreInitialize(&preconfig))) return false;

  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  bool ok = configure(&config) && report(Py_InitializeFromConfig(&config));
  PyConfig_Clear(&config);
  if (ok && (!add_site_builtins() || !prepare_exit_check())) {
    PyErr_Print();
    ok = false;
  }
  return ok;
}

bool enter_program(const Invocation& inv) {
  if (set_sys_list("argv", inv.argv) && set_sys_list("orig_argv", inv.orig_argv)) return true;
  PyErr_Print();
  return false;
}

bool insert_path0(const Invocation& inv, PyObject* main_importer_path) {
  PyWideStringList argv = {0, nullptr};
  PyObject* path0 = Py_XNewRef(main_importer_path);
  bool ok = path0 || (decode_list(&argv, inv.argv) && _PyPathConfig_ComputeSysPath0(&argv, &path0) >= 0);
  if (ok && path0) {
    PyObject* sys_path = PySys_GetObject("path");
    ok = sys_path && PyList_Insert(sys_path, 0, path0) == 0;
  }
  Py_XDECREF(path0);
  for (Py_ssize_t i = 0; i < argv.length; ++i) PyMem_RawFree(argv.items[i]);
  PyMem_RawFree(argv.items);
  return ok;
}

}  // namespace pytier::full
