// When no overload accepts the arguments, pybind11 raises a TypeError whose message ends with
// "Invoked with: " and the repr of every argument — a belief statement or a client's name
// passed next to a mistyped argument would end up in the message, and from there in logs and
// tracebacks. Rule 7: nothing confidential reaches an error from the Python layer.
//
// So every function and method of the module is guarded once, at import: pybind11 calls all
// of them through one dispatcher (the C function of each function object's method
// definition), which the guard replaces with one that calls pybind11's and, for such a
// TypeError, keeps the message up to the supported signatures and drops the echoed
// arguments. The function objects themselves stay as they are (names, docstrings with
// signatures, so help() and the generated stubs are unchanged), and a call costs one C call
// more — not a second Python-level call with its argument tuple and dictionary, which added
// microseconds to every command.

#include <string_view>
#include <unordered_set>

#include "common.hpp"

namespace libcoach::python {

namespace {

constexpr std::string_view kEcho = "\nInvoked with";

// pybind11's dispatcher has the METH_FASTCALL | METH_KEYWORDS signature.
using FastCall = PyObject* (*)(PyObject*, PyObject* const*, Py_ssize_t, PyObject*);
FastCall g_pybind11_dispatcher = nullptr;

// Replaces a pending TypeError that echoes the arguments with one that stops before them.
void scrub_pending_type_error() {
  if (!PyErr_ExceptionMatches(PyExc_TypeError))
    return;
  PyObject *type = nullptr, *value = nullptr, *traceback = nullptr;
  PyErr_Fetch(&type, &value, &traceback);
  PyErr_NormalizeException(&type, &value, &traceback);
  PyObject* text = value != nullptr ? PyObject_Str(value) : nullptr;
  Py_ssize_t size = 0;
  const char* utf8 = text != nullptr ? PyUnicode_AsUTF8AndSize(text, &size) : nullptr;
  if (utf8 == nullptr) {
    // Whatever it said is unknown: never let it through.
    PyErr_Clear();
    Py_XDECREF(text);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(traceback);
    PyErr_SetString(PyExc_TypeError, "incompatible function arguments");
    return;
  }
  const std::string_view message(utf8, static_cast<std::size_t>(size));
  const auto cut = message.find(kEcho);
  if (cut == std::string_view::npos) {
    Py_DECREF(text);
    PyErr_Restore(type, value, traceback);
    return;
  }
  const std::string kept(message.substr(0, cut));
  Py_DECREF(text);
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(traceback);
  PyErr_SetString(PyExc_TypeError, kept.c_str());
}

PyObject* scrubbing_dispatcher(PyObject* self, PyObject* const* args, Py_ssize_t nargsf,
                               PyObject* kwnames) {
  PyObject* result = g_pybind11_dispatcher(self, args, nargsf, kwnames);
  if (result == nullptr)
    scrub_pending_type_error();
  return result;
}

// Routes one pybind11 function object through scrubbing_dispatcher (its method definition
// belongs to pybind11's function record; every overload of the name shares it).
void guard_function(PyObject* fn) {
  if (fn == nullptr || !PyCFunction_Check(fn))
    return;
  PyMethodDef* def = reinterpret_cast<PyCFunctionObject*>(fn)->m_ml;
  if (def->ml_flags != (METH_FASTCALL | METH_KEYWORDS))
    return;
  const auto meth = reinterpret_cast<FastCall>(reinterpret_cast<void (*)()>(def->ml_meth));
  if (meth != g_pybind11_dispatcher)
    return;  // Not pybind11's, or guarded already.
  def->ml_meth = reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(scrubbing_dispatcher));
}

bool wants_guard(const std::string& name) {
  // The other dunder methods take no arguments worth echoing: repr, hash, comparisons (where
  // pybind11 returns NotImplemented instead of raising) and pickling.
  if (name == "__init__")
    return true;
  return name.rfind("__", 0) != 0 && name.rfind("_pybind11", 0) != 0;
}

void guard_class(const py::handle& cls) {
  const py::dict members = cls.attr("__dict__");
  const py::object staticmethod = py::module_::import("builtins").attr("staticmethod");
  for (const auto& [key, value] : members) {
    if (!wants_guard(py::str(key)))
      continue;
    if (PyInstanceMethod_Check(value.ptr())) {
      guard_function(PyInstanceMethod_GET_FUNCTION(value.ptr()));
    } else if (py::isinstance(value, staticmethod)) {
      guard_function(py::object(value.attr("__func__")).ptr());
    }
  }
}

}  // namespace

void scrub_type_errors(py::module_& m) {
  // Every pybind11 function object has the same dispatcher: take it from one of them.
  const py::object probe = m.attr("parse_date");
  if (!PyCFunction_Check(probe.ptr()))
    throw std::logic_error("scrub_type_errors: parse_date is not a pybind11 function");
  g_pybind11_dispatcher = reinterpret_cast<FastCall>(reinterpret_cast<void (*)()>(
      reinterpret_cast<PyCFunctionObject*>(probe.ptr())->m_ml->ml_meth));
  const py::object module_name = m.attr("__name__");
  std::unordered_set<PyObject*> seen;
  for (const auto& [key, value] : py::dict(m.attr("__dict__"))) {
    if (!seen.insert(value.ptr()).second)
      continue;  // Viewer is Actor.
    if (PyType_Check(value.ptr())) {
      // Only pybind11 classes; the native enums are plain Python enums.
      if (py::detail::get_type_info(reinterpret_cast<PyTypeObject*>(value.ptr())) != nullptr) {
        guard_class(value);
      }
    } else if (PyCFunction_Check(value.ptr()) && py::hasattr(value, "__module__") &&
               py::object(value.attr("__module__")).equal(module_name)) {
      guard_function(value.ptr());
    }
  }
}

}  // namespace libcoach::python
