#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "full/teardown.h"

#include <cstring>
#include <vector>

// Exported from the static archive we link: the atexit runner Py_FinalizeEx uses.
extern "C" void _PyAtExit_Call(PyInterpreterState* interp);

namespace pytier::full {
namespace {

// As Py_FinalizeEx's wait_for_thread_shutdown: only if threading was imported.
void join_threads() {
  PyObject* modules = PyImport_GetModuleDict();
  PyObject* threading = PyDict_GetItemString(modules, "threading");
  if (!threading) return;
  PyObject* r = PyObject_CallMethod(threading, "_shutdown", nullptr);
  if (r)
    Py_DECREF(r);
  else
    PyErr_WriteUnraisable(threading);
}

bool is_closed(PyObject* file) {
  PyObject* closed = PyObject_GetAttrString(file, "closed");
  if (!closed) {
    PyErr_Clear();
    return false;
  }
  int r = PyObject_IsTrue(closed);
  Py_DECREF(closed);
  if (r < 0) PyErr_Clear();
  return r > 0;
}

bool flush(PyObject* file) {
  PyObject* r = PyObject_CallMethod(file, "flush", nullptr);
  Py_XDECREF(r);
  return r;
}

// As Py_FinalizeEx's flush_std_files.
int flush_std_files() {
  PyObject* out = PySys_GetObject("stdout");
  PyObject* err = PySys_GetObject("stderr");
  int status = 0;
  if (out && out != Py_None && !is_closed(out) && !flush(out)) {
    PyErr_WriteUnraisable(out);
    status = -1;
  }
  if (err && err != Py_None && !is_closed(err) && !flush(err)) {
    PyErr_Clear();
    status = -1;
  }
  return status;
}

bool is_stdlib_code(PyObject* callable) {
  PyObject* func = PyMethod_Check(callable) ? PyMethod_GET_FUNCTION(callable) : callable;
  if (!PyFunction_Check(func)) return !PyType_HasFeature(Py_TYPE(func), Py_TPFLAGS_HEAPTYPE);
  PyObject* filename = reinterpret_cast<PyCodeObject*>(PyFunction_GET_CODE(func))->co_filename;
  const char* path = PyUnicode_AsUTF8(filename);
  if (!path) PyErr_Clear();
  return path && !std::strncmp(path, "/usr/lib/python3.11/", 20);
}

// A weakref callback from the standard library only tidies a container;
// anything else (a user function, weakref.finalize) may print.
bool callback_may_show(PyObject* ref) {
  PyObject* callback = reinterpret_cast<PyWeakReference*>(ref)->wr_callback;
  return callback && !is_stdlib_code(callback);
}

// A getter of a builtin type, which runs none of the program's code.
bool attr_is_true(PyObject* obj, const char* name) {
  PyObject* value = PyObject_GetAttrString(obj, name);
  int r = value ? PyObject_IsTrue(value) : -1;
  Py_XDECREF(value);
  if (r < 0) PyErr_Clear();
  return r != 0;  // unknown counts as true
}

bool attr_is_none(PyObject* obj, const char* name) {
  PyObject* value = PyObject_GetAttrString(obj, name);
  if (!value) PyErr_Clear();
  Py_XDECREF(value);
  return value == Py_None;  // unknown counts as not None
}

bool call_is_true(PyObject* obj, const char* method) {
  PyObject* value = PyObject_CallMethod(obj, method, nullptr);
  int r = value ? PyObject_IsTrue(value) : -1;
  Py_XDECREF(value);
  if (r < 0) PyErr_Clear();
  return r != 0;  // unknown counts as true
}

// The io module's own file types. The exit check looks into these, and only
// these, because their attributes run none of the program's code.
enum IoType { kTextIOWrapper, kBufferedWriter, kBufferedRandom, kBufferedReader, kFileIO, kBytesIO, kStringIO, kIoTypes };
constexpr const char* kIoTypeNames[kIoTypes] = {"TextIOWrapper", "BufferedWriter", "BufferedRandom", "BufferedReader",
                                                "FileIO",        "BytesIO",        "StringIO"};

// What the exit check needs, looked up at start-up: no import at exit can
// then run an import hook of the program's, and forked children share it.
struct Inspector {
  PyObject* get_objects = nullptr;  // gc.get_objects
  PyObject* freeze = nullptr;       // gc.freeze
  PyObject* unfreeze = nullptr;     // gc.unfreeze
  PyObject* io_types[kIoTypes] = {};
};
Inspector inspector;

int io_type(PyObject* obj) {
  for (int i = 0; i < kIoTypes; ++i)
    if (reinterpret_cast<PyObject*>(Py_TYPE(obj)) == inspector.io_types[i]) return i;
  return kIoTypes;
}

// The layer beneath a text or buffered file of the io module's own types.
PyObject* layer_below(PyObject* file) {
  int type = io_type(file);
  if (type > kBufferedReader) return nullptr;
  PyObject* below = PyObject_GetAttrString(file, type == kTextIOWrapper ? "buffer" : "raw");
  if (!below) PyErr_Clear();
  Py_XDECREF(below);  // still owned by `file`
  return below;
}

// A file of the io module's own types. Finalizing it flushes what it buffers
// into the layer at the bottom, which shows only if that is a FileIO and the
// file is open for writing.
bool is_idle_file(PyObject* file) {
  int type = io_type(file);
  if (type >= kFileIO) return type != kIoTypes;  // unbuffered, or in memory
  PyObject* bottom = file;
  while (bottom && io_type(bottom) < kFileIO) bottom = layer_below(bottom);
  if (!bottom || io_type(bottom) == kIoTypes) return false;
  if (io_type(bottom) != kFileIO) return true;
  return attr_is_true(file, "closed") || !call_is_true(file, "writable");
}

// What finalizing `obj` does, as far as the program's output can tell.
// `std_streams` are the standard streams and the layers beneath them.
bool finalizer_may_show(PyObject* obj, const std::vector<PyObject*>& std_streams) {
  PyTypeObject* type = Py_TYPE(obj);
  if (!type->tp_finalize && !type->tp_del) return false;
  // A class from Python code, with a __del__ of its own or inherited.
  if (PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE)) return true;
  // A suspended generator runs its finally blocks; a coroutine never awaited
  // warns about it.
  if (PyGen_CheckExact(obj)) return attr_is_true(obj, "gi_suspended");
  if (PyCoro_CheckExact(obj)) return !attr_is_none(obj, "cr_frame");
  for (PyObject* s : std_streams)
    if (s == obj) return false;
  return !is_idle_file(obj);
}

// The standard streams are flushed at exit rather than finalized.
void add_layers(std::vector<PyObject*>* out, PyObject* stream) {
  for (; stream && io_type(stream) < kIoTypes; stream = layer_below(stream)) out->push_back(stream);
}

bool teardown_may_show() {
  if (!inspector.get_objects) return true;
  PyObject* objects = PyObject_CallNoArgs(inspector.get_objects);
  if (!objects || !PyList_Check(objects)) {
    PyErr_Clear();
    Py_XDECREF(objects);
    return true;
  }
  std::vector<PyObject*> std_streams;
  for (const char* name : {"__stdin__", "__stdout__", "__stderr__"}) add_layers(&std_streams, PySys_GetObject(name));
  bool may_show = false;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(objects) && !may_show; ++i) {
    PyObject* obj = PyList_GET_ITEM(objects, i);
    may_show = PyWeakref_Check(obj) ? callback_may_show(obj) : finalizer_may_show(obj, std_streams);
  }
  Py_DECREF(objects);
  return may_show;
}

bool call(PyObject* function) {
  PyObject* r = function ? PyObject_CallNoArgs(function) : nullptr;
  Py_XDECREF(r);
  return r;
}

}  // namespace

bool prepare_exit_check() {
  PyObject* gc = PyImport_ImportModule("gc");
  PyObject* io = PyImport_ImportModule("_io");
  bool ok = gc && io;
  if (ok) {
    inspector.get_objects = PyObject_GetAttrString(gc, "get_objects");
    inspector.freeze = PyObject_GetAttrString(gc, "freeze");
    inspector.unfreeze = PyObject_GetAttrString(gc, "unfreeze");
    ok = inspector.get_objects && inspector.freeze && inspector.unfreeze;
    for (int i = 0; i < kIoTypes && ok; ++i) ok = (inspector.io_types[i] = PyObject_GetAttrString(io, kIoTypeNames[i]));
  }
  Py_XDECREF(gc);
  Py_XDECREF(io);
  // python3.11 starts without gc in sys.modules.
  return ok && PyDict_DelItemString(PyImport_GetModuleDict(), "gc") == 0;
}

bool freeze_startup_objects() { return call(inspector.freeze); }

int finish_program() {
  join_threads();
  _PyAtExit_Call(PyInterpreterState_Get());
  if (teardown_may_show()) {
    // A warm parent froze what start-up made, __main__'s dict among it: the
    // final collection has to see it, or cycles through it never finalize.
    if (!call(inspector.unfreeze)) PyErr_Clear();
    return Py_FinalizeEx();
  }
  // The original streams may sit under replacements the program installed.
  int status = flush_std_files();
  for (const char* name : {"__stdout__", "__stderr__"}) {
    PyObject* stream = PySys_GetObject(name);
    if (stream && stream != Py_None && !is_closed(stream) && !flush(stream)) PyErr_Clear();
  }
  return status;
}

}  // namespace pytier::full
