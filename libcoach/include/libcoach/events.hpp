#pragma once
/// \file
/// Every change to a practice is an event. The in-memory practice is a fold over its events,
/// the store journals them, and histories (belief strength, goal progress) come free.
///
/// The index of each alternative in EventPayload is its type tag on disk: append new
/// alternatives at the end, never reorder or remove.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "libcoach/model.hpp"

namespace libcoach {

/// A record came into being.
template <class R>
struct Created {
  R record;
};

/// The agreement of an engagement was set or replaced.
struct AgreementSet {
  EngagementId engagement;
  Agreement agreement;
};
/// An engagement moved along its lifecycle.
struct EngagementStatusChanged {
  EngagementId engagement;
  EngagementStatus status;
};
/// An engagement moved to a new coach.
struct EngagementHandedOver {
  EngagementId engagement;
  CoachId new_coach;
};
/// A session was held, cancelled or missed.
struct SessionStatusChanged {
  SessionId session;
  SessionStatus status;
};
/// A goal's metric was measured.
struct GoalMeasured {
  GoalId goal;
  GoalMeasurement measurement;
};
/// A goal moved along its lifecycle.
struct GoalStatusChanged {
  GoalId goal;
  GoalStatus status;
};
/// The client agreed (or stopped agreeing) to share a goal with the sponsor.
struct GoalSharingChanged {
  GoalId goal;
  bool shared = false;
};
/// A milestone was reached.
struct MilestoneReached {
  MilestoneId milestone;
  Date on;
};
/// An action item was done.
struct ActionItemCompleted {
  ActionItemId action_item;
  Date on;
};
/// A habit check-in.
struct HabitCheckedIn {
  HabitId habit;
  HabitCheckIn check_in;
};
/// A competency was rated.
struct SkillRated {
  SkillId skill;
  SkillScore score;
};
/// A belief's strength was recorded.
struct BeliefStrengthRecorded {
  BeliefId belief;
  BeliefStrength strength;
};
/// The client arrived at a reframe of a belief.
struct BeliefReframed {
  BeliefId belief;
  std::string reframe;
  ClientId client;  ///< The belief's client: the reframe is sealed under their key.
};
/// The client revoked a consent.
struct ConsentRevoked {
  ConsentId consent;
  Timestamp at;
};

/// A client's data was crypto-shredded: their key destroyed, their content erased.
struct ClientShredded {
  ClientId client;
};
/// A legal hold on a client was placed or lifted.
struct LegalHoldChanged {
  ClientId client;
  bool held = false;
};
/// Records whose content was erased by a retention rule (at most kMaxErasedPerEvent).
struct RecordsErased {
  std::vector<RecordId> records;
  ErasureReason reason = ErasureReason::retention;
};
/// The most records one RecordsErased event names (larger erasures span several events).
inline constexpr std::size_t kMaxErasedPerEvent = 10000;

/// Every kind of change. The alternative index is persisted: append only.
using EventPayload = std::variant<
    Created<Admin>, Created<Coach>, Created<Client>, Created<Organization>, Created<SponsorContact>,
    Created<Supervisor>, Created<Engagement>, Created<Session>, Created<Note>, Created<Goal>,
    Created<Milestone>, Created<ActionItem>, Created<Habit>, Created<SkillRating>, Created<Value>,
    Created<Belief>, Created<Fear>, Created<Purpose>, Created<Reflection>, Created<Insight>,
    Created<WellbeingCheckIn>, Created<InnerLink>, Created<Referral>, Created<Consent>,
    Created<Disclosure>, AgreementSet, EngagementStatusChanged, EngagementHandedOver,
    SessionStatusChanged, GoalMeasured, GoalStatusChanged, GoalSharingChanged, MilestoneReached,
    ActionItemCompleted, HabitCheckedIn, SkillRated, BeliefStrengthRecorded, BeliefReframed,
    ConsentRevoked, ClientShredded, LegalHoldChanged, RecordsErased>;

/// One change: who made it, when, and what.
struct Event {
  std::uint64_t sequence = 0;  ///< 1-based, dense, assigned by the practice.
  Timestamp at;
  Actor author;
  EventPayload payload;
};

/// A short, content-free name of an event's payload type ("created:belief", "goal_measured").
std::string event_name(const EventPayload& payload);

}  // namespace libcoach
