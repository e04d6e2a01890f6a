// When no overload accepts the arguments, pybind11 raises a TypeError whose message ends with
// "Invoked with: " and the repr of every argument — a belief statement or a client's name
// passed next to a mistyped argument would end up in the message, and from there in logs and
// tracebacks. Rule 7: nothing confidential reaches an error from the Python layer.
//
// So every function and method of the module is wrapped once, at import: the wrapper calls
// the original and, for such a TypeError, keeps the message up to the supported signatures
// and drops the echoed arguments. The wrapper carries the original's docstring (signatures
// included), so help() and the generated stubs are unchanged.

#include <unordered_set>

#include "common.hpp"

namespace libcoach::python {

namespace {

constexpr std::string_view kEcho = "\nInvoked with";

py::object call_scrubbed(const py::object& fn, const py::args& args, const py::kwargs& kwargs) {
  try {
    return fn(*args, **kwargs);
  } catch (py::error_already_set& e) {
    if (e.matches(PyExc_TypeError)) {
      const std::string message = py::str(e.value());
      const auto cut = message.find(kEcho);
      if (cut != std::string::npos)
        throw py::type_error(message.substr(0, cut));
    }
    throw;
  }
}

std::string doc_of(const py::handle& fn) {
  const py::object doc = fn.attr("__doc__");
  return doc.is_none() ? std::string() : doc.cast<std::string>();
}

bool wants_guard(const std::string& name) {
  // The other dunder methods take no arguments worth echoing: repr, hash, comparisons (where
  // pybind11 returns NotImplemented instead of raising) and pickling.
  if (name == "__init__")
    return true;
  return name.rfind("__", 0) != 0 && name.rfind("_pybind11", 0) != 0;
}

// A constructor must stay a pybind11 new-style constructor (that is how pybind11 knows the
// instance gets initialised), so its wrapper receives the instance's value-and-holder and
// passes the instance itself on to the original __init__, which constructs it.
py::cpp_function guarded_init(const py::handle& cls, py::object original) {
  const std::string doc = doc_of(original);
  py::options options;
  options.disable_function_signatures();
  return py::cpp_function(
      [original](py::detail::value_and_holder& v_h, const py::args& args,
                 const py::kwargs& kwargs) {
        py::tuple all(args.size() + 1);
        all[0] = py::handle(reinterpret_cast<PyObject*>(v_h.inst));
        for (std::size_t i = 0; i < args.size(); ++i)
          all[i + 1] = args[i];
        call_scrubbed(original, py::args(all), kwargs);
      },
      py::name("__init__"), py::is_method(cls), py::detail::is_new_style_constructor(),
      py::doc(doc.c_str()));
}

// A plain (free or static) function that forwards to `original`, scrubbing argument echoes
// from its TypeErrors; keeps the original docstring so help() and the stubs are unchanged.
py::cpp_function scrubbed_function(py::object original, const std::string& name, py::handle scope) {
  const std::string doc = doc_of(original);
  py::options options;
  options.disable_function_signatures();
  return py::cpp_function(
      [original](const py::args& args, const py::kwargs& kwargs) {
        return call_scrubbed(original, args, kwargs);
      },
      py::name(name.c_str()), py::scope(scope), py::doc(doc.c_str()));
}

void guard_class(const py::handle& cls) {
  const py::dict members = cls.attr("__dict__");
  std::vector<std::pair<std::string, py::object>> replacements;
  for (const auto& [key, value] : members) {
    const std::string name = py::str(key);
    if (!wants_guard(name))
      continue;
    if (PyInstanceMethod_Check(value.ptr()) && name == "__init__") {
      replacements.emplace_back(name,
                                guarded_init(cls, py::reinterpret_borrow<py::object>(
                                                      PyInstanceMethod_GET_FUNCTION(value.ptr()))));
    } else if (PyInstanceMethod_Check(value.ptr())) {
      py::object original =
          py::reinterpret_borrow<py::object>(PyInstanceMethod_GET_FUNCTION(value.ptr()));
      const std::string doc = doc_of(original);
      py::options options;
      options.disable_function_signatures();
      py::cpp_function wrapper(
          [original](const py::handle& self, const py::args& args, const py::kwargs& kwargs) {
            py::tuple all(args.size() + 1);
            all[0] = self;
            for (std::size_t i = 0; i < args.size(); ++i)
              all[i + 1] = args[i];
            return call_scrubbed(original, py::args(all), kwargs);
          },
          py::name(name.c_str()), py::is_method(cls), py::doc(doc.c_str()));
      replacements.emplace_back(name, std::move(wrapper));
    } else if (py::isinstance(value, py::module_::import("builtins").attr("staticmethod"))) {
      replacements.emplace_back(
          name, py::staticmethod(scrubbed_function(value.attr("__func__"), name, cls)));
    }
  }
  for (auto& [name, wrapper] : replacements)
    py::setattr(cls, name.c_str(), wrapper);
}

}  // namespace

void scrub_type_errors(py::module_& m) {
  const py::object module_name = m.attr("__name__");
  std::unordered_set<PyObject*> seen;
  std::vector<std::pair<std::string, py::object>> functions;
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
      const std::string name = py::str(key);
      functions.emplace_back(name,
                             scrubbed_function(py::reinterpret_borrow<py::object>(value), name, m));
    }
  }
  for (auto& [name, wrapper] : functions)
    m.attr(name.c_str()) = wrapper;
}

}  // namespace libcoach::python
