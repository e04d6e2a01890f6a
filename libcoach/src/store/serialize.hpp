#pragma once
// Non-intrusive Boost.Serialization functions for every model type, every event payload,
// Event and AuditEntry: the store's on-disk shape. By value only: no pointers, no
// polymorphic export, so an archive never carries addresses or type registrations.
//
// Changing what a function writes is a format change: bump the type's class version below
// (and keep reading the old shape), or the golden-bytes test fails. Every function rejects
// a stored version newer than its own (Boost 1.74 does not).

#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include "libcoach/access/audit.hpp"
#include "libcoach/events.hpp"
#include "libcoach/model.hpp"
#include "store/content_seal.hpp"
#include "store/serialize_helpers.hpp"

// Class versions: one per struct. Start at 0; bump on any change of shape.
BOOST_CLASS_VERSION(libcoach::Admin, 0)
BOOST_CLASS_VERSION(libcoach::Coach, 0)
BOOST_CLASS_VERSION(libcoach::Client, 0)
BOOST_CLASS_VERSION(libcoach::Organization, 0)
BOOST_CLASS_VERSION(libcoach::SponsorContact, 0)
BOOST_CLASS_VERSION(libcoach::Supervisor, 0)
BOOST_CLASS_VERSION(libcoach::SponsorTerms, 0)
BOOST_CLASS_VERSION(libcoach::Agreement, 0)
BOOST_CLASS_VERSION(libcoach::CoachTenure, 0)
BOOST_CLASS_VERSION(libcoach::Engagement, 1)
BOOST_CLASS_VERSION(libcoach::RecordMeta, 0)
BOOST_CLASS_VERSION(libcoach::Session, 0)
BOOST_CLASS_VERSION(libcoach::Note, 0)
BOOST_CLASS_VERSION(libcoach::GoalMeasurement, 0)
BOOST_CLASS_VERSION(libcoach::Goal, 0)
BOOST_CLASS_VERSION(libcoach::Milestone, 0)
BOOST_CLASS_VERSION(libcoach::ActionItem, 0)
BOOST_CLASS_VERSION(libcoach::HabitCheckIn, 0)
BOOST_CLASS_VERSION(libcoach::Habit, 0)
BOOST_CLASS_VERSION(libcoach::SkillScore, 0)
BOOST_CLASS_VERSION(libcoach::SkillRating, 0)
BOOST_CLASS_VERSION(libcoach::Value, 0)
BOOST_CLASS_VERSION(libcoach::BeliefStrength, 0)
BOOST_CLASS_VERSION(libcoach::Belief, 0)
BOOST_CLASS_VERSION(libcoach::Fear, 0)
BOOST_CLASS_VERSION(libcoach::Purpose, 0)
BOOST_CLASS_VERSION(libcoach::Reflection, 0)
BOOST_CLASS_VERSION(libcoach::Insight, 0)
BOOST_CLASS_VERSION(libcoach::WellbeingCheckIn, 0)
BOOST_CLASS_VERSION(libcoach::InnerLink, 0)
BOOST_CLASS_VERSION(libcoach::Referral, 0)
BOOST_CLASS_VERSION(libcoach::Consent, 0)
BOOST_CLASS_VERSION(libcoach::Disclosure, 0)
BOOST_CLASS_VERSION(libcoach::AgreementSet, 0)
BOOST_CLASS_VERSION(libcoach::EngagementStatusChanged, 0)
BOOST_CLASS_VERSION(libcoach::EngagementHandedOver, 0)
BOOST_CLASS_VERSION(libcoach::SessionStatusChanged, 0)
BOOST_CLASS_VERSION(libcoach::GoalMeasured, 0)
BOOST_CLASS_VERSION(libcoach::GoalStatusChanged, 0)
BOOST_CLASS_VERSION(libcoach::GoalSharingChanged, 0)
BOOST_CLASS_VERSION(libcoach::MilestoneReached, 0)
BOOST_CLASS_VERSION(libcoach::ActionItemCompleted, 0)
BOOST_CLASS_VERSION(libcoach::HabitCheckedIn, 0)
BOOST_CLASS_VERSION(libcoach::SkillRated, 0)
BOOST_CLASS_VERSION(libcoach::BeliefStrengthRecorded, 0)
BOOST_CLASS_VERSION(libcoach::BeliefReframed, 1)
BOOST_CLASS_VERSION(libcoach::ConsentRevoked, 0)
BOOST_CLASS_VERSION(libcoach::ClientShredded, 0)
BOOST_CLASS_VERSION(libcoach::LegalHoldChanged, 0)
BOOST_CLASS_VERSION(libcoach::RecordsErased, 0)
BOOST_CLASS_VERSION(libcoach::Tombstone, 0)
BOOST_CLASS_VERSION(libcoach::LegalHold, 0)
BOOST_CLASS_VERSION(libcoach::Event, 0)
BOOST_CLASS_VERSION(libcoach::AuditEntry, 0)

namespace boost::serialization {

/// Created<R> is a template, so its version is declared by partial specialization.
template <class R>
struct version<libcoach::Created<R>> {
  typedef mpl::int_<0> type;
  typedef mpl::integral_c_tag tag;
  BOOST_STATIC_CONSTANT(int, value = version::type::value);
};

namespace lcs = libcoach::store::ser;

#define LIBCOACH_SER_BEGIN(Type)                                \
  template <class Ar>                                           \
  void serialize(Ar& ar, libcoach::Type& x, const unsigned v) { \
    lcs::check_version<libcoach::Type>(v, #Type);
#define LIBCOACH_SER_END }

// ---- Parties ------------------------------------------------------------------------------

LIBCOACH_SER_BEGIN(Admin)
lcs::id(ar, x.id);
lcs::text(ar, x.name);
lcs::text(ar, x.email);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Coach)
lcs::id(ar, x.id);
lcs::text(ar, x.name);
lcs::text(ar, x.email);
lcs::enumeration(ar, x.credential, libcoach::Credential::mcc);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Client)
lcs::id(ar, x.id);
// The client's own identity is theirs too: sealed under their key, gone when shredded.
lcs::content(ar, x.name, x.id, libcoach::RecordId{x.id.value}, "name");
lcs::content(ar, x.email, x.id, libcoach::RecordId{x.id.value}, "email");
lcs::optional(ar, x.organization, [&](auto& o) { lcs::id(ar, o); });
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Organization)
lcs::id(ar, x.id);
lcs::text(ar, x.name);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(SponsorContact)
lcs::id(ar, x.id);
lcs::id(ar, x.organization);
lcs::text(ar, x.name);
lcs::text(ar, x.email);
lcs::enumeration(ar, x.role, libcoach::ContactRole::other);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Supervisor)
lcs::id(ar, x.id);
lcs::text(ar, x.name);
lcs::text(ar, x.email);
lcs::vector(ar, x.supervisees, 16, [&](auto& c) { lcs::id(ar, c); });
LIBCOACH_SER_END

// ---- Engagements --------------------------------------------------------------------------

LIBCOACH_SER_BEGIN(SponsorTerms)
lcs::boolean(ar, x.attendance);
lcs::boolean(ar, x.shared_goal_progress);
lcs::boolean(ar, x.redacted_unshared_goals);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Agreement)
lcs::date(ar, x.start);
lcs::date(ar, x.end);
lcs::integer(ar, x.session_allotment);
lcs::text(ar, x.confidentiality_terms);
lcs::object(ar, x.sponsor_terms);
lcs::date(ar, x.agreed_on);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(CoachTenure)
lcs::id(ar, x.coach);
lcs::integer(ar, x.from_seq);
lcs::integer(ar, x.to_seq);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Engagement)
lcs::id(ar, x.id);
lcs::id(ar, x.coach);
lcs::id(ar, x.client);
lcs::optional(ar, x.sponsor, [&](auto& o) { lcs::id(ar, o); });
lcs::vector(ar, x.sponsor_contacts, 16, [&](auto& c) { lcs::id(ar, c); });
lcs::optional(ar, x.agreement, [&](auto& a) { lcs::object(ar, a); });
lcs::enumeration(ar, x.status, libcoach::EngagementStatus::ended_early);
lcs::integer(ar, x.coach_since_seq);
lcs::vector(ar, x.past_coaches, 32, [&](auto& t) { lcs::object(ar, t); });
lcs::timestamp(ar, x.created);
if (v >= 1)
  lcs::optional(ar, x.ended, [&](auto& d) { lcs::date(ar, d); });
LIBCOACH_SER_END

// ---- Content records ----------------------------------------------------------------------

LIBCOACH_SER_BEGIN(RecordMeta)
lcs::id(ar, x.id);
lcs::id(ar, x.engagement);
lcs::id(ar, x.client);
lcs::enumeration(ar, x.scope, libcoach::Scope::client_private);
lcs::actor(ar, x.author);
lcs::timestamp(ar, x.created);
lcs::integer(ar, x.created_seq);
lcs::boolean(ar, x.redacted);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Session)
lcs::object(ar, x.meta);
lcs::timestamp(ar, x.start);
lcs::integer(ar, x.duration_minutes);
lcs::enumeration(ar, x.modality, libcoach::Modality::phone);
lcs::enumeration(ar, x.status, libcoach::SessionStatus::no_show);
lcs::boolean(ar, x.group);
lcs::boolean(ar, x.pro_bono);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Note)
lcs::object(ar, x.meta);
lcs::optional(ar, x.session, [&](auto& s) { lcs::id(ar, s); });
lcs::content(ar, x.text, x.meta, "text");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(GoalMeasurement)
lcs::date(ar, x.on);
lcs::real(ar, x.value);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Goal)
lcs::object(ar, x.meta);
lcs::content(ar, x.title, x.meta, "title");
lcs::content(ar, x.description, x.meta, "description");
lcs::content(ar, x.metric, x.meta, "metric");
lcs::content(ar, x.unit, x.meta, "unit");
lcs::real(ar, x.baseline);
lcs::real(ar, x.target);
lcs::vector(ar, x.history, 12, [&](auto& m) { lcs::object(ar, m); });
lcs::optional(ar, x.due, [&](auto& d) { lcs::date(ar, d); });
lcs::enumeration(ar, x.status, libcoach::GoalStatus::abandoned);
lcs::boolean(ar, x.shared_with_sponsor);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Milestone)
lcs::object(ar, x.meta);
lcs::id(ar, x.goal);
lcs::content(ar, x.title, x.meta, "title");
lcs::optional(ar, x.due, [&](auto& d) { lcs::date(ar, d); });
lcs::optional(ar, x.reached, [&](auto& d) { lcs::date(ar, d); });
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(ActionItem)
lcs::object(ar, x.meta);
lcs::optional(ar, x.goal, [&](auto& g) { lcs::id(ar, g); });
lcs::content(ar, x.title, x.meta, "title");
lcs::optional(ar, x.due, [&](auto& d) { lcs::date(ar, d); });
lcs::optional(ar, x.done, [&](auto& d) { lcs::date(ar, d); });
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(HabitCheckIn)
lcs::date(ar, x.on);
lcs::boolean(ar, x.kept);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Habit)
lcs::object(ar, x.meta);
lcs::optional(ar, x.goal, [&](auto& g) { lcs::id(ar, g); });
lcs::content(ar, x.title, x.meta, "title");
lcs::enumeration(ar, x.cadence, libcoach::Cadence::weekly);
lcs::vector(ar, x.check_ins, 5, [&](auto& c) { lcs::object(ar, c); });
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(SkillScore)
lcs::date(ar, x.on);
lcs::integer(ar, x.rating);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(SkillRating)
lcs::object(ar, x.meta);
lcs::content(ar, x.competency, x.meta, "competency");
lcs::vector(ar, x.history, 8, [&](auto& s) { lcs::object(ar, s); });
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Value)
lcs::object(ar, x.meta);
lcs::content(ar, x.name, x.meta, "name");
lcs::integer(ar, x.rank);
lcs::content(ar, x.meaning, x.meta, "meaning");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(BeliefStrength)
lcs::date(ar, x.on);
lcs::integer(ar, x.strength);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Belief)
lcs::object(ar, x.meta);
lcs::content(ar, x.statement, x.meta, "statement");
lcs::enumeration(ar, x.belief_kind, libcoach::BeliefKind::empowering);
lcs::content(ar, x.category, x.meta, "category");
lcs::vector(ar, x.history, 8, [&](auto& s) { lcs::object(ar, s); });
lcs::content(ar, x.reframe, x.meta, "reframe");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Fear)
lcs::object(ar, x.meta);
lcs::content(ar, x.description, x.meta, "description");
lcs::integer(ar, x.intensity);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Purpose)
lcs::object(ar, x.meta);
lcs::content(ar, x.statement, x.meta, "statement");
lcs::content(ar, x.formative_experience, x.meta, "formative_experience");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Reflection)
lcs::object(ar, x.meta);
lcs::enumeration(ar, x.practice, libcoach::ReflectionPractice::sitting_with_feelings);
lcs::date(ar, x.on);
lcs::content(ar, x.text, x.meta, "text");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Insight)
lcs::object(ar, x.meta);
lcs::date(ar, x.on);
lcs::content(ar, x.text, x.meta, "text");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(WellbeingCheckIn)
lcs::object(ar, x.meta);
lcs::date(ar, x.on);
lcs::integer(ar, x.thriving);
lcs::integer(ar, x.stress);
lcs::integer(ar, x.burnout);
lcs::integer(ar, x.confidence);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(InnerLink)
lcs::object(ar, x.meta);
lcs::enumeration(ar, x.inner_kind, libcoach::RecordKind::referral);
lcs::id(ar, x.inner);
lcs::id(ar, x.goal);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Referral)
lcs::object(ar, x.meta);
lcs::date(ar, x.on);
lcs::content(ar, x.reason, x.meta, "reason");
lcs::content(ar, x.referred_to, x.meta, "referred_to");
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Consent)
lcs::object(ar, x.meta);
lcs::enumeration(ar, x.consent_kind, libcoach::ConsentKind::aggregate_themes);
lcs::optional(ar, x.grantee, [&](auto& a) { lcs::actor(ar, a); });
lcs::vector(ar, x.records, 16, [&](auto& r) { lcs::id(ar, r); });
lcs::vector(ar, x.kinds, 1,
            [&](auto& k) { lcs::enumeration(ar, k, libcoach::RecordKind::referral); });
lcs::content(ar, x.purpose, x.meta, "purpose");
lcs::date(ar, x.from);
lcs::date(ar, x.to);
lcs::optional(ar, x.revoked, [&](auto& t) { lcs::timestamp(ar, t); });
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Disclosure)
lcs::object(ar, x.meta);
lcs::enumeration(ar, x.disclosed_kind, libcoach::RecordKind::referral);
lcs::id(ar, x.disclosed);
lcs::enumeration(ar, x.reason, libcoach::DisclosureReason::danger_to_others);
lcs::content(ar, x.justification, x.meta, "justification");
lcs::content(ar, x.recipient, x.meta, "recipient");
LIBCOACH_SER_END

// ---- Event payloads -----------------------------------------------------------------------

template <class Ar, class R>
void serialize(Ar& ar, libcoach::Created<R>& x, const unsigned v) {
  lcs::check_version<libcoach::Created<R>>(v, "Created");
  lcs::object(ar, x.record);
}

LIBCOACH_SER_BEGIN(AgreementSet)
lcs::id(ar, x.engagement);
lcs::object(ar, x.agreement);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(EngagementStatusChanged)
lcs::id(ar, x.engagement);
lcs::enumeration(ar, x.status, libcoach::EngagementStatus::ended_early);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(EngagementHandedOver)
lcs::id(ar, x.engagement);
lcs::id(ar, x.new_coach);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(SessionStatusChanged)
lcs::id(ar, x.session);
lcs::enumeration(ar, x.status, libcoach::SessionStatus::no_show);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(GoalMeasured)
lcs::id(ar, x.goal);
lcs::object(ar, x.measurement);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(GoalStatusChanged)
lcs::id(ar, x.goal);
lcs::enumeration(ar, x.status, libcoach::GoalStatus::abandoned);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(GoalSharingChanged)
lcs::id(ar, x.goal);
lcs::boolean(ar, x.shared);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(MilestoneReached)
lcs::id(ar, x.milestone);
lcs::date(ar, x.on);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(ActionItemCompleted)
lcs::id(ar, x.action_item);
lcs::date(ar, x.on);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(HabitCheckedIn)
lcs::id(ar, x.habit);
lcs::object(ar, x.check_in);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(SkillRated)
lcs::id(ar, x.skill);
lcs::object(ar, x.score);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(BeliefStrengthRecorded)
lcs::id(ar, x.belief);
lcs::object(ar, x.strength);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(BeliefReframed)
lcs::id(ar, x.belief);
if (v >= 1) {
  lcs::id(ar, x.client);
  lcs::content(ar, x.reframe, x.client, libcoach::RecordId{x.belief.value}, "reframe");
} else {
  lcs::text(ar, x.reframe);  // Version 0 stores were never encrypted.
}
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(ConsentRevoked)
lcs::id(ar, x.consent);
lcs::timestamp(ar, x.at);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(ClientShredded)
lcs::id(ar, x.client);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(LegalHoldChanged)
lcs::id(ar, x.client);
lcs::boolean(ar, x.held);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(RecordsErased)
lcs::vector(ar, x.records, 16, [&](auto& r) { lcs::id(ar, r); });
lcs::enumeration(ar, x.reason, libcoach::ErasureReason::retention);
LIBCOACH_SER_END

// ---- Erasure ------------------------------------------------------------------------------

LIBCOACH_SER_BEGIN(Tombstone)
lcs::id(ar, x.id);
lcs::enumeration(ar, x.record_kind, libcoach::RecordKind::referral);
lcs::id(ar, x.engagement);
lcs::id(ar, x.client);
lcs::enumeration(ar, x.reason, libcoach::ErasureReason::retention);
lcs::timestamp(ar, x.at);
lcs::integer(ar, x.erased_seq);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(LegalHold)
lcs::id(ar, x.id);
lcs::timestamp(ar, x.since);
lcs::actor(ar, x.by);
LIBCOACH_SER_END

LIBCOACH_SER_BEGIN(Event)
lcs::integer(ar, x.sequence);
lcs::timestamp(ar, x.at);
lcs::actor(ar, x.author);
lcs::variant(ar, x.payload);
LIBCOACH_SER_END

// ---- Audit --------------------------------------------------------------------------------

LIBCOACH_SER_BEGIN(AuditEntry)
lcs::integer(ar, x.sequence);
lcs::timestamp(ar, x.at);
lcs::actor(ar, x.viewer);
lcs::enumeration(ar, x.action, libcoach::AuditAction::report);
lcs::enumeration(ar, x.kind, libcoach::RecordKind::referral);
lcs::id(ar, x.record);
lcs::id(ar, x.engagement);
lcs::id(ar, x.client);
lcs::text(ar, x.purpose);
lcs::enumeration(ar, x.outcome, libcoach::AuditOutcome::redacted);
lcs::integer(ar, x.count);
lcs::raw(ar, x.previous.data(), x.previous.size());
lcs::raw(ar, x.hash.data(), x.hash.size());
LIBCOACH_SER_END

#undef LIBCOACH_SER_BEGIN
#undef LIBCOACH_SER_END

}  // namespace boost::serialization
