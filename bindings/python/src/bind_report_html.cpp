// `to_html()` on every report class: the report as a self-contained HTML page with inline SVG
// charts (libcoach/reports/html.hpp). Added to the classes bind_reports.cpp registers, so that
// a report kind gets its HTML method here, next to the others, once it has an HTML renderer.

#include "common.hpp"
#include "libcoach/reports/html.hpp"

namespace libcoach::python {

namespace {

template <class R>
void add_to_html(py::module_& m, const char* class_name) {
  py::object cls = m.attr(class_name);
  cls.attr("to_html") = py::cpp_function(
      [](const R& report) { return render_html(report); }, py::name("to_html"), py::is_method(cls),
      py::sibling(py::getattr(cls, "to_html", py::none())),
      "The report as one self-contained HTML page (UTF-8) with inline SVG charts: no script,\n"
      "no external resource, printable on A4. Record text is HTML-escaped.");
}

}  // namespace

void bind_report_html(py::module_& m) {
  add_to_html<EngagementReport>(m, "EngagementReport");
  add_to_html<SponsorReport>(m, "SponsorReport");
  add_to_html<HoursLog>(m, "HoursLog");
  add_to_html<SessionCalendar>(m, "SessionCalendar");
  add_to_html<PracticeAggregates>(m, "PracticeAggregates");
  add_to_html<SessionPrep>(m, "SessionPrep");
  add_to_html<Nudges>(m, "Nudges");
}

}  // namespace libcoach::python
