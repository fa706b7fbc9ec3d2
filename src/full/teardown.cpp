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

bool is_python_del(PyTypeObject* type) {
  static PyObject* name = PyUnicode_InternFromString("__del__");
  PyObject* del = _PyType_Lookup(type, name);
  return del && (PyFunction_Check(del) || Py_TYPE(del)->tp_flags & Py_TPFLAGS_HEAPTYPE);
}

// What the exit check needs, looked up once: a warm parent does it before
// forking, so that children need no imports.
struct Inspector {
  PyObject* get_objects;  // gc.get_objects
  PyObject* unfreeze;     // gc.unfreeze
  PyObject* string_io;    // io types whose finalizer only frees memory
  PyObject* bytes_io;
  PyObject* file_io;
};
Inspector inspector;

// What finalizing `obj` does, as far as the program's output can tell.
// `std_streams` are the standard streams and the layers beneath them.
bool finalizer_may_show(PyObject* obj, const std::vector<PyObject*>& std_streams) {
  PyTypeObject* type = Py_TYPE(obj);
  if (!type->tp_finalize && !type->tp_del) return false;
  if (is_python_del(type)) return true;
  // A suspended generator runs its finally blocks; a coroutine never awaited
  // warns about it.
  if (PyGen_CheckExact(obj)) return attr_is_true(obj, "gi_suspended");
  if (PyCoro_CheckExact(obj)) return !attr_is_none(obj, "cr_frame");
  PyObject* as_type = reinterpret_cast<PyObject*>(type);
  if (as_type == inspector.string_io || as_type == inspector.bytes_io || as_type == inspector.file_io) return false;
  for (PyObject* s : std_streams)
    if (s == obj) return false;
  // Closing an open buffered writer flushes it.
  return !is_closed(obj) && attr_is_true(obj, "writable");
}

void add_layers(std::vector<PyObject*>* out, PyObject* stream) {
  for (int depth = 0; stream && stream != Py_None && depth < 3; ++depth) {
    out->push_back(stream);  // borrowed: each layer is owned by the one above
    PyObject* below = PyObject_GetAttrString(stream, depth == 0 ? "buffer" : "raw");
    if (!below) {
      PyErr_Clear();
      return;
    }
    Py_DECREF(below);
    stream = below;
  }
}

bool teardown_may_show() {
  if (!inspector.get_objects && !prepare_exit_check()) {
    PyErr_Clear();
    return true;
  }
  PyObject* objects = PyObject_CallNoArgs(inspector.get_objects);
  if (!objects) {
    PyErr_Clear();
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

}  // namespace

bool prepare_exit_check() {
  PyObject* gc = PyImport_ImportModule("gc");
  PyObject* io = PyImport_ImportModule("_io");
  if (gc && io) {
    inspector = {PyObject_GetAttrString(gc, "get_objects"), PyObject_GetAttrString(gc, "unfreeze"),
                 PyObject_GetAttrString(io, "StringIO"),
                 PyObject_GetAttrString(io, "BytesIO"), PyObject_GetAttrString(io, "FileIO")};
  }
  Py_XDECREF(gc);
  Py_XDECREF(io);
  return inspector.get_objects && inspector.unfreeze && inspector.string_io && inspector.bytes_io && inspector.file_io;
}

int finish_program() {
  join_threads();
  _PyAtExit_Call(PyInterpreterState_Get());
  if (teardown_may_show()) {
    // A warm parent froze what start-up made, __main__'s dict among it: the
    // final collection has to see it, or cycles through it never finalize.
    PyObject* r = inspector.unfreeze ? PyObject_CallNoArgs(inspector.unfreeze) : nullptr;
    if (r)
      Py_DECREF(r);
    else
      PyErr_Clear();
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
