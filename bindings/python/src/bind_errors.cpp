// The C++ exception hierarchy mapped onto the Python classes of libcoach.errors. The classes
// live in Python so that they can also derive from the matching built-in exceptions
// (ValueError, LookupError, PermissionError, OSError) and pickle by a stable name.
//
// Messages are passed through unchanged: C++ composes them from field names, record kinds
// and ids only, and this layer adds nothing.

#include "common.hpp"

namespace libcoach::python {

namespace {

struct ErrorClasses {
  PyObject* error = nullptr;
  PyObject* validation = nullptr;
  PyObject* not_found = nullptr;
  PyObject* conflict = nullptr;
  PyObject* legal_hold = nullptr;
  PyObject* access_denied = nullptr;
  PyObject* corruption = nullptr;
  PyObject* locked = nullptr;
  PyObject* unsupported_version = nullptr;
  PyObject* io = nullptr;
  PyObject* crypto = nullptr;
  PyObject* read_only = nullptr;
};

// Owned for the life of the process: the translator can run until interpreter shutdown.
ErrorClasses* classes = nullptr;

PyObject* take(const py::module_& errors, const char* name) {
  return py::object(errors.attr(name)).release().ptr();
}

}  // namespace

void bind_errors(py::module_& m) {
  const py::module_ errors = py::module_::import("libcoach.errors");
  if (classes == nullptr) {
    auto* c = new ErrorClasses;
    c->error = take(errors, "Error");
    c->validation = take(errors, "ValidationError");
    c->not_found = take(errors, "NotFound");
    c->conflict = take(errors, "Conflict");
    c->legal_hold = take(errors, "LegalHoldError");
    c->access_denied = take(errors, "AccessDenied");
    c->corruption = take(errors, "CorruptionError");
    c->locked = take(errors, "LockedError");
    c->unsupported_version = take(errors, "UnsupportedVersion");
    c->io = take(errors, "IoError");
    c->crypto = take(errors, "CryptoError");
    c->read_only = take(errors, "ReadOnlyError");
    classes = c;
  }

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p)
        std::rethrow_exception(p);
    } catch (const ValidationError& e) {
      py::set_error(classes->validation, e.what());
    } catch (const NotFound& e) {
      py::set_error(classes->not_found, e.what());
    } catch (const LegalHoldError& e) {
      py::set_error(classes->legal_hold, e.what());
    } catch (const Conflict& e) {
      py::set_error(classes->conflict, e.what());
    } catch (const AccessDenied& e) {
      py::set_error(classes->access_denied, e.what());
    } catch (const CorruptionError& e) {
      py::set_error(classes->corruption, e.what());
    } catch (const LockedError& e) {
      py::set_error(classes->locked, e.what());
    } catch (const UnsupportedVersion& e) {
      py::set_error(classes->unsupported_version, e.what());
    } catch (const IoError& e) {
      py::set_error(classes->io, e.what());
    } catch (const CryptoError& e) {
      py::set_error(classes->crypto, e.what());
    } catch (const ReadOnlyError& e) {
      py::set_error(classes->read_only, e.what());
    } catch (const Error& e) {
      py::set_error(classes->error, e.what());
    }
  });

  // For tests and for hosts that want to check the mapping without provoking each error.
  m.def(
      "_raise_error",
      [](const std::string& kind) {
        const std::string message = "test: raised on request";
        if (kind == "Error")
          throw Error(message);
        if (kind == "ValidationError")
          throw ValidationError(message);
        if (kind == "NotFound")
          throw NotFound(message);
        if (kind == "Conflict")
          throw Conflict(message);
        if (kind == "LegalHoldError")
          throw LegalHoldError(message);
        if (kind == "AccessDenied")
          throw AccessDenied(message);
        if (kind == "CorruptionError")
          throw CorruptionError(message);
        if (kind == "LockedError")
          throw LockedError(message);
        if (kind == "UnsupportedVersion")
          throw UnsupportedVersion(message);
        if (kind == "IoError")
          throw IoError(message);
        if (kind == "CryptoError")
          throw CryptoError(message);
        if (kind == "ReadOnlyError")
          throw ReadOnlyError(message);
        throw ValidationError("_raise_error: unknown error kind");
      },
      py::arg("kind"),
      "Throws the C++ exception named `kind` (testing aid: checks the exception mapping for "
      "errors that need a damaged store to occur naturally).");
}

}  // namespace libcoach::python
