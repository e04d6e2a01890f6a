// datetime.date <-> Date and aware datetime.datetime <-> Timestamp (UTC), plus clocks.
//
// Naive datetimes are refused with ValidationError rather than read as UTC or local time:
// a session scheduled at the wrong hour is a real harm, and the fix (tzinfo=timezone.utc) is
// one argument away.

#include "common.hpp"

// clang-format off
#include <datetime.h>  // CPython's datetime C API; after Python.h (via pybind11).
// clang-format on

namespace libcoach::python {

namespace {

// PyDateTimeAPI is a static of this file; every use below goes through here first.
void ensure_datetime_api() {
  if (PyDateTimeAPI == nullptr) {
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == nullptr)
      throw py::error_already_set();
  }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days{year_month_day{year{y}, month{m}, day{d}}}.time_since_epoch().count();
}

}  // namespace

bool date_from_python(py::handle value, Date& out) {
  ensure_datetime_api();
  // A datetime is also a date; refusing it avoids silently dropping a time and zone.
  if (!PyDate_Check(value.ptr()) || PyDateTime_Check(value.ptr()))
    return false;
  out = Date::from_ymd(PyDateTime_GET_YEAR(value.ptr()),
                       static_cast<unsigned>(PyDateTime_GET_MONTH(value.ptr())),
                       static_cast<unsigned>(PyDateTime_GET_DAY(value.ptr())));
  return true;
}

py::object date_to_python(Date d) {
  ensure_datetime_api();
  PyObject* out = PyDate_FromDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
  if (out == nullptr)
    throw py::error_already_set();
  return py::reinterpret_steal<py::object>(out);
}

bool is_python_datetime(py::handle value) {
  ensure_datetime_api();
  return PyDateTime_Check(value.ptr());
}

Timestamp timestamp_from_python(py::handle value) {
  ensure_datetime_api();
  PyObject* o = value.ptr();
  // UTC itself (the usual zone, and what libcoach hands out) needs no call into Python.
  const bool utc = PyDateTime_DATE_GET_TZINFO(o) == PyDateTime_TimeZone_UTC;
  py::object offset;
  if (!utc) {
    offset = value.attr("utcoffset")();
    if (offset.is_none()) {
      throw ValidationError(
          "datetime: naive datetimes are refused; give a timezone (e.g. tzinfo=timezone.utc)");
    }
  }
  const std::int64_t local =
      days_from_civil(PyDateTime_GET_YEAR(o), static_cast<unsigned>(PyDateTime_GET_MONTH(o)),
                      static_cast<unsigned>(PyDateTime_GET_DAY(o))) *
          86400 +
      std::int64_t{PyDateTime_DATE_GET_HOUR(o)} * 3600 +
      std::int64_t{PyDateTime_DATE_GET_MINUTE(o)} * 60 + PyDateTime_DATE_GET_SECOND(o);
  // Sub-second offsets exist in Python but not in any real zone; seconds are kept.
  const std::int64_t shift = utc ? 0
                                 : std::int64_t{PyDateTime_DELTA_GET_DAYS(offset.ptr())} * 86400 +
                                       PyDateTime_DELTA_GET_SECONDS(offset.ptr());
  return Timestamp::from_unix(local - shift);
}

py::object timestamp_to_python(Timestamp t) {
  ensure_datetime_api();
  const std::int64_t seconds = t.unix_seconds();
  std::int64_t days = seconds / 86400;
  std::int64_t rem = seconds % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  using namespace std::chrono;
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  PyObject* out = PyDateTimeAPI->DateTime_FromDateAndTime(
      static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
      static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(rem / 3600),
      static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60), 0, PyDateTime_TimeZone_UTC,
      PyDateTimeAPI->DateTimeType);
  if (out == nullptr)
    throw py::error_already_set();
  return py::reinterpret_steal<py::object>(out);
}

Clock clock_from_python(py::object callable) {
  // The practice may drop its clock on any thread, with or without the GIL: the callable is
  // always released with the GIL held.
  std::shared_ptr<py::object> fn(new py::object(std::move(callable)), [](py::object* p) {
    py::gil_scoped_acquire gil;
    delete p;
  });
  return [fn]() -> Timestamp {
    // Called by the practice with the GIL released (and its lock held): take the GIL here.
    py::gil_scoped_acquire gil;
    const py::object result = (*fn)();
    ensure_datetime_api();
    if (!PyDateTime_Check(result.ptr())) {
      throw ValidationError("clock: must return an aware datetime.datetime");
    }
    return timestamp_from_python(result);
  };
}

void bind_time(py::module_& m) {
  m.def(
      "parse_date", [](std::string_view text) { return Date::parse(text); }, py::arg("text"),
      "Parses ISO 8601 \"YYYY-MM-DD\" (raises ValidationError for malformed text, impossible "
      "dates such as 2026-02-30 and years outside 1900..2200).");
  m.def(
      "parse_timestamp", [](std::string_view text) { return Timestamp::parse(text); },
      py::arg("text"),
      "Parses ISO 8601 \"YYYY-MM-DDTHH:MM[:SS]Z\" (UTC only) into an aware datetime.");

  py::class_<ClockHolder>(m, "Clock",
                          "A native clock (no Python call per reading). Pass it as "
                          "Practice(clock=...); any callable returning an aware datetime works "
                          "too.")
      .def(
          "__call__", [](const ClockHolder& c) { return c.clock(); }, "The current reading.")
      .def("__repr__", [](const ClockHolder&) { return std::string("<Clock>"); });

  m.def(
      "system_clock", [] { return ClockHolder{system_clock()}; },
      "The system clock (UTC), truncated to seconds.");
  m.def(
      "stepping_clock",
      [](Timestamp start, std::int64_t step_seconds) {
        return ClockHolder{stepping_clock(start, step_seconds)};
      },
      py::arg("start"), py::arg("step_seconds") = 1,
      "A clock that returns `start` and advances by `step_seconds` on every reading: "
      "reproducible practices for tests and demos.");
}

}  // namespace libcoach::python
