#include "libcoach/practice.hpp"

#include <algorithm>
#include <exception>  // store integration

#include "command.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/logging.hpp"
#include "practice_core.hpp"
#include "store/store.hpp"  // store integration
#include "validate.hpp"

namespace libcoach {

using detail::check_email;
using detail::check_finite;
using detail::check_name;
using detail::check_range;
using detail::check_required_text;
using detail::check_text;
using detail::Command;
using detail::is_registered;
using detail::is_terminal;
using detail::kClientOnly;
using detail::kCoachOnly;
using detail::kCoachOrAdmin;
using detail::kCoachOrClient;
using detail::PolicyFacts;
using detail::PracticeCore;
using detail::Writers;

namespace {

void require_open(const Engagement& e, std::string_view what) {
  if (is_terminal(e.status)) {
    throw ValidationError(std::string(what) + ": the engagement has ended");
  }
}

// Scopes an author may give to notes and inner work.
void check_note_scope(const Actor& by, Scope scope) {
  if (by.role == Role::client) {
    if (scope != Scope::coaching && scope != Scope::client_private) {
      throw ValidationError("note scope: a client writes coaching or client_private notes");
    }
  } else if (by.role == Role::coach) {
    if (scope == Scope::client_private) {
      throw ValidationError("note scope: client_private notes are written by the client");
    }
  } else if (scope != Scope::operational) {
    throw ValidationError("note scope: practice admins write operational notes only");
  }
}

void check_inner_scope(const Actor& by, Scope scope, std::string_view kind) {
  if (scope == Scope::sponsor || scope == Scope::operational || scope == Scope::coach_private) {
    // Rule 1: inner work lives in the container; it can never be sponsor-scoped.
    throw ValidationError(std::string(kind) + " scope: inner work is coaching or client_private");
  }
  if (scope == Scope::client_private && by.role != Role::client) {
    throw ValidationError(std::string(kind) + " scope: only the client keeps client_private work");
  }
}

void check_rating(std::int32_t value, std::string_view field) {
  check_range(value, 0, kMaxRating, field);
}

void check_person(const std::string& name, const std::string& email) {
  check_name(name, "name", kMaxNameBytes);
  check_email(email, "email");
}

// Finds any content record by untyped id; returns its kind and metadata.
std::optional<RecordRef> find_record(const detail::PracticeState& state, const RecordId& id) {
  std::optional<RecordRef> found;
  state.for_each_table([&](const auto& table) {
    using Row = typename std::decay_t<decltype(table.rows())>::value_type;
    if constexpr (requires(const Row& r) { r.meta; }) {
      if (!found) {
        if (const Row* row = table.find(id.value))
          found = RecordRef{Row::kind, row->meta};
      }
    }
  });
  return found;
}

}  // namespace

Practice::Practice(PracticeOptions options)
    : core_(std::make_shared<PracticeCore>(std::move(options))) {}
Practice::~Practice() = default;
Practice::Practice(Practice&&) noexcept = default;
Practice& Practice::operator=(Practice&&) noexcept = default;

View Practice::view(const Viewer& viewer) const {
  std::shared_lock lock(core_->mutex);
  if (!is_registered(core_->state, viewer)) {
    throw AccessDenied("view: the viewer is not registered in this practice");
  }
  return View(core_, viewer, "coaching");
}

PracticeStats Practice::stats() const {
  std::shared_lock lock(core_->mutex);
  PracticeStats out;
  core_->state.for_each_table([&](const auto& table) {
    using Row = typename std::decay_t<decltype(table.rows())>::value_type;
    if (table.size() == 0)
      return;
    if constexpr (requires { Row::kind; }) {
      out.records[Row::kind] = table.size();
    }
  });
  const auto& s = core_->state;
  auto put = [&](RecordKind k, std::size_t n) {
    if (n != 0)
      out.records[k] = n;
  };
  put(RecordKind::admin, s.table<Admin>().size());
  put(RecordKind::coach, s.table<Coach>().size());
  put(RecordKind::client, s.table<Client>().size());
  put(RecordKind::organization, s.table<Organization>().size());
  put(RecordKind::sponsor_contact, s.table<SponsorContact>().size());
  put(RecordKind::supervisor, s.table<Supervisor>().size());
  put(RecordKind::engagement, s.table<Engagement>().size());
  out.last_sequence = s.last_sequence;
  out.audit_entries = core_->audit.size();
  return out;
}

Timestamp Practice::now() const {
  return core_->now();
}

void Practice::set_event_sink(EventSink* sink) {
  std::unique_lock lock(core_->mutex);
  core_->sink = sink;
}

// ---- Parties -------------------------------------------------------------------------------

AdminId Practice::add_first_admin(const AdminSpec& spec) {
  std::unique_lock lock(core_->mutex);
  if (core_->state.table<Admin>().size() != 0) {
    throw Conflict("add_first_admin: the practice already has an admin");
  }
  check_person(spec.name, spec.email);
  Admin admin{AdminId{core_->ids.next()}, spec.name, spec.email};
  const Actor self = Actor::admin(admin.id);
  Event event{core_->state.last_sequence + 1, core_->now(), self, Created<Admin>{admin}};
  if (core_->sink != nullptr)
    core_->sink->persist(event);
  detail::apply_event(core_->state, event);
  return admin.id;
}

AdminId Practice::add_admin(const Actor& by, const AdminSpec& spec) {
  Command cmd(*core_, by);
  cmd.require_admin("add_admin");
  check_person(spec.name, spec.email);
  Admin admin{AdminId{cmd.new_id()}, spec.name, spec.email};
  cmd.commit(Created<Admin>{admin});
  return admin.id;
}

CoachId Practice::add_coach(const Actor& by, const CoachSpec& spec) {
  Command cmd(*core_, by);
  cmd.require_admin("add_coach");
  check_person(spec.name, spec.email);
  Coach coach{CoachId{cmd.new_id()}, spec.name, spec.email, spec.credential};
  cmd.commit(Created<Coach>{coach});
  return coach.id;
}

ClientId Practice::add_client(const Actor& by, const ClientSpec& spec) {
  Command cmd(*core_, by);
  cmd.require_admin("add_client");
  check_person(spec.name, spec.email);
  if (spec.organization && !cmd.state().table<Organization>().contains(spec.organization->value)) {
    throw NotFound("organization: no such record visible to this viewer");
  }
  Client client{ClientId{cmd.new_id()}, spec.name, spec.email, spec.organization};
  cmd.commit(Created<Client>{client});
  return client.id;
}

OrganizationId Practice::add_organization(const Actor& by, const std::string& name) {
  Command cmd(*core_, by);
  cmd.require_admin("add_organization");
  check_name(name, "organization name", kMaxNameBytes);
  Organization org{OrganizationId{cmd.new_id()}, name};
  cmd.commit(Created<Organization>{org});
  return org.id;
}

SponsorContactId Practice::add_sponsor_contact(const Actor& by, const SponsorContactSpec& spec) {
  Command cmd(*core_, by);
  cmd.require_admin("add_sponsor_contact");
  check_person(spec.name, spec.email);
  if (!cmd.state().table<Organization>().contains(spec.organization.value)) {
    throw NotFound("organization: no such record visible to this viewer");
  }
  SponsorContact contact{SponsorContactId{cmd.new_id()}, spec.organization, spec.name, spec.email,
                         spec.role};
  cmd.commit(Created<SponsorContact>{contact});
  return contact.id;
}

SupervisorId Practice::add_supervisor(const Actor& by, const SupervisorSpec& spec) {
  Command cmd(*core_, by);
  cmd.require_admin("add_supervisor");
  check_person(spec.name, spec.email);
  for (const CoachId& c : spec.supervisees) {
    if (!cmd.state().table<Coach>().contains(c.value)) {
      throw NotFound("coach: no such record visible to this viewer");
    }
  }
  Supervisor sup{SupervisorId{cmd.new_id()}, spec.name, spec.email, spec.supervisees};
  cmd.commit(Created<Supervisor>{sup});
  return sup.id;
}

// ---- Engagements ---------------------------------------------------------------------------

EngagementId Practice::propose_engagement(const Actor& by, const EngagementSpec& spec) {
  Command cmd(*core_, by);
  if (!(by.role == Role::admin || by.is(spec.coach))) {
    throw AccessDenied("propose_engagement: admins, or the coach who will run it");
  }
  const auto& s = cmd.state();
  if (!s.table<Coach>().contains(spec.coach.value)) {
    throw NotFound("coach: no such record visible to this viewer");
  }
  if (!s.table<Client>().contains(spec.client.value)) {
    throw NotFound("client: no such record visible to this viewer");
  }
  if (spec.sponsor && !s.table<Organization>().contains(spec.sponsor->value)) {
    throw NotFound("organization: no such record visible to this viewer");
  }
  if (!spec.sponsor && !spec.sponsor_contacts.empty()) {
    throw ValidationError("sponsor contacts: an engagement without a sponsor has no contacts");
  }
  for (const auto& id : spec.sponsor_contacts) {
    const SponsorContact* contact = s.table<SponsorContact>().find(id.value);
    if (contact == nullptr)
      throw NotFound("sponsor contact: no such record visible to this viewer");
    if (contact->organization != *spec.sponsor) {
      throw Conflict("sponsor contact: belongs to another organization than the sponsor");
    }
  }
  Engagement e;
  e.id = EngagementId{cmd.new_id()};
  e.coach = spec.coach;
  e.client = spec.client;
  e.sponsor = spec.sponsor;
  e.sponsor_contacts = spec.sponsor_contacts;
  e.created = cmd.now();
  e.coach_since_seq = s.last_sequence + 1;
  cmd.commit(Created<Engagement>{e});
  return e.id;
}

void Practice::set_agreement(const Actor& by, EngagementId id, const Agreement& agreement) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrAdmin, "set_agreement");
  require_open(e, "set_agreement");
  if (agreement.end < agreement.start)
    throw ValidationError("agreement: end before start");
  check_range(agreement.session_allotment, 1, kMaxSessionAllotment, "agreement session allotment");
  check_required_text(agreement.confidentiality_terms, "agreement confidentiality terms",
                      kMaxShortTextBytes);
  if (agreement.agreed_on < agreement.start.plus_days(-366)) {
    throw ValidationError("agreement: agreed more than a year before it starts");
  }
  cmd.commit(AgreementSet{id, agreement});
}

void Practice::set_engagement_status(const Actor& by, EngagementId id, EngagementStatus status) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrAdmin, "set_engagement_status");
  if (!is_allowed_transition(e.status, status)) {
    throw ValidationError("engagement status: cannot move from " +
                          std::string(to_string(e.status)) + " to " +
                          std::string(to_string(status)));
  }
  if (status == EngagementStatus::active && !e.agreement) {
    throw ValidationError("engagement status: cannot activate without an agreement");
  }
  cmd.commit(EngagementStatusChanged{id, status});
}

void Practice::hand_over(const Actor& by, EngagementId id, CoachId new_coach) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrAdmin, "hand_over");
  require_open(e, "hand_over");
  if (!cmd.state().table<Coach>().contains(new_coach.value)) {
    throw NotFound("coach: no such record visible to this viewer");
  }
  if (new_coach == e.coach)
    throw ValidationError("hand_over: the coach already runs it");
  cmd.commit(EngagementHandedOver{id, new_coach});
  logger()->info("engagement {} handed over", id.to_string());
}

// ---- Sessions ------------------------------------------------------------------------------

SessionId Practice::schedule_session(const Actor& by, EngagementId id, const SessionSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrAdmin, "schedule_session");
  require_open(e, "schedule_session");
  check_range(spec.duration_minutes, kMinSessionMinutes, kMaxSessionMinutes,
              "session duration (minutes)");
  (void)spec.start.date();  // Rejects instants outside the supported calendar range.
  Session session;
  session.meta = cmd.new_meta(e, Scope::operational);
  session.start = spec.start;
  session.duration_minutes = spec.duration_minutes;
  session.modality = spec.modality;
  session.group = spec.group;
  session.pro_bono = spec.pro_bono;
  cmd.commit(Created<Session>{session});
  return session.id();
}

void Practice::set_session_status(const Actor& by, SessionId id, SessionStatus status) {
  Command cmd(*core_, by);
  const Session& s = cmd.record_for<Session>(id.value, kCoachOrAdmin, "set_session_status");
  if (s.status != SessionStatus::scheduled) {
    throw ValidationError("session status: only a scheduled session can change status");
  }
  if (status == SessionStatus::scheduled) {
    throw ValidationError("session status: already scheduled");
  }
  const Engagement& e = *cmd.state().table<Engagement>().find(s.meta.engagement.value);
  if (status == SessionStatus::held && e.status != EngagementStatus::active) {
    // ICF: coaching happens under an agreement, in an active engagement.
    throw ValidationError("session status: sessions are held only in an active engagement");
  }
  cmd.commit(SessionStatusChanged{id, status});
}

// ---- Notes ---------------------------------------------------------------------------------

NoteId Practice::add_note(const Actor& by, EngagementId id, const NoteSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, Writers{true, true, true}, "add_note");
  check_note_scope(by, spec.scope);
  check_required_text(spec.text, "note text", kMaxLongTextBytes);
  if (spec.session) {
    const Session* s = cmd.state().table<Session>().find(spec.session->value);
    if (s == nullptr)
      throw NotFound("session: no such record visible to this viewer");
    if (s->meta.engagement != id)
      throw Conflict("session: belongs to another engagement");
  }
  Note note;
  note.meta = cmd.new_meta(e, spec.scope);
  note.session = spec.session;
  note.text = spec.text;
  cmd.commit(Created<Note>{note});
  return note.id();
}

// ---- Outer work ----------------------------------------------------------------------------

namespace {
void check_goal_of(Command& cmd, const std::optional<GoalId>& goal, EngagementId e) {
  if (!goal)
    return;
  const Goal* g = cmd.state().table<Goal>().find(goal->value);
  if (g == nullptr)
    throw NotFound("goal: no such record visible to this viewer");
  if (g->meta.engagement != e)
    throw Conflict("goal: belongs to another engagement");
}

bool is_allowed_goal_transition(GoalStatus from, GoalStatus to) {
  switch (from) {
    case GoalStatus::proposed:
      return to == GoalStatus::active || to == GoalStatus::abandoned;
    case GoalStatus::active:
      return to == GoalStatus::achieved || to == GoalStatus::abandoned;
    case GoalStatus::achieved:
    case GoalStatus::abandoned:
      return false;
  }
  return false;
}
}  // namespace

GoalId Practice::add_goal(const Actor& by, EngagementId id, const GoalSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_goal");
  check_name(spec.title, "goal title", kMaxNameBytes);
  check_text(spec.description, "goal description", kMaxShortTextBytes);
  check_text(spec.metric, "goal metric", kMaxNameBytes);
  check_text(spec.unit, "goal unit", kMaxNameBytes);
  check_finite(spec.baseline, "goal baseline");
  check_finite(spec.target, "goal target");
  if (spec.shared_with_sponsor && !by.is(e.client)) {
    throw AccessDenied("add_goal: only the client may share a goal with the sponsor");
  }
  Goal goal;
  goal.meta = cmd.new_meta(e, spec.shared_with_sponsor ? Scope::sponsor : Scope::coaching);
  goal.title = spec.title;
  goal.description = spec.description;
  goal.metric = spec.metric;
  goal.unit = spec.unit;
  goal.baseline = spec.baseline;
  goal.target = spec.target;
  goal.due = spec.due;
  goal.shared_with_sponsor = spec.shared_with_sponsor;
  cmd.commit(Created<Goal>{goal});
  return goal.id();
}

void Practice::record_goal_progress(const Actor& by, GoalId id, Date on, double value) {
  Command cmd(*core_, by);
  cmd.record_for<Goal>(id.value, kCoachOrClient, "record_goal_progress");
  check_finite(value, "goal value");
  cmd.commit(GoalMeasured{id, GoalMeasurement{on, value}});
}

void Practice::set_goal_status(const Actor& by, GoalId id, GoalStatus status) {
  Command cmd(*core_, by);
  const Goal& g = cmd.record_for<Goal>(id.value, kCoachOrClient, "set_goal_status");
  if (!is_allowed_goal_transition(g.status, status)) {
    throw ValidationError("goal status: cannot move from " + std::string(to_string(g.status)) +
                          " to " + std::string(to_string(status)));
  }
  cmd.commit(GoalStatusChanged{id, status});
}

void Practice::set_goal_shared(const Actor& by, GoalId id, bool shared) {
  Command cmd(*core_, by);
  cmd.record_for<Goal>(id.value, kClientOnly, "set_goal_shared");
  cmd.commit(GoalSharingChanged{id, shared});
}

MilestoneId Practice::add_milestone(const Actor& by, EngagementId id, const MilestoneSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_milestone");
  check_goal_of(cmd, spec.goal, id);
  check_name(spec.title, "milestone title", kMaxNameBytes);
  const Goal& goal = *cmd.state().table<Goal>().find(spec.goal.value);
  Milestone m;
  m.meta = cmd.new_meta(e, goal.meta.scope);
  m.goal = spec.goal;
  m.title = spec.title;
  m.due = spec.due;
  cmd.commit(Created<Milestone>{m});
  return m.id();
}

void Practice::reach_milestone(const Actor& by, MilestoneId id, Date on) {
  Command cmd(*core_, by);
  const Milestone& m = cmd.record_for<Milestone>(id.value, kCoachOrClient, "reach_milestone");
  if (m.reached)
    throw Conflict("milestone: already reached");
  cmd.commit(MilestoneReached{id, on});
}

ActionItemId Practice::add_action_item(const Actor& by, EngagementId id,
                                       const ActionItemSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_action_item");
  check_goal_of(cmd, spec.goal, id);
  check_name(spec.title, "action item title", kMaxNameBytes);
  ActionItem a;
  a.meta = cmd.new_meta(e, Scope::coaching);
  a.goal = spec.goal;
  a.title = spec.title;
  a.due = spec.due;
  cmd.commit(Created<ActionItem>{a});
  return a.id();
}

void Practice::complete_action_item(const Actor& by, ActionItemId id, Date on) {
  Command cmd(*core_, by);
  const ActionItem& a =
      cmd.record_for<ActionItem>(id.value, kCoachOrClient, "complete_action_item");
  if (a.done)
    throw Conflict("action item: already done");
  cmd.commit(ActionItemCompleted{id, on});
}

HabitId Practice::add_habit(const Actor& by, EngagementId id, const HabitSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_habit");
  check_goal_of(cmd, spec.goal, id);
  check_name(spec.title, "habit title", kMaxNameBytes);
  Habit h;
  h.meta = cmd.new_meta(e, Scope::coaching);
  h.goal = spec.goal;
  h.title = spec.title;
  h.cadence = spec.cadence;
  cmd.commit(Created<Habit>{h});
  return h.id();
}

void Practice::check_in_habit(const Actor& by, HabitId id, Date on, bool kept) {
  Command cmd(*core_, by);
  cmd.record_for<Habit>(id.value, kCoachOrClient, "check_in_habit");
  cmd.commit(HabitCheckedIn{id, HabitCheckIn{on, kept}});
}

SkillId Practice::add_skill(const Actor& by, EngagementId id, const SkillSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_skill");
  check_name(spec.competency, "skill competency", kMaxNameBytes);
  SkillRating s;
  s.meta = cmd.new_meta(e, Scope::coaching);
  s.competency = spec.competency;
  cmd.commit(Created<SkillRating>{s});
  return s.id();
}

void Practice::rate_skill(const Actor& by, SkillId id, Date on, std::int32_t rating) {
  Command cmd(*core_, by);
  cmd.record_for<SkillRating>(id.value, kCoachOrClient, "rate_skill");
  check_rating(rating, "skill rating");
  cmd.commit(SkillRated{id, SkillScore{on, rating}});
}

// ---- Inner work ----------------------------------------------------------------------------

ValueId Practice::add_value(const Actor& by, EngagementId id, const ValueSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_value");
  check_inner_scope(by, spec.scope, "value");
  check_name(spec.name, "value name", kMaxNameBytes);
  check_range(spec.rank, 1, 100, "value rank");
  check_text(spec.meaning, "value meaning", kMaxShortTextBytes);
  Value v;
  v.meta = cmd.new_meta(e, spec.scope);
  v.name = spec.name;
  v.rank = spec.rank;
  v.meaning = spec.meaning;
  cmd.commit(Created<Value>{v});
  return v.id();
}

BeliefId Practice::add_belief(const Actor& by, EngagementId id, const BeliefSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_belief");
  check_inner_scope(by, spec.scope, "belief");
  check_required_text(spec.statement, "belief statement", kMaxShortTextBytes);
  check_text(spec.category, "belief category", kMaxNameBytes);
  check_rating(spec.strength, "belief strength");
  check_text(spec.reframe, "belief reframe", kMaxShortTextBytes);
  Belief b;
  b.meta = cmd.new_meta(e, spec.scope);
  b.statement = spec.statement;
  b.belief_kind = spec.kind;
  b.category = spec.category;
  b.history.push_back(BeliefStrength{spec.on, spec.strength});
  b.reframe = spec.reframe;
  cmd.commit(Created<Belief>{b});
  return b.id();
}

void Practice::record_belief_strength(const Actor& by, BeliefId id, Date on,
                                      std::int32_t strength) {
  Command cmd(*core_, by);
  cmd.record_for<Belief>(id.value, kCoachOrClient, "record_belief_strength");
  check_rating(strength, "belief strength");
  cmd.commit(BeliefStrengthRecorded{id, BeliefStrength{on, strength}});
}

void Practice::reframe_belief(const Actor& by, BeliefId id, const std::string& reframe) {
  Command cmd(*core_, by);
  const Belief& belief = cmd.record_for<Belief>(id.value, kCoachOrClient, "reframe_belief");
  check_required_text(reframe, "belief reframe", kMaxShortTextBytes);
  cmd.commit(BeliefReframed{id, reframe, belief.meta.client});
}

FearId Practice::add_fear(const Actor& by, EngagementId id, const FearSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_fear");
  check_inner_scope(by, spec.scope, "fear");
  check_required_text(spec.description, "fear description", kMaxShortTextBytes);
  check_rating(spec.intensity, "fear intensity");
  Fear f;
  f.meta = cmd.new_meta(e, spec.scope);
  f.description = spec.description;
  f.intensity = spec.intensity;
  cmd.commit(Created<Fear>{f});
  return f.id();
}

PurposeId Practice::add_purpose(const Actor& by, EngagementId id, const PurposeSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_purpose");
  check_inner_scope(by, spec.scope, "purpose");
  check_required_text(spec.statement, "purpose statement", kMaxShortTextBytes);
  check_text(spec.formative_experience, "purpose formative experience", kMaxShortTextBytes);
  Purpose p;
  p.meta = cmd.new_meta(e, spec.scope);
  p.statement = spec.statement;
  p.formative_experience = spec.formative_experience;
  cmd.commit(Created<Purpose>{p});
  return p.id();
}

ReflectionId Practice::add_reflection(const Actor& by, EngagementId id,
                                      const ReflectionSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_reflection");
  check_inner_scope(by, spec.scope, "reflection");
  check_required_text(spec.text, "reflection text", kMaxLongTextBytes);
  Reflection r;
  r.meta = cmd.new_meta(e, spec.scope);
  r.practice = spec.practice;
  r.on = spec.on;
  r.text = spec.text;
  cmd.commit(Created<Reflection>{r});
  return r.id();
}

InsightId Practice::add_insight(const Actor& by, EngagementId id, const InsightSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "add_insight");
  check_inner_scope(by, spec.scope, "insight");
  check_required_text(spec.text, "insight text", kMaxShortTextBytes);
  Insight i;
  i.meta = cmd.new_meta(e, spec.scope);
  i.on = spec.on;
  i.text = spec.text;
  cmd.commit(Created<Insight>{i});
  return i.id();
}

WellbeingId Practice::check_in_wellbeing(const Actor& by, EngagementId id,
                                         const WellbeingSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOrClient, "check_in_wellbeing");
  check_inner_scope(by, spec.scope, "well-being check-in");
  check_rating(spec.thriving, "well-being thriving");
  check_rating(spec.stress, "well-being stress");
  check_rating(spec.burnout, "well-being burnout");
  check_rating(spec.confidence, "well-being confidence");
  WellbeingCheckIn w;
  w.meta = cmd.new_meta(e, spec.scope);
  w.on = spec.on;
  w.thriving = spec.thriving;
  w.stress = spec.stress;
  w.burnout = spec.burnout;
  w.confidence = spec.confidence;
  cmd.commit(Created<WellbeingCheckIn>{w});
  return w.id();
}

LinkId Practice::link_inner_to_goal(const Actor& by, RecordId inner, GoalId goal) {
  Command cmd(*core_, by);
  const Goal& g = cmd.record_for<Goal>(goal.value, kCoachOrClient, "link_inner_to_goal");
  const auto ref = find_record(cmd.state(), inner);
  if (!ref || !is_inner_work(ref->kind) || ref->kind == RecordKind::link ||
      ref->kind == RecordKind::wellbeing) {
    throw NotFound("inner work: no such record visible to this viewer");
  }
  if (ref->meta.engagement != g.meta.engagement) {
    throw Conflict("link: the inner item and the goal belong to different engagements");
  }
  const Engagement& e = *cmd.state().table<Engagement>().find(g.meta.engagement.value);
  PolicyFacts facts;
  cmd.core().collect_facts(by, e, cmd.now(), facts);
  if (can(by, Action::read, *ref, facts.context) != Decision::allow) {
    throw AccessDenied("link_inner_to_goal: access denied");
  }
  const auto& links = cmd.state().table<InnerLink>();
  for (const std::size_t i : links.of_engagement(e.id)) {
    if (links.at(i).inner == inner && links.at(i).goal == goal) {
      throw Conflict("link: the inner item is already linked to this goal");
    }
  }
  InnerLink link;
  // A link is as confidential as the more private of its two ends.
  link.meta = cmd.new_meta(e, std::max(Scope::coaching, ref->meta.scope));
  link.inner_kind = ref->kind;
  link.inner = inner;
  link.goal = goal;
  cmd.commit(Created<InnerLink>{link});
  return link.id();
}

// ---- Confidentiality -----------------------------------------------------------------------

ReferralId Practice::refer_to_therapist(const Actor& by, EngagementId id,
                                        const ReferralSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kCoachOnly, "refer_to_therapist");
  check_required_text(spec.reason, "referral reason", kMaxShortTextBytes);
  check_name(spec.referred_to, "referral recipient", kMaxNameBytes);
  Referral r;
  r.meta = cmd.new_meta(e, Scope::coach_private);
  r.on = spec.on;
  r.reason = spec.reason;
  r.referred_to = spec.referred_to;
  cmd.commit(Created<Referral>{r});
  return r.id();
}

ConsentId Practice::grant_consent(const Actor& by, EngagementId id, const ConsentSpec& spec) {
  Command cmd(*core_, by);
  const Engagement& e = cmd.engagement_for(id, kClientOnly, "grant_consent");
  check_name(spec.purpose, "consent purpose", kMaxNameBytes);
  if (spec.to < spec.from)
    throw ValidationError("consent period: end before start");
  if (spec.kind == ConsentKind::aggregate_themes) {
    if (spec.grantee || !spec.records.empty() || !spec.kinds.empty()) {
      throw ValidationError("consent: aggregate-use consent names no grantee or records");
    }
  } else {
    if (!spec.grantee)
      throw ValidationError("consent: an access consent needs a grantee");
    const Actor& grantee = *spec.grantee;
    if (grantee.role == Role::client || grantee.role == Role::admin) {
      throw ValidationError("consent grantee: a sponsor contact, supervisor or coach");
    }
    if (!is_registered(cmd.state(), grantee)) {
      throw NotFound("consent grantee: no such party in this practice");
    }
    if (spec.records.empty() && spec.kinds.empty()) {
      throw ValidationError("consent: names no records and no record kinds");
    }
    for (const RecordKind k : spec.kinds) {
      if (grantee.role == Role::sponsor_contact && is_inner_work(k)) {
        // Rule 1: a sponsor sees inner work only record by record.
        throw ValidationError("consent: inner work is shared with a sponsor record by record");
      }
      if (k == RecordKind::consent || k == RecordKind::disclosure || k == RecordKind::referral) {
        throw ValidationError("consent: this record kind cannot be shared");
      }
    }
    for (const RecordId& r : spec.records) {
      const auto ref = find_record(cmd.state(), r);
      if (!ref || ref->meta.engagement != id) {
        throw NotFound("consent record: no such record in this engagement");
      }
      if (ref->meta.scope == Scope::coach_private || ref->kind == RecordKind::referral) {
        throw ValidationError("consent record: coach-private records cannot be shared");
      }
    }
  }
  Consent c;
  c.meta = cmd.new_meta(e, Scope::coaching);
  c.consent_kind = spec.kind;
  c.grantee = spec.grantee;
  c.records = spec.records;
  c.kinds = spec.kinds;
  c.purpose = spec.purpose;
  c.from = spec.from;
  c.to = spec.to;
  cmd.commit(Created<Consent>{c});
  // The consent's purpose is the client's own words: the audit entry carries a code instead.
  cmd.core().audit_event(by, AuditAction::consent_grant, RecordKind::consent, c.meta.id, e,
                         std::string(to_string(spec.kind)), AuditOutcome::allowed, 1, cmd.now());
  return c.id();
}

void Practice::revoke_consent(const Actor& by, ConsentId id) {
  Command cmd(*core_, by);
  const Consent& c = cmd.record_for<Consent>(id.value, kClientOnly, "revoke_consent");
  if (c.revoked)
    throw Conflict("consent: already revoked");
  const Engagement& e = *cmd.state().table<Engagement>().find(c.meta.engagement.value);
  cmd.commit(ConsentRevoked{id, cmd.now()});
  cmd.core().audit_event(by, AuditAction::consent_revoke, RecordKind::consent, id.record(), e,
                         std::string(to_string(c.consent_kind)), AuditOutcome::allowed, 1,
                         cmd.now());
}

DisclosureId Practice::disclose(const Actor& by, const DisclosureSpec& spec) {
  Command cmd(*core_, by);
  const auto ref = find_record(cmd.state(), spec.record);
  if (!ref)
    throw NotFound("record: no such record visible to this viewer");
  const Engagement& e = *cmd.state().table<Engagement>().find(ref->meta.engagement.value);
  PolicyFacts facts;
  cmd.core().collect_facts(by, e, cmd.now(), facts);
  const Decision d = can(by, Action::disclose, *ref, facts.context);
  if (d != Decision::allow) {
    // Rule 4: every disclosure attempt is on the record, the refused ones too.
    cmd.core().audit_event(by, AuditAction::disclose, ref->kind, ref->meta.id, e,
                           std::string(to_string(spec.reason)), AuditOutcome::denied, 1, cmd.now());
    if (!can_see_engagement(by, e, facts.context)) {
      throw NotFound("record: no such record visible to this viewer");
    }
    throw AccessDenied("disclose " + std::string(to_string(ref->kind)) + ": access denied");
  }
  check_required_text(spec.justification, "disclosure justification", kMaxShortTextBytes);
  check_name(spec.recipient, "disclosure recipient", kMaxNameBytes);
  Disclosure disclosure;
  disclosure.meta = cmd.new_meta(e, Scope::coaching);
  disclosure.disclosed_kind = ref->kind;
  disclosure.disclosed = ref->meta.id;
  disclosure.reason = spec.reason;
  disclosure.justification = spec.justification;
  disclosure.recipient = spec.recipient;
  cmd.commit(Created<Disclosure>{disclosure});
  cmd.core().audit_event(by, AuditAction::disclose, ref->kind, ref->meta.id, e,
                         std::string(to_string(spec.reason)), AuditOutcome::allowed, 1, cmd.now());
  logger()->warn("break-glass disclosure {} recorded for engagement {}",
                 disclosure.id().to_string(), e.id.to_string());
  return disclosure.id();
}

// ---- store integration: a practice kept in a store directory ------------------------------

Practice Practice::create(const std::filesystem::path& dir, PracticeOptions options,
                          OpenOptions store) {
  Practice practice(std::move(options));
  practice.store_ = store::Store::create(dir, practice.core_, store);
  return practice;
}

Practice Practice::open(const std::filesystem::path& dir, PracticeOptions options,
                        OpenOptions open) {
  const std::optional<std::uint64_t> seed = options.id_seed;
  Practice practice(std::move(options));
  practice.store_ = store::Store::open(dir, practice.core_, open, seed);
  practice.store_->resume_erasures(practice.store_->report().snapshot_sequence);
  return practice;
}

void Practice::snapshot() {
  if (!store_)
    throw Conflict("snapshot: the practice has no store");
  store_->snapshot();
}

void Practice::close() {
  if (store_)
    store_->close();
}

bool Practice::is_read_only() const {
  return store_ && store_->read_only();
}

bool Practice::has_store() const {
  return store_ != nullptr;
}

StoreReport Practice::store_report() const {
  return store_ ? store_->report() : StoreReport{};
}

void Practice::batch(const std::function<void()>& body) {
  if (!store_) {
    body();
    return;
  }
  store_->run_batch(body);
}

}  // namespace libcoach
