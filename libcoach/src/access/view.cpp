#include "libcoach/access/view.hpp"

#include <algorithm>
#include <unordered_set>

#include "libcoach/errors.hpp"
#include "practice_core.hpp"
#include "redaction.hpp"

namespace libcoach {

namespace {

using detail::PolicyFacts;
using detail::PracticeCore;

[[noreturn]] void not_visible(std::string_view what) {
  // The same message whether the record is missing or merely invisible to this viewer.
  throw NotFound(std::string(what) + ": no such record visible to this viewer");
}

AuditOutcome outcome_of(Decision d) {
  switch (d) {
    case Decision::allow:
      return AuditOutcome::allowed;
    case Decision::redact:
      return AuditOutcome::redacted;
    case Decision::deny:
      return AuditOutcome::denied;
  }
  return AuditOutcome::denied;
}

// Records whose reads are audited: confidential scopes, and anything that was refused.
bool needs_audit(Scope scope, Decision d) {
  return is_confidential(scope) || d != Decision::allow;
}

// The engagements a practice-wide listing visits for `viewer`, in row order: those that name
// them (the table's party index, the same set as may_relate), or every one for admins and
// supervisors, whose relation goes through their role or their supervisees. The policy still
// decides what each visit shows.
template <class F>
void for_each_candidate(const detail::PracticeState& state, const Viewer& viewer, F&& visit) {
  const auto& table = state.table<Engagement>();
  if (viewer.role == Role::admin || viewer.role == Role::supervisor) {
    for (const Engagement& e : table.rows())
      visit(e);
    return;
  }
  for (const std::uint32_t at : table.naming(viewer.id))
    visit(table.at(at));
}

}  // namespace

std::int32_t Allotment::remaining() const {
  return std::max<std::int32_t>(0, allotted - held - no_show - scheduled);
}

View::View(std::shared_ptr<detail::PracticeCore> core, Viewer viewer, std::string purpose)
    : core_(std::move(core)), viewer_(viewer), purpose_(std::move(purpose)) {}

View View::with_purpose(std::string purpose) const {
  // Purposes end up in the audit trail, which outlives erasure: only short codes, never
  // free text that could carry content.
  const bool ok = !purpose.empty() && purpose.size() <= 40 &&
                  std::all_of(purpose.begin(), purpose.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                  });
  if (!ok)
    throw ValidationError("purpose: a code of 1..40 characters a-z, 0-9, '_' or '-'");
  return View(core_, viewer_, std::move(purpose));
}

namespace {

// Lists the records of kind R of one engagement the viewer may see: the single place where a
// listing applies the policy and writes its audit entries. The caller holds the lock and has
// checked that the engagement exists. `skip_invisible`: an engagement the viewer may not see
// is passed over silently (a practice-wide listing did not ask for it) instead of being
// refused and audited.
template <class R>
void list_engagement(PracticeCore& core, const Viewer& viewer, const std::string& purpose,
                     const Engagement& engagement, Timestamp now, PolicyFacts& facts,
                     bool skip_invisible, const std::function<void(const R&)>& visit) {
  const auto& table = core.state.table<R>();
  const EngagementId e = engagement.id;
  core.collect_facts(viewer, engagement, now, facts);
  if (!can_see_engagement(viewer, engagement, facts.context)) {
    if (skip_invisible)
      return;
    // A refused attempt is on the record too (rule 5), although the viewer learns nothing.
    core.audit_event(viewer, AuditAction::list, R::kind, RecordId{}, engagement, purpose,
                     AuditOutcome::denied,
                     static_cast<std::uint32_t>(table.of_engagement(e).size()), now);
    not_visible("engagement");
  }
  // Counts per outcome for confidential records, audited as one entry each per listing so
  // that a coach scanning their engagement does not write one entry per note.
  std::uint32_t counts[3] = {0, 0, 0};
  const EngagementReads reads(viewer, facts.context);
  for (const std::size_t index : table.of_engagement(e)) {
    const R& record = table.at(index);
    const Decision d = reads.read(R::kind, record.meta);
    if (d == Decision::allow) {
      visit(record);
    } else if (d == Decision::redact) {
      visit(detail::redacted_copy(record));
    }
    if (needs_audit(record.meta.scope, d))
      ++counts[static_cast<int>(outcome_of(d))];
  }
  for (int o = 0; o < 3; ++o) {
    if (counts[o] == 0)
      continue;
    core.audit_event(viewer, AuditAction::list, R::kind, RecordId{}, engagement, purpose,
                     static_cast<AuditOutcome>(o), counts[o], now);
  }
}

}  // namespace

template <class R>
void View::visit_records(std::optional<EngagementId> engagement,
                         const std::function<void(const R&)>& visit,
                         const std::function<void(std::size_t)>& expect) const {
  std::shared_lock lock(core_->mutex);
  const Timestamp now = core_->now();
  PolicyFacts facts;
  const auto& table = core_->state.table<R>();
  if (engagement) {
    const Engagement* row = core_->state.table<Engagement>().find(engagement->value);
    if (row == nullptr)
      not_visible("engagement");
    if (expect)
      expect(table.of_engagement(row->id).size());
    list_engagement<R>(*core_, viewer_, purpose_, *row, now, facts, false, visit);
    return;
  }
  if (expect) {
    std::size_t upper = 0;
    if (viewer_.role == Role::admin || viewer_.role == Role::supervisor) {
      upper = table.size();  // Every engagement is a candidate.
    } else {
      for_each_candidate(core_->state, viewer_, [&](const Engagement& row) {
        upper += table.of_engagement(row.id).size();
      });
    }
    expect(upper);
  }
  // Invisible engagements are skipped silently, as View::engagements() does.
  for_each_candidate(core_->state, viewer_, [&](const Engagement& row) {
    list_engagement<R>(*core_, viewer_, purpose_, row, now, facts, true, visit);
  });
}

template <class R>
std::vector<R> View::records(EngagementId e) const {
  std::vector<R> out;
  visit_records<R>(e, [&out](const R& record) { out.push_back(record); });
  return out;
}

template <class R, class IdT>
R View::get(IdT id) const {
  std::shared_lock lock(core_->mutex);
  const auto& state = core_->state;
  const Timestamp now = core_->now();
  const R* record = state.table<R>().find(id.value);
  if (record == nullptr)
    not_visible(to_string(R::kind));
  const Engagement* engagement = state.table<Engagement>().find(record->meta.engagement.value);
  PolicyFacts facts;
  core_->collect_facts(viewer_, *engagement, now, facts);
  const RecordRef ref{R::kind, record->meta};
  if (!can_see_engagement(viewer_, *engagement, facts.context)) {
    core_->audit_event(viewer_, AuditAction::read, R::kind, record->meta.id, *engagement, purpose_,
                       AuditOutcome::denied, 1, now);
    not_visible(to_string(R::kind));
  }
  const Decision d = can(viewer_, Action::read, ref, facts.context);
  if (needs_audit(record->meta.scope, d)) {
    core_->audit_event(viewer_, AuditAction::read, R::kind, record->meta.id, *engagement, purpose_,
                       outcome_of(d), 1, now);
  }
  if (d == Decision::allow)
    return *record;
  if (d == Decision::redact)
    return detail::redacted_copy(*record);
  throw AccessDenied("read " + std::string(to_string(R::kind)) + ": access denied");
}

std::vector<Engagement> View::engagements() const {
  std::shared_lock lock(core_->mutex);
  const Timestamp now = core_->now();
  std::vector<Engagement> out;
  PolicyFacts facts;
  for_each_candidate(core_->state, viewer_, [&](const Engagement& e) {
    core_->collect_facts(viewer_, e, now, facts);
    if (can_see_engagement(viewer_, e, facts.context))
      out.push_back(e);
  });
  return out;
}

Engagement View::engagement(EngagementId id) const {
  std::shared_lock lock(core_->mutex);
  const Engagement* e = core_->state.table<Engagement>().find(id.value);
  if (e == nullptr)
    not_visible("engagement");
  const Timestamp now = core_->now();
  PolicyFacts facts;
  core_->collect_facts(viewer_, *e, now, facts);
  if (!can_see_engagement(viewer_, *e, facts.context)) {
    // Audited like any refused lookup; the message is the one for a missing id.
    core_->audit_event(viewer_, AuditAction::read, RecordKind::engagement, id.record(), *e,
                       purpose_, AuditOutcome::denied, 1, now);
    not_visible("engagement");
  }
  return *e;
}

namespace {
// Parties a viewer may know of: admins know everyone; everyone else knows the parties of the
// engagements they can see (and themselves).
struct KnownParties {
  std::unordered_set<boost::uuids::uuid, UuidHash> ids;
  bool everyone = false;
  bool knows(const boost::uuids::uuid& id) const { return everyone || ids.count(id) != 0; }
};
}  // namespace

static KnownParties known_parties(const PracticeCore& core, const Viewer& viewer) {
  KnownParties known;
  known.everyone = viewer.role == Role::admin;
  known.ids.insert(viewer.id);
  if (known.everyone)
    return known;
  const Timestamp now = core.now();
  PolicyFacts facts;
  for_each_candidate(core.state, viewer, [&](const Engagement& e) {
    core.collect_facts(viewer, e, now, facts);
    if (!can_see_engagement(viewer, e, facts.context))
      return;
    known.ids.insert(e.coach.value);
    known.ids.insert(e.client.value);
    if (e.sponsor)
      known.ids.insert(e.sponsor->value);
    for (const auto& c : e.sponsor_contacts)
      known.ids.insert(c.value);
  });
  if (viewer.role == Role::sponsor_contact) {
    if (const auto* me = core.state.table<SponsorContact>().find(viewer.id)) {
      known.ids.insert(me->organization.value);
    }
  }
  return known;
}

template <class R>
static std::vector<R> known_rows(const PracticeCore& core, const Viewer& viewer) {
  const KnownParties known = known_parties(core, viewer);
  std::vector<R> out;
  for (const R& row : core.state.table<R>().rows()) {
    if (known.knows(row.id.value))
      out.push_back(row);
  }
  return out;
}

template <class R, class IdT>
static R known_row(const PracticeCore& core, const Viewer& viewer, IdT id, const char* what) {
  const R* row = core.state.table<R>().find(id.value);
  if (row == nullptr || !known_parties(core, viewer).knows(id.value))
    not_visible(what);
  return *row;
}

std::vector<Coach> View::coaches() const {
  std::shared_lock lock(core_->mutex);
  return known_rows<Coach>(*core_, viewer_);
}
std::vector<Client> View::clients() const {
  std::shared_lock lock(core_->mutex);
  return known_rows<Client>(*core_, viewer_);
}
std::vector<Organization> View::organizations() const {
  std::shared_lock lock(core_->mutex);
  return known_rows<Organization>(*core_, viewer_);
}
std::vector<SponsorContact> View::sponsor_contacts() const {
  std::shared_lock lock(core_->mutex);
  return known_rows<SponsorContact>(*core_, viewer_);
}
Client View::client(ClientId id) const {
  std::shared_lock lock(core_->mutex);
  return known_row<Client>(*core_, viewer_, id, "client");
}
Coach View::coach(CoachId id) const {
  std::shared_lock lock(core_->mutex);
  return known_row<Coach>(*core_, viewer_, id, "coach");
}

std::vector<Session> View::sessions(EngagementId e) const {
  return records<Session>(e);
}
std::vector<Note> View::notes(EngagementId e) const {
  return records<Note>(e);
}
std::vector<Goal> View::goals(EngagementId e) const {
  return records<Goal>(e);
}
std::vector<Milestone> View::milestones(EngagementId e) const {
  return records<Milestone>(e);
}
std::vector<ActionItem> View::action_items(EngagementId e) const {
  return records<ActionItem>(e);
}
std::vector<Habit> View::habits(EngagementId e) const {
  return records<Habit>(e);
}
std::vector<SkillRating> View::skills(EngagementId e) const {
  return records<SkillRating>(e);
}
std::vector<Value> View::values(EngagementId e) const {
  return records<Value>(e);
}
std::vector<Belief> View::beliefs(EngagementId e) const {
  return records<Belief>(e);
}
std::vector<Fear> View::fears(EngagementId e) const {
  return records<Fear>(e);
}
std::vector<Purpose> View::purposes(EngagementId e) const {
  return records<Purpose>(e);
}
std::vector<Reflection> View::reflections(EngagementId e) const {
  return records<Reflection>(e);
}
std::vector<Insight> View::insights(EngagementId e) const {
  return records<Insight>(e);
}
std::vector<WellbeingCheckIn> View::wellbeing(EngagementId e) const {
  return records<WellbeingCheckIn>(e);
}
std::vector<InnerLink> View::links(EngagementId e) const {
  return records<InnerLink>(e);
}
std::vector<Referral> View::referrals(EngagementId e) const {
  return records<Referral>(e);
}
std::vector<Consent> View::consents(EngagementId e) const {
  return records<Consent>(e);
}
std::vector<Disclosure> View::disclosures(EngagementId e) const {
  return records<Disclosure>(e);
}

Session View::session(SessionId id) const {
  return get<Session>(id);
}
Note View::note(NoteId id) const {
  return get<Note>(id);
}
Goal View::goal(GoalId id) const {
  return get<Goal>(id);
}
Belief View::belief(BeliefId id) const {
  return get<Belief>(id);
}
Value View::value(ValueId id) const {
  return get<Value>(id);
}
Reflection View::reflection(ReflectionId id) const {
  return get<Reflection>(id);
}

Allotment View::allotment(EngagementId e) const {
  const Engagement engagement_row = engagement(e);
  Allotment out;
  if (engagement_row.agreement)
    out.allotted = engagement_row.agreement->session_allotment;
  for (const Session& s : sessions(e)) {
    switch (s.status) {
      case SessionStatus::held:
        ++out.held;
        break;
      case SessionStatus::scheduled:
        ++out.scheduled;
        break;
      case SessionStatus::cancelled:
        ++out.cancelled;
        break;
      case SessionStatus::no_show:
        ++out.no_show;
        break;
    }
  }
  return out;
}

Timestamp View::audit_report(RecordKind subject, std::optional<EngagementId> engagement,
                             std::uint32_t count, AuditOutcome outcome) const {
  std::shared_lock lock(core_->mutex);
  const Timestamp now = core_->now();
  // The entry names the engagement and its client (ids only); a report across engagements
  // names none.
  Engagement none;
  const Engagement* row = nullptr;
  if (engagement)
    row = core_->state.table<Engagement>().find(engagement->value);
  core_->audit_event(viewer_, AuditAction::report, subject, RecordId{},
                     row != nullptr ? *row : none, purpose_, outcome, count, now);
  return now;
}

std::vector<AuditEntry> View::access_log(ClientId client) const {
  if (!viewer_.is(client)) {
    throw AccessDenied("read access log: only the client may list who accessed their records");
  }
  return core_->audit.entries_for(client);
}

std::vector<AuditEntry> View::audit_trail() const {
  if (viewer_.role != Role::admin) {
    throw AccessDenied("read audit trail: practice admins only");
  }
  return core_->audit.entries();
}

// Every record kind a View can list or fetch.
#define LIBCOACH_VIEW_KIND(R, IdT)                                           \
  template std::vector<R> View::records<R>(EngagementId) const;              \
  template R View::get<R, IdT>(IdT) const;                                   \
  template void View::visit_records<R>(std::optional<EngagementId>,          \
                                       const std::function<void(const R&)>&, \
                                       const std::function<void(std::size_t)>&) const;
LIBCOACH_VIEW_KIND(Session, SessionId)
LIBCOACH_VIEW_KIND(Note, NoteId)
LIBCOACH_VIEW_KIND(Goal, GoalId)
LIBCOACH_VIEW_KIND(Milestone, MilestoneId)
LIBCOACH_VIEW_KIND(ActionItem, ActionItemId)
LIBCOACH_VIEW_KIND(Habit, HabitId)
LIBCOACH_VIEW_KIND(SkillRating, SkillId)
LIBCOACH_VIEW_KIND(Value, ValueId)
LIBCOACH_VIEW_KIND(Belief, BeliefId)
LIBCOACH_VIEW_KIND(Fear, FearId)
LIBCOACH_VIEW_KIND(Purpose, PurposeId)
LIBCOACH_VIEW_KIND(Reflection, ReflectionId)
LIBCOACH_VIEW_KIND(Insight, InsightId)
LIBCOACH_VIEW_KIND(WellbeingCheckIn, WellbeingId)
LIBCOACH_VIEW_KIND(InnerLink, LinkId)
LIBCOACH_VIEW_KIND(Referral, ReferralId)
LIBCOACH_VIEW_KIND(Consent, ConsentId)
LIBCOACH_VIEW_KIND(Disclosure, DisclosureId)
#undef LIBCOACH_VIEW_KIND

}  // namespace libcoach
