// The session preparation sheet and nudges (libcoach/reports/session_prep.hpp, nudges.hpp).
// Built in C++ from a View with the GIL released, like the other reports; the Python objects
// expose counts, dates and ids, and their renderers return text. Reprs never show record text.

#include <algorithm>
#include <map>
#include <string>

#include "common.hpp"
#include "libcoach/reports/reports.hpp"
#include "report_class.hpp"

namespace libcoach::python {

namespace {

std::string when(const std::optional<SessionLine>& s) {
  return s ? s->start.to_string() : std::string("none");
}

Nudges nudges_of(const View& view, std::optional<Date> as_of, std::int32_t horizon_days,
                 std::int32_t inner_work_checkin_days,
                 const std::optional<std::map<OrganizationId, std::int32_t>>& inner_work_days) {
  NudgeOptions options;
  options.as_of = as_of;
  options.horizon_days = horizon_days;
  options.inner_work_checkin_days = inner_work_checkin_days;
  if (inner_work_days) {
    for (const auto& [org, per_year] : *inner_work_days)
      options.inner_work_days.push_back({org, per_year});
  }
  return nudges(view, options);
}

}  // namespace

void bind_prep(py::module_& m) {
  report_class<SessionPrep>(
      m, "SessionPrep",
      "The preparation sheet of an engagement's next session, for its current coach "
      "(see docs/reports.md).")
      .def_readonly("engagement", &SessionPrep::engagement)
      .def_property_readonly(
          "next_session",
          [](const SessionPrep& r) {
            return r.next_session ? std::optional<SessionId>(r.next_session->id) : std::nullopt;
          },
          "The next scheduled session, or None.")
      .def_property_readonly(
          "last_session",
          [](const SessionPrep& r) {
            return r.last_session ? std::optional<SessionId>(r.last_session->id) : std::nullopt;
          },
          "The last held session, or None.")
      .def_property_readonly(
          "action_count", [](const SessionPrep& r) { return r.actions.size(); },
          "Number of open action items.")
      .def_property_readonly(
          "goal_count", [](const SessionPrep& r) { return r.goals.size(); }, "Number of goals.")
      .def_property_readonly(
          "note_count", [](const SessionPrep& r) { return r.notes.size(); },
          "Number of notes of the last session on the sheet.")
      .def_property_readonly(
          "habit_count", [](const SessionPrep& r) { return r.habits.size(); },
          "Number of habit check-ins due.")
      .def("_repr_html_",
           [](const SessionPrep& r) {
             const auto overdue = std::count_if(r.actions.begin(), r.actions.end(),
                                                [](const ActionLine& a) { return a.overdue; });
             return card("Session preparation", r.header,
                         {{"engagement", short_id(r.engagement)},
                          {"next session", when(r.next_session)},
                          {"last held session", when(r.last_session)},
                          {"open actions", std::to_string(r.actions.size()) + " (" +
                                               std::to_string(overdue) + " overdue)"},
                          {"goals", std::to_string(r.goals.size())},
                          {"check-ins due", std::to_string(r.habits.size())}});
           })
      .def("__repr__", [](const SessionPrep& r) {
        return "<SessionPrep " + short_id(r.engagement) + " next=" + when(r.next_session) +
               " actions=" + std::to_string(r.actions.size()) + ">";
      });

  py::class_<Nudge>(m, "Nudge", "One reminder (see docs/reports.md).")
      .def_property_readonly(
          "kind", [](const Nudge& n) { return std::string(to_string(n.kind)); },
          "action_due, action_overdue, habit_checkin, inner_work_checkin, inner_work_day or "
          "agreement_ending.")
      .def_readonly("due", &Nudge::due, "When it is due.")
      .def_readonly("engagement", &Nudge::engagement)
      .def_readonly("organization", &Nudge::organization, "For Inner Work Days.")
      .def_readonly("record_kind", &Nudge::record_kind)
      .def_readonly("record", &Nudge::record)
      .def_readonly("recipient", &Nudge::recipient, "Who the notification is for.")
      .def_readonly("title", &Nudge::title,
                    "The record's title, only when the viewer may read it; else empty.")
      .def_readonly("redacted", &Nudge::redacted)
      .def("__repr__", [](const Nudge& n) {
        return "<Nudge " + std::string(to_string(n.kind)) + " due=" + n.due.to_string() +
               " for=" + short_actor(n.recipient) + ">";
      });

  report_class<Nudges>(m, "Nudges",
                       "Reminders due within a horizon, for what the viewer may reach "
                       "(see docs/reports.md).")
      .def_readonly("horizon_days", &Nudges::horizon_days)
      .def_readonly("nudges", &Nudges::nudges, "The nudges, by due date.")
      .def("__len__", [](const Nudges& r) { return r.nudges.size(); })
      .def("_repr_html_",
           [](const Nudges& r) {
             return card("Nudges", r.header,
                         {{"horizon", std::to_string(r.horizon_days) + " days"},
                          {"nudges", std::to_string(r.nudges.size())}});
           })
      .def("__repr__",
           [](const Nudges& r) { return "<Nudges " + std::to_string(r.nudges.size()) + ">"; });

  m.def("session_prep", &session_prep, py::arg("view"), py::arg("engagement"),
        py::arg("as_of") = py::none(), released(),
        "The preparation sheet of the engagement's next session for the view's viewer (its\n"
        "current coach). Raises NotFound when the engagement is invisible, AccessDenied when\n"
        "the viewer is not its current coach. Audited.");
  m.def("nudges", &nudges_of, py::arg("view"), py::kw_only(), py::arg("as_of") = py::none(),
        py::arg("horizon_days") = 7, py::arg("inner_work_checkin_days") = 30,
        py::arg("inner_work_days") = py::none(), released(),
        "The nudges within reach of the view's viewer (a coach, a client or a practice admin)\n"
        "due by `as_of` + `horizon_days`; `inner_work_days` maps organizations to Inner Work\n"
        "Days per year (dividing 12). Raises ValidationError for bad options, AccessDenied\n"
        "for other viewers. Audited.");
}

}  // namespace libcoach::python
