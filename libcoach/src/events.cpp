#include "libcoach/events.hpp"

namespace libcoach {

namespace {
struct EventNamer {
  template <class R>
  std::string operator()(const Created<R>&) const {
    return "created:" + std::string(to_string(R::kind));
  }
  std::string operator()(const Created<Admin>&) const { return "created:admin"; }
  std::string operator()(const Created<Coach>&) const { return "created:coach"; }
  std::string operator()(const Created<Client>&) const { return "created:client"; }
  std::string operator()(const Created<Organization>&) const { return "created:organization"; }
  std::string operator()(const Created<SponsorContact>&) const { return "created:sponsor_contact"; }
  std::string operator()(const Created<Supervisor>&) const { return "created:supervisor"; }
  std::string operator()(const Created<Engagement>&) const { return "created:engagement"; }
  std::string operator()(const AgreementSet&) const { return "agreement_set"; }
  std::string operator()(const EngagementStatusChanged&) const {
    return "engagement_status_changed";
  }
  std::string operator()(const EngagementHandedOver&) const { return "engagement_handed_over"; }
  std::string operator()(const SessionStatusChanged&) const { return "session_status_changed"; }
  std::string operator()(const GoalMeasured&) const { return "goal_measured"; }
  std::string operator()(const GoalStatusChanged&) const { return "goal_status_changed"; }
  std::string operator()(const GoalSharingChanged&) const { return "goal_sharing_changed"; }
  std::string operator()(const MilestoneReached&) const { return "milestone_reached"; }
  std::string operator()(const ActionItemCompleted&) const { return "action_item_completed"; }
  std::string operator()(const HabitCheckedIn&) const { return "habit_checked_in"; }
  std::string operator()(const SkillRated&) const { return "skill_rated"; }
  std::string operator()(const BeliefStrengthRecorded&) const { return "belief_strength_recorded"; }
  std::string operator()(const BeliefReframed&) const { return "belief_reframed"; }
  std::string operator()(const ConsentRevoked&) const { return "consent_revoked"; }
  std::string operator()(const ClientShredded&) const { return "client_shredded"; }
  std::string operator()(const LegalHoldChanged&) const { return "legal_hold_changed"; }
  std::string operator()(const RecordsErased&) const { return "records_erased"; }
};
}  // namespace

std::string event_name(const EventPayload& payload) {
  return std::visit(EventNamer{}, payload);
}

}  // namespace libcoach
