// Reports (libcoach/reports): engagement progress, sponsor, hours log and session calendar.
// They are built in C++ from a View, with the GIL released; Python gets the report as an
// object whose renderers return text. Nothing here reads the practice except through the
// C++ builders, so the policy, redaction and audit of the View apply unchanged.

#include <string>

#include "common.hpp"
#include "libcoach/reports/reports.hpp"
#include "report_class.hpp"

namespace libcoach::python {

void bind_reports(py::module_& m) {
  report_class<EngagementReport>(
      m, "EngagementReport",
      "Progress of one engagement for its coach or client (see docs/reports.md).")
      .def_readonly("engagement", &EngagementReport::engagement)
      .def_readonly("allotment", &EngagementReport::allotment,
                    "Sessions held, scheduled, cancelled and missed against the allotment.")
      .def_property_readonly(
          "goal_count", [](const EngagementReport& r) { return r.goals.size(); },
          "Number of goals in the report.")
      .def_property_readonly(
          "iceberg_count", [](const EngagementReport& r) { return r.iceberg.size(); },
          "Number of iceberg findings.")
      .def("_repr_html_",
           [](const EngagementReport& r) {
             return card("Engagement progress", r.header,
                         {{"engagement", short_id(r.engagement)},
                          {"status", std::string(to_string(r.status))},
                          {"sessions held", std::to_string(r.allotment.held) + " of " +
                                                std::to_string(r.allotment.allotted)},
                          {"goals", std::to_string(r.goals.size())},
                          {"iceberg findings", std::to_string(r.iceberg.size())}});
           })
      .def("__repr__", [](const EngagementReport& r) {
        return "<EngagementReport " + short_id(r.engagement) +
               " goals=" + std::to_string(r.goals.size()) + ">";
      });

  report_class<SponsorReport>(m, "SponsorReport",
                              "A sponsor contact's engagements (see docs/reports.md).")
      .def_property_readonly(
          "engagement_count", [](const SponsorReport& r) { return r.engagements.size(); },
          "Number of engagements in the report.")
      .def("_repr_html_",
           [](const SponsorReport& r) {
             return card("Sponsor report", r.header,
                         {{"engagements", std::to_string(r.engagements.size())}});
           })
      .def("__repr__", [](const SponsorReport& r) {
        return "<SponsorReport engagements=" + std::to_string(r.engagements.size()) + ">";
      });

  report_class<HoursLog>(m, "HoursLog", "A coach's coaching hours log towards ICF credentials.")
      .def_readonly("total_hours", &HoursLog::total_hours)
      .def_readonly("paid_hours", &HoursLog::paid_hours)
      .def_readonly("pro_bono_hours", &HoursLog::pro_bono_hours)
      .def_property_readonly(
          "session_count", [](const HoursLog& r) { return r.entries.size(); },
          "Number of held sessions logged.")
      .def("_repr_html_",
           [](const HoursLog& r) {
             return card("Coaching hours log", r.header,
                         {{"sessions", std::to_string(r.entries.size())},
                          {"hours", hours_text(r.total_hours)},
                          {"paid hours", hours_text(r.paid_hours)}});
           })
      .def("__repr__", [](const HoursLog& r) {
        return "<HoursLog sessions=" + std::to_string(r.entries.size()) +
               " hours=" + hours_text(r.total_hours) + ">";
      });

  report_class<SessionCalendar>(m, "SessionCalendar", "A coach's sessions as calendar events.")
      .def_property_readonly(
          "event_count", [](const SessionCalendar& r) { return r.events.size(); },
          "Number of events.")
      .def(
          "to_ical", [](const SessionCalendar& r) { return render_ical(r); },
          "The calendar as iCalendar text (RFC 5545).")
      .def("_repr_html_",
           [](const SessionCalendar& r) {
             return card("Coaching sessions", r.header,
                         {{"events", std::to_string(r.events.size())}});
           })
      .def("__repr__", [](const SessionCalendar& r) {
        return "<SessionCalendar events=" + std::to_string(r.events.size()) + ">";
      });

  m.def("engagement_report", &engagement_report, py::arg("view"), py::arg("engagement"),
        py::arg("as_of") = py::none(), released(),
        "The progress report of one engagement for the view's viewer (its coach or client).\n"
        "Raises NotFound when the engagement is invisible, AccessDenied when the viewer is\n"
        "neither its coach nor its client. Audited.");
  m.def("sponsor_report", &sponsor_report, py::arg("view"), py::arg("as_of") = py::none(),
        released(),
        "The report of the engagements the viewer (a sponsor contact) is listed on. Audited.");
  m.def("hours_log", &hours_log, py::arg("view"), py::arg("as_of") = py::none(), released(),
        "The viewer's (a coach's) coaching hours log. Audited.");
  m.def("session_calendar", &session_calendar, py::arg("view"), py::arg("as_of") = py::none(),
        released(), "The viewer's (a coach's) sessions as calendar events. Audited.");
  m.def(
      "sessions_ical", [](const View& view) { return render_ical(session_calendar(view)); },
      py::arg("view"), released(), "The viewer's (a coach's) sessions as iCalendar text. Audited.");
}

}  // namespace libcoach::python
