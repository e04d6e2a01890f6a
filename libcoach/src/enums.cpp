// Names of every public enum, in declaration order.

#include <algorithm>
#include <cctype>

#include "enum_names.hpp"
#include "libcoach/access/audit.hpp"
#include "libcoach/access/policy.hpp"
#include "libcoach/model.hpp"

namespace libcoach {

using detail::enum_name;
using detail::enum_parse;
using namespace std::string_view_literals;

namespace {
constexpr std::array kRoles{"coach"sv, "client"sv, "sponsor_contact"sv, "admin"sv, "supervisor"sv};
constexpr std::array kScopes{"operational"sv, "sponsor"sv, "coaching"sv, "coach_private"sv,
                             "client_private"sv};
constexpr std::array kKinds{"coach"sv,     "client"sv,     "organization"sv, "sponsor_contact"sv,
                            "admin"sv,     "supervisor"sv, "engagement"sv,   "session"sv,
                            "note"sv,      "goal"sv,       "milestone"sv,    "action_item"sv,
                            "habit"sv,     "skill"sv,      "value"sv,        "belief"sv,
                            "fear"sv,      "purpose"sv,    "reflection"sv,   "insight"sv,
                            "wellbeing"sv, "link"sv,       "consent"sv,      "disclosure"sv,
                            "referral"sv};
constexpr std::array kCredentials{"none"sv, "acc"sv, "pcc"sv, "mcc"sv};
constexpr std::array kContactRoles{"manager"sv, "hr"sv, "other"sv};
constexpr std::array kEngagementStatuses{"proposed"sv, "active"sv, "paused"sv, "completed"sv,
                                         "ended_early"sv};
constexpr std::array kModalities{"in_person"sv, "video"sv, "phone"sv};
constexpr std::array kSessionStatuses{"scheduled"sv, "held"sv, "cancelled"sv, "no_show"sv};
constexpr std::array kGoalStatuses{"proposed"sv, "active"sv, "achieved"sv, "abandoned"sv};
constexpr std::array kGoalTrends{"not_started"sv, "improving"sv, "stalled"sv, "worsening"sv,
                                 "achieved"sv};
constexpr std::array kCadences{"daily"sv, "weekdays"sv, "weekly"sv};
constexpr std::array kBeliefKinds{"limiting"sv, "empowering"sv};
constexpr std::array kPractices{"meditation"sv, "breathing"sv, "reflecting"sv,
                                "journaling"sv, "walking"sv,   "sitting_with_feelings"sv};
constexpr std::array kConsentKinds{"access"sv, "aggregate_themes"sv};
constexpr std::array kReasons{"legal_requirement"sv, "illegal_activity"sv, "danger_to_self"sv,
                              "danger_to_others"sv};
constexpr std::array kActions{"read"sv, "export"sv, "disclose"sv};
constexpr std::array kDecisions{"deny"sv, "allow"sv, "redact"sv};
constexpr std::array kAuditActions{"read"sv,          "list"sv,           "export"sv, "disclose"sv,
                                   "consent_grant"sv, "consent_revoke"sv, "report"sv};
constexpr std::array kOutcomes{"allowed"sv, "denied"sv, "redacted"sv};
constexpr std::array kErasureReasons{"shredded"sv, "retention"sv};
}  // namespace

std::string_view to_string(ErasureReason v) {
  return enum_name(kErasureReasons, v);
}
ErasureReason parse_erasure_reason(std::string_view t) {
  return enum_parse<ErasureReason>(kErasureReasons, t, "erasure reason");
}

std::string_view to_string(Role v) {
  return enum_name(kRoles, v);
}
Role parse_role(std::string_view t) {
  return enum_parse<Role>(kRoles, t, "role");
}
std::string_view to_string(Scope v) {
  return enum_name(kScopes, v);
}
Scope parse_scope(std::string_view t) {
  return enum_parse<Scope>(kScopes, t, "scope");
}
std::string_view to_string(RecordKind v) {
  return enum_name(kKinds, v);
}
RecordKind parse_record_kind(std::string_view t) {
  return enum_parse<RecordKind>(kKinds, t, "record kind");
}
std::string_view to_string(Credential v) {
  return enum_name(kCredentials, v);
}
Credential parse_credential(std::string_view t) {
  std::string lower(t);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return enum_parse<Credential>(kCredentials, lower, "credential");
}
std::string_view to_string(ContactRole v) {
  return enum_name(kContactRoles, v);
}
ContactRole parse_contact_role(std::string_view t) {
  return enum_parse<ContactRole>(kContactRoles, t, "contact role");
}
std::string_view to_string(EngagementStatus v) {
  return enum_name(kEngagementStatuses, v);
}
EngagementStatus parse_engagement_status(std::string_view t) {
  return enum_parse<EngagementStatus>(kEngagementStatuses, t, "engagement status");
}
std::string_view to_string(Modality v) {
  return enum_name(kModalities, v);
}
Modality parse_modality(std::string_view t) {
  return enum_parse<Modality>(kModalities, t, "modality");
}
std::string_view to_string(SessionStatus v) {
  return enum_name(kSessionStatuses, v);
}
SessionStatus parse_session_status(std::string_view t) {
  return enum_parse<SessionStatus>(kSessionStatuses, t, "session status");
}
std::string_view to_string(GoalStatus v) {
  return enum_name(kGoalStatuses, v);
}
GoalStatus parse_goal_status(std::string_view t) {
  return enum_parse<GoalStatus>(kGoalStatuses, t, "goal status");
}
std::string_view to_string(GoalTrend v) {
  return enum_name(kGoalTrends, v);
}
std::string_view to_string(Cadence v) {
  return enum_name(kCadences, v);
}
Cadence parse_cadence(std::string_view t) {
  return enum_parse<Cadence>(kCadences, t, "cadence");
}
std::string_view to_string(BeliefKind v) {
  return enum_name(kBeliefKinds, v);
}
BeliefKind parse_belief_kind(std::string_view t) {
  return enum_parse<BeliefKind>(kBeliefKinds, t, "belief kind");
}
std::string_view to_string(ReflectionPractice v) {
  return enum_name(kPractices, v);
}
ReflectionPractice parse_reflection_practice(std::string_view t) {
  return enum_parse<ReflectionPractice>(kPractices, t, "reflection practice");
}
std::string_view to_string(ConsentKind v) {
  return enum_name(kConsentKinds, v);
}
ConsentKind parse_consent_kind(std::string_view t) {
  return enum_parse<ConsentKind>(kConsentKinds, t, "consent kind");
}
std::string_view to_string(DisclosureReason v) {
  return enum_name(kReasons, v);
}
DisclosureReason parse_disclosure_reason(std::string_view t) {
  return enum_parse<DisclosureReason>(kReasons, t, "disclosure reason");
}
std::string_view to_string(Action v) {
  return enum_name(kActions, v);
}
std::string_view to_string(Decision v) {
  return enum_name(kDecisions, v);
}
std::string_view to_string(AuditAction v) {
  return enum_name(kAuditActions, v);
}
std::string_view to_string(AuditOutcome v) {
  return enum_name(kOutcomes, v);
}

std::string Actor::to_string() const {
  return std::string(libcoach::to_string(role)) + ":" + format_uuid(id);
}

Actor Actor::parse(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos)
    throw ValidationError("actor: expected role:uuid");
  return Actor{parse_role(text.substr(0, colon)), parse_uuid(text.substr(colon + 1), "actor id")};
}

}  // namespace libcoach
