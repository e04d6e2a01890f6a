// The extension module libcoach._core. The pure-Python package `libcoach` re-exports it;
// import that, not this.

#include "common.hpp"

namespace libcoach::python {
/// View's columnar listings as data frames (bind_frames.cpp); needs View bound first.
void bind_frames(py::module_& m);
/// Reports and their renderers (bind_reports.cpp); needs View bound first.
void bind_reports(py::module_& m);
/// The practice aggregates report (bind_practice_aggregates.cpp); needs the reports bound first.
void bind_practice_aggregates(py::module_& m);
/// The session preparation sheet and nudges (bind_prep.cpp); needs the reports bound first.
void bind_prep(py::module_& m);
/// `to_html()` on the report classes (bind_report_html.cpp); needs every report class bound.
void bind_report_html(py::module_& m);
}  // namespace libcoach::python

PYBIND11_MODULE(_core, m) {
  using namespace libcoach::python;
  m.doc() = "Native core of libcoach. Import `libcoach` instead of this module.";
  m.attr("__version__") = libcoach::kVersion;
  // The documented limits, so that forms can check input before sending it.
  m.attr("MAX_NAME_BYTES") = libcoach::kMaxNameBytes;
  m.attr("MAX_EMAIL_BYTES") = libcoach::kMaxEmailBytes;
  m.attr("MAX_SHORT_TEXT_BYTES") = libcoach::kMaxShortTextBytes;
  m.attr("MAX_LONG_TEXT_BYTES") = libcoach::kMaxLongTextBytes;
  m.attr("MIN_SESSION_MINUTES") = libcoach::kMinSessionMinutes;
  m.attr("MAX_SESSION_MINUTES") = libcoach::kMaxSessionMinutes;
  m.attr("MAX_SESSION_ALLOTMENT") = libcoach::kMaxSessionAllotment;
  m.attr("MAX_RATING") = libcoach::kMaxRating;

  // Order matters: a type must be registered before a signature mentions it, or the
  // generated stubs would name the C++ type instead of the Python class.
  bind_errors(m);
  bind_enums(m);
  bind_ids(m);
  bind_time(m);
  bind_model(m);
  bind_outer(m);
  bind_inner(m);
  bind_confidentiality(m);
  bind_audit(m);
  bind_view(m);
  bind_frames(m);
  bind_reports(m);
  bind_practice_aggregates(m);
  bind_prep(m);
  bind_report_html(m);
  bind_practice(m);
  bind_logging(m);
  // Last: it wraps everything defined above.
  scrub_type_errors(m);
}
