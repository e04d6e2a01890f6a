// Every public enum as a Python enum.Enum whose member names are the C++ to_string names, so
// that `Scope.client_private.name == "client_private"` and names round-trip with the text
// forms used in files and reports. Commands also accept the names as plain strings.

#include <pybind11/native_enum.h>

#include "common.hpp"

namespace libcoach::python {

namespace {

// Adds members by asking C++ for each value's name, so the two cannot drift apart.
template <class E>
void bind_enum(py::module_& m, const char* name, const char* doc, int count) {
  py::native_enum<E> e(m, name, "enum.Enum", doc);
  for (int i = 0; i < count; ++i) {
    const auto value = static_cast<E>(i);
    e.value(std::string(to_string(value)).c_str(), value);
  }
  e.finalize();
}

}  // namespace

void bind_enums(py::module_& m) {
  bind_enum<Role>(m, "Role", "The roles of the confidentiality policy.", 5);
  bind_enum<Scope>(m, "Scope", "Who a record is meant for, from least to most confidential.", 5);
  bind_enum<RecordKind>(m, "RecordKind", "Every kind of record a practice holds.", 25);
  bind_enum<Credential>(m, "Credential", "ICF credential levels.", 4);
  bind_enum<ContactRole>(m, "ContactRole", "What a sponsor contact is to the client.", 3);
  bind_enum<EngagementStatus>(
      m, "EngagementStatus",
      "Engagement lifecycle: proposed -> active <-> paused -> completed | ended_early.", 5);
  bind_enum<Modality>(m, "Modality", "How a session is held.", 3);
  bind_enum<SessionStatus>(m, "SessionStatus",
                           "Session lifecycle: scheduled -> held | cancelled | no_show.", 4);
  bind_enum<GoalStatus>(m, "GoalStatus",
                        "Goal lifecycle: proposed -> active -> achieved | abandoned.", 4);
  bind_enum<GoalTrend>(m, "GoalTrend", "How a goal is going, from its measurements.", 5);
  bind_enum<Cadence>(m, "Cadence", "How often a habit is meant to happen.", 3);
  bind_enum<BeliefKind>(m, "BeliefKind", "Whether a belief holds the client back or carries them.",
                        2);
  bind_enum<ReflectionPractice>(m, "ReflectionPractice", "The practice a reflection came from.", 6);
  bind_enum<ConsentKind>(m, "ConsentKind", "What a consent is for.", 2);
  bind_enum<DisclosureReason>(m, "DisclosureReason",
                              "The reasons for which confidentiality may be broken.", 4);
  bind_enum<Action>(m, "Action", "What a viewer wants to do with a record.", 3);
  bind_enum<Decision>(m, "Decision", "The policy's answer.", 3);
  bind_enum<AuditAction>(m, "AuditAction", "What an audited access did.", 7);
  bind_enum<AuditOutcome>(m, "AuditOutcome", "How an audited access ended.", 3);
  bind_enum<Scale>(m, "Scale", "How big a synthetic practice is.", 4);

  m.def("is_inner_work", &is_inner_work, py::arg("kind"),
        "True for the kinds below the waterline (values, beliefs, fears, purpose, reflections, "
        "insights, well-being check-ins and inner-to-outer links).");
  m.def("is_confidential", &is_confidential, py::arg("scope"),
        "True for scopes whose every read is audited (coaching, coach_private, client_private).");
  m.def("is_allowed_transition", &is_allowed_transition, py::arg("from_"), py::arg("to"),
        "True when the engagement lifecycle allows moving from `from_` to `to`.");
}

}  // namespace libcoach::python
