#pragma once
/// \file
/// The inputs of Practice commands: one plain struct per kind of thing a command creates, so
/// that optional fields have defaults and bindings can offer keyword arguments.
///
/// Text limits (bytes of UTF-8, checked by every command; see docs/model.md):
/// names and titles 1..200, e-mail 3..254, short texts (statements, descriptions,
/// meanings, reframes, purposes) ≤ 2,000, notes and reflections ≤ 65,536.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "libcoach/model.hpp"

namespace libcoach {

/// \name Documented text limits, in bytes of UTF-8.
///@{
inline constexpr std::size_t kMaxNameBytes = 200;
inline constexpr std::size_t kMaxEmailBytes = 254;
inline constexpr std::size_t kMaxShortTextBytes = 2'000;
inline constexpr std::size_t kMaxLongTextBytes = 65'536;
///@}
/// \name Documented numeric limits.
///@{
inline constexpr std::int32_t kMinSessionMinutes = 5;
inline constexpr std::int32_t kMaxSessionMinutes = 480;
inline constexpr std::int32_t kMaxSessionAllotment = 500;
inline constexpr std::int32_t kMaxRating = 10;  ///< Strengths, ratings and check-ins: 0..10.
///@}

/// A new practice admin.
struct AdminSpec {
  std::string name{};
  std::string email{};
};
/// A new coach.
struct CoachSpec {
  std::string name{};
  std::string email{};
  Credential credential = Credential::none;
};
/// A new client.
struct ClientSpec {
  std::string name{};
  std::string email{};
  std::optional<OrganizationId> organization{};
};
/// A new sponsor contact.
struct SponsorContactSpec {
  OrganizationId organization{};
  std::string name{};
  std::string email{};
  ContactRole role = ContactRole::other;
};
/// A new supervisor.
struct SupervisorSpec {
  std::string name{};
  std::string email{};
  std::vector<CoachId> supervisees{};
};
/// A proposed engagement.
struct EngagementSpec {
  CoachId coach{};
  ClientId client{};
  std::optional<OrganizationId> sponsor{};
  std::vector<SponsorContactId> sponsor_contacts{};  ///< Must belong to `sponsor`.
};
/// A session to schedule.
struct SessionSpec {
  Timestamp start{};
  std::int32_t duration_minutes = 60;
  Modality modality = Modality::video;
  bool group = false;
  bool pro_bono = false;
};
/// A note to write.
struct NoteSpec {
  Scope scope = Scope::coaching;
  std::string text{};
  std::optional<SessionId> session{};
};
/// A goal to set.
struct GoalSpec {
  std::string title{};
  std::string description{};
  std::string metric{};
  std::string unit{};
  double baseline = 0.0;
  double target = 0.0;
  std::optional<Date> due{};
  bool shared_with_sponsor = false;
};
/// A milestone of a goal.
struct MilestoneSpec {
  GoalId goal{};
  std::string title{};
  std::optional<Date> due{};
};
/// An action item.
struct ActionItemSpec {
  std::optional<GoalId> goal{};
  std::string title{};
  std::optional<Date> due{};
};
/// A habit.
struct HabitSpec {
  std::optional<GoalId> goal{};
  std::string title{};
  Cadence cadence = Cadence::daily;
};
/// A competency to rate over time.
struct SkillSpec {
  std::string competency{};
};
/// A core value. Scope coaching (default) or client_private.
struct ValueSpec {
  std::string name{};
  std::int32_t rank = 1;
  std::string meaning{};
  Scope scope = Scope::coaching;
};
/// A belief with its first strength reading.
struct BeliefSpec {
  std::string statement{};
  BeliefKind kind = BeliefKind::limiting;
  std::string category{};
  std::int32_t strength = 5;
  Date on{};
  std::string reframe{};
  Scope scope = Scope::coaching;
};
/// A fear or internal resistance.
struct FearSpec {
  std::string description{};
  std::int32_t intensity = 5;
  Scope scope = Scope::coaching;
};
/// A purpose statement.
struct PurposeSpec {
  std::string statement{};
  std::string formative_experience{};
  Scope scope = Scope::coaching;
};
/// A reflection from a practice.
struct ReflectionSpec {
  ReflectionPractice practice = ReflectionPractice::reflecting;
  Date on{};
  std::string text{};
  Scope scope = Scope::coaching;
};
/// An insight.
struct InsightSpec {
  Date on{};
  std::string text{};
  Scope scope = Scope::coaching;
};
/// A well-being check-in.
struct WellbeingSpec {
  Date on{};
  std::int32_t thriving = 5;
  std::int32_t stress = 5;
  std::int32_t burnout = 0;
  std::int32_t confidence = 5;
  Scope scope = Scope::coaching;
};
/// A therapy referral (coach only; always coach_private).
struct ReferralSpec {
  Date on{};
  std::string reason{};
  std::string referred_to{};
};
/// A consent the client gives.
struct ConsentSpec {
  ConsentKind kind = ConsentKind::access;
  std::optional<Actor> grantee{};
  std::vector<RecordId> records{};
  std::vector<RecordKind> kinds{};
  std::string purpose{};
  Date from{};
  Date to{};
};
/// A break-glass disclosure.
struct DisclosureSpec {
  RecordId record{};
  DisclosureReason reason = DisclosureReason::legal_requirement;
  std::string justification{};
  std::string recipient{};
};

}  // namespace libcoach
