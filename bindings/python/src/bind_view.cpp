// View: a practice as one viewer may see it, the only way to read content. Every query
// filters and redacts through the policy and audits confidential reads (in C++); this layer
// only converts. Each call releases the GIL before it takes the practice's lock.

#include "common.hpp"

namespace libcoach::python {

namespace {

template <class R>
py::object list_of(const View& v, EngagementId e) {
  std::vector<R> rows;
  {
    py::gil_scoped_release release;
    rows = v.records<R>(e);
  }
  return py::cast(std::move(rows));
}

py::object records_of_kind(const View& v, RecordKind kind, EngagementId e) {
  switch (kind) {
    case RecordKind::session:
      return list_of<Session>(v, e);
    case RecordKind::note:
      return list_of<Note>(v, e);
    case RecordKind::goal:
      return list_of<Goal>(v, e);
    case RecordKind::milestone:
      return list_of<Milestone>(v, e);
    case RecordKind::action_item:
      return list_of<ActionItem>(v, e);
    case RecordKind::habit:
      return list_of<Habit>(v, e);
    case RecordKind::skill:
      return list_of<SkillRating>(v, e);
    case RecordKind::value:
      return list_of<Value>(v, e);
    case RecordKind::belief:
      return list_of<Belief>(v, e);
    case RecordKind::fear:
      return list_of<Fear>(v, e);
    case RecordKind::purpose:
      return list_of<Purpose>(v, e);
    case RecordKind::reflection:
      return list_of<Reflection>(v, e);
    case RecordKind::insight:
      return list_of<Insight>(v, e);
    case RecordKind::wellbeing:
      return list_of<WellbeingCheckIn>(v, e);
    case RecordKind::link:
      return list_of<InnerLink>(v, e);
    case RecordKind::consent:
      return list_of<Consent>(v, e);
    case RecordKind::disclosure:
      return list_of<Disclosure>(v, e);
    case RecordKind::referral:
      return list_of<Referral>(v, e);
    default:
      throw ValidationError("records: not a record kind of an engagement");
  }
}

template <class R, class IdT>
void def_get(py::class_<View>& c) {
  c.def(
      "get", [](const View& v, IdT id) { return v.get<R>(id); }, py::arg("id"), released(),
      "One record by id. Raises NotFound when it does not exist or its engagement is "
      "invisible to this viewer, AccessDenied when the engagement is visible but the record "
      "is not.");
}

}  // namespace

void bind_view(py::module_& m) {
  py::class_<Allotment>(m, "Allotment", "Sessions used and remaining against the allotment.")
      .def_readonly("allotted", &Allotment::allotted)
      .def_readonly("held", &Allotment::held)
      .def_readonly("scheduled", &Allotment::scheduled)
      .def_readonly("cancelled", &Allotment::cancelled)
      .def_readonly("no_show", &Allotment::no_show)
      .def_property_readonly("remaining", &Allotment::remaining)
      .def("__repr__", [](const Allotment& a) {
        return "<Allotment allotted=" + std::to_string(a.allotted) +
               " held=" + std::to_string(a.held) + " scheduled=" + std::to_string(a.scheduled) +
               " cancelled=" + std::to_string(a.cancelled) +
               " no_show=" + std::to_string(a.no_show) +
               " remaining=" + std::to_string(a.remaining()) + ">";
      });

  py::class_<View> v(m, "View",
                     "A practice as one viewer may see it. Listings return only permitted "
                     "records (redacted ones with `redacted` set); lookups raise NotFound or "
                     "AccessDenied. Confidential reads are audited. Thread-safe; cheap to "
                     "copy.");
  v.def_property_readonly("viewer", &View::viewer, "The viewer this view reads for.")
      .def_property_readonly("purpose", &View::purpose,
                             "The purpose code recorded in audit entries.")
      .def("with_purpose", &View::with_purpose, py::arg("purpose"),
           "A copy of this view that records `purpose` (a short code) in the audit trail.")
      // Parties
      .def("engagements", &View::engagements, released(),
           "Engagements whose existence is visible to this viewer.")
      .def("engagement", &View::engagement, py::arg("id"), released())
      .def("coaches", &View::coaches, released(), "Coaches of visible engagements.")
      .def("coach", &View::coach, py::arg("id"), released())
      .def("clients", &View::clients, released(), "Clients of visible engagements.")
      .def("client", &View::client, py::arg("id"), released())
      .def("organizations", &View::organizations, released())
      .def("sponsor_contacts", &View::sponsor_contacts, released())
      // Records of one engagement, in creation order
      .def("sessions", &View::sessions, py::arg("engagement"), released())
      .def("notes", &View::notes, py::arg("engagement"), released())
      .def("goals", &View::goals, py::arg("engagement"), released())
      .def("milestones", &View::milestones, py::arg("engagement"), released())
      .def("action_items", &View::action_items, py::arg("engagement"), released())
      .def("habits", &View::habits, py::arg("engagement"), released())
      .def("skills", &View::skills, py::arg("engagement"), released())
      .def("values", &View::values, py::arg("engagement"), released())
      .def("beliefs", &View::beliefs, py::arg("engagement"), released())
      .def("fears", &View::fears, py::arg("engagement"), released())
      .def("purposes", &View::purposes, py::arg("engagement"), released())
      .def("reflections", &View::reflections, py::arg("engagement"), released())
      .def("insights", &View::insights, py::arg("engagement"), released())
      .def("wellbeing", &View::wellbeing, py::arg("engagement"), released())
      .def("links", &View::links, py::arg("engagement"), released())
      .def("referrals", &View::referrals, py::arg("engagement"), released())
      .def("consents", &View::consents, py::arg("engagement"), released())
      .def("disclosures", &View::disclosures, py::arg("engagement"), released())
      .def(
          "records",
          [](const View& view, const EnumArg<RecordKind>& kind, EngagementId e) {
            sync_log_level();
            return records_of_kind(view, enum_of(kind), e);
          },
          py::arg("kind"), py::arg("engagement"),
          "The records of one kind of one engagement (same as the named listing).")
      // Single records by id
      .def("session", &View::session, py::arg("id"), released())
      .def("note", &View::note, py::arg("id"), released())
      .def("goal", &View::goal, py::arg("id"), released())
      .def("belief", &View::belief, py::arg("id"), released())
      .def("value", &View::value, py::arg("id"), released())
      .def("reflection", &View::reflection, py::arg("id"), released())
      .def("allotment", &View::allotment, py::arg("engagement"), released(),
           "Sessions held, scheduled, cancelled and missed against the allotment.")
      .def("access_log", &View::access_log, py::arg("client"), released(),
           "Who accessed one client's records. Only that client may ask.")
      .def("audit_trail", &View::audit_trail, released(),
           "The whole audit trail. Practice admins only.")
      .def("__repr__", [](const View& view) {
        return "<View viewer=" + short_actor(view.viewer()) + " purpose=" + view.purpose() + ">";
      });
  def_get<Session, SessionId>(v);
  def_get<Note, NoteId>(v);
  def_get<Goal, GoalId>(v);
  def_get<Milestone, MilestoneId>(v);
  def_get<ActionItem, ActionItemId>(v);
  def_get<Habit, HabitId>(v);
  def_get<SkillRating, SkillId>(v);
  def_get<Value, ValueId>(v);
  def_get<Belief, BeliefId>(v);
  def_get<Fear, FearId>(v);
  def_get<Purpose, PurposeId>(v);
  def_get<Reflection, ReflectionId>(v);
  def_get<Insight, InsightId>(v);
  def_get<WellbeingCheckIn, WellbeingId>(v);
  def_get<InnerLink, LinkId>(v);
  def_get<Referral, ReferralId>(v);
  def_get<Consent, ConsentId>(v);
  def_get<Disclosure, DisclosureId>(v);
}

}  // namespace libcoach::python
