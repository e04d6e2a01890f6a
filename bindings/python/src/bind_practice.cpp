// Practice, the aggregate root, with every command's spec flattened into keyword arguments.
// Dates a human would expect to be "today" (`on=`) default to the practice clock's date, so
// that a practice with an injected clock stays reproducible.
//
// Every method releases the GIL before calling into C++: a command holds the practice's
// writer lock while it reads the clock and logs, and both may call back into Python.

#include <pybind11/typing.h>

#include "common.hpp"

namespace libcoach::python {

namespace {

Date today(const Practice& p) {
  return p.now().date();
}
Date or_today(const Practice& p, const std::optional<Date>& d) {
  return d ? *d : today(p);
}

std::vector<RecordKind> kinds_of(const std::vector<EnumArg<RecordKind>>& kinds) {
  std::vector<RecordKind> out;
  out.reserve(kinds.size());
  for (const auto& k : kinds)
    out.push_back(enum_of(k));
  return out;
}

// py::arg_v with a default whose repr in signatures (and so in the stubs) is valid Python.
template <class E>
py::arg_v enum_default(const char* name, E value, const char* python_repr) {
  return py::arg_v(name, EnumArg<E>{value}, python_repr);
}

}  // namespace

PracticeOptions practice_options(const OptionalClock& clock, std::optional<std::uint64_t> id_seed) {
  PracticeOptions options;
  if (clock.is_none()) {
    options.clock = system_clock();
  } else if (py::isinstance<ClockHolder>(clock)) {
    options.clock = clock.cast<const ClockHolder&>().clock;  // native: no GIL per read
  } else if (PyCallable_Check(clock.ptr()) != 0) {
    options.clock = clock_from_python(clock);
  } else {
    throw py::type_error("Practice: clock must be a callable returning a datetime");
  }
  options.id_seed = id_seed;
  return options;
}

namespace {
// The content-free stats card of a practice: event and audit counts, records per kind.
std::string stats_card(const PracticeStats& s) {
  std::size_t total = 0;
  for (const auto& [kind, n] : s.records)
    total += n;
  std::vector<std::pair<std::string, std::string>> rows = {
      {"events", std::to_string(s.last_sequence)},
      {"audit entries", std::to_string(s.audit_entries)},
      {"records", std::to_string(total)},
  };
  for (const auto& [kind, n] : s.records)
    rows.emplace_back(std::string(to_string(kind)), std::to_string(n));
  return html_card("Practice", rows);
}
}  // namespace

void bind_practice(py::module_& m) {
  py::class_<PracticeStats>(m, "PracticeStats",
                            "Counts that reveal no content: records per kind, the latest event "
                            "sequence and the audit trail's length.")
      .def_readonly("records", &PracticeStats::records, "Per kind; kinds with zero omitted.")
      .def_readonly("last_sequence", &PracticeStats::last_sequence)
      .def_readonly("audit_entries", &PracticeStats::audit_entries)
      .def("count", &PracticeStats::count, py::arg("kind"), "Count of one kind (0 when absent).")
      .def("__repr__",
           [](const PracticeStats& s) {
             std::size_t total = 0;
             for (const auto& [kind, n] : s.records)
               total += n;
             return "<PracticeStats records=" + std::to_string(total) +
                    " last_sequence=" + std::to_string(s.last_sequence) +
                    " audit_entries=" + std::to_string(s.audit_entries) + ">";
           })
      .def("_repr_html_", &stats_card);

  py::class_<Practice> p(m, "Practice",
                         "A coaching practice (in memory). Commands validate their input and "
                         "the author's right to act; reads go through Practice.view(viewer). "
                         "Thread-safe: many readers, one writer at a time.");
  p.def(py::init([](const OptionalClock& clock, std::optional<std::uint64_t> id_seed) {
          return std::make_unique<Practice>(practice_options(clock, id_seed));
        }),
        py::kw_only(), py::arg("clock") = py::none(), py::arg("id_seed") = py::none(),
        "An empty practice. `clock`: a callable returning an aware datetime (or a native "
        "libcoach.Clock); None for the system clock. A Python clock is called with the "
        "practice locked, so it must not call back into the practice. `id_seed`: "
        "deterministic ids.");

  p.def(
       "view", [](const Practice& self, const ActorArg& viewer) { return self.view(viewer.actor); },
       py::arg("viewer"), released(),
       "The practice as `viewer` may see it (raises AccessDenied for an unknown viewer).")
      .def("stats", &Practice::stats, released(), "Content-free counts.")
      .def("now", &Practice::now, released(), "The clock's current reading.")
      .def(
          "__repr__",
          [](const Practice& self) {
            const PracticeStats s = self.stats();
            return "<Practice events=" + std::to_string(s.last_sequence) +
                   " audit_entries=" + std::to_string(s.audit_entries) + ">";
          },
          released())
      .def(
          "_repr_html_", [](const Practice& self) { return stats_card(self.stats()); }, released(),
          "A content-free stats card (counts only) for notebooks.");

  // ---- Parties -----------------------------------------------------------------------------
  p.def(
       "add_first_admin",
       [](Practice& self, const std::string& name, const std::string& email) {
         return self.add_first_admin(AdminSpec{name, email});
       },
       py::kw_only(), py::arg("name"), py::arg("email"), released(),
       "Registers the very first admin (no author needed). Raises Conflict once there is one.")
      .def(
          "add_admin",
          [](Practice& self, const ActorArg& by, const std::string& name,
             const std::string& email) {
            return self.add_admin(by.actor, AdminSpec{name, email});
          },
          py::arg("by"), py::kw_only(), py::arg("name"), py::arg("email"), released())
      .def(
          "add_coach",
          [](Practice& self, const ActorArg& by, const std::string& name, const std::string& email,
             const EnumArg<Credential>& credential) {
            return self.add_coach(by.actor, CoachSpec{name, email, enum_of(credential)});
          },
          py::arg("by"), py::kw_only(), py::arg("name"), py::arg("email"),
          enum_default("credential", Credential::none, "Credential.none"), released())
      .def(
          "add_client",
          [](Practice& self, const ActorArg& by, const std::string& name, const std::string& email,
             std::optional<OrganizationId> organization) {
            return self.add_client(by.actor, ClientSpec{name, email, organization});
          },
          py::arg("by"), py::kw_only(), py::arg("name"), py::arg("email"),
          py::arg("organization") = py::none(), released())
      .def(
          "add_organization",
          [](Practice& self, const ActorArg& by, const std::string& name) {
            return self.add_organization(by.actor, name);
          },
          py::arg("by"), py::kw_only(), py::arg("name"), released())
      .def(
          "add_sponsor_contact",
          [](Practice& self, const ActorArg& by, OrganizationId organization,
             const std::string& name, const std::string& email, const EnumArg<ContactRole>& role) {
            return self.add_sponsor_contact(
                by.actor, SponsorContactSpec{organization, name, email, enum_of(role)});
          },
          py::arg("by"), py::kw_only(), py::arg("organization"), py::arg("name"), py::arg("email"),
          enum_default("role", ContactRole::other, "ContactRole.other"), released())
      .def(
          "add_supervisor",
          [](Practice& self, const ActorArg& by, const std::string& name, const std::string& email,
             const std::vector<CoachId>& supervisees) {
            return self.add_supervisor(by.actor, SupervisorSpec{name, email, supervisees});
          },
          py::arg("by"), py::kw_only(), py::arg("name"), py::arg("email"),
          py::arg("supervisees") = std::vector<CoachId>{}, released());

  // ---- Engagements -------------------------------------------------------------------------
  p.def(
       "propose_engagement",
       [](Practice& self, const ActorArg& by, CoachId coach, ClientId client,
          std::optional<OrganizationId> sponsor,
          const std::vector<SponsorContactId>& sponsor_contacts) {
         return self.propose_engagement(by.actor,
                                        EngagementSpec{coach, client, sponsor, sponsor_contacts});
       },
       py::arg("by"), py::kw_only(), py::arg("coach"), py::arg("client"),
       py::arg("sponsor") = py::none(),
       py::arg("sponsor_contacts") = std::vector<SponsorContactId>{}, released(),
       "Proposes an engagement (admins, or the coach who will run it).")
      .def(
          "set_agreement",
          [](Practice& self, const ActorArg& by, EngagementId engagement, Date start, Date end,
             std::int32_t session_allotment, const std::string& confidentiality_terms,
             std::optional<SponsorTerms> sponsor_terms, std::optional<Date> agreed_on) {
            Agreement a;
            a.start = start;
            a.end = end;
            a.session_allotment = session_allotment;
            a.confidentiality_terms = confidentiality_terms;
            a.sponsor_terms = sponsor_terms.value_or(SponsorTerms{});
            a.agreed_on = or_today(self, agreed_on);
            self.set_agreement(by.actor, engagement, a);
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("start"), py::arg("end"),
          py::arg("session_allotment"), py::arg("confidentiality_terms"),
          py::arg("sponsor_terms") = py::none(), py::arg("agreed_on") = py::none(), released(),
          "Sets (or replaces) the coaching agreement. `agreed_on` defaults to today.")
      .def(
          "set_engagement_status",
          [](Practice& self, const ActorArg& by, EngagementId engagement,
             const EnumArg<EngagementStatus>& status) {
            self.set_engagement_status(by.actor, engagement, enum_of(status));
          },
          py::arg("by"), py::arg("engagement"), py::arg("status"), released(),
          "Moves along the lifecycle; activation requires an agreement.")
      .def(
          "hand_over",
          [](Practice& self, const ActorArg& by, EngagementId engagement, CoachId new_coach) {
            self.hand_over(by.actor, engagement, new_coach);
          },
          py::arg("by"), py::arg("engagement"), py::arg("new_coach"), released(),
          "Moves the engagement to `new_coach`; the previous coach loses access.");

  // ---- Sessions and notes ------------------------------------------------------------------
  p.def(
       "schedule_session",
       [](Practice& self, const ActorArg& by, EngagementId engagement, Timestamp start,
          std::int32_t duration_minutes, const EnumArg<Modality>& modality, bool group,
          bool pro_bono) {
         return self.schedule_session(
             by.actor, engagement,
             SessionSpec{start, duration_minutes, enum_of(modality), group, pro_bono});
       },
       py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("start"),
       py::arg("duration_minutes") = 60,
       enum_default("modality", Modality::video, "Modality.video"), py::arg("group") = false,
       py::arg("pro_bono") = false, released())
      .def(
          "set_session_status",
          [](Practice& self, const ActorArg& by, SessionId session,
             const EnumArg<SessionStatus>& status) {
            self.set_session_status(by.actor, session, enum_of(status));
          },
          py::arg("by"), py::arg("session"), py::arg("status"), released())
      .def(
          "add_note",
          [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& text,
             const EnumArg<Scope>& scope, std::optional<SessionId> session) {
            return self.add_note(by.actor, engagement, NoteSpec{enum_of(scope), text, session});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("text"),
          enum_default("scope", Scope::coaching, "Scope.coaching"), py::arg("session") = py::none(),
          released(), "Coach: any scope but client_private; client: coaching or client_private.");

  // ---- Outer work --------------------------------------------------------------------------
  p.def(
       "add_goal",
       [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& title,
          const std::string& description, const std::string& metric, const std::string& unit,
          double baseline, double target, std::optional<Date> due, bool shared_with_sponsor) {
         return self.add_goal(by.actor, engagement,
                              GoalSpec{title, description, metric, unit, baseline, target, due,
                                       shared_with_sponsor});
       },
       py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("title"),
       py::arg("description") = "", py::arg("metric") = "", py::arg("unit") = "",
       py::arg("baseline") = 0.0, py::arg("target") = 0.0, py::arg("due") = py::none(),
       py::arg("shared_with_sponsor") = false, released(),
       "Sets a measurable goal. Only the client may share it with the sponsor.")
      .def(
          "record_goal_progress",
          [](Practice& self, const ActorArg& by, GoalId goal, double value,
             std::optional<Date> on) {
            self.record_goal_progress(by.actor, goal, or_today(self, on), value);
          },
          py::arg("by"), py::arg("goal"), py::kw_only(), py::arg("value"),
          py::arg("on") = py::none(), released())
      .def(
          "set_goal_status",
          [](Practice& self, const ActorArg& by, GoalId goal, const EnumArg<GoalStatus>& status) {
            self.set_goal_status(by.actor, goal, enum_of(status));
          },
          py::arg("by"), py::arg("goal"), py::arg("status"), released())
      .def(
          "set_goal_shared",
          [](Practice& self, const ActorArg& by, GoalId goal, bool shared) {
            self.set_goal_shared(by.actor, goal, shared);
          },
          py::arg("by"), py::arg("goal"), py::arg("shared"), released(),
          "Only the client decides to share a goal.")
      .def(
          "add_milestone",
          [](Practice& self, const ActorArg& by, EngagementId engagement, GoalId goal,
             const std::string& title, std::optional<Date> due) {
            return self.add_milestone(by.actor, engagement, MilestoneSpec{goal, title, due});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("goal"), py::arg("title"),
          py::arg("due") = py::none(), released())
      .def(
          "reach_milestone",
          [](Practice& self, const ActorArg& by, MilestoneId milestone, std::optional<Date> on) {
            self.reach_milestone(by.actor, milestone, or_today(self, on));
          },
          py::arg("by"), py::arg("milestone"), py::kw_only(), py::arg("on") = py::none(),
          released())
      .def(
          "add_action_item",
          [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& title,
             std::optional<GoalId> goal, std::optional<Date> due) {
            return self.add_action_item(by.actor, engagement, ActionItemSpec{goal, title, due});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("title"),
          py::arg("goal") = py::none(), py::arg("due") = py::none(), released())
      .def(
          "complete_action_item",
          [](Practice& self, const ActorArg& by, ActionItemId action_item, std::optional<Date> on) {
            self.complete_action_item(by.actor, action_item, or_today(self, on));
          },
          py::arg("by"), py::arg("action_item"), py::kw_only(), py::arg("on") = py::none(),
          released())
      .def(
          "add_habit",
          [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& title,
             std::optional<GoalId> goal, const EnumArg<Cadence>& cadence) {
            return self.add_habit(by.actor, engagement, HabitSpec{goal, title, enum_of(cadence)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("title"),
          py::arg("goal") = py::none(), enum_default("cadence", Cadence::daily, "Cadence.daily"),
          released())
      .def(
          "check_in_habit",
          [](Practice& self, const ActorArg& by, HabitId habit, bool kept, std::optional<Date> on) {
            self.check_in_habit(by.actor, habit, or_today(self, on), kept);
          },
          py::arg("by"), py::arg("habit"), py::kw_only(), py::arg("kept") = true,
          py::arg("on") = py::none(), released())
      .def(
          "add_skill",
          [](Practice& self, const ActorArg& by, EngagementId engagement,
             const std::string& competency) {
            return self.add_skill(by.actor, engagement, SkillSpec{competency});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("competency"), released())
      .def(
          "rate_skill",
          [](Practice& self, const ActorArg& by, SkillId skill, std::int32_t rating,
             std::optional<Date> on) {
            self.rate_skill(by.actor, skill, or_today(self, on), rating);
          },
          py::arg("by"), py::arg("skill"), py::kw_only(), py::arg("rating"),
          py::arg("on") = py::none(), released());

  // ---- Inner work --------------------------------------------------------------------------
  p.def(
       "add_value",
       [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& name,
          std::int32_t rank, const std::string& meaning, const EnumArg<Scope>& scope) {
         return self.add_value(by.actor, engagement,
                               ValueSpec{name, rank, meaning, enum_of(scope)});
       },
       py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("name"), py::arg("rank") = 1,
       py::arg("meaning") = "", enum_default("scope", Scope::coaching, "Scope.coaching"),
       released(), "A core value; scope coaching or (by the client) client_private.")
      .def(
          "add_belief",
          [](Practice& self, const ActorArg& by, EngagementId engagement,
             const std::string& statement, const EnumArg<BeliefKind>& kind,
             const std::string& category, std::int32_t strength, std::optional<Date> on,
             const std::string& reframe, const EnumArg<Scope>& scope) {
            return self.add_belief(by.actor, engagement,
                                   BeliefSpec{statement, enum_of(kind), category, strength,
                                              or_today(self, on), reframe, enum_of(scope)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("statement"),
          enum_default("kind", BeliefKind::limiting, "BeliefKind.limiting"),
          py::arg("category") = "", py::arg("strength") = 5, py::arg("on") = py::none(),
          py::arg("reframe") = "", enum_default("scope", Scope::coaching, "Scope.coaching"),
          released(), "A belief with its first strength reading (0..10) on `on` (today).")
      .def(
          "record_belief_strength",
          [](Practice& self, const ActorArg& by, BeliefId belief, std::int32_t strength,
             std::optional<Date> on) {
            self.record_belief_strength(by.actor, belief, or_today(self, on), strength);
          },
          py::arg("by"), py::arg("belief"), py::kw_only(), py::arg("strength"),
          py::arg("on") = py::none(), released())
      .def(
          "reframe_belief",
          [](Practice& self, const ActorArg& by, BeliefId belief, const std::string& reframe) {
            self.reframe_belief(by.actor, belief, reframe);
          },
          py::arg("by"), py::arg("belief"), py::arg("reframe"), released())
      .def(
          "add_fear",
          [](Practice& self, const ActorArg& by, EngagementId engagement,
             const std::string& description, std::int32_t intensity, const EnumArg<Scope>& scope) {
            return self.add_fear(by.actor, engagement,
                                 FearSpec{description, intensity, enum_of(scope)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("description"),
          py::arg("intensity") = 5, enum_default("scope", Scope::coaching, "Scope.coaching"),
          released())
      .def(
          "add_purpose",
          [](Practice& self, const ActorArg& by, EngagementId engagement,
             const std::string& statement, const std::string& formative_experience,
             const EnumArg<Scope>& scope) {
            return self.add_purpose(by.actor, engagement,
                                    PurposeSpec{statement, formative_experience, enum_of(scope)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("statement"),
          py::arg("formative_experience") = "",
          enum_default("scope", Scope::coaching, "Scope.coaching"), released())
      .def(
          "add_reflection",
          [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& text,
             const EnumArg<ReflectionPractice>& practice, std::optional<Date> on,
             const EnumArg<Scope>& scope) {
            return self.add_reflection(
                by.actor, engagement,
                ReflectionSpec{enum_of(practice), or_today(self, on), text, enum_of(scope)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("text"),
          enum_default("practice", ReflectionPractice::reflecting, "ReflectionPractice.reflecting"),
          py::arg("on") = py::none(), enum_default("scope", Scope::coaching, "Scope.coaching"),
          released())
      .def(
          "add_insight",
          [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& text,
             std::optional<Date> on, const EnumArg<Scope>& scope) {
            return self.add_insight(by.actor, engagement,
                                    InsightSpec{or_today(self, on), text, enum_of(scope)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("text"),
          py::arg("on") = py::none(), enum_default("scope", Scope::coaching, "Scope.coaching"),
          released())
      .def(
          "check_in_wellbeing",
          [](Practice& self, const ActorArg& by, EngagementId engagement, std::int32_t thriving,
             std::int32_t stress, std::int32_t burnout, std::int32_t confidence,
             std::optional<Date> on, const EnumArg<Scope>& scope) {
            return self.check_in_wellbeing(by.actor, engagement,
                                           WellbeingSpec{or_today(self, on), thriving, stress,
                                                         burnout, confidence, enum_of(scope)});
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("thriving") = 5,
          py::arg("stress") = 5, py::arg("burnout") = 0, py::arg("confidence") = 5,
          py::arg("on") = py::none(), enum_default("scope", Scope::coaching, "Scope.coaching"),
          released())
      .def(
          "link_inner_to_goal",
          [](Practice& self, const ActorArg& by, const InnerRecordId& inner, GoalId goal) {
            return self.link_inner_to_goal(by.actor, inner.id, goal);
          },
          py::arg("by"), py::arg("inner"), py::arg("goal"), released(),
          "Links an inner item (any typed id of a value, belief, fear, purpose, reflection or "
          "insight) to the goal it underlies.");

  // ---- Confidentiality ---------------------------------------------------------------------
  p.def(
       "refer_to_therapist",
       [](Practice& self, const ActorArg& by, EngagementId engagement, const std::string& reason,
          const std::string& referred_to, std::optional<Date> on) {
         return self.refer_to_therapist(by.actor, engagement,
                                        ReferralSpec{or_today(self, on), reason, referred_to});
       },
       py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("reason"),
       py::arg("referred_to"), py::arg("on") = py::none(), released(),
       "A therapy referral; the engagement's coach only; always coach_private.")
      .def(
          "grant_consent",
          [](Practice& self, const ActorArg& by, EngagementId engagement,
             const std::string& purpose, Date to, const EnumArg<ConsentKind>& kind,
             std::optional<ActorArg> grantee, const std::vector<ContentRecordId>& records,
             const std::vector<EnumArg<RecordKind>>& kinds, std::optional<Date> from) {
            ConsentSpec spec;
            spec.kind = enum_of(kind);
            if (grantee)
              spec.grantee = grantee->actor;
            for (const auto& r : records)
              spec.records.push_back(r.id);
            spec.kinds = kinds_of(kinds);
            spec.purpose = purpose;
            spec.from = or_today(self, from);
            spec.to = to;
            return self.grant_consent(by.actor, engagement, spec);
          },
          py::arg("by"), py::arg("engagement"), py::kw_only(), py::arg("purpose"), py::arg("to"),
          enum_default("kind", ConsentKind::access, "ConsentKind.access"),
          py::arg("grantee") = py::none(), py::arg("records") = std::vector<ContentRecordId>{},
          py::arg("kinds") = std::vector<EnumArg<RecordKind>>{}, py::arg("from_") = py::none(),
          released(),
          "The client grants a consent for [from_, to] (from_ defaults to today). Audited.")
      .def(
          "revoke_consent",
          [](Practice& self, const ActorArg& by, ConsentId consent) {
            self.revoke_consent(by.actor, consent);
          },
          py::arg("by"), py::arg("consent"), released(),
          "The client revokes a consent; future reads stop. Audited.")
      .def(
          "disclose",
          [](Practice& self, const ActorArg& by, const ContentRecordId& record,
             const EnumArg<DisclosureReason>& reason, const std::string& justification,
             const std::string& recipient) {
            return self.disclose(
                by.actor, DisclosureSpec{record.id, enum_of(reason), justification, recipient});
          },
          py::arg("by"), py::kw_only(), py::arg("record"), py::arg("reason"),
          py::arg("justification"), py::arg("recipient"), released(),
          "Break-glass disclosure by the engagement's coach, with a reason code. Never "
          "available to sponsors or admins. Always audited, also when refused.");

  bind_synthetic(m, p);
  bind_store(m, p);
}

}  // namespace libcoach::python
