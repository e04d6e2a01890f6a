// Routes the spdlog logger "libcoach" into Python's logging (logger name "libcoach").
//
// The sink forwards the raw message (ids, counts, kinds: never content) and lets Python's
// handlers format it. spdlog's level follows the Python logger's effective level, refreshed
// before each practice call (see SyncLogLevel), so a debug line nobody listens to costs
// neither formatting nor a GIL round trip.

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>

#include "common.hpp"

namespace libcoach::python {

namespace {

// The Python logger, looked up once; owned for the life of the process because the sink
// may run on any thread until interpreter shutdown.
PyObject* python_logger = nullptr;
// The logger's `_cache` dict (what isEnabledFor memoizes in), and our entry in it. logging
// empties every logger's cache whenever a level changes (setLevel, disable), so while our
// entry is there the level we synced is still current: a practice call then costs one
// dictionary lookup, not a call of getEffectiveLevel (a walk up the logger hierarchy in
// Python, about a sixth of a command's cost).
PyObject* level_cache = nullptr;
PyObject* level_cache_key = nullptr;
std::shared_ptr<spdlog::logger>* installed = nullptr;  // The logger we installed.

bool python_is_running() {
#if PY_VERSION_HEX >= 0x030D0000
  return Py_IsInitialized() != 0 && Py_IsFinalizing() == 0;
#else
  return Py_IsInitialized() != 0 && _Py_IsFinalizing() == 0;
#endif
}

int python_level(spdlog::level::level_enum level) {
  switch (level) {
    case spdlog::level::trace:
      return 5;
    case spdlog::level::debug:
      return 10;
    case spdlog::level::info:
      return 20;
    case spdlog::level::warn:
      return 30;
    case spdlog::level::err:
      return 40;
    case spdlog::level::critical:
      return 50;
    default:
      return 0;
  }
}

spdlog::level::level_enum spdlog_level(long python) {
  if (python <= 0)
    return spdlog::level::warn;  // NOTSET all the way up: Python's default.
  if (python <= 5)
    return spdlog::level::trace;
  if (python <= 10)
    return spdlog::level::debug;
  if (python <= 20)
    return spdlog::level::info;
  if (python <= 30)
    return spdlog::level::warn;
  if (python <= 40)
    return spdlog::level::err;
  if (python <= 50)
    return spdlog::level::critical;
  return spdlog::level::off;
}

// null_mutex: the sink keeps no state of its own and the GIL serializes the Python calls.
// A real mutex here could deadlock: a thread holding it would wait for the GIL while the
// GIL holder waited for it.
class PythonSink final : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    if (!python_is_running() || python_logger == nullptr)
      return;
    py::gil_scoped_acquire gil;
    try {
      py::handle(python_logger)
          .attr("log")(python_level(msg.level), py::str(msg.payload.data(), msg.payload.size()));
    } catch (py::error_already_set& e) {
      // A failing handler must not fail the command that logged; Python reports it.
      e.discard_as_unraisable("libcoach log sink");
    }
  }
  void flush_() override {}
};

}  // namespace

void sync_log_level() {
  if (python_logger == nullptr || installed == nullptr)
    return;
  if (level_cache != nullptr && PyDict_GetItemWithError(level_cache, level_cache_key) != nullptr)
    return;  // Nothing changed since the last sync.
  if (PyErr_Occurred() != nullptr)
    throw py::error_already_set();
  const auto current = libcoach::logger();
  if (current != *installed)
    return;  // The host replaced our logger; leave theirs alone.
  const py::object level = py::handle(python_logger).attr("getEffectiveLevel")();
  current->set_level(spdlog_level(level.cast<long>()));
  if (level_cache != nullptr && PyDict_SetItem(level_cache, level_cache_key, level.ptr()) != 0)
    throw py::error_already_set();
}

void bind_logging(py::module_& m) {
  const py::object logging = py::module_::import("logging");
  if (python_logger == nullptr) {
    python_logger = logging.attr("getLogger")("libcoach").inc_ref().ptr();
    // CPython's logging has kept this cache since 3.7; without it, every call syncs.
    const py::object cache = py::getattr(py::handle(python_logger), "_cache", py::none());
    if (PyDict_CheckExact(cache.ptr())) {
      level_cache = cache.inc_ref().ptr();
      level_cache_key = py::str("libcoach: native level").inc_ref().ptr();
    }
  }
  auto log = std::make_shared<spdlog::logger>("libcoach", std::make_shared<PythonSink>());
  log->set_level(spdlog::level::warn);
  if (installed == nullptr)
    installed = new std::shared_ptr<spdlog::logger>();
  *installed = log;
  libcoach::set_logger(log);
  sync_log_level();

  // Before the interpreter goes away, hand logging back to the default stderr logger so
  // that a late line from another thread never calls into a finalized interpreter.
  py::module_::import("atexit").attr("register")(py::cpp_function([] {
    libcoach::set_logger(nullptr);
    if (installed != nullptr)
      installed->reset();
  }));

  m.def("_sync_log_level", &sync_log_level,
        "Brings libcoach's native log level in line with logging.getLogger('libcoach'). "
        "Done automatically before every practice call.");
  m.def(
      "_log",
      [](int level, const std::string& message) {
        sync_log_level();
        libcoach::logger()->log(static_cast<spdlog::level::level_enum>(level), "{}", message);
      },
      py::arg("level"), py::arg("message"),
      "Testing aid: logs through the native logger (spdlog level 0=trace .. 5=critical).");
}

}  // namespace libcoach::python
